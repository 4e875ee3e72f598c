/**
 * The YAML entity catalogue: parsing with a line and column for every problem, and merging of
 * several catalogue files (the built-in one first, workspace files overriding it by id).
 */
import { isMap, isScalar as isYamlScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { readCatalogueFast } from './catalogueFast';
import type { CMap, CNode, CPair, CScalar } from './catalogueFast';
import { ACTOR_KINDS } from './types';
import type { ActorKind, Entity, Problem } from './types';

export interface ParsedCatalogue {
  entities: Entity[];
  problems: Problem[];
  /** False when the file cannot be used at all (YAML syntax, not a catalogue): keep the last good one. */
  usable: boolean;
}

/** Files larger than this are refused without parsing (bounded time and memory). */
export const MAX_CATALOGUE_BYTES = 20 * 1024 * 1024;

/**
 * Files larger than this are read only by the fast reader (the plain layout): the `yaml` library
 * takes 1 to 4 s a megabyte (the most on files full of errors), so this bounds a file's time to 1 s.
 */
export const MAX_YAML_LIBRARY_BYTES = 256 * 1024;

/** At most this many YAML syntax errors are reported for one file. */
const MAX_SYNTAX_PROBLEMS = 100;

/** Characters YAML does not allow (C0 controls but tab and line breaks, DEL): a sign of a binary file. */
const CONTROL_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

const KIND_WORDS: Record<string, ActorKind> = {
  person: 'person',
  organisation: 'organisation',
  organization: 'organisation',
  org: 'organisation',
  place: 'place',
  location: 'place',
  country: 'place',
  city: 'place',
  group: 'group',
};

const ID_RE = /^[\p{L}\p{N}][\p{L}\p{N}._:+-]*$/u;

export interface ParseCatalogueOptions {
  /**
   * Read files in the plain block layout with the fast reader of catalogueFast.ts (default true;
   * it hands anything else to the `yaml` library). False: always the `yaml` library.
   */
  fast?: boolean;
}

/** Parses one catalogue file's text. `source` is recorded on every entity. */
export function parseCatalogue(text: string, source: string, options: ParseCatalogueOptions = {}): ParsedCatalogue {
  const problems: Problem[] = [];
  if (text.length > MAX_CATALOGUE_BYTES) {
    return { entities: [], usable: false, problems: [problem(1, 1, `Catalogue is too large (${(text.length / 1048576).toFixed(1)} MB; the limit is ${MAX_CATALOGUE_BYTES / 1048576} MB).`)] };
  }
  const control = CONTROL_CHAR.exec(text);
  if (control) {
    const lc = lineColumn(text, control.index);
    const what = control[0] === '\u0000' ? 'NUL bytes' : `the control character U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    return { entities: [], usable: false, problems: [problem(lc.line, lc.column, `This is not a text file (it contains ${what}); a catalogue must be UTF-8 YAML.`)] };
  }
  const lineCounter = new LineCounter();
  const at = (offset: number): { line: number; col: number } => lineCounter.linePos(Math.max(0, Math.min(offset, text.length)));
  const nodeProblem = (node: CNode | null | undefined, message: string, severity: Problem['severity'] = 'error'): Problem => {
    const a = at(node?.start ?? 0);
    const b = at(node?.end ?? 0);
    return { message, line: a.line, column: a.col, endLine: b.line, endColumn: b.col, severity };
  };
  const entities: Entity[] = [];
  const ids = new Map<string, Entity>();
  const surfaces = new Map<string, { id: string }>();
  const checkEntry = (node: CNode): void => {
    if (node.kind !== 'map') {
      problems.push(nodeProblem(node, 'Each entry must be a mapping with at least `id`, `name` and `kind`.'));
      return;
    }
    const entity = readEntry(node, source, nodeProblem, problems, (offset) => at(offset).line);
    if (!entity) return;
    const previous = ids.get(entity.id);
    if (previous) {
      problems.push(nodeProblem(field(node, 'id') ?? node, `Duplicate id \`${entity.id}\`: already used on line ${previous.line ?? '?'}; this entry is ignored.`));
      return;
    }
    ids.set(entity.id, entity);
    for (const [surface, fieldName] of surfacesOf(entity)) {
      const owner = surfaces.get(surface);
      if (owner && owner.id !== entity.id) {
        problems.push(nodeProblem(field(node, fieldName) ?? node, `"${surface}" is claimed by two entities: \`${owner.id}\` and \`${entity.id}\`; it stays with \`${owner.id}\`.`, 'warning'));
        if (fieldName === 'aliases') entity.aliases = entity.aliases.filter((a) => a !== surface);
        if (fieldName === 'demonyms') entity.demonyms = entity.demonyms.filter((a) => a !== surface);
      } else {
        surfaces.set(surface, { id: entity.id });
      }
    }
    entities.push(entity);
  };
  // large files in the plain layout: the fast reader; it gives up on anything else
  if (options.fast !== false) {
    const read = readCatalogueFast(text, lineCounter, checkEntry);
    if (read.ok) return { entities, problems, usable: true };
    if (text.length > MAX_YAML_LIBRARY_BYTES) {
      const lc = lineColumn(text, read.offset);
      const size = `${(text.length / 1048576).toFixed(1)} MB`;
      return {
        entities: [], usable: false,
        problems: [problem(lc.line, lc.column, `Catalogue is too large (${size}) for anything but the plain layout (entries \`- id: ...\` with one value a line, lists like [a, b]), and this line is not in it: anchors, tags, block or multi-line values, tabs or a syntax error. Files up to ${MAX_YAML_LIBRARY_BYTES / 1024} KB may use any YAML.`)],
      };
    }
    entities.length = 0;
    problems.length = 0;
    ids.clear();
    surfaces.clear();
    lineCounter.lineStarts = [];
  }
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  } catch (e) {
    return { entities: [], usable: false, problems: [problem(1, 1, `This catalogue cannot be read: ${firstLine(String((e as Error)?.message ?? e))}.`)] };
  }
  if (doc.errors.length > 0) {
    let deep = false;
    for (const e of doc.errors) {
      const tooDeep = /call stack/i.test(e.message);
      if (tooDeep && deep) continue;
      deep ||= tooDeep;
      if (problems.length === MAX_SYNTAX_PROBLEMS) {
        problems.push({ ...problems[problems.length - 1], message: 'More YAML syntax errors follow; fix the ones above first.' });
        break;
      }
      const a = at(e.pos[0]);
      const b = at(e.pos[1]);
      const message = tooDeep ? 'Values are nested too deeply to read (a catalogue needs three levels: entities, entries, lists).' : `YAML syntax: ${firstLine(e.message)}`;
      problems.push({ message, line: a.line, column: a.col, endLine: b.line, endColumn: b.col, severity: 'error' });
    }
    return { entities: [], problems, usable: false };
  }
  const root = fromYaml(doc.contents, 0);
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) {
    return { entities: [], problems, usable: true }; // an empty file is an empty catalogue
  }
  let list: CNode | null = null;
  if (root.kind === 'map') {
    const entitiesPair = root.pairs.find((p) => isScalar(p.key) && p.key.value === 'entities');
    if (!entitiesPair) {
      problems.push(nodeProblem(root, 'A catalogue needs a top-level `entities:` list.'));
      return { entities: [], problems, usable: false };
    }
    list = entitiesPair.value;
    if (list === null || (isScalar(list) && list.value === null)) return { entities: [], problems, usable: true };
  } else if (root.kind === 'seq') {
    list = root;
  }
  if (!list || list.kind !== 'seq') {
    problems.push(nodeProblem(list ?? root, '`entities` must be a list of entries (lines starting with "- id: ...").'));
    return { entities: [], problems, usable: false };
  }
  for (const node of list.items) checkEntry(node);
  return { entities, problems, usable: true };
}

