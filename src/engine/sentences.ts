/**
 * Sentence splitting for news text.
 *
 * A sentence ends at `.`, `!`, `?` or `…` (closing quotes and brackets stay with it) when white space
 * and the start of a new sentence follow. Abbreviations ("Dr.", "Gen."), initials ("J. R. Tolkin"),
 * dotted acronyms ("U.N. agencies", "U.S. officials") and decimals ("3.5") do not end a
 * sentence; a dotted acronym does end one when a typical sentence opener follows ("... the U.S. The
 * President ..."). A single line break inside a sentence is just white space; a blank line always
 * ends a sentence, and so does a headline line (a short line without end punctuation followed by a
 * line that starts like a sentence) unless the line breaks a name or a noun phrase ("the deputy
 * mayor, Lena\nHolm, said"). A dateline at the start of a paragraph ("OSLO:", "RIVERTON (AP) —",
 * "Riverton, May 3 -") belongs to no sentence.
 *
 * Linear time; no regular expression backtracks over more than a word.
 */
import { CharCursor } from './charCursor';
import type { Part } from './types';
import { ABSENT, AsciiWordTable, NOT_ASCII } from './wordTable';

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

/** s.toLowerCase(), without the call when `s` is lower-case ASCII already. */
function lowerCase(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return s.toLowerCase();
  }
  return s;
}

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
  // the word before the dot (as wordBefore() finds it), and whether it has dots of its own
  let i = dot;
  let dotted = false;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (isLetter(c)) i--;
    else if (c === 46 && i - 1 > 0 && isLetter(text.charCodeAt(i - 2))) {
      i--;
      dotted = true;
    } else break;
  }
  if (i === dot) return !isLower(next);
  if (isLower(next)) return false;
  // longer than any abbreviation below and without dots: an ordinary word ends the sentence
  if (dot - i > LONGEST_ABBREVIATION && !dotted) return true;
  if (dotted) {
    // dotted acronym or abbreviation: U.S, U.N, e.g, D.C, a.m
    const lower = lowerCase(text.slice(i, dot));
    if (lower === 'e.g' || lower === 'i.e' || lower === 'cf') return false;
    return openerFollows(text, next, nextAt);
  }
  const first = text.charCodeAt(i);
  if (dot - i === 1 && isUpper(first)) {
    // an initial ("J. R. Tolkin"), unless a clear opener follows a one-letter word like "Plan B."
    return false;
  }
  // the word in the abbreviation table: as it is when it is plain ASCII (most words), else lower-cased first
  let id = ABBREVIATIONS.find(text, i, dot);
  if (id === NOT_ASCII) {
    const lower = lowerCase(text.slice(i, dot));
    id = ABBREVIATIONS.find(lower, 0, lower.length);
    if (id === NOT_ASCII) id = ABSENT;
  }
  const kinds = id >= 0 ? ABBREVIATION_KINDS[id] : 0;
  if (kinds & TITLE) {
    if (isDigit(next)) return false;
    // "No." and "St." are only abbreviations before numbers or names; after a lower-case word they end.
    if (kinds & TITLE_BEFORE_NUMBERS) return isUpper(first) ? false : openerFollows(text, next, nextAt);
    return false;
  }
  if (kinds & MONTH && isUpper(first)) {
    if (isDigit(next)) return false;
    return openerFollows(text, next, nextAt);
  }
  if (kinds & SOMETIMES) return openerFollows(text, next, nextAt);
  return true;
}

/** Whether a typical sentence opener (a word of OPENERS, a quote mark or bracket, not a dash) starts at `nextAt`. */
function openerFollows(text: string, next: number, nextAt: number): boolean {
  if (isOpener(next)) return next !== 45 && next !== 0x2013 && next !== 0x2014;
  return OPENERS.has(wordAt(text, nextAt));
}

