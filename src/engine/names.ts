/**
 * Names that no catalogue knows: capitalised sequences in running text that look like the names of
 * people, organisations and places ("Cho Tae-yul", "Yonhap News Agency"), each with a kind, and
 * later short mentions of them ("Borrell" after "Josep Borrell"). Linear in the text: one pass
 * over the tokens cuts candidates, one decides them; every look-up is a hash look-up.
 */
import { isAllCaps } from './tokens';
import type { Token } from './tokens';
import type { ActorKind, ActorSpan } from './types';
import {
  EVENT_WORDS,
  GIVEN_NAMES,
  NAME_PARTICLES,
  NOT_ACTORS,
  ORG_HEADS_OF,
  ORG_WORDS,
  PLACE_FIRST_WORDS,
  PLACE_WORDS,
  STATE_ABBREVIATIONS,
  STOP_WORDS,
  TITLE_ABBREVIATIONS,
  TITLE_DOMAINS,
  TITLES,
  VEHICLE_WORDS,
} from './names-lexicon';
import { LEXICON_COMMON, LEXICON_GIVEN, LEXICON_ORGS, LEXICON_PEOPLE, LEXICON_PLACES, LEXICON_SURNAMES } from './names-words';

/** A provisional entity id made from a name: "Cho Tae-yul" -> "cho-tae-yul". */
export function slugify(name: string): string {
  // ASCII letters, digits and separators: one pass; anything else through Unicode normalisation
  let out = '';
  let dash = false;
  for (let k = 0; k < name.length; k++) {
    const c = name.charCodeAt(k);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (dash && out.length > 0) out += '-';
      out += name[k];
      dash = false;
    } else if (c >= 65 && c <= 90) {
      if (dash && out.length > 0) out += '-';
      out += String.fromCharCode(c + 32);
      dash = false;
    } else if (c === 39 || c === 46) {
      // apostrophes and full stops vanish: "Sana'a" -> "sanaa", "U.S." -> "us"
    } else if (c < 128) {
      dash = true;
    } else {
      return slugifyUnicode(name);
    }
  }
  return out;
}

function slugifyUnicode(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['\u2019.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

// token classes
const X = 0; // not part of a name
const K = 1; // part of a catalogue mention (taken)
const T = 2; // title ("Minister")
const S = 3; // capitalised stop word (function word, date)
const C = 4; // lower-case connector ("of", "de")
const N = 5; // other capitalised word

interface Candidate {
  first: number;
  last: number;
  name: string;
  /** Kind proven by the words of the name or a title before it. */
  kind?: ActorKind;
  /** Kind guessed from context, used when nothing proves one. */
  guess: ActorKind;
  titled: boolean;
  /** Starts a sentence: a capital proves nothing. */
  initial: boolean;
  headline: boolean;
  /** Contains a catalogue mention that this longer name replaces ("Washington Post"). */
  covers: boolean;
  /** Only a name if the text names it elsewhere too ("Google" of "Google Science Fair"). */
  needsSupport: boolean;
}

interface Part {
  id: string;
  kind: ActorKind;
  catalogue: boolean;
}

const isUpperCode = (c: number): boolean => (c >= 65 && c <= 90) || (c > 127 && String.fromCharCode(c) !== String.fromCharCode(c).toLowerCase());
const isLowerCode = (c: number): boolean => (c >= 97 && c <= 122) || (c > 127 && c < 0xd800 && String.fromCharCode(c) !== String.fromCharCode(c).toUpperCase());
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

// what the word lists say about a lower-case word, as bits: one hash look-up a capitalised token
const B_TITLE = 1;
const B_STOP = 2;
const B_ORG = 4;
const B_ORGHEAD = 8;
const B_PLACE = 16;
const B_PLACEFIRST = 32;
const B_EVENT = 64;
const B_NOT = 128;
const B_GIVEN = 256;
const B_SURNAME = 512;
const B_COMMON = 1024;
const B_DOMAIN = 2048;
const B_VEHICLE = 4096;
const B_LEXORG = 8192;
const B_LEXPLACE = 16384;
const B_LEXPEOPLE = 32768;
const B_THING = 65536;
const B_GIVENLIST = 131072;
const B_MODIFIER = 262144;
const B_TITLEABBR = 524288;

const MODIFIERS = ['former', 'foreign', 'prime', 'vice', 'deputy', 'acting', 'interim', 'assistant', 'associate', 'senior', 'junior', 'executive', 'managing', 'supreme', 'grand', 'high', 'special', 'first', 'late', 'then', 'chief', 'police', 'federal'];

let wordBitsMap: Map<string, number> | undefined;

function wordBits(): Map<string, number> {
  if (wordBitsMap) return wordBitsMap;
  const m = new Map<string, number>();
  const add = (words: Iterable<string>, bit: number): void => {
    for (const w of words) m.set(w, (m.get(w) ?? 0) | bit);
  };
  add(TITLES, B_TITLE);
  add(STOP_WORDS, B_STOP);
  add(ORG_WORDS, B_ORG);
  add(ORG_HEADS_OF, B_ORGHEAD);
  add(PLACE_WORDS, B_PLACE);
  add(PLACE_FIRST_WORDS, B_PLACEFIRST);
  add(EVENT_WORDS, B_EVENT);
  add(NOT_ACTORS, B_NOT);
  add(GIVEN_NAMES, B_GIVEN | B_GIVENLIST);
  add(LEXICON_GIVEN, B_GIVEN);
  add(LEXICON_SURNAMES, B_SURNAME);
  add(LEXICON_COMMON, B_COMMON);
  add(TITLE_DOMAINS, B_DOMAIN);
  add(VEHICLE_WORDS, B_VEHICLE);
  add(LEXICON_ORGS, B_LEXORG);
  add(LEXICON_PLACES, B_LEXPLACE);
  add(LEXICON_PEOPLE, B_LEXPEOPLE);
  add(THING_WORDS, B_THING);
  add(MODIFIERS, B_MODIFIER);
  add(TITLE_ABBREVIATIONS, B_TITLEABBR);
  wordBitsMap = m;
  return m;
}

const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'across', 'from', 'into', 'inside', 'towards', 'toward', 'throughout', 'around']);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'former', 'new', 'late']);
/** Institutions that "the" and a capital make one proper name ("the Senate", "the Church"). */
const INSTITUTIONS = new Set(['church', 'administration', 'municipality', 'ministry', 'council', 'senate', 'parliament', 'congress', 'cabinet', 'government', 'commission', 'committee', 'court', 'assembly', 'legislature', 'vatican', 'kremlin', 'pentagon', 'treasury', 'army', 'navy', 'party']);
/** Words that make a name the name of a thing ("Internet Explorer"), unless an organisation word ends it. */
const THING_WORDS = new Set(['internet', 'web', 'online', 'bible', 'koran', 'quran', 'torah', 'gospel', 'holocaust', 'islamic', 'jewish', 'muslim', 'hindu', 'buddhist']);
const DOMAINS = new Set(['com', 'org', 'net', 'co', 'io']);
const PLACE_NOUNS = new Set(['town', 'city', 'village', 'province', 'region', 'state', 'capital', 'district', 'island', 'port', 'suburb', 'county', 'municipality', 'outskirts', 'streets', 'center', 'centre', 'heart', 'north', 'south', 'east', 'west', 'resort', 'area', 'neighborhood', 'neighbourhood', 'prefecture', 'islands', 'coast', 'shores', 'banks']);
const MOTION_WORDS = new Set(['travel', 'travelled', 'traveled', 'travels', 'trip', 'trips', 'visit', 'visits', 'visited', 'flew', 'fly', 'flight', 'flights', 'moved', 'move', 'return', 'returned', 'returning', 'went', 'go', 'going', 'came', 'come', 'arrived', 'road', 'route', 'journey', 'headed', 'heading', 'way', 'drove', 'drive', 'sailed', 'fled', 'deported', 'transferred', 'relocated', 'exported', 'shipped', 'north', 'south', 'east', 'west', 'back', 'close', 'next']);
const AFTER_PERSON = new Set(['said', 'says', 'told', 'added', 'asked', 'wrote', 'explained', 'recalled', 'insisted', 'argued', 'noted', 'replied', 'who', 'whose', 'himself', 'herself']);

