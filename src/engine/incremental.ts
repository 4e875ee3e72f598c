/**
 * Re-annotation after an edit, in time that depends on the paragraph edited, not on the article:
 * only the paragraphs the edit touches are annotated again (with a little text around them as
 * context); the annotations of every other paragraph are kept, those after the edit shifted.
 *
 *     const live = new IncrementalAnnotator(text, options);   // annotates the whole text once
 *     live.annotations;                                      // = annotate(text, options)
 *     live.update(newText);                                  // after an edit: the new annotations
 *     live.full();                                           // everything again (on idle)
 *
 * Limits. The edited paragraph, and the paragraphs over the next six sentences, are annotated again
 * with six sentences before and one paragraph after as context, so what the engine decides from the
 * whole article can differ from annotate(newText) until full():
 *  - a short name that refers to a long one ("Borrell" after "Josep Borrell") outside the window
 *    is found as a name of its own, unless the same short name elsewhere says what it refers to;
 *  - a kind learned from another paragraph ("Google" after "Google Science Fair"), a role's holder
 *    named outside the window, a sports report's teams; names whose id or kind the edit changes
 *    keep the old one in other paragraphs;
 *  - nationality words are kept when the article names the place anywhere (as annotate() does),
 *    but those of other paragraphs are not revisited when the edit adds or removes that name;
 *  - an annotation that spans paragraphs is handled: the region grows until nothing crosses it.
 * So: call update() on every edit for a fast answer, and full() when the editor is idle (or
 * after a catalogue or settings change, with a new IncrementalAnnotator). For a long text, a
 * SlicedAnnotation (./slices) does the whole-text pass in steps; fromAnnotations() goes on from its
 * result, and tryUpdate() says when an edit needs the whole text annotated again.
 */
import { annotate } from './annotate';
import type { AnnotateOptions } from './annotate';
import type { ActorSpan, Annotation, Part } from './types';

/**
 * Sentences of context: the engine resolves a claim's pronoun source up to five sentences back, so
 * the window starts at least six sentences before the region, and the region goes on over the six
 * sentences after the edit (their claims may point back into it); then one paragraph of context after.
 */
const CONTEXT_SENTENCES = 6;
const CONTEXT_AFTER = 1;
/** At most this many paragraphs are walked over to find those sentences. */
const MAX_CONTEXT_PARAGRAPHS = 8;
/** Texts shorter than this are simply annotated again. */
const SMALL_TEXT = 2000;

export interface UpdateStats {
  /** 'incremental' or 'full' (small text, region too large, or no convergence). */
  mode: 'incremental' | 'full';
  /** The region annotated again, in the new text. */
  region: Part;
  /** The text given to annotate(), in the new text. */
  window: Part;
}

export class IncrementalAnnotator {
  #text: string;
  #annotations: Annotation[];
  readonly #options: AnnotateOptions;
  #last: UpdateStats | undefined;

  /** Annotates `text` whole; with `annotations` (annotate()'s result for `text`, e.g. from a SlicedAnnotation), takes them instead. */
  constructor(text: string, options: AnnotateOptions, annotations?: Annotation[]) {
    this.#options = options;
    this.#text = text;
    this.#annotations = annotations ?? annotate(text, options);
  }

  /** Goes on from annotations already computed for `text` (a SlicedAnnotation's): nothing is annotated now. */
  static fromAnnotations(text: string, options: AnnotateOptions, annotations: Annotation[]): IncrementalAnnotator {
    return new IncrementalAnnotator(text, options, annotations);
  }

  get text(): string {
    return this.#text;
  }

  /** The annotations of the current text, sorted like annotate()'s. */
  get annotations(): Annotation[] {
    return this.#annotations;
  }

  /** How the last update() was done (for tests and measurements). */
  get lastUpdate(): UpdateStats | undefined {
    return this.#last;
  }

  /** Annotates the whole text again, exactly as annotate() does. */
  full(): Annotation[] {
    this.#annotations = annotate(this.#text, this.#options);
    this.#last = { mode: 'full', region: { start: 0, end: this.#text.length }, window: { start: 0, end: this.#text.length } };
    return this.#annotations;
  }

