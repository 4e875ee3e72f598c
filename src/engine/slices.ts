/**
 * Annotation of a long text in slices, so that a caller can spread the work over many short steps
 * (one per macrotask in the editor) instead of blocking for the whole text at once:
 *
 *     const job = new SlicedAnnotation(text, options);       // nothing annotated yet
 *     while (!job.step()) await nextMacrotask();             // each step: one slice of ~32 K characters
 *     job.annotations;                                       // ≈ annotate(text, options)
 *
 * Each step annotates one region of whole paragraphs, front to back, with context around it (at least
 * six sentences and one paragraph before and after, as IncrementalAnnotator.update() does), and keeps
 * the annotations that lie inside the region. An annotation that crosses the region's end makes the
 * region grow to the paragraph after it; one that crosses its start (an annotation the previous step
 * could not see whole) re-opens the paragraphs before. Until the last step, `annotations` holds the
 * regions done so far.
 *
 * What annotate() decides from the whole text is settled at the end, over all the regions:
 *  - nationality words are kept only when the text names the place somewhere (`demonyms: 'named'`);
 *  - a name that no catalogue knows gets, everywhere, the entity and kind it has where the text says
 *    most about it, and a lone part of a person's name ("Borrell") refers back to the full name
 *    ("Josep Borrell") found in another region; claims whose source pointed at the old id follow.
 * The result equals annotate(text) for almost all annotations (see test/unit/slices.test.ts): what can
 * still differ are names annotate() accepts or rejects with evidence from far away in the text (a
 * capitalised word at the start of a sentence, seen mid-sentence only in another region).
 */
import type { AnnotateOptions } from './annotate';
import { findClaims } from './claims';
import { annotateRegion, shift } from './incremental';
import { NAME_PARTICLES, STOP_WORDS, TITLES } from './names-lexicon';
import { slugify } from './names';
import { splitSentences } from './sentences';
import type { ActorSpan, Annotation, Part } from './types';

/** Characters per slice when none is given: a few milliseconds of work on a typical machine. */
export const DEFAULT_SLICE_CHARS = 32_768;
/** Sentences of context before and after a region (claims resolve pronoun sources five sentences back). */
const CONTEXT_SENTENCES = 6;
/** Context before and after a region is at least this long (when the text has it) ... */
const MIN_CONTEXT_CHARS = 1_000;
/** ... and at most this long: a text without paragraph breaks is cut at sentence ends or spaces. */
const MAX_CONTEXT_CHARS = 8_000;
/** The whole-text decisions look at this many annotations per step. */
const CHUNK = 4096;
/** A region grows (or re-opens) at most this many times; then crossing annotations are dropped. */
const MAX_ROUNDS = 8;

export interface SliceStats {
  /** The region whose annotations the step kept. */
  region: Part;
  /** The text given to annotate(). */
  window: Part;
  /** How many times annotate() ran in the step (1 unless the region had to grow). */
  rounds: number;
}

export class SlicedAnnotation {
  readonly text: string;
  readonly #options: AnnotateOptions;
  readonly #sliceChars: number;
  readonly #windowOptions: AnnotateOptions;
  /** Actors are not wanted but found for the claims' sake. */
  readonly #actorsOff: boolean;
  /** Annotations of the regions done, sorted, nationality words not filtered yet. */
  #done: Annotation[] = [];
  /** Where the next region starts (the end of the regions done). */
  #pos = 0;
  #final: Annotation[] | undefined;
  #view: Annotation[] | undefined;
  #last: SliceStats | undefined;
  #steps = 0;
  /** After the last region: the whole-text decisions, step by step. */
  #settling: Generator<void, Annotation[]> | undefined;
  /** The regions done, in order, with their windows. */
  #regions: Array<{ start: number; end: number; window: Part }> = [];

  constructor(text: string, options: AnnotateOptions, sliceChars = DEFAULT_SLICE_CHARS) {
    this.text = text;
    this.#options = options;
    // every nationality word (which to keep is decided over the whole text); actors whenever claims are
    // wanted (the whole-text decisions about names need them; they are left out at the end when not wanted)
    this.#actorsOff = options.categories?.actors === false && options.categories?.claims !== false;
    this.#windowOptions = { ...options, demonyms: 'all', categories: this.#actorsOff ? { ...options.categories, actors: true } : options.categories };
    this.#sliceChars = Math.max(1, Math.floor(sliceChars));
    if (text.length === 0) this.#final = [];
  }