/**
 * Detected names outside the spans already taken by catalogue mentions, and short mentions that
 * refer back to a longer name (via 'reference'). A detected name may contain whole taken spans when
 * they are part of a longer name ("Washington Post", "University of Texas"): the caller then drops
 * those. Sorted by start; never overlapping each other.
 */
export function findNames(text: string, tokens: Token[], taken: ActorSpan[]): ActorSpan[] {
  if (tokens.length === 0) return [];
  return new NameScan(text, tokens, taken).run();
}

class NameScan {
  private readonly n: number;
  /** Lower-case forms of the capitalised tokens, made once: `lowers[lowerSlot[i]]` (-1: not made yet). */
  private readonly lowerSlot: Int32Array;
  private readonly lowers: string[] = [];
  private readonly takenAt: Int32Array;
  private readonly taken: ActorSpan[];
  private readonly initial: Uint8Array;
  private readonly dotJoined: Uint8Array;
  private readonly newline: Uint8Array;
  private readonly headline: Uint8Array;
  private readonly cls: Uint8Array;
  /** Per capitalised token: what the word lists say about it (B_* bits). */
  private readonly bits: Int32Array;
  private readonly wordBits = wordBits();
  /** Per token: 1 = starts with a capital, 3 = all in capitals (two letters or more). */
  private readonly caps: Uint8Array;
  private readonly candidates: Candidate[] = [];

  constructor(
    private readonly text: string,
    private readonly tokens: Token[],
    taken: ActorSpan[],
  ) {
    const n = tokens.length;
    this.n = n;
    this.lowerSlot = new Int32Array(n).fill(-1);
    this.taken = [...taken].sort((a, b) => a.start - b.start);
    this.takenAt = new Int32Array(n).fill(-1);
    for (let i = 0, t = 0; i < n && t < this.taken.length; ) {
      const sp = this.taken[t];
      if (sp.end <= tokens[i].start) t++;
      else if (tokens[i].end <= sp.start) i++;
      else this.takenAt[i++] = t;
    }
    this.caps = new Uint8Array(n);
    this.bits = new Int32Array(n);
    this.cls = new Uint8Array(n);
    for (let i = 0; i < n; i++) this.cls[i] = this.classify(i);
    this.initial = new Uint8Array(n);
    this.dotJoined = new Uint8Array(n);
    this.newline = new Uint8Array(n);
    this.markSentences();
    this.headline = new Uint8Array(n);
    this.markHeadlines();
  }

  private readonly slugs = new Map<string, string>();
  /** Set while cutting the organisation of a title ("Co-founder of Brightwave"). */
  private orgHint = false;
  private readonly midSentence = new Set<string>();

  private slug(name: string): string {
    let s = this.slugs.get(name);
    if (s === undefined) {
      s = slugify(name);
      this.slugs.set(name, s);
    }
    return s;
  }

  private lower(i: number): string {
    const slot = this.lowerSlot[i];
    if (slot >= 0) return this.lowers[slot];
    const key = this.tokens[i].key;
    const c0 = key.charCodeAt(0);
    if (c0 >= 97 && c0 <= 122 && this.caps[i] === 0 && isAsciiLower(key)) return key; // nothing to lower
    const l = key.toLowerCase();
    this.lowerSlot[i] = this.lowers.length;
    this.lowers.push(l);
    return l;
  }

  /** True when token i (capitalised) is in one of the word lists of `bit`. */
  private is(i: number, bit: number): boolean {
    return (this.bits[i] & bit) !== 0;
  }

  private upperAt(i: number): boolean {
    return this.caps[i] !== 0;
  }

  private joinedAt(i: number): boolean {
    return this.tokens[i].joined || this.dotJoined[i] === 1;
  }

