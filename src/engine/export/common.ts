/**
 * Shared pieces of the exporters: the article shape they take, stable annotation ids,
 * offset conversions (UTF-16 -> code points, CRLF -> LF) and line/column positions.
 * Pure and synchronous; no Node or DOM APIs.
 */
import type { ActorSpan, Annotation, ClaimSpan, Entity, Part, QuantitySpan } from '../types';
import { compareSpans } from '../types';

/** One article as the exporters see it. */
export interface ArticleForExport {
  /** File name or path to show (also the id of the article in JSONL and CSV). */
  name: string;
  text: string;
  annotations: Annotation[];
  /** Catalogue look-up. */
  entities: (id: string) => Entity | undefined;
  /**
   * The document's URI (e.g. `file:///home/me/article.txt`), used as the W3C target source.
   * When absent, a `urn:news-lens:document:` URN is made from `name`.
   */
  uri?: string;
}

export interface ExportedFile {
  /** Appended to the article's base name (".json", ".ann", ".txt"), or a fixed file name when `isSharedName`. */
  suffix: string;
  content: string;
  /** True for a file with a fixed name shared by all articles of a folder (brat's `annotation.conf`). */
  isSharedName?: boolean;
}

export interface ExportOptions {
  /** `jsonl` only: include the article text in the line (default true). */
  includeText?: boolean;
}

/** An annotation with the id every export gives it ("a1", "a2", ... in document order). */
export interface NumberedAnnotation {
  id: string;
  annotation: Annotation;
}

const CATEGORY_RANK: Record<Annotation['label'], number> = { actor: 0, quantity: 1, claim: 2 };

function checkPart(p: Part, length: number, what: string): void {
  if (!Number.isInteger(p.start) || !Number.isInteger(p.end) || p.start < 0 || p.end < p.start || p.end > length) {
    throw new RangeError(`News Lens export: ${what} has offsets ${p.start}..${p.end} outside the text (length ${length})`);
  }
}

/**
 * Sorts annotations (start, longer first, then actor/quantity/claim, then input order) and numbers them.
 * Throws a RangeError when an offset does not fit the text: an export must never point elsewhere.
 */
export function numberAnnotations(text: string, annotations: readonly Annotation[]): NumberedAnnotation[] {
  for (const a of annotations) {
    checkPart(a, text.length, `a ${a.label} annotation`);
    if (a.label === 'quantity' && a.number) checkPart(a.number, text.length, 'the number of a quantity');
    if (a.label === 'claim') for (const p of claimParts(a)) checkPart(p.part, text.length, `the ${p.role} of a claim`);
  }
  const indexed = annotations.map((annotation, index) => ({ annotation, index }));
  indexed.sort(
    (x, y) =>
      compareSpans(x.annotation, y.annotation) ||
      CATEGORY_RANK[x.annotation.label] - CATEGORY_RANK[y.annotation.label] ||
      x.index - y.index,
  );
  return indexed.map(({ annotation }, n) => ({ id: `a${n + 1}`, annotation }));
}

export type ClaimRole = 'source' | 'cue' | 'content';
export const CLAIM_ROLES: readonly ClaimRole[] = ['source', 'cue', 'content'];

/** The parts of a claim, role by role (source, cue, content), each role's parts sorted. */
export function claimParts(c: ClaimSpan): Array<{ role: ClaimRole; part: Part }> {
  const out: Array<{ role: ClaimRole; part: Part }> = [];
  for (const role of CLAIM_ROLES) {
    for (const part of sortedParts(c[role])) out.push({ role, part });
  }
  return out;
}

export function sortedParts(parts: readonly Part[]): Part[] {
  return [...parts].sort(compareSpans);
}

/** Entity ids an annotation points at (actor entity/entities, claim source entity), without duplicates. */
export function entityIdsOf(a: Annotation): string[] {
  const ids: string[] = [];
  const add = (id: string | undefined): void => {
    if (id && !ids.includes(id)) ids.push(id);
  };
  if (a.label === 'actor') {
    if (a.entities && a.entities.length > 0) a.entities.forEach(add);
    else add(a.entity);
  } else if (a.label === 'claim') {
    add(a.sourceEntity);
  }
  return ids;
}

/** The label used in annotation tools (doccano, Label Studio): the actor kind or "quantity" (claims: `claimRoleLabel`). */
export function toolLabelOf(a: ActorSpan | QuantitySpan): string {
  return a.label === 'actor' ? a.kind : 'quantity';
}
export function claimRoleLabel(role: ClaimRole): string {
  return `claim-${role}`;
}
/** Every label doccano and Label Studio exports use, in a fixed order. */
export const TOOL_LABELS: readonly string[] = [
  'person',
  'organisation',
  'place',
  'group',
  'quantity',
  'claim-source',
  'claim-cue',
  'claim-content',
];

// ---------------------------------------------------------------------------------------------
// Offsets

function countBelow(sorted: readonly number[], limit: number): number {
  // number of entries < limit
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A text with CRLF and lone CR line breaks turned into LF, and the map from offsets in the
 * original text to offsets in the new one (both UTF-16). An offset between the CR and the LF
 * of a CRLF maps to the LF.
 */
export interface LfText {
  text: string;
  map: (offset: number) => number;
}

export function toLf(text: string): LfText {
  const removed: number[] = [];
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) !== 13) continue;
    out += text.slice(last, i);
    if (text.charCodeAt(i + 1) === 10) {
      removed.push(i);
    } else {
      out += '\n';
    }
    last = i + 1;
  }
  out += text.slice(last);
  return { text: out, map: (offset) => offset - countBelow(removed, offset) };
}

/**
 * Map from UTF-16 offsets in `text` to code point offsets (what Python's `str` indexes).
 * An offset inside a surrogate pair rounds up to the end of the pair.
 */
export function codePointMapper(text: string): (offset: number) => number {
  const lows: number[] = []; // indices of the low surrogate of each pair
  for (let i = 0; i + 1 < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        lows.push(i + 1);
        i++;
      }
    }
  }
  if (lows.length === 0) return (offset) => offset;
  // pairs whose low half lies before `offset`; an offset between the halves counts the pair
  // as not yet passed, which lands on the code point after it
  return (offset) => offset - countBelow(lows, offset);
}

/** 1-based line and column (UTF-16 code units) of offsets; CRLF, LF and CR end lines. */
export function lineColumnMapper(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) {
      starts.push(i + 1);
    }
  }
  return (offset) => {
    // last line start <= offset
    const idx = countBelow(starts, offset + 1) - 1;
    return { line: idx + 1, column: offset - starts[idx] + 1 };
  };
}

/** Characters that end a line for Python's `str.splitlines` (brat reads .ann files line by line). */
export function isLineBreak(code: number): boolean {
  return (
    code === 0x0a ||
    code === 0x0b ||
    code === 0x0c ||
    code === 0x0d ||
    code === 0x1c ||
    code === 0x1d ||
    code === 0x1e ||
    code === 0x85 ||
    code === 0x2028 ||
    code === 0x2029
  );
}

/** Joins the texts of several parts for one cell or field. */
export const PART_SEPARATOR = ' … ';
