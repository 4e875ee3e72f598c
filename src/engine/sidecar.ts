/**
 * The review sidecar: manual annotations and rejections of automatic ones, kept beside the article
 * in `<article file name>.newslens.yaml` (docs/sidecar-format.md describes the format).
 *
 * Entries are anchored by text (see anchoring.ts), so they re-attach after the article is edited
 * elsewhere; entries whose text is gone are reported as lost, never dropped.
 *
 * Writing rule for callers: only (re)write a sidecar whose parse result has `ok: true` (or that does
 * not exist). A file with any problem was written or edited by someone else in a way this code does
 * not fully understand, and rewriting it would lose their work.
 */
import { LineCounter, isMap, isNode, isScalar, isSeq, parseDocument } from 'yaml';
import type { Node as YamlNode, YAMLMap } from 'yaml';
import { attachAnchor, makeAnchor } from './anchoring';
import type { TextAnchor } from './anchoring';
import { ACTOR_KINDS, compareSpans } from './types';
import type {
  ActorKind,
  ActorSpan,
  Annotation,
  Category,
  ClaimSpan,
  Origin,
  Part,
  Problem,
  QuantityNormalForm,
  QuantitySpan,
  SourceKind,
  UnitKind,
} from './types';

export type { TextAnchor } from './anchoring';

/** What a sidecar file is named after: `seoul.news` -> `seoul.news.newslens.yaml`. */
export const SIDECAR_SUFFIX = '.newslens.yaml';
/** The format version this code reads and writes. */
export const SIDECAR_VERSION = 1;

export const UNIT_KINDS: readonly UnitKind[] = ['count', 'money', 'percent', 'duration', 'measure'];
export const SOURCE_KINDS: readonly SourceKind[] = ['named', 'pronoun', 'role', 'vague', 'none'];
const CATEGORIES: readonly Category[] = ['actor', 'quantity', 'claim'];

/** The origins a sidecar stores: automatic annotations are never written. */
export type ReviewOrigin = Exclude<Origin, 'automatic'>;

interface EntryBase {
  origin: ReviewOrigin;
  anchor: TextAnchor;
  /** 1-based line and column of the entry in the sidecar it was read from (not written). */
  line?: number;
  column?: number;
}

export interface ActorEntry extends EntryBase {
  category: 'actor';
  kind: ActorKind;
  entity?: string;
}

export interface QuantityEntry extends EntryBase, QuantityNormalForm {
  category: 'quantity';
}

export interface ClaimEntry extends EntryBase {
  category: 'claim';
  /** Anchors relative to the claim: offsets, prefix and suffix are within `anchor.exact`. */
  cue: TextAnchor[];
  source: TextAnchor[];
  content: TextAnchor[];
  sourceKind: SourceKind;
  sourceEntity?: string;
}

export type SidecarEntry = ActorEntry | QuantityEntry | ClaimEntry;

export interface SidecarParseResult {
  /** The entries that could be read (an entry with an error is left out). */
  entries: SidecarEntry[];
  /** YAML errors and wrong fields, with 1-based line and column in the sidecar. */
  problems: Problem[];
  /** False as soon as there is any problem, even a warning: the caller must not overwrite the file. */
  ok: boolean;
}

export interface ReviewResult {
  /** Automatic annotations (some now marked rejected, some replaced) plus manual ones, sorted by start. */
  annotations: Annotation[];
  /** Entries whose text no longer occurs in the article; they stay in the sidecar and should be reported. */
  lost: SidecarEntry[];
  /**
   * All entries, in input order, with the anchors of attached ones remade on the current text
   * (lost ones unchanged). Serialize these to keep the position hints fresh.
   */
  refreshed: SidecarEntry[];
}

// ---------------------------------------------------------------------------------------------
// File names

/** The sidecar's file name (or path) for an article's file name (or path): appends `.newslens.yaml`. */
export function sidecarNameFor(articleFileName: string): string {
  return articleFileName + SIDECAR_SUFFIX;
}