  /** Sentence starts, and title abbreviations or initials joined to the name after them ("Gen. Lee", "John F. Kennedy"). */
  private markSentences(): void {
    const { text, tokens } = this;
    for (let i = 0; i < this.n; i++) {
      const from = i === 0 ? 0 : tokens[i - 1].end;
      const to = tokens[i].start;
      if (to - from === 1 && i > 0 && text.charCodeAt(from) === 32) continue; // one space: the common case
      let boundary = i === 0;
      let breaks = 0;
      let dot = false;
      let other = false;
      for (let k = from; k < to; k++) {
        const c = text.charCodeAt(k);
        if (c === 32 || c === 9 || c === 13 || c === 0xa0) continue;
        if (c === 46) dot = true;
        else if (c === 10) breaks++;
        else {
          other = true;
          // sentence ends; an opening quote or bracket starts a new phrase
          if (c === 33 || c === 63 || c === 58 || c === 59 || c === 0x2026 || c === 34 || c === 0x201c || c === 0x2018 || c === 40 || c === 91 || c === 95) boundary = true;
        }
      }
      if (breaks > 0) {
        this.newline[i] = 1;
        boundary = true;
      }
      if (dot && i > 0) {
        const prevKey = tokens[i - 1].key;
        const abbrev = (prevKey.length === 1 && isUpperCode(prevKey.charCodeAt(0))) || (prevKey.length <= 5 && (this.caps[i - 1] !== 0 ? this.is(i - 1, B_TITLEABBR) : TITLE_ABBREVIATIONS.has(prevKey)));
        if (abbrev && !other && breaks === 0) this.dotJoined[i] = 1;
        else boundary = true;
      }
      if (boundary) this.initial[i] = 1;
    }
  }

  /** Lines that are headlines: all in capitals, or nearly every longer word capitalised. */
  private markHeadlines(): void {
    const { tokens } = this;
    let lineStart = 0;
    for (let i = 1; i <= this.n; i++) {
      if (i < this.n && this.newline[i] === 0) continue;
      let words = 0;
      let caps = 0;
      let allCaps = 0;
      let letters = 0;
      let lowerWords = 0;
      for (let k = lineStart; k < i; k++) {
        const key = tokens[k].key;
        const f = this.caps[k];
        if (f === 0 && isDigit(key.charCodeAt(0))) continue;
        letters++;
        if (f === 3) allCaps++;
        if (key.length >= 4 && (f === 0 ? key.length > 5 || !STOP_WORDS.has(key) : this.cls[k] !== S)) {
          words++;
          if (f !== 0) caps++;
          else if (++lowerWords >= 2 && allCaps < letters) break; // ordinary prose: not a headline
        }
      }
      const isHeadline = (letters >= 3 && allCaps === letters) || (words >= 3 && caps >= words - (words >= 8 ? 1 : 0) && i - lineStart <= 25);
      if (isHeadline) for (let k = lineStart; k < i; k++) this.headline[k] = 1;
      lineStart = i;
    }
  }

  private classify(i: number): number {
    const key = this.tokens[i].key;
    const c0 = key.charCodeAt(0);
    if ((c0 >= 65 && c0 <= 90) || (c0 > 127 && isUpperCode(c0))) {
      this.caps[i] = key.length > 1 && isAllCaps(key) ? 3 : 1;
      this.bits[i] = this.wordBits.get(this.lower(i)) ?? 0;
    }
    if (this.takenAt[i] >= 0) return K;
    if (c0 < 65 || (c0 >= 91 && c0 <= 96) || (c0 >= 123 && c0 <= 127)) return X; // digits, punctuation
    if (c0 >= 97 && c0 <= 122 && key.length > 5 && key.charCodeAt(2) !== 45 && key.charCodeAt(3) !== 45 && key.charCodeAt(4) !== 45) return X; // a plain lower-case word
    if (isLowerCode(c0)) {
      if (NAME_PARTICLES.has(key) || key === 'of' || key === 'for' || key === 'on' || key === 'and' || key === 'the') return C;
      // "al-Assad": a particle joined by a hyphen to a capitalised name
      const h = key.indexOf('-');
      if (h > 0 && h < key.length - 1 && NAME_PARTICLES.has(key.slice(0, h)) && isUpperCode(key.charCodeAt(h + 1))) return N;
      return X;
    }
    if (this.caps[i] === 0) return X;
    if (this.is(i, B_TITLE)) return T;
    if (this.is(i, B_STOP) || (key.length > 2 && key.includes("'") && isContraction(this.lower(i)))) return S; // "I'm", "We've", "Don't"
    // an HTML entity written out ("&AMP;")
    if (this.text.charCodeAt(this.tokens[i].start - 1) === 38 && this.text.charCodeAt(this.tokens[i].end) === 59) return X;
    return N;
  }

  run(): ActorSpan[] {
    const { n, cls } = this;
    let i = 0;
    while (i < n) {
      const c = cls[i];
      if (!(c === K || c === T || c === N || (c === S && this.upperAt(i)))) {
        i++;
        continue;
      }
      const j = this.extendRun(i);
      this.cutRun(i, j);
      i = j + 1;
    }
    return this.decide();
  }

  private extendRun(i: number): number {
    const { n, cls } = this;
    let j = i;
    let ofOpen = false; // an "of" / "for" / "on" stands in the run since the last "and"
    for (;;) {
      const k = j + 1;
      if (k >= n || !this.joinedAt(k)) return j;
      // a name does not run from a headline into the text under it
      if (this.newline[k] === 1 && (this.headline[j] === 1 || this.headline[k] === 1)) return j;
      const ck = cls[k];
      if (ck === K || ((ck === T || ck === N) && this.upperAt(k))) {
        j = k;
        continue;
      }
      if (ck === S && this.upperAt(k) && this.initial[k] === 0 && cls[j] !== S) {
        j = k; // "May" inside a name; trimmed later when it ends one
        continue;
      }
      if (ck === C && k + 1 < n && this.joinedAt(k + 1)) {
        const l = this.tokens[k].key;
        let m = k + 1;
        if (l === 'and') {
          // only inside "of A and B": "Ministry of Science and Technology", "Bosnia and Herzegovina" is a catalogue name
          if (!ofOpen || this.is(j, B_ORG)) return j;
        } else if (l === 'of' || l === 'for' || l === 'on') {
          // only inside names of organisations and places, or after a title
          if (!this.connectsHere(j)) return j;
          if (this.tokens[m].key === 'the' && m + 1 < n && this.joinedAt(m + 1)) m++;
        } else if (l === 'the' || cls[j] !== N) {
          return j;
        }
        if (m < n && (cls[m] === N || cls[m] === K) && this.upperAt(m)) {
          if (l === 'and') ofOpen = false;
          else if (l === 'of' || l === 'for' || l === 'on') ofOpen = true;
          j = m;
          continue;
        }
      }
      return j;
    }
  }

