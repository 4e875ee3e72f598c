/**
 * Sentence splitting for news text.
 *
 * A sentence ends at `.`, `!`, `?` or `…` (closing quotes and brackets stay with it) when white space
 * and the start of a new sentence follow. Abbreviations ("Dr.", "Gen."), initials ("L. Ron Hubbard"),
 * dotted acronyms ("U.N. Security Council", "U.S. officials") and decimals ("3.5") do not end a
 * sentence; a dotted acronym does end one when a typical sentence opener follows ("... the U.S. The
 * President ..."). A single line break inside a sentence is just white space; a blank line always
 * ends a sentence, and so does a headline line (a short line without end punctuation followed by a
 * line that starts like a sentence).
 *
 * Linear time; no regular expression backtracks over more than a word.
 */
import type { Part } from './types';

/** Abbreviations that never end a sentence when a capitalised word follows ("Dr. Smith"). */
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'messrs', 'mme', 'mlle', 'dr', 'prof', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'maj',
  'capt', 'cpt', 'sgt', 'cpl', 'pvt', 'adm', 'cmdr', 'cdr', 'brig', 'rev', 'hon', 'pres', 'supt', 'insp',
  'det', 'st', 'mt', 'ft', 'fr', 'sr', 'sra', 'srta', 'amb', 'atty', 'gov', 'lieut', 'dept', 'univ', 'assn',
  'vs', 'v', 'cf', 'al', 'ca', 'approx', 'viz', 'op', 'ed', 'eds', 'vol', 'vols', 'fig', 'figs', 'ch',
  'sec', 'art', 'arts', 'no', 'nos', 'pp', 'p', 'para', 'est', 'ref', 'tel', 'ext',
]);

/** Abbreviations that often end a sentence: they end one when a sentence opener follows. */
const SOMETIMES_FINAL = new Set(['inc', 'ltd', 'co', 'corp', 'bros', 'jr', 'etc', 'plc', 'llc', 'gmbh', 'ag', 'sa', 'bv', 'nv']);

/** Month abbreviations: no sentence end when a number follows ("Jan. 5"). */
const MONTHS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/** Words that typically open a sentence; after an acronym or "Inc." they mark a new sentence. */
const OPENERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there',
  'in', 'on', 'at', 'but', 'and', 'or', 'so', 'yet', 'however', 'meanwhile', 'after', 'before', 'while',
  'his', 'her', 'its', 'their', 'our', 'my', 'your', 'according', 'if', 'when', 'as', 'some', 'many', 'most',
  'other', 'both', 'such', 'for', 'from', 'by', 'with', 'since', 'although', 'though', 'despite', 'earlier',
  'later', 'last', 'next', 'today', 'yesterday', 'tomorrow', 'during', 'also', 'further', 'furthermore',
  'moreover', 'additionally', 'instead', 'still', 'then', 'thus', 'what', 'why', 'how', 'who', 'where',
  'officials', 'reports', 'no', 'not', 'one', 'two', 'three', 'several', 'all', 'each', 'every', 'another',
  'separately', 'similarly', 'nevertheless', 'nonetheless', 'indeed', 'however', 'overall', 'finally',
]);

