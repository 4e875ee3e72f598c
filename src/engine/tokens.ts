/**
 * Word tokens of an article or a catalogue name. Catalogue names and article text are cut the same
 * way, so a name matches wherever its tokens occur in a row.
 *
 * The tokens of a text are kept in typed arrays (start, end, key id, joined), not one object a
 * token: equal keys share one id and one string, so whatever is worked out about a word (its lower
 * case, its shape, a look-up in a word list or a catalogue) is worked out once per distinct word.
 */

const WORD_RE = /[\p{L}\p{M}\p{N}]/u;

/** Word-ness of BMP code units outside ASCII, filled in on first sight: 0 unknown, 1 word, 2 not. */
const BMP_WORD = new Uint8Array(0x10000);

/** True for letters, combining marks and digits. */
export function isWordChar(code: number): boolean {
  if (code < 128) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  }
  if (code >= 0xd800 && code <= 0xdfff) return false; // surrogate halves: handled by the caller as a pair
  if (code > 0xffff) return WORD_RE.test(String.fromCodePoint(code));
  let w = BMP_WORD[code];
  if (w === 0) {
    w = WORD_RE.test(String.fromCharCode(code)) ? 1 : 2;
    BMP_WORD[code] = w;
  }
  return w === 1;
}

/** ASCII letters and digits: 1. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;

/** The length (1 or 2 code units) of the word character at i, or 0. */
function isWordAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_WORD[c];
  if (c !== c) return 0; // past the end
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const cp = text.codePointAt(i) ?? 0;
    return cp > 0xffff && WORD_RE.test(String.fromCodePoint(cp)) ? 2 : 0;
  }
  return isWordChar(c) ? 1 : 0;
}

const isUpperAscii = (c: number): boolean => c >= 65 && c <= 90;

/** ASCII characters that may go on a word after its letters: ' and - (joiners) and . (U.N.): 1. */
const ASCII_JOINS = new Uint8Array(128);
ASCII_JOINS[39] = ASCII_JOINS[45] = ASCII_JOINS[46] = 1;

/** Code unit as it counts in a key: curly apostrophe and hyphen variants made plain. */
function plainCode(c: number): number {
  return c === 0x2019 ? 39 : c === 0x2010 || c === 0x2011 ? 45 : c;
}

function normaliseKey(raw: string): string {
  let out = raw;
  if (out.includes('\u2019')) out = out.replace(/\u2019/g, "'");
  if (out.includes('\u2010') || out.includes('\u2011')) out = out.replace(/[\u2010\u2011]/g, '-');
  return out;
}

// shape of a distinct key (Tokens.shape), worked out once per key
/** Starts with a capital letter (ASCII or any other cased letter). */
export const SH_CAP = 1;
/** Has letters and all of them are capitals (isAllCaps), any length. */
export const SH_ALLCAPS = 2;
/** Starts with a lower-case letter (ASCII or any other cased letter). */
export const SH_LOWER = 4;
/** Only ASCII lower-case letters, digits and ASCII punctuation: nothing to lower. */
export const SH_PLAIN_LOWER = 8;
/** Only ASCII digits. */
export const SH_DIGITS = 16;
/** Has an apostrophe or a hyphen inside (written curly or plain in the text). */
export const SH_JOINER = 32;
/** Has an ASCII digit. */
export const SH_HAS_DIGIT = 64;
/** Only ASCII letters and digits. */
export const SH_ALNUM = 128;

const isUpperCode = (c: number): boolean => (c >= 65 && c <= 90) || (c > 127 && String.fromCharCode(c) !== String.fromCharCode(c).toLowerCase());
const isLowerCode = (c: number): boolean => (c >= 97 && c <= 122) || (c > 127 && c < 0xd800 && String.fromCharCode(c) !== String.fromCharCode(c).toUpperCase());

