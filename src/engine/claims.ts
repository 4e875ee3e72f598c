/**
 * Claims: who says what.
 *
 * Each claim has three parts, as attribution corpora (PARC, PolNeAR) mark them: the source (who),
 * the cue (a reporting verb or phrase: "said", "has stressed", "called for", "According to") and the
 * content (the reported clause, object or quotation). Sources resolve to actors where one can be known:
 * a name to its actor, a role ("the league's transport chief") to the person who holds it, a pronoun
 * to the actor it refers back to.
 *
 * The finder works sentence by sentence and only looks closely at sentences that hold a cue word,
 * found with one regular expression over the whole text. No step backtracks over more than a sentence.
 */
import { splitSentences } from './sentences';
import { compareSpans } from './types';
import { IRREGULAR_PAST } from './verbs';
import { PositionMap } from './positionMap';
import { ABSENT, AsciiWordTable } from './wordTable';
import { grownInt16, grownInt32, grownUint8, NO_TOKENS, SH_ALNUM, SH_HAS_DIGIT } from './tokens';
import type { Tokens, Vocabulary } from './tokens';
import type { ActorKind, ActorSpan, ClaimSpan, Part, SourceKind } from './types';

// ---------------------------------------------------------------------------------------------
// Cue lexicon

/** How a cue verb takes its content. */
type CueClass =
  /** an object or a clause: "stressed the risks", "said the talks failed" */
  | 'speech'
  /** a clause only ("found that", "believes the plan will fail"); an object alone is no claim */
  | 'clause'
  /** an addressee first: "told reporters that", "warned Seoul that" */
  | 'tell';

type FormKind = 'base' | 's' | 'ed' | 'ing';

interface CueForm {
  lemma: string;
  cls: CueClass;
  form: FormKind;
  quoteOnly: boolean;
  inverts: boolean;
  /** Particle that must follow ("call for", "point out"); undefined when none is needed. */
  particles?: readonly string[];
  /** Particle that may follow and then belongs to the cue ("warned of"). */
  optionalParticles?: readonly string[];
}

interface LemmaSpec {
  base: string;
  cls: CueClass;
  /** Only with a quotation or a colon after it ("continued: ...", "the letter reads: ..."). */
  quoteOnly?: boolean;
  /** Can stand after its content ('"...," he said'); verbs like "condemn" cannot. */
  inverts?: boolean;
  s?: string;
  ed?: string;
  en?: string;
  ing?: string;
  particles?: readonly string[];
  optionalParticles?: readonly string[];
}

function regularForms(base: string): { s: string; ed: string; ing: string } {
  const last = base[base.length - 1];
  const beforeLast = base[base.length - 2] ?? '';
  const vowel = (c: string): boolean => 'aeiou'.includes(c);
  let s: string;
  if (/(s|sh|ch|x|z)$/.test(base)) s = base + 'es';
  else if (last === 'y' && !vowel(beforeLast)) s = base.slice(0, -1) + 'ies';
  else s = base + 's';
  let ed: string;
  if (last === 'e') ed = base + 'd';
  else if (last === 'y' && !vowel(beforeLast)) ed = base.slice(0, -1) + 'ied';
  else ed = base + 'ed';
  let ing: string;
  if (last === 'e' && beforeLast !== 'e') ing = base.slice(0, -1) + 'ing';
  else ing = base + 'ing';
  return { s, ed, ing };
}

/** Verbs that can follow their content: '"...," Holm said', '..., he added'. */
const INVERTING = new Set(
  'say tell add write state claim explain note insist argue warn assert declare announce confirm reply respond answer comment remark observe recall continue conclude tweet email report suggest believe think estimate predict acknowledge admit concede allege reveal ask stress emphasise emphasize maintain contend caution complain recount testify point read'.split(' '),
);

const SPEC: LemmaSpec[] = [
  // say and tell
  { base: 'say', cls: 'speech', s: 'says', ed: 'said', ing: 'saying' },
  { base: 'tell', cls: 'tell', s: 'tells', ed: 'told', ing: 'telling' },
  { base: 'inform', cls: 'tell' },
  { base: 'assure', cls: 'tell' },
  { base: 'remind', cls: 'tell' },
  { base: 'warn', cls: 'tell', optionalParticles: ['of', 'against', 'about'] },
  { base: 'advise', cls: 'tell' },
  // emphasis and statement
  { base: 'stress', cls: 'speech' },
  { base: 'emphasise', cls: 'speech' },
  { base: 'emphasize', cls: 'speech' },
  { base: 'underscore', cls: 'speech' },
  { base: 'underline', cls: 'speech' },
  { base: 'highlight', cls: 'speech' },
  { base: 'note', cls: 'speech' },
  { base: 'express', cls: 'speech' },
  { base: 'voice', cls: 'speech' },
  { base: 'state', cls: 'speech' },
  { base: 'declare', cls: 'speech' },
  { base: 'assert', cls: 'speech' },
  { base: 'affirm', cls: 'speech' },
  { base: 'reaffirm', cls: 'speech' },
  { base: 'reiterate', cls: 'speech' },
  { base: 'confirm', cls: 'clause' },
  { base: 'announce', cls: 'clause' },
  { base: 'proclaim', cls: 'speech' },
  { base: 'claim', cls: 'speech' },
  { base: 'allege', cls: 'speech' },
  { base: 'insist', cls: 'speech' },
  { base: 'maintain', cls: 'clause' },
  { base: 'contend', cls: 'clause' },
  { base: 'argue', cls: 'clause' },
  { base: 'deny', cls: 'clause' },
  { base: 'acknowledge', cls: 'speech' },
  { base: 'admit', cls: 'speech', s: 'admits', ed: 'admitted', ing: 'admitting' },
  { base: 'concede', cls: 'clause' },
  { base: 'signal', cls: 'speech', ed: 'signaled', ing: 'signaling' },
  { base: 'signal', cls: 'speech', ed: 'signalled', ing: 'signalling' },
  { base: 'indicate', cls: 'speech' },
  { base: 'suggest', cls: 'clause' },
  { base: 'add', cls: 'clause' },
  { base: 'explain', cls: 'clause' },
  { base: 'comment', cls: 'clause' },
  { base: 'remark', cls: 'clause' },
  { base: 'mention', cls: 'clause' },
  { base: 'recall', cls: 'clause' },
  { base: 'recount', cls: 'clause' },
  { base: 'reply', cls: 'clause' },
  { base: 'respond', cls: 'clause' },
  { base: 'answer', cls: 'clause' },
  { base: 'retort', cls: 'clause' },
  { base: 'tweet', cls: 'clause' },
  { base: 'email', cls: 'clause' },
  { base: 'write', cls: 'clause', s: 'writes', ed: 'wrote', en: 'written', ing: 'writing' },
  { base: 'report', cls: 'clause' },
  { base: 'reveal', cls: 'clause' },
  { base: 'disclose', cls: 'clause' },
  { base: 'testify', cls: 'clause' },
  { base: 'observe', cls: 'clause' },
  { base: 'point', cls: 'clause', particles: ['out'] },
  { base: 'call', cls: 'speech', particles: ['for', 'on', 'upon'] },
  { base: 'urge', cls: 'speech' },
  { base: 'demand', cls: 'clause' },
  { base: 'ask', cls: 'clause' },
  { base: 'propose', cls: 'clause' },
  { base: 'recommend', cls: 'clause' },
  { base: 'condemn', cls: 'speech' },
  { base: 'denounce', cls: 'speech' },
  { base: 'criticise', cls: 'speech' },
  { base: 'criticize', cls: 'speech' },
  { base: 'accuse', cls: 'speech' },
  { base: 'blame', cls: 'speech' },
  { base: 'praise', cls: 'speech' },
  { base: 'welcome', cls: 'speech' },
  { base: 'reject', cls: 'speech' },
  { base: 'dismiss', cls: 'clause' },
  { base: 'dispute', cls: 'clause' },
  { base: 'question', cls: 'clause' },
  { base: 'complain', cls: 'clause' },
  { base: 'lament', cls: 'clause' },
  { base: 'vow', cls: 'clause' },
  { base: 'pledge', cls: 'clause' },
  { base: 'promise', cls: 'clause' },
  { base: 'threaten', cls: 'clause' },
  { base: 'caution', cls: 'clause' },
  { base: 'predict', cls: 'clause' },
  { base: 'forecast', cls: 'clause', ed: 'forecast' },
  { base: 'estimate', cls: 'clause' },
  { base: 'conclude', cls: 'clause' },
  { base: 'find', cls: 'clause', s: 'finds', ed: 'found', ing: 'finding' },
  { base: 'show', cls: 'clause', s: 'shows', ed: 'showed', en: 'shown', ing: 'showing' },
  { base: 'prove', cls: 'clause' },
  { base: 'learn', cls: 'clause' },
  { base: 'rule', cls: 'clause' },
  { base: 'believe', cls: 'clause' },
  { base: 'think', cls: 'clause', s: 'thinks', ed: 'thought', ing: 'thinking' },
  { base: 'suspect', cls: 'clause' },
  { base: 'fear', cls: 'clause' },
  { base: 'doubt', cls: 'clause' },
  { base: 'reason', cls: 'clause' },
  { base: 'theorise', cls: 'clause' },
  { base: 'theorize', cls: 'clause' },
  { base: 'speculate', cls: 'clause' },
  { base: 'continue', cls: 'clause', quoteOnly: true },
  { base: 'read', cls: 'clause', ed: 'read', quoteOnly: true },
  { base: 'agree', cls: 'clause' },
];

const CUES = new Map<string, CueForm[]>();
function addForm(word: string, f: CueForm): void {
  const list = CUES.get(word);
  if (list) {
    if (!list.some((x) => x.lemma === f.lemma && x.form === f.form)) list.push(f);
  } else CUES.set(word, [f]);
}
for (const sp of SPEC) {
  const r = regularForms(sp.base);
  const common = {
    lemma: sp.base,
    cls: sp.cls,
    quoteOnly: sp.quoteOnly ?? false,
    inverts: sp.inverts ?? INVERTING.has(sp.base),
    particles: sp.particles,
    optionalParticles: sp.optionalParticles,
  };
  addForm(sp.base, { ...common, form: 'base' });
  addForm(sp.s ?? r.s, { ...common, form: 's' });
  addForm(sp.ed ?? r.ed, { ...common, form: 'ed' });
  if (sp.en) addForm(sp.en, { ...common, form: 'ed' });
  addForm(sp.ing ?? r.ing, { ...common, form: 'ing' });
}

interface Trie {
  next: Map<string, Trie>;
  end: boolean;
}

