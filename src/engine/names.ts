/**
 * Names that no catalogue knows: capitalised sequences in running text that look like the names of
 * people, organisations and places ("Cho Tae-yul", "Yonhap News Agency"), each with a kind, and
 * later short mentions of them ("Borrell" after "Josep Borrell"). Linear in the text: one pass
 * over the tokens cuts candidates, one decides them; every look-up is a hash look-up.
 */
import { G_AMP, G_DOT, G_LF, G_OTHER, G_STOP, SH_ALLCAPS, SH_LOWER, SH_ALNUM, SH_CAP, SH_HAS_DIGIT, SH_JOINER, NO_TOKENS, grownInt32, grownUint8 } from './tokens';
import type { Tokens, Vocabulary } from './tokens';
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
import { IRREGULAR_PAST } from './verbs';

/** A provisional entity id made from a name: "Cho Tae-yul" -> "cho-tae-yul". */
export function slugify(name: string): string {
  // the common case: ASCII letters and digits, words apart by single spaces ("Josep Borrell")
  let words = true;
  let spaces = false;
  for (let k = 0; k < name.length && words; k++) {
    const c = name.charCodeAt(k);
    if (c === 32) {
      words = k > 0 && k < name.length - 1 && name.charCodeAt(k - 1) !== 32;
      spaces = true;
    } else {
      words = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
    }
  }
  if (words) return spaces ? name.toLowerCase().replace(/ /g, '-') : name.toLowerCase();
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

/** A candidate name (kept in a pool and reused from one text to the next: fields only, always the same ones). */
class Candidate {
  first = 0;
  last = 0;
  /** The name's id: the key id of a one-word name, an id after the keys for a longer one (see NameScan.nameOf). */
  nameId = 0;
  /** Kind proven by the words of the name or a title before it. */
  kind: ActorKind | undefined = undefined;
  /** Kind guessed from context, used when nothing proves one. */
  guess: ActorKind = 'person';
  titled = false;
  /** Starts a sentence: a capital proves nothing. */
  initial = false;
  headline = false;
  /** Contains a catalogue mention that this longer name replaces ("Washington Post"). */
  covers = false;
  /** Only a name if the text names it elsewhere too ("Google" of "Google Science Fair"). */
  needsSupport = false;
}

/** Candidates of the last text, reused by the next (findNames is not re-entrant). */
const candidatePool: Candidate[] = [];

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

const MODIFIERS = ['former', 'majority', 'minority', 'foreign', 'prime', 'vice', 'deputy', 'acting', 'interim', 'assistant', 'associate', 'senior', 'junior', 'executive', 'managing', 'supreme', 'grand', 'high', 'special', 'first', 'late', 'then', 'chief', 'police', 'federal'];

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

let lexiconFirstWordSet: Set<string> | undefined;

/** The first words of the names of several words in LEXICON_ORGS, LEXICON_PLACES and LEXICON_PEOPLE. */
function lexiconFirstWords(): Set<string> {
  if (lexiconFirstWordSet) return lexiconFirstWordSet;
  const out = new Set<string>();
  for (const list of [LEXICON_ORGS, LEXICON_PLACES, LEXICON_PEOPLE]) {
    for (const name of list) {
      const sp = name.indexOf(' ');
      if (sp > 0) out.add(name.slice(0, sp));
    }
  }
  lexiconFirstWordSet = out;
  return out;
}

const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'across', 'from', 'into', 'inside', 'towards', 'toward', 'throughout', 'around']);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'former', 'new', 'late']);
/** Institutions that "the" and a capital make one proper name ("the Senate", "the Church"). */
const INSTITUTIONS = new Set(['house', 'church', 'administration', 'municipality', 'ministry', 'council', 'senate', 'parliament', 'congress', 'cabinet', 'commission', 'committee', 'court', 'assembly', 'legislature', 'vatican', 'kremlin', 'pentagon', 'treasury', 'army', 'navy', 'party']);
/** Words that make a name the name of a thing ("Internet Explorer"), unless an organisation word ends it. */
const THING_WORDS = new Set(['internet', 'web', 'online', 'bible', 'koran', 'quran', 'torah', 'gospel', 'holocaust', 'islamic', 'jewish', 'muslim', 'hindu', 'buddhist']);
/** Small words that titles of works leave in lower case ("The Man in the Iron Mask"). */
const TITLE_SMALL_WORDS = new Set(['of', 'the', 'in', 'a', 'an', 'and', 'to', 'for', 'on', 'at', 'with', 'from', 'by', 'or', 'as', 'into', 'over', 'under']);
/** Groups whose possessive stands inside names of organisations ("People's Liberation Army", "Workers' Party"). */
const POSSESSIVE_GROUPS = new Set(['people', 'children', 'women', 'men', 'workers', 'veterans', 'citizens', 'farmers', 'soldiers', 'teachers', 'nurses', 'doctors', 'journalists', 'writers', 'artists', 'students', 'employers', 'consumers', 'taxpayers', 'mothers', 'fathers', 'lawyers', 'miners', 'seamen', 'dockers', 'builders', 'physicians', 'growers', 'producers', 'pensioners']);
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
export function findNames(text: string, tokens: Tokens, taken: ActorSpan[]): ActorSpan[] {
  if (tokens.length === 0) return [];
  shapeKeeper ??= new NameScan('', NO_TOKENS, []);
  return new NameScan(text, tokens, taken).run();
}

/**
 * One small scan kept alive for good. A full garbage collection drops the hidden class (map) of
 * NameScan objects when none is left alive, and with it the optimised code built for that class,
 * so every text would run through cold code again; one live instance keeps both.
 */
let shapeKeeper: NameScan | undefined;

// the lists of words around names that a word is in (NameScan.ctx)
const X_DETERMINER = 1;
const X_STOP = 2;
const X_PLACE_PREP = 4;
const X_AFTER_PERSON = 8;
/** In lower case. */
const X_INSTITUTION = 16;
/** In lower case. */
const X_PLACE_NOUN = 32;
/** In lower case. */
const X_MOTION = 64;
const X_DONE = 128;

// what the spelling of a word says (NameScan.shapeOfWord)
const W_DONE = 1;
/** "-ism", "-ness", "-tions": a common noun by its ending. */
const W_SUFFIXED_COMMON = 2;
/** A capital inside ("YouTube"), not a name prefix ("McCain"). */
const W_INNER_CAPITAL = 4;
/** "Wikinews", "Microsoft": an ending of organisation names. */
const W_ORG_ENDING = 8;
/** "Kazakhstan", "Hamburg": an ending of place names. */
const W_PLACE_ENDING = 16;
/** A dictionary word, by the list or by its ending (isCommonWord). */
const W_COMMON = 32;

const KIND_CODES: readonly ActorKind[] = ['person', 'organisation', 'place', 'group'];

function kindCode(kind: ActorKind): number {
  return kind === 'person' ? 0 : kind === 'organisation' ? 1 : kind === 'place' ? 2 : 3;
}

/** The class of a word by itself (X, T, S, C or N); the caller makes it K inside a catalogue mention. */
function classifyWord(key: string, caps: number, bits: number, lower: string): number {
  const c0 = key.charCodeAt(0);
  if (c0 < 65 || (c0 >= 91 && c0 <= 96) || (c0 >= 123 && c0 <= 127)) return X; // digits, punctuation
  if (c0 >= 97 && c0 <= 122 && key.length > 5 && key.charCodeAt(2) !== 45 && key.charCodeAt(3) !== 45 && key.charCodeAt(4) !== 45) return X; // a plain lower-case word
  if (isLowerCode(c0)) {
    if (NAME_PARTICLES.has(key) || key === 'of' || key === 'for' || key === 'on' || key === 'and' || key === 'the') return C;
    // "al-Assad": a particle joined by a hyphen to a capitalised name
    const h = key.indexOf('-');
    if (h > 0 && h < key.length - 1 && NAME_PARTICLES.has(key.slice(0, h)) && isUpperCode(key.charCodeAt(h + 1))) return N;
    return X;
  }
  if (caps === 0) return X;
  if ((bits & B_TITLE) !== 0) return T;
  if ((bits & B_STOP) !== 0 || (key.length > 2 && key.includes("'") && isContraction(lower))) return S; // "I'm", "We've", "Don't"
  return N;
}

/**
 * What the words of a vocabulary are, per key id, worked out once per word and kept for the texts
 * that follow (the vocabulary is shared by texts; a new vocabulary starts new facts).
 */