/** True for a sidecar's file name or path. */
export function isSidecarName(fileName: string): boolean {
  return fileName.endsWith(SIDECAR_SUFFIX) && fileName.length > SIDECAR_SUFFIX.length;
}

/** The article's file name (or path) for a sidecar's, or undefined when it is not a sidecar name. */
export function articleNameForSidecar(sidecarFileName: string): string | undefined {
  return isSidecarName(sidecarFileName) ? sidecarFileName.slice(0, -SIDECAR_SUFFIX.length) : undefined;
}

// ---------------------------------------------------------------------------------------------
// From annotations to entries

function relativeParts(text: string, claim: Part, parts: readonly Part[]): TextAnchor[] {
  const claimText = text.slice(claim.start, claim.end);
  const anchors: TextAnchor[] = [];
  for (const part of parts) {
    // Parts are kept inside the claim: the part of one that sticks out is left off.
    const start = Math.max(part.start, claim.start) - claim.start;
    const end = Math.min(part.end, claim.end) - claim.start;
    if (end > start) anchors.push(makeAnchor(claimText, start, end));
  }
  return anchors;
}

/** The sidecar entry that records `annotation` (made on `text`) as a manual annotation or a rejection. */
export function entryFromAnnotation(text: string, annotation: Annotation, origin: ReviewOrigin): SidecarEntry {
  const anchor = makeAnchor(text, annotation.start, annotation.end);
  switch (annotation.label) {
    case 'actor': {
      const entry: ActorEntry = { category: 'actor', origin, anchor, kind: annotation.kind };
      if (annotation.entity !== undefined) entry.entity = annotation.entity;
      return entry;
    }
    case 'quantity': {
      const entry: QuantityEntry = { category: 'quantity', origin, anchor, approx: annotation.approx, unitKind: annotation.unitKind };
      if (isFiniteNumber(annotation.value)) entry.value = annotation.value;
      if (isFiniteNumber(annotation.min)) entry.min = annotation.min;
      if (isFiniteNumber(annotation.max)) entry.max = annotation.max;
      if (annotation.unit !== undefined) entry.unit = annotation.unit;
      return entry;
    }
    case 'claim': {
      const claim = { start: anchor.start, end: anchor.start + anchor.exact.length };
      const entry: ClaimEntry = {
        category: 'claim',
        origin,
        anchor,
        cue: relativeParts(text, claim, annotation.cue),
        source: relativeParts(text, claim, annotation.source),
        content: relativeParts(text, claim, annotation.content),
        sourceKind: annotation.sourceKind,
      };
      if (annotation.sourceEntity !== undefined) entry.sourceEntity = annotation.sourceEntity;
      return entry;
    }
  }
}

