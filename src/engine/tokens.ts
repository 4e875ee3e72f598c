/**
 * Word tokens of an article or a catalogue name. Catalogue names and article text are cut the same
 * way, so a name matches wherever its tokens occur in a row.
 */

export interface Token {
  start: number;
  end: number;
  /** The token as written, with curly apostrophes and hyphen variants made plain. */
  key: string;
  /** True when only spaces, tabs and at most one line break stand between this token and the one before. */
  joined: boolean;
}

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

function isWordAt(text: string, i: number): number {
  // returns the length (1 or 2 code units) of the word character at i, or 0
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const cp = text.codePointAt(i) ?? 0;
    return cp > 0xffff && WORD_RE.test(String.fromCodePoint(cp)) ? 2 : 0;
  }
  return isWordChar(c) ? 1 : 0;
}

const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;
const isHyphen = (c: number): boolean => c === 45 || c === 0x2010 || c === 0x2011;
const isUpperAscii = (c: number): boolean => c >= 65 && c <= 90;

function normaliseKey(raw: string): string {
  let out = raw;
  if (out.includes('\u2019')) out = out.replace(/\u2019/g, "'");
  if (out.includes('\u2010') || out.includes('\u2011')) out = out.replace(/[\u2010\u2011]/g, '-');
  return out;
}

/** Cuts text into word tokens; possessive 's stays outside the word ("Korea’s" -> "Korea"). */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  let gapStart = from;
  while (i < to) {
    const w = isWordAt(text, i);
    if (w === 0) {
      i++;
      continue;
    }
    const start = i;
    i += w;
    let plain = true; // no curly apostrophe or hyphen variant inside
    for (;;) {
      if (i >= to) break;
      const wl = isWordAt(text, i);
      if (wl > 0) {
        i += wl;
        continue;
      }
      const c = text.charCodeAt(i);
      if ((isHyphen(c) || isApostrophe(c)) && i + 1 < to && isWordAt(text, i + 1) > 0) {
        if (c > 127) plain = false;
        if (isApostrophe(c)) {
          // possessive: 's / 'S followed by a non-word character ends the word before the apostrophe
          const s = text.charCodeAt(i + 1);
          if ((s === 115 || s === 83) && (i + 2 >= to || isWordAt(text, i + 2) === 0)) break;
        }
        i++;
        continue;
      }
      // abbreviations written with dots: U.N., U.S., E.U.
      if (c === 46 && i - start === 1 && isUpperAscii(text.charCodeAt(start))) {
        let j = i;
        while (j + 2 < to + 1 && text.charCodeAt(j) === 46 && isUpperAscii(text.charCodeAt(j + 1)) && text.charCodeAt(j + 2) === 46) j += 2;
        if (j > i) {
          i = j + 1;
        }
      }
      break;
    }
    const raw = text.slice(start, i);
    tokens.push({ start, end: i, key: plain ? raw : normaliseKey(raw), joined: isSimpleGap(text, gapStart, start) });
    gapStart = i;
  }
  return tokens;
}

/** Only spaces, tabs and at most one line break. */
function isSimpleGap(text: string, from: number, to: number): boolean {
  let breaks = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 32 || c === 9 || c === 0xa0) continue;
    if (c === 10) {
      breaks++;
    } else if (c === 13) {
      breaks++;
      if (text.charCodeAt(k + 1) === 10) k++;
    } else {
      return false;
    }
    if (breaks > 1) return false;
  }
  return true;
}

/** Names of plain ASCII words and single spaces ("Josep Borrell"): their tokens are the words. */
const SIMPLE_NAME = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

/** Tokens of a catalogue name, as keys. */
export function nameKeys(name: string): string[] {
  if (SIMPLE_NAME.test(name)) return name.split(' ');
  return tokenize(name).map((t) => t.key);
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