class WordFacts {
  /** Words classified so far: ids below this. */
  private classified = 0;
  /** 1 = starts with a capital, 3 = all in capitals (two letters or more). */
  capsOf: Uint8Array = new Uint8Array(1024);
  /** Of a capitalised word: what the word lists say about it (B_* bits). */
  bitsOf: Int32Array = new Int32Array(1024);
  /** The class of the word by itself (X, T, S, C or N). */
  clsOf: Uint8Array = new Uint8Array(1024);
  /** Of a word not capitalised: 1 a word that counts in a headline (not a digit), 2 also a longer word (not a short function word). */
  lineWordOf: Uint8Array = new Uint8Array(1024);
  /** 0 not looked up, 1 the first word of a name of several words in the lexicons, 2 not. */
  lexiconFirst: Uint8Array = new Uint8Array(1024);
  /** W_* bits of the word (0: not worked out yet). */
  wordShapeOf: Uint8Array = new Uint8Array(1024);
  /** 0 not looked up, 1 an initial or a title abbreviation (a full stop after it ends no sentence), 2 not. */
  abbrevOf: Uint8Array = new Uint8Array(1024);
  /** 0 not looked at, 1 may be a part of a person's name, 2 may not (short, a function word or a title). */
  partOk: Uint8Array = new Uint8Array(1024);
  /** X_* bits: the lists of words around names that the word is in (0: not looked up yet). */
  contextOf: Uint8Array = new Uint8Array(1024);
  /** The slug of a name of this one word, made once. */
  readonly slugs: (string | undefined)[] = [];
  /**
   * What scan() reads of a word, in one byte: its class (bits 0-2), capitals (bits 3-4: 1, or 3 all
   * capitals), headline weight (bits 5-6: lineWordOf) and 128 for a word of four characters or more.
   */
  scanOf: Uint8Array = new Uint8Array(1024);
  /** The id of each word that starts in lower case, by the word (for "is this word also written in lower case?"). */
  readonly lowerIds = new Map<string, number>();
  private lowerIndexed = 0;
  /**
   * Per key id: the id of the word in lower case + 1 (of a word written otherwise too); -k when there was
   * none while the vocabulary had k words (looked up again when it has more); 0 not looked up yet.
   */
  twinOf: Int32Array = new Int32Array(1024);
  /** Per key id: the number of the last text that has the word (see NameScan.scan). */
  seenIn: Int32Array = new Int32Array(1024);
  /** Per key id: 0 not looked at, 1 five letters or more with an ending of adjectives of nationality or belief ("Siberian", "Jewish"), 2 not. */
  adjectiveOf: Uint8Array = new Uint8Array(1024);
  /** Per key id: the person name the word is a part of in the text numbered partIn[id] (NameScan.part). */
  readonly partOf: (Part | undefined)[] = [];
  partIn: Int32Array = new Int32Array(1024);
  /** The number of the current text. */
  text = 0;

  constructor(readonly vocabulary: Vocabulary) {}

  /** Makes room for the words of `tokens` and classifies those not seen before. */
  update(tokens: Tokens): void {
    const n = tokens.keyCount;
    if (this.capsOf.length < n) {
      const size = Math.max(n, this.capsOf.length * 2);
      this.capsOf = grownUint8(this.capsOf, size);
      this.bitsOf = grownInt32(this.bitsOf, size);
      this.clsOf = grownUint8(this.clsOf, size);
      this.lineWordOf = grownUint8(this.lineWordOf, size);
      this.lexiconFirst = grownUint8(this.lexiconFirst, size);
      this.wordShapeOf = grownUint8(this.wordShapeOf, size);
      this.abbrevOf = grownUint8(this.abbrevOf, size);
      this.partOk = grownUint8(this.partOk, size);
      this.contextOf = grownUint8(this.contextOf, size);
      this.scanOf = grownUint8(this.scanOf, size);
      this.adjectiveOf = grownUint8(this.adjectiveOf, size);
      this.twinOf = grownInt32(this.twinOf, size);
      this.seenIn = grownInt32(this.seenIn, size);
      this.partIn = grownInt32(this.partIn, size);
    }
    while (this.slugs.length < n) this.slugs.push(undefined);
    while (this.partOf.length < n) this.partOf.push(undefined);
    if (this.classified < n) {
      classifyKeys(tokens, this.classified, n, this.capsOf, this.bitsOf, this.clsOf, this.lineWordOf);
      const { keys } = tokens;
      for (let id = this.classified; id < n; id++) this.scanOf[id] = this.clsOf[id] | (this.capsOf[id] << 3) | (this.lineWordOf[id] << 5) | (keys[id].length >= 4 ? 128 : 0);
      this.classified = n;
    }
    if (this.lowerIndexed < n) {
      const { keys, shape } = tokens;
      for (let id = this.lowerIndexed; id < n; id++) if ((shape[id] & SH_LOWER) !== 0) this.lowerIds.set(keys[id], id);
      this.lowerIndexed = n;
    }
  }
}

let wordFacts: WordFacts | undefined;

/** The facts of the words of `tokens`' vocabulary, brought up to date. */
function factsFor(tokens: Tokens): WordFacts {
  if (wordFacts === undefined || wordFacts.vocabulary !== tokens.vocabulary) wordFacts = new WordFacts(tokens.vocabulary);
  wordFacts.update(tokens);
  return wordFacts;
}

/** Per key id from..to-1: capitals (1, or 3 all capitals), word-list bits (of capitalised words), class, and headline weight (of others). */
function classifyKeys(tokens: Tokens, from: number, to: number, capsOf: Uint8Array, bitsOf: Int32Array, clsOf: Uint8Array, lineWordOf: Uint8Array): void {
  const words = wordBits();
  const { keys, shape } = tokens;
  for (let id = from; id < to; id++) {
    const key = keys[id];
    const c0 = key.charCodeAt(0);
    if (c0 >= 97 && c0 <= 122 && key.length > 5 && key.charCodeAt(2) !== 45 && key.charCodeAt(3) !== 45 && key.charCodeAt(4) !== 45) {
      clsOf[id] = X;
      lineWordOf[id] = 2; // a plain lower-case word
      continue;
    }
    if ((shape[id] & SH_CAP) !== 0) {
      const caps = key.length > 1 && (shape[id] & SH_ALLCAPS) !== 0 ? 3 : 1;
      const lower = tokens.lowerOf(id);
      const bits = words.get(lower) ?? 0;
      capsOf[id] = caps;
      bitsOf[id] = bits;
      clsOf[id] = classifyWord(key, caps, bits, lower);
    } else {
      clsOf[id] = classifyWord(key, 0, 0, key);
      if (!isDigit(key.charCodeAt(0))) lineWordOf[id] = key.length >= 4 && (key.length > 5 || !STOP_WORDS.has(key)) ? 2 : 1;
    }
  }
}

function isSortedByStart(spans: readonly ActorSpan[]): boolean {
  for (let i = 1; i < spans.length; i++) if (spans[i].start < spans[i - 1].start) return false;
  return true;
}

/** Per token: the index of the catalogue mention (sorted, not overlapping) it is part of, or -1; its class becomes K. */
function markTaken(tokens: Tokens, taken: readonly ActorSpan[], cls: Uint8Array, takenAt: Int32Array): void {
  const n = tokens.length;
  const { start, end } = tokens;
  takenAt.fill(-1);
  for (let t = 0, i = 0; t < taken.length; t++) {
    const sp = taken[t];
    // the first token that ends after the mention starts
    let lo = i;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (end[mid] <= sp.start) lo = mid + 1;
      else hi = mid;
    }
    i = lo;
    while (i < n && start[i] < sp.end) {
      takenAt[i] = t;
      cls[i] = K;
      i++;
    }
  }
}

/** By class | capitals << 3: 1 when a token may start a name (a catalogue mention, a title, a capitalised word or stop word). */
const RUN_START = new Uint8Array(32);
for (let f = 0; f < 4; f++) {
  RUN_START[K | (f << 3)] = 1;
  RUN_START[T | (f << 3)] = 1;
  RUN_START[N | (f << 3)] = 1;
  if (f !== 0) RUN_START[S | (f << 3)] = 1;
}

/** The buffers under NameScan's per-token arrays, kept from one text to the next. */
let scratchBytes = new Uint8Array(0);
let scratchInts = new Int32Array(0);

class NameScan {
  private readonly n: number;
  private readonly ids: Int32Array;
  private readonly facts: WordFacts;
  /** This text's number, unique among the texts that use `facts` (marks per-word facts of this text). */
  private readonly textNumber: number;
  private readonly takenAt: Int32Array;
  private readonly taken: ActorSpan[];
  private readonly initial: Uint8Array;
  private readonly dotJoined: Uint8Array;
  private readonly newline: Uint8Array;
  private readonly headline: Uint8Array;
  private readonly cls: Uint8Array;
  /** Per key id of a capitalised word: what the word lists say about it (B_* bits). */
  private readonly bitsOf: Int32Array;
  /** Per key id: 1 = starts with a capital, 3 = all in capitals (two letters or more). */
  private readonly capsOf: Uint8Array;
  /** Per key id of a word not capitalised: 1 a word that counts in a headline (not a digit), 2 also a longer word (not a short function word). */
  private readonly lineWordOf: Uint8Array;
  /** Per key id: 0 not looked up, 1 the first word of a name of several words in the lexicons, 2 not. */
  private readonly lexiconFirst: Uint8Array;
  /** Per key id: W_* bits of the word (0: not worked out yet). */
  private readonly wordShapeOf: Uint8Array;
  /** Per key id: 0 not looked up, 1 an initial or a title abbreviation (a full stop after it ends no sentence), 2 not. */
  private readonly abbrevOf: Uint8Array;
  /** Per key id: the class of the word by itself. */
  private readonly clsOf: Uint8Array;
  /** Per key id: the slug of a name of this one word (kept with the word). */
  private readonly wordSlugs: (string | undefined)[];
  /** Per key id: 0 not looked at, 1 may be a part of a person's name, 2 may not. */
  private readonly partOk: Uint8Array;
  /** Per key id: X_* bits (0: not looked up yet). */
  private readonly contextOf: Uint8Array;
  /** Key ids are below nk; names of more than one word get ids from nk on. */
  private readonly nk: number;
  /** The tokens that may start a name (catalogue mentions, titles, capitalised words), in order. */
  private readonly runStarts: Int32Array;
  private readonly runStartCount: number;
  /** The candidates of this text: the first `count` of the pool. */
  private readonly candidates: Candidate[] = candidatePool;
  private count = 0;