/** The words of TITLES, MONTHS and SOMETIMES_FINAL, with what each is (bits), for periodEnds(). */
const TITLE = 1;
const MONTH = 2;
const SOMETIMES = 4;
/** Titles that end a sentence after a lower-case word ("page no.") */
const TITLE_BEFORE_NUMBERS = 8;
const ABBREVIATIONS = new AsciiWordTable([...TITLES, ...MONTHS, ...SOMETIMES_FINAL]);
const ABBREVIATION_KINDS = Uint8Array.from(ABBREVIATIONS.words, (w) =>
  (TITLES.has(w) ? TITLE : 0) |
  (MONTHS.has(w) ? MONTH : 0) |
  (SOMETIMES_FINAL.has(w) ? SOMETIMES : 0) |
  (w === 'no' || w === 'art' || w === 'sec' || w === 'ch' || w === 'p' || w === 'v' ? TITLE_BEFORE_NUMBERS : 0),
);

/** Length of the longest word in TITLES, SOMETIMES_FINAL and MONTHS. */
const LONGEST_ABBREVIATION = Math.max(...[...TITLES, ...SOMETIMES_FINAL, ...MONTHS].map((w) => w.length));

/** Line breaks and end punctuation, the places where a sentence may end (one cursor for all calls). */
const BREAKS = new CharCursor(['.', '!', '?', '\u2026', '\n']);