function shapeOf(key: string): number {
  let s = 0;
  const c0 = key.charCodeAt(0);
  if (isUpperCode(c0)) s |= SH_CAP;
  else if (isLowerCode(c0)) s |= SH_LOWER;
  if (isAllCaps(key)) s |= SH_ALLCAPS;
  let plainLower = true;
  let digits = true;
  let alnum = true;
  for (let k = 0; k < key.length; k++) {
    const c = key.charCodeAt(k);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) alnum = false;
    if ((c >= 65 && c <= 90) || c > 127) plainLower = false;
    if (c < 48 || c > 57) digits = false;
    if (c === 39 || c === 45) s |= SH_JOINER;
    if (c >= 48 && c <= 57) s |= SH_HAS_DIGIT;
  }
  if (plainLower) s |= SH_PLAIN_LOWER;
  if (digits) s |= SH_DIGITS;
  if (alnum) s |= SH_ALNUM;
  return s;
}

/**
 * The words met so far, shared by every text: a distinct key has one id and one string for as long
 * as the vocabulary lives, so what is worked out about a word (here, and in the modules that read
 * tokens) is worked out once, also across texts: an article annotated again after an edit meets
 * almost only known words. A new vocabulary replaces a full one (VOCABULARY_LIMIT words); texts
 * cut before keep theirs.
 */
export class Vocabulary {
  /** The keys, by id. */
  readonly keys: string[] = [];
  /** Per key id: SH_* bits (grown: read it through a Tokens, or after tokenize()). */
  shape: Uint8Array = new Uint8Array(1024);
  private readonly lowers: (string | undefined)[] = [];
  // the key table of tokenize(): open addressing over entries (tag, lo); tag id + 1 for exactly coded keys, -(id + 1) for others
  tableSize = 1024;
  table: Int32Array = new Int32Array(1024 * 2);
  /** Per key id: hi (see tokenize) and the table hash. */
  hiOf: Int32Array = new Int32Array(512);
  hashOf: Int32Array = new Int32Array(512);
  /** Per key id: 1 when the key is all ASCII (its last eight characters are then exactly in lo and hi). */
  asciiOf: Uint8Array = new Uint8Array(512);

  /** The key of key id `id` in lower case. */
  lowerOf(id: number): string {
    let l = this.lowers[id];
    if (l === undefined) {
      const key = this.keys[id];
      l = (this.shape[id] & SH_PLAIN_LOWER) !== 0 ? key : key.toLowerCase();
      while (this.lowers.length < id) this.lowers.push(undefined);
      this.lowers[id] = l;
    }
    return l;
  }
}

/** Words in a vocabulary before a new one is started. */
const VOCABULARY_LIMIT = 1 << 17;

let vocabulary = new Vocabulary();

/** The word tokens of a text (or of a part of it), token i at start[i]..end[i]. */
export class Tokens {
  /** The keys by id (the vocabulary's: it holds the words of other texts too). */
  readonly keys: readonly string[];

  constructor(
    readonly text: string,
    /** Number of tokens. */
    readonly length: number,
    readonly start: Int32Array,
    readonly end: Int32Array,
    /** Key id of each token: `keys[id[i]]` is the token as written, with curly apostrophes and hyphen variants made plain. */
    readonly id: Int32Array,
    /** 1 when only spaces, tabs and at most one line break stand between this token and the one before. */
    readonly joined: Uint8Array,
    /** G_* bits: what stands between this token and the one before (for the first token: since the start). */
    readonly gap: Uint8Array,
    readonly vocabulary: Vocabulary,
    /** Every key id of these tokens is below keyCount. */
    readonly keyCount: number,
    /** Per key id (below keyCount): SH_* bits. */
    readonly shape: Uint8Array,
  ) {
    this.keys = vocabulary.keys;
  }

  /** The key of token i. */
  key(i: number): string {
    return this.keys[this.id[i]];
  }

  /** The key of key id `id` in lower case. */
  lowerOf(id: number): string {
    return this.vocabulary.lowerOf(id);
  }