  constructor(
    private readonly text: string,
    private readonly tokens: Tokens,
    taken: ActorSpan[],
  ) {
    const n = tokens.length;
    this.n = n;
    this.ids = tokens.id;
    this.taken = isSortedByStart(taken) ? taken : [...taken].sort((a, b) => a.start - b.start);
    // what each distinct word is, worked out once per word (and kept for the texts that follow)
    this.nk = tokens.keyCount;
    const facts = factsFor(tokens);
    this.facts = facts;
    this.textNumber = ++facts.text;
    this.capsOf = facts.capsOf;
    this.bitsOf = facts.bitsOf;
    this.clsOf = facts.clsOf;
    this.lineWordOf = facts.lineWordOf;
    this.lexiconFirst = facts.lexiconFirst;
    this.wordShapeOf = facts.wordShapeOf;
    this.abbrevOf = facts.abbrevOf;
    this.partOk = facts.partOk;
    this.contextOf = facts.contextOf;
    this.wordSlugs = facts.slugs;
    // per-token arrays: views onto buffers kept for the next text (cleared here), not new ones each time
    if (scratchBytes.length < 5 * n) scratchBytes = new Uint8Array(Math.max(5 * n, scratchBytes.length * 2));
    if (scratchInts.length < 2 * n) scratchInts = new Int32Array(Math.max(2 * n, scratchInts.length * 2));
    const bytes = scratchBytes;
    bytes.fill(0, 0, 5 * n);
    this.cls = bytes.subarray(0, n);
    this.initial = bytes.subarray(n, 2 * n);
    this.dotJoined = bytes.subarray(2 * n, 3 * n);
    this.newline = bytes.subarray(3 * n, 4 * n);
    this.headline = bytes.subarray(4 * n, 5 * n);
    this.takenAt = scratchInts.subarray(0, n);
    this.runStarts = scratchInts.subarray(n, 2 * n);
    markTaken(tokens, this.taken, this.cls, this.takenAt);
    this.runStartCount = this.scan();
  }

  /** Ids of the names of more than one word, after the key ids, by the name. */
  private readonly longNames = new Map<string, number>();
  /** Per name of more than one word (id - nk): the name. */
  private readonly longNameOf: string[] = [];
  /** Per name of more than one word (id - nk): what the lexicons say about its lower case (0 not looked up yet, 1 organisation, 2 place, 3 person, 4 none). */
  private readonly longLexicon: number[] = [];
  /**
   * The names of more than one word by their tokens: an open-addressing table of entries (index + 1),
   * each a run of tokens first..last with its spacing, its hash and its name id; a name is made as a
   * string only the first time its words are seen.
   */
  private seqTable = new Int32Array(1024);
  private readonly seqFirst: number[] = [];
  private readonly seqLast: number[] = [];
  private readonly seqHash: number[] = [];
  private readonly seqPlain: boolean[] = [];
  private readonly seqId: number[] = [];
  /** Per name of more than one word (id - nk): its slug, made once. */
  private longSlugs: (string | undefined)[] = [];
  /** Set while cutting the organisation of a title ("Co-founder of Brightwave"). */
  private orgHint = false;
  /** The first "(" at or after parenFrom (the text's length when there is none). */
  private parenFrom = 0;
  private parenAt = -1;
  /** Per name id: 1 when the name is seen in mid-sentence (not at a sentence start, not in a headline). */
  private mid = new Uint8Array(0);
  /** Parts of the names of catalogue mentions of people by word (those of detected names: WordFacts.partOf). */
  private readonly catalogueParts = new Map<string, Part>();
  /** Key ids of title words that this text uses as a surname ("King" after "Martin Luther King"). */
  private surnameTitles: Set<number> | undefined;

  private slug(c: Candidate): string {
    const one = c.nameId < this.nk;
    let s = one ? this.wordSlugs[c.nameId] : this.longSlugs[c.nameId - this.nk];
    if (s === undefined) {
      s = this.plainSlug(c) ?? slugify(this.nameOf(c));
      if (one) this.wordSlugs[c.nameId] = s;
      else this.longSlugs[c.nameId - this.nk] = s;
    }
    return s;
  }

  /** slugify() of a name of ASCII letters and digits in words one space apart, from the words' lower case; else undefined. */
  private plainSlug(c: Candidate): string | undefined {
    const { tokens, ids } = this;
    let length = c.last - c.first;
    for (let k = c.first; k <= c.last; k++) {
      if ((tokens.shape[ids[k]] & SH_ALNUM) === 0) return undefined;
      // one space apart ("People's" is two tokens, an apostrophe between)
      if (k > c.first && this.text.charCodeAt(tokens.end[k - 1]) !== 32) return undefined;
      length += tokens.keys[ids[k]].length;
    }
    if (length !== this.nameOf(c).length) return undefined; // not one space apart
    let s = tokens.lowerOf(ids[c.first]);
    for (let k = c.first + 1; k <= c.last; k++) s += `-${tokens.lowerOf(ids[k])}`;
    return s;
  }

  /** The name of a candidate: its word, or the words of a longer one as pushCandidate wrote them. */
  private nameOf(c: Candidate): string {
    return c.nameId < this.nk ? this.tokens.keys[c.nameId] : this.longNameOf[c.nameId - this.nk];
  }

  private lower(i: number): string {
    return this.tokens.lower(i);
  }