  /** "of", "for", "on" join a name only after an organisation or place word or a title. */
  private connectsHere(j: number): boolean {
    if (this.cls[j] === T) return true;
    if (this.cls[j] !== N) return false;
    return this.is(j, B_ORGHEAD | B_ORG | B_PLACE);
  }

  /** Cuts one run of capitalised tokens (first..last) into candidate names. */
  private cutRun(first: number, last: number): void {
    const { cls } = this;
    // a capitalised phrase that fills a whole quotation is the title of a work ("Easy Rider")
    if (this.fillsQuotation(first, last)) return;
    let lastTitle = -1;
    for (let k = first; k <= last; k++) if (cls[k] === T) lastTitle = k;
    if (lastTitle >= 0 && !(this.is(last, B_ORG) && lastTitle !== last)) {
      // a title alone in mid-sentence is a name ("said King"), unless a determiner makes it a noun
      if (first === last && this.initial[first] === 0 && first > 0 && this.tokens[first].joined && !DETERMINERS.has(this.tokens[first - 1].key) && this.caps[first] !== 3) {
        this.pieces(first, last, false, true);
        return;
      }
      // before the title: a name of its own ("Google CEO Sundar Pichai"), less the title's words
      let leftEnd = lastTitle - 1;
      while (leftEnd >= first && (cls[leftEnd] === T || cls[leftEnd] === C || cls[leftEnd] === S || this.is(leftEnd, B_DOMAIN | B_MODIFIER))) leftEnd--;
      // the title's own words ("Secretary of State", "President of Russia") stay out of the name
      let k = lastTitle + 1;
      let domain = 0;
      while (k <= last && (cls[k] === C || cls[k] === K || (cls[k] === N && this.is(k, B_DOMAIN) && k < last))) {
        if (cls[k] === K) {
          const t = this.takenAt[k];
          while (k <= last && this.takenAt[k] === t) k++;
          domain++;
          continue;
        }
        if (cls[k] === N) domain++;
        k++;
      }
      if (leftEnd >= first) this.pieces(first, leftEnd, false, false);
      // "Co-founder of Google": what follows "of" is the title's organisation, not a person
      const ofAfterTitle = lastTitle + 1 <= last && cls[lastTitle + 1] === C && this.tokens[lastTitle + 1].key === 'of';
      if (ofAfterTitle && domain === 0) {
        this.orgHint = true;
        this.pieces(k, last, false, false);
        this.orgHint = false;
      }
      else if (k <= last) this.pieces(k, last, true, false);
      return;
    }
    this.pieces(first, last, false, false);
  }

  private fillsQuotation(first: number, last: number): boolean {
    const { text, tokens } = this;
    const before = text.charCodeAt(tokens[first].start - 1);
    if (before !== 34 && before !== 0x201c && before !== 0x2018) return false;
    let e = tokens[last].end;
    const c = text.charCodeAt(e);
    if (c === 44 || c === 46 || c === 63 || c === 33) e++;
    const after = text.charCodeAt(e);
    if (!(after === 34 || after === 0x201d || after === 0x2019)) return false;
    // every word capitalised: a title, not a quoted sentence
    for (let k = first; k <= last; k++) if (this.cls[k] === X) return false;
    return last > first || this.cls[first] === N;
  }

  /** Splits at catalogue mentions, merging them into longer names where the words say so. */
  private pieces(a: number, b: number, titled: boolean, loneTitle: boolean): void {
    const { cls, takenAt } = this;
    let segStart = a;
    let k = a;
    while (k <= b) {
      if (cls[k] !== K) {
        k++;
        continue;
      }
      const t = takenAt[k];
      let kEnd = k;
      while (kEnd + 1 <= b && takenAt[kEnd + 1] === t) kEnd++;
      const mention = this.taken[t];
      const whole = mention.start >= this.tokens[a].start && mention.end <= this.tokens[b].end;
      if (whole) {
        // organisation word + of + mention: "University of Texas", "Bank of England"
        if (k - 2 >= segStart && cls[k - 1] === C && this.tokens[k - 1].key !== 'and' && cls[k - 2] === N && this.is(k - 2, B_ORGHEAD)) {
          this.emit(segStart, kEnd, titled, true, false);
          segStart = kEnd + 1;
          k = kEnd + 1;
          continue;
        }
        // mention + words ending in an organisation word: "Washington Post", "Seoul National University"
        if (k === segStart && mention.kind === 'place') {
          let orgEnd = -1;
          let e = kEnd + 1;
          for (; e <= b && cls[e] !== K; e++) if (cls[e] === N && this.is(e, B_ORG)) orgEnd = e;
          // "United States National Security Council": a place, words, and an organisation the catalogue knows
          if (orgEnd < 0 && e > kEnd + 1 && e <= b && this.taken[takenAt[e]].kind === 'organisation') {
            const t2 = takenAt[e];
            let e2 = e;
            while (e2 + 1 <= b && takenAt[e2 + 1] === t2) e2++;
            if (this.taken[t2].end <= this.tokens[b].end) orgEnd = e2;
          }
          if (orgEnd > kEnd) {
            this.emit(segStart, orgEnd, titled, true, false);
            segStart = orgEnd + 1;
            k = orgEnd + 1;
            continue;
          }
        }
        if (k === kEnd && mention.kind === 'place' && mention.via !== 'demonym') {
          // given name + one-word place: "Michael Jordan"
          if (k - 1 >= segStart && cls[k - 1] === N && this.is(k - 1, B_GIVEN) && this.initial[k - 1] === 0) {
            this.emit(segStart, k, true, true, false);
            segStart = k + 1;
            k = k + 1;
            continue;
          }
          // one-word place that is also a given name, + surname: "Chad Smith"
          if (k === segStart && k + 1 <= b && cls[k + 1] === N && this.is(k, B_GIVENLIST) && !this.is(k + 1, B_PLACE | B_ORG)) {
            let e = k + 1;
            while (e + 1 <= b && cls[e + 1] === N) e++;
            this.emit(segStart, e, true, true, false);
            segStart = e + 1;
            k = e + 1;
            continue;
          }
        }
      }
      if (k - 1 >= segStart) this.emit(segStart, k - 1, titled, false, loneTitle);
      segStart = kEnd + 1;
      k = kEnd + 1;
    }
    if (segStart <= b) this.emit(segStart, b, titled, false, loneTitle);
  }

