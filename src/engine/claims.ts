/**
 * Claims: who says what.
 *
 * Each claim has three parts, as attribution corpora (PARC, PolNeAR) mark them: the source (who),
 * the cue (a reporting verb or phrase: "said", "has stressed", "called for", "According to") and the
 * content (the reported clause, object or quotation). Sources resolve to actors where one can be known:
 * a name to its actor, a role ("the EU's foreign policy chief") to the person who holds it, a pronoun
 * to the actor it refers back to.
 *
 * The finder works sentence by sentence and only looks closely at sentences that hold a cue word,
 * found with one regular expression over the whole text. No step backtracks over more than a sentence.
 */
import { splitSentences } from './sentences';
import type { ActorKind, ActorSpan, ClaimSpan, Part, SourceKind } from './types';

// ---------------------------------------------------------------------------------------------
// Cue lexicon

/** How a cue verb takes its content. */
type CueClass =
  /** an object or a clause: "stressed the necessity", "said the talks failed" */
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

/** Verbs that can follow their content: '"...," Borrell said', '..., he added'. */
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
  { base: 'quote', cls: 'clause' },
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

/** One regular expression that finds every cue word (and "according", "statement") in a text. */
const CUE_RE = (() => {
  const words = [...CUES.keys(), 'according', 'statement'].sort((a, b) => b.length - a.length);
  const alternatives = words.flatMap((w) => [w, w[0].toUpperCase() + w.slice(1)]);
  return new RegExp(`\\b(?:${alternatives.join('|')})\\b`, 'g');
})();

// ---------------------------------------------------------------------------------------------
// Word classes

const set = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

const DETERMINERS = set('the a an his her its their our my your this these those such no any each every');
const PREPOSITIONS = set(
  'of in on for with by about from after before without upon at into over under through against despite amid amidst during toward towards via per than between among like onto within across',
);
const AUX = set(
  "has have had having will would shall should can could may might must do does did is are was were am be been being 's 've 'd 'll",
);
const BE = set("is are was were am be been being 's");
const HAVE_MODAL = set("has have had will would shall should can could may might must do does did 've 'd 'll");
const ADVERBS = set(
  'also later previously reportedly repeatedly publicly recently further again then separately once twice earlier still already even never not just only first initially subsequently simply flatly strongly firmly clearly explicitly openly privately personally officially formally quickly immediately mistakenly allegedly falsely correctly rightly wrongly frequently often always sometimes now today yesterday tonight last finally ultimately additionally instead however too',
);
const SUBJECT_PRONOUNS = set('he she it they we i you who which');
const PLURAL_PRONOUNS = set('they we i you');
const CLAUSE_PRONOUNS = set('he she it they we i');
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
/** Heads of institutions: "South Korea's presidential office" is South Korea speaking. */
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
const WH = set('what why how when where whether if who which whom');
/** Clause adjuncts that follow a reported object but belong to the reporting sentence. */
const CLAUSE_ADJUNCTS = set('amid amidst during while ahead following');

// ---------------------------------------------------------------------------------------------
// Tokens

const W = 0; // word
const P = 1; // punctuation
const OQ = 2; // opening quote
const CQ = 3; // closing quote
const POSS = 4; // possessive 's or plural '

interface Tok {
  s: number;
  e: number;
  /** lower-cased text, curly apostrophes made plain */
  w: string;
  t: number;
  cap: boolean;
  /** written in capitals ("WHO", "IT"): an acronym, never a pronoun */
  up: boolean;
}

/** A pronoun from `which`, unless written as an acronym ("WHO"). */
const isPron = (t: Tok | undefined, which: Set<string>): boolean => !!t && t.t === W && !t.up && which.has(t.w);

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
  regions: QuoteRegion[];
  /** mark index -> region, for opening and closing marks */
  at: Map<number, QuoteRegion>;
}

function findQuotes(text: string): QuoteIndex {
  const regions: QuoteRegion[] = [];
  const at = new Map<number, QuoteRegion>();
  const re = /["\u201c\u201d\u2018\u2019'\n]/g;
  let openDouble = -1;
  let openSingle = -1;
  const L = text.length;
  const prevCode = (i: number): number => (i > 0 ? text.charCodeAt(i - 1) : 32);
  const nextCode = (i: number): number => (i + 1 < L ? text.charCodeAt(i + 1) : 32);
  const closeAt = (open: number, close: number, closed: boolean): void => {
    const r: QuoteRegion = { open, close, closed };
    regions.push(r);
    at.set(open, r);
    if (closed) at.set(close, r);
  };
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const i = m.index;
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
      else if (openDouble < 0) opening = !spaceAfter || !spaceBefore;
      else opening = false;
      if (c === 34 && openDouble < 0 && spaceBefore === false && spaceAfter) opening = false;
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
      const r: QuoteRegion = { open: openSingle, close: i, closed: true };
      // single quotes inside double quotes are nested; keep them out of the region list used for content
      at.set(openSingle, r);
      at.set(i, r);
      regions.push(r);
      openSingle = -1;
    }
  }
  if (openDouble >= 0) {
    let e = L;
    while (e > openDouble && isSpaceCode(text.charCodeAt(e - 1))) e--;
    closeAt(openDouble, e, false);
  }
  regions.sort((a, b) => a.open - b.open);
  return { regions, at };
}