  /** True when the word of token i has the W_* property `bit` (worked out once per word). */
  private shapeOfWord(i: number, bit: number): boolean {
    const id = this.ids[i];
    let w = this.wordShapeOf[id];
    if (w === 0) {
      const key = this.tokens.keys[id];
      const l = this.tokens.lowerOf(id);
      w = W_DONE;
      if (isSuffixedCommonWord(l)) w |= W_SUFFIXED_COMMON;
      if (/[a-z][A-Z]/.test(key) && !/^(?:Mc|Mac|O'|De|Di|Da|La|Le|Van|Von)/.test(key)) w |= W_INNER_CAPITAL;
      if (/.(?:news|net|soft|book|tube|pedia|media|tech|corp|bank|link|works|labs|com)$/.test(l)) w |= W_ORG_ENDING;
      if (/(?:stan|burg|ville|polis|grad|abad|pur)$/.test(l)) w |= W_PLACE_ENDING;
      if (isCommonWord(l)) w |= W_COMMON;
      this.wordShapeOf[id] = w;
    }
    return (w & bit) !== 0;
  }

  /** True when the word of token i is in the context word list `bit` (X_*; looked up once per word). */
  private ctx(i: number, bit: number): boolean {
    const id = this.ids[i];
    let x = this.contextOf[id];
    if (x === 0) {
      const key = this.tokens.keys[id];
      const l = this.tokens.lowerOf(id);
      x = X_DONE;
      if (DETERMINERS.has(key)) x |= X_DETERMINER;
      if (STOP_WORDS.has(key)) x |= X_STOP;
      if (PLACE_PREPOSITIONS.has(key)) x |= X_PLACE_PREP;
      if (AFTER_PERSON.has(key)) x |= X_AFTER_PERSON;
      if (INSTITUTIONS.has(l)) x |= X_INSTITUTION;
      if (PLACE_NOUNS.has(l)) x |= X_PLACE_NOUN;
      if (MOTION_WORDS.has(l)) x |= X_MOTION;
      this.contextOf[id] = x;
    }
    return (x & bit) !== 0;
  }

  /** True when token i (capitalised) is in one of the word lists of `bit`. */
  private is(i: number, bit: number): boolean {
    return (this.bitsOf[this.ids[i]] & bit) !== 0;
  }

  /** The code unit at i of the text, -1 outside it (never read past the ends: that would slow every read). */
  private code(i: number): number {
    return i >= 0 && i < this.text.length ? this.text.charCodeAt(i) : -1;
  }

  private upperAt(i: number): boolean {
    return this.capsOf[this.ids[i]] !== 0;
  }

  /** 1 = token i starts with a capital, 3 = it is all in capitals (two letters or more), 0 = neither. */
  private capsAt(i: number): number {
    return this.capsOf[this.ids[i]];
  }

  private joinedAt(i: number): boolean {
    return this.tokens.joined[i] === 1 || this.dotJoined[i] === 1;
  }

  /**
   * One pass over the tokens: the class of each (catalogue mentions are marked already), sentence
   * starts and title abbreviations or initials joined to the name after them ("Gen. Lee", "John F.
   * Kennedy"), lines that are headlines (all in capitals, or nearly every longer word capitalised),
   * and the tokens that may start a name. Returns how many of those there are.
   */
  private scan(): number {
    const { tokens, n, text, cls, initial, newline, runStarts } = this;
    const { id: ids, gap, end } = tokens;
    const { scanOf, seenIn } = this.facts;
    const textNumber = this.textNumber;
    const textLength = text.length;
    let starts = 0;
    // the current line: from lineStart; its words, capitalised words, words in capitals, words with letters, lower-case words
    let lineStart = 0;
    let words = 0;
    let caps = 0;
    let allCaps = 0;
    let letters = 0;
    let lowerWords = 0;
    let prose = false; // two lower-case words or more: not a headline
    for (let i = 0; i < n; i++) {
      const id = ids[i];
      const g = gap[i];
      if (g !== 0 || i === 0) {
        let boundary = i === 0;
        if ((g & G_LF) !== 0) {
          newline[i] = 1;
          boundary = true;
          if (i > 0) {
            if (!prose && ((letters >= 3 && allCaps === letters) || (words >= 3 && caps >= words - (words >= 8 ? 1 : 0) && i - lineStart <= 25))) this.headline.fill(1, lineStart, i);
            lineStart = i;
            words = caps = allCaps = letters = lowerWords = 0;
            prose = false;
          }
        }
        // sentence ends; an opening quote or bracket starts a new phrase
        if ((g & G_STOP) !== 0) boundary = true;
        if ((g & G_DOT) !== 0 && i > 0) {
          if (this.isAbbreviation(ids[i - 1]) && (g & (G_OTHER | G_LF)) === 0) this.dotJoined[i] = 1;
          else boundary = true;
        }
        if (boundary) initial[i] = 1;
      }
      seenIn[id] = textNumber;
      const info = scanOf[id];
      const f = (info >> 3) & 3;
      let c = cls[i]; // K for a catalogue mention (markTaken), else 0
      if (c !== K) {
        c = info & 7;
        // an HTML entity written out ("&AMP;")
        if ((g & G_AMP) !== 0 && c === N && f !== 0 && end[i] < textLength && text.charCodeAt(end[i]) === 59) c = X;
        cls[i] = c; // stored whatever it is: no branch to mispredict
      }
      if (!prose) {
        if (f === 0) {
          const w = (info >> 5) & 3;
          if (w !== 0) {
            letters++;
            if (w === 2) {
              words++;
              if (++lowerWords >= 2 && allCaps < letters) prose = true;
            }
          }
        } else {
          letters++;
          if (f === 3) allCaps++;
          if (info >= 128 && c !== S) {
            words++;
            caps++;
          }
        }
      }
      // written every time, kept only when the token may start a name (no branch to mispredict)
      runStarts[starts] = i;
      starts += RUN_START[c | (f << 3)];
    }
    if (n > 0 && !prose && ((letters >= 3 && allCaps === letters) || (words >= 3 && caps >= words - (words >= 8 ? 1 : 0) && n - lineStart <= 25))) this.headline.fill(1, lineStart, n);
    return starts;
  }

  /** A word before a full stop that does not end the sentence: an initial, or a title abbreviation ("Gen."). */
  private isAbbreviation(id: number): boolean {
    let a = this.abbrevOf[id];
    if (a === 0) {
      const key = this.tokens.keys[id];
      const abbrev = (key.length === 1 && isUpperCode(key.charCodeAt(0))) || (key.length <= 5 && (this.capsOf[id] !== 0 ? (this.bitsOf[id] & B_TITLEABBR) !== 0 : TITLE_ABBREVIATIONS.has(key)));
      a = abbrev ? 1 : 2;
      this.abbrevOf[id] = a;
    }
    return a === 1;
  }

  run(): ActorSpan[] {
    const { cls, runStarts, runStartCount } = this;
    let i = 0;
    for (let p = 0; p < runStartCount; p++) {
      const s = runStarts[p];
      if (s < i) continue; // inside the run before
      const j = this.extendRun(s);
      // a capitalised function word alone ("The", "But") names nothing
      if (j > s || cls[s] !== S) this.cutRun(s, j);
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
      if (k >= n) return j;
      if (!this.joinedAt(k)) {
        // "Korean People's Army", "Workers' Party": a group's possessive inside a name
        const after = this.groupPossessive(j);
        if (after < 0) return j;
        j = after;
        continue;
      }
      // a name does not run from a headline or another short line (a heading, a caption) into the text under it
      if (this.newline[k] === 1 && (this.headline[j] === 1 || this.headline[k] === 1 || this.shortLineEndsAt(j))) return j;
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
        const l = this.tokens.key(k);
        let m = k + 1;
        if (l === 'and') {
          // only inside "of A and B": "Ministry of Science and Technology", "Bosnia and Herzegovina" is a catalogue name
          if (!ofOpen || this.is(j, B_ORG)) return j;
        } else if (l === 'of' || l === 'for' || l === 'on') {
          // only inside names of organisations and places, or after a title
          if (!this.connectsHere(j)) return j;
          if (this.tokens.key(m) === 'the' && m + 1 < n && this.joinedAt(m + 1)) m++;
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

  /**
   * After a group word that ends a name so far ("People", "Workers"), a possessive and a capitalised
   * word: the token of that word ("People's Army", "Workers' Party", "Children’s Hospital"); else -1.
   */
  private groupPossessive(j: number): number {
    const { n, cls, tokens, text } = this;
    if (cls[j] !== N) return -1;
    const word = this.lower(j);
    if (!POSSESSIVE_GROUPS.has(word)) return -1;
    const apostrophe = this.code(tokens.end[j]);
    if (apostrophe !== 39 && apostrophe !== 0x2019) return -1;
    let k = j + 1;
    if (k < n && tokens.start[k] === tokens.end[j] + 1 && tokens.key(k) === 's') {
      k++; // "People's": the "s" is a token of its own
      if (k < n && tokens.joined[k] !== 1) return -1;
    } else if (tokens.start[k] !== tokens.end[j] + 2 || text.charCodeAt(tokens.end[j] + 1) !== 32 || !word.endsWith('s')) {
      return -1; // "Workers' Party": an apostrophe after the plural's s, then one space
    }
    return k < n && (cls[k] === N || cls[k] === K) && this.upperAt(k) && this.newline[k] === 0 ? k : -1;
  }

  /**
   * True when the line that ends with token j is a heading: every word capitalised, and shorter than lines
   * of wrapped text are (under 40 characters). A line break after it is not a wrap inside a name.
   */
  private shortLineEndsAt(j: number): boolean {
    let t = j;
    while (t > 0 && this.newline[t] === 0) {
      if (!this.upperAt(t)) return false;
      t--;
    }
    return this.upperAt(t) && this.tokens.end[j] - this.tokens.start[t] < 40;
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
    // a capitalised phrase that fills a whole quotation is the title of a work ("Easy Rider", "The Man in the Iron Mask")
    if (this.fillsQuotation(first, last) || this.inQuotedTitle(first, last)) return;
    this.readSurnameTitles(first, last);
    let lastTitle = -1;
    for (let k = first; k <= last; k++) if (cls[k] === T) lastTitle = k;
    if (lastTitle >= 0 && !(this.is(last, B_ORG) && lastTitle !== last)) {
      // a title alone in mid-sentence is a name ("said King"), unless a determiner makes it a noun
      if (first === last && this.initial[first] === 0 && first > 0 && this.tokens.joined[first] === 1 && !this.ctx(first - 1, X_DETERMINER) && this.capsAt(first) !== 3) {
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
      const ofAfterTitle = lastTitle + 1 <= last && cls[lastTitle + 1] === C && this.tokens.key(lastTitle + 1) === 'of';
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

  /**
   * The last token of an organisation named after the place that ends at token `placeEnd`, from the
   * capitalised dictionary words after it up to `last` ("Toronto Star", "Kyiv Independent"), or -1.
   * Not when a word there could be a part of a person's name or is a word of places, titles or
   * organisations (those have their own rules), nor in a headline, where every word is capitalised.
   */
  private namedAfterPlace(placeEnd: number, last: number): number {
    if (last <= placeEnd || last > placeEnd + 2 || this.headline[placeEnd] === 1) return -1;
    for (let k = placeEnd + 1; k <= last; k++) {
      if (this.cls[k] !== N || this.capsAt(k) === 3 || this.initial[k] === 1) return -1;
      if (this.is(k, B_GIVEN | B_SURNAME | B_PLACE | B_ORGHEAD | B_TITLE | B_LEXPEOPLE | B_LEXPLACE)) return -1;
      // a dictionary word ("Star", "Independent"); other words may be a person's name ("the United States Hamdullah Mohib")
      if (!this.is(k, B_COMMON) && !this.shapeOfWord(k, W_COMMON)) return -1;
    }
    return last;
  }

  /**
   * "Martin Luther King", "Douglas Cardinal": a title word right after a given name, with no name after
   * it, is a surname. Such words become names here and in the rest of the text ("King was ...").
   */
  private readSurnameTitles(first: number, last: number): void {
    const { cls, ids } = this;
    for (let k = first; k <= last; k++) {
      if (cls[k] !== T) continue;
      if (this.surnameTitles?.has(ids[k])) {
        cls[k] = N;
        continue;
      }
      if (k > first && cls[k - 1] === N && this.is(k - 1, B_GIVEN) && !this.is(k - 1, B_TITLE) && (k === last || cls[k + 1] !== N || this.isNameSuffix(k + 1))) {
        (this.surnameTitles ??= new Set<number>()).add(ids[k]);
        cls[k] = N;
      }
    }
  }

  /** "Jr.", "Sr." after a name. */
  private isNameSuffix(k: number): boolean {
    const l = this.lower(k);
    return l === 'jr' || l === 'sr';
  }

  /**
   * True when tokens first..last stand in a quotation of two words or more that starts with a capital and
   * whose words are all capitalised or small words of titles ("The Man in the Iron Mask", "The Gifts of
   * the Jews"): the title of a work, not a quoted sentence.
   */
  private inQuotedTitle(first: number, last: number): boolean {
    const { tokens, n } = this;
    let a = first;
    for (let steps = 0; ; steps++) {
      const before = this.code(tokens.start[a] - 1);
      if (before === 34 || before === 0x201c || before === 0x2018) break;
      if (a === 0 || steps >= 12 || tokens.joined[a] !== 1) return false;
      a--;
      if (!this.titleWord(a)) return false;
    }
    let b = last;
    for (let steps = 0; ; steps++) {
      let e = tokens.end[b];
      const c = this.code(e);
      if (c === 44 || c === 46 || c === 63 || c === 33) e++;
      const after = this.code(e);
      if (after === 34 || after === 0x201d || after === 0x2019) break;
      if (b + 1 >= n || steps >= 12 || tokens.joined[b + 1] !== 1) return false;
      b++;
      if (!this.titleWord(b)) return false;
    }
    if (b === a || !this.upperAt(a)) return false;
    for (let k = first; k <= last; k++) if (!this.titleWord(k)) return false;
    return true;
  }

  private titleWord(k: number): boolean {
    return this.upperAt(k) || TITLE_SMALL_WORDS.has(this.tokens.key(k));
  }

  private fillsQuotation(first: number, last: number): boolean {
    const { tokens } = this;
    const before = this.code(tokens.start[first] - 1);
    if (before !== 34 && before !== 0x201c && before !== 0x2018) return false;
    let e = tokens.end[last];
    const c = this.code(e);
    if (c === 44 || c === 46 || c === 63 || c === 33) e++;
    const after = this.code(e);
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
      const whole = mention.start >= this.tokens.start[a] && mention.end <= this.tokens.end[b];
      if (whole) {
        // organisation word + of + mention: "University of Texas", "Bank of England"
        if (k - 2 >= segStart && cls[k - 1] === C && this.tokens.key(k - 1) !== 'and' && cls[k - 2] === N && this.is(k - 2, B_ORGHEAD)) {
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
            if (this.taken[t2].end <= this.tokens.end[b]) orgEnd = e2;
          }
          // "Toronto Star", "Saudi Gazette": a place and capitalised words that name no one by themselves
          if (orgEnd < 0 && !titled && mention.via !== 'demonym' && !(k === kEnd && this.is(k, B_GIVENLIST))) orgEnd = this.namedAfterPlace(kEnd, e - 1);
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
    if (a < b && isRomanNumeral(tokens.key(b)) && this.is(b - 1, B_EVENT) && !covers) return;
    if (a === b) {
      const key = tokens.key(a);
      // "the Church", "The Senate", "to Congress": in mid-sentence a capitalised institution word names one
      // institution, unless another determiner makes it a noun ("a Senate of its own")
      const institution = this.ctx(a, X_INSTITUTION) && this.initial[a] === 0 && (tokens.joined[a] === 0 || this.lower(a - 1) === 'the' || !this.ctx(a - 1, X_DETERMINER));
      if (this.is(a, B_NOT) || key.length === 1 || (this.shapeOfWord(a, W_SUFFIXED_COMMON) && !institution) || isRomanNumeral(key) || isPluralAcronym(key)) return;
      // a bare organisation or place word ("Co.", "Police", "Valley") names nothing by itself
      if (this.is(a, B_ORG | B_PLACE) && !loneTitle && this.capsAt(a) !== 3 && !institution) return;
      if (this.isAdjectiveUse(a)) return;
      // "the Man", "the Valley": a dictionary word after a determiner is a title or a noun; not a verb ("the Met")
      if (a > 0 && (tokens.joined[a] === 1) && this.ctx(a - 1, X_DETERMINER) && this.is(a, B_COMMON) && !loneTitle && !institution && !isPastVerb(this.lower(a))) return;
    } else if (this.is(a, B_THING) && !this.is(b, B_ORG) && !this.is(a, B_GIVEN)) {
      return; // "Internet Explorer", "Holocaust Memorial Day": a name of a thing, not of an actor
    } else if (this.is(a, B_NOT) && !this.is(b, B_ORG | B_PLACE)) {
      a++;
    }
    const initial = this.initial[a] === 1 && !titled && !covers;
    // a common word that starts a sentence is not part of the name after it ("Residents Jane Doe"),
    // unless an organisation word ends the name ("Civil Defense Authority"); nor is a word that is no
    // name before a given name and more ("Nonpartisan Paul Tse")
    const beforeGiven = a + 1 < b && cls[a + 1] === N && this.is(a + 1, B_GIVEN) && !this.is(a, B_GIVEN | B_SURNAME | B_LEXPEOPLE | B_LEXPLACE | B_LEXORG);
    if (initial && a < b && cls[a] === N && ((this.is(a, B_COMMON) && !this.is(a, B_GIVEN) && !this.is(b, B_ORG)) || beforeGiven)) {
      this.emit(a + 1, b, titled, covers, false);
      return;
    }
    this.pushCandidate(a, b, titled || loneTitle, covers, initial, false);
  }

  private pushCandidate(a: number, b: number, titled: boolean, covers: boolean, initial: boolean, needsSupport: boolean): void {
    const { tokens } = this;
    if (a === b) {
      const key = tokens.key(a);
      // model numbers and codes ("IE6", "STS-135") and compound adjectives ("Scientology-related")
      const shape = tokens.shape[this.ids[a]];
      if (((shape & SH_HAS_DIGIT) !== 0 && hasLetterAndDigit(key)) || ((shape & SH_JOINER) !== 0 && hasAdjectiveTail(key))) return;
    }
    const nameId = a < b ? this.longNameId(a, b) : this.ids[a];
    const pool = this.candidates;
    let c = pool[this.count];
    if (c === undefined) {
      c = new Candidate();
      pool.push(c);
    }
    this.count++;
    c.first = a;
    c.last = b;
    c.nameId = nameId;
    c.kind = undefined;
    c.guess = 'person';
    c.titled = titled;
    c.initial = initial || needsSupport;
    c.headline = this.headline[a] === 1;
    c.covers = covers;
    c.needsSupport = needsSupport;
    this.decideKind(c);
    if (this.orgHint && c.kind === undefined) c.guess = 'organisation';
  }

  /** True when one space stands between each two words of first..last (the name is then the text itself). */
  private plainRun(a: number, b: number): boolean {
    const { start, end } = this.tokens;
    for (let k = a + 1; k <= b; k++) if (start[k] - end[k - 1] !== 1 || this.text.charCodeAt(end[k - 1]) !== 32) return false;
    return true;
  }

  /** In a name that is not plainRun: true when ". " rather than " " goes before word k. */
  private dotBefore(k: number): boolean {
    const { cls } = this;
    return !(cls[k] === C || cls[k - 1] === C || this.tokens.joined[k] === 1 || this.dotJoined[k] === 0);
  }

  /** The id of the name of more than one word first..last: the same for the same words with the same spacing, and for the same name. */
  private longNameId(a: number, b: number): number {
    const { ids } = this;
    const plain = this.plainRun(a, b);
    let h = b - a;
    for (let k = a; k <= b; k++) {
      h = Math.imul(h ^ ids[k], 0x9e3779b1);
      h ^= h >>> 15;
      if (k > a && !plain && this.dotBefore(k)) h = Math.imul(h ^ 0x5bd1e995, 0x85ebca6b);
    }
    let table = this.seqTable;
    let mask = table.length - 1;
    let slot = h & mask;
    for (let e = table[slot]; e !== 0; e = table[slot]) {
      if (this.seqHash[e - 1] === h && this.sameWords(e - 1, a, b, plain)) return this.seqId[e - 1];
      slot = (slot + 1) & mask;
    }
    // words not seen before: the name as a string, and its id by the name
    const name = this.longName(a, b, plain);
    let id = this.longNames.get(name);
    if (id === undefined) {
      id = this.nk + this.longNames.size;
      this.longNames.set(name, id);
      this.longNameOf.push(name);
      this.longLexicon.push(0);
    }
    const entries = this.seqId.length;
    this.seqFirst.push(a);
    this.seqLast.push(b);
    this.seqHash.push(h);
    this.seqPlain.push(plain);
    this.seqId.push(id);
    if ((entries + 1) * 2 > table.length) {
      // grown: every entry again
      table = new Int32Array(table.length * 2);
      mask = table.length - 1;
      for (let e = 0; e <= entries; e++) {
        let sl = this.seqHash[e] & mask;
        while (table[sl] !== 0) sl = (sl + 1) & mask;
        table[sl] = e + 1;
      }
      this.seqTable = table;
    } else {
      table[slot] = entries + 1;
    }
    return id;
  }

  /** True when entry e of the table has the words of a..b with the same spacing. */
  private sameWords(e: number, a: number, b: number, plain: boolean): boolean {
    const f = this.seqFirst[e];
    if (this.seqLast[e] - f !== b - a) return false;
    const { ids } = this;
    const ePlain = this.seqPlain[e];
    for (let j = 0; j <= b - a; j++) {
      if (ids[f + j] !== ids[a + j]) return false;
      if (j > 0 && (!ePlain && this.dotBefore(f + j)) !== (!plain && this.dotBefore(a + j))) return false;
    }
    return true;
  }

  /** The name of the words a..b: the text itself when one space stands between them; else the words joined by spaces. */
  private longName(a: number, b: number, plain: boolean): string {
    const { tokens } = this;
    if (plain) {
      let name = this.text.slice(tokens.start[a], tokens.end[b]);
      let joiner = false;
      for (let k = a; k <= b; k++) if ((tokens.shape[this.ids[k]] & SH_JOINER) !== 0) joiner = true;
      // curly apostrophes and hyphen variants can only stand inside words that have one
      if (joiner && (name.includes('\u2019') || name.includes('\u2010') || name.includes('\u2011'))) name = name.replace(/\u2019/g, "'").replace(/[\u2010\u2011]/g, '-');
      return name;
    }
    let name = tokens.key(a);
    for (let k = a + 1; k <= b; k++) {
      const after = this.code(tokens.end[k - 1]);
      if (after === 39 || after === 0x2019) {
        // a possessive inside the name: "People's Army", "Workers' Party"
        name += tokens.start[k] === tokens.end[k - 1] + 1 ? `'${tokens.key(k)}` : `' ${tokens.key(k)}`;
        continue;
      }
      name += (this.dotBefore(k) ? '. ' : ' ') + tokens.key(k);
    }
    return name;
  }

  private hasVehicleWord(a: number, b: number): boolean {
    for (let k = a; k <= b; k++) if (this.cls[k] === N && this.is(k, B_VEHICLE)) return true;
    return false;
  }

  /** "Siberian hats", "Jewish leaders": a capitalised adjective before a lower-case noun. */
  private isAdjectiveUse(a: number): boolean {
    const id = this.ids[a];
    let adjective = this.facts.adjectiveOf[id];
    if (adjective === 0) {
      const l = this.tokens.lowerOf(id);
      adjective = l.length >= 5 && hasAdjectiveEnding(l) ? 1 : 2;
      this.facts.adjectiveOf[id] = adjective;
    }
    if (adjective === 2 || this.capsAt(a) === 3) return false;
    if (a + 1 >= this.n) return false;
    if (this.tokens.joined[a + 1] !== 1) return false;
    const next = this.tokens.key(a + 1);
    // "Milosevic ordered", "Gandhi spoke": a verb after the word makes it a name
    return isLowerCode(next.charCodeAt(0)) && !this.ctx(a + 1, X_STOP) && next !== 'and' && next !== 'or' && !isPastVerb(next);
  }

  private decideKind(c: Candidate): void {
    const a = c.first;
    const b = c.last;
    const single = a === b;
    let hasOf = false;
    // "Andy Warhol Foundation for the Visual Arts": an organisation word before "of" or "for"
    let orgBeforeOf = false;
    for (let k = a; k <= b; k++) {
      if (this.cls[k] !== C) continue;
      const key = this.tokens.key(k);
      if (key === 'of') hasOf = true;
      if ((key === 'of' || key === 'for') && k > a && this.cls[k - 1] === N && this.is(k - 1, B_ORG) && !this.is(k - 1, B_PLACE)) orgBeforeOf = true;
    }
    if ((this.is(b, B_ORG) && !(single && c.titled)) || (hasOf && this.is(a, B_ORGHEAD) && !this.is(a, B_PLACE)) || (orgBeforeOf && !c.titled)) {
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
    // a name of several words is looked up in the lexicons only when its first word starts one of theirs
    const lexicon = single ? 0 : this.startsLexiconName(c) ? this.lexiconKind(c.nameId) : (emptyLexiconKind ||= lexiconKindOf(''));
    if (single ? this.is(a, B_LEXORG) : lexicon === 1) {
      c.kind = 'organisation';
      return;
    }
    if (single ? this.is(a, B_LEXPLACE) : lexicon === 2) {
      c.kind = 'place';
      return;
    }
    if (single ? this.is(a, B_LEXPEOPLE) : lexicon === 3) {
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
        if (this.capsAt(k) === 3) acronym ||= this.cls[k] === N && this.tokens.key(k).length >= 2 && !isRomanNumeral(this.tokens.key(k));
        else if (this.cls[k] !== C) mixed = true;
      }
      if (acronym && mixed) {
        c.kind = 'organisation';
        return;
      }
    }
    // "Merrill Lynch & Co.", "Procter & Gamble"
    if (this.ampersandAfter(b) || (a > 0 && this.capsAt(a - 1) !== 0 && this.ampersandAfter(a - 1) && this.tokens.start[a] - this.tokens.end[a - 1] <= 3)) {
      c.kind = 'organisation';
      return;
    }
    // "Goto.com"
    if (this.code(this.tokens.end[b]) === 46 && b + 1 < this.n && this.tokens.start[b + 1] === this.tokens.end[b] + 1 && DOMAINS.has(this.tokens.key(b + 1))) {
      c.kind = 'organisation';
      return;
    }
    const key = this.tokens.key(a);
    if (single && key.length <= 6 && this.capsAt(a) === 3 && this.headline[a] === 0) {
      // an acronym; a word in capitals that heads a dateline is a place ("OSLO, Norway (AP)")
      c.initial = false;
      c.kind = this.initial[a] === 1 && this.datelineAfter(b) ? 'place' : 'organisation';
      return;
    }
    if (!single && this.is(a, B_PLACEFIRST)) c.guess = 'place';
    if (single) {
      if (this.shapeOfWord(a, W_INNER_CAPITAL)) c.guess = 'organisation'; // "YouTube"
      else if (this.shapeOfWord(a, W_ORG_ENDING) && !this.is(a, B_GIVEN | B_SURNAME)) c.guess = 'organisation'; // "Wikinews"
      else if (this.is(a, B_GIVEN | B_SURNAME)) c.kind = 'person';
      else if (this.shapeOfWord(b, W_PLACE_ENDING)) c.guess = 'place';
    }
    if (c.kind !== undefined) return;
    // what stands before: "in Herat", "the Taliban", "town of Afula", "travel to Cherating", "analyst at Omnicom"
    const hasPrev = a > 0 && this.tokens.joined[a] === 1;
    const prev = hasPrev ? this.tokens.key(a - 1) : '';
    const hasPrev2 = a > 1 && this.tokens.joined[a - 1] === 1;
    if (prev === 'of' && hasPrev2 && this.ctx(a - 2, X_PLACE_NOUN)) {
      c.kind = 'place';
      return;
    }
    if ((hasPrev && this.ctx(a - 1, X_PLACE_PREP)) || (prev === 'to' && hasPrev2 && this.ctx(a - 2, X_MOTION))) {
      if (!this.is(a, B_GIVEN)) c.guess = 'place';
    } else if ((prev === 'the' || prev === 'The') && single && c.guess === 'person') {
      c.guess = 'organisation';
    } else if ((prev === 'at' || prev === 'for') && c.guess === 'person' && !this.is(a, B_GIVEN | B_SURNAME)) {
      c.guess = 'organisation';
    } else if (c.guess === 'person' && !this.is(a, B_GIVEN) && this.afterNameOf(a)) {
      c.guess = 'organisation'; // "Joshua Wong of Demosisto", "Gary Fan of the Neo Democrats"
    }
    // what follows: "Irving, Texas" is a place; "Smith, who" and "Smith said" a person
    if (this.placeAfterComma(b) || this.datelineAfter(b)) {
      c.guess = 'place';
      if (this.initial[a] === 1) c.initial = false;
    } else if (b + 1 < this.n && this.ctx(b + 1, X_AFTER_PERSON) && c.guess !== 'place') {
      c.guess = 'person';
    }
  }

  /** True when "of" or "of the" stands between token a and a capitalised word before it ("Wong of Demosisto"). */
  private afterNameOf(a: number): boolean {
    const { tokens } = this;
    let k = a - 1;
    if (k >= 0 && tokens.joined[k + 1] === 1 && tokens.key(k) === 'the') k--;
    if (k < 1 || tokens.joined[k + 1] !== 1 || tokens.key(k) !== 'of' || tokens.joined[k] !== 1) return false;
    return this.cls[k - 1] === N && this.capsAt(k - 1) !== 0 && !this.is(k - 1, B_TITLE | B_ORGHEAD | B_PLACE);
  }

  /** What the lexicons say about the lower case of the name of more than one word `nameId`, looked up once a text. */
  private lexiconKind(nameId: number): number {
    let k = this.longLexicon[nameId - this.nk];
    if (k === 0) {
      k = lexiconKindOf(this.longNameOf[nameId - this.nk].toLowerCase());
      this.longLexicon[nameId - this.nk] = k;
    }
    return k;
  }

  /** True when the first word of the (longer) name c is the first word of a name of several words in the lexicons. */
  private startsLexiconName(c: Candidate): boolean {
    const id = this.ids[c.first];
    const key = this.tokens.keys[id];
    if (this.nameOf(c).charCodeAt(key.length) !== 32) return lexiconFirstWords().has(`${this.tokens.lowerOf(id)}.`);
    let f = this.lexiconFirst[id];
    if (f === 0) {
      f = lexiconFirstWords().has(this.tokens.lowerOf(id)) ? 1 : 2;
      this.lexiconFirst[id] = f;
    }
    return f === 1;
  }

  /** "Ark." in "Little Rock, Ark.": a state abbreviation after a comma, with its full stop. */
  private isStateAbbreviation(k: number): boolean {
    const { text, tokens } = this;
    // a comma right before (the cheapest test first)
    if (k === 0 || this.code(tokens.end[k - 1]) !== 44) return false;
    const key = tokens.key(k);
    const tEnd = tokens.end[k];
    if (tEnd >= text.length || key.length > 5 || !isUpperCode(key.charCodeAt(0))) return false;
    const dotted = key.endsWith('.');
    if (!dotted && this.code(tEnd) !== 46) return false;
    if (this.code(tokens.end[k - 1]) !== 44 || tokens.start[k] - tokens.end[k - 1] > 3) return false;
    return STATE_ABBREVIATIONS.has(dotted ? this.lower(k).slice(0, -1) : this.lower(k));
  }

  private placeAfterComma(b: number): boolean {
    const k = b + 1;
    // "Irving, Texas", "Little Rock, Ark.": a comma right after the name
    if (k >= this.n || this.code(this.tokens.end[b]) !== 44) return false;
    if (this.isStateAbbreviation(k)) return true;
    if (this.takenAt[k] < 0) return false;
    const { text, tokens } = this;
    const from = tokens.end[b];
    const to = tokens.start[k];
    if (to - from > 3 || this.code(from) !== 44) return false;
    const m = this.taken[this.takenAt[k]];
    if (m.kind !== 'place' || m.via === 'demonym' || m.start !== to) return false;
    const after = m.end < text.length ? text.charCodeAt(m.end) : 46;
    return after === 44 || after === 46 || after === 41 || after === 59 || after === 10 || after === 32;
  }

  /** "Merrill Lynch & Co.": an ampersand, then a capital. */
  private ampersandAfter(b: number): boolean {
    let e = this.tokens.end[b];
    if (this.code(e) === 32) e++;
    if (this.code(e) !== 38) return false;
    e++;
    if (this.code(e) === 32) e++;
    const c = this.code(e);
    return c >= 65 && c <= 90;
  }

  /** "NAIROBI, Kenya (AP) _" / "PARIS (AP) -" */
  private datelineAfter(b: number): boolean {
    const end = this.tokens.end[b];
    const c = this.code(end);
    if (c !== 44 && c !== 32) return false;
    // the next "(" of the text, remembered: the names come in text order
    if (end < this.parenFrom || end > this.parenAt) {
      this.parenFrom = end;
      this.parenAt = this.text.indexOf('(', end);
      if (this.parenAt < 0) this.parenAt = this.text.length;
    }
    if (this.parenAt >= end + 30) return false;
    const rest = this.text.slice(end, Math.min(this.text.length, end + 40));
    return /^,?\s*(?:[A-Z][\p{L}.]*\s*){0,3}\((?:AP|Reuters|AFP|UPI|dpa|Yonhap|Xinhua)\)/u.test(rest);
  }


  /** Decides every candidate with what the whole text says: names seen mid-sentence, parts of person names. */
  private decide(): ActorSpan[] {
    const { candidates, tokens, text, ids } = this;
    const nk = this.nk;
    const names = nk + this.longNames.size;
    // per name id, kinds as KIND_CODES (-1: none)
    const known = new Int8Array(names).fill(-1);
    const strongKinds = new Int8Array(names).fill(-1);
    // per key id: the kind of a longer name (not a person's) that starts with the word
    const firstWords = new Int8Array(nk).fill(-1);
    this.mid = new Uint8Array(names);
    this.longSlugs = new Array<string | undefined>(this.longNames.size).fill(undefined);
    for (const sp of this.taken) {
      if (sp.kind !== 'person' || !sp.entity) continue;
      const ks = sp.text.split(/\s+/);
      if (ks.length >= 2) {
        addPart(this.catalogueParts, ks[ks.length - 1], sp.entity, 'person', true);
        addPart(this.catalogueParts, ks[0], sp.entity, 'person', true);
      }
    }
    this.shareKindsInLists();
    const count = this.count;
    for (let ci = 0; ci < count; ci++) {
      const c = candidates[ci];
      if (c.needsSupport) continue;
      if (c.kind !== undefined && strongKinds[c.nameId] < 0) strongKinds[c.nameId] = kindCode(c.kind);
      if (!c.initial && !c.headline) this.mid[c.nameId] = 1;
    }
    for (let ci = 0; ci < count; ci++) {
      const c = candidates[ci];
      const kind = c.kind ?? c.guess;
      const reliable = (!c.initial && !c.headline) || c.titled || c.kind !== undefined;
      if (c.first < c.last) {
        if (!reliable && !this.is(c.first, B_GIVEN)) continue;
        if (known[c.nameId] < 0) known[c.nameId] = kindCode(kind);
        if (kind === 'person') {
          const id = this.slug(c);
          this.addPart(ids[c.last], id, kind);
          this.addPart(ids[c.first], id, kind);
        } else if (firstWords[ids[c.first]] < 0) {
          firstWords[ids[c.first]] = kindCode(kind);
        }
      } else if (reliable) {
        const prev = known[c.nameId];
        if (prev < 0 || (c.kind !== undefined && prev !== kindCode(c.kind))) known[c.nameId] = kindCode(kind);
      }
    }
    const out: ActorSpan[] = [];
    for (let ci = 0; ci < count; ci++) {
      const c = candidates[ci];
      const single = c.first === c.last;
      let kind: ActorKind = c.kind ?? c.guess;
      let id = '';
      let via: ActorSpan['via'] = 'detected';
      let unknown = true;
      const part = single ? this.part(c.nameId) : undefined;
      if (part && (c.kind === undefined || c.kind === 'person') && part.id !== this.slug(c)) {
        kind = part.kind;
        id = part.id;
        via = 'reference';
        unknown = !part.catalogue;
      } else {
        const seenCode = known[c.nameId];
        const seen = seenCode < 0 ? undefined : KIND_CODES[seenCode];
        const unsure = c.initial || c.headline;
        if (unsure && !c.titled && !this.acceptUnsure(c, seen)) {
          // "Solberg Wins Vote": in a headline, a known name may still stand among other capitalised words
          if (c.headline && c.first < c.last) this.headlineReferences(c, out);
          continue;
        }
        // "#IStandWithAhmed", "@POTUS": a hashtag or an account handle, not a name in running text
        const before = tokens.start[c.first] > 0 ? text.charCodeAt(tokens.start[c.first] - 1) : 0;
        if (before === 35 || before === 64) continue;
        // "Iodine deficiency can …" where the article also writes "iodine": a common noun that starts a sentence
        if (single && unsure && c.kind === undefined && !c.titled && seen === undefined && this.writtenLowerCase(c.first)) continue;
        // "Anime", "Election Results": a heading on a line of its own, with nothing that makes it a name
        if (c.kind === undefined && !c.titled && this.isHeading(c, seen !== undefined)) continue;
        if (c.kind === undefined) {
          // "Omnicom" after "Omnicom Group": the first word of an organisation's name; else what another mention proved
          const head = single ? firstWords[c.nameId] : -1;
          const strong = strongKinds[c.nameId];
          if (head >= 0) kind = KIND_CODES[head];
          else if (strong >= 0) kind = KIND_CODES[strong];
          else if (seen !== undefined) kind = seen;
        }
      }
      const start = tokens.start[c.first];
      const end = tokens.end[c.last];
      if (id === '') id = this.slug(c);
      const written = single ? tokens.written(c.first) : text.slice(start, end);
      out.push(
        unknown
          ? { start, end, text: written, label: 'actor', kind, entity: id, unknown, via, origin: 'automatic' }
          : { start, end, text: written, label: 'actor', kind, entity: id, via, origin: 'automatic' },
      );
    }
    return out;
  }

  /**
   * True when a candidate stands on a short line of capitalised words (a heading or a caption) and is no
   * name: one word that no list of names knows and the text does not use elsewhere (`seen`), or a line
   * with a dictionary word ("Election Results").
   */
  private isHeading(c: Candidate, seen: boolean): boolean {
    const { newline, n } = this;
    // the line: at most six words, all capitalised
    let from = c.first;
    while (from > 0 && newline[from] === 0 && c.first - from < 6) from--;
    let to = c.last;
    while (to + 1 < n && newline[to + 1] === 0 && to - c.last < 6) to++;
    if ((from > 0 && newline[from] === 0) || (to + 1 < n && newline[to + 1] === 0) || to - from > 5) return false;
    for (let k = from; k <= to; k++) if (!this.upperAt(k)) return false;
    if (from === to) return !seen && !this.is(from, B_GIVEN | B_SURNAME | B_LEXPEOPLE | B_LEXPLACE | B_LEXORG) && this.capsAt(from) !== 3;
    for (let k = from; k <= to; k++) if (this.cls[k] === N && (this.is(k, B_COMMON) || this.shapeOfWord(k, W_COMMON))) return true;
    return false;
  }

  /** Makes word `keyId` a part of the person name `id` (the first person to use a word keeps it). */
  private addPart(keyId: number, id: string, kind: ActorKind): void {
    let ok = this.partOk[keyId];
    if (ok === 0) {
      const key = this.tokens.keys[keyId];
      const l = this.tokens.lowerOf(keyId);
      ok = key.length < 2 || STOP_WORDS.has(l) || NAME_PARTICLES.has(l) || TITLES.has(l) ? 2 : 1;
      this.partOk[keyId] = ok;
    }
    if (ok === 2 && !this.surnameTitles?.has(keyId)) return;
    // parts of this text's names are kept per word, marked with the text's number (nothing to clear)
    const { facts } = this;
    const own = facts.partIn[keyId] === this.textNumber ? facts.partOf[keyId] : undefined;
    const prev = own?.id ?? (this.catalogueParts.size > 0 ? this.catalogueParts.get(this.tokens.keys[keyId])?.id : undefined);
    if (prev !== undefined && prev !== id) return; // two people share the word: it stays with the first
    facts.partOf[keyId] = { id, kind, catalogue: false };
    facts.partIn[keyId] = this.textNumber;
  }

  /** The person name that word `keyId` is a part of (once every addPart is done: the answer is then kept per word). */
  private part(keyId: number): Part | undefined {
    const { facts } = this;
    if (facts.partIn[keyId] === this.textNumber) return facts.partOf[keyId];
    const part = this.catalogueParts.size > 0 ? this.catalogueParts.get(this.tokens.keys[keyId]) : undefined;
    facts.partOf[keyId] = part;
    facts.partIn[keyId] = this.textNumber;
    return part;
  }

  /** True when the text also writes word i in lower case ("Iodine deficiency …" after "… of iodine"): a common noun. */
  private writtenLowerCase(i: number): boolean {
    const { facts } = this;
    const word = this.ids[i];
    let twin = facts.twinOf[word];
    if (twin <= 0 && -twin < this.nk) {
      // not looked up yet, or looked up when the vocabulary had fewer words
      const id = facts.lowerIds.get(this.lower(i));
      twin = id === undefined ? -this.nk : id + 1;
      facts.twinOf[word] = twin;
    }
    return twin > 0 && facts.seenIn[twin - 1] === facts.text;
  }

  private headlineReferences(c: Candidate, out: ActorSpan[]): void {
    for (let k = c.first; k <= c.last; k++) {
      const part = this.part(this.ids[k]);
      if (!part) continue;
      const start = this.tokens.start[k];
      const end = this.tokens.end[k];
      const text = this.text.slice(start, end);
      out.push(part.catalogue ? { start, end, text, label: 'actor', kind: part.kind, entity: part.id, via: 'reference', origin: 'automatic' } : { start, end, text, label: 'actor', kind: part.kind, entity: part.id, unknown: true, via: 'reference', origin: 'automatic' });
    }
  }

  /** "Yahoo, Lycos, Infoseek and Excite": names in one list share the kind one of them proves. */
  private shareKindsInLists(): void {
    const { candidates, text, tokens } = this;
    const m = this.count;
    // link[i]: 0 no list between candidates i-1 and i, 1 a comma, 2 "and" / "or"
    const link = new Uint8Array(m);
    for (let i = 1; i < m; i++) {
      const from = tokens.end[candidates[i - 1].last];
      const to = tokens.start[candidates[i].first];
      if (to - from < 2 || to - from > 6 || text.charCodeAt(to - 1) !== 32) continue;
      // ", " / " and " / ", and " / " or " / ", or "
      let k = from;
      if (text.charCodeAt(k) === 44) k++;
      if (k === to - 1) {
        if (k > from) link[i] = 1;
        continue;
      }
      if (text.charCodeAt(k) !== 32) continue;
      const word = to - 1 - (k + 1);
      if (word === 3 && text.charCodeAt(k + 1) === 97 && text.charCodeAt(k + 2) === 110 && text.charCodeAt(k + 3) === 100) link[i] = 2;
      else if (word === 2 && text.charCodeAt(k + 1) === 111 && text.charCodeAt(k + 2) === 114) link[i] = 2;
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
    if (c.needsSupport) return (seen !== undefined && this.mid[c.nameId] === 1) || this.is(c.first, B_LEXORG | B_LEXPLACE);
    if (seen !== undefined && c.kind === undefined) return true;
    if (c.first < c.last) {
      if (this.is(c.first, B_GIVEN) || c.kind !== undefined) return true;
      if (!c.headline) return true;
      // a headline: every word must be unknown to the dictionary
      for (let k = c.first; k <= c.last; k++) if (this.cls[k] === N && this.is(k, B_COMMON)) return false;
      return true;
    }
    if (c.kind !== undefined && !c.headline) return true;
    if (this.is(c.first, B_COMMON) || this.shapeOfWord(c.first, W_COMMON)) return false;
    const l = this.lower(c.first);
    const h = l.indexOf('-');
    if (h > 0 && LEXICON_COMMON.has(l.slice(0, h))) return false; // "Long-awaited"
    if (seen !== undefined) return true;
    if (this.is(c.first, B_GIVEN | B_SURNAME | B_LEXPLACE | B_LEXORG)) return true;
    if (c.headline) return this.capsAt(c.first) !== 3;
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


/** lexiconKindOf(''), looked up once (0: not yet). */
let emptyLexiconKind = 0;

/** What the lexicons say about a name in lower case: 1 organisation, 2 place, 3 person, 4 none. */
function lexiconKindOf(lname: string): number {
  return LEXICON_ORGS.has(lname) ? 1 : LEXICON_PLACES.has(lname) ? 2 : LEXICON_PEOPLE.has(lname) ? 3 : 4;
}

function isSuffixedCommonWord(l: string): boolean {
  return l.length > 5 && /(?:isms?|phobia|ness|ments?|tions?|ities|ity)$/.test(l);
}

/** "CDs", "MPs", "CEOs": the plural of an acronym names things or people in general, not one actor. */
function isPluralAcronym(key: string): boolean {
  const n = key.length;
  if (n < 3 || n > 6 || key.charCodeAt(n - 1) !== 115) return false;
  for (let k = 0; k < n - 1; k++) {
    const c = key.charCodeAt(k);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/** Past tenses that news puts right after a subject's name, besides the common irregular ones. */
const PAST_AFTER_NAME = new Set(['drew', 'set', 'beat', 'heard', 'read', 'split', 'tore', 'withdrew', 'overtook', 'upheld', 'quit', 'let', 'cut', 'dealt', 'forgave', 'froze', 'hung', 'lay', 'lent', 'lit', 'oversaw', 'rang', 'rode', 'sang', 'sank', 'shook', 'shut', 'slid', 'spun', 'stuck', 'swung', 'undertook', 'woke']);

/** "ordered", "resigned", "spoke": a verb in the past tense (a word of five letters or more ending in -ed, or an irregular one). */
function isPastVerb(word: string): boolean {
  return (word.length >= 5 && word.endsWith('ed')) || IRREGULAR_PAST.has(word) || PAST_AFTER_NAME.has(word);
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
  const c = key.charCodeAt(0);
  if (key.length < 2 || key.length > 4 || (c !== 73 && c !== 86 && c !== 88)) return false;
  return /^(?:II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XX)$/.test(key);
}