/** A regular expression source for a set of words, factored as a trie (fast first-letter dispatch). */
function triePattern(words: readonly string[]): string {
  const root: Trie = { next: new Map(), end: false };
  for (const w of words) {
    let node = root;
    for (const ch of w) {
      let n = node.next.get(ch);
      if (!n) {
        n = { next: new Map(), end: false };
        node.next.set(ch, n);
      }
      node = n;
    }
    node.end = true;
  }
  const emit = (node: Trie): string => {
    const branches = [...node.next].sort((x, y) => (x[0] < y[0] ? -1 : 1)).map(([ch, n]) => ch.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&') + emit(n));
    if (branches.length === 0) return '';
    const body = branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
    return node.end ? `(?:${body})?` : body;
  };
  return emit(root);
}

/**
 * The cue words (and "according", "statement"): one regular expression finds them in a text (the
 * regular expression engine scans a long text faster than a loop over its characters can), and a
 * table gives the id of each one found, with its forms, without cutting it out as a string.
 */
const CUE_WORDS = new AsciiWordTable([...CUES.keys(), 'according', 'statement']);
const CUE_RE = new RegExp(`\\b${triePattern(CUE_WORDS.words)}\\b`, 'gi');
/** The forms of each cue word, by its id in CUE_WORDS; undefined for "according" and "statement". */
const CUE_WORD_FORMS: ReadonlyArray<CueForm[] | undefined> = CUE_WORDS.words.map((w) => CUES.get(w));
const ACCORDING = CUE_WORDS.find('according', 0, 9);
const STATEMENT = CUE_WORDS.find('statement', 0, 9);
/** CueFacts.flag: no cue word in the key. */
const CF_NONE = 1;
/** CueFacts.flag: the key (ASCII letters and digits only) is a cue word. */
const CF_WHOLE = 2;
/** CueFacts.flag: the key has other characters and a cue word among its runs of ASCII letters. */
const CF_INSIDE = 3;

/**
 * What each key id of a vocabulary holds of cue words, worked out once per distinct word: the scan
 * for cue words then reads one byte per token.
 */
class CueFacts {
  /** Per key id: CF_*. */
  flag: Uint8Array = new Uint8Array(1024);
  /** Per key id with CF_WHOLE: its id in CUE_WORDS. */
  cueId: Int16Array = new Int16Array(1024);
  /** Per key id of ASCII letters and digits only: its id in WORDS (ABSENT when not there); ABSENT for other keys. */
  wordId: Int32Array = new Int32Array(1024);
  /** Key ids below this are looked at. */
  done = 0;
  constructor(readonly vocabulary: Vocabulary) {}
}

let cueFacts: CueFacts | undefined;

/** The cue facts of the keys of `tokens`, brought up to date. */
function cueFactsFor(tokens: Tokens): CueFacts {
  let facts = cueFacts;
  if (facts === undefined || facts.vocabulary !== tokens.vocabulary) {
    facts = new CueFacts(tokens.vocabulary);
    cueFacts = facts;
  }
  const n = tokens.keyCount;
  if (facts.done >= n) return facts;
  if (facts.flag.length < n) {
    const size = Math.max(n, facts.flag.length * 2);
    facts.flag = grownUint8(facts.flag, size);
    facts.cueId = grownInt16(facts.cueId, size);
    facts.wordId = grownInt32(facts.wordId, size);
  }
  const { keys, shape } = tokens;
  const { flag, cueId, wordId } = facts;
  for (let k = facts.done; k < n; k++) {
    const key = keys[k];
    wordId[k] = (shape[k] & SH_ALNUM) !== 0 ? WORDS.find(key, 0, key.length) : ABSENT;
    if ((shape[k] & SH_ALNUM) !== 0) {
      const id = key.length >= CUE_WORDS.minLength && key.length <= CUE_WORDS.maxLength ? CUE_WORDS.find(key, 0, key.length) : ABSENT;
      flag[k] = id >= 0 ? CF_WHOLE : CF_NONE;
      cueId[k] = id >= 0 ? id : 0;
      continue;
    }
    let f = CF_NONE;
    for (let p = 0; p < key.length && f === CF_NONE; ) {
      if (!isAsciiWordCode(key.charCodeAt(p))) {
        p++;
        continue;
      }
      let r = p + 1;
      while (r < key.length && isAsciiWordCode(key.charCodeAt(r))) r++;
      if (CUE_WORDS.find(key, p, r) >= 0) f = CF_INSIDE;
      p = r;
    }
    flag[k] = f;
  }
  facts.done = n;
  return facts;
}

/** The cue words found by cueWordsOf(): start, end and id in CUE_WORDS of each, in text order. */
let FOUND = new Int32Array(3 * 256);

/**
 * The matches of CUE_RE in `text`, found from its tokens (a match is a whole run of \w characters,
 * so it lies in one token): into FOUND; returns three times their number.
 */
function cueWordsOf(text: string, tokens: Tokens, facts: CueFacts): number {
  const flags = facts.flag;
  const cueIds = facts.cueId;
  const { start, end, id } = tokens;
  const n = tokens.length;
  const L = text.length;
  let out = FOUND;
  let count = 0;
  for (let i = 0; i < n; i++) {
    const k = id[i];
    const f = flags[k];
    if (f === CF_NONE) continue;
    const s = start[i];
    const e = end[i];
    if (count + 3 > out.length) {
      const grown = new Int32Array(out.length * 2);
      grown.set(out);
      out = grown;
      FOUND = grown;
    }
    if (f === CF_WHOLE) {
      // a key of ASCII letters and digits only: a whole word for CUE_RE unless a \w character touches it
      if ((s > 0 && isAsciiWordCode(text.charCodeAt(s - 1))) || (e < L && isAsciiWordCode(text.charCodeAt(e)))) continue;
      out[count] = s;
      out[count + 1] = e;
      out[count + 2] = cueIds[k];
      count += 3;
      continue;
    }
    // a key with other characters ("well-said", "said’"): its runs of \w characters, as CUE_RE sees them
    let p = s;
    while (p < e) {
      if (!isAsciiWordCode(text.charCodeAt(p))) {
        p++;
        continue;
      }
      let r = p + 1;
      while (r < L && isAsciiWordCode(text.charCodeAt(r))) r++;
      // (a run that started before this token was looked at there)
      const cid = p === s && p > 0 && isAsciiWordCode(text.charCodeAt(p - 1)) ? ABSENT : CUE_WORDS.find(text, p, r);
      if (cid >= 0) {
        if (count + 3 > out.length) {
          const grown = new Int32Array(out.length * 2);
          grown.set(out);
          out = grown;
          FOUND = grown;
        }
        out[count] = p;
        out[count + 1] = r;
        out[count + 2] = cid;
        count += 3;
      }
      p = r;
    }
  }
  return count;
}

/** 1 for a cue word whose every form needs a particle after it ("call": "call for", "call on"), by id in CUE_WORDS. */
const NEEDS_PARTICLE = Uint8Array.from(CUE_WORD_FORMS, (forms) => (forms && forms.every((f) => f.particles) ? 1 : 0));

// ---------------------------------------------------------------------------------------------
// Word classes

const set = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

const DETERMINERS = set('the a an his her its their our my your this these those such no any each every');
const PREPOSITIONS = set(
  'of in on for with by about from after before without upon at into over under through against despite amid amidst during toward towards via per than between among like onto within across outside inside near behind beside beyond around along',
);
const AUX = set(
  "has have had having will would shall should can could may might must do does did is are was were am be been being 's 've 'd 'll",
);
const BE = set("is are was were am be been being 's");
const HAVE_MODAL = set("has have had will would shall should can could may might must do does did 've 'd 'll");
const ADVERBS = set(
  'long since widely also later previously reportedly repeatedly publicly recently further again then separately once twice earlier still already even never not just only first initially subsequently simply flatly strongly firmly clearly explicitly openly privately personally officially formally quickly immediately mistakenly allegedly falsely correctly rightly wrongly frequently often always sometimes now today yesterday tonight last finally ultimately additionally instead however too',
);
const SUBJECT_PRONOUNS = set('he she it they we i you who which');
const PLURAL_PRONOUNS = set('they we i you');
const CLAUSE_PRONOUNS = set('he she it they we i');
/** Verbs of saying and thinking that take "X is said to ...". */
const RAISING = set('say report believe think estimate claim allege fear suspect rumour rumor understand know expect');
/** Plural nouns without an -s: "people say", "police say". */
const PLURAL_NOUNS = set('people police media staff children men women feds public data military press clergy personnel');
const OBJECT_PRONOUNS = set('me him her us them you it');
const PERSON_PRONOUNS = set('he she');
const STOP = set(
  "that which whom whose when where while whereas because although though if unless since but or nor so as than then after before until whether why how what is are was were am be being been has have had having do does did will would shall should can could may might must not also only just even still already reportedly however meanwhile there here he she it they we i you me him us them 's n't yet thus therefore hence",
);
/** Words for people who speak for something ("the spokesman"): a source with one of these as head is a role. */
const ROLE_NOUNS = set(
  'chief head leader minister president premier chancellor secretary spokesman spokeswoman spokesperson spokespeople ambassador envoy representative commissioner director governor mayor senator congressman congresswoman lawmaker mp chairman chairwoman chair ceo founder co-founder cofounder coach captain commander general admiral king queen prince princess pope professor editor correspondent judge prosecutor attorney lawyer counsel negotiator diplomat adviser advisor aide deputy undersecretary treasurer officer manager executive curator emperor monarch ruler dictator chairperson president-elect minister-designate administrator superintendent sheriff commissioner inspector ombudsman rapporteur delegate consul pm',
);
/** Heads of sources that name no one in particular. */
const VAGUE_NOUNS = set(
  'reports report officials sources source experts analysts observers critics media diplomats insiders witnesses residents people some many others estimates studies surveys polls rumours rumors accounts documents data figures statistics authorities feds someone somebody anyone observers commentators scientists researchers activists campaigners economists investigators',
);
/** Heads of institutions: "Halden's transport ministry" is Halden speaking. */
const INSTITUTION_NOUNS = set(
  'office ministry government agency department council military army navy court police embassy administration parliament cabinet commission authority committee union company firm party presidency palace house secretariat bureau service services forces institute foundation organisation organization board state regime team club group',
);
/** Addressees that "told" can take before its content. */
const ADDRESSEES = set(
  'reporters journalists lawmakers legislators parliament congress the press media audience audiences supporters crowd crowds listeners viewers readers delegates members students officials investigators police court jury senators',
);
const ADJUNCT_STARTERS = set(
  'on in at during after before to with via through from by last this next yesterday today tonight earlier later recently again also repeatedly publicly privately',
);
const TIME_WORDS = set(
  'monday tuesday wednesday thursday friday saturday sunday yesterday today tonight tomorrow week month year morning evening afternoon night weekend earlier',
);
/** Prepositions that may stand inside a source noun phrase ("the director of the agency"). */
const NP_PREPOSITIONS = set('of for at from on in to');
const DEFINITE = set('the this that its his her their our');
const WH = set('what why how when where whether if who which whom');
/** Clause adjuncts that follow a reported object but belong to the reporting sentence. */
const CLAUSE_ADJUNCTS = set('amid amidst during while ahead following');

/** Words in -ly that are no adverbs. */
const NOT_ADVERBS = set('reply supply family rely apply early daily weekly monthly yearly likely only italy july fly ally belly bully holy ugly jelly rally tally');
/** Conjunctions after a comma that start a clause of its own. */
const BOUNDARY_CONJ = set('and but while whereas although though yet so');
/** Objects that "deny" takes as claims: "denied the allegations". */
const CLAIM_NOUNS = set('allegation allegations claim claims report reports accusation accusations charge charges wrongdoing involvement responsibility rumour rumours rumor rumors suggestion suggestions');
/** Words that end an inverted source: '..., said Holm in a statement'. */
const INVERSION_ENDS = set('in on at to during after before while via through from when');
const RELATIVE_MODIFIERS = set('the a an some several many recent new media news unconfirmed local official earlier initial preliminary these those press multiple other');

/**
 * The word classes above as bits, so that a token looks its lower-cased text up once (Tok.f) and then
 * only tests bits: F.STOP for STOP, F.CUE for a cue word (CUES).
 */
const F = {
  PREPOSITIONS: 1 << 0,
  STOP: 1 << 1,
  DETERMINERS: 1 << 2,
  AUX: 1 << 3,
  TIME_WORDS: 1 << 4,
  ADVERBS: 1 << 5,
  ADDRESSEES: 1 << 6,
  WH: 1 << 7,
  ROLE_NOUNS: 1 << 8,
  PLURAL_NOUNS: 1 << 9,
  OBJECT_PRONOUNS: 1 << 10,
  IRREGULAR_PAST: 1 << 11,
  INVERSION_ENDS: 1 << 12,
  ADJUNCT_STARTERS: 1 << 13,
  VAGUE_NOUNS: 1 << 14,
  RELATIVE_MODIFIERS: 1 << 15,
  NP_PREPOSITIONS: 1 << 16,
  NOT_ADVERBS: 1 << 17,
  HAVE_MODAL: 1 << 18,
  CLAUSE_ADJUNCTS: 1 << 19,
  CLAIM_NOUNS: 1 << 20,
  BOUNDARY_CONJ: 1 << 21,
  BE: 1 << 22,
  SUBJECT_PRONOUNS: 1 << 23,
  PLURAL_PRONOUNS: 1 << 24,
  CLAUSE_PRONOUNS: 1 << 25,
  PERSON_PRONOUNS: 1 << 26,
  CUE: 1 << 27,
} as const;
/** Lower-cased word -> the bits of the classes it belongs to. */
const WORD_FLAGS = new Map<string, number>();
for (const [bit, words] of [
  [F.PREPOSITIONS, PREPOSITIONS],
  [F.STOP, STOP],
  [F.DETERMINERS, DETERMINERS],
  [F.AUX, AUX],
  [F.TIME_WORDS, TIME_WORDS],
  [F.ADVERBS, ADVERBS],
  [F.ADDRESSEES, ADDRESSEES],
  [F.WH, WH],
  [F.ROLE_NOUNS, ROLE_NOUNS],
  [F.PLURAL_NOUNS, PLURAL_NOUNS],
  [F.OBJECT_PRONOUNS, OBJECT_PRONOUNS],
  [F.IRREGULAR_PAST, IRREGULAR_PAST],
  [F.INVERSION_ENDS, INVERSION_ENDS],
  [F.ADJUNCT_STARTERS, ADJUNCT_STARTERS],
  [F.VAGUE_NOUNS, VAGUE_NOUNS],
  [F.RELATIVE_MODIFIERS, RELATIVE_MODIFIERS],
  [F.NP_PREPOSITIONS, NP_PREPOSITIONS],
  [F.NOT_ADVERBS, NOT_ADVERBS],
  [F.HAVE_MODAL, HAVE_MODAL],
  [F.CLAUSE_ADJUNCTS, CLAUSE_ADJUNCTS],
  [F.CLAIM_NOUNS, CLAIM_NOUNS],
  [F.BOUNDARY_CONJ, BOUNDARY_CONJ],
  [F.BE, BE],
  [F.SUBJECT_PRONOUNS, SUBJECT_PRONOUNS],
  [F.PLURAL_PRONOUNS, PLURAL_PRONOUNS],
  [F.CLAUSE_PRONOUNS, CLAUSE_PRONOUNS],
  [F.PERSON_PRONOUNS, PERSON_PRONOUNS],
  [F.CUE, CUES.keys()],
] as Array<[number, Iterable<string>]>) {
  for (const w of words) WORD_FLAGS.set(w, (WORD_FLAGS.get(w) ?? 0) | bit);
}

/**
 * The words of WORD_FLAGS and the other words the finder compares tokens with, so that a token of
 * plain ASCII finds its classes, and its lower-cased text as one shared string, without a string of
 * its own being made (most tokens are looked at, few are anything but ordinary words).
 */
const WORDS = new AsciiWordTable([
  ...WORD_FLAGS.keys(),
  ...set('and or but nor so to that there of by in a an he she it they i who which whom whose what when where why how whether if while whereas'),
  ...set('according statement known adding saying noting police being having has have had'),
  ...set('former then deputy senior chief acting assistant vice executive managing founding interim newly outgoing incoming top leading prominent'),
]);
/** WORD_FLAGS by id in WORDS (0 for the words that are in no class). */
const WORD_BITS = Int32Array.from(WORDS.words, (w) => WORD_FLAGS.get(w) ?? 0);
/** Ids in WORDS of the words worthALook() tells apart from the rest of their class. */
const WHOSE = WORDS.find('whose', 0, 5);
const TO = WORDS.find('to', 0, 2);
const THAT = WORDS.find('that', 0, 4);

// ---------------------------------------------------------------------------------------------
// Tokens

const W = 0; // word
const P = 1; // punctuation
const OQ = 2; // opening quote
const CQ = 3; // closing quote
const POSS = 4; // possessive 's or plural '

/** Lower case with curly apostrophes made plain; ASCII without capitals is returned as it is. */
function lowerKey(raw: string): string {
  let upper = 0;
  for (let k = 0; k < raw.length; k++) {
    const c = raw.charCodeAt(k);
    if (c > 127) {
      upper = -1;
      break;
    }
    if (c >= 65 && c <= 90) upper = upper === 0 && k === 0 ? 1 : 2;
  }
  if (upper === 0) return raw;
  // "Holm": only the first letter is a capital
  if (upper === 1) return String.fromCharCode(raw.charCodeAt(0) + 32) + raw.slice(1);
  const lower = raw.toLowerCase();
  return lower.includes('\u2019') ? lower.replace(/\u2019/g, "'") : lower;
}

/** Tok.id before the token's text is looked up in WORDS. */
const NOT_LOOKED_UP = -4;
/** Tok.id of a token whose lower-cased text was given when it was made (punctuation, quote marks, "'s"). */
const GIVEN = -3;

/** A token of a sentence; its lower-cased text is made only when something asks for it. */
class Tok {
  private key: string | undefined = undefined;
  /** id of the token's text in WORDS, or NOT_LOOKED_UP, GIVEN, ABSENT, NOT_ASCII */
  private id = NOT_LOOKED_UP;
  private src = '';
  s = 0;
  e = 0;
  /** W, P, OQ, CQ or POSS */
  t = 0;
  cap = false;
  /** written in capitals ("WHO", "IT"): an acronym, never a pronoun */
  up = false;
  private fl = -1;
  /** key id of the shared token with the same extent (a key of ASCII letters), or -1 */
  kid = -1;

  set(src: string, s: number, e: number, t: number, cap: boolean, up: boolean, key?: string): Tok {
    this.src = src;
    this.s = s;
    this.e = e;
    this.t = t;
    this.cap = cap;
    this.up = up;
    this.key = key;
    this.id = key === undefined ? NOT_LOOKED_UP : GIVEN;
    this.fl = -1;
    this.kid = -1;
    return this;
  }

  /** A word that is the shared token of key id `kid` (ASCII letters only; see SharedWords). */
  setShared(src: string, s: number, e: number, cap: boolean, up: boolean, kid: number): Tok {
    this.src = src;
    this.s = s;
    this.e = e;
    this.t = W;
    this.cap = cap;
    this.up = up;
    this.key = undefined;
    this.id = NOT_LOOKED_UP;
    this.fl = -1;
    this.kid = kid;
    return this;
  }

  /** The token's id in WORDS (looked up once), or GIVEN, ABSENT, NOT_ASCII. */
  private wordId(): number {
    if (this.id === NOT_LOOKED_UP) this.id = this.kid >= 0 ? SHARED.wordIds[this.kid] : WORDS.find(this.src, this.s, this.e);
    return this.id;
  }

  /** True when the token starts with a digit ("300", "2050"). */
  get digit(): boolean {
    const c = this.src.charCodeAt(this.s);
    return c >= 48 && c <= 57;
  }

  /** lower-cased text, curly apostrophes made plain */
  get w(): string {
    if (this.key === undefined) {
      // a known word of plain ASCII is its entry in WORDS (the same text as lowerKey() would make)
      const id = this.wordId();
      this.key = id >= 0 ? WORDS.words[id] : this.kid >= 0 ? SHARED.vocabulary.lowerOf(this.kid) : lowerKey(this.src.slice(this.s, this.e));
    }
    return this.key;
  }

  /** the word classes (F) of the lower-cased text */
  get f(): number {
    if (this.fl < 0) {
      const id = this.wordId();
      // plain ASCII not in WORDS is in no class; other text is lower-cased and looked up as it is
      this.fl = id >= 0 ? WORD_BITS[id] : id === ABSENT ? 0 : WORD_FLAGS.get(this.w) ?? 0;
    }
    return this.fl;
  }
}

/**
 * The shared tokens of the text at hand (annotate() cuts the text once), while findClaims() runs: a
 * word of ASCII letters that is also a shared token takes its id in WORDS and its lower case from its
 * key id, worked out once per distinct word.
 */
class SharedWords {
  /** undefined when findClaims() was given no tokens */
  tokens: Tokens | undefined = undefined;
  vocabulary: Vocabulary = NO_TOKENS.vocabulary;
  /** CueFacts.wordId of the vocabulary */
  wordIds: Int32Array = new Int32Array(0);
  /** index of the first shared token at or after the start of the stretch being cut (a cursor) */
  next = 0;
  /** CueFacts.flag and CueFacts.cueId of the vocabulary */
  cueFlag: Uint8Array = new Uint8Array(0);
  cueId: Int16Array = new Int16Array(0);
}
const SHARED = new SharedWords();

/** Tokens are made once and reused from sentence to sentence: the pool. */
const TOK_POOL: Tok[] = [];
/**
 * The lists handed out, by length: TOK_LISTS[n] holds the pool's first n tokens. A token never leaves
 * its place in the pool, so each list is made once, the first time a sentence has that many tokens.
 * (One list cut to each sentence's length would be trimmed and grown again from sentence to sentence,
 * which allocates as much as a new list each time.) Lists are kept up to KEPT_LIST_LENGTH tokens, at
 * most ~130 KB for all of them; a longer sentence (rare) gets a list of its own.
 */
const TOK_LISTS: Array<Tok[] | undefined> = [];
const KEPT_LIST_LENGTH = 256;
function nextTok(n: number): Tok {
  let t = TOK_POOL[n];
  if (!t) {
    t = new Tok();
    TOK_POOL[n] = t;
  }
  return t;
}

/** Lets go of the text the pooled tokens point at, once a call is done. */
function releaseTokens(): void {
  for (const t of TOK_POOL) t.set('', 0, 0, P, false, false, '');
  SHARED.tokens = undefined;
  SHARED.vocabulary = NO_TOKENS.vocabulary;
  SHARED.wordIds = NO_WORD_IDS;
  SHARED.cueFlag = NO_CUE_FLAGS;
  SHARED.cueId = NO_CUE_IDS;
}

const NO_WORD_IDS = new Int32Array(0);
const NO_CUE_FLAGS = new Uint8Array(0);
const NO_CUE_IDS = new Int16Array(0);

/** A pronoun from `which`, unless written as an acronym ("WHO"). */
const isPron = (t: Tok | undefined, which: number): boolean => !!t && t.t === W && !t.up && (t.f & which) !== 0;

/** Whether a token's lower-cased text is in the word class `bit` (F). */
const inClass = (t: Tok, bit: number): boolean => (t.f & bit) !== 0;

const isSpaceCode = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2009 || c === 0x202f;
function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0xc0 && c <= 0x24f) return true;
  if (c < 0x370) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false;
  if (c >= 0x3000 && c <= 0x303f) return false;
  if (c >= 0xd800 && c <= 0xdfff) return true;
  return c !== 0xfeff;
}
const isUpperCode = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) || (c >= 0x391 && c <= 0x3a9) || (c >= 0x410 && c <= 0x42f);
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