function isFiniteNumber(value: number | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

// ---------------------------------------------------------------------------------------------
// Applying a review to the automatic annotations

function rangeKey(category: Category, part: Part): string {
  return `${category}:${part.start}:${part.end}`;
}

function absoluteParts(claimText: string, claimStart: number, anchors: readonly TextAnchor[]): Part[] {
  const parts: Part[] = [];
  for (const anchor of anchors) {
    const found = attachAnchor(claimText, anchor);
    if (found) parts.push({ start: claimStart + found.start, end: claimStart + found.end });
  }
  return parts;
}

/** The annotation an entry stands for, at `range` of `text`, with the entry's origin. */
function annotationFromEntry(text: string, entry: SidecarEntry, range: Part): Annotation {
  const base = { start: range.start, end: range.end, text: text.slice(range.start, range.end), origin: entry.origin };
  switch (entry.category) {
    case 'actor': {
      const actor: ActorSpan = { ...base, label: 'actor', kind: entry.kind };
      if (entry.entity !== undefined) actor.entity = entry.entity;
      return actor;
    }
    case 'quantity': {
      const quantity: QuantitySpan = { ...base, label: 'quantity', approx: entry.approx, unitKind: entry.unitKind };
      if (entry.value !== undefined) quantity.value = entry.value;
      if (entry.min !== undefined) quantity.min = entry.min;
      if (entry.max !== undefined) quantity.max = entry.max;
      if (entry.unit !== undefined) quantity.unit = entry.unit;
      return quantity;
    }
    case 'claim': {
      const claimText = base.text;
      const claim: ClaimSpan = {
        ...base,
        label: 'claim',
        cue: absoluteParts(claimText, range.start, entry.cue),
        source: absoluteParts(claimText, range.start, entry.source),
        content: absoluteParts(claimText, range.start, entry.content),
        sourceKind: entry.sourceKind,
      };
      if (entry.sourceEntity !== undefined) claim.sourceEntity = entry.sourceEntity;
      return claim;
    }
  }
}

function refreshEntry(text: string, entry: SidecarEntry, range: Part): SidecarEntry {
  const anchor = makeAnchor(text, range.start, range.end);
  if (entry.category !== 'claim') return { ...entry, anchor };
  const claimText = anchor.exact;
  const remake = (anchors: readonly TextAnchor[]): TextAnchor[] =>
    anchors.map((a) => {
      const found = attachAnchor(claimText, a);
      return found ? makeAnchor(claimText, found.start, found.end) : a;
    });
  return { ...entry, anchor, cue: remake(entry.cue), source: remake(entry.source), content: remake(entry.content) };
}

/**
 * Combines the engine's annotations of `text` with a review:
 * - every entry is re-attached to `text`; one whose exact text no longer occurs is returned in `lost`;
 * - a manual entry becomes an annotation with origin 'manual'; it replaces any automatic annotation of
 *   the same category over exactly the same range (a later manual entry for the same category and
 *   range replaces an earlier one);
 * - a rejected entry marks the automatic annotations of the same category and exactly the same range
 *   as origin 'rejected'; if there is none now, the rejection is kept (not lost) and has no effect.
 * The inputs are not changed. Annotations come back sorted by start (longer first, then input order).
 */
export function applyReview(text: string, automatic: readonly Annotation[], entries: readonly SidecarEntry[]): ReviewResult {
  const lost: SidecarEntry[] = [];
  const refreshed: SidecarEntry[] = [];
  const manual = new Map<string, Annotation>();
  const rejected = new Set<string>();

  for (const entry of entries) {
    const range = attachAnchor(text, entry.anchor);
    if (!range) {
      lost.push(entry);
      refreshed.push(entry);
      continue;
    }
    refreshed.push(refreshEntry(text, entry, range));
    const key = rangeKey(entry.category, range);
    if (entry.origin === 'manual') {
      manual.delete(key); // a later manual entry for the same category and range wins
      manual.set(key, annotationFromEntry(text, entry, range));
    } else {
      rejected.add(key);
    }
  }

  const annotations: Annotation[] = [];
  for (const annotation of automatic) {
    const key = rangeKey(annotation.label, annotation);
    if (manual.has(key)) continue;
    annotations.push(rejected.has(key) ? { ...annotation, origin: 'rejected' } : { ...annotation });
  }
  for (const annotation of manual.values()) annotations.push(annotation);
  annotations.sort(compareSpans);
  return { annotations, lost, refreshed };
}

/**
 * The entries without those that attach, in `text`, to `target`'s category and exact range (and,
 * when given, origin): what to write back when a person removes a manual annotation or undoes a rejection.
 * To record a new entry without duplicates: `[...withoutEntriesFor(...), entryFromAnnotation(...)]`.
 */
export function withoutEntriesFor(
  text: string,
  entries: readonly SidecarEntry[],
  target: { category: Category; start: number; end: number; origin?: ReviewOrigin },
): SidecarEntry[] {
  return entries.filter((entry) => {
    if (entry.category !== target.category) return true;
    if (target.origin !== undefined && entry.origin !== target.origin) return true;
    const range = attachAnchor(text, entry.anchor);
    return !range || range.start !== target.start || range.end !== target.end;
  });
}

/** Short, readable description of an entry: `manual actor "Kim Jong Un"`. */
export function describeEntry(entry: SidecarEntry): string {
  const exact = entry.anchor.exact.length > 60 ? `${entry.anchor.exact.slice(0, 57)}...` : entry.anchor.exact;
  return `${entry.origin} ${entry.category} ${JSON.stringify(exact)}`;
}

/** Warnings, placed on the entries in the sidecar, for entries whose text is gone from the article. */
export function lostEntryProblems(lost: readonly SidecarEntry[]): Problem[] {
  return lost.map((entry) => ({
    message: `The ${describeEntry(entry)} no longer occurs in the article; it is kept in the sidecar until removed by hand.`,
    line: entry.line ?? 1,
    column: entry.column ?? 1,
    severity: 'warning' as const,
  }));
}

/** `file:line:column: severity: message`, for logs and notifications. */
export function formatProblem(problem: Problem, fileName?: string): string {
  return `${fileName ? `${fileName}:` : ''}${problem.line}:${problem.column}: ${problem.severity}: ${problem.message}`;
}

// ---------------------------------------------------------------------------------------------
// Writing

const NEEDS_ESCAPE =
  // eslint-disable-next-line no-control-regex
  /["\\\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** A YAML double-quoted scalar; escapes what YAML does not allow printed, and lone surrogates. */
function quote(value: string): string {
  return `"${value.replace(NEEDS_ESCAPE, (c) => {
    switch (c) {
      case '"':
        return '\\"';
      case '\\':
        return '\\\\';
      case '\n':
        return '\\n';
      case '\r':
        return '\\r';
      case '\t':
        return '\\t';
      default:
        return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    }
  })}"`;
}

const PLAIN_SAFE = /^[A-Za-z][A-Za-z0-9_./-]*$/;
const RESERVED = /^(?:true|false|null|yes|no|on|off|y|n)$/i;

/** An identifier-like value plain (`kim-jong-un`), anything else double-quoted. */
function scalar(value: string): string {
  return PLAIN_SAFE.test(value) && !RESERVED.test(value) ? value : quote(value);
}

function numberText(value: number): string {
  return Object.is(value, -0) ? '0' : String(value);
}

function anchorLines(anchor: TextAnchor, indent: string, first: string): string[] {
  return [
    `${first}exact: ${quote(anchor.exact)}`,
    `${indent}prefix: ${quote(anchor.prefix)}`,
    `${indent}suffix: ${quote(anchor.suffix)}`,
    `${indent}start: ${Math.max(0, Math.trunc(anchor.start))}`,
  ];
}

function anchorListLines(key: string, anchors: readonly TextAnchor[]): string[] {
  if (anchors.length === 0) return [`    ${key}: []`];
  const lines = [`    ${key}:`];
  for (const anchor of anchors) lines.push(...anchorLines(anchor, '        ', '      - '));
  return lines;
}

function entryLines(entry: SidecarEntry): string[] {
  const lines = [`  - category: ${entry.category}`, `    origin: ${entry.origin}`, '    anchor:'];
  lines.push(...anchorLines(entry.anchor, '      ', '      '));
  switch (entry.category) {
    case 'actor':
      lines.push(`    kind: ${entry.kind}`);
      if (entry.entity !== undefined) lines.push(`    entity: ${scalar(entry.entity)}`);
      break;
    case 'quantity':
      if (isFiniteNumber(entry.value)) lines.push(`    value: ${numberText(entry.value)}`);
      if (isFiniteNumber(entry.min)) lines.push(`    min: ${numberText(entry.min)}`);
      if (isFiniteNumber(entry.max)) lines.push(`    max: ${numberText(entry.max)}`);
      lines.push(`    approx: ${entry.approx ? 'true' : 'false'}`);
      if (entry.unit !== undefined) lines.push(`    unit: ${scalar(entry.unit)}`);
      lines.push(`    unitKind: ${entry.unitKind}`);
      break;
    case 'claim':
      lines.push(...anchorListLines('cue', entry.cue));
      lines.push(...anchorListLines('source', entry.source));
      lines.push(...anchorListLines('content', entry.content));
      lines.push(`    sourceKind: ${entry.sourceKind}`);
      if (entry.sourceEntity !== undefined) lines.push(`    sourceEntity: ${scalar(entry.sourceEntity)}`);
      break;
  }
  return lines;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The order entries are written in: by start, longer first, then category, origin and text. */
export function compareEntries(a: SidecarEntry, b: SidecarEntry): number {
  return (
    a.anchor.start - b.anchor.start ||
    b.anchor.exact.length - a.anchor.exact.length ||
    CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category) ||
    compareStrings(a.origin, b.origin) ||
    compareStrings(a.anchor.exact, b.anchor.exact)
  );
}

/**
 * The sidecar text for `entries`: a header comment, `version: 1` and the entries sorted by start,
 * one key per line, so that a change makes a small diff. Always ends with a newline.
 */
export function serializeSidecar(entries: readonly SidecarEntry[]): string {
  const lines = [
    '# News Lens review: manual annotations and rejected automatic ones for the article beside this file.',
    '# Each entry is anchored by its exact text, the text around it and its position (a hint only).',
    '# Safe to edit by hand; the format is described in docs/sidecar-format.md of News Lens.',
    `version: ${SIDECAR_VERSION}`,
  ];
  if (entries.length === 0) {
    lines.push('annotations: []');
  } else {
    lines.push('annotations:');
    for (const entry of [...entries].sort(compareEntries)) lines.push(...entryLines(entry));
  }
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------
// Reading

type Severity = Problem['severity'];

class Reader {
  readonly problems: Problem[] = [];

  constructor(
    private readonly lineCounter: LineCounter,
    private readonly textLength: number,
  ) {}

  at(offset: number): { line: number; column: number } {
    const pos = this.lineCounter.linePos(Math.max(0, Math.min(offset, this.textLength)));
    return { line: pos.line, column: pos.col };
  }

  report(range: readonly number[] | null | undefined, message: string, severity: Severity = 'error'): void {
    const start = range?.[0] ?? 0;
    const end = range?.[1] ?? start;
    const from = this.at(start);
    const problem: Problem = { message, line: from.line, column: from.column, severity };
    if (end > start) {
      const to = this.at(end);
      problem.endLine = to.line;
      problem.endColumn = to.column;
    }
    this.problems.push(problem);
  }

  /** The key range of `key` in `map`, for problems about a value that is missing or wrong. */
  keyRange(map: YAMLMap, key: string): readonly number[] | undefined {
    for (const pair of map.items) {
      if (isScalar(pair.key) && pair.key.value === key) return pair.key.range ?? undefined;
    }
    return undefined;
  }

  /** The value node of `key` in `map`, if it is there and a node. */
  valueNode(map: YAMLMap, key: string): YamlNode | undefined {
    for (const pair of map.items) {
      if (isScalar(pair.key) && pair.key.value === key) return isNode(pair.value) ? pair.value : undefined;
    }
    return undefined;
  }
}

interface Field {
  node: YamlNode | null;
  range: readonly number[] | undefined;
}

/** Reads the keys of a mapping, reporting keys that are not strings or not expected (as warnings). */
function fieldsOf(reader: Reader, map: YAMLMap, allowed: readonly string[], where: string): Map<string, Field> {
  const fields = new Map<string, Field>();
  for (const pair of map.items) {
    const key = pair.key;
    if (!isScalar(key) || typeof key.value !== 'string') {
      reader.report(isScalar(key) ? key.range : undefined, `${where}: keys must be plain names.`);
      continue;
    }
    if (!allowed.includes(key.value)) {
      reader.report(key.range, `${where}: unknown key "${key.value}" (expected one of: ${allowed.join(', ')}).`, 'warning');
      continue;
    }
    const node = isNode(pair.value) ? pair.value : null;
    fields.set(key.value, { node, range: node?.range ?? key.range ?? undefined });
  }
  return fields;
}

/** The scalar value of a field, or undefined (without a report) when the field is missing. */
function scalarValue(field: Field | undefined): { value: unknown; range: readonly number[] | undefined } | undefined {
  if (!field) return undefined;
  if (field.node === null) return { value: null, range: field.range };
  if (isScalar(field.node)) return { value: field.node.value, range: field.range };
  return { value: field.node, range: field.range };
}

function readString(reader: Reader, map: YAMLMap, fields: Map<string, Field>, key: string, where: string, required: boolean): string | undefined | null {
  const got = scalarValue(fields.get(key));
  if (!got) {
    if (!required) return undefined;
    reader.report(reader.keyRange(map, key) ?? map.range, `${where}: "${key}" is missing.`);
    return null;
  }
  if (typeof got.value !== 'string') {
    const quotable = typeof got.value === 'number' || typeof got.value === 'boolean';
    reader.report(got.range, `${where}: "${key}" must be a string${quotable ? ' (put it in double quotes)' : ''}.`);
    return null;
  }
  return got.value;
}

function readNumber(reader: Reader, fields: Map<string, Field>, key: string, where: string): number | undefined | null {
  const got = scalarValue(fields.get(key));
  if (!got) return undefined;
  if (typeof got.value !== 'number' || !Number.isFinite(got.value)) {
    reader.report(got.range, `${where}: "${key}" must be a number.`);
    return null;
  }
  return got.value;
}

function readChoice<T extends string>(
  reader: Reader,
  map: YAMLMap,
  fields: Map<string, Field>,
  key: string,
  choices: readonly T[],
  where: string,
): T | null {
  const value = readString(reader, map, fields, key, where, true);
  if (value === null || value === undefined) return null;
  const choice = choices.find((c) => c === value);
  if (choice === undefined) {
    reader.report(fields.get(key)?.range, `${where}: "${key}" must be one of ${choices.join(', ')}, not "${value}".`);
    return null;
  }
  return choice;
}

const ANCHOR_KEYS = ['exact', 'prefix', 'suffix', 'start'] as const;

function readAnchor(reader: Reader, node: YamlNode | null, range: readonly number[] | undefined, where: string): TextAnchor | null {
  if (!isMap(node)) {
    reader.report(range, `${where}: expected a mapping with exact, prefix, suffix and start.`);
    return null;
  }
  const fields = fieldsOf(reader, node, ANCHOR_KEYS, where);
  const exact = readString(reader, node, fields, 'exact', where, true);
  const prefix = readString(reader, node, fields, 'prefix', where, false);
  const suffix = readString(reader, node, fields, 'suffix', where, false);
  const start = readNumber(reader, fields, 'start', where);
  let ok = exact !== null && prefix !== null && suffix !== null && start !== null;
  if (exact === '') {
    reader.report(fields.get('exact')?.range, `${where}: "exact" must not be empty.`);
    ok = false;
  }
  if (typeof start === 'number' && (!Number.isInteger(start) || start < 0)) {
    reader.report(fields.get('start')?.range, `${where}: "start" must be a whole number, 0 or more.`);
    ok = false;
  }
  if (!ok || exact === null || exact === undefined) return null;
  return { exact, prefix: prefix ?? '', suffix: suffix ?? '', start: start ?? 0 };
}

function readPartList(
  reader: Reader,
  fields: Map<string, Field>,
  key: string,
  claimExact: string | undefined,
  where: string,
): TextAnchor[] | null {
  const field = fields.get(key);
  if (!field || field.node === null) return [];
  if (!isSeq(field.node)) {
    reader.report(field.range, `${where}: "${key}" must be a list of anchors (or []).`);
    return null;
  }
  const anchors: TextAnchor[] = [];
  let ok = true;
  field.node.items.forEach((item, i) => {
    const node = isNode(item) ? item : null;
    const partWhere = `${where}, ${key} ${i + 1}`;
    const anchor = readAnchor(reader, node, node?.range ?? field.range, partWhere);
    if (!anchor) {
      ok = false;
      return;
    }
    if (claimExact !== undefined && !attachAnchor(claimExact, anchor)) {
      const exactRange = isMap(node) ? reader.valueNode(node, 'exact')?.range : undefined;
      reader.report(exactRange ?? node?.range, `${partWhere}: ${JSON.stringify(anchor.exact)} does not occur in the claim's text.`);
      ok = false;
      return;
    }
    anchors.push(anchor);
  });
  return ok ? anchors : null;
}

const ENTRY_KEYS: Record<Category, readonly string[]> = {
  actor: ['category', 'origin', 'anchor', 'kind', 'entity'],
  quantity: ['category', 'origin', 'anchor', 'value', 'min', 'max', 'approx', 'unit', 'unitKind'],
  claim: ['category', 'origin', 'anchor', 'cue', 'source', 'content', 'sourceKind', 'sourceEntity'],
};
const ALL_ENTRY_KEYS = [...new Set(Object.values(ENTRY_KEYS).flat())];

function readEntry(reader: Reader, node: unknown, index: number): SidecarEntry | null {
  const where = `annotation ${index + 1}`;
  if (!isMap(node)) {
    reader.report(isNode(node) ? node.range : undefined, `${where}: expected a mapping with category, origin and anchor.`);
    return null;
  }
  // The category first, to know which keys belong.
  const categoryNode = reader.valueNode(node, 'category');
  const categoryValue = isScalar(categoryNode) ? categoryNode.value : undefined;
  const known = CATEGORIES.find((c) => c === categoryValue);
  const fields = fieldsOf(reader, node, known ? ENTRY_KEYS[known] : ALL_ENTRY_KEYS, where);
  const category = readChoice(reader, node, fields, 'category', CATEGORIES, where);
  if (!category) return null;
  const origin = readChoice(reader, node, fields, 'origin', ['manual', 'rejected'] as const, where);
  const anchorField = fields.get('anchor');
  let anchor: TextAnchor | null = null;
  if (!anchorField) reader.report(reader.keyRange(node, 'category') ?? node.range, `${where}: "anchor" is missing.`);
  else anchor = readAnchor(reader, anchorField.node, anchorField.range, `${where}, anchor`);

  const at = reader.at(node.range?.[0] ?? 0);
  const position = { line: at.line, column: at.column };

  switch (category) {
    case 'actor': {
      const kind = readChoice(reader, node, fields, 'kind', ACTOR_KINDS, where);
      const entity = readString(reader, node, fields, 'entity', where, false);
      if (!origin || !anchor || !kind || entity === null) return null;
      const entry: ActorEntry = { category, origin, anchor, kind, ...position };
      if (entity !== undefined) entry.entity = entity;
      return entry;
    }
    case 'quantity': {
      const value = readNumber(reader, fields, 'value', where);
      const min = readNumber(reader, fields, 'min', where);
      const max = readNumber(reader, fields, 'max', where);
      const unit = readString(reader, node, fields, 'unit', where, false);
      const unitKind = readChoice(reader, node, fields, 'unitKind', UNIT_KINDS, where);
      const approxValue = scalarValue(fields.get('approx'));
      let approx: boolean | null = false;
      if (approxValue) {
        if (typeof approxValue.value === 'boolean') approx = approxValue.value;
        else {
          reader.report(approxValue.range, `${where}: "approx" must be true or false.`);
          approx = null;
        }
      }
      if (!origin || !anchor || !unitKind || approx === null || value === null || min === null || max === null || unit === null) return null;
      const entry: QuantityEntry = { category, origin, anchor, approx, unitKind, ...position };
      if (value !== undefined) entry.value = value;
      if (min !== undefined) entry.min = min;
      if (max !== undefined) entry.max = max;
      if (unit !== undefined) entry.unit = unit;
      return entry;
    }
    case 'claim': {
      const claimExact = anchor?.exact;
      const cue = readPartList(reader, fields, 'cue', claimExact, where);
      const source = readPartList(reader, fields, 'source', claimExact, where);
      const content = readPartList(reader, fields, 'content', claimExact, where);
      const sourceEntity = readString(reader, node, fields, 'sourceEntity', where, false);
      let sourceKind: SourceKind | null;
      if (fields.has('sourceKind')) sourceKind = readChoice(reader, node, fields, 'sourceKind', SOURCE_KINDS, where);
      else sourceKind = source === null ? null : source.length === 0 ? 'none' : sourceEntity ? 'named' : 'vague';
      if (!origin || !anchor || !cue || !source || !content || !sourceKind || sourceEntity === null) return null;
      const entry: ClaimEntry = { category, origin, anchor, cue, source, content, sourceKind, ...position };
      if (sourceEntity !== undefined) entry.sourceEntity = sourceEntity;
      return entry;
    }
  }
}

/**
 * Reads a sidecar. Never throws. An empty file (or one with only comments) is an empty, valid review.
 * YAML syntax errors are reported with their 1-based line and column, and then no entries are returned
 * (what the YAML parser recovers from a broken file can be garbled, e.g. a string cut short).
 * Wrong fields are reported where they are; the entries without errors are still returned.
 * Any problem at all, even a warning, makes `ok` false: the caller must then not write the file.
 */
export function parseSidecar(yamlText: string): SidecarParseResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const reader = new Reader(lineCounter, yamlText.length);
  for (const error of doc.errors) reader.report(error.pos, `YAML syntax error: ${error.message}`);
  for (const warning of doc.warnings) reader.report(warning.pos, `YAML: ${warning.message}`, 'warning');

  const entries: SidecarEntry[] = [];
  const top = doc.contents;
  if (doc.errors.length > 0 || top === null || (isScalar(top) && top.value === null)) {
    return { entries, problems: reader.problems, ok: reader.problems.length === 0 };
  }
  if (!isMap(top)) {
    reader.report(top.range, 'Expected a mapping with "version" and "annotations".');
  } else {
    const fields = fieldsOf(reader, top, ['version', 'annotations'], 'sidecar');
    const version = scalarValue(fields.get('version'));
    let readable = true;
    if (!version) {
      reader.report(top.range ? [top.range[0], top.range[0]] : undefined, `"version: ${SIDECAR_VERSION}" is missing.`);
    } else if (version.value !== SIDECAR_VERSION) {
      const newer = typeof version.value === 'number' && version.value > SIDECAR_VERSION;
      reader.report(
        version.range,
        newer
          ? `This sidecar has format version ${String(version.value)}, written by a newer News Lens; this one reads version ${SIDECAR_VERSION}.`
          : `"version" must be ${SIDECAR_VERSION}.`,
      );
      readable = !newer;
    }
    const list = fields.get('annotations');
    if (readable && list && list.node !== null) {
      if (!isSeq(list.node)) {
        reader.report(list.range, '"annotations" must be a list (or []).');
      } else {
        list.node.items.forEach((item, i) => {
          const entry = readEntry(reader, item, i);
          if (entry) entries.push(entry);
        });
      }
    }
  }
  const problems = reader.problems;
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  return { entries, problems, ok: problems.length === 0 };
}
