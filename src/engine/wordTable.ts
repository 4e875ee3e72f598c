/**
 * A fixed set of lower-case ASCII words that can be looked up straight from a stretch of the text,
 * with ASCII capitals folded to lower case, without cutting the word out as a string first.
 *
 * The claim finder asks about every word of a story ("is this a cue word?"); almost all answers are
 * no, and making a lower-cased string for each would cost more than the question. Here a word costs
 * one pass over its characters (a hash) and, when its slot is taken, one comparison.
 */

/** ASCII code -> the code of its lower-case form (capitals folded; everything else as it is). */
const FOLD = new Uint8Array(128);
for (let c = 0; c < 128; c++) FOLD[c] = c >= 65 && c <= 90 ? c + 32 : c;

/** What AsciiWordTable.find() returns for a word that is not in the table. */
export const ABSENT = -1;
/** What AsciiWordTable.find() returns for a word with a character outside ASCII. */
export const NOT_ASCII = -2;

export class AsciiWordTable {
  /** the words, by id */
  readonly words: readonly string[];
  /** length of the shortest and of the longest word */
  readonly minLength: number;
  readonly maxLength: number;
  /** open addressing: slot -> word id + 1 (0 for an empty slot) */
  private readonly slots: Int32Array;
  private readonly mask: number;

  /** `words` must be lower-case ASCII; repeats are dropped (the first one keeps its id). */
  constructor(words: Iterable<string>) {
    const list: string[] = [];
    const seen = new Set<string>();
    for (const w of words) {
      if (seen.has(w)) continue;
      for (let k = 0; k < w.length; k++) {
        const c = w.charCodeAt(k);
        if (c >= 128 || FOLD[c] !== c) throw new Error(`AsciiWordTable: not a lower-case ASCII word: ${w}`);
      }
      seen.add(w);
      list.push(w);
    }
    let size = 16;
    while (size < list.length * 4) size *= 2;
    this.words = list;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    let min = Infinity;
    let max = 0;
    for (let id = 0; id < list.length; id++) {
      const w = list[id];
      min = Math.min(min, w.length);
      max = Math.max(max, w.length);
      let slot = hashOf(w, 0, w.length) & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = id + 1;
    }
    this.minLength = list.length ? min : 0;
    this.maxLength = max;
  }

  /**
   * The id of the word `text[start, end)` with its ASCII capitals folded; ABSENT when it is not in the
   * table, NOT_ASCII when it has a character outside ASCII (and so is not in the table either; the
   * caller may still want to fold it some other way).
   */
  find(text: string, start: number, end: number): number {
    const h = hashOf(text, start, end);
    if (h < 0) return NOT_ASCII;
    const len = end - start;
    if (len < this.minLength || len > this.maxLength) return ABSENT;
    const slots = this.slots;
    const mask = this.mask;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const id = slots[slot] - 1;
      if (id < 0) return ABSENT;
      const w = this.words[id];
      if (w.length !== len) continue;
      let k = 0;
      while (k < len && FOLD[text.charCodeAt(start + k)] === w.charCodeAt(k)) k++;
      if (k === len) return id;
    }
  }
}

/** A hash of `s[start, end)` with ASCII capitals folded; -1 when a character is not ASCII. */
function hashOf(s: string, start: number, end: number): number {
  let h = 0;
  for (let k = start; k < end; k++) {
    const c = s.charCodeAt(k);
    if (c >= 128) return -1;
    h = (Math.imul(h, 31) + FOLD[c]) | 0;
  }
  // the low bits pick the slot: mix the high ones in, and keep the result positive
  return (h ^ (h >>> 15)) & 0x7fffffff;
}
