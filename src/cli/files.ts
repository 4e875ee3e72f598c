/** File reading and atomic, never-silently-overwriting writes for the command-line tool. */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export class CliError extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message);
  }
}

/** Reads a UTF-8 text file, or fails with a one-line message naming the file. */
export function readTextFile(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    throw new CliError(`cannot read ${file}: ${why}`);
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new CliError(`${file}: not a text file (binary data at byte ${nul})`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(`${file}: not UTF-8 text`);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The file operations a write uses (replaceable in tests, to make a write fail half-way). */
export interface FileOps {
  writeFileSync(path: string, content: string, encoding: 'utf8'): void;
  renameSync(from: string, to: string): void;
}

const nodeOps: FileOps = { writeFileSync, renameSync };

/**
 * Writes files through a temporary file and a rename, so a crash leaves the old file whole.
 * Refuses (before writing anything) when a file exists and `force` is off.
 */
export function writeFilesAtomically(files: Array<{ path: string; content: string }>, force: boolean, ops: FileOps = nodeOps): void {
  const existing = files.filter((f) => existsSync(f.path)).map((f) => f.path);
  if (existing.length > 0 && !force) {
    throw new CliError(`${existing.join(', ')} already exist${existing.length === 1 ? 's' : ''}; use --force to overwrite`, 1);
  }
  for (const f of files) {
    mkdirSync(dirname(f.path), { recursive: true });
    const tmp = `${f.path}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`;
    try {
      ops.writeFileSync(tmp, f.content, 'utf8');
      ops.renameSync(tmp, f.path);
    } catch (e) {
      rmSync(tmp, { force: true, recursive: true });
      throw new CliError(`cannot write ${f.path}: ${(e as Error).message}`);
    }
  }
}