  /** True once every region is annotated and the whole-text decisions are made. */
  get done(): boolean {
    return this.#final !== undefined;
  }

  /** Share of the text annotated, 0 to 1. */
  get progress(): number {
    return this.#final !== undefined ? 1 : this.#pos / this.text.length;
  }

  /** The text up to here is annotated (the regions done). */
  get annotatedUpTo(): number {
    return this.#final !== undefined ? this.text.length : this.#pos;
  }

  /** Steps taken so far. */
  get steps(): number {
    return this.#steps;
  }

  /** What the last step did (for tests and measurements). */
  get lastStep(): SliceStats | undefined {
    return this.#last;
  }

  /**
   * The annotations: when done, the result for the whole text, sorted like annotate()'s; before,
   * those of the regions done so far (nationality words kept where the text so far names the place).
   */
  get annotations(): Annotation[] {
    if (this.#final !== undefined) return this.#final;
    if (this.#view === undefined) {
      const view = filterDemonyms(this.#done, this.#options.demonyms ?? 'named');
      this.#view = this.#actorsOff ? view.filter((a) => a.label !== 'actor') : view;
    }
    return this.#view;
  }

  /**
   * Does the next piece of work: annotates the next region; after the last one, makes the whole-text
   * decisions (one step, then a few for claims to find again). Returns true when the whole text is done.
   */
  step(): boolean {
    if (this.#final !== undefined) return true;
    this.#steps++;
    if (this.#pos < this.text.length) {
      this.#annotateRegion();
      this.#view = undefined;
      return false;
    }
    this.#settling ??= this.#settle();
    const next = this.#settling.next();
    if (!next.done) return false;
    this.#final = next.value;
    this.#done = [];
    this.#regions = [];
    this.#settling = undefined;
    return true;
  }

  /** Runs the steps left; returns the annotations of the whole text. */
  finish(): Annotation[] {
    while (!this.step()) {
      // one region after another
    }
    return this.annotations;
  }

  #annotateRegion(): void {
    const text = this.text;
    let start = this.#pos;
    let end = cutAfter(text, start + this.#sliceChars);
    for (let rounds = 1; ; rounds++) {
      const wStart = contextBefore(text, start);
      const wEnd = contextAfter(text, end);
      const { inside, crossStart, crossEnd } = annotateRegion(text, start, end, wStart, wEnd, this.#windowOptions);
      if ((crossStart < start || crossEnd > end) && rounds < MAX_ROUNDS) {
        if (crossEnd > end) end = cutAfter(text, crossEnd);
        if (crossStart < start) start = this.#reopen(cutBefore(text, crossStart));
        continue;
      }
      for (const a of inside) this.#done.push(a);
      this.#regions.push({ start, end, window: { start: wStart, end: wEnd } });
      this.#pos = end;
      this.#last = { region: { start, end }, window: { start: wStart, end: wEnd }, rounds };
      return;
    }
  }

  /**
   * The whole-text decisions, over the annotations of all regions (see the header), as a series of
   * steps (it yields after every CHUNK annotations, or every slice of text looked at again).
   */
  *#settle(): Generator<void, Annotation[]> {
    this.#last = { region: { start: this.text.length, end: this.text.length }, window: { start: 0, end: 0 }, rounds: 0 };
    const kept = filterDemonyms(this.#done, this.#options.demonyms ?? 'named');
    yield;
    const settled = yield* this.#harmonizeNames(kept);
    if (kept === this.#done || this.#options.categories?.claims === false) return this.#actorsOff ? settled.filter((a) => a.label !== 'actor') : settled;
    // Claims whose source a region resolved through a nationality word that the whole text then drops
    // ("Greek court rules ..." where Greece is not named) are found again without it, as annotate() finds them.
    const stays = new Set<string>();
    for (const a of kept) if (a.label === 'actor' && a.via === 'demonym' && a.entity) stays.add(a.entity);
    const dropped = new Set<string>();
    for (const a of this.#done) if (a.label === 'actor' && a.via === 'demonym' && a.entity && !stays.has(a.entity)) dropped.add(a.entity);
    yield;
    const text = this.text;
    let budget = this.#sliceChars;
    for (let i = 0; i < settled.length; i++) {
      const c = settled[i];
      if (c.label !== 'claim' || !c.sourceEntity || !dropped.has(c.sourceEntity)) continue;
      const wStart = contextBefore(text, cutBefore(text, c.start));
      const wEnd = contextAfter(text, cutAfter(text, c.end));
      const actors: ActorSpan[] = [];
      for (let k = firstAt(settled, wStart); k < settled.length && settled[k].start < wEnd; k++) {
        const a = settled[k];
        if (a.label === 'actor' && a.end <= wEnd) actors.push(shift(a, -wStart) as ActorSpan);
      }
      const part = text.slice(wStart, wEnd);
      const again = findClaims(part, actors, splitSentences(part)).find((x) => x.start + wStart === c.start);
      if (again) settled[i] = shift(again, wStart);
      budget -= wEnd - wStart;
      if (budget <= 0) {
        yield;
        budget = this.#sliceChars;
      }
    }
    return this.#actorsOff ? settled.filter((a) => a.label !== 'actor') : settled;
  }

  /**
   * Names that no catalogue knows, decided over the whole text as annotate() decides them: a lone word
   * that is the first or last word of a person's full name refers to that person (the first person named
   * with the word keeps it; catalogue people come after detected ones), unless the region's own window
   * saw the full name and still did not make it a reference. Claims whose source pointed at the old id follow.
   */
  *#harmonizeNames(list: Annotation[]): Generator<void, Annotation[]> {
    const parts = new Map<string, NamePart>();
    const catalogueParts = new Map<string, NamePart>();
    /** Where each part word occurs in a full name, in order. */
    const where = new Map<string, number[]>();
    for (let i = 0; i < list.length; i++) {
      if (i % CHUNK === CHUNK - 1) yield;
      const a = list[i];
      if (a.label !== 'actor' || a.kind !== 'person' || !a.entity || (a.via !== 'detected' && a.via !== 'name' && a.via !== 'alias')) continue;
      const first = a.text.indexOf(' ');
      if (first < 0) continue;
      const map = a.via === 'detected' ? parts : catalogueParts;
      for (const word of [a.text.slice(0, first), a.text.slice(a.text.lastIndexOf(' ') + 1)]) {
        if (!partWord(word)) continue;
        if (!map.has(word)) map.set(word, { id: a.entity, catalogue: a.via !== 'detected' });
        let at = where.get(word);
        if (!at) where.set(word, (at = []));
        at.push(a.start);
      }
    }
    if (parts.size === 0 && catalogueParts.size === 0) return list;
    yield;
    const regions = this.#regions;
    const windowOf = (pos: number): Part => {
      let lo = 0;
      let hi = regions.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (regions[mid].start <= pos) lo = mid;
        else hi = mid - 1;
      }
      return regions[lo].window;
    };
    const seenInWindow = (word: string, w: Part): boolean => {
      const at = where.get(word);
      if (!at) return false;
      let lo = 0;
      let hi = at.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (at[mid] < w.start) lo = mid + 1;
        else hi = mid;
      }
      return lo < at.length && at[lo] < w.end;
    };
    const out = list.slice();
    /** The mentions made references, with the id they had: claims with them as source follow. */
    const changed: Array<{ at: Part; from: string | undefined; to: string }> = [];
    for (let i = 0; i < out.length; i++) {
      if (i % CHUNK === CHUNK - 1) yield;
      const a = out[i];
      if (a.label !== 'actor' || (a.via !== 'detected' && a.via !== 'reference')) continue;
      const part = parts.get(a.text) ?? catalogueParts.get(a.text);
      if (!part || part.id === slugify(a.text)) continue;
      if (a.via === 'reference' ? part.id === a.entity : seenInWindow(a.text, windowOf(a.start))) continue;
      changed.push({ at: { start: a.start, end: a.end }, from: a.entity, to: part.id });
      const copy: ActorSpan = { ...a, kind: 'person', entity: part.id, via: 'reference' };
      if (part.catalogue) delete copy.unknown;
      else copy.unknown = true;
      out[i] = copy;
    }
    yield;
    // the ids actors have now: a claim's source id that none has any more was a region's own guess
    const ids = new Set<string>();
    for (const a of out) if (a.label === 'actor' && a.entity) ids.add(a.entity);
    for (let i = 0; i < out.length; i++) {
      if (i % CHUNK === CHUNK - 1) yield;
      const c = out[i];
      if (c.label !== 'claim' || !c.sourceEntity || c.source.length === 0) continue;
      // a mention made a reference inside the claim's source
      const from = c.source[0].start;
      const to = c.source[c.source.length - 1].end;
      let lo = 0;
      let hi = changed.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (changed[mid].at.end <= from) lo = mid + 1;
        else hi = mid;
      }
      let to2: string | undefined;
      for (let k = lo; k < changed.length && changed[k].at.start < to; k++) {
        if (changed[k].from === c.sourceEntity) {
          to2 = changed[k].to;
          break;
        }
      }
      if (to2 === undefined && c.sourceKind !== 'named') {
        // a pronoun or a role that points back: at the last mention made a reference before the claim, in its region's window
        const w = windowOf(c.start);
        for (let k = lo - 1; k >= 0 && changed[k].at.start >= w.start; k--) {
          if (changed[k].at.end <= c.start && changed[k].from === c.sourceEntity) {
            to2 = changed[k].to;
            break;
          }
        }
      }
      if (to2 === undefined && !ids.has(c.sourceEntity)) {
        // "He said ..." after a "Borrell" that another region already made a reference
        const w = windowOf(c.start);
        const x = c.sourceEntity;
        for (let k = firstAt(out, c.end) - 1, n = 0; k >= 0 && out[k].start >= w.start && n < 400; k--, n++) {
          const a = out[k];
          if (a.label === 'actor' && a.entity && (a.via === 'reference' || a.via === 'detected') && slugify(a.text) === x) {
            to2 = a.entity;
            break;
          }
        }
      }
      if (to2 !== undefined) out[i] = { ...c, sourceEntity: to2 };
    }
    return out;
  }


  /**
   * Takes back the annotations from `pos` on (and any that cross it, moving `pos` back to the paragraph
   * they start in); returns the new start.
   */
  #reopen(pos: number): number {
    let start = pos;
    for (;;) {
      let earliest = start;
      let keep = this.#done.length;
      while (keep > 0 && this.#done[keep - 1].start >= start) keep--;
      // earlier annotations that reach past `start` (claims can be long): look back a little
      for (let i = keep - 1; i >= 0 && i >= keep - 200; i--) {
        if (this.#done[i].end > start) earliest = Math.min(earliest, this.#done[i].start);
      }
      this.#done.length = keep;
      while (this.#regions.length > 0 && this.#regions[this.#regions.length - 1].start >= start) this.#regions.pop();
      if (this.#regions.length > 0) {
        const r = this.#regions[this.#regions.length - 1];
        r.end = Math.min(r.end, start);
      }
      if (earliest >= start) return start;
      start = cutBefore(this.text, earliest);
    }
  }
}

/** The index of the first annotation that starts at or after `pos` (the list is sorted by start). */
function firstAt(list: readonly Annotation[], pos: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Nationality words whose place the annotations name elsewhere (mode 'named'), all or none. */
function filterDemonyms(list: Annotation[], mode: 'all' | 'named' | 'none'): Annotation[] {
  if (mode === 'all') return list;
  const named = new Set<string>();
  if (mode === 'named') {
    for (const a of list) {
      if (a.label !== 'actor' || (a.via !== 'name' && a.via !== 'alias')) continue;
      if (a.entities) for (const id of a.entities) named.add(id);
      else if (a.entity) named.add(a.entity);
    }
  }
  let dropped = false;
  const out = list.filter((a) => {
    const keep = a.label !== 'actor' || a.via !== 'demonym' || (a.entity !== undefined && named.has(a.entity));
    if (!keep) dropped = true;
    return keep;
  });
  return dropped ? out : list;
}

/** A word of a person's name that a lone mention of it can refer to (what names.ts counts as one). */
function partWord(word: string): boolean {
  const l = word.toLowerCase();
  return word.length >= 2 && !STOP_WORDS.has(l) && !NAME_PARTICLES.has(l) && !TITLES.has(l);
}

interface NamePart {
  id: string;
  catalogue: boolean;
}

// --- where to cut ------------------------------------------------------------------------------------

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** True when the line before the one starting at `ls` is blank or ends a sentence: a paragraph starts at `ls`. */
function isParagraphStart(text: string, ls: number): boolean {
  if (ls <= 0) return true;
  let p = ls - 2; // before the line break
  while (p >= 0 && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9 || text.charCodeAt(p) === 13)) p--;
  if (p < 0) return true;
  const c = text.charCodeAt(p);
  // a blank line, or . ! ? … " ” ) : at the end of the line
  return c === 10 || c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 34 || c === 0x201d || c === 41 || c === 58;
}

/** After `i`: the start of the next sentence when `i` ends one (". T"), else -1. */
function sentenceStartAfter(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c !== 46 && c !== 33 && c !== 63 && c !== 0x2026) return -1;
  let j = i + 1;
  if (j >= text.length || !isSpace(text.charCodeAt(j))) return -1;
  while (j < text.length && isSpace(text.charCodeAt(j))) j++;
  if (j >= text.length) return -1;
  const n = text.charCodeAt(j);
  return (n >= 65 && n <= 90) || n === 34 || n === 0x201c ? j : -1;
}

/**
 * A good place to cut at or after `pos`: the start of a paragraph; in a text without one nearby, the
 * start of a line, a sentence or a word. The text's length when `pos` is at or past it.
 */
export function cutAfter(text: string, pos: number): number {
  const L = text.length;
  if (pos >= L) return L;
  if (pos <= 0) return 0;
  const limit = Math.min(L, pos + MAX_CONTEXT_CHARS);
  // a paragraph start
  let ls = text.lastIndexOf('\n', pos - 1) + 1;
  if (ls === pos && isParagraphStart(text, ls)) return pos;
  let firstLine = -1;
  for (let nl = text.indexOf('\n', pos); nl >= 0 && nl < limit; nl = text.indexOf('\n', nl + 1)) {
    ls = nl + 1;
    if (ls >= L) return L;
    if (isParagraphStart(text, ls)) return skipBlankLines(text, ls, limit);
    if (firstLine < 0) firstLine = ls;
  }
  if (firstLine >= 0) return firstLine;
  for (let i = pos; i < limit; i++) {
    const s = sentenceStartAfter(text, i);
    if (s >= 0) return s;
  }
  for (let i = pos; i < limit; i++) if (isSpace(text.charCodeAt(i - 1)) && !isSpace(text.charCodeAt(i))) return i;
  return limit >= L ? L : limit;
}

/** A good place to cut at or before `pos` (see cutAfter); 0 at the text's start. */
export function cutBefore(text: string, pos: number): number {
  if (pos <= 0) return 0;
  if (pos > text.length) pos = text.length;
  const limit = Math.max(0, pos - MAX_CONTEXT_CHARS);
  let firstLine = -1;
  for (let ls = text.lastIndexOf('\n', pos - 1) + 1; ls >= limit; ls = ls >= 2 ? text.lastIndexOf('\n', ls - 2) + 1 : 0) {
    if (isParagraphStart(text, ls)) return ls;
    if (firstLine < 0) firstLine = ls;
    if (ls === 0) return 0;
  }
  if (firstLine >= 0) return firstLine;
  for (let i = pos - 1; i >= limit; i--) {
    const s = sentenceStartAfter(text, i);
    if (s >= 0 && s <= pos) return s;
  }
  for (let i = pos; i > limit; i--) if (isSpace(text.charCodeAt(i - 1)) && !isSpace(text.charCodeAt(i))) return i;
  return limit;
}

function skipBlankLines(text: string, ls: number, limit: number): number {
  // a blank line is part of no paragraph: start at the next line that has text
  let i = ls;
  while (i < limit && isSpace(text.charCodeAt(i))) i++;
  if (i >= text.length) return text.length;
  return i < limit ? text.lastIndexOf('\n', i - 1) + 1 : ls;
}

/** Sentence ends ([.!?…] then a space or line break, or a line break) in [from, to). */
function sentenceEnds(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) n++;
    else if ((c === 46 || c === 33 || c === 63 || c === 0x2026) && (i + 1 >= text.length || isSpace(text.charCodeAt(i + 1)))) n++;
  }
  return n;
}

/** Where the window before a region that starts at `start` begins: a paragraph start with enough sentences between. */
function contextBefore(text: string, start: number): number {
  if (start <= 0) return 0;
  let s = start;
  while (s > 0 && start - s < MAX_CONTEXT_CHARS) {
    const prev = cutBefore(text, Math.max(0, s - 1));
    if (prev >= s) break;
    s = prev;
    if (start - s >= MIN_CONTEXT_CHARS && sentenceEnds(text, s, start) >= CONTEXT_SENTENCES) break;
  }
  return s;
}

/** Where the window after a region that ends at `end` ends: a paragraph end with enough sentences between. */
function contextAfter(text: string, end: number): number {
  const L = text.length;
  if (end >= L) return L;
  let e = end;
  while (e < L && e - end < MAX_CONTEXT_CHARS) {
    const next = cutAfter(text, e + 1);
    if (next <= e) break;
    e = next;
    if (e - end >= MIN_CONTEXT_CHARS && sentenceEnds(text, end, e) >= CONTEXT_SENTENCES) break;
  }
  return e;
}