  private emit(a: number, b: number, titled: boolean, covers: boolean, loneTitle: boolean): void {
    const { cls, tokens } = this;
    while (a <= b && (cls[a] === S || cls[a] === C || (cls[a] === T && !covers && !loneTitle))) a++;
    while (b >= a && (cls[b] === S || cls[b] === C)) b--;
    if (a > b) return;
    if (cls[a] === K && cls[b] === K && this.takenAt[a] === this.takenAt[b]) return; // only a catalogue mention
    // events, laws, prizes and vehicles are not actors; "Google Science Fair" still names Google if the text knows it
    if ((this.is(b, B_EVENT) && !covers) || this.hasVehicleWord(a, b)) {
      if (a < b && cls[a] === N && !covers) this.pushCandidate(a, a, titled, false, false, true);
      return;
    }
    // "World War II"
    if (a < b && isRomanNumeral(tokens[b].key) && this.is(b - 1, B_EVENT) && !covers) return;
    if (a === b) {
      const l = this.lower(a);
      const key = tokens[a].key;
      // "the Church", "the Senate" in mid-sentence name one institution
      const institution = INSTITUTIONS.has(l) && a > 0 && tokens[a].joined && tokens[a - 1].key === 'the' && this.initial[a] === 0;
      if (this.is(a, B_NOT) || key.length === 1 || (isSuffixedCommonWord(l) && !institution) || isRomanNumeral(key)) return;
      // a bare organisation or place word ("Co.", "Police", "Valley") names nothing by itself
      if (this.is(a, B_ORG | B_PLACE) && !loneTitle && this.caps[a] !== 3 && !institution) return;
      if (this.isAdjectiveUse(a)) return;
      // "the Man", "the Valley": a dictionary word after a determiner is a title or a noun
      if (a > 0 && tokens[a].joined && DETERMINERS.has(tokens[a - 1].key) && this.is(a, B_COMMON) && !loneTitle && !institution) return;
    } else if (this.is(a, B_THING) && !this.is(b, B_ORG) && !this.is(a, B_GIVEN)) {
      return; // "Internet Explorer", "Holocaust Memorial Day": a name of a thing, not of an actor
    } else if (this.is(a, B_NOT) && !this.is(b, B_ORG | B_PLACE)) {
      a++;
    }
    const initial = this.initial[a] === 1 && !titled && !covers;
    // a common word that starts a sentence is not part of the name after it ("Residents Jane Doe")
    if (initial && a < b && cls[a] === N && this.is(a, B_COMMON) && !this.is(a, B_GIVEN)) {
      this.emit(a + 1, b, titled, covers, false);
      return;
    }
    this.pushCandidate(a, b, titled || loneTitle, covers, initial, false);
  }

  private pushCandidate(a: number, b: number, titled: boolean, covers: boolean, initial: boolean, needsSupport: boolean): void {
    const { cls, tokens } = this;
    if (a === b) {
      const key = tokens[a].key;
      // model numbers and codes ("IE6", "STS-135") and compound adjectives ("Scientology-related")
      if (hasLetterAndDigit(key) || hasAdjectiveTail(key)) return;
    }
    let name = tokens[a].key;
    if (a < b) {
      // the text itself when one space stands between the words; else the words joined by spaces
      let plain = true;
      for (let k = a + 1; k <= b && plain; k++) plain = tokens[k].start - tokens[k - 1].end === 1 && this.text.charCodeAt(tokens[k - 1].end) === 32;
      if (plain) {
        name = this.text.slice(tokens[a].start, tokens[b].end);
        if (name.includes('\u2019') || name.includes('\u2010') || name.includes('\u2011')) name = name.replace(/\u2019/g, "'").replace(/[\u2010\u2011]/g, '-');
      } else {
        for (let k = a + 1; k <= b; k++) name += (cls[k] === C || cls[k - 1] === C || tokens[k].joined || this.dotJoined[k] === 0 ? ' ' : '. ') + tokens[k].key;
      }
    }
    const c: Candidate = { first: a, last: b, name, titled, initial: initial || needsSupport, headline: this.headline[a] === 1, covers, guess: 'person', needsSupport };
    this.decideKind(c);
    if (this.orgHint && c.kind === undefined) c.guess = 'organisation';
    this.candidates.push(c);
  }

  private hasVehicleWord(a: number, b: number): boolean {
    for (let k = a; k <= b; k++) if (this.cls[k] === N && this.is(k, B_VEHICLE)) return true;
    return false;
  }

  /** "Siberian hats", "Jewish leaders": a capitalised adjective before a lower-case noun. */
  private isAdjectiveUse(a: number): boolean {
    const l = this.lower(a);
    if (l.length < 5 || this.caps[a] === 3 || !hasAdjectiveEnding(l)) return false;
    if (a + 1 >= this.n) return false;
    const next = this.tokens[a + 1];
    if (!next.joined) return false;
    return isLowerCode(next.key.charCodeAt(0)) && !STOP_WORDS.has(next.key) && next.key !== 'and' && next.key !== 'or';
  }

