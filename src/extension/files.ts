/** Writes through vscode.workspace.fs (desktop, remote and web alike), atomically, never silently over a file. */
import * as vscode from 'vscode';

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Writes to a temporary file beside the target, then renames it over the target. */
export async function writeAtomically(uri: vscode.Uri, content: string | Uint8Array): Promise<void> {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  const dir = vscode.Uri.joinPath(uri, '..');
  const name = uri.path.split('/').pop() ?? 'file';
  const tmp = vscode.Uri.joinPath(dir, `.${name}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}.tmp`);
  try {
    await vscode.workspace.fs.writeFile(tmp, bytes);
    await vscode.workspace.fs.rename(tmp, uri, { overwrite: true });
  } catch (e) {
    try {
      await vscode.workspace.fs.delete(tmp);
    } catch {
      // nothing was left behind
    }
    throw e;
  }
}

/**
 * Asks before replacing existing files; returns false when the person says no.
 * `confirmed` lists files a save dialog has already asked about.
 */
export async function confirmOverwrite(targets: vscode.Uri[], confirmed: vscode.Uri[] = []): Promise<boolean> {
  const asked = new Set(confirmed.map((u) => u.toString()));
  const existing: vscode.Uri[] = [];
  for (const t of targets) if (!asked.has(t.toString()) && (await exists(t))) existing.push(t);
  if (existing.length === 0) return true;
  const names = existing.map((u) => u.path.split('/').pop()).join(', ');
  const choice = await vscode.window.showWarningMessage(`${names} already exist${existing.length === 1 ? 's' : ''}. Replace?`, { modal: true }, 'Replace');
  return choice === 'Replace';
}

export function decodeText(bytes: Uint8Array): string {
  const text = new TextDecoder('utf-8').decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function toUri(value: string | vscode.Uri): vscode.Uri {
  return typeof value === 'string' ? (/^[a-z][a-z0-9+.-]*:/i.test(value) && !/^[a-z]:[\\/]/i.test(value) ? vscode.Uri.parse(value) : vscode.Uri.file(value)) : value;
}