/** Words a headline line rarely ends with; a line ending with one continues on the next line. */
const CONTINUING = new Set([
  'the', 'a', 'an', 'of', 'to', 'in', 'for', 'and', 'or', 'but', 'with', 'on', 'at', 'by', 'from', 'that',
  'as', 'its', 'his', 'her', 'their', 'our', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will',
  'would', 'about', 'into', 'between', 'than', 'this', 'these', 'those', 'be', 'been', 'which', 'who',
  'whose', 'when', 'while', 'said', 'says', 'not', 'no', 'very', 'more', 'most', 'such', 'over', 'under',
  'after', 'before', 'against', 'amid', 'amidst', 'during', 'including', 'across', 'toward', 'towards',
  'upon', 'via', 'per', 'can', 'could', 'may', 'might', 'should', 'must', 'do', 'does', 'did', 'mr', 'mrs',
  'ms', 'dr', 'it', 'they', 'we', 'he', 'she', 'i', 'my', 'your', 'so', 'if', 'because', 'although',
]);

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 12 || c === 11;
const isLower = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7) || (c > 0xff && String.fromCharCode(c) !== String.fromCharCode(c).toUpperCase());
const isUpper = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) || (c > 0xff && String.fromCharCode(c) !== String.fromCharCode(c).toLowerCase());
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isLetter = (c: number): boolean => isLower(c) || isUpper(c);
/** Closing quotes and brackets that stay with the sentence before them. */
const isCloser = (c: number): boolean => c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93 || c === 0xbb || c === 0x203a;
/** Characters a sentence can start with besides letters and digits. */
const isOpener = (c: number): boolean => c === 34 || c === 39 || c === 0x201c || c === 0x2018 || c === 40 || c === 91 || c === 0xab || c === 0x2039 || c === 0x2014 || c === 0x2013 || c === 45 || c === 0x2022 || c === 42 || c === 35 || c === 64 || c === 36 || c === 0x20ac || c === 0xa3;
const isTerminator = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 0x2026;

/** The word (letters and inner dots) ending just before `end`; "" when none. */
function wordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (isLetter(c) || (c === 46 && i - 1 > 0 && isLetter(text.charCodeAt(i - 2)))) i--;
    else break;
  }
  return text.slice(i, end);
}

/** The word starting at `start` (letters only), lower-cased. */
function wordAt(text: string, start: number): string {
  let i = start;
  while (i < text.length && isLetter(text.charCodeAt(i))) i++;
  return text.slice(start, i).toLowerCase();
}

/**
 * Whether a `.` at `dot` (after the word before it) ends the sentence, given the first character of
 * what follows (`next`, at index `nextAt`).
 */
function periodEnds(text: string, dot: number, nextAt: number): boolean {
  const next = text.charCodeAt(nextAt);
  const word = wordBefore(text, dot);
  if (word.length === 0) return !isLower(next);
  if (isLower(next)) return false;
  const lower = word.toLowerCase();
  const opener = (): boolean => {
    if (isOpener(next)) return next !== 45 && next !== 0x2013 && next !== 0x2014 ? true : false;
    return OPENERS.has(wordAt(text, nextAt));
  };
  if (word.includes('.')) {
    // dotted acronym or abbreviation: U.S, U.N, e.g, D.C, a.m
    if (lower === 'e.g' || lower === 'i.e' || lower === 'cf') return false;
    return opener();
  }
  if (word.length === 1 && isUpper(word.charCodeAt(0))) {
    // an initial ("L. Ron Hubbard"), unless a clear opener follows a one-letter word like "Plan B."
    return false;
  }
  if (TITLES.has(lower)) {
    if (isDigit(next)) return false;
    // "No." and "St." are only abbreviations before numbers or names; after a lower-case word they end.
    if (lower === 'no' || lower === 'art' || lower === 'sec' || lower === 'ch' || lower === 'p' || lower === 'v') return isUpper(word.charCodeAt(0)) ? false : opener();
    return false;
  }
  if (MONTHS.has(lower) && isUpper(word.charCodeAt(0))) {
    if (isDigit(next)) return false;
    return opener();
  }
  if (SOMETIMES_FINAL.has(lower)) return opener();
  return true;
}

const BREAK_RE = /[.!?\u2026\n]/g;