function tokenize(text: string, from: number, to: number, quotes: QuoteIndex): Tok[] {
  const out: Tok[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      i++;
      continue;
    }
    const q = c === 34 || c === 39 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 ? quotes.at.get(i) : undefined;
    if (q) {
      out.push({ s: i, e: i + 1, w: '"', t: q.open === i ? OQ : CQ, cap: false, up: false });
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
      const raw = text.slice(i, j);
      const lower = raw.toLowerCase();
      out.push({ s: i, e: j, w: lower.includes('\u2019') ? lower.replace(/\u2019/g, "'") : lower, t: W, cap: isUpperCode(c), up: isUpperCode(c) && j > i + 1 && isUpperCode(text.charCodeAt(i + 1)) });
      i = j;
      continue;
    }
    if ((c === 39 || c === 0x2019) && out.length > 0 && out[out.length - 1].t === W && out[out.length - 1].e === i) {
      // possessive: 's, or a bare ' after a plural
      const nx = i + 1 < to ? text.charCodeAt(i + 1) : 32;
      if ((nx === 115 || nx === 83) && !(i + 2 < to && isWordCode(text.charCodeAt(i + 2)))) {
        out.push({ s: i, e: i + 2, w: "'s", t: POSS, cap: false, up: false });
        i += 2;
        continue;
      }
      if (nx === 100 || nx === 109 || nx === 108 || nx === 114 || nx === 118) {
        // contractions 'd 'm 'll 're 've
        let j = i + 1;
        while (j < to && isWordCode(text.charCodeAt(j))) j++;
        out.push({ s: i, e: j, w: text.slice(i, j).toLowerCase().replace(/\u2019/g, "'"), t: W, cap: false, up: false });
        i = j;
        continue;
      }
      out.push({ s: i, e: i + 1, w: "'", t: POSS, cap: false, up: false });
      i++;
      continue;
    }
    if (c === 46 && i + 2 < to && text.charCodeAt(i + 1) === 46 && text.charCodeAt(i + 2) === 46) {
      out.push({ s: i, e: i + 3, w: '...', t: P, cap: false, up: false });
      i += 3;
      continue;
    }
    out.push({ s: i, e: i + 1, w: text[i], t: P, cap: false, up: false });
    i++;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Actors

interface ActorIndex {
  all: ActorSpan[];
  /** starts of `all`, for binary search */
  starts: number[];
}

function indexActors(actors: ActorSpan[]): ActorIndex {
  const all = actors.filter((a) => a.origin !== 'rejected').slice().sort((a, b) => a.start - b.start || b.end - a.end);
  return { all, starts: all.map((a) => a.start) };
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

/** Actors that overlap [start, end). */
function actorsIn(ix: ActorIndex, start: number, end: number): ActorSpan[] {
  const out: ActorSpan[] = [];
  // actors are short; look back a little for ones starting before `start`
  let i = lowerBound(ix.starts, start);
  let j = i - 1;
  while (j >= 0 && start - ix.all[j].start < 200) {
    if (ix.all[j].end > start) out.push(ix.all[j]);
    j--;
  }
  out.reverse();
  for (; i < ix.all.length && ix.all[i].start < end; i++) out.push(ix.all[i]);
  return out;
}

const entityOf = (a: ActorSpan): string | undefined => a.entity ?? (a.entities && a.entities.length === 1 ? a.entities[0] : undefined);

// ---------------------------------------------------------------------------------------------
// The finder

interface Draft {
  cue: Part[];
  source: Part[];
  content: Part[];
  /** token range of the source in its sentence, for classification */
  sourceToks: Tok[];
  sentence: number;
  /** kind that the structure already tells (pronoun, none) */
  kind?: SourceKind;
  /** inherited from another claim of the same sentence (coordinated verbs, ", adding ...") */
  inheritFrom?: Draft;
  sourceEntity?: string;
  sourceKind?: SourceKind;
}

interface Ctx {
  text: string;
  sentences: Part[];
  quotes: QuoteIndex;
  actors: ActorIndex;
}

const partOf = (toks: Tok[], a: number, b: number): Part => ({ start: toks[a].s, end: toks[b].e });

function isDet(t: Tok | undefined): boolean {
  return !!t && (t.t === POSS || (t.t === W && DETERMINERS.has(t.w)));
}

function isWordTok(t: Tok | undefined): t is Tok {
  return !!t && t.t === W;
}

/** True when the token can be part of a noun phrase that ends before a verb. */
function npToken(t: Tok): boolean {
  if (t.t === POSS) return true;
  if (t.t === P) return t.w === '(' || t.w === ')' || t.w === '-' || t.w === '&' || t.w === '/' || t.w === '.';
  if (t.t !== W) return false;
  if (STOP.has(t.w)) return false;
  if (CUES.has(t.w) && !t.cap) return false;
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
  if (t.t === W && (STOP.has(t.w) || PREPOSITIONS.has(t.w) || DETERMINERS.has(t.w))) return -1;
  // a verb cannot end a subject: "... prompted calls for"
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
    if (p.t === W && PREPOSITIONS.has(p.w)) {
      // "Director of the National ... study", "Posts on the message board": a preposition inside a noun phrase
      const before = toks[k - 2];
      if (['of', 'for', 'at', 'from', 'on', 'in', 'to'].includes(p.w) && before && before.t === W && !STOP.has(before.w) && !PREPOSITIONS.has(before.w) && !DETERMINERS.has(before.w) && !(CUES.has(before.w) && !before.cap)) {
        k--;
        continue;
      }
      break;
    }
    if (p.t === W && !p.cap && p.w.length > 4 && p.w.endsWith('ed') && !isDet(toks[k - 2])) break; // a verb: "arrived"
    if (!npToken(p)) break;
    k--;
  }
  // drop leading prepositional phrases and connectives ("On Monday Borrell", "And the minister")
  for (let guard = 0; guard < 4 && k < end; guard++) {
    const f = toks[k];
    if (f.t === W && (f.w === 'and' || f.w === 'but' || f.w === 'so' || f.w === 'or')) {
      k++;
      continue;
    }
    if (f.t === W && PREPOSITIONS.has(f.w)) {
      // skip to the last determiner or the last capitalised run start
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
    if (f.t === W && TIME_WORDS.has(f.w) && k < end) {
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
  if (DETERMINERS.has(t.w)) return true;
  if (t.w === 'who' || t.w === 'which' || t.w === 'whose' || t.w === 'known' || t.w === 'according') return false;
  if (!t.cap && (t.w.endsWith('ed') || t.w.endsWith('ing'))) return false;
  return t.cap || ROLE_NOUNS.has(t.w) || /^(former|then|deputy|senior|chief|acting|assistant|vice|executive|managing|founding|interim|newly|outgoing|incoming|top|leading|prominent)$/.test(t.w);
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
  if (isPron(t, SUBJECT_PRONOUNS)) return { from: end, to: end };
  if (t.t === P && t.w === ',') {
    // "Borrell, known for ..., indicated" / "Jeff Rathke, the State Department spokesperson, said"
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
    if (k < limit || toks[k].w !== ',' || k === end - 1) return null;
    const headEnd = k - 1;
    const head = npBack(toks, headEnd, limit);
    if (head < 0) return null;
    const inner = toks[k + 1];
    const app: [number, number] | undefined = appositiveStart(inner) ? [k + 1, end - 1] : undefined;
    // the head must be a name or noun, not the end of an introductory phrase ("On Monday, X, ...")
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
  if (t.w === 'that' || WH.has(t.w)) return true;
  if (isPron(t, CLAUSE_PRONOUNS)) return true;
  if (t.w === 'there') return true;
  if (PREPOSITIONS.has(t.w) || t.w === 'to' || t.w === 'and' || t.w === 'or' || t.w === 'but') return false;
  for (let k = i + 1; k <= end && k < i + 14; k++) {
    const x = toks[k];
    if (x.t === P && x.w !== '-' && x.w !== '(' && x.w !== ')' && x.w !== "'" && x.w !== '%' && x.w !== '$') {
      if (x.w === ',' && k < i + 4) continue;
      return false;
    }
    if (x.t !== W) continue;
    // a relative clause belongs to an object: "a penalty which the referee awarded"
    if (x.w === 'which' || x.w === 'who' || x.w === 'that' || x.w === 'whom' || x.w === 'where') return false;
    if (AUX.has(x.w) && x.w !== 'being' && x.w !== 'having') return true;
    if (x.cap || k === i) continue;
    const prev = toks[k - 1];
    const nx = toks[k + 1];
    const prevNouny = prev.t === W && !DETERMINERS.has(prev.w) && !PREPOSITIONS.has(prev.w) && !/(ed|ous|al|ive|ic|ful|less|able|ible|ary|ing)$/.test(prev.w);
    const nextStarts = !nx || nx.t !== W || nx.cap || DETERMINERS.has(nx.w) || PREPOSITIONS.has(nx.w) || OBJECT_PRONOUNS.has(nx.w) || nx.w === 'to' || nx.w === 'and' || nx.w.endsWith('ly');
    // a past tense verb after its subject: "the Church imprisoned her", "fisherman first noticed the people"
    if (x.w.length > 3 && x.w.endsWith('ed') && prevNouny && nextStarts) return true;
    // a present tense verb: "the USI exhibit identifies and features"
    if (x.w.length > 3 && x.w.endsWith('s') && !/(ss|us|is|'s)$/.test(x.w) && k >= i + 2 && prevNouny && nextStarts && nx && nx.t === W) return true;
  }
  return false;
}

/** Strips spaces, end punctuation and quote marks off the ends of a content part. */
function trimContent(text: string, p: Part, keepQuotes = false): Part | null {
  let s = p.start;
  let e = p.end;
  const strip = (c: number): boolean =>
    isSpaceCode(c) || c === 44 || c === 46 || c === 59 || c === 58 || c === 33 || c === 63 || (!keepQuotes && (c === 34 || c === 0x201c || c === 0x201d)) || c === 0x2014 || c === 0x2013;
  while (s < e && strip(text.charCodeAt(s))) s++;
  while (e > s && strip(text.charCodeAt(e - 1))) e--;
  // a lone trailing closing quote of a quote that opened inside the content stays out of it
  return e > s ? { start: s, end: e } : null;
}

function sentenceIndexAt(sentences: Part[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].start <= pos) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

/** The interior of a quote region (without the marks). */
function quoteInterior(text: string, r: QuoteRegion): Part | null {
  return trimContent(text, { start: r.open + 1, end: r.closed ? r.close : r.close });
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
  // adverbs and auxiliaries before the verb
  let k = v - 1;
  let sawBe = false;
  let sawModal = false;
  let sawAux = false;
  let sawTo = false;
  while (k >= 0) {
    const x = toks[k];
    if (x.t !== W) break;
    if (AUX.has(x.w)) {
      if (BE.has(x.w)) sawBe = true;
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
  while (cueFrom - 1 > k && toks[cueFrom - 1].t === W && HAVE_MODAL.has(toks[cueFrom - 1].w)) cueFrom--;
  const left = k;
  const lt = toks[left];
  const next = toks[cueTo + 1];
  // a finite verb needs something before it (a subject, a comma of an inversion, a quote)
  if (!lt && !sawAux && !sawTo) return null;
  // nouns and modifiers: "the report", "his claims", "an estimated 10,000", "Russia's statement", "50 questions"
  if (!sawAux && !sawTo && isDet(lt)) return null;
  if (!sawAux && !sawTo && lt && lt.t === W && (PREPOSITIONS.has(lt.w) || lt.w === 'whose' || /^[0-9]/.test(lt.w))) return null;
  if (form.form === 's' || form.form === 'base') {
    // "claims of", "reports are", "Reports indicate", "reports indicating": a plural noun
    if (next && next.t === W && !next.cap && (next.w === 'of' || (AUX.has(next.w) && next.w !== 'had' && next.w !== "'s") || CUES.has(next.w))) return null;
  }
  if (form.form === 'base' && !sawModal && !sawTo) {
    // a bare base form is a present tense with a plural subject: "officials say", "Reports indicate", "WHO say"
    if (sawBe || sawAux) return null;
    if (!lt || lt.t !== W) return null;
    const plural =
      isPron(lt, PLURAL_PRONOUNS) ||
      (lt.cap && !isPron(lt, SUBJECT_PRONOUNS)) ||
      PLURAL_NOUNS.has(lt.w) ||
      (lt.w.length > 3 && lt.w.endsWith('s') && !lt.w.endsWith('ss') && !lt.w.endsWith('us') && !lt.w.endsWith('is') && !STOP.has(lt.w) && !PREPOSITIONS.has(lt.w) && !DETERMINERS.has(lt.w) && !CUES.has(lt.w));
    if (!plural) return null;
  }
  let mode: Candidate['mode'] = 'finite';
  if (form.form === 'ing') {
    if (sawBe || sawAux) mode = 'finite';
    else if (lt && lt.t === P && lt.w === ',') mode = 'participle';
    else if (lt && lt.t === W && !STOP.has(lt.w) && !PREPOSITIONS.has(lt.w) && !DETERMINERS.has(lt.w) && !isPron(lt, SUBJECT_PRONOUNS) && !lt.w.endsWith('ly')) mode = 'relative';
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
  return { cueFrom, verb: v, cueTo, form, kind: 'verb', mode, left };
}

const NOT_ADVERBS = set('reply supply family rely apply early daily weekly monthly yearly likely only italy july fly ally belly bully holy ugly jelly rally tally');
/** Adverbs that may stand between a subject or auxiliary and the verb: "also", "repeatedly", "strongly". */
function isAdverb(t: Tok): boolean {
  if (t.t !== W || t.cap) return false;
  if (ADVERBS.has(t.w)) return true;
  return t.w.length > 4 && t.w.endsWith('ly') && !NOT_ADVERBS.has(t.w);
}

/** Skips an addressee ("told reporters", "told the BBC", "told LA Weekly") from token `i`. */
function skipAddressee(toks: Tok[], i: number, end: number): number {
  const t = toks[i];
  if (!t || t.t !== W) return i;
  if (isPron(t, OBJECT_PRONOUNS)) return i + 1;
  let k = i;
  if (DETERMINERS.has(toks[k].w) && toks[k].t === W) k++;
  const x = toks[k];
  if (!x || x.t !== W) return i;
  if (ADDRESSEES.has(x.w)) {
    k++;
    while (k <= end && toks[k].t === W && ADDRESSEES.has(toks[k].w)) k++;
    return k;
  }
  if (x.cap) {
    while (k <= end && toks[k].t === W && toks[k].cap) k++;
    // "told LA Weekly in a statement that": fine; a capitalised run followed by a verb is a subject, not an addressee
    const after = toks[k];
    if (after && after.t === W && (AUX.has(after.w) || (after.w.endsWith('ed') && !PREPOSITIONS.has(after.w)))) return i;
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
      if (f.t === W && (ADJUNCT_STARTERS.has(f.w) || ADVERBS.has(f.w) || TIME_WORDS.has(f.w) || PREPOSITIONS.has(f.w))) return k;
      return i;
    }
    if (x.t === W && (AUX.has(x.w) || isPron(x, SUBJECT_PRONOUNS))) return i;
  }
  return i;
}

/**
 * Finds the claims in a text. `actors` (from the actor recogniser) let sources resolve to entities;
 * with none, sources still get their parts and kind. `sentences` from splitSentences(text) when at hand.
 */
export function findClaims(text: string, actors: ActorSpan[], sentences?: Part[]): ClaimSpan[] {
  const sents = sentences ?? splitSentences(text);
  const ctx: Ctx = { text, sentences: sents, quotes: findQuotes(text), actors: indexActors(actors) };
  // cue words, grouped by sentence
  const bySentence = new Map<number, number[]>();
  CUE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let si = 0;
  while ((m = CUE_RE.exec(text))) {
    const pos = m.index;
    while (si < sents.length && sents[si].end <= pos) si++;
    if (si >= sents.length) break;
    if (sents[si].start > pos) continue;
    const list = bySentence.get(si);
    if (list) list.push(pos);
    else bySentence.set(si, [pos]);
  }
  const drafts: Draft[] = [];
  for (const [s, positions] of bySentence) {
    const sent = sents[s];
    const toks = tokenize(text, sent.start, sent.end, ctx.quotes);
    drafts.push(...claimsInSentence(ctx, s, toks, positions));
  }
  drafts.sort((a, b) => a.cue[0].start - b.cue[0].start);
  resolveSources(ctx, drafts);
  const out: ClaimSpan[] = [];
  for (const d of drafts) {
    const parts = [...d.cue, ...d.source, ...d.content];
    const start = Math.min(...parts.map((p) => p.start));
    const end = Math.max(...parts.map((p) => p.end));
    const claim: ClaimSpan = {
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
    if (d.sourceEntity) claim.sourceEntity = d.sourceEntity;
    out.push(claim);
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out;
}

function claimsInSentence(ctx: Ctx, s: number, toks: Tok[], positions: number[]): Draft[] {
  const { text } = ctx;
  const sent = ctx.sentences[s];
  let words = 0;
  let caps = 0;
  for (const t of toks) {
    if (t.t === W && /^[a-z]/i.test(t.w)) {
      words++;
      if (t.cap) caps++;
    }
  }
  const titleCase = words >= 4 && caps / words > 0.7;
  // candidates
  const cands: Candidate[] = [];
  let ti = 0;
  for (const pos of positions) {
    while (ti < toks.length && toks[ti].s < pos) ti++;
    if (ti >= toks.length || toks[ti].s !== pos) continue;
    const t = toks[ti];
    if (t.t !== W) continue;
    if (t.w === 'according') {
      const nx = toks[ti + 1];
      if (nx && nx.t === W && nx.w === 'to') cands.push({ cueFrom: ti, verb: ti, cueTo: ti + 1, kind: 'according', mode: 'finite', left: ti - 1 });
      continue;
    }
    if (t.w === 'statement') {
      // "in a statement" / "in its statement"
      const a = toks[ti - 1];
      const b = toks[ti - 2];
      if (a && b && b.t === W && b.w === 'in' && isDet(a)) cands.push({ cueFrom: ti - 2, verb: ti, cueTo: ti, kind: 'statement', mode: 'finite', left: ti - 3 });
      continue;
    }
    const forms = CUES.get(t.w);
    if (!forms) continue;
    const c = candidateAt(toks, ti, forms, titleCase);
    if (c) cands.push(c);
  }
  if (cands.length === 0) return [];
  const hasVerbCue = cands.some((c) => c.kind === 'verb');
  const out: Draft[] = [];
  const last = toks.length - 1;
  for (let ci = 0; ci < cands.length; ci++) {
    const c = cands[ci];
    if (c.kind === 'statement') {
      if (hasVerbCue) continue;
      const d = statementClaim(ctx, s, toks, c);
      if (d) out.push(d);
      continue;
    }
    // where the content of this claim must stop: the next cue that starts its own construction
    let stop = last + 1;
    for (let cj = ci + 1; cj < cands.length; cj++) {
      const n = cands[cj];
      const before = toks[n.left];
      if (n.kind === 'according' && before && before.t === P && before.w === ',') {
        stop = n.left;
        break;
      }
      if (n.mode === 'coordinated' || n.mode === 'participle') {
        stop = n.mode === 'coordinated' ? n.left : n.left;
        break;
      }
    }
    const d = c.kind === 'according' ? accordingClaim(ctx, s, toks, c, stop) : verbClaim(ctx, s, toks, c, stop, out);
    if (d) {
      out.push(d);
      void sent;
    }
  }
  return out;
}

/** "According to X, ..." / "..., according to X." */
function accordingClaim(ctx: Ctx, s: number, toks: Tok[], c: Candidate, stop: number): Draft | null {
  const { text } = ctx;
  const last = toks.length - 1;
  // source: from after "to" up to a comma, or the end of the first name
  let a = c.cueTo + 1;
  if (a > last) return null;
  let b = a;
  let comma = -1;
  for (let k = a; k <= last; k++) {
    const x = toks[k];
    if (x.t === P && (x.w === ',' || x.w === ';' || x.w === ':' || ((x.w === '.' || x.w === '?' || x.w === '!') && k < last))) {
      comma = k;
      break;
    }
    if (x.t === OQ || x.t === CQ) {
      comma = k;
      break;
    }
  }
  if (comma >= 0 && comma - a <= 25) {
    b = comma - 1;
  } else {
    // no comma: the first noun phrase (det? modifiers? name run), then a new clause starts
    let k = a;
    if (isDet(toks[k])) k++;
    while (k <= last && toks[k].t === W && !toks[k].cap && !STOP.has(toks[k].w) && k - a < 4) k++;
    while (k <= last && (toks[k].cap || toks[k].t === POSS || (toks[k].t === P && toks[k].w === '-'))) k++;
    b = Math.max(a, k - 1);
  }
  while (b > a && toks[b].t === P) b--;
  if (toks[a].t !== W && toks[a].t !== POSS) return null;
  const source: Part = partOf(toks, a, b);
  const content: Part[] = [];
  const before = toks[c.cueFrom - 1];
  const sentStart = 0;
  if (c.cueFrom === sentStart || (before && before.t === OQ)) {
    // According to X, CONTENT
    const from = b + 1;
    let to = Math.min(last, stop - 1);
    // a participle right after the source ("According to X, quoting Y, ...") starts its own claim
    if (to <= from + 1) to = last;
    if (from <= to) {
      const p = trimContent(text, { start: toks[from].s, end: toks[to].e });
      if (p) content.push(p);
    }
  } else {
    // CONTENT, according to X[, CONTENT]
    const end = c.cueFrom - 1;
    const first = contentBefore(ctx, s, toks, end);
    if (first) content.push(first);
    if (comma >= 0 && toks[comma].w === ',' && comma < last) {
      const p = trimContent(text, { start: toks[comma + 1].s, end: toks[Math.min(last, stop - 1)].e });
      if (p && first) content.push(p);
    }
  }
  if (content.length === 0) return null;
  return {
    cue: [partOf(toks, c.cueFrom, c.cueTo)],
    source: [source],
    content,
    sourceToks: toks.slice(a, b + 1),
    sentence: s,
  };
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
  return { cue: [partOf(toks, c.cueFrom, c.cueTo)], source: [partOf(toks, a, b)], content: [content], sourceToks: toks.slice(a, b + 1), sentence: s };
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

/** `"Long quote." Borrell said.` — the quotation that ends right before sentence `s`. */
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
  if (first && first.t === W && (PREPOSITIONS.has(first.w) || ADVERBS.has(first.w) || STOP.has(first.w) || first.w.endsWith('ly') || TIME_WORDS.has(first.w))) {
    for (let k = a; k < upTo && k < a + 14; k++) {
      if (toks[k].t === P && toks[k].w === ',') {
        a = k + 1;
        break;
      }
    }
  }
  if (a >= upTo) return null;
  if (isPron(toks[a], SUBJECT_PRONOUNS)) return { from: a, to: a };
  let b = a;
  while (b + 1 < upTo && npToken(toks[b + 1]) && !(toks[b + 1].t === P && toks[b + 1].w === '.') && b - a < 12) {
    const nx = toks[b + 1];
    // a lower-case word after a name or noun is likely the verb
    if (nx.t === W && !nx.cap && b > a && (nx.w.endsWith('ed') || nx.w.endsWith('s')) && toks[b].t === W && (toks[b].cap || !DETERMINERS.has(toks[b].w))) break;
    b++;
  }
  if (toks[a].t !== W) return null;
  return { from: a, to: b };
}

function verbClaim(ctx: Ctx, s: number, toks: Tok[], c: Candidate, stop: number, earlier: Draft[]): Draft | null {
  const { text } = ctx;
  const last = toks.length - 1;
  const form = c.form;
  if (!form) return null;
  const cue: Part[] = [partOf(toks, c.cueFrom, c.cueTo)];
  const end = Math.min(last, stop - 1);
  let sourceFrom = -1;
  let sourceTo = -1;
  let kind: SourceKind | undefined;
  let inherit: Draft | undefined;
  let content: Part[] = [];
  let contentStart = c.cueTo + 1;
  const lt = toks[c.left];

  // forward content start: addressee, adjuncts before "that", colon, comma before a quote or clause
  let skippedThat = false;
  const forward = (): number => {
    let i = c.cueTo + 1;
    if (form.cls === 'tell' || form.lemma === 'ask' || form.lemma === 'urge' || form.lemma === 'remind') i = skipAddressee(toks, i, end);
    const j = skipToThat(toks, i, end);
    if (j !== i || (toks[i] && toks[i].t === W && toks[i].w === 'that')) {
      skippedThat = true;
      return j + 1;
    }
    const x = toks[i];
    if (x && x.t === P && (x.w === ':' || x.w === ',') && toks[i + 1] && toks[i + 1].t === OQ) i++;
    else if (x && x.t === P && x.w === ':') i++;
    else if (x && x.t === P && x.w === ',' && i > c.cueTo + 1 && looksLikeClause(toks, i + 1, end)) i++;
    return i;
  };

  // inverted, source after the verb: '"...," said Ambassador Mohib.' / '..., says the report'
  const leftIsBreak = lt && ((lt.t === P && (lt.w === ',' || lt.w === '—')) || lt.t === CQ);
  if (leftIsBreak && form.inverts && c.mode !== 'participle' && c.mode !== 'passive') {
    let k = c.cueTo + 1;
    const a = k;
    let hasName = false;
    while (k <= end && (toks[k].t === W || toks[k].t === POSS || (toks[k].t === P && (toks[k].w === '-' || toks[k].w === '(' || toks[k].w === ')'))) && k - a < 12) {
      const x = toks[k];
      if (x.t === W && (x.cap || ROLE_NOUNS.has(x.w) || VAGUE_NOUNS.has(x.w) || INSTITUTION_NOUNS.has(x.w) || isPron(x, PERSON_PRONOUNS) || x.w === 'they')) hasName = true;
      if (x.t === W && (x.w === 'that' || x.w === 'in' || x.w === 'on' || x.w === 'at' || x.w === 'to' || x.w === 'during' || x.w === 'after' || x.w === 'before' || x.w === 'while')) break;
      k++;
    }
    const b = k - 1;
    const after = toks[k];
    const ends = !after || k > end || (after.t === P && after.w !== '(') || after.t === OQ || (after.t === W && ['in', 'on', 'at', 'to', 'during', 'after', 'before', 'while', 'adding', 'saying', 'noting'].includes(after.w));
    if (b >= a && hasName && ends && toks[a].t === W && !DETERMINERS.has(toks[b].w) && (b - a < 8 || !after || k > end)) {
      const first = toks[a];
      const pronounOnly = b === a && isPron(first, SUBJECT_PRONOUNS);
      if (pronounOnly || first.cap || isDet(first) || ROLE_NOUNS.has(first.w) || VAGUE_NOUNS.has(first.w)) {
        const before = contentBefore(ctx, s, toks, c.left);
        if (before) {
          return {
            cue,
            source: [partOf(toks, a, b)],
            content: [before],
            sourceToks: toks.slice(a, b + 1),
            sentence: s,
          };
        }
      }
    }
  }

  // source
  if (c.mode === 'participle' || c.mode === 'coordinated' || c.mode === 'infinitive') {
    const prev = [...earlier].reverse().find((d) => d.sentence === s && d.cue[0].start < toks[c.verb].s);
    if (prev && prev.source.length > 0) inherit = prev;
    else {
      const subj = clauseSubject(toks, c.left);
      if (subj) {
        sourceFrom = subj.from;
        sourceTo = subj.to;
      }
    }
  } else if (c.mode === 'relative') {
    // "reports indicating that": the noun right before, with a few modifiers
    let a = c.left;
    while (a - 1 >= 0 && toks[a - 1].t === W && (toks[a - 1].cap || /^(the|a|an|some|several|many|recent|new|media|news|unconfirmed|local|official|earlier|initial|preliminary|these|those|press|multiple|other)$/.test(toks[a - 1].w))) a--;
    sourceFrom = a;
    sourceTo = c.left;
  } else if (c.mode === 'passive') {
    // agent: "was reported by Yonhap"
    const by = toks[c.cueTo + 1];
    if (by && by.t === W && by.w === 'by') {
      let k = c.cueTo + 2;
      const a = k;
      while (k <= end && (toks[k].t === W || toks[k].t === POSS) && !STOP.has(toks[k].w) && k - a < 10) k++;
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
  const fwdStart = c.mode === 'passive' && sourceFrom >= 0 ? contentStart : forward();
  let i = fwdStart;
  const passiveSubjectToInf = c.mode === 'passive' && !skippedThat && toks[i] && toks[i].t === W && toks[i].w === 'to';
  if (c.mode === 'passive') {
    // "It was reported that ...", "X is believed to ...", "X was told that ..."
    const t = toks[i];
    if (!t) return null;
    if (t.w === 'that') {
      i++;
      skippedThat = true;
    } else if (passiveSubjectToInf) {
      if (form.cls === 'tell' || ['ask', 'urge', 'call', 'advise', 'remind', 'find', 'show', 'prove', 'quote', 'read', 'continue'].includes(form.lemma)) return null;
    } else if (!skippedThat && !(t.t === OQ || (t.t === P && t.w === ':'))) return null;
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
    // "stressed the necessity of X, amid rising concerns": the adjunct belongs to the reporting clause
    if (form.cls === 'speech' && form.lemma !== 'say') {
      for (let k = i + 2; k < e; k++) {
        if (toks[k].t === P && toks[k].w === ',' && toks[k + 1] && toks[k + 1].t === W && CLAUSE_ADJUNCTS.has(toks[k + 1].w)) {
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

  const forwardEmpty = content.length === 0 || (!skippedThat && !quoted && isAdjunctOnly(toks, fwdStart, end));
  if (forwardEmpty) {
    // a verb with nothing after it: '"...," X said.', or "X said." after a quotation in the sentence before
    if (c.mode === 'passive' || !form.inverts || sourceFrom < 0 || inherit) return null;
    const before = sourceFrom - 1;
    if (before >= 0) {
      const bt = toks[before];
      if ((bt.t === P && (bt.w === ',' || bt.w === '—' || bt.w === ':')) || bt.t === CQ) {
        const p = contentBefore(ctx, s, toks, before);
        content = p ? [p] : [];
      } else content = [];
    } else {
      const p = contentOfPreviousQuote(ctx, s);
      content = p ? [p] : [];
    }
  } else if (c.mode !== 'passive') {
    const ft = toks[i];
    const introduced = skippedThat || quoted || (fwdStart > 0 && toks[fwdStart - 1].t === P && toks[fwdStart - 1].w === ':');
    if (!introduced) {
      if (form.quoteOnly) return null;
      if (c.mode === 'infinitive') return null;
      if (ft && ft.t === W && (ft.w === 'and' || ft.w === 'or' || ft.w === 'but' || ft.w === 'nor')) return null;
      if (ft && ft.t === W && (PREPOSITIONS.has(ft.w) || ft.w === 'to') && form.lemma !== 'say') {
        // only a fronted adjunct of the reported clause: "estimated by 2050, population would ..."
        let comma = false;
        for (let k = i + 1; k <= end && k < i + 7; k++) if (toks[k].t === P && toks[k].w === ',') comma = true;
        if (!comma) return null;
      }
      if ((form.cls === 'clause' || form.cls === 'tell') && !looksLikeClause(toks, i, end)) {
        // a fronted adjunct: look after its comma
        let ok = false;
        for (let k = i + 1; k <= end && k < i + 7; k++) {
          if (toks[k].t === P && toks[k].w === ',') {
            ok = looksLikeClause(toks, k + 1, end);
            break;
          }
        }
        if (!ok) return null;
      }
    }
    // a finite verb whose subject cannot be found is no claim ("that expressed an interest")
    if (sourceFrom < 0 && !inherit && c.mode === 'finite') return null;
  }
  if (content.length === 0) return null;
  const source: Part[] = [];
  let sourceToks: Tok[] = [];
  if (inherit) {
    source.push(...inherit.source);
    sourceToks = inherit.sourceToks;
  } else if (sourceFrom >= 0) {
    source.push(partOf(toks, sourceFrom, sourceTo));
    sourceToks = toks.slice(sourceFrom, sourceTo + 1);
  }
  return { cue, source, content, sourceToks, sentence: s, kind, inheritFrom: inherit };
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
  if (!(PREPOSITIONS.has(t.w) || ADJUNCT_STARTERS.has(t.w) || TIME_WORDS.has(t.w))) return false;
  let k = i;
  while (k <= end && toks[k].t !== P) k++;
  return k - i <= 6 && (k > end || toks[k].w === ',' || toks[k].w === '.');
}

/** A content that is one whole quotation loses its marks. */
function stripOuterQuotes(text: string, p: Part, ctx: Ctx): Part {
  const r = ctx.quotes.at.get(p.start);
  if (r && r.open === p.start && r.closed && r.close >= p.end - 1) {
    return trimContent(text, { start: r.open + 1, end: r.close }) ?? p;
  }
  return trimContent(text, p) ?? p;
}

// ---------------------------------------------------------------------------------------------
// Source resolution

interface Mention {
  pos: number;
  entity: string;
  kind: ActorKind;
  sentence: number;
}

function resolveSources(ctx: Ctx, drafts: Draft[]): void {
  const { text, sentences } = ctx;
  const all = ctx.actors.all;
  // mentions of actors, in order, with their sentence; claims add resolved pronoun sources as they go
  const mentions: Mention[] = [];
  for (const a of all) {
    const e = entityOf(a);
    if (!e) continue;
    mentions.push({ pos: a.start, entity: e, kind: a.kind, sentence: sentenceIndexAt(sentences, a.start) });
  }
  const links = roleLinks(ctx);
  const extra: Mention[] = [];
  const mentionsBefore = (pos: number, sentence: number, back: number): Mention[] => {
    // all mentions in sentences [sentence-back, sentence] that start before pos, plus claim sources
    const starts = mentions.map((x) => x.pos);
    const out: Mention[] = [];
    let i = lowerBound(starts, pos) - 1;
    for (; i >= 0 && mentions[i].sentence >= sentence - back; i--) out.push(mentions[i]);
    for (const x of extra) if (x.pos < pos && x.sentence >= sentence - back) out.push(x);
    return out;
  };
  const firstOfNearestSentence = (cands: Mention[], fromSentence: number, back: number): Mention | undefined => {
    for (let s = fromSentence; s >= fromSentence - back; s--) {
      const inS = cands.filter((x) => x.sentence === s);
      if (inS.length > 0) return inS.reduce((a, b) => (b.pos < a.pos ? b : a));
    }
    return undefined;
  };
  for (const d of drafts) {
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
    const toks = d.sourceToks;
    const words = toks.filter((t) => t.t === W);
    // a single pronoun
    if (words.length === 1 && isPron(words[0], SUBJECT_PRONOUNS)) {
      d.sourceKind = 'pronoun';
      const own = actorsIn(ctx.actors, src.start, src.end).find((a) => entityOf(a));
      if (own) {
        d.sourceEntity = entityOf(own);
        continue;
      }
      const w = words[0].w;
      const before = mentionsBefore(src.start, d.sentence, 5);
      if (w === 'he' || w === 'she') {
        // the subject of the nearest sentence that names a person
        const persons = before.filter((x) => x.kind === 'person');
        const claimPersons = persons.filter((x) => x.sentence < d.sentence || x.pos < src.start);
        const m = firstOfNearestSentence(claimPersons, d.sentence, 5);
        if (m) d.sourceEntity = m.entity;
      } else if (w === 'they' || w === 'it') {
        const m = firstOfNearestSentence(before, d.sentence, 2);
        if (m && (m.kind === 'organisation' || m.kind === 'group' || (w === 'it' && m.kind === 'place'))) d.sourceEntity = m.entity;
      } else if (w === 'who' || w === 'which') {
        const near = before.filter((x) => x.sentence === d.sentence && src.start - x.pos < 80);
        const m = near.length > 0 ? near.reduce((a, b) => (b.pos > a.pos ? b : a)) : undefined;
        if (m) d.sourceEntity = m.entity;
      } else if (w === 'i' || w === 'we') {
        // "I" inside a quotation: the speaker of the quotation
        const outer = drafts.find((o) => o !== d && o.sourceEntity && o.content.some((p) => p.start <= src.start && p.end >= src.end));
        if (outer && w === 'i') d.sourceEntity = outer.sourceEntity;
      }
      if (d.sourceEntity) extra.push({ pos: src.start, entity: d.sourceEntity, kind: kindOfEntity(all, d.sourceEntity), sentence: d.sentence });
      continue;
    }
    // the head of the noun phrase (before a prepositional phrase, appositive or parenthesis)
    const headTok = headOf(toks);
    const head = headTok ? headTok.w : '';
    const inside = actorsIn(ctx.actors, src.start, src.end).filter((a) => a.start >= src.start - 1 && a.end <= src.end + 1);
    const headEnd = headTok ? headTok.e : src.end;
    const persons = inside.filter((a) => a.kind === 'person' && entityOf(a));
    if (persons.length > 0) {
      d.sourceKind = 'named';
      d.sourceEntity = entityOf(persons[0]);
      continue;
    }
    const named = inside.filter((a) => entityOf(a));
    if (headTok && ROLE_NOUNS.has(head) && !headTok.cap === false && named.some((a) => a.end >= headEnd)) {
      // "Foreign Minister" as part of a name-like run: fall through to role handling below
    }
    if (headTok && ROLE_NOUNS.has(head) && !named.some((a) => a.start <= headTok.s && a.end >= headTok.e)) {
      // a role: the person who holds it
      d.sourceKind = 'role';
      const orgs = new Set(named.map((a) => entityOf(a) ?? ''));
      const e = resolveRole(ctx, mentions, links, orgs, src, d.sentence);
      if (e) {
        d.sourceEntity = e;
        extra.push({ pos: src.start, entity: e, kind: 'person', sentence: d.sentence });
      }
      continue;
    }
    if (VAGUE_NOUNS.has(head) && !named.some((a) => headTok && a.start <= headTok.s && a.end >= headTok.e)) {
      d.sourceKind = 'vague';
      const e = named.length > 0 ? entityOf(named[0]) : undefined;
      if (e) d.sourceEntity = e;
      continue;
    }
    if (named.length > 0) {
      // the actor that holds the head, else the possessor/first one before any preposition
      const holding = named.find((a) => headTok && a.start <= headTok.s && a.end >= headTok.e);
      const chosen = holding ?? named[0];
      d.sourceKind = 'named';
      d.sourceEntity = entityOf(chosen);
      continue;
    }
    // no actor: a name written with capitals, or a description
    const hasCap = words.some((t, i) => t.cap && !(i === 0 && DETERMINERS.has(t.w)) && !(t.s === ctx.sentences[d.sentence].start && !isLikelyName(t)));
    if (hasCap && !INSTITUTION_NOUNS.has(head)) d.sourceKind = 'named';
    else if (words.length > 0 && DETERMINERS.has(words[0].w)) d.sourceKind = 'role';
    else d.sourceKind = hasCap ? 'named' : 'vague';
    void text;
  }
}

function isLikelyName(t: Tok): boolean {
  return !DETERMINERS.has(t.w) && !STOP.has(t.w);
}

function kindOfEntity(all: ActorSpan[], entity: string): ActorKind {
  const a = all.find((x) => entityOf(x) === entity);
  return a ? a.kind : 'person';
}

/** The head word of a source noun phrase: the last word before "of/for/at/to", a comma or a parenthesis. */
function headOf(toks: Tok[]): Tok | undefined {
  let head: Tok | undefined;
  let depth = 0;
  for (const t of toks) {
    if (t.t === P && t.w === '(') depth++;
    else if (t.t === P && t.w === ')') depth--;
    else if (depth > 0) continue;
    else if (t.t === P && t.w === ',') break;
    else if (t.t === W && PREPOSITIONS.has(t.w) && head) break;
    else if (t.t === W) head = t;
  }
  return head;
}

/**
 * People tied to organisations or places by an appositive or a title:
 * "Josep Borrell, the EU's high representative", "South Korea's Foreign Minister, Cho Tae-yul".
 * Returns entity of the organisation/place -> people ids with the position of the tie.
 */
function roleLinks(ctx: Ctx): Map<string, Array<{ person: string; pos: number }>> {
  const { text } = ctx;
  const out = new Map<string, Array<{ person: string; pos: number }>>();
  const all = ctx.actors.all;
  const add = (org: string, person: string, pos: number): void => {
    const list = out.get(org);
    if (list) list.push({ person, pos });
    else out.set(org, [{ person, pos }]);
  };
  for (let i = 0; i < all.length; i++) {
    const p = all[i];
    const pe = entityOf(p);
    if (p.kind !== 'person' || !pe) continue;
    // person first: "P, the X's role ..." / "P, role of X"
    for (let j = i + 1; j < all.length && all[j].start - p.end < 60; j++) {
      const x = all[j];
      const xe = entityOf(x);
      if (!xe || x.kind === 'person') continue;
      const between = text.slice(p.end, x.start);
      if (/^,\s+(?:(?:the|a|an)\s+)?(?:[\w\u00c0-\u024f'’-]+\s+){0,5}$/i.test(between) && !/[.;]/.test(between) && hasRoleWord(text.slice(p.end, Math.min(text.length, x.end + 60)))) add(xe, pe, p.start);
      break;
    }
    // organisation first: "X's Foreign Minister, P" / "X's role P"
    for (let j = i - 1; j >= 0 && p.start - all[j].end < 60; j--) {
      const x = all[j];
      const xe = entityOf(x);
      if (!xe || x.kind === 'person') continue;
      const between = text.slice(x.end, p.start);
      if (/^['’]s\s+(?:[\w\u00c0-\u024f'’-]+\s+){1,5},?\s*$/.test(between.replace(/,\s+$/, ' ')) && hasRoleWord(between)) add(xe, pe, p.start);
      break;
    }
  }
  return out;
}

function hasRoleWord(s: string): boolean {
  const words = s.toLowerCase().split(/[^a-z-]+/);
  return words.some((w) => ROLE_NOUNS.has(w));
}

function resolveRole(
  ctx: Ctx,
  mentions: Mention[],
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
  let prev: Mention | undefined;
  let next: Mention | undefined;
  for (const m of mentions) {
    if (m.kind !== 'person') continue;
    if (m.pos < src.start && m.sentence >= sentence - 3) prev = m;
    if (m.pos >= src.end && m.sentence <= sentence + 2 && !next) next = m;
  }
  return (prev ?? next)?.entity;
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
 * The hover line of a claim: "Claim by Josep Borrell (via 'He'), cue 'emphasized'";
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