/** Splits a block of text without blank lines into sentences, appending to `out`. */
function splitBlock(text: string, from: number, to: number, out: Part[]): void {
  let start = from;
  while (start < to && isSpace(text.charCodeAt(start))) start++;
  start = skipDateline(text, start, to);
  let i = start;
  while (i < to) {
    // jump to the next line break or end punctuation
    const at = BREAKS.find(i);
    if (at < 0 || at >= to) break;
    i = at;
    const c = text.charCodeAt(i);
    if (c === 10) {
      // single line break: a headline line ends here?
      if (start < i && lineEndsSentence(text, start, i, to)) {
        pushTrimmed(text, start, i, out);
        start = i + 1;
        while (start < to && isSpace(text.charCodeAt(start))) start++;
        start = skipDateline(text, start, to);
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
      // a sentence that starts a line may start a paragraph with a dateline
      for (let b = k; b < n; b++) {
        if (text.charCodeAt(b) === 10) {
          start = skipDateline(text, n, to);
          break;
        }
      }
      i = start;
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
  // a possessive needs its noun: "the harbour's\nNew Quay"
  if (last === 115 && e - lineStart >= 3 && (text.charCodeAt(e - 2) === 39 || text.charCodeAt(e - 2) === 0x2019)) return false;
  // headlines are short; hard-wrapped prose has long lines of similar length
  const len = e - lineStart;
  if (len > 200) return false;
  if (breaksName(text, lineStart, e, n, to)) return false;
  let nextEnd = n;
  while (nextEnd < to && text.charCodeAt(nextEnd) !== 10) nextEnd++;
  const nextLen = nextEnd - n;
  // a wrapped paragraph line is about as long as the next line (unless that one ends the paragraph)
  if (len >= 55 && len <= 100 && nextLen >= len * 0.85 && nextLen <= 100 && nextEnd < to) return false;
  return true;
}

/** Lower-case words inside place names: "Rio de Janeiro", "Stratford upon Avon". */
const PLACE_LINKS = new Set(['de', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'la', 'le', 'les', 'el', 'al', 'of', 'upon', 'on', 'am', 'an', 'im', 'sur', 'en', 'van', 'von', 'y']);

/** End of a word from `k` (letters, with inner or final dots, apostrophes and hyphens: "ST.", "Jan.", "Port-au-Prince"); `k` when none. */
function wordEnd(text: string, k: number, limit: number): number {
  let j = k;
  while (j < limit) {
    const c = text.charCodeAt(j);
    if (isLetter(c)) j++;
    else if ((c === 45 || c === 39 || c === 0x2019) && j > k && j + 1 < limit && isLetter(text.charCodeAt(j + 1))) j++;
    else if (c === 46 && j > k) {
      j++;
      if (!(j < limit && isLetter(text.charCodeAt(j)))) break;
    } else break;
  }
  return j;
}

/**
 * Where a sentence starts when a dateline opens its paragraph at `at`: after "SEOUL: ", "RIVERTON (AP) — ",
 * "Riverton, May 3 (Reuters) - ", "RIVERTON, Halden —". A dateline is one to four capitalised words
 * (place names may hold "de", "upon" ...), up to two comma groups of capitalised words or numbers, an
 * optional agency in brackets, then a colon or a dash, and a capital or a quotation mark after it.
 * Returns `at` when there is none.
 */
function skipDateline(text: string, at: number, to: number): number {
  const limit = Math.min(to, at + 100);
  if (at >= limit || !isUpper(text.charCodeAt(at)) || !mayBeDateline(text, at, limit)) return at;
  let j = at;
  // the place
  let names = 0;
  for (;;) {
    const e = wordEnd(text, j, limit);
    if (e === j) return at;
    const c = text.charCodeAt(j);
    if (isUpper(c)) names++;
    else if (!(names > 0 && PLACE_LINKS.has(text.slice(j, e)))) break;
    if (names === 1 && j === at && OPENERS.has(text.slice(j, e).toLowerCase().replace(/\.$/, ''))) return at;
    j = e;
    if (names > 4) return at;
    // another word of the name?
    if (j + 1 < limit && text.charCodeAt(j) === 32 && isLetter(text.charCodeAt(j + 1))) {
      const e2 = wordEnd(text, j + 1, limit);
      const w2 = text.slice(j + 1, e2);
      if (isUpper(text.charCodeAt(j + 1)) || PLACE_LINKS.has(w2)) {
        j++;
        continue;
      }
    }
    break;
  }
  if (names === 0 || (isLower(text.charCodeAt(j - 1)) && PLACE_LINKS.has(wordBefore(text, j)))) return at;
  // comma groups: ", Halden", ", May 3", ", Tues."
  for (let g = 0; g < 2 && j + 2 < limit && text.charCodeAt(j) === 44 && text.charCodeAt(j + 1) === 32; g++) {
    let k = j + 2;
    let n = 0;
    while (k < limit && n < 4) {
      const c = text.charCodeAt(k);
      let e = k;
      if (isUpper(c)) e = wordEnd(text, k, limit);
      else if (isDigit(c)) while (e < limit && isDigit(text.charCodeAt(e))) e++;
      if (e === k) break;
      n++;
      k = e;
      if (k + 1 < limit && text.charCodeAt(k) === 32 && (isUpper(text.charCodeAt(k + 1)) || isDigit(text.charCodeAt(k + 1)))) k++;
      else break;
    }
    if (n === 0) break;
    j = k;
  }
  // an agency: "(AP)", "(Reuters)"
  if (j + 2 < limit && text.charCodeAt(j) === 32 && text.charCodeAt(j + 1) === 40) {
    let k = j + 2;
    while (k < limit && (isLetter(text.charCodeAt(k)) || text.charCodeAt(k) === 32 || text.charCodeAt(k) === 46 || text.charCodeAt(k) === 45) && k - j < 30) k++;
    if (k < limit && text.charCodeAt(k) === 41 && k > j + 2 && isUpper(text.charCodeAt(j + 2))) j = k + 1;
  }
  // the colon or dash
  let k = j;
  while (k < limit && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 0xa0)) k++;
  const spaceBefore = k > j;
  const d = k < limit ? text.charCodeAt(k) : 0;
  if (d === 58) {
    if (spaceBefore) return at;
    k++;
  } else if (d === 0x2014 || d === 0x2013) k++;
  else if (d === 45 && k + 1 < limit && text.charCodeAt(k + 1) === 45) k += 2;
  else if (d === 45 && spaceBefore) k++;
  else return at;
  const delimiterEnd = k;
  while (k < limit && isSpace(text.charCodeAt(k)) && text.charCodeAt(k) !== 10) k++;
  if (k === delimiterEnd && (d === 58 || d === 45)) return at;
  if (k >= limit) return at;
  const c = text.charCodeAt(k);
  if (!(isUpper(c) || isDigit(c) || c === 34 || c === 0x201c || c === 0x2018 || c === 39)) return at;
  return k;
}

/** A quick look: a colon or a dash comes before any lower-case word (other than "de", "upon" ...) and before end punctuation. */
function mayBeDateline(text: string, at: number, limit: number): boolean {
  let wordStart = at;
  for (let k = at + 1; k < limit; k++) {
    const c = text.charCodeAt(k);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c > 127 && isLetter(c))) {
      if (wordStart < 0) wordStart = k;
      // a lower-case word of six letters is known to be one before its end
      else if (k - wordStart >= 5 && isLower(text.charCodeAt(wordStart))) return false;
      continue;
    }
    if (wordStart >= 0 && isLower(text.charCodeAt(wordStart)) && (k - wordStart > 5 || !PLACE_LINKS.has(text.slice(wordStart, k)))) return false;
    wordStart = -1;
    if (c === 58 || c === 0x2014 || c === 0x2013 || (c === 45 && (text.charCodeAt(k - 1) === 32 || (k + 1 < text.length && text.charCodeAt(k + 1) === 45)))) return true;
    if (c === 33 || c === 63 || c === 59 || c === 10 || c === 34 || c === 0x201c) return false;
  }
  return false;
}