/** Splits a block of text without blank lines into sentences, appending to `out`. */
function splitBlock(text: string, from: number, to: number, out: Part[]): void {
  let start = from;
  while (start < to && isSpace(text.charCodeAt(start))) start++;
  let i = start;
  while (i < to) {
    // jump to the next line break or end punctuation
    BREAK_RE.lastIndex = i;
    const m = BREAK_RE.exec(text);
    if (!m || m.index >= to) break;
    i = m.index;
    const c = text.charCodeAt(i);
    if (c === 10) {
      // single line break: a headline line ends here?
      if (start < i && lineEndsSentence(text, start, i, to)) {
        pushTrimmed(text, start, i, out);
        start = i + 1;
        while (start < to && isSpace(text.charCodeAt(start))) start++;
        i = start;
        continue;
      }
      i++;
      continue;
    }
    if (!isTerminator(c)) {
      i++;
      continue;
    }
    // run of terminators ("?!", "...")
    let j = i;
    while (j < to && (isTerminator(text.charCodeAt(j)))) j++;
    const ellipsis = j - i >= 2 && text.charCodeAt(i) === 46;
    // decimals, URLs, "U.S.-led": no white space straight after the terminator
    let k = j;
    while (k < to && isCloser(text.charCodeAt(k))) k++;
    if (k < to && !isSpace(text.charCodeAt(k))) {
      i = j;
      continue;
    }
    let n = k;
    while (n < to && isSpace(text.charCodeAt(n))) n++;
    if (n >= to) {
      i = j;
      continue;
    }
    const next = text.charCodeAt(n);
    let ends: boolean;
    if (isLower(next)) ends = false;
    else if (c === 46 && j - i === 1) ends = periodEnds(text, i, n);
    else if (ellipsis) ends = isUpper(next) || isOpener(next);
    else ends = true;
    if (ends) {
      pushTrimmed(text, start, k, out);
      start = n;
      i = n;
      continue;
    }
    i = j;
  }
  if (start < to) pushTrimmed(text, start, to, out);
}

/**
 * Whether the line from the sentence start region up to the line break at `br` is a headline-like
 * line that ends the sentence: no end punctuation, next line starts like a sentence, the line does
 * not end with a word that needs a continuation, and the line is short compared with its block's lines.
 */
function lineEndsSentence(text: string, sentenceStart: number, br: number, to: number): boolean {
  // the line's own start
  let lineStart = br;
  while (lineStart > sentenceStart && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
  // the line must start the sentence (a headline is a whole line)
  if (lineStart !== sentenceStart) return false;
  let e = br;
  while (e > lineStart && isSpace(text.charCodeAt(e - 1))) e--;
  if (e === lineStart) return false;
  const last = text.charCodeAt(e - 1);
  if (last === 44 || last === 58 || last === 59 || last === 45 || last === 0x2013 || last === 0x2014 || last === 40 || last === 0x201c) return false;
  // next line
  let n = br + 1;
  while (n < to && (text.charCodeAt(n) === 32 || text.charCodeAt(n) === 9 || text.charCodeAt(n) === 13)) n++;
  if (n >= to) return false;
  const next = text.charCodeAt(n);
  if (!(isUpper(next) || isDigit(next) || isOpener(next))) return false;
  const lastWord = wordBefore(text, e).toLowerCase();
  if (CONTINUING.has(lastWord)) return false;
  // headlines are short; hard-wrapped prose has long lines of similar length
  const len = e - lineStart;
  if (len > 200) return false;
  let nextEnd = n;
  while (nextEnd < to && text.charCodeAt(nextEnd) !== 10) nextEnd++;
  const nextLen = nextEnd - n;
  // a wrapped paragraph line is about as long as the next line (unless that one ends the paragraph)
  if (len >= 55 && len <= 100 && nextLen >= len * 0.85 && nextLen <= 100 && nextEnd < to) return false;
  return true;
}

function pushTrimmed(text: string, start: number, end: number, out: Part[]): void {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e });
}

/** Sentences of a text as `{ start, end }` parts (no leading or trailing white space), in order. */
export function splitSentences(text: string): Part[] {
  const out: Part[] = [];
  // blocks separated by blank lines (a line with only white space)
  let blockStart = 0;
  let i = 0;
  const L = text.length;
  while (i < L) {
    const nl = text.indexOf('\n', i);
    if (nl < 0) break;
    // is the following line blank?
    let k = nl + 1;
    while (k < L && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9 || text.charCodeAt(k) === 13)) k++;
    if (k >= L || text.charCodeAt(k) === 10) {
      splitBlock(text, blockStart, nl, out);
      // skip all blank lines
      while (k < L && isSpace(text.charCodeAt(k))) k++;
      blockStart = k;
      i = k;
      continue;
    }
    i = nl + 1;
  }
  if (blockStart < L) splitBlock(text, blockStart, L, out);
  return out;
}