/** Quotation marks of a text: which quote character opens or closes which region. */
interface QuoteRegion {
  /** index of the opening mark */
  open: number;
  /** index of the closing mark, or the end of the paragraph when the quote is left open */
  close: number;
  closed: boolean;
}

interface QuoteIndex {
  /** mark index -> region, for opening and closing marks */
  at: PositionMap<QuoteRegion>;
}

/** The quotation marks of the text at hand (one map for all calls: see PositionMap). */
const QUOTE_MARKS = new PositionMap<QuoteRegion>();

function findQuotes(text: string): QuoteIndex {
  // a story has about one quotation mark in seventy characters
  const at = QUOTE_MARKS;
  at.clear(text.length >> 6);
  const re = /["\u201c\u201d\u2018\u2019'\n]/g;
  let openDouble = -1;
  let openSingle = -1;
  const L = text.length;
  const prevCode = (i: number): number => (i > 0 ? text.charCodeAt(i - 1) : 32);
  const nextCode = (i: number): number => (i + 1 < L ? text.charCodeAt(i + 1) : 32);
  const closeAt = (open: number, close: number, closed: boolean): void => {
    const r: QuoteRegion = { open, close, closed };
    at.set(open, r);
    if (closed) at.set(close, r);
  };
  // test() rather than exec(): no match object for each mark (the pattern is one character long)
  while (re.test(text)) {
    const i = re.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (c === 10) {
      // a paragraph ends here when the line before ends a sentence or the next line is blank
      let p = i - 1;
      while (p >= 0 && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 13 || text.charCodeAt(p) === 9)) p--;
      const pc = p >= 0 ? text.charCodeAt(p) : 46;
      let q = i + 1;
      while (q < L && (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 9 || text.charCodeAt(q) === 13)) q++;
      const paragraphEnd = q >= L || text.charCodeAt(q) === 10 || pc === 46 || pc === 33 || pc === 63 || pc === 34 || pc === 0x201d || pc === 58;
      if (paragraphEnd) {
        if (openDouble >= 0) closeAt(openDouble, p + 1, false);
        openDouble = -1;
        openSingle = -1;
      }
      continue;
    }
    const pc = prevCode(i);
    const nc = nextCode(i);
    const spaceBefore = isSpaceCode(pc) || pc === 40 || pc === 91 || pc === 0x2014 || pc === 0x2013 || i === 0 || pc === 58;
    const spaceAfter = isSpaceCode(nc) || i + 1 >= L;
    if (c === 0x201c || c === 0x201d || c === 34) {
      let opening: boolean;
      if (c === 0x201c) opening = true;
      else if (c === 0x201d) opening = false;
      else if (openDouble >= 0) opening = false;
      else if (spaceBefore) opening = !spaceAfter;
      else {
        // after a letter or end punctuation and before a space: a closing mark without an opening one;
        // after a comma or colon ('said," [Lind] liked'): an opening mark
        opening = pc === 44 || pc === 58 || !(spaceAfter || nc === 46 || nc === 44 || nc === 59 || nc === 58 || nc === 33 || nc === 63 || nc === 41);
      }
      if (opening && c === 34 && !spaceBefore && isWordCode(pc) && isWordCode(nc)) opening = false;
      if (opening) {
        if (openDouble >= 0) closeAt(openDouble, i, false);
        openDouble = i;
        openSingle = -1;
      } else if (openDouble >= 0) {
        closeAt(openDouble, i, true);
        openDouble = -1;
        openSingle = -1;
      }
      continue;
    }
    // single quotes: only a clear opening mark starts one
    if ((c === 0x2018 || c === 39) && spaceBefore && !spaceAfter && isWordCode(nc)) {
      openSingle = i;
      continue;
    }
    if ((c === 0x2019 || c === 39) && openSingle >= 0 && !isSpaceCode(pc) && !isWordCode(nc) && i - openSingle < 600) {
      // a single-quoted stretch: a quotation in British style, or one nested in a double-quoted one
      const r: QuoteRegion = { open: openSingle, close: i, closed: true };
      at.set(openSingle, r);
      at.set(i, r);
      openSingle = -1;
    }
  }
  if (openDouble >= 0) {
    let e = L;
    while (e > openDouble && isSpaceCode(text.charCodeAt(e - 1))) e--;
    closeAt(openDouble, e, false);
  }
  return { at };
}

/** A character of `\w` in a regular expression: [A-Za-z0-9_]. */
const isAsciiWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/** One-character strings of ASCII, so punctuation tokens need no new string. */
const ASCII_KEYS: string[] = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i));

/**
 * ASCII characters that end a plain word as the general path of tokenize() would end it (anything but
 * letters, digits, "&", "'", "-" and "."; a "." only when no word character follows it).
 */
const PLAIN_WORD_END = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const letterOrDigit = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  PLAIN_WORD_END[c] = letterOrDigit || c === 38 || c === 39 || c === 45 || c === 46 ? 0 : 1;
}

/**
 * ASCII characters that the general path of tokenize() makes a punctuation token of their own in any
 * context: not letters or digits, not white space, not quote marks or apostrophes, not "." (which may
 * start "...").
 */
const PLAIN_PUNCTUATION = new Uint8Array(128);
for (let c = 33; c < 127; c++) {
  const letterOrDigit = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  PLAIN_PUNCTUATION[c] = letterOrDigit || c === 34 || c === 39 || c === 46 ? 0 : 1;
}