/** Nodes deeper than this are never looked into (root, entities, entry, field, item, and one more). */
const MAX_DEPTH = 6;

/** The `yaml` library's node as the light tree the checks read (catalogueFast.ts reads into it directly). */
function fromYaml(node: unknown, depth: number): CNode | null {
  if (node === null || node === undefined) return null;
  const range = (node as { range?: [number, number, number] | null }).range ?? [0, 0, 0];
  const [start, end, after] = range;
  if (depth <= MAX_DEPTH) {
    if (isYamlScalar(node)) return { kind: 'scalar', value: node.value, start, end, after };
    if (isSeq(node)) return { kind: 'seq', items: node.items.map((it) => fromYaml(it, depth + 1) ?? { kind: 'other', start: 0, end: 0, after: 0 }), start, end, after };
    if (isMap(node)) {
      const pairs: CPair[] = node.items.map((p) => ({ key: fromYaml(p.key, depth + 1), value: fromYaml(p.value, depth + 1) }));
      return { kind: 'map', pairs, start, end, after };
    }
  }
  return { kind: 'other', start, end, after };
}

function isScalar(node: CNode | null | undefined): node is CScalar {
  return node !== null && node !== undefined && node.kind === 'scalar';
}

function* surfacesOf(e: Entity): Generator<[string, 'name' | 'aliases' | 'demonyms']> {
  yield [e.name, 'name'];
  for (const a of e.aliases) yield [a, 'aliases'];
  for (const d of e.demonyms) yield [d, 'demonyms'];
}

function findPair(map: CMap, key: string): CPair | undefined {
  for (const p of map.pairs) if (isScalar(p.key) && p.key.value === key) return p;
  return undefined;
}

function field(map: CMap, key: string): CNode | undefined {
  const pair = findPair(map, key);
  return pair?.value ?? pair?.key ?? undefined;
}

type NodeProblem = (node: CNode | null | undefined, message: string, severity?: Problem['severity']) => Problem;

const KNOWN_FIELDS = new Set(['id', 'name', 'kind', 'aliases', 'demonyms', 'role', 'description', 'links']);