/** Titles and roles that a name follows in running text: "the deputy mayor Lena Holm". */
const TITLE_WORDS = new Set([
  'minister', 'president', 'premier', 'chancellor', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson',
  'ambassador', 'envoy', 'chief', 'leader', 'director', 'governor', 'mayor', 'senator', 'commissioner',
  'chairman', 'chairwoman', 'chair', 'counterpart', 'colleague', 'deputy', 'official', 'lawmaker', 'candidate',
  'judge', 'prosecutor', 'lawyer', 'coach', 'captain', 'commander', 'general', 'professor', 'editor', 'head',
  'founder', 'executive', 'manager', 'analyst', 'economist', 'adviser', 'advisor', 'aide', 'negotiator',
]);

/** True when the line [lineStart, e) has a lower-case word of four letters or more (prose, not a title-case headline). */
function hasLowerWord(text: string, lineStart: number, e: number): boolean {
  let run = 0;
  let lowerStart = false;
  for (let k = lineStart; k < e; k++) {
    const c = text.charCodeAt(k);
    if (isLetter(c)) {
      if (run === 0) lowerStart = isLower(c);
      run++;
      if (lowerStart && run >= 4) return true;
    } else if (c === 39 || c === 0x2019 || c === 45) {
      // inside a word
      if (run === 0) lowerStart = false;
    } else run = 0;
  }
  return false;
}

/** True for a capitalised word that is not written all in capitals ("Holm", not "NATO"). */
function isNameWord(text: string, start: number, end: number): boolean {
  if (end - start < 2 || !isUpper(text.charCodeAt(start))) return false;
  for (let k = start + 1; k < end; k++) if (isLower(text.charCodeAt(k))) return true;
  return false;
}

/**
 * Whether a line break splits a name rather than ending a headline: a line of prose that ends with
 * a name begun after a comma, a possessive or a title ("the deputy mayor, Lena", "Riverton's Lena",
 * "the deputy mayor Lena"), and a next line that starts with a name. `e` is the end of the line's
 * text, `n` the next line's start.
 */
function breaksName(text: string, lineStart: number, e: number, n: number, to: number): boolean {
  // the next line starts with a name (not an opener like "The" or "Officials")
  let w = n;
  while (w < to && isLetter(text.charCodeAt(w))) w++;
  if (!isNameWord(text, n, w) || OPENERS.has(text.slice(n, w).toLowerCase())) return false;
  // the line ends with a run of one to three names
  let k = e;
  let names = 0;
  for (;;) {
    let b = k;
    while (b > lineStart && (isLetter(text.charCodeAt(b - 1)) || text.charCodeAt(b - 1) === 45 || text.charCodeAt(b - 1) === 46)) b--;
    if (b === k || !isNameWord(text, b, k)) break;
    names++;
    k = b;
    if (names === 3 || k === lineStart || text.charCodeAt(k - 1) !== 32) break;
    k--;
  }
  if (names === 0) return false;
  if (!hasLowerWord(text, lineStart, e)) return false;
  // what comes before the run: a comma ("minister, Lena") or a title ("minister Lena")
  let p = k;
  while (p > lineStart && text.charCodeAt(p - 1) === 32) p--;
  if (p > lineStart && text.charCodeAt(p - 1) === 44) return true;
  if (p > lineStart && text.charCodeAt(p - 1) === 115 && p - 2 > lineStart && (text.charCodeAt(p - 2) === 39 || text.charCodeAt(p - 2) === 0x2019)) return true;
  const before = wordBefore(text, p);
  return before.length > 0 && isLower(before.charCodeAt(0)) && TITLE_WORDS.has(before);
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
  BREAKS.reset(text);
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
  BREAKS.release();
  return out;
}