function tokenize(text: string, from: number, to: number, quotes: QuoteIndex): Tok[] {
  // the tokens are TOK_POOL[0, n); TOK_LISTS[n] holds them
  let n = 0;
  let i = from;
  // the shared tokens from `from` on (sn = 0 when there are none)
  const shared = SHARED.tokens;
  let sn = 0;
  let sc = 0;
  let sStart = NO_TOKENS.start;
  let sEnd = NO_TOKENS.end;
  let sId = NO_TOKENS.id;
  let sShape = NO_TOKENS.shape;
  if (shared !== undefined) {
    sn = shared.length;
    sStart = shared.start;
    sEnd = shared.end;
    sId = shared.id;
    sShape = shared.shape;
    // the first shared token at or after `from`: searched onwards from the cursor (from the first token
    // when the cursor is past `from`) in growing steps, then by halving the last step. Sentences come in
    // order, a few hundred tokens apart at most: a search of the whole text would read far more memory.
    sc = SHARED.next;
    let lo = sc > sn || (sc > 0 && sStart[sc - 1] >= from) ? 0 : sc;
    let hi = lo;
    for (let step = 1; hi < sn && sStart[hi] < from; step *= 2) {
      lo = hi + 1;
      hi = Math.min(sn, hi + step);
    }
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sStart[mid] < from) lo = mid + 1;
      else hi = mid;
    }
    sc = lo;
  }
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      i++;
      continue;
    }
    if ((((c | 32) - 97) >>> 0) < 26) {
      // fast path: a plain ASCII word
      let j = i + 1;
      let d = 32;
      let kid = -1;
      while (sc < sn && sStart[sc] < i) sc++;
      if (sc < sn && sStart[sc] === i && (sShape[sId[sc]] & (SH_ALNUM | SH_HAS_DIGIT)) === SH_ALNUM) {
        // the shared token here is a run of ASCII letters: the same run (cut at `to`)
        const e = sEnd[sc];
        if (e <= to) {
          j = e;
          if (e < to) d = text.charCodeAt(e);
          kid = sId[sc];
        } else j = to;
      } else {
        while (j < to) {
          const x = text.charCodeAt(j);
          if ((((x | 32) - 97) >>> 0) < 26) {
            j++;
          } else {
            d = x;
            break;
          }
        }
      }
      // what ends it: the general path below would end the word at `j` as well
      if (d < 128 ? PLAIN_WORD_END[d] === 1 || (d === 46 && !(j + 1 < to && isWordCode(text.charCodeAt(j + 1)))) : !isWordCode(d) && d !== 0x2010 && d !== 0x2011 && d !== 0x2019) {
        const cap = c <= 90;
        let t = TOK_POOL[n];
        if (t === undefined) {
          t = new Tok();
          TOK_POOL[n] = t;
        }
        t.setShared(text, i, j, cap, cap && j > i + 1 && text.charCodeAt(i + 1) <= 90, kid);
        n++;
        // a space after the word (or the end: d is 32 there too) is skipped here rather than read again
        i = d === 32 ? j + 1 : j;
        continue;
      }
    }
    if (c < 128 && PLAIN_PUNCTUATION[c] === 1) {
      // fast path: punctuation that is always a token of its own (",", ";", ")" ...)
      nextTok(n++).set(text, i, i + 1, P, false, false, ASCII_KEYS[c]);
      i++;
      continue;
    }
    if (isSpaceCode(c)) {
      i++;
      continue;
    }
    const q = c === 34 || c === 39 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 ? quotes.at.get(i) : undefined;
    if (q) {
      nextTok(n++).set(text, i, i + 1, q.open === i ? OQ : CQ, false, false, '"');
      i++;
      continue;
    }
    if (isWordCode(c)) {
      let j = i + 1;
      for (;;) {
        if (j >= to) break;
        const d = text.charCodeAt(j);
        if (isWordCode(d)) {
          j++;
          continue;
        }
        const nx = j + 1 < to ? text.charCodeAt(j + 1) : 32;
        // inner hyphen, apostrophe (not possessive 's), dot of acronyms/domains/decimals, comma of numbers
        if ((d === 45 || d === 0x2010 || d === 0x2011 || d === 38) && isWordCode(nx)) {
          j += 2;
          continue;
        }
        if ((d === 39 || d === 0x2019) && isWordCode(nx) && !quotes.at.has(j)) {
          // possessive 's / 're / 'll stays apart
          const after = j + 2 < to ? text.charCodeAt(j + 2) : 32;
          if ((nx === 115 || nx === 83) && !isWordCode(after)) break;
          if (nx === 116 && text.charCodeAt(j - 1) === 110) {
            // n't
            j += 2;
            continue;
          }
          if (!isWordCode(after) && (nx === 100 || nx === 109)) break; // 'd 'm
          if ((nx === 108 || nx === 114 || nx === 118) && j + 2 < to && isWordCode(after) && !isWordCode(j + 3 < to ? text.charCodeAt(j + 3) : 32)) break; // 'll 're 've
          j += 2;
          continue;
        }
        if (d === 46 && isWordCode(nx)) {
          j += 2;
          continue;
        }
        if (d === 44 && isDigitCode(nx) && isDigitCode(text.charCodeAt(j - 1))) {
          j += 2;
          continue;
        }
        break;
      }
      // "U.N." keeps its last dot
      if (j < to && text.charCodeAt(j) === 46 && j - i >= 3 && text.charCodeAt(j - 2) === 46) j++;
      const cap = isUpperCode(c);
      nextTok(n++).set(text, i, j, W, cap, cap && j > i + 1 && isUpperCode(text.charCodeAt(i + 1)));
      i = j;
      continue;
    }
    if ((c === 39 || c === 0x2019) && n > 0 && TOK_POOL[n - 1].t === W && TOK_POOL[n - 1].e === i) {
      // possessive: 's, or a bare ' after a plural
      const nx = i + 1 < to ? text.charCodeAt(i + 1) : 32;
      if ((nx === 115 || nx === 83) && !(i + 2 < to && isWordCode(text.charCodeAt(i + 2)))) {
        nextTok(n++).set(text, i, i + 2, POSS, false, false, "'s");
        i += 2;
        continue;
      }
      if (nx === 100 || nx === 109 || nx === 108 || nx === 114 || nx === 118) {
        // contractions 'd 'm 'll 're 've
        let j = i + 1;
        while (j < to && isWordCode(text.charCodeAt(j))) j++;
        nextTok(n++).set(text, i, j, W, false, false);
        i = j;
        continue;
      }
      nextTok(n++).set(text, i, i + 1, POSS, false, false, "'");
      i++;
      continue;
    }
    if (c === 46 && i + 2 < to && text.charCodeAt(i + 1) === 46 && text.charCodeAt(i + 2) === 46) {
      nextTok(n++).set(text, i, i + 3, P, false, false, '...');
      i += 3;
      continue;
    }
    nextTok(n++).set(text, i, i + 1, P, false, false, c < 128 ? ASCII_KEYS[c] : undefined);
    i++;
  }
  SHARED.next = sc;
  if (n >= KEPT_LIST_LENGTH) return TOK_POOL.slice(0, n);
  let out = TOK_LISTS[n];
  if (out === undefined) {
    out = TOK_POOL.slice(0, n);
    while (TOK_LISTS.length < n) TOK_LISTS.push(undefined);
    TOK_LISTS[n] = out;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Actors

/** The actors as parallel arrays, sorted, rejected ones left out (read once: actors come in several shapes). */
interface ActorIndex {
  /** number of actors */
  length: number;
  /** starts, for binary search */
  starts: number[];
  ends: number[];
  /** entity of each (entityOf(), after sameSurname()) */
  entities: Array<string | undefined>;
  kinds: ActorKind[];
}

function indexActors(actors: ActorSpan[]): ActorIndex {
  // the caller's list as it is when it is sorted and rejects nothing (sameSurname() copies it before a change)
  let clean = true;
  for (let i = 0; i < actors.length && clean; i++) {
    if (actors[i].origin === 'rejected' || (i > 0 && compareSpans(actors[i - 1], actors[i]) > 0)) clean = false;
  }
  let all = actors;
  if (!clean) {
    all = [];
    let sorted = true;
    for (const a of actors) {
      if (a.origin === 'rejected') continue;
      if (all.length > 0 && compareSpans(all[all.length - 1], a) > 0) sorted = false;
      all.push(a);
    }
    if (!sorted) all.sort(compareSpans);
  }
  // (made at their size: pushed one by one, they would be copied as they grow)
  const n = all.length;
  const starts = new Array<number>(n);
  const ends = new Array<number>(n);
  const entities = new Array<string | undefined>(n);
  const kinds = new Array<ActorKind>(n);
  for (let i = 0; i < n; i++) {
    const a = all[i];
    starts[i] = a.start;
    ends[i] = a.end;
    entities[i] = entityOf(a);
    kinds[i] = a.kind;
  }
  sameSurname(all, entities, kinds);
  return { length: all.length, starts, ends, entities, kinds };
}

/** Characters that String.prototype.trim() takes off (white space and line terminators). */
function isTrimmed(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * A surname alone ("Holm") that the actor recogniser gave a provisional id of its own is the person
 * named in full earlier in the text ("Lena Holm") when exactly one such person has that last name.
 * Gives those actors the full name's entity in `entities` (entityOf() of each of `all`).
 */
function sameSurname(all: readonly ActorSpan[], entities: Array<string | undefined>, kinds: readonly ActorKind[]): void {
  // last name (by its id in LAST_NAMES) -> entity of the person named in full with it; null when two
  // people share it; undefined for none (FULL is reset for the names touched before returning)
  if (LAST_NAMES.words.length > 1 << 16) LAST_NAMES = new LastNames();
  const names = LAST_NAMES;
  const full = names.full;
  const touched = names.touched;
  let anyFull = false;
  for (let i = 0; i < all.length; i++) {
    if (kinds[i] !== 'person') continue;
    const e = entities[i];
    if (!e) continue;
    const a = all[i];
    // the name without white space around it (as trim() would cut it, without making the string)
    const name = a.text;
    let from = 0;
    let to = name.length;
    while (from < to && isTrimmed(name.charCodeAt(from))) from++;
    while (to > from && isTrimmed(name.charCodeAt(to - 1))) to--;
    let oneWord = true;
    for (let k = from; k < to && oneWord; k++) if (isSpaceCode(name.charCodeAt(k))) oneWord = false;
    // a one-word name is only looked up, when it is unknown and someone has been named in full
    if (oneWord && (!a.unknown || !anyFull)) continue;
    const last = lastNameId(names, name, from, to);
    if (last < 0) continue;
    if (!oneWord) {
      anyFull = true;
      const known = full[last];
      if (known === undefined) {
        full[last] = e;
        touched.push(last);
      } else if (known !== null && known !== e) full[last] = null;
      continue;
    }
    const person = full[last];
    if (person && person !== e) entities[i] = person;
  }
  for (const id of touched) full[id] = undefined;
  emptied(touched);
}

/**
 * Lower-cased last names, each with an id, kept from text to text (a story names the same people
 * again and again): a last name of ASCII characters finds its id without being cut out as a string.
 */
class LastNames {
  /** the names by id */
  readonly words: string[] = [];
  /** per id, during sameSurname(): see there */
  readonly full: Array<string | null | undefined> = [];
  /** ids whose `full` is set */
  readonly touched: number[] = [];
  /** open addressing: id + 1 per slot, 0 for an empty one */
  private slots = new Int32Array(1024);

  /** The id of `s[b, e)` with ASCII capitals folded (which must be its lower case), made when new. */
  idOf(s: string, b: number, e: number): number {
    let h = 0;
    for (let k = b; k < e; k++) {
      const c = s.charCodeAt(k);
      h = (Math.imul(h, 31) + (c >= 65 && c <= 90 ? c + 32 : c)) | 0;
    }
    h ^= h >>> 15;
    const len = e - b;
    let mask = this.slots.length - 1;
    let slot = h & mask;
    for (let id = this.slots[slot] - 1; id >= 0; id = this.slots[slot] - 1) {
      const w = this.words[id];
      if (w.length === len) {
        let k = 0;
        while (k < len) {
          const c = s.charCodeAt(b + k);
          if ((c >= 65 && c <= 90 ? c + 32 : c) !== w.charCodeAt(k)) break;
          k++;
        }
        if (k === len) return id;
      }
      slot = (slot + 1) & mask;
    }
    const id = this.words.length;
    this.words.push(s.slice(b, e).toLowerCase());
    this.full.push(undefined);
    this.slots[slot] = id + 1;
    if (this.words.length * 2 > this.slots.length) {
      // grow: put every word again
      this.slots = new Int32Array(this.slots.length * 2);
      mask = this.slots.length - 1;
      for (let k = 0; k < this.words.length; k++) {
        const w = this.words[k];
        let g = 0;
        for (let x = 0; x < w.length; x++) g = (Math.imul(g, 31) + w.charCodeAt(x)) | 0;
        g ^= g >>> 15;
        let at = g & mask;
        while (this.slots[at] !== 0) at = (at + 1) & mask;
        this.slots[at] = k + 1;
      }
    }
    return id;
  }
}

let LAST_NAMES = new LastNames();

/**
 * The id in `names` of the last word of the name `name[from, to)`, lower-cased, without a possessive
 * ("Lena Holm's" -> "holm"); -1 when that is shorter than two characters.
 */
function lastNameId(names: LastNames, name: string, from: number, to: number): number {
  let e = to;
  while (e > from && isSpaceCode(name.charCodeAt(e - 1))) e--;
  if (e - from > 2 && (name.charCodeAt(e - 1) === 115 || name.charCodeAt(e - 1) === 83) && (name.charCodeAt(e - 2) === 39 || name.charCodeAt(e - 2) === 0x2019)) e -= 2;
  let b = e;
  let ascii = true;
  while (b > from && !isSpaceCode(name.charCodeAt(b - 1))) {
    if (name.charCodeAt(b - 1) >= 128) ascii = false;
    b--;
  }
  if (ascii) return e - b < 2 ? -1 : names.idOf(name, b, e);
  // toLowerCase() may change the length of other text
  const lower = name.slice(b, e).toLowerCase();
  return lower.length < 2 ? -1 : names.idOf(lower, 0, lower.length);
}

/** First index whose value is >= x. */
function lowerBound(arr: readonly number[], x: number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (arr[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The actors that overlap [start, end), by index in `ix`, in order (one list for every call: read it before the next). */
function actorsIn(ix: ActorIndex, start: number, end: number): number[] {
  const out = INSIDE;
  emptied(out);
  // actors are short; look back a little for ones starting before `start`
  const { starts, ends } = ix;
  let i = lowerBound(starts, start);
  let j = i - 1;
  while (j >= 0 && start - starts[j] < 200) {
    if (ends[j] > start) out.push(j);
    j--;
  }
  out.reverse();
  for (; i < starts.length && starts[i] < end; i++) out.push(i);
  return out;
}

const INSIDE: number[] = [];

const entityOf = (a: ActorSpan): string | undefined => a.entity ?? (a.entities && a.entities.length === 1 ? a.entities[0] : undefined);

// ---------------------------------------------------------------------------------------------
// The finder

interface Draft {
  cue: Part[];
  source: Part[];
  content: Part[];
  /** token index of the source's start in its sentence, -1 when none or inherited */
  srcTok: number;
  /** where the claim starts and ends (all its parts), made once the draft is kept */
  start: number;
  end: number;
  /** token index of the source's last token */
  srcEnd: number;
  /** what source resolution needs to know of the source's tokens (made once the draft is kept) */
  info?: SourceInfo;
  sentence: number;
  /** kind that the structure already tells (pronoun, none) */
  kind?: SourceKind;
  /** inherited from another claim of the same sentence (coordinated verbs, ", adding ...") */
  inheritFrom?: Draft;
  sourceEntity?: string;
  sourceKind?: SourceKind;
}

/** The words of a source as resolveSources() looks at them. */
interface SourceInfo {
  /** number of words */
  words: number;
  /** the first word, lower-cased ("" when none) */
  first: string;
  /** the first word is capitalised */
  firstCap: boolean;
  /** one word, a subject pronoun ("he", "they", "who") */
  pronoun: boolean;
  /** the head word (headOf), lower-cased; "" when none */
  head: string;
  /** where the head word is; -1 when there is none */
  headS: number;
  headE: number;
  /** a capitalised word other than a determiner or the sentence's first word */
  hasCap: boolean;
}

/** The source information of tokens [from, to] of a sentence that starts at `sentenceStart`. */
function sourceInfo(toks: Tok[], from: number, to: number, sentenceStart: number): SourceInfo {
  let words = 0;
  let first = '';
  let firstCap = false;
  let pronoun = false;
  let hasCap = false;
  for (let k = from; k <= to; k++) {
    const t = toks[k];
    if (t.t !== W) continue;
    if (words === 0) {
      first = t.w;
      firstCap = t.cap;
      pronoun = !t.up && SUBJECT_PRONOUNS.has(first);
      if (t.cap && !(DETERMINERS.has(first) || t.s === sentenceStart)) hasCap = true;
    } else if (t.cap) hasCap = true;
    words++;
  }
  const head = headOf(toks, from, to);
  return { words, first, firstCap, pronoun: pronoun && words === 1, head: head ? head.w : '', headS: head ? head.s : -1, headE: head ? head.e : -1, hasCap };
}

interface Ctx {
  text: string;
  sentences: Part[];
  quotes: QuoteIndex;
}

const partOf = (toks: Tok[], a: number, b: number): Part => ({ start: toks[a].s, end: toks[b].e });

function isDet(t: Tok | undefined): boolean {
  return !!t && (t.t === POSS || (t.t === W && inClass(t, F.DETERMINERS)));
}

/** True when the token can be part of a noun phrase that ends before a verb. */
function npToken(t: Tok): boolean {
  if (t.t === POSS) return true;
  if (t.t === P) return t.w === '(' || t.w === ')' || t.w === '-' || t.w === '&' || t.w === '/' || t.w === '.';
  if (t.t !== W) return false;
  if (inClass(t, F.STOP)) return false;
  if (inClass(t, F.CUE) && !t.cap) return false;
  return true;
}

/**
 * The noun phrase that ends at token `end` (inclusive), scanning back; returns its first token index,
 * or -1 when the token cannot end a noun phrase. `limit` is the first index it may reach.
 */
function npBack(toks: Tok[], end: number, limit: number): number {
  const t = toks[end];
  if (!t || t.t !== W) {
    if (!(t && t.t === P && t.w === ')')) return -1;
  }
  if (t.t === W && (inClass(t, F.STOP) || inClass(t, F.PREPOSITIONS) || inClass(t, F.DETERMINERS))) return -1;
  // a verb cannot end a subject: "... sparked calls for"
  if (t.t === W && !t.cap && t.w.length > 4 && t.w.endsWith('ed')) return -1;
  let k = end;
  let depth = t.t === P ? 1 : 0;
  while (k - 1 >= limit && end - k < 25) {
    const p = toks[k - 1];
    if (p.t === P && p.w === ')') {
      depth++;
      k--;
      continue;
    }
    if (p.t === P && p.w === '(') {
      if (depth === 0) break;
      depth--;
      k--;
      continue;
    }
    if (depth > 0) {
      k--;
      continue;
    }
    if (p.t === W && p.w === 'and') {
      // "Both the X and the Y": coordination of names
      const after = toks[k];
      const before = toks[k - 2];
      if (before && before.t === W && before.cap && (after.cap || isDet(after))) {
        k--;
        continue;
      }
      break;
    }
    if (p.t === W && inClass(p, F.PREPOSITIONS) && toks[k].digit) {
      // "about 300 soldiers", "over 900 people": an approximate number
      k--;
      continue;
    }
    if (p.t === W && inClass(p, F.PREPOSITIONS)) {
      // "Chair of the Riverton ... council", "Letters to the city paper": a preposition inside a noun phrase
      const before = toks[k - 2];
      if (inClass(p, F.NP_PREPOSITIONS) && before && before.t === W && !inClass(before, F.STOP) && !inClass(before, F.PREPOSITIONS) && !inClass(before, F.DETERMINERS) && !(inClass(before, F.CUE) && !before.cap)) {
        k--;
        continue;
      }
      break;
    }
    if (p.t === W && !p.cap && p.w.length > 4 && p.w.endsWith('ed') && !isDet(toks[k - 2])) break; // a verb: "arrived"
    if (!npToken(p)) break;
    k--;
  }
  // drop leading prepositional phrases and connectives ("On Monday Holm", "And the minister")
  for (let guard = 0; guard < 4 && k < end; guard++) {
    const f = toks[k];
    if (f.t === W && (f.w === 'and' || f.w === 'but' || f.w === 'so' || f.w === 'or')) {
      k++;
      continue;
    }
    if (f.t === W && inClass(f, F.PREPOSITIONS) && !(toks[k + 1] && toks[k + 1].digit)) {
      // skip to the last determiner or the last capitalised run start ("about 300 soldiers" keeps its "about")
      let best = -1;
      for (let x = k + 1; x <= end; x++) {
        if (isDet(toks[x]) && toks[x].t === W) best = x;
      }
      if (best < 0) {
        for (let x = end; x > k + 1; x--) {
          if (toks[x].cap && !toks[x - 1].cap) {
            best = x;
            break;
          }
        }
      }
      if (best < 0 || best > end) return -1;
      k = best;
      continue;
    }
    if (f.t === W && inClass(f, F.TIME_WORDS) && k < end) {
      k++;
      continue;
    }
    break;
  }
  while (k < end && toks[k].t === P && toks[k].w !== '(') k++;
  return k;
}

/** True when the token sequence from `i` looks like the start of an appositive noun phrase. */
function appositiveStart(t: Tok | undefined): boolean {
  if (!t || t.t !== W) return false;
  if (inClass(t, F.DETERMINERS)) return true;
  if (t.w === 'who' || t.w === 'which' || t.w === 'whose' || t.w === 'known' || t.w === 'according') return false;
  if (!t.cap && (t.w.endsWith('ed') || t.w.endsWith('ing'))) return false;
  return t.cap || inClass(t, F.ROLE_NOUNS) || /^(former|then|deputy|senior|chief|acting|assistant|vice|executive|managing|founding|interim|newly|outgoing|incoming|top|leading|prominent)$/.test(t.w);
}

interface Subject {
  from: number;
  to: number;
  /** a parenthetical that is an appositive (kept in the source) */
  appositive?: [number, number];
}

/**
 * The subject that ends at `end` (the token just before the verb group), in tokens [limit, end].
 */
function subjectBack(toks: Tok[], end: number, limit: number): Subject | null {
  const t = toks[end];
  if (!t) return null;
  if (isPron(t, F.SUBJECT_PRONOUNS)) return { from: end, to: end };
  if (t.t === P && t.w === ',') {
    // "Holm, known for ..., indicated" / "Mara Lind, the Transport Office spokesperson, said"
    let k = end - 1;
    let depth = 0;
    while (k >= limit && end - k < 40) {
      const x = toks[k];
      if (x.t === OQ || x.t === CQ) return null;
      if (x.t === P && x.w === ')') depth++;
      if (x.t === P && x.w === '(') depth--;
      if (depth === 0 && x.t === P && (x.w === ',' || x.w === ';' || x.w === ':')) break;
      k--;
    }
    if (k < limit) {
      // "The shipping firm Baltline.com, has said": a subject from the sentence start
      const head = npBack(toks, end - 1, limit);
      if (head === limit && end - 1 >= limit) return { from: head, to: end - 1 };
      return null;
    }
    if (toks[k].w !== ',' || k === end - 1) return null;
    const headEnd = k - 1;
    const head = npBack(toks, headEnd, limit);
    if (head < 0) return null;
    const inner = toks[k + 1];
    // an appositive ("the Transport Office spokesperson") stays with the source; a participle or relative clause does not
    const app: [number, number] | undefined = appositiveStart(inner) ? [k + 1, end - 1] : undefined;
    return { from: head, to: headEnd, appositive: app };
  }
  const from = npBack(toks, end, limit);
  if (from < 0) return null;
  return { from, to: end };
}

/** Whether tokens from `i` look like a finite clause (for verbs that need one). */
function looksLikeClause(toks: Tok[], i: number, end: number): boolean {
  const t = toks[i];
  if (!t) return false;
  if (t.t === OQ) return true;
  if (t.t === P && t.w === ':') return true;
  if (t.t !== W) return false;
  if (t.w === 'that' || inClass(t, F.WH)) return true;
  if (isPron(t, F.CLAUSE_PRONOUNS)) return true;
  if (t.w === 'there') return true;
  if (inClass(t, F.PREPOSITIONS) || t.w === 'to' || t.w === 'and' || t.w === 'or' || t.w === 'but') return false;
  // a verb phrase without a subject: '"... what the town really wanted was a bridge"'
  if (inClass(t, F.AUX)) return false;
  for (let k = i + 1; k <= end && k < i + 14; k++) {
    const x = toks[k];
    if (x.t === P && x.w !== '-' && x.w !== '(' && x.w !== ')' && x.w !== "'" && x.w !== '%' && x.w !== '$') {
      if (x.w === ',' && k < i + 4) continue;
      return false;
    }
    if (x.t !== W) continue;
    // a relative clause belongs to an object: "a loan which the bank approved"
    if (x.w === 'which' || x.w === 'who' || x.w === 'that' || x.w === 'whom' || x.w === 'where') return false;
    if (inClass(x, F.AUX) && x.w !== 'being' && x.w !== 'having') return true;
    if (x.cap || k === i) continue;
    const prev = toks[k - 1];
    const nx = toks[k + 1];
    const prevNouny = prev.t === W && !inClass(prev, F.DETERMINERS) && !inClass(prev, F.PREPOSITIONS) && !/(ed|ous|al|ive|ic|ful|less|able|ible|ary|ing)$/.test(prev.w);
    const nextStarts = !nx || nx.t !== W || nx.cap || nx.digit || inClass(nx, F.DETERMINERS) || inClass(nx, F.PREPOSITIONS) || inClass(nx, F.OBJECT_PRONOUNS) || nx.w === 'to' || nx.w === 'and' || nx.w.endsWith('ly');
    const prevName = prev.cap || isPron(prev, F.CLAUSE_PRONOUNS) || prev.t === CQ;
    // a past tense verb after its subject: "the council fined her", "a ferryman first spotted the boat"
    if (x.w.length > 3 && x.w.endsWith('ed') && ((prevNouny && nextStarts) || prevName)) return true;
    if (inClass(x, F.IRREGULAR_PAST) && (prevNouny || prevName)) return true;
    // a present tense verb: "the harbour museum collects and shows", "everybody knows Mara Lind's name"
    const before2 = toks[k - 2];
    if (x.w.length > 3 && x.w.endsWith('s') && !/(ss|us|is|'s)$/.test(x.w) && prevNouny && nextStarts && nx && nx.t === W && (prevName || k === i + 1 || (before2 && (before2.cap || isDet(before2))))) return true;
  }
  return false;
}

/** Strips spaces, end punctuation and quote marks off the ends of a content part. */
function trimContent(text: string, p: Part, keepQuotes = false): Part | null {
  let s = p.start;
  let e = p.end;
  while (s < e && stripsOff(text.charCodeAt(s), keepQuotes)) s++;
  while (e > s && stripsOff(text.charCodeAt(e - 1), keepQuotes)) e--;
  return e > s ? { start: s, end: e } : null;
}

/** Characters trimmed off the ends of a content: spaces, end punctuation, dashes, and quote marks unless kept. */
function stripsOff(c: number, keepQuotes: boolean): boolean {
  return isSpaceCode(c) || c === 44 || c === 46 || c === 59 || c === 58 || c === 33 || c === 63 || c === 0x2014 || c === 0x2013 || (!keepQuotes && (c === 34 || c === 0x201c || c === 0x201d));
}

/** The interior of a quote region (without the marks; to the paragraph end when left open). */
function quoteInterior(text: string, r: QuoteRegion): Part | null {
  return trimContent(text, { start: r.open + 1, end: r.close });
}

/** Token ranges in a sentence where a cue candidate sits, in order. */
interface Candidate {
  /** first token of the cue (an auxiliary may come before the verb) */
  cueFrom: number;
  /** the cue verb or "according" */
  verb: number;
  /** last token of the cue (a particle) */
  cueTo: number;
  form?: CueForm;
  kind: 'verb' | 'according' | 'statement';
  /** verb group: passive, infinitive, participle after comma, reduced relative, coordinated */
  mode: 'finite' | 'passive' | 'infinitive' | 'participle' | 'relative' | 'coordinated';
  /** token before the verb group */
  left: number;
  /** an optional particle was taken ("warned of"): an object is content enough */
  particleObject?: boolean;
}

/** Checks a cue word in context; returns the candidate or null. */
function candidateAt(toks: Tok[], v: number, forms: CueForm[], titleCase: boolean): Candidate | null {
  const t = toks[v];
  // a capitalised cue word inside a sentence is part of a name ("United States")
  let firstWord = 0;
  while (firstWord < toks.length && toks[firstWord].t !== W) firstWord++;
  if (t.cap && v !== firstWord && !titleCase) return null;
  // particles
  let form: CueForm | undefined;
  let cueTo = v;
  for (const f of forms) {
    if (f.particles) {
      const nx = toks[v + 1];
      if (nx && nx.t === W && f.particles.includes(nx.w)) {
        form = f;
        cueTo = v + 1;
        break;
      }
      continue;
    }
    form = f;
    if (f.optionalParticles) {
      const nx = toks[v + 1];
      if (nx && nx.t === W && f.optionalParticles.includes(nx.w)) cueTo = v + 1;
    }
    break;
  }
  if (!form) return null;
  const particleObject = cueTo > v && !form.particles;
  // adverbs and auxiliaries before the verb
  let k = v - 1;
  let sawBe = false;
  let sawModal = false;
  let sawAux = false;
  let sawTo = false;
  while (k >= 0) {
    const x = toks[k];
    if (x.t !== W) break;
    if (inClass(x, F.AUX)) {
      if (inClass(x, F.BE)) sawBe = true;
      else if (x.w !== 'has' && x.w !== 'have' && x.w !== 'had' && x.w !== 'having') sawModal = true;
      sawAux = true;
      k--;
      continue;
    }
    if (isAdverb(x)) {
      k--;
      continue;
    }
    if (x.w === 'to' && form.form === 'base' && !sawAux) {
      sawTo = true;
      k--;
      break;
    }
    break;
  }
  // "has stressed": auxiliaries standing right before the verb belong to the cue
  let cueFrom = v;
  while (cueFrom - 1 > k && toks[cueFrom - 1].t === W && inClass(toks[cueFrom - 1], F.HAVE_MODAL)) cueFrom--;
  const left = k;
  const lt = toks[left];
  const next = toks[cueTo + 1];
  // a finite verb needs something before it (a subject, a comma of an inversion, a quote)
  if (!lt && !sawAux && !sawTo) return null;
  // nouns and modifiers: "the report", "his claims", "an estimated 10,000", "Halden's statement", "50 ships"
  if (!sawAux && !sawTo && isDet(lt)) return null;
  if (!sawAux && !sawTo && lt && lt.t === W && (inClass(lt, F.PREPOSITIONS) || lt.w === 'whose' || lt.digit)) return null;
  if (form.form === 's' || form.form === 'base') {
    // "claims of", "reports are", "Reports indicate", "reports indicating": a plural noun
    if (next && next.t === W && !next.cap && !isPron(lt, F.SUBJECT_PRONOUNS) && (next.w === 'of' || (inClass(next, F.AUX) && next.w !== 'had' && next.w !== "'s") || inClass(next, F.CUE))) return null;
  }
  if (form.form === 'base' && !sawModal && !sawTo) {
    // a bare base form is a present tense with a plural subject: "officials say", "Reports indicate", "WHO say"
    if (sawBe || sawAux) return null;
    // '"...," say officials': an inversion, checked by the claim builder
    if (lt && (lt.t === CQ || (lt.t === P && lt.w === ',')) && form.inverts) return { cueFrom, verb: v, cueTo, form, kind: 'verb', mode: 'finite', left, particleObject };
    if (!lt || lt.t !== W) return null;
    const plural =
      isPron(lt, F.PLURAL_PRONOUNS) ||
      (lt.cap && !isPron(lt, F.SUBJECT_PRONOUNS)) ||
      inClass(lt, F.PLURAL_NOUNS) ||
      (lt.w.length > 3 && lt.w.endsWith('s') && !lt.w.endsWith('ss') && !lt.w.endsWith('us') && !lt.w.endsWith('is') && !inClass(lt, F.STOP) && !inClass(lt, F.PREPOSITIONS) && !inClass(lt, F.DETERMINERS) && !inClass(lt, F.CUE));
    if (!plural) return null;
  }
  let mode: Candidate['mode'] = 'finite';
  if (form.form === 'ing') {
    if (sawBe || sawAux) mode = 'finite';
    else if (lt && lt.t === P && lt.w === ',') mode = 'participle';
    else if (
      lt &&
      lt.t === W &&
      !inClass(lt, F.STOP) &&
      !inClass(lt, F.PREPOSITIONS) &&
      !inClass(lt, F.DETERMINERS) &&
      !isPron(lt, F.SUBJECT_PRONOUNS) &&
      !lt.w.endsWith('ly') &&
      !(!lt.cap && lt.w.endsWith('ed')) &&
      !hasNonPluralForm(lt.w)
    )
      mode = 'relative';
    else return null;
  } else if (sawTo) {
    mode = 'infinitive';
  } else if (sawBe && form.form === 'ed') {
    mode = 'passive';
  }
  if (lt && lt.t === W && (lt.w === 'and' || lt.w === 'but' || lt.w === 'or') && (mode === 'finite' || mode === 'passive')) {
    if (mode === 'passive') return null;
    if (form.form === 'base' && !sawModal) return null;
    mode = 'coordinated';
  }
  return { cueFrom, verb: v, cueTo, form, kind: 'verb', mode, left, particleObject };
}

/** True when a word is a cue in some form other than the -s form ("say", "said"; not "reports"). */
function hasNonPluralForm(w: string): boolean {
  const forms = CUES.get(w);
  if (!forms) return false;
  for (const f of forms) if (f.form !== 's') return true;
  return false;
}

/** Adverbs that may stand between a subject or auxiliary and the verb: "also", "repeatedly", "strongly". */
function isAdverb(t: Tok): boolean {
  if (t.t !== W || t.cap) return false;
  if (inClass(t, F.ADVERBS)) return true;
  return t.w.length > 4 && t.w.endsWith('ly') && !inClass(t, F.NOT_ADVERBS);
}

/** Skips an addressee ("told reporters", "told the BBC", "told Radio Halden") from token `i`. */
function skipAddressee(toks: Tok[], i: number, end: number): number {
  const t = toks[i];
  if (!t || t.t !== W) return i;
  // "asked port officials how ...", "told the jury that ..."
  for (let k = i + 1; k <= end && k <= i + 4; k++) {
    const x = toks[k];
    if (x.t !== W && x.t !== POSS) break;
    if (x.w === 'that' || x.w === 'whether' || x.w === 'if' || x.w === 'how' || x.w === 'why' || x.w === 'what' || x.w === 'when' || x.w === 'where') return k;
    if (inClass(x, F.AUX) || inClass(x, F.CUE)) break;
  }
  if (isPron(t, F.OBJECT_PRONOUNS)) return i + 1;
  let k = i;
  if (inClass(toks[k], F.DETERMINERS) && toks[k].t === W) k++;
  const x = toks[k];
  if (!x || x.t !== W) return i;
  if (inClass(x, F.ADDRESSEES)) {
    k++;
    while (k <= end && toks[k].t === W && inClass(toks[k], F.ADDRESSEES)) k++;
    return k;
  }
  if (!x.cap && k > i && !inClass(x, F.STOP) && !inClass(x, F.PREPOSITIONS)) {
    // "the council", "the court": a determiner and a noun before that, a preposition, a colon or a quotation
    const after = toks[k + 1];
    if (after && ((after.t === W && (after.w === 'that' || inClass(after, F.PREPOSITIONS))) || after.t === OQ || (after.t === P && (after.w === ',' || after.w === ':')))) return k + 1;
  }
  if (x.cap) {
    while (k <= end && toks[k].t === W && toks[k].cap) k++;
    // "told Radio Halden in a statement that": fine; a capitalised run followed by a verb is a subject, not an addressee
    const after = toks[k];
    if (after && after.t === W && (inClass(after, F.AUX) || (after.w.endsWith('ed') && !inClass(after, F.PREPOSITIONS)))) return i;
    return k;
  }
  return i;
}

/** Skips adverbials up to a complementiser "that" close by ("said on Monday that"). */
function skipToThat(toks: Tok[], i: number, end: number): number {
  for (let k = i; k <= end && k < i + 7; k++) {
    const x = toks[k];
    if (x.t === OQ || x.t === CQ) return i;
    if (x.t === P && x.w !== ',') return i;
    if (x.t === W && x.w === 'that') {
      // the words between must look like an adjunct: start with a preposition, adverb or time word
      if (k === i) return k;
      const f = toks[i];
      if (f.t === P && f.w === ',') return k;
      if (f.t === W && (inClass(f, F.ADJUNCT_STARTERS) || inClass(f, F.ADVERBS) || inClass(f, F.TIME_WORDS) || inClass(f, F.PREPOSITIONS))) return k;
      return i;
    }
    if (x.t === W && (inClass(x, F.AUX) || isPron(x, F.SUBJECT_PRONOUNS))) return i;
  }
  return i;
}

/**
 * Finds the claims in a text. `actors` (from the actor recogniser) let sources resolve to entities;
 * with none, sources still get their parts and kind. `sentences` from splitSentences(text) when at hand.
 */
export function findClaims(text: string, actors: ActorSpan[], sentences?: Part[], tokens?: Tokens): ClaimSpan[] {
  const sents = sentences ?? splitSentences(text);
  const ctx: Ctx = { text, sentences: sents, quotes: findQuotes(text) };
  // cue words in text order; each sentence that holds one is looked at closely
  const drafts: Draft[] = [];
  const positions: number[] = [];
  let current = -1;
  // the drafts of a sentence, with what source resolution needs of their tokens (the tokens are reused)
  // (and whether they come in the order of their cues, and the extent of each, while they are at hand)
  let cueOrder = true;
  let lastCue = -1;
  const keep = (found: readonly Draft[], toks: Tok[], sentenceStart: number): void => {
    for (const d of found) {
      if (d.srcTok >= 0 && !d.inheritFrom) d.info = sourceInfo(toks, d.srcTok, d.srcEnd, sentenceStart);
      const cue = d.cue[0].start;
      if (cue < lastCue) cueOrder = false;
      lastCue = cue;
      let start = Infinity;
      let end = -Infinity;
      for (let l = 0; l < 3; l++) {
        const list = l === 0 ? d.cue : l === 1 ? d.source : d.content;
        for (let k = 0; k < list.length; k++) {
          const p = list[k];
          if (p.start < start) start = p.start;
          if (p.end > end) end = p.end;
        }
      }
      d.start = start;
      d.end = end;
      drafts.push(d);
    }
  };
  const flush = (): void => {
    if (current < 0 || positions.length === 0) return;
    const sent = sents[current];
    if (sent.end - sent.start <= LONG_SENTENCE) {
      const toks = tokenize(text, sent.start, sent.end, ctx.quotes);
      keep(claimsInSentence(ctx, current, toks, positions), toks, sent.start);
    } else {
      // a run-on "sentence" (a list or table without end punctuation): cut into pieces at spaces, which keeps it linear
      let p = 0;
      let from = sent.start;
      while (p < positions.length) {
        let to = Math.min(sent.end, from + LONG_SENTENCE);
        while (to < sent.end && to > from + LONG_SENTENCE / 2 && !isSpaceCode(text.charCodeAt(to))) to--;
        const inPiece: number[] = [];
        while (p < positions.length && positions[p] < to) inPiece.push(positions[p++]);
        if (inPiece.length > 0) {
          const toks = tokenize(text, from, to, ctx.quotes);
          keep(claimsInSentence(ctx, current, toks, inPiece), toks, sent.start);
        }
        from = to;
      }
    }
    emptied(positions);
  };
  let si = 0;
  // a cue word at [pos, end) (id in CUE_WORDS); false once past the last sentence
  const found = (pos: number, end: number, id: number): boolean => {
    while (si < sents.length && sents[si].end <= pos) si++;
    if (si >= sents.length) return false;
    if (sents[si].start > pos) return true;
    if (!worthALook(text, pos, end, id)) return true;
    if (si !== current) {
      flush();
      current = si;
    }
    positions.push(pos);
    return true;
  };
  if (tokens !== undefined && tokens.text === text) {
    // the words of the shared tokens whose key holds a cue word (CUE_RE's matches, found by key id)
    const facts = cueFactsFor(tokens);
    SHARED.tokens = tokens;
    SHARED.vocabulary = tokens.vocabulary;
    SHARED.wordIds = facts.wordId;
    SHARED.cueFlag = facts.flag;
    SHARED.cueId = facts.cueId;
    SHARED.next = 0;
    const count = cueWordsOf(text, tokens, facts);
    const found3 = FOUND;
    for (let k = 0; k < count; k += 3) if (!found(found3[k], found3[k + 1], found3[k + 2])) break;
  } else {
    CUE_RE.lastIndex = 0;
    // test() rather than exec(): the match is a whole word (\b on both sides), found back from lastIndex
    while (CUE_RE.test(text)) {
      const end = CUE_RE.lastIndex;
      let pos = end - 1;
      while (pos > 0 && isAsciiWordCode(text.charCodeAt(pos - 1))) pos--;
      if (!found(pos, end, CUE_WORDS.find(text, pos, end))) break;
    }
  }
  flush();
  releaseTokens();
  releaseSentenceLists();
  // (source resolution does not look at quotation marks)
  QUOTE_MARKS.clear();
  if (!cueOrder) drafts.sort(byCueStart);
  if (drafts.length > 0) resolveSources(ctx, indexActors(actors), drafts);
  const out: ClaimSpan[] = [];
  for (const d of drafts) {
    const { start, end } = d;
    // two literals rather than a property added afterwards: a claim with an entity would otherwise have
    // a hidden class made at run time, which V8 drops (and this function's optimised code with it)
    // whenever a full garbage collection finds no such claim left
    const claim: ClaimSpan = d.sourceEntity
      ? {
          start,
          end,
          text: text.slice(start, end),
          label: 'claim',
          origin: 'automatic',
          cue: d.cue,
          source: d.source,
          content: d.content,
          sourceKind: d.sourceKind ?? 'none',
          sourceEntity: d.sourceEntity,
        }
      : {
          start,
          end,
          text: text.slice(start, end),
          label: 'claim',
          origin: 'automatic',
          cue: d.cue,
          source: d.source,
          content: d.content,
          sourceKind: d.sourceKind ?? 'none',
        };
    out.push(claim);
  }
  let ordered = true;
  for (let i = 1; i < out.length && ordered; i++) if (compareSpans(out[i - 1], out[i]) > 0) ordered = false;
  if (!ordered) out.sort(compareSpans);
  return out;
}

/**
 * A cheap look at a cue word in the raw text, before its sentence is cut into tokens: a word after
 * an article or a preposition ("the report", "of claims") is a noun, "call" without "for/on" is no cue.
 */
function worthALook(text: string, pos: number, end: number, id: number): boolean {
  const first = text.charCodeAt(pos);
  const forms = CUE_WORD_FORMS[id];
  // "according", "statement"
  if (!forms) return true;
  // the word before, if it is written right before (spaces only)
  let k = pos - 1;
  while (k >= 0 && text.charCodeAt(k) === 32) k--;
  let b = k + 1;
  while (k >= 0 && k > pos - 14) {
    const c = text.charCodeAt(k);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) k--;
    else break;
  }
  const a = k + 1;
  if (b > a && (k < 0 || !isWordCode(text.charCodeAt(k)))) {
    // the word before (ASCII letters), lower-cased only when it starts with a capital: a determiner,
    // a preposition or "whose" (not "to" or "that") makes the cue word a noun
    const pc = text.charCodeAt(a);
    let asWritten = true;
    if (!(pc >= 65 && pc <= 90)) for (let x = a + 1; x < b && asWritten; x++) if (text.charCodeAt(x) <= 90) asWritten = false;
    const before = asWritten ? WORDS.find(text, a, b) : ABSENT;
    if (before >= 0 && ((WORD_BITS[before] & (F.DETERMINERS | F.PREPOSITIONS)) !== 0 || before === WHOSE) && before !== TO && before !== THAT) return false;
    // a capitalised cue after a lower-case word is part of a name ("United States", "Says Who")
    if (first >= 65 && first <= 90 && pc >= 97 && pc <= 122) return false;
    b = a;
  }
  // particles that must follow: "call for", "point out"
  if (NEEDS_PARTICLE[id] === 1) {
    let j = end;
    while (j < text.length && text.charCodeAt(j) === 32) j++;
    let e = j;
    while (e < text.length && e - j < 6 && text.charCodeAt(e) >= 97 && text.charCodeAt(e) <= 122) e++;
    const next = text.slice(j, e);
    let ok = false;
    for (const f of forms) if (f.particles && f.particles.includes(next)) ok = true;
    if (!ok) return false;
  }
  return true;
}

/** Sentences longer than this are looked at in pieces of about this length. */
const LONG_SENTENCE = 1200;

function byCueStart(a: Draft, b: Draft): number {
  return a.cue[0].start - b.cue[0].start;
}

/** A headline in title case ("Holm Says Port Will Reopen"): capitalised cue words are still cues there. */
function isTitleCase(text: string, toks: Tok[]): boolean {
  let words = 0;
  let caps = 0;
  for (const t of toks) {
    if (t.t !== W) continue;
    const c = text.charCodeAt(t.s);
    if (t.cap) {
      words++;
      caps++;
    } else if (c >= 97 && c <= 122 && t.e - t.s > 3) words++;
  }
  return words >= 4 && caps / words > 0.7;
}

/**
 * Empties a list that is filled again right away, keeping its storage: `list.length = 0` would let go
 * of it, and the next push would allocate anew (for each sentence of a story).
 */
function emptied<T>(list: T[]): void {
  while (list.length > 0) list.pop();
}

/**
 * The lists claimsInSentence() fills, made once and reused from sentence to sentence (most sentences
 * of a story are looked at; lists of their own would be most of what the finder allocates). The list
 * it returns is one of them: read it before the next sentence.
 */
const CANDIDATES: Candidate[] = [];
const FIRST_PASS: Array<Draft | null> = [];
const FIRST_DRAFTS: Draft[] = [];
const SENTENCE_DRAFTS: Draft[] = [];
const NO_DRAFTS: readonly Draft[] = [];

/** Lets go of the last sentence's candidates and drafts, once a call is done. */
function releaseSentenceLists(): void {
  CANDIDATES.length = 0;
  FIRST_PASS.length = 0;
  FIRST_DRAFTS.length = 0;
  SENTENCE_DRAFTS.length = 0;
}

function claimsInSentence(ctx: Ctx, s: number, toks: Tok[], positions: number[]): readonly Draft[] {
  let titleCase: boolean | undefined;
  // candidates
  const cands = CANDIDATES;
  emptied(cands);
  let ti = 0;
  for (const pos of positions) {
    while (ti < toks.length && toks[ti].s < pos) ti++;
    if (ti >= toks.length || toks[ti].s !== pos) continue;
    const t = toks[ti];
    if (t.t !== W) continue;
    // a word that is a shared token: what it is of cue words by its key id (its lower case is a cue word, or no such word)
    const kid = t.kid;
    const cid = kid < 0 ? NOT_LOOKED_UP : SHARED.cueFlag[kid] === CF_WHOLE ? SHARED.cueId[kid] : ABSENT;
    if (cid === ABSENT) continue;
    if (cid >= 0 ? cid === ACCORDING : t.w === 'according') {
      const nx = toks[ti + 1];
      if (nx && nx.t === W && nx.w === 'to') cands.push({ cueFrom: ti, verb: ti, cueTo: ti + 1, kind: 'according', mode: 'finite', left: ti - 1 });
      continue;
    }
    if (cid >= 0 ? cid === STATEMENT : t.w === 'statement') {
      // "in a statement" / "in its statement"
      const a = toks[ti - 1];
      const b = toks[ti - 2];
      if (a && b && b.t === W && b.w === 'in' && isDet(a)) cands.push({ cueFrom: ti - 2, verb: ti, cueTo: ti, kind: 'statement', mode: 'finite', left: ti - 3 });
      continue;
    }
    const forms = cid >= 0 ? CUE_WORD_FORMS[cid] : CUES.get(t.w);
    if (!forms) continue;
    if (t.cap && titleCase === undefined) titleCase = isTitleCase(ctx.text, toks);
    const c = candidateAt(toks, ti, forms, titleCase === true);
    if (c) cands.push(c);
  }
  if (cands.length === 0) return NO_DRAFTS;
  let hasVerbCue = false;
  for (const c of cands) if (c.kind === 'verb') hasVerbCue = true;
  const last = toks.length - 1;
  // first pass: which cues make claims
  const first = FIRST_PASS;
  const firstOut = FIRST_DRAFTS;
  emptied(first);
  emptied(firstOut);
  for (let ci = 0; ci < cands.length; ci++) {
    const d = buildClaim(ctx, s, toks, cands[ci], last + 1, firstOut, hasVerbCue);
    first.push(d);
    if (d) firstOut.push(d);
  }
  // second pass: a content stops where the next claim of its own starts
  // (", adding", "and noted", ", according to", "..., but X says")
  const out = SENTENCE_DRAFTS;
  emptied(out);
  for (let ci = 0; ci < cands.length; ci++) {
    if (!first[ci]) continue;
    const c = cands[ci];
    let stop = last + 1;
    let looked = 0;
    for (let cj = ci + 1; cj < cands.length && looked < 6; cj++) {
      const n = cands[cj];
      const nd = first[cj];
      if (!nd) continue;
      looked++;
      const before = toks[n.left];
      if (n.kind === 'according' && before && before.t === P && before.w === ',') {
        stop = n.left;
        break;
      }
      if (n.mode === 'coordinated' || n.mode === 'participle') {
        stop = n.left;
        break;
      }
      if (n.kind === 'verb' && nd.srcTok > c.cueTo) {
        // a clause of its own after a boundary: "..., but Harbour Master Lena Holm says ..."
        let boundary = -1;
        for (let k = Math.max(c.cueTo + 1, nd.srcTok - 3); k < nd.srcTok; k++) {
          const x = toks[k];
          if (x.t === P && x.w === ';') boundary = k;
          if (x.t === P && x.w === ',' && toks[k + 1] && toks[k + 1].t === W && inClass(toks[k + 1], F.BOUNDARY_CONJ)) boundary = k;
        }
        if (boundary >= 0) {
          stop = boundary;
          break;
        }
      }
    }
    const f = first[ci];
    const d = stop === last + 1 && f && !f.inheritFrom ? f : buildClaim(ctx, s, toks, cands[ci], stop, out, hasVerbCue) ?? f;
    if (d) out.push(d);
  }
  return out;
}

function buildClaim(ctx: Ctx, s: number, toks: Tok[], c: Candidate, stop: number, earlier: Draft[], hasVerbCue: boolean): Draft | null {
  if (c.kind === 'statement') return hasVerbCue ? null : statementClaim(ctx, s, toks, c);
  return c.kind === 'according' ? accordingClaim(ctx, s, toks, c, stop) : verbClaim(ctx, s, toks, c, stop, earlier);
}

/** "According to X, ..." / "..., according to X." */
function accordingClaim(ctx: Ctx, s: number, toks: Tok[], c: Candidate, stop: number): Draft | null {
  const { text } = ctx;
  const last = toks.length - 1;
  const a = c.cueTo + 1;
  if (a > last || (toks[a].t !== W && toks[a].t !== POSS)) return null;
  // source: up to a comma, or the first noun phrase when no comma closes it
  let comma = -1;
  for (let k = a; k <= last; k++) {
    const x = toks[k];
    if (x.t === OQ || x.t === CQ || (x.t === P && (x.w === ',' || x.w === ';' || x.w === ':' || ((x.w === '.' || x.w === '?' || x.w === '!') && k < last)))) {
      comma = k;
      break;
    }
  }
  let b: number;
  let clean = comma > a && comma - a <= 14;
  for (let k = a; clean && k < comma; k++) if (toks[k].t === W && inClass(toks[k], F.STOP) && !toks[k].up) clean = false;
  if (clean) b = comma - 1;
  else {
    // "According to Lind the ferry ...": det? modifiers? a run of capitalised words
    comma = -1;
    let k = a;
    if (isDet(toks[k])) k++;
    while (k <= last && toks[k].t === W && !toks[k].cap && !inClass(toks[k], F.STOP) && !inClass(toks[k], F.PREPOSITIONS) && k - a < 4) k++;
    while (k <= last && (toks[k].cap || toks[k].t === POSS || (toks[k].t === P && toks[k].w === '-'))) k++;
    b = Math.max(a, k - 1);
  }
  while (b > a && toks[b].t === P) b--;
  // an appositive after the source: "According to the club's coach, Arvo Kask, ..."
  const appositiveEnd = (from: number): number => {
    let k = from;
    while (k <= last && k - from < 12 && (toks[k].t === W || toks[k].t === POSS) && !inClass(toks[k], F.STOP)) k++;
    if (k === from || !appositiveStart(toks[from]) || inClass(toks[from], F.PREPOSITIONS)) return -1;
    const after = toks[k];
    if (k > last || (after.t === P && (after.w === ',' || after.w === '.' || after.w === ';'))) {
      if (looksLikeClause(toks, from, k - 1)) return -1;
      return k - 1;
    }
    return -1;
  };
  const content: Part[] = [];
  const before = toks[c.cueFrom - 1];
  if (c.cueFrom === 0 || (before && before.t === OQ)) {
    // According to X, CONTENT
    let from = b + 1;
    if (comma >= 0 && toks[comma].w === ',') {
      const app = appositiveEnd(comma + 1);
      // only a short name after the comma, with the content after another comma
      if (app > 0 && toks[app + 1] && toks[app + 1].w === ',' && app - comma <= 5 && toks[comma + 1].cap) {
        b = app;
        from = app + 1;
      }
    }
    let to = Math.min(last, stop - 1);
    // a participle right after the source ("According to X, quoting Y, ...") starts its own claim
    if (to <= from + 1) to = last;
    if (from <= to) {
      const p = trimContent(text, { start: toks[from].s, end: toks[to].e });
      if (p) content.push(p);
    }
  } else {
    // CONTENT, according to X[, CONTENT]
    const first = contentBefore(ctx, s, toks, c.cueFrom - 1);
    if (first) content.push(first);
    if (comma >= 0 && toks[comma].w === ',' && comma < last) {
      const app = appositiveEnd(comma + 1);
      if (app > 0 && (app >= last - 1 || toks[app + 1].w !== ',')) b = app;
      else {
        const p = trimContent(text, { start: toks[comma + 1].s, end: toks[Math.min(last, stop - 1)].e });
        if (p && first) content.push(p);
      }
    }
  }
  if (content.length === 0) return null;
  return makeDraft(s, [partOf(toks, c.cueFrom, c.cueTo)], [partOf(toks, a, b)], content, a, b);
}

/** "In a statement, the ministry ..." with no reporting verb: source the subject after it. */
function statementClaim(ctx: Ctx, s: number, toks: Tok[], c: Candidate): Draft | null {
  const last = toks.length - 1;
  let k = c.cueTo + 1;
  while (k <= last && !(toks[k].t === P && toks[k].w === ',')) k++;
  if (k >= last || c.cueFrom !== 0) return null;
  const a = k + 1;
  let b = a;
  while (b + 1 <= last && npToken(toks[b + 1]) && toks[b + 1].t !== P) b++;
  if (b >= last) return null;
  const content = trimContent(ctx.text, { start: toks[b + 1].s, end: toks[last].e });
  if (!content) return null;
  return makeDraft(s, [partOf(toks, c.cueFrom, c.cueTo)], [partOf(toks, a, b)], [content], a, b);
}

/**
 * Content before token `end` (inclusive) back to the sentence start, or the quotation that ends there
 * (which may begin in an earlier sentence).
 */
function contentBefore(ctx: Ctx, s: number, toks: Tok[], end: number): Part | null {
  const { text } = ctx;
  let e = end;
  while (e >= 0 && toks[e].t === P && toks[e].w !== ')') {
    if (toks[e].t === P && (toks[e].w === ',' || toks[e].w === '—' || toks[e].w === '-' || toks[e].w === '.' || toks[e].w === '?' || toks[e].w === '!')) {
      e--;
      continue;
    }
    break;
  }
  if (e < 0) return contentOfPreviousQuote(ctx, s);
  const et = toks[e];
  if (et.t === CQ) {
    const r = ctx.quotes.at.get(et.s);
    if (r) return quoteInterior(text, r);
  }
  // back to the start of the sentence or the start of a quote in it
  let b = 0;
  for (let k = e; k >= 0; k--) {
    if (toks[k].t === OQ) {
      b = k + 1;
      break;
    }
  }
  if (b > e) return null;
  return trimContent(text, { start: toks[b].s, end: toks[e].e });
}

/** `"Long quote." Holm said.` — the quotation that ends right before sentence `s`. */
function contentOfPreviousQuote(ctx: Ctx, s: number): Part | null {
  const { text } = ctx;
  const start = ctx.sentences[s].start;
  let k = start - 1;
  while (k >= 0 && isSpaceCode(text.charCodeAt(k))) k--;
  if (k < 0) return null;
  const r = ctx.quotes.at.get(k);
  if (r && r.close === k) return quoteInterior(text, r);
  return null;
}

/** The first noun phrase of the sentence's main clause: the subject for coordinated and participle cues. */
function clauseSubject(toks: Tok[], upTo: number): Subject | null {
  let a = 0;
  while (a < upTo && toks[a].t !== W) a++;
  // skip an introductory phrase that ends with a comma close to the start
  const first = toks[a];
  if (first && first.t === W && (inClass(first, F.PREPOSITIONS) || inClass(first, F.ADVERBS) || inClass(first, F.STOP) || first.w.endsWith('ly') || inClass(first, F.TIME_WORDS))) {
    for (let k = a; k < upTo && k < a + 14; k++) {
      if (toks[k].t === P && toks[k].w === ',') {
        a = k + 1;
        break;
      }
    }
  }
  if (a >= upTo) return null;
  if (isPron(toks[a], F.SUBJECT_PRONOUNS)) return { from: a, to: a };
  let b = a;
  while (b + 1 < upTo && npToken(toks[b + 1]) && !(toks[b + 1].t === P && toks[b + 1].w === '.') && b - a < 12) {
    const nx = toks[b + 1];
    // a lower-case word after a name or noun is likely the verb
    if (nx.t === W && !nx.cap && b > a && (nx.w.endsWith('ed') || nx.w.endsWith('s')) && toks[b].t === W && (toks[b].cap || !inClass(toks[b], F.DETERMINERS))) break;
    b++;
  }
  if (toks[a].t !== W) return null;
  return { from: a, to: b };
}

/**
 * Where the content after a cue starts: after an addressee ("told reporters"), adjuncts before "that"
 * ("said on Monday that"), a colon, or a comma before a quotation or a clause. Sets `fw.skippedThat`.
 */
function forwardStart(ctx: Ctx, toks: Tok[], c: Candidate, form: CueForm, end: number, fw: { skippedThat: boolean }): number {
  let i = c.cueTo + 1;
  if ((form.cls === 'tell' && !c.particleObject) || form.lemma === 'ask' || form.lemma === 'urge' || form.lemma === 'remind') i = skipAddressee(toks, i, end);
  const j = skipToThat(toks, i, end);
  if (j !== i || (toks[i] && toks[i].t === W && toks[i].w === 'that')) {
    fw.skippedThat = true;
    return j + 1;
  }
  // "writing in a blog post "...": a short adjunct before a quotation that ends the clause
  const f = toks[i];
  if (f && f.t === W && (inClass(f, F.PREPOSITIONS) || inClass(f, F.TIME_WORDS) || inClass(f, F.ADVERBS))) {
    for (let k = i + 1; k <= end && k <= i + 7; k++) {
      const y = toks[k];
      const q = y.t === OQ ? k : y.t === P && (y.w === ',' || y.w === ':') && toks[k + 1] && toks[k + 1].t === OQ ? k + 1 : -1;
      if (q >= 0) {
        if (clauseQuote(ctx, toks, q)) i = k;
        break;
      }
      if (y.t === P && y.w === ':') {
        i = k;
        break;
      }
      if (y.t !== W && y.t !== POSS) break;
    }
  }
  const x = toks[i];
  if (x && x.t === P && (x.w === ':' || x.w === ',') && toks[i + 1] && toks[i + 1].t === OQ) i++;
  else if (x && x.t === P && x.w === ':') i++;
  else if (x && x.t === P && x.w === ',' && i > c.cueTo + 1 && looksLikeClause(toks, i + 1, end)) i++;
  return i;
}

function makeDraft(s: number, cue: Part[], source: Part[], parts: Part[], from: number, to: number): Draft {
  return { cue, source, content: parts, srcTok: from, start: 0, end: 0, srcEnd: to, sentence: s, info: undefined, kind: undefined, inheritFrom: undefined, sourceEntity: undefined, sourceKind: undefined };
}

/** The cue of a claim: the tokens of its candidate from the auxiliary to the particle ("has called for"). */
const cueOf = (toks: Tok[], c: Candidate): Part[] => [partOf(toks, c.cueFrom, c.cueTo)];

/** Whether forwardStart() went past a "that"; one object for every call (verbClaim() does not nest). */
const FORWARD = { skippedThat: false };

function verbClaim(ctx: Ctx, s: number, toks: Tok[], c: Candidate, stop: number, earlier: Draft[]): Draft | null {
  const { text } = ctx;
  const last = toks.length - 1;
  const form = c.form;
  if (!form) return null;
  const end = Math.min(last, stop - 1);
  let sourceFrom = -1;
  let sourceTo = -1;
  let kind: SourceKind | undefined;
  let inherit: Draft | undefined;
  let content: Part[] = [];
  let contentStart = c.cueTo + 1;
  const lt = toks[c.left];
  const fw = FORWARD;
  fw.skippedThat = false;

  // inverted, source after the verb: '"...," said Mayor Holm.' / '..., says the report'
  const leftIsBreak = lt && ((lt.t === P && (lt.w === ',' || lt.w === '—')) || lt.t === CQ);
  if (leftIsBreak && form.inverts && form.cls !== 'tell' && c.mode !== 'participle' && c.mode !== 'passive' && !appositiveSubject(toks, c.left)) {
    const a = c.cueTo + 1;
    let k = a;
    while (k <= end && k - a < 12) {
      const x = toks[k];
      if (x.t === W) {
        if (inClass(x, F.STOP) && !(k === a && isPron(x, F.PERSON_PRONOUNS)) && !(k === a && x.w === 'they')) break;
        if (k > a && inClass(x, F.INVERSION_ENDS)) break;
        if (k > a && inClass(x, F.CUE) && !x.cap) break;
      } else if (!(x.t === POSS || (x.t === P && (x.w === '-' || x.w === '(' || x.w === ')' || x.w === '.')))) break;
      k++;
    }
    let b = k - 1;
    while (b >= a && toks[b].t === P) b--;
    // what follows the source: the end, a comma, a quotation, or a short adjunct without a clause
    let rest = k;
    while (rest <= end && rest - k < 30 && (toks[rest].t === W || toks[rest].t === POSS) && toks[rest].w !== 'that') rest++;
    const after = toks[k];
    const ends =
      k > end ||
      !after ||
      (after.t === P && after.w !== '(') ||
      after.t === OQ ||
      after.t === CQ ||
      (after.t === W && (inClass(after, F.INVERSION_ENDS) || after.w === 'adding' || after.w === 'saying' || after.w === 'noting' || after.w === 'who') && (rest > end || toks[rest].t !== W));
    if (b >= a && ends && b - a < 10 && toks[a].t === W && !inClass(toks[b], F.DETERMINERS) && !inClass(toks[b], F.PREPOSITIONS)) {
      const first = toks[a];
      const pronounOnly = b === a && (isPron(first, F.PERSON_PRONOUNS) || first.w === 'they');
      if (pronounOnly || first.cap || isDet(first) || inClass(first, F.ROLE_NOUNS) || inClass(first, F.VAGUE_NOUNS) || inClass(first, F.PLURAL_NOUNS)) {
        const before = contentBefore(ctx, s, toks, c.left);
        if (before && (!form.quoteOnly || lt.t === CQ)) {
          const parts = [before];
          const more = continuation(ctx, toks, b + 1, end);
          if (more) parts.push(more);
          return makeDraft(s, cueOf(toks, c), [partOf(toks, a, b)], parts, a, b);
        }
      }
    }
  }

  // source
  if (c.mode === 'participle' || c.mode === 'coordinated' || c.mode === 'infinitive') {
    let prev: Draft | undefined;
    for (let k = earlier.length - 1; k >= 0 && !prev; k--) if (earlier[k].sentence === s && earlier[k].cue[0].start < toks[c.verb].s) prev = earlier[k];
    if (prev && prev.source.length > 0) inherit = prev;
    else if (c.mode === 'coordinated' && form.form === 'base') return null;
    else {
      const subj = clauseSubject(toks, c.left);
      if (subj) {
        sourceFrom = subj.from;
        sourceTo = subj.to;
      }
    }
  } else if (c.mode === 'relative') {
    // "reports suggesting that": the noun right before, with a few modifiers
    let a = c.left;
    while (a - 1 >= 0 && toks[a - 1].t === W && (toks[a - 1].cap || inClass(toks[a - 1], F.RELATIVE_MODIFIERS))) a--;
    sourceFrom = a;
    sourceTo = c.left;
  } else if (c.mode === 'passive') {
    // agent: "was reported by Radio Halden"
    const by = toks[c.cueTo + 1];
    if (by && by.t === W && by.w === 'by') {
      let k = c.cueTo + 2;
      const a = k;
      while (k <= end && (toks[k].t === W || toks[k].t === POSS) && !inClass(toks[k], F.STOP) && k - a < 10) k++;
      if (k > a) {
        sourceFrom = a;
        sourceTo = k - 1;
        contentStart = k;
      }
    }
    kind = sourceFrom < 0 ? 'none' : undefined;
  } else {
    const subj = subjectBack(toks, c.left, 0);
    if (subj) {
      sourceFrom = subj.from;
      sourceTo = subj.appositive ? subj.appositive[1] : subj.to;
    }
  }

  // content
  const fwdStart = c.mode === 'passive' && sourceFrom >= 0 ? contentStart : forwardStart(ctx, toks, c, form, end, fw);
  let i = fwdStart;
  const passiveSubjectToInf = c.mode === 'passive' && !fw.skippedThat && toks[i] && toks[i].t === W && toks[i].w === 'to';
  if (c.mode === 'passive') {
    // "It was reported that ...", "X is believed to ...", "X was told that ..."
    const t = toks[i];
    if (!t) return null;
    if (t.w === 'that') {
      i++;
      fw.skippedThat = true;
    } else if (passiveSubjectToInf) {
      if (!RAISING.has(form.lemma)) return null;
    } else if (!fw.skippedThat && !(t.t === OQ || (t.t === P && t.w === ':'))) return null;
  }
  const x = toks[i];
  const region = x && x.t === OQ ? ctx.quotes.at.get(x.s) : undefined;
  const quoted = !!region && region.open === x.s && (region.close - region.open > 12 || i >= end - 1);
  if (region && quoted) {
    // a quotation: its interior, across sentences if it goes on
    const p = quoteInterior(text, region);
    if (p) content.push(p);
  } else if (i <= end) {
    let e = end;
    // "said two boats were seized, while the owners refused to talk": a clause of the reporting sentence
    for (let k = i + 2; k < e; k++) {
      const t = toks[k];
      if (t.t === OQ) break;
      if (t.t === P && (t.w === ';' || (t.w === ',' && toks[k + 1] && toks[k + 1].t === W && (toks[k + 1].w === 'while' || toks[k + 1].w === 'whereas') && !(toks[k + 2] && toks[k + 2].w.endsWith('ing'))))) {
        e = k - 1;
        break;
      }
    }
    // "stressed the need for X, amid growing unrest": the adjunct belongs to the reporting clause
    if (form.cls === 'speech' && form.lemma !== 'say') {
      for (let k = i + 2; k < e; k++) {
        if (toks[k].t === P && toks[k].w === ',' && toks[k + 1] && toks[k + 1].t === W && inClass(toks[k + 1], F.CLAUSE_ADJUNCTS)) {
          e = k - 1;
          break;
        }
      }
    }
    const p = trimContent(text, { start: toks[i].s, end: toks[e].e }, true);
    if (p) content.push(stripOuterQuotes(text, p, ctx));
  }
  if (c.mode === 'passive' && passiveSubjectToInf) {
    // content = subject + infinitive
    const subj = subjectBack(toks, c.left, 0);
    if (subj && content.length > 0) content.unshift(partOf(toks, subj.from, subj.to));
  }

  const forwardEmpty = content.length === 0 || (!fw.skippedThat && !quoted && isAdjunctOnly(toks, fwdStart, end));
  if (forwardEmpty) {
    // a verb with nothing after it: '"...," X said.', "X said." after a quotation in the sentence before,
    // or a parenthetical "The best stall, Holm observed, was ..."
    if (c.mode === 'passive' || !form.inverts || sourceFrom < 0 || inherit) return null;
    const before = sourceFrom - 1;
    content = [];
    if (before >= 0) {
      const bt = toks[before];
      if (form.quoteOnly && !(bt.t === CQ || (toks[before - 1] && toks[before - 1].t === CQ))) return null;
      if ((bt.t === P && (bt.w === ',' || bt.w === '—' || bt.w === ':')) || bt.t === CQ) {
        const p = contentBefore(ctx, s, toks, before);
        if (p) content.push(p);
      }
    } else {
      const p = contentOfPreviousQuote(ctx, s);
      if (p) content.push(p);
    }
    if (content.length > 0) {
      const more = continuation(ctx, toks, skipAdjunct(toks, c.cueTo + 1, end), end);
      if (more) content.push(more);
    }
  } else if (c.mode !== 'passive') {
    const ft = toks[i];
    const introduced = fw.skippedThat || quoted || (fwdStart > 0 && toks[fwdStart - 1].t === P && toks[fwdStart - 1].w === ':');
    if (form.lemma === 'ask' && !(introduced || (ft && ft.t === W && (inClass(ft, F.WH) || ft.w === 'whether' || ft.w === 'if')))) return null;
    if (!introduced) {
      if (form.quoteOnly) return null;
      if (c.mode === 'infinitive') return null;
      if (ft && ft.t === W && (ft.w === 'and' || ft.w === 'or' || ft.w === 'but' || ft.w === 'nor')) return null;
      if (ft && ft.t === W && (inClass(ft, F.PREPOSITIONS) || ft.w === 'to') && form.lemma !== 'say') {
        // only a fronted adjunct of the reported clause: "predicted by 2040, traffic would ..."
        let comma = false;
        for (let k = i + 1; k <= end && k < i + 7; k++) if (toks[k].t === P && toks[k].w === ',') comma = true;
        if (!comma) return null;
      }
      if ((form.cls === 'clause' || form.cls === 'tell') && !c.particleObject && !deniedClaim(form, toks, i, end) && !looksLikeClause(toks, i, end)) {
        // a fronted adjunct: look after its comma
        let ok = false;
        const adjunct = ft && ft.t === W && (inClass(ft, F.PREPOSITIONS) || inClass(ft, F.TIME_WORDS) || isAdverb(ft));
        for (let k = i + 1; adjunct && k <= end && k < i + 7; k++) {
          if (toks[k].t === P && toks[k].w === ',') {
            ok = looksLikeClause(toks, k + 1, end);
            break;
          }
        }
        if (!ok) return null;
      }
    }
    // a finite verb whose subject cannot be found is no claim ("that voiced support")
    if (sourceFrom < 0 && !inherit && c.mode === 'finite') return null;
    // '"We take it seriously," she said, "but ..."': a quotation split by its attribution
    if (quoted && sourceFrom > 0) {
      const bt = toks[sourceFrom - 1];
      const closes = bt.t === CQ ? bt : bt.t === P && bt.w === ',' && toks[sourceFrom - 2] && toks[sourceFrom - 2].t === CQ ? toks[sourceFrom - 2] : undefined;
      const r = closes ? ctx.quotes.at.get(closes.s) : undefined;
      const p = r ? quoteInterior(text, r) : null;
      if (p) content.unshift(p);
    }
  }
  if (content.length === 0) return null;
  if (inherit) {
    const d = makeDraft(s, cueOf(toks, c), inherit.source, content, -1, -1);
    d.inheritFrom = inherit;
    return d;
  }
  const d = sourceFrom >= 0 ? makeDraft(s, cueOf(toks, c), [partOf(toks, sourceFrom, sourceTo)], content, sourceFrom, sourceTo) : makeDraft(s, cueOf(toks, c), [], content, -1, -1);
  d.kind = kind;
  return d;
}

/**
 * True when everything before the comma at `comma` is a name with an appositive and no clause
 * ("Lena Holm, the harbour master, stressed ...", "The harbour master, Lena Holm, stressed ...") or a
 * bare name of two or three words ("Lena Holm, stressed ..."; one word may be a fronted content: "Peace,
 * said Holm, was close"): the verb after it has its subject before it and is no inversion.
 */
function appositiveSubject(toks: Tok[], comma: number): boolean {
  const t = toks[comma];
  if (!t || t.t !== P || t.w !== ',') return false;
  if (comma <= 3) {
    let names = true;
    for (let k = 0; k < comma && names; k++) if (toks[k].t !== W || !toks[k].cap || toks[k].up || inClass(toks[k], F.STOP)) names = false;
    if (names && comma > 1) return true;
  }
  const subj = subjectBack(toks, comma, 0);
  if (!subj || !subj.appositive) return false;
  let first = 0;
  while (first < comma && toks[first].t !== W) first++;
  if (subj.from !== first) return false;
  return !looksLikeClause(toks, first, comma - 1);
}

function deniedClaim(form: CueForm, toks: Tok[], i: number, end: number): boolean {
  if (form.lemma !== 'deny' && form.lemma !== 'dismiss' && form.lemma !== 'dispute') return false;
  for (let k = i; k <= end && k < i + 4; k++) if (toks[k].t === W && inClass(toks[k], F.CLAIM_NOUNS)) return true;
  return false;
}

/** Skips a short adjunct ("in a statement", "on Monday") from `i`; returns the first token after it. */
function skipAdjunct(toks: Tok[], i: number, end: number): number {
  const t = toks[i];
  if (!t || t.t !== W || !(inClass(t, F.PREPOSITIONS) || inClass(t, F.TIME_WORDS) || inClass(t, F.ADVERBS))) return i;
  let k = i;
  while (k <= end && (toks[k].t === W || toks[k].t === POSS) && k - i < 7) k++;
  return k;
}

/**
 * What continues after an attribution in the middle: '"...," she said, "but ..."' (a quotation) or
 * "The best stall of the fair, Holm observed, was the fish market" (the rest of the clause).
 */
function continuation(ctx: Ctx, toks: Tok[], k: number, end: number): Part | null {
  const t = toks[k];
  if (!t || k > end || t.t !== P || t.w !== ',') return null;
  const n = toks[k + 1];
  if (!n || k + 1 > end) return null;
  if (n.t === OQ) {
    const r = ctx.quotes.at.get(n.s);
    return r && r.open === n.s ? quoteInterior(ctx.text, r) : null;
  }
  if (n.t !== W || (inClass(n, F.CUE) && n.w.endsWith('ing')) || n.w === 'according' || n.w === 'who' || n.w === 'which') return null;
  // the rest must go on as a clause, not a new one with its own subject
  if (!(inClass(n, F.AUX) || (!n.cap && n.w.endsWith('ed')) || inClass(n, F.IRREGULAR_PAST))) return null;
  return trimContent(ctx.text, { start: n.s, end: toks[end].e }, true);
}

/** Whether the quotation opening at token `q` is a reported utterance rather than a title or a scare quote. */
function clauseQuote(ctx: Ctx, toks: Tok[], q: number): boolean {
  const r = ctx.quotes.at.get(toks[q].s);
  if (!r || r.open !== toks[q].s) return false;
  if (r.close - r.open < 30) return false;
  // a title inside a noun phrase is followed by more words: 'on "The Great Riverton Bake Off" site'
  let k = q + 1;
  while (k < toks.length && toks[k].s < r.close) k++;
  const after = toks[k + 1];
  return !after || after.t !== W;
}

/** True when tokens [i, end] are only an adjunct such as "on Monday" or "in a statement". */
function isAdjunctOnly(toks: Tok[], i: number, end: number): boolean {
  if (i > end) return true;
  const t = toks[i];
  if (t.t === P && t.w !== '(') {
    // ", adding ..." or end punctuation
    return true;
  }
  if (t.t !== W) return false;
  if (!(inClass(t, F.PREPOSITIONS) || inClass(t, F.ADJUNCT_STARTERS) || inClass(t, F.TIME_WORDS))) return false;
  const n = toks[i + 1];
  // "to avoid the toll road" is an infinitive, not an adjunct
  if (t.w === 'to' && n && n.t === W && !n.cap && !inClass(n, F.DETERMINERS) && !inClass(n, F.ADDRESSEES) && !inClass(n, F.OBJECT_PRONOUNS)) return false;
  let k = i;
  while (k <= end && (toks[k].t !== P || toks[k].w === '-')) k++;
  if (k - i > 10) return false;
  if (k > end || toks[k].w === '.') return true;
  if (toks[k].w !== ',') return false;
  // "predicted by 2040, traffic would ...": a fronted adjunct of the content, not a trailing one
  const n2 = toks[k + 1];
  return !n2 || k + 1 > end || n2.t !== W || (inClass(n2, F.CUE) && n2.w.endsWith('ing')) || n2.w === 'according';
}

/** A content that is one whole quotation loses its marks. */
function stripOuterQuotes(text: string, p: Part, ctx: Ctx): Part {
  const c = text.charCodeAt(p.start);
  const r = c === 34 || c === 0x201c || c === 0x2018 || c === 39 ? ctx.quotes.at.get(p.start) : undefined;
  if (r && r.open === p.start && r.closed && r.close >= p.end - 1) {
    return trimContent(text, { start: r.open + 1, end: r.close }) ?? p;
  }
  const t = trimContent(text, p);
  if (!t) return p;
  // a quotation that ends the content keeps its closing mark: 'share data “in real time”'
  const e = text.charCodeAt(t.end);
  if (t.end < p.end && (e === 34 || e === 0x201d || e === 39 || e === 0x2019)) {
    const q = ctx.quotes.at.get(t.end);
    if (q && q.closed && q.close === t.end && q.open > t.start) return { start: t.start, end: t.end + 1 };
  }
  return t;
}

// ---------------------------------------------------------------------------------------------
// Source resolution

/**
 * Mentions of actors sorted by position, as parallel arrays (a story has thousands of actor mentions;
 * one object each would cost more than the lookups they serve), with their positions for binary search.
 */
interface MentionList {
  starts: number[];
  entities: string[];
  kinds: ActorKind[];
  /** index of the sentence that holds the mention */
  sentences: number[];
}

const noMentions = (): MentionList => ({ starts: [], entities: [], kinds: [], sentences: [] });

function addMention(list: MentionList, pos: number, entity: string, kind: ActorKind, sentence: number): void {
  const i = lowerBound(list.starts, pos + 1);
  list.starts.splice(i, 0, pos);
  list.entities.splice(i, 0, entity);
  list.kinds.splice(i, 0, kind);
  list.sentences.splice(i, 0, sentence);
}

/** Index of the first mention in [from, to) (of a person when `person`), among the first 200 from `from`; -1 when none. */
function firstMention(list: MentionList, from: number, to: number, person: boolean): number {
  const first = lowerBound(list.starts, from);
  const last = Math.min(list.starts.length, first + 200);
  for (let i = first; i < last && list.starts[i] < to; i++) if (!person || list.kinds[i] === 'person') return i;
  return -1;
}

/** A mention found in one of two lists. */
interface Found {
  list: MentionList;
  index: number;
}

/** The earlier of the first mentions in [from, to) of two lists (the first list's on a tie), into `found`; false when neither has one. */
function firstOfBoth(a: MentionList, b: MentionList, from: number, to: number, person: boolean, found: Found): boolean {
  const x = firstMention(a, from, to, person);
  const y = firstMention(b, from, to, person);
  if (x < 0 && y < 0) return false;
  if (x < 0 || (y >= 0 && b.starts[y] < a.starts[x])) {
    found.list = b;
    found.index = y;
  } else {
    found.list = a;
    found.index = x;
  }
  return true;
}

function resolveSources(ctx: Ctx, actorIndex: ActorIndex, drafts: Draft[]): void {
  const { sentences } = ctx;
  const ents = actorIndex.entities;
  const actorKinds = actorIndex.kinds;
  const actorStarts = actorIndex.starts;
  const actorEnds = actorIndex.ends;
  // mentions of actors, in order, with their sentence; resolved pronoun and role sources are added as they come
  // (when every actor has an entity, the mentions are the actors: their lists are shared, read only)
  const n = actorIndex.length;
  let everyOne = true;
  for (let a = 0; a < n && everyOne; a++) if (!ents[a]) everyOne = false;
  let mentions: MentionList;
  let si = 0;
  if (everyOne) {
    const sentenceOf = new Array<number>(n);
    for (let a = 0; a < n; a++) {
      const start = actorStarts[a];
      while (si + 1 < sentences.length && sentences[si + 1].start <= start) si++;
      sentenceOf[a] = si;
    }
    mentions = { starts: actorStarts, entities: ents as string[], kinds: actorKinds, sentences: sentenceOf };
  } else {
    mentions = noMentions();
    for (let a = 0; a < n; a++) {
      const e = ents[a];
      if (!e) continue;
      const start = actorStarts[a];
      while (si + 1 < sentences.length && sentences[si + 1].start <= start) si++;
      mentions.starts.push(start);
      mentions.entities.push(e);
      mentions.kinds.push(actorKinds[a]);
      mentions.sentences.push(si);
    }
  }
  const extra = noMentions();
  const found: Found = { list: mentions, index: -1 };
  // the kind of each entity's first mention ('person' for one never mentioned), the mentions read
  // only as far as the entities asked for need
  const kinds = new Map<string, ActorKind>();
  let kindsRead = 0;
  const kindOf = (e: string): ActorKind => {
    let kind = kinds.get(e);
    while (kind === undefined && kindsRead < mentions.entities.length) {
      const m = mentions.entities[kindsRead];
      if (!kinds.has(m)) {
        kinds.set(m, mentions.kinds[kindsRead]);
        if (m === e) kind = mentions.kinds[kindsRead];
      }
      kindsRead++;
    }
    return kind ?? 'person';
  };
  // people tied to organisations by an appositive, made when the first role source asks for them
  let links: Map<string, Array<{ person: string; pos: number }>> | undefined;
  for (let di = 0; di < drafts.length; di++) {
    const d = drafts[di];
    if (d.inheritFrom) {
      d.sourceEntity = d.inheritFrom.sourceEntity;
      d.sourceKind = d.inheritFrom.sourceKind;
      continue;
    }
    if (d.source.length === 0) {
      d.sourceKind = 'none';
      continue;
    }
    const src = d.source[0];
    const info = d.info;
    if (!info) continue;
    const inside = actorsIn(actorIndex, src.start, src.end);
    // a single pronoun
    if (info.pronoun) {
      d.sourceKind = 'pronoun';
      // the actor recogniser may have resolved it already
      for (const a of inside) if (!d.sourceEntity && ents[a]) d.sourceEntity = ents[a];
      if (d.sourceEntity) continue;
      const w = info.first;
      if (w === 'he' || w === 'she') {
        // the subject (first person named) of the nearest sentence that names a person
        for (let k = d.sentence; k >= 0 && k >= d.sentence - 5 && !d.sourceEntity; k--) {
          if (firstOfBoth(mentions, extra, sentences[k].start, k === d.sentence ? src.start : sentences[k].end, true, found)) d.sourceEntity = found.list.entities[found.index];
        }
      } else if (w === 'they' || w === 'it') {
        // an organisation (or, for "it", a place) that is the first actor of a recent sentence
        for (let k = d.sentence; k >= 0 && k >= d.sentence - 2; k--) {
          if (!firstOfBoth(mentions, extra, sentences[k].start, k === d.sentence ? src.start : sentences[k].end, false, found)) continue;
          const kind = found.list.kinds[found.index];
          if (kind === 'organisation' || kind === 'group' || (w === 'it' && kind === 'place')) d.sourceEntity = found.list.entities[found.index];
          break;
        }
      } else if (w === 'who' || w === 'which') {
        // the closest actor before it in the sentence: "Kask, who had told Lind ..."
        const from = Math.max(sentences[d.sentence].start, src.start - 80);
        const i = lowerBound(mentions.starts, src.start) - 1;
        const j = lowerBound(extra.starts, src.start) - 1;
        const before = i >= 0 && mentions.starts[i] >= from;
        if (j >= 0 && extra.starts[j] >= from && (!before || extra.starts[j] > mentions.starts[i])) d.sourceEntity = extra.entities[j];
        else if (before) d.sourceEntity = mentions.entities[i];
      } else if (w === 'i') {
        // "I" inside a quotation: the speaker of the quotation
        for (let j = Math.max(0, di - 10); j < drafts.length && j <= di + 10 && !d.sourceEntity; j++) {
          const o = drafts[j];
          if (o === d || !o.sourceEntity) continue;
          for (const p of o.content) if (p.start <= src.start && p.end >= src.end) d.sourceEntity = o.sourceEntity;
        }
      }
      if (d.sourceEntity) addMention(extra, src.start, d.sourceEntity, kindOf(d.sourceEntity), d.sentence);
      continue;
    }
    // the head of the noun phrase (before a prepositional phrase, appositive or parenthesis)
    const head = info.head;
    const hasHead = info.headS >= 0;
    // (actors by index, -1 for none)
    let person = -1;
    let holding = -1;
    let firstNamed = -1;
    for (const a of inside) {
      if (actorStarts[a] < src.start - 1 || actorEnds[a] > src.end + 1 || !ents[a]) continue;
      if (actorKinds[a] === 'person' && person < 0) person = a;
      if (firstNamed < 0) firstNamed = a;
      if (hasHead && actorStarts[a] <= info.headS && actorEnds[a] >= info.headE) holding = a;
    }
    if (person >= 0) {
      d.sourceKind = 'named';
      d.sourceEntity = ents[person];
      continue;
    }
    if (hasHead && ROLE_NOUNS.has(head) && holding < 0 && info.words > 0 && (info.first === 'a' || info.first === 'an')) {
      // "a spokesman for the ministry": someone unnamed who speaks for the body named in it
      d.sourceKind = 'role';
      if (firstNamed >= 0) d.sourceEntity = ents[firstNamed];
      continue;
    }
    if (hasHead && ROLE_NOUNS.has(head) && holding < 0) {
      // a role: the person who holds it
      d.sourceKind = 'role';
      const orgs = new Set<string>();
      for (const a of inside) {
        const e = ents[a];
        if (e && actorStarts[a] >= src.start - 1 && actorEnds[a] <= src.end + 1) orgs.add(e);
      }
      if (!links) links = actorIndex.length > 0 ? roleLinks(ctx, actorIndex) : new Map<string, Array<{ person: string; pos: number }>>();
      const e = resolveRole(mentions, links, orgs, src, d.sentence);
      if (e) {
        d.sourceEntity = e;
        addMention(extra, src.start, e, 'person', d.sentence);
      }
      continue;
    }
    const definiteSingular = hasHead && !head.endsWith('s') && !PLURAL_NOUNS.has(head) && info.words > 1 && DEFINITE.has(info.first);
    if (VAGUE_NOUNS.has(head) && holding < 0 && !definiteSingular) {
      // "reports", "U.S. officials": vague, though tied to a country or body where one is named
      d.sourceKind = 'vague';
      if (firstNamed >= 0) d.sourceEntity = ents[firstNamed];
      continue;
    }
    if (holding >= 0 || firstNamed >= 0) {
      // the actor that holds the head ("Radio Halden News Service"), else the possessor ("Halden's transport ministry")
      d.sourceKind = 'named';
      d.sourceEntity = ents[holding >= 0 ? holding : firstNamed];
      continue;
    }
    // no actor: a name written with capitals, or a description
    let hasCap = info.hasCap;
    if (info.words === 1 && info.firstCap && !DETERMINERS.has(info.first) && !VAGUE_NOUNS.has(head) && !PLURAL_NOUNS.has(head)) hasCap = true;
    // a bare plural names no one in particular: "Rescue workers said", "Critics argue"
    const barePlural = info.words > 0 && !DETERMINERS.has(info.first) && (PLURAL_NOUNS.has(head) || (head.length > 3 && head.endsWith('s') && !head.endsWith('ss') && !head.endsWith('us')));
    if (hasCap) d.sourceKind = 'named';
    else if ((VAGUE_NOUNS.has(head) && !definiteSingular) || (barePlural && !INSTITUTION_NOUNS.has(head) && head !== 'police')) d.sourceKind = 'vague';
    else d.sourceKind = 'role';
  }
}



/** The head word of a source noun phrase: the last word before "of/for/at/to", a comma or a parenthesis. */
function headOf(toks: Tok[], from: number, to: number): Tok | undefined {
  let head: Tok | undefined;
  let depth = 0;
  for (let k = from; k <= to; k++) {
    const t = toks[k];
    if (t.t === P && t.w === '(') depth++;
    else if (t.t === P && t.w === ')') depth--;
    else if (depth > 0) continue;
    else if (t.t === P && t.w === ',') break;
    else if (t.t === W && inClass(t, F.PREPOSITIONS) && head) break;
    else if (t.t === W) head = t;
  }
  return head;
}

/**
 * People tied to organisations or places by an appositive or a title:
 * "Mara Lind, the league's high commissioner", "Halden's Transport Minister, Arvo Kask".
 * Returns entity of the organisation/place -> people ids with the position of the tie.
 */
function roleLinks(ctx: Ctx, ix: ActorIndex): Map<string, Array<{ person: string; pos: number }>> {
  const { text } = ctx;
  const L = text.length;
  const out = new Map<string, Array<{ person: string; pos: number }>>();
  const { starts, ends, entities, kinds } = ix;
  const n = ix.length;
  const add = (org: string, person: string, pos: number): void => {
    const list = out.get(org);
    if (list) list.push({ person, pos });
    else out.set(org, [{ person, pos }]);
  };
  for (let i = 0; i < n; i++) {
    const pe = entities[i];
    if (kinds[i] !== 'person' || !pe) continue;
    const pStart = starts[i];
    const pEnd = ends[i];
    // person first: "P, the X's role ..." / "P, role of X"
    for (let j = i + 1; j < n && starts[j] - pEnd < 60; j++) {
      const xe = entities[j];
      if (!xe || kinds[j] === 'person') continue;
      // (the pattern needs a comma right after the person: looked at before the text is cut out)
      if (starts[j] <= pEnd || pEnd >= L || text.charCodeAt(pEnd) !== 44) break;
      const between = text.slice(pEnd, starts[j]);
      if (/^,\s+(?:(?:the|a|an)\s+)?(?:[\w\u00c0-\u024f'’-]+\s+){0,5}$/i.test(between) && !/[.;]/.test(between) && hasRoleWord(text, pEnd, Math.min(L, ends[j] + 60))) add(xe, pe, pStart);
      break;
    }
    // organisation first: "X's Foreign Minister, P" / "X's role P"
    for (let j = i - 1; j >= 0 && pStart - ends[j] < 60; j--) {
      const xe = entities[j];
      if (!xe || kinds[j] === 'person') continue;
      // (the pattern needs an apostrophe right after the organisation)
      const xEnd = ends[j];
      const ap = xEnd < L ? text.charCodeAt(xEnd) : 0;
      if (pStart <= xEnd || (ap !== 39 && ap !== 0x2019)) break;
      const between = text.slice(xEnd, pStart);
      if (/^['’]s\s+(?:[\w\u00c0-\u024f'’-]+\s+){1,5},?\s*$/.test(between.replace(/,\s+$/, ' ')) && hasRoleWord(text, xEnd, pStart)) add(xe, pe, pStart);
      break;
    }
  }
  return out;
}

/** Whether `text[from, to)` holds a word of ROLE_NOUNS. */
function hasRoleWord(text: string, from: number, to: number): boolean {
  // the runs of [a-z-] of the lower-cased text, looked up one by one (ASCII text needs no lower-cased copy)
  let b = -1;
  for (let i = from; i <= to; i++) {
    const c = i < to ? text.charCodeAt(i) : 32;
    if (c >= 128) {
      const words = text.slice(from, to).toLowerCase().split(/[^a-z-]+/);
      return words.some((w) => ROLE_NOUNS.has(w));
    }
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 45) {
      if (b < 0) b = i;
    } else if (b >= 0) {
      const id = WORDS.find(text, b, i);
      if (id >= 0 && (WORD_BITS[id] & F.ROLE_NOUNS) !== 0) return true;
      b = -1;
    }
  }
  return false;
}

function resolveRole(
  mentions: MentionList,
  links: Map<string, Array<{ person: string; pos: number }>>,
  orgs: Set<string>,
  src: Part,
  sentence: number,
): string | undefined {
  // a person tied to the organisation of the role, nearest first
  let best: { person: string; d: number } | undefined;
  for (const o of orgs) {
    for (const l of links.get(o) ?? []) {
      const d = Math.abs(l.pos - src.start);
      if (!best || d < best.d) best = { person: l.person, d };
    }
  }
  if (best) return best.person;
  // else the nearest person before (up to three sentences back), else after (up to two ahead)
  const { sentences, kinds, entities } = mentions;
  for (let i = lowerBound(mentions.starts, src.start) - 1; i >= 0 && sentences[i] >= sentence - 3; i--) {
    if (kinds[i] === 'person') return entities[i];
  }
  for (let i = lowerBound(mentions.starts, src.end); i < sentences.length && sentences[i] <= sentence + 2; i++) {
    if (kinds[i] === 'person') return entities[i];
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Hover line

function partsText(text: string, parts: Part[]): string {
  return parts
    .map((p) => text.slice(p.start, p.end))
    .join(' … ')
    .replace(/\s+/g, ' ')
    .trim();
}

function short(s: string, n = 80): string {
  return s.length > n ? s.slice(0, n - 1).trimEnd() + '…' : s;
}

/**
 * The hover line of a claim: "Claim by Mara Lind (via 'She'), cue 'emphasized'";
 * "Unattributed claim, cue 'is believed'"; "Vaguely attributed claim (reports), cue 'indicate'".
 */
export function describeClaim(claim: ClaimSpan, text: string, entityName: (id: string) => string | undefined): string {
  const cue = `cue '${short(partsText(text, claim.cue), 40)}'`;
  const src = short(partsText(text, claim.source));
  if (claim.sourceKind === 'none' || claim.source.length === 0) return `Unattributed claim, ${cue}`;
  if (claim.sourceKind === 'vague') return `Vaguely attributed claim (${src}), ${cue}`;
  const name = claim.sourceEntity ? entityName(claim.sourceEntity) : undefined;
  if (name) {
    const via = src.toLowerCase() === name.toLowerCase() ? '' : ` (via '${src}')`;
    return `Claim by ${name}${via}, ${cue}`;
  }
  if (claim.sourceEntity) return `Claim by ${src} (${claim.sourceEntity}), ${cue}`;
  if (claim.sourceKind === 'pronoun') return `Claim by '${src}' (unresolved), ${cue}`;
  return `Claim by ${src}, ${cue}`;
}