  /**
   * Token i as written, `text.slice(start[i], end[i])`: its key when that is the same text (a key
   * without an apostrophe or a hyphen, which the text may write curly), so that an annotation of one
   * word shares the vocabulary's string rather than making a new one (and a new one for each mention).
   */
  written(i: number): string {
    const id = this.id[i];
    return (this.shape[id] & SH_JOINER) === 0 ? this.keys[id] : this.text.slice(this.start[i], this.end[i]);
  }

  /** Token i in lower case. */
  lower(i: number): string {
    return this.vocabulary.lowerOf(this.id[i]);
  }
}

// Copies of per-token and per-key tables, grown to `size` (for the modules that keep tables by key id too)

export function grownInt32(a: Int32Array, size: number): Int32Array {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

export function grownInt16(a: Int16Array, size: number): Int16Array {
  const b = new Int16Array(size);
  b.set(a);
  return b;
}

export function grownUint8(a: Uint8Array, size: number): Uint8Array {
  const b = new Uint8Array(size);
  b.set(a);
  return b;
}


// what stands in the gap before a token (Tokens.gap), read while the text is cut
/** A line feed. */
export const G_LF = 1;
/** Two line breaks or more ("\r\n" is one): not joined. */
export const G_BREAKS = 2;
/** A full stop. */
export const G_DOT = 4;
/** A character that ends a sentence or opens a phrase: ! ? : ; … " “ ‘ ( [ _ */
export const G_STOP = 8;
/** Any character but spaces, tabs, line breaks and full stops. */
export const G_OTHER = 16;
/** An ampersand right before the token ("&AMP;"). */
export const G_AMP = 32;

const GAP_ASCII = new Uint8Array(128).fill(G_OTHER);
for (const c of [32, 9, 13]) GAP_ASCII[c] = 0;
GAP_ASCII[10] = G_LF;
GAP_ASCII[46] = G_DOT;
for (const c of [33, 63, 58, 59, 34, 40, 91, 95]) GAP_ASCII[c] = G_STOP | G_OTHER;

/**
 * Arrays that tokenize() fills again and again, for a caller that is done with the tokens of one text
 * before it asks for those of the next (annotate()). The tokens of a megabyte of text take 3.5 MB of
 * arrays, and new arrays that large take time of their own: the system hands them out zeroed, a page
 * at a time (on the bench's 1 MB article, 10.0 ms to cut it into new arrays, 9.4 ms into buffers).
 * Tokens cut into buffers are good until the next call with the same buffers. Past the tokens of the
 * last call the arrays hold zeros, as new arrays would.
 */
export class TokenBuffers {
  start: Int32Array = new Int32Array(0);
  end: Int32Array = new Int32Array(0);
  id: Int32Array = new Int32Array(0);
  gap: Uint8Array = new Uint8Array(0);
  joined: Uint8Array = new Uint8Array(0);
  /** Tokens written by the last call. */
  used = 0;
}

/**
 * Cuts text into word tokens; possessive 's stays outside the word ("Korea’s" -> "Korea"). One
 * pass over the text: the gap before each token is read on the way, and so is each key's code,
 * which makes equal keys one id (and one string) through a hash table. Keys of up to 8 ASCII
 * characters are coded exactly, 7 bits a character, and compared as two integers; longer ones by
 * a hash of their last characters and then character by character.
 *
 * With `buffers`, the tokens are written into them when they are large enough and not far too large
 * (a short text after a long one gets arrays of its own); new arrays become the buffers when larger.
 */
export function tokenize(text: string, from = 0, to = text.length, buffers?: TokenBuffers): Tokens {
  const need = Math.max(16, ((to - from) >> 2) + 16);
  const reuse = buffers !== undefined && buffers.start.length >= need && buffers.start.length <= need * 4;
  let cap = reuse ? buffers.start.length : need;
  let starts: Int32Array = reuse ? buffers.start : new Int32Array(cap);
  let ends: Int32Array = reuse ? buffers.end : new Int32Array(cap);
  let ids: Int32Array = reuse ? buffers.id : new Int32Array(cap);
  let gaps: Uint8Array = reuse ? buffers.gap : new Uint8Array(cap);
  let joined: Uint8Array = reuse ? buffers.joined : new Uint8Array(cap);
  let count = 0;
  if (vocabulary.keys.length > VOCABULARY_LIMIT) vocabulary = new Vocabulary();
  const voc = vocabulary;
  // the vocabulary's key table, in locals while the text is cut (written back at the end)
  let tableSize = voc.tableSize;
  let mask = tableSize - 1;
  let table = voc.table;
  let hiOf = voc.hiOf;
  let hashOf = voc.hashOf;
  let asciiOf = voc.asciiOf;
  const keys = voc.keys;
  const firstNew = keys.length;
  let gap = 0;
  let breaks = 0; // line breaks in the gap, "\r\n" one
  let last = from > 0 ? text.charCodeAt(from - 1) : 0; // the last character of the gap (before the text: the one before `from`)
  let i = from;
  // c is always the character at i: the character that ends a word is read once, for the word and the gap
  let c = i < to ? text.charCodeAt(i) : 0;
  while (i < to) {
    const w = c < 128 ? ASCII_WORD[c] : isWordAt(text, i);
    if (w === 0) {
      last = c;
      if (c < 128) {
        gap |= GAP_ASCII[c];
        if (c === 10) {
          if (i === from || text.charCodeAt(i - 1) !== 13) breaks++;
        } else if (c === 13) {
          breaks++;
        }
      } else if (c !== 0xa0) {
        gap |= c === 0x2026 || c === 0x201c || c === 0x2018 ? G_STOP | G_OTHER : G_OTHER;
      }
      i++;
      if (i < to) c = text.charCodeAt(i);
      continue;
    }
    const start = i;
    if (last === 38) gap |= G_AMP;
    // lo: the last four characters, 7 bits each; hi: the four before (exact for 8 characters or fewer)
    let lo = c;
    let hi = 0;
    let ascii = true;
    if (w === 2) {
      ascii = false;
      lo = ((c << 7) | (text.charCodeAt(i + 1) & 0x7f)) & 0xfffffff;
    } else if (c >= 128) {
      ascii = false;
      lo = (c ^ (c >>> 7)) & 0x7f;
    }
    i += w;
    let plain = true; // no curly apostrophe or hyphen variant inside
    while (i < to) {
      c = text.charCodeAt(i);
      if (c < 128) {
        if (ASCII_WORD[c] === 1) {
          hi = (hi << 7) | (lo >>> 21);
          lo = ((lo << 7) | c) & 0xfffffff;
          i++;
          continue;
        }
      } else {
        const wl = isWordAt(text, i);
        if (wl > 0) {
          ascii = false;
          hi = (hi << 7) | (lo >>> 21);
          lo = ((lo << 7) | ((c ^ (c >>> 7)) & 0x7f)) & 0xfffffff;
          if (wl === 2) {
            const d = text.charCodeAt(i + 1);
            hi = (hi << 7) | (lo >>> 21);
            lo = ((lo << 7) | (d & 0x7f)) & 0xfffffff;
          }
          i += wl;
          continue;
        }
      }
      // most words end at a space or a mark that neither joins nor abbreviates
      if (c < 128 ? ASCII_JOINS[c] === 0 : c !== 0x2019 && c !== 0x2010 && c !== 0x2011) break;
      const apostrophe = c === 39 || c === 0x2019;
      if ((apostrophe || c === 45 || c === 0x2010 || c === 0x2011) && i + 1 < to && isWordAt(text, i + 1) > 0) {
        if (apostrophe) {
          // possessive: 's / 'S followed by a non-word character ends the word before the apostrophe
          const s = text.charCodeAt(i + 1);
          if ((s === 115 || s === 83) && (i + 2 >= to || isWordAt(text, i + 2) === 0)) break;
        }
        if (c > 127) {
          plain = false;
          c = plainCode(c);
        }
        hi = (hi << 7) | (lo >>> 21);
        lo = ((lo << 7) | c) & 0xfffffff;
        i++;
        continue;
      }
      // abbreviations written with dots: U.N., U.S., E.U.
      if (c === 46 && i - start === 1 && isUpperAscii(text.charCodeAt(start))) {
        let j = i;
        while (j + 2 < to + 1 && text.charCodeAt(j) === 46 && isUpperAscii(text.charCodeAt(j + 1)) && j + 2 < text.length && text.charCodeAt(j + 2) === 46) j += 2;
        if (j > i) {
          for (let k = i; k <= j; k++) {
            hi = (hi << 7) | (lo >>> 21);
            lo = ((lo << 7) | text.charCodeAt(k)) & 0xfffffff;
          }
          i = j + 1;
          if (i < to) c = text.charCodeAt(i);
        }
      }
      break;
    }
    // the key's id
    const len = i - start;
    const exact = ascii && len <= 8;
    let h = Math.imul(lo ^ Math.imul(hi, 0x27d4eb2d) ^ len, 0x85ebca6b);
    h ^= h >>> 15;
    let at = h & mask;
    let id = -1;
    if (exact) {
      for (let tag = table[at << 1]; tag !== 0; tag = table[at << 1]) {
        if (tag > 0 && table[(at << 1) + 1] === lo && hiOf[tag - 1] === hi) {
          id = tag - 1;
          break;
        }
        at = (at + 1) & mask;
      }
    } else {
      for (let tag = table[at << 1]; tag !== 0; tag = table[at << 1]) {
        if (tag < 0 && table[(at << 1) + 1] === lo && hiOf[-tag - 1] === hi) {
          const key = keys[-tag - 1];
          if (key.length === len) {
            // two ASCII keys with the same code have the same last eight characters: only those before are compared
            const upTo = ascii && asciiOf[-tag - 1] === 1 ? len - 8 : len;
            let k = 0;
            if (plain) {
              while (k < upTo && key.charCodeAt(k) === text.charCodeAt(start + k)) k++;
            } else {
              while (k < upTo && key.charCodeAt(k) === plainCode(text.charCodeAt(start + k))) k++;
            }
            if (k === upTo) {
              id = -tag - 1;
              break;
            }
          }
        }
        at = (at + 1) & mask;
      }
    }
    if (id < 0) {
      id = keys.length;
      const raw = text.slice(start, i);
      keys.push(plain ? raw : normaliseKey(raw));
      if (id === hiOf.length) {
        hiOf = grownInt32(hiOf, id * 2);
        hashOf = grownInt32(hashOf, id * 2);
        asciiOf = grownUint8(asciiOf, id * 2);
      }
      hiOf[id] = hi;
      hashOf[id] = h;
      asciiOf[id] = ascii ? 1 : 0;
      table[at << 1] = exact ? id + 1 : -(id + 1);
      table[(at << 1) + 1] = lo;
      if (keys.length * 4 > tableSize * 3) {
        const old = table;
        tableSize *= 2;
        mask = tableSize - 1;
        table = new Int32Array(tableSize * 2);
        for (let k = 0; k < old.length; k += 2) {
          const tag = old[k];
          if (tag === 0) continue;
          let e = hashOf[tag > 0 ? tag - 1 : -tag - 1] & mask;
          while (table[e << 1] !== 0) e = (e + 1) & mask;
          table[e << 1] = tag;
          table[(e << 1) + 1] = old[k + 1];
        }
      }
    }
    if (count === cap) {
      cap *= 2;
      starts = grownInt32(starts, cap);
      ends = grownInt32(ends, cap);
      ids = grownInt32(ids, cap);
      gaps = grownUint8(gaps, cap);
      joined = grownUint8(joined, cap);
    }
    starts[count] = start;
    ends[count] = i;
    ids[count] = id;
    if (breaks > 1) gap |= G_BREAKS;
    gaps[count] = gap;
    joined[count] = (gap & (G_OTHER | G_DOT | G_BREAKS)) === 0 ? 1 : 0;
    count++;
    gap = 0;
    breaks = 0;
    last = 0;
  }
  voc.tableSize = tableSize;
  voc.table = table;
  voc.hiOf = hiOf;
  voc.hashOf = hashOf;
  voc.asciiOf = asciiOf;
  if (voc.shape.length < keys.length) voc.shape = grownUint8(voc.shape, Math.max(keys.length, voc.shape.length * 2));
  const shapes = voc.shape;
  for (let k = firstNew; k < keys.length; k++) shapes[k] = shapeOf(keys[k]);
  if (buffers !== undefined && (starts === buffers.start || cap > buffers.start.length)) {
    if (starts === buffers.start && count < buffers.used) {
      // the last call's tokens after these: zeros again
      starts.fill(0, count, buffers.used);
      ends.fill(0, count, buffers.used);
      ids.fill(0, count, buffers.used);
      gaps.fill(0, count, buffers.used);
      joined.fill(0, count, buffers.used);
    }
    buffers.start = starts;
    buffers.end = ends;
    buffers.id = ids;
    buffers.gap = gaps;
    buffers.joined = joined;
    buffers.used = count;
  }
  return new Tokens(text, count, starts, ends, ids, joined, gaps, voc, keys.length, shapes);
}

/**
 * The tokens of the empty text, kept alive for good: a full garbage collection would otherwise drop
 * the hidden class of Tokens objects between two texts, and the optimised code built for it.
 */
export const NO_TOKENS = tokenize('');

/** Names of plain ASCII words and single spaces ("Josep Borrell"): their tokens are the words. */
const SIMPLE_NAME = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

/**
 * Tokens of a catalogue name, as keys: the words tokenize() would cut. Catalogue names are cut by
 * a loop of their own, without hashing, so that the many short names read while a catalogue is
 * indexed leave the (optimised) article tokenizer alone.
 */
export function nameKeys(name: string): string[] {
  if (SIMPLE_NAME.test(name)) return name.split(' ');
  const out: string[] = [];
  const to = name.length;
  let i = 0;
  while (i < to) {
    const w = isWordAt(name, i);
    if (w === 0) {
      i++;
      continue;
    }
    const start = i;
    i += w;
    let plain = true;
    for (;;) {
      if (i >= to) break;
      const wl = isWordAt(name, i);
      if (wl > 0) {
        i += wl;
        continue;
      }
      const c = name.charCodeAt(i);
      const apostrophe = c === 39 || c === 0x2019;
      if ((apostrophe || c === 45 || c === 0x2010 || c === 0x2011) && i + 1 < to && isWordAt(name, i + 1) > 0) {
        if (c > 127) plain = false;
        if (apostrophe) {
          const s = name.charCodeAt(i + 1);
          if ((s === 115 || s === 83) && (i + 2 >= to || isWordAt(name, i + 2) === 0)) break;
        }
        i++;
        continue;
      }
      if (c === 46 && i - start === 1 && isUpperAscii(name.charCodeAt(start))) {
        let j = i;
        while (j + 2 < to + 1 && name.charCodeAt(j) === 46 && isUpperAscii(name.charCodeAt(j + 1)) && name.charCodeAt(j + 2) === 46) j += 2;
        if (j > i) i = j + 1;
      }
      break;
    }
    const raw = name.slice(start, i);
    out.push(plain ? raw : normaliseKey(raw));
  }
  return out;
}

/** True when the token has letters and all of them are capitals ("NATO", "KOREA"). */
export function isAllCaps(key: string): boolean {
  let upper = false;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) upper = true;
    else if (c >= 128) return key !== key.toLowerCase() && key === key.toUpperCase();
  }
  return upper;
}

/** True when the token starts with a capital letter. */
export function isCapitalised(key: string): boolean {
  const c = key.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  const first = key.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}