  /**
   * The annotations of `newText`, re-annotating only the paragraphs that differ from the current
   * text (found by comparing the two: any edit or set of edits works, nothing to convert).
   */
  update(newText: string): Annotation[] {
    const out = this.tryUpdate(newText);
    if (out !== undefined) return out;
    this.#text = newText;
    return this.full();
  }

  /**
   * Like update(), but where update() would annotate the whole text again (a small text, an edit that
   * touches too much) returns undefined and changes nothing: the caller can annotate the text in slices.
   */
  tryUpdate(newText: string): Annotation[] | undefined {
    const old = this.#text;
    if (newText === old) return this.#annotations;
    if (newText.length < SMALL_TEXT) return undefined;
    // the changed part: [p, old.length - s) in the old text, [p, newText.length - s) in the new one
    const p = samePrefix(old, newText);
    const s = sameSuffix(old, newText, Math.min(old.length, newText.length) - p);
    const delta = newText.length - old.length;
    // the region to annotate again, in the new text: whole paragraphs, grown until no annotation crosses it
    let start = paragraphStart(newText, p);
    let end = sentencesAfter(newText, paragraphEnd(newText, newText.length - s), CONTEXT_SENTENCES);
    const oldAnns = this.#annotations;
    for (let round = 0; round < 6; round++) {
      // old annotations that overlap the region (in old coordinates) join it
      const oldStart = start;
      const oldEnd = end - delta;
      let grownStart = start;
      let grownEnd = end;
      for (const a of oldAnns) {
        if (a.start >= oldEnd) break;
        if (a.end > oldStart) {
          // an old annotation is in the old text: before the change it keeps its offsets, after it moves by delta
          const aStart = a.start < p ? a.start : a.start + delta;
          const aEnd = a.end <= p ? a.end : a.end + delta;
          grownStart = Math.min(grownStart, Math.max(0, aStart));
          grownEnd = Math.max(grownEnd, Math.min(newText.length, aEnd));
        }
      }
      if (grownStart < start || grownEnd > end) {
        start = paragraphStart(newText, grownStart);
        end = paragraphEnd(newText, grownEnd);
        continue;
      }
      if (end - start > newText.length / 2) break;
      // annotate the region with context around it
      const wStart = sentencesBefore(newText, start, CONTEXT_SENTENCES);
      const wEnd = paragraphsAfter(newText, end, CONTEXT_AFTER);
      const { inside, crossStart, crossEnd } = annotateRegion(newText, start, end, wStart, wEnd, { ...this.#options, demonyms: 'all' });
      if (crossStart < start || crossEnd > end) {
        start = paragraphStart(newText, crossStart);
        end = paragraphEnd(newText, crossEnd);
        continue;
      }
      // keep: old annotations before the region, the fresh ones, old ones after it (shifted)
      const out: Annotation[] = [];
      let i = 0;
      while (i < oldAnns.length && oldAnns[i].start < start) out.push(oldAnns[i++]);
      const oldEnd2 = end - delta;
      while (i < oldAnns.length && oldAnns[i].start < oldEnd2) i++;
      const before = out.length;
      const after: Annotation[] = [];
      for (; i < oldAnns.length; i++) after.push(delta === 0 ? oldAnns[i] : shift(oldAnns[i], delta));
      // nationality words: kept when the article names the place anywhere, as annotate() keeps them
      const keepDemonyms = this.#options.demonyms ?? 'named';
      let region = inside;
      if (keepDemonyms !== 'all') {
        // (only the places of the region's nationality words are looked for)
        const wanted = new Set<string>();
        let demonyms = false;
        for (const a of inside) {
          if (!isDemonym(a)) continue;
          demonyms = true;
          if (a.entity !== undefined) wanted.add(a.entity);
        }
        if (demonyms) {
          const named = keepDemonyms === 'named' ? namedAmong(wanted, [out, inside, after]) : new Set<string>();
          region = inside.filter((a) => !isDemonym(a) || (a.entity !== undefined && named.has(a.entity)));
        }
      }
      out.length = before;
      region = adoptIdentities(region, out, after);
      for (const a of region) out.push(a);
      for (const a of after) out.push(a);
      this.#text = newText;
      this.#annotations = out;
      this.#last = { mode: 'incremental', region: { start, end }, window: { start: wStart, end: wEnd } };
      return out;
    }
    return undefined;
  }
}

const isDemonym = (a: Annotation): a is ActorSpan => a.label === 'actor' && a.via === 'demonym';

/** The entities of `wanted` that an actor of `lists` other than a nationality word stands for. */
function namedAmong(wanted: ReadonlySet<string>, lists: ReadonlyArray<readonly Annotation[]>): Set<string> {
  const named = new Set<string>();
  if (wanted.size === 0) return named;
  for (const list of lists) {
    for (const a of list) {
      if (a.label !== 'actor' || a.via === 'demonym') continue;
      if (a.entities) {
        for (const id of a.entities) if (wanted.has(id)) named.add(id);
      } else if (a.entity && wanted.has(a.entity)) named.add(a.entity);
      if (named.size === wanted.size) return named;
    }
  }
  return named;
}

/**
 * A name that no catalogue knows is resolved the same way wherever it occurs in an article (the
 * engine looks at the whole text): a name in the region takes the entity, kind and way of finding
 * of the same name elsewhere ("Montalvo" after "Daniel Montalvo" three paragraphs up, "Science"
 * that another paragraph shows to be a place),
 * and claims whose source pointed at the id it had get the new one.
 */
export function adoptIdentities(region: Annotation[], before: readonly Annotation[], after: readonly Annotation[]): Annotation[] {
  const detected = (a: Annotation): a is ActorSpan => a.label === 'actor' && (a.via === 'detected' || a.via === 'reference');
  const wanted = new Set<string>();
  for (const a of region) if (detected(a)) wanted.add(a.text);
  if (wanted.size === 0) return region;
  const elsewhere = new Map<string, ActorSpan>();
  for (const list of [before, after]) {
    for (const a of list) if (detected(a) && wanted.has(a.text) && !elsewhere.has(a.text)) elsewhere.set(a.text, a);
  }
  if (elsewhere.size === 0) return region;
  const renamed = new Map<string, string>();
  const out = region.map((a): Annotation => {
    if (!detected(a)) return a;
    const other = elsewhere.get(a.text);
    if (!other || (other.entity === a.entity && other.kind === a.kind && other.via === a.via)) return a;
    if (a.entity && other.entity) renamed.set(a.entity, other.entity);
    const copy: ActorSpan = { ...a, kind: other.kind, entity: other.entity, via: other.via };
    if (other.unknown) copy.unknown = true;
    else delete copy.unknown;
    return copy;
  });
  if (renamed.size === 0) return out;
  return out.map((a) => (a.label === 'claim' && a.sourceEntity && renamed.has(a.sourceEntity) ? { ...a, sourceEntity: renamed.get(a.sourceEntity) } : a));
}

/**
 * Annotates the window [wStart, wEnd) of `text` and keeps what lies inside the region [start, end), in
 * the text's offsets; annotations that cross the region's edges are left out and widen
 * [crossStart, crossEnd) instead, so the caller can grow the region and try again.
 */
export function annotateRegion(
  text: string, start: number, end: number, wStart: number, wEnd: number, options: AnnotateOptions,
): { inside: Annotation[]; crossStart: number; crossEnd: number } {
  const fresh = annotate(text.slice(wStart, wEnd), options);
  const inside: Annotation[] = [];
  let crossStart = start;
  let crossEnd = end;
  for (const a of fresh) {
    const aStart = a.start + wStart;
    const aEnd = a.end + wStart;
    if (aEnd <= start || aStart >= end) continue; // context only
    if (aStart < start || aEnd > end) {
      crossStart = Math.min(crossStart, aStart);
      crossEnd = Math.max(crossEnd, aEnd);
      continue;
    }
    inside.push(wStart === 0 ? a : shift(a, wStart));
  }
  return { inside, crossStart, crossEnd };
}

/**
 * Characters compared at a time by samePrefix() and sameSuffix(): the two texts are compared a block at
 * a time by the engine's own string comparison, and only the block that differs character by character.
 * A loop over every character of a long article would be most of an update's time, and more still in the
 * first updates, before the optimising compiler has seen the loop.
 */
const DIFF_BLOCK = 1024;

/** Length of the longest common start of `a` and `b`. */
function samePrefix(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let p = 0;
  while (p + DIFF_BLOCK <= max && a.substring(p, p + DIFF_BLOCK) === b.substring(p, p + DIFF_BLOCK)) p += DIFF_BLOCK;
  while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  return p;
}

/** Length of the longest common end of `a` and `b`, at most `max`. */
function sameSuffix(a: string, b: string, max: number): number {
  let s = 0;
  while (s + DIFF_BLOCK <= max && a.substring(a.length - s - DIFF_BLOCK, a.length - s) === b.substring(b.length - s - DIFF_BLOCK, b.length - s)) s += DIFF_BLOCK;
  while (s < max && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
  return s;
}

/** A copy of an annotation moved by `d` (its parts too). */
export function shift(a: Annotation, d: number): Annotation {
  const moved = (p: Part): Part => ({ start: p.start + d, end: p.end + d });
  switch (a.label) {
    case 'actor':
      return { ...a, start: a.start + d, end: a.end + d };
    case 'quantity':
      return a.number ? { ...a, start: a.start + d, end: a.end + d, number: moved(a.number) } : { ...a, start: a.start + d, end: a.end + d };
    case 'claim':
      return { ...a, start: a.start + d, end: a.end + d, cue: a.cue.map(moved), source: a.source.map(moved), content: a.content.map(moved) };
  }
}

/** True when [from, to) holds only spaces, tabs and carriage returns. */
function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/** Start of the line holding `pos`. */
function lineStart(text: string, pos: number): number {
  return pos <= 0 ? 0 : text.lastIndexOf('\n', pos - 1) + 1;
}

/** Start of the paragraph holding `pos`: just after the last blank line before it. */
export function paragraphStart(text: string, pos: number): number {
  let ls = lineStart(text, Math.min(pos, text.length));
  while (ls > 0) {
    const prevStart = lineStart(text, ls - 1);
    if (isBlank(text, prevStart, ls - 1)) return ls;
    ls = prevStart;
  }
  return 0;
}

/** End of the paragraph holding `pos`: the start of the first blank line after its line, or the text's end. */
export function paragraphEnd(text: string, pos: number): number {
  let ls = lineStart(text, Math.min(pos, text.length));
  for (;;) {
    const nl = text.indexOf('\n', ls);
    if (nl < 0 || nl + 1 >= text.length) return text.length;
    const next = nl + 1;
    const nextEnd = text.indexOf('\n', next);
    if (isBlank(text, next, nextEnd < 0 ? text.length : nextEnd)) return next;
    ls = next;
  }
}

/** Sentence ends ([.!?…] then a space or line break, or a line break) in [from, to): enough to count context. */
function sentenceEnds(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) n++;
    else if ((c === 46 || c === 33 || c === 63 || c === 0x2026) && (i + 1 >= text.length || text.charCodeAt(i + 1) === 32)) n++;
  }
  return n;
}

/** Start of the paragraph, before the one that starts at `start`, that gives at least `n` sentences before it. */
function sentencesBefore(text: string, start: number, n: number): number {
  let s = start;
  for (let k = 0; k < MAX_CONTEXT_PARAGRAPHS && s > 0 && sentenceEnds(text, s, start) < n; k++) s = paragraphsBefore(text, s, 1);
  return s;
}

/** End of the paragraph, after the one that ends at `end`, that covers at least `n` sentences after it. */
function sentencesAfter(text: string, end: number, n: number): number {
  let e = end;
  for (let k = 0; k < MAX_CONTEXT_PARAGRAPHS && e < text.length && sentenceEnds(text, end, e) < n; k++) e = paragraphsAfter(text, e, 1);
  return e;
}

/** Start of the `n`th paragraph before the one that starts at `start`. */
function paragraphsBefore(text: string, start: number, n: number): number {
  let s = start;
  for (let k = 0; k < n && s > 0; k++) {
    // step back over the blank lines to the previous paragraph's last line
    let q = s - 1;
    while (q > 0 && isSpace(text.charCodeAt(q - 1))) q--;
    s = paragraphStart(text, q);
  }
  return s;
}

/** End of the `n`th paragraph after the one that ends at `end`. */
function paragraphsAfter(text: string, end: number, n: number): number {
  let e = end;
  for (let k = 0; k < n && e < text.length; k++) {
    let q = e;
    while (q < text.length && isSpace(text.charCodeAt(q))) q++;
    e = paragraphEnd(text, q);
  }
  return e;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}