function readEntry(map: CMap, source: string, nodeProblem: NodeProblem, problems: Problem[], lineOf: (offset: number) => number): Entity | undefined {
  const str = (key: string, required: boolean): string | undefined => {
    const node = field(map, key);
    const pair = findPair(map, key);
    if (!pair || pair.value === null || (isScalar(pair.value) && (pair.value.value === null || pair.value.value === ''))) {
      if (required) problems.push(nodeProblem(pair ? pair.key : map, `Entry is missing \`${key}\`; it is ignored.`));
      return undefined;
    }
    if (!isScalar(node) || (typeof node.value !== 'string' && typeof node.value !== 'number')) {
      problems.push(nodeProblem(node, `\`${key}\` must be text.`));
      return undefined;
    }
    return String(node.value).trim();
  };
  const list = (key: string): string[] => {
    const node = field(map, key);
    if (node === undefined || (isScalar(node) && node.value === null)) return [];
    if (isScalar(node) && typeof node.value === 'string') return [node.value.trim()].filter(Boolean);
    if (node.kind !== 'seq') {
      problems.push(nodeProblem(node, `\`${key}\` must be a list of names, like [Borrell, "Mr Borrell"].`));
      return [];
    }
    const out: string[] = [];
    for (const it of node.items) {
      if (isScalar(it) && (typeof it.value === 'string' || typeof it.value === 'number')) {
        const v = String(it.value).trim();
        if (v) out.push(v);
      } else {
        problems.push(nodeProblem(it, `Each of \`${key}\` must be a name (text).`));
      }
    }
    return out;
  };
  for (const pair of map.pairs) {
    if (isScalar(pair.key) && typeof pair.key.value === 'string' && !KNOWN_FIELDS.has(pair.key.value)) {
      problems.push(nodeProblem(pair.key, `Unknown field \`${pair.key.value}\` (known: ${[...KNOWN_FIELDS].join(', ')}).`, 'warning'));
    }
  }
  const id = str('id', true);
  const name = str('name', true);
  const kindText = str('kind', false);
  if (id === undefined || name === undefined) return undefined;
  if (!ID_RE.test(id)) {
    problems.push(nodeProblem(field(map, 'id'), `Id \`${id}\` should be letters, digits and - . _ : + only, without spaces.`));
    return undefined;
  }
  let kind: ActorKind = 'person';
  if (kindText === undefined) {
    problems.push(nodeProblem(map, `Entry \`${id}\` has no \`kind\`; taken as person. Use one of: ${ACTOR_KINDS.join(', ')}.`, 'warning'));
  } else {
    const k = KIND_WORDS[kindText.toLowerCase()];
    if (!k) {
      problems.push(nodeProblem(field(map, 'kind'), `Unknown kind \`${kindText}\`: use one of ${ACTOR_KINDS.join(', ')}; the entry is ignored.`));
      return undefined;
    }
    kind = k;
  }
  const links: Record<string, string> = {};
  const linksNode = field(map, 'links');
  if (linksNode !== undefined && !(isScalar(linksNode) && linksNode.value === null)) {
    if (linksNode.kind === 'map') {
      for (const p of linksNode.pairs) {
        if (isScalar(p.key) && isScalar(p.value) && p.value.value !== null) links[String(p.key.value)] = String(p.value.value);
        else problems.push(nodeProblem(p.value ?? p.key, '`links` must map names to addresses, like { wikidata: Q123 }.'));
      }
    } else {
      problems.push(nodeProblem(linksNode, '`links` must map names to addresses, like { wikidata: Q123, web: https://... }.'));
    }
  }
  const entity: Entity = {
    id,
    name,
    kind,
    aliases: list('aliases'),
    demonyms: list('demonyms'),
    links,
    source,
    line: lineOf(map.start),
  };
  const role = str('role', false);
  const description = str('description', false);
  if (role) entity.role = role;
  if (description) entity.description = description;
  return entity;
}

function problem(line: number, column: number, message: string): Problem {
  return { line, column, message, severity: 'error' };
}

function firstLine(s: string): string {
  return s.split('\n')[0].trim();
}

/** 1-based line and column (UTF-16 units) of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Merges catalogues in order of priority, lowest first: a later entity with the same id replaces an
 * earlier one, keeping what it does not say itself (aliases and demonyms are added to).
 */
export function mergeCatalogues(layers: Entity[][]): Entity[] {
  const byId = new Map<string, Entity>();
  for (const layer of layers) {
    for (const e of layer) {
      const prev = byId.get(e.id);
      if (!prev) {
        byId.set(e.id, e);
        continue;
      }
      byId.set(e.id, {
        ...prev,
        ...e,
        aliases: unique([...prev.aliases, ...e.aliases]),
        demonyms: unique([...prev.demonyms, ...e.demonyms]),
        links: { ...prev.links, ...e.links },
        role: e.role ?? prev.role,
        description: e.description ?? prev.description,
      });
    }
  }
  return [...byId.values()];
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}