  private decideKind(c: Candidate): void {
    const a = c.first;
    const b = c.last;
    const single = a === b;
    let hasOf = false;
    for (let k = a; k <= b; k++) if (this.cls[k] === C && this.tokens[k].key === 'of') hasOf = true;
    if ((this.is(b, B_ORG) && !(single && c.titled)) || (hasOf && this.is(a, B_ORGHEAD) && !this.is(a, B_PLACE))) {
      c.kind = 'organisation';
      return;
    }
    if (c.covers && !c.titled) {
      c.kind = 'organisation';
      return;
    }
    if (c.titled) {
      c.kind = 'person';
      return;
    }
    if (single && this.isStateAbbreviation(a)) {
      c.kind = 'place';
      c.initial = false;
      return;
    }
    if (this.placeAfterComma(b) && !(this.cls[a] === N && a < b && this.is(a, B_GIVEN) && !this.is(a, B_PLACEFIRST))) {
      c.kind = 'place';
      c.initial = false;
      return;
    }
    const lname = single ? '' : c.name.toLowerCase();
    if (single ? this.is(a, B_LEXORG) : LEXICON_ORGS.has(lname)) {
      c.kind = 'organisation';
      return;
    }
    if (single ? this.is(a, B_LEXPLACE) : LEXICON_PLACES.has(lname)) {
      c.kind = 'place';
      return;
    }
    if (single ? this.is(a, B_LEXPEOPLE) : LEXICON_PEOPLE.has(lname)) {
      c.kind = 'person';
      return;
    }
    if (!single && this.is(b, B_PLACE)) {
      c.kind = 'place';
      return;
    }
    if (!single && this.is(a, B_GIVEN) && !this.is(a, B_PLACEFIRST)) {
      c.kind = 'person';
      return;
    }
    // "Wells BDDP", "TV Books": an acronym inside a longer name makes it an organisation's
    if (!single && this.headline[a] === 0) {
      let acronym = false;
      let mixed = false;
      for (let k = a; k <= b; k++) {
        if (this.caps[k] === 3) acronym ||= this.cls[k] === N && this.tokens[k].key.length >= 2 && !isRomanNumeral(this.tokens[k].key);
        else if (this.cls[k] !== C) mixed = true;
      }
      if (acronym && mixed) {
        c.kind = 'organisation';
        return;
      }
    }
    // "Merrill Lynch & Co.", "Procter & Gamble"
    if (this.ampersandAfter(b) || (a > 0 && this.caps[a - 1] !== 0 && this.ampersandAfter(a - 1) && this.tokens[a].start - this.tokens[a - 1].end <= 3)) {
      c.kind = 'organisation';
      return;
    }
    // "Goto.com"
    if (this.text.charCodeAt(this.tokens[b].end) === 46 && b + 1 < this.n && this.tokens[b + 1].start === this.tokens[b].end + 1 && DOMAINS.has(this.tokens[b + 1].key)) {
      c.kind = 'organisation';
      return;
    }
    const key = this.tokens[a].key;
    if (single && key.length <= 6 && this.caps[a] === 3 && this.headline[a] === 0) {
      // an acronym; a word in capitals that heads a dateline is a place ("OSLO, Norway (AP)")
      c.initial = false;
      c.kind = this.initial[a] === 1 && this.datelineAfter(b) ? 'place' : 'organisation';
      return;
    }
    if (!single && this.is(a, B_PLACEFIRST)) c.guess = 'place';
    if (single) {
      if (/[a-z][A-Z]/.test(key) && !/^(?:Mc|Mac|O'|De|Di|Da|La|Le|Van|Von)/.test(key)) c.guess = 'organisation'; // "YouTube"
      else if (/.(?:news|net|soft|book|tube|pedia|media|tech|corp|bank|link|works|labs|com)$/.test(this.lower(a)) && !this.is(a, B_GIVEN | B_SURNAME)) c.guess = 'organisation'; // "Wikinews"
      else if (this.is(a, B_GIVEN | B_SURNAME)) c.kind = 'person';
      else if (/(?:stan|burg|ville|polis|grad|abad|pur)$/.test(this.lower(b))) c.guess = 'place';
    }
    if (c.kind !== undefined) return;
    // what stands before: "in Herat", "the Taliban", "town of Afula", "travel to Cherating", "analyst at Omnicom"
    const prev = a > 0 && this.tokens[a].joined ? this.tokens[a - 1].key : '';
    const prev2 = a > 1 && this.tokens[a - 1].joined ? this.lower(a - 2) : '';
    if (prev === 'of' && PLACE_NOUNS.has(prev2)) {
      c.kind = 'place';
      return;
    }
    if (PLACE_PREPOSITIONS.has(prev) || (prev === 'to' && MOTION_WORDS.has(prev2))) {
      if (!this.is(a, B_GIVEN)) c.guess = 'place';
    } else if (prev === 'the' && single && c.guess === 'person') {
      c.guess = 'organisation';
    } else if ((prev === 'at' || prev === 'for') && c.guess === 'person' && !this.is(a, B_GIVEN | B_SURNAME)) {
      c.guess = 'organisation';
    }
    // what follows: "Irving, Texas" is a place; "Smith, who" and "Smith said" a person
    if (this.placeAfterComma(b) || this.datelineAfter(b)) {
      c.guess = 'place';
      if (this.initial[a] === 1) c.initial = false;
    } else if (b + 1 < this.n && AFTER_PERSON.has(this.tokens[b + 1].key) && c.guess !== 'place') {
      c.guess = 'person';
    }
  }

  /** "Ark." in "Little Rock, Ark.": a state abbreviation after a comma, with its full stop. */
  private isStateAbbreviation(k: number): boolean {
    const { text, tokens } = this;
    const t = tokens[k];
    if (k === 0 || t.end >= text.length || t.key.length > 5 || !isUpperCode(t.key.charCodeAt(0))) return false;
    const dotted = t.key.endsWith('.');
    if (!dotted && text.charCodeAt(t.end) !== 46) return false;
    if (text.charCodeAt(tokens[k - 1].end) !== 44 || t.start - tokens[k - 1].end > 3) return false;
    return STATE_ABBREVIATIONS.has(dotted ? this.lower(k).slice(0, -1) : this.lower(k));
  }

  private placeAfterComma(b: number): boolean {
    const k = b + 1;
    if (k >= this.n) return false;
    if (this.isStateAbbreviation(k)) return true;
    if (this.takenAt[k] < 0) return false;
    const { text, tokens } = this;
    const from = tokens[b].end;
    const to = tokens[k].start;
    if (to - from > 3 || text.charCodeAt(from) !== 44) return false;
    const m = this.taken[this.takenAt[k]];
    if (m.kind !== 'place' || m.via === 'demonym' || m.start !== to) return false;
    const after = m.end < text.length ? text.charCodeAt(m.end) : 46;
    return after === 44 || after === 46 || after === 41 || after === 59 || after === 10 || after === 32;
  }

  /** "Merrill Lynch & Co.": an ampersand, then a capital. */
  private ampersandAfter(b: number): boolean {
    const { text } = this;
    let e = this.tokens[b].end;
    if (text.charCodeAt(e) === 32) e++;
    if (text.charCodeAt(e) !== 38) return false;
    e++;
    if (text.charCodeAt(e) === 32) e++;
    const c = text.charCodeAt(e);
    return c >= 65 && c <= 90;
  }

  /** "NAIROBI, Kenya (AP) _" / "PARIS (AP) -" */
  private datelineAfter(b: number): boolean {
    const end = this.tokens[b].end;
    const c = this.text.charCodeAt(end);
    if (c !== 44 && c !== 32) return false;
    let paren = -1;
    for (let k = end, stop = Math.min(this.text.length, end + 30); k < stop; k++) {
      if (this.text.charCodeAt(k) === 40) {
        paren = k;
        break;
      }
    }
    if (paren < 0) return false;
    const rest = this.text.slice(end, Math.min(this.text.length, end + 40));
    return /^,?\s*(?:[A-Z][\p{L}.]*\s*){0,3}\((?:AP|Reuters|AFP|UPI|dpa|Yonhap|Xinhua)\)/u.test(rest);
  }

  /** Decides every candidate with what the whole text says: names seen mid-sentence, parts of person names. */
  private decide(): ActorSpan[] {
    const { candidates, tokens, text } = this;
    const known = new Map<string, ActorKind>();
    const parts = new Map<string, Part>();
    const firstWords = new Map<string, ActorKind>();
    for (const sp of this.taken) {
      if (sp.kind !== 'person' || !sp.entity) continue;
      const ks = sp.text.split(/\s+/);
      if (ks.length >= 2) {
        addPart(parts, ks[ks.length - 1], sp.entity, 'person', true);
        addPart(parts, ks[0], sp.entity, 'person', true);
      }
    }
    this.shareKindsInLists();
    const strongKinds = new Map<string, ActorKind>();
    for (const c of candidates) {
      if (c.needsSupport) continue;
      if (c.kind !== undefined && !strongKinds.has(c.name)) strongKinds.set(c.name, c.kind);
      if (!c.initial && !c.headline) this.midSentence.add(c.name);
    }
    for (const c of candidates) {
      const kind = c.kind ?? c.guess;
      const reliable = (!c.initial && !c.headline) || c.titled || c.kind !== undefined;
      if (c.first < c.last) {
        if (!reliable && !this.is(c.first, B_GIVEN)) continue;
        if (!known.has(c.name)) known.set(c.name, kind);
        if (kind === 'person') {
          const id = this.slug(c.name);
          addPart(parts, tokens[c.last].key, id, kind, false);
          addPart(parts, tokens[c.first].key, id, kind, false);
        } else if (!firstWords.has(tokens[c.first].key)) {
          firstWords.set(tokens[c.first].key, kind);
        }
      } else if (reliable) {
        const prev = known.get(c.name);
        if (prev === undefined || (c.kind !== undefined && prev !== c.kind)) known.set(c.name, kind);
      }
    }
    const out: ActorSpan[] = [];
    for (const c of candidates) {
      const single = c.first === c.last;
      let kind: ActorKind = c.kind ?? c.guess;
      let id = '';
      let via: ActorSpan['via'] = 'detected';
      let unknown = true;
      const part = single ? parts.get(c.name) : undefined;
      if (part && (c.kind === undefined || c.kind === 'person') && part.id !== this.slug(c.name)) {
        kind = part.kind;
        id = part.id;
        via = 'reference';
        unknown = !part.catalogue;
      } else {
        const seen = known.get(c.name);
        const unsure = c.initial || c.headline;
        if (unsure && !c.titled && !this.acceptUnsure(c, seen)) {
          // "Solberg Wins Vote": in a headline, a known name may still stand among other capitalised words
          if (c.headline && c.first < c.last) this.headlineReferences(c, parts, out);
          continue;
        }
        if (c.kind === undefined) {
          // "Omnicom" after "Omnicom Group": the first word of an organisation's name; else what another mention proved
          const head = single ? firstWords.get(c.name) : undefined;
          const strong = strongKinds.get(c.name);
          if (head !== undefined) kind = head;
          else if (strong !== undefined) kind = strong;
          else if (seen !== undefined) kind = seen;
        }
      }
      const start = tokens[c.first].start;
      const end = tokens[c.last].end;
      if (id === '') id = this.slug(c.name);
      out.push(
        unknown
          ? { start, end, text: text.slice(start, end), label: 'actor', kind, entity: id, unknown, via, origin: 'automatic' }
          : { start, end, text: text.slice(start, end), label: 'actor', kind, entity: id, via, origin: 'automatic' },
      );
    }
    return out;
  }

  private headlineReferences(c: Candidate, parts: Map<string, Part>, out: ActorSpan[]): void {
    for (let k = c.first; k <= c.last; k++) {
      const part = parts.get(this.tokens[k].key);
      if (!part) continue;
      const { start, end } = this.tokens[k];
      const text = this.text.slice(start, end);
      out.push(part.catalogue ? { start, end, text, label: 'actor', kind: part.kind, entity: part.id, via: 'reference', origin: 'automatic' } : { start, end, text, label: 'actor', kind: part.kind, entity: part.id, unknown: true, via: 'reference', origin: 'automatic' });
    }
  }

  /** "Yahoo, Lycos, Infoseek and Excite": names in one list share the kind one of them proves. */
  private shareKindsInLists(): void {
    const { candidates, text, tokens } = this;
    const m = candidates.length;
    // link[i]: 0 no list between candidates i-1 and i, 1 a comma, 2 "and" / "or"
    const link = new Uint8Array(m);
    for (let i = 1; i < m; i++) {
      const from = tokens[candidates[i - 1].last].end;
      const to = tokens[candidates[i].first].start;
      if (to - from < 2 || to - from > 6) continue;
      const gap = text.slice(from, to);
      if (gap === ', ') link[i] = 1;
      else if (gap === ' and ' || gap === ', and ' || gap === ' or ' || gap === ', or ') link[i] = 2;
    }
    // a comma alone is a list only with a third name ("A, B and C"); "A, B," is often an apposition
    const listed = (i: number): boolean => link[i] === 2 || (link[i] === 1 && ((i + 1 < m && link[i + 1] !== 0) || (i > 1 && link[i - 1] !== 0)));
    for (let i = 1; i < m; i++) {
      const x = candidates[i - 1];
      const y = candidates[i];
      if (x.kind !== undefined && y.kind === undefined && !y.titled && listed(i)) y.guess = x.kind;
    }
    for (let i = m - 1; i >= 1; i--) {
      const x = candidates[i - 1];
      const y = candidates[i];
      const yKind = y.kind ?? (y.guess !== 'person' ? y.guess : undefined);
      if (yKind !== undefined && x.kind === undefined && !x.titled && listed(i)) x.guess = yKind;
    }
  }


  /** A name at the start of a sentence or in a headline, where capitals prove nothing. */
  private acceptUnsure(c: Candidate, seen: ActorKind | undefined): boolean {
    const l = this.lower(c.first);
    if (c.needsSupport) return (seen !== undefined && this.midSentence.has(c.name)) || this.is(c.first, B_LEXORG | B_LEXPLACE);
    if (seen !== undefined && c.kind === undefined) return true;
    if (c.first < c.last) {
      if (this.is(c.first, B_GIVEN) || c.kind !== undefined) return true;
      if (!c.headline) return true;
      // a headline: every word must be unknown to the dictionary
      for (let k = c.first; k <= c.last; k++) if (this.cls[k] === N && this.is(k, B_COMMON)) return false;
      return true;
    }
    if (c.kind !== undefined && !c.headline) return true;
    if (this.is(c.first, B_COMMON) || isCommonWord(l)) return false;
    const h = l.indexOf('-');
    if (h > 0 && LEXICON_COMMON.has(l.slice(0, h))) return false; // "Long-awaited"
    if (seen !== undefined) return true;
    if (this.is(c.first, B_GIVEN | B_SURNAME | B_LEXPLACE | B_LEXORG)) return true;
    if (c.headline) return this.caps[c.first] !== 3;
    return true;
  }
}

/** A dictionary word, or a word that is one by its ending or as a plural ("Lawsuits", "Colorful"). */
function isCommonWord(l: string): boolean {
  if (LEXICON_COMMON.has(l) || isSuffixedCommonWord(l)) return true;
  if (/(?:ly|ing|ings|ed|al|ful|ous|ive|ives|ical|able|ible|less|ure|ures|ence|ance|ship|ogy|ery|ics|ers|ors|ists|ians)$/.test(l)) return true;
  if (l.endsWith('ies') && LEXICON_COMMON.has(l.slice(0, -3) + 'y')) return true;
  if (l.endsWith('s') && LEXICON_COMMON.has(l.slice(0, -1))) return true;
  return false;
}

function hasLetterAndDigit(key: string): boolean {
  let letter = false;
  let digit = false;
  for (let k = 0; k < key.length; k++) {
    const c = key.charCodeAt(k);
    if (c >= 48 && c <= 57) digit = true;
    else if (c > 64) letter = true;
  }
  return letter && digit;
}

const ADJECTIVE_TAILS = new Set(['related', 'based', 'backed', 'led', 'owned', 'style', 'born', 'made', 'funded', 'run', 'controlled', 'friendly', 'speaking', 'inspired', 'like', 'linked', 'allied', 'aligned', 'occupied', 'held', 'sponsored', 'era', 'wide', 'bound', 'centric', 'era']);

function hasAdjectiveTail(key: string): boolean {
  const h = key.lastIndexOf('-');
  return h > 0 && ADJECTIVE_TAILS.has(key.slice(h + 1));
}


function addPart(parts: Map<string, Part>, key: string, id: string, kind: ActorKind, catalogue: boolean): void {
  const l = key.toLowerCase();
  if (key.length < 2 || STOP_WORDS.has(l) || NAME_PARTICLES.has(l) || TITLES.has(l)) return;
  const prev = parts.get(key);
  if (prev && prev.id !== id) return; // two people share the word: it stays with the first
  parts.set(key, { id, kind, catalogue });
}


function isSuffixedCommonWord(l: string): boolean {
  return l.length > 5 && /(?:isms?|phobia|ness|ments?|tions?|ities|ity)$/.test(l);
}

function isAsciiLower(key: string): boolean {
  for (let k = 0; k < key.length; k++) {
    const c = key.charCodeAt(k);
    if ((c >= 65 && c <= 90) || c > 127) return false;
  }
  return true;
}

function hasAdjectiveEnding(l: string): boolean {
  return l.endsWith('an') || l.endsWith('ese') || l.endsWith('ish') || l.endsWith('ic') || l.endsWith('ist') || l.endsWith('i');
}

function isContraction(l: string): boolean {
  const q = l.indexOf("'");
  if (q <= 0) return false;
  const rest = l.slice(q + 1);
  return rest === 't' || rest === 're' || rest === 've' || rest === 'll' || rest === 'd' || rest === 'm';
}

function isRomanNumeral(key: string): boolean {
  return /^(?:II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XX)$/.test(key);
}
