/** Adding an entry to a catalogue file's text, keeping its comments and layout. */
import { isMap, isSeq, parseDocument, stringify } from 'yaml';
import type { ActorKind } from './types';

/** An id made from a name: "Cho Tae-yul" -> "cho-tae-yul". */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'entity';
}

export interface NewEntry {
  id: string;
  name: string;
  kind: ActorKind;
  aliases?: string[];
}

function scalar(value: string): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

/**
 * The catalogue text with one more entry at the end of its `entities:` list. Comments, order and
 * indentation of the existing text are kept; a file without a list gets one.
 */
export function appendCatalogueEntry(text: string, entry: NewEntry): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const fields: Array<[string, string]> = [
    ['id', scalar(entry.id)],
    ['name', scalar(entry.name)],
    ['kind', entry.kind],
  ];
  if (entry.aliases?.length) fields.push(['aliases', `[${entry.aliases.map(scalar).join(', ')}]`]);
  const block = (indent: string): string =>
    fields.map(([k, v], i) => `${indent}${i === 0 ? '- ' : '  '}${k}: ${v}`).join(eol) + eol;

  const doc = parseDocument(text);
  const root = doc.contents;
  if (text.trim() === '' || root === null) {
    return `${text}${text && !text.endsWith('\n') ? eol : ''}entities:${eol}${block('  ')}`;
  }
  if (isMap(root)) {
    const pair = root.items.find((p) => (p.key as { value?: unknown } | null)?.value === 'entities');
    const seq = pair?.value;
    if (isSeq(seq) && !seq.flow && seq.items.length > 0) {
      const indent = detectItemIndent(text) ?? '  ';
      const end = seq.range ? seq.range[1] : text.length;
      const before = text.slice(0, end);
      const after = text.slice(end);
      const sep = before.endsWith('\n') ? '' : eol;
      return before + sep + block(indent) + after.replace(/^(\r?\n)/, '');
    }
    if (pair && (!seq || (isSeq(seq) && seq.items.length === 0))) {
      // "entities:" or "entities: []": write a block list in its place
      const start = (pair.key as { range?: [number, number, number] }).range?.[0] ?? 0;
      const end = (seq as { range?: [number, number, number] } | null)?.range?.[1] ?? (pair.key as { range?: [number, number, number] }).range?.[1] ?? start;
      const rest = text.slice(end).replace(/^[^\S\r\n]*/, '');
      return text.slice(0, start) + `entities:${eol}` + block('  ') + rest.replace(/^\r?\n/, '');
    }
    if (!pair) return text + (text.endsWith('\n') ? '' : eol) + `entities:${eol}${block('  ')}`;
  }
  // an unusual layout (flow list, top-level list): let the YAML library write it
  if (isMap(root)) {
    doc.addIn(['entities'], doc.createNode(Object.fromEntries(fields.map(([k]) => [k, entryValue(entry, k)]))));
  } else if (isSeq(root)) {
    doc.add(doc.createNode(Object.fromEntries(fields.map(([k]) => [k, entryValue(entry, k)]))));
  }
  return doc.toString();
}

function entryValue(entry: NewEntry, key: string): unknown {
  return key === 'aliases' ? entry.aliases : (entry as unknown as Record<string, unknown>)[key];
}

function detectItemIndent(text: string): string | undefined {
  const m = /^([ \t]*)- +id:/m.exec(text) ?? /^([ \t]*)- /m.exec(text);
  return m?.[1];
}
