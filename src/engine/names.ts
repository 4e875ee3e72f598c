/**
 * Names that no catalogue knows: capitalised sequences in running text that look like the names of
 * people, organisations and places ("Cho Tae-yul", "Yonhap News Agency"), each with a kind, and
 * later short mentions of them ("Borrell" after "Josep Borrell"). Linear in the text: one pass
 * over the tokens to cut candidates, one to decide them; every look-up is a hash look-up.
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
  STOP_WORDS,
  TITLE_ABBREVIATIONS,
  TITLE_DOMAINS,
  TITLES,
} from './names-lexicon';

/** A provisional entity id made from a name: "Cho Tae-yul" -> "cho-tae-yul". */
export function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['\u2019.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

// token classes inside a capitalised run
const K = 1; // part of a catalogue mention (taken)
const T = 2; // title ("Minister")
const S = 3; // stop word (function word, date)
const C = 4; // lower-case connector ("of", "de")
const N = 5; // other capitalised word

/** Lower-case token keys, computed once per token that needs one. */
type Lower = (i: number) => string;

interface Candidate {
  first: number;
  last: number;
  /** Kind from the words of the name or a title before it; undefined when only guessed. */
  kind?: ActorKind;
  guess: ActorKind;
  /** A title stands before it ("Minister Cho"). */
  titled: boolean;
  /** Starts a sentence or stands in a headline: capitals prove nothing. */
  initial: boolean;
  headline: boolean;
  /** Contains a catalogue mention that this longer name replaces ("Washington Post"). */
  covers: boolean;
}

const isUpper = (c: number): boolean => (c >= 65 && c <= 90) || (c > 127 && String.fromCharCode(c) !== String.fromCharCode(c).toLowerCase());
const isLowerLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c > 127 && String.fromCharCode(c) !== String.fromCharCode(c).toUpperCase());
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * Detected names outside the spans already taken by catalogue mentions. A detected name may contain
 * whole taken spans when they are part of a longer name ("Washington Post", "University of Texas"):
 * the caller then drops those. Sorted by start; never overlapping each other.
 */
export function findNames(text: string, tokens: Token[], taken: ActorSpan[]): ActorSpan[] {
  const n = tokens.length;
  if (n === 0) return [];
  const lowerCache: Array<string | undefined> = new Array<string | undefined>(n);
  const lower: Lower = (i) => {
    let l = lowerCache[i];
    if (l === undefined) {
      l = tokens[i].key.toLowerCase();
      lowerCache[i] = l;
    }
    return l;
  };

  // which catalogue mention covers each token
  const takenAt = new Int32Array(n).fill(-1);
  const sortedTaken = [...taken].sort((a, b) => a.start - b.start);
  for (let i = 0, t = 0; i < n && t < sortedTaken.length; ) {
    const tok = tokens[i];
    const sp = sortedTaken[t];
    if (sp.end <= tok.start) t++;
    else if (tok.end <= sp.start) i++;
    else {
      takenAt[i] = t;
      i++;
    }
  }

  // sentence starts, title abbreviations joined to the name after them, and headline lines
  const initial = new Uint8Array(n);
  const dotJoined = new Uint8Array(n); // token i is joined to i-1 across "Gen." / "J."
  const newline = new Uint8Array(n); // a line break stands before token i
  for (let i = 0; i < n; i++) {
    const from = i === 0 ? 0 : tokens[i - 1].end;
    const to = tokens[i].start;
    let boundary = i === 0;
    let breaks = 0;
    let dot = false;
    let other = false;
    for (let k = from; k < to; k++) {
      const c = text.charCodeAt(k);
      if (c === 46) dot = true;
      else if (c === 33 || c === 63 || c === 58 || c === 59 || c === 0x2026) boundary = true;
      else if (c === 10) breaks++;
      else if (c === 34 || c === 0x201c || c === 40 || c === 91 || c === 0x2014 || c === 45 || c === 95 || c === 0x2018 || c === 39) {
        // an opening quote, bracket or dash starts a new phrase
        if (c === 34 || c === 0x201c || c === 0x2018 || c === 40 || c === 91) boundary = true;
        other = true;
      } else if (c !== 32 && c !== 9 && c !== 13 && c !== 0xa0) other = true;
    }
    if (breaks > 0) {
      newline[i] = 1;
      boundary = true;
    }
    if (dot && i > 0) {
      const prevKey = tokens[i - 1].key;
      const abbrev = TITLE_ABBREVIATIONS.has(lower(i - 1)) || (prevKey.length === 1 && isUpper(prevKey.charCodeAt(0)));
      if (abbrev && !other && breaks === 0 && to - from <= 3) dotJoined[i] = 1;
      else boundary = true;
    }
    if (boundary) initial[i] = 1;
  }
  const headline = markHeadlines(tokens, newline, lower);

  const cls = new Uint8Array(n);
  for (let i = 0; i < n; i++) cls[i] = classify(tokens[i], i, takenAt, lower);

  const joinedAt = (i: number): boolean => tokens[i].joined || dotJoined[i] === 1;

  // ------------------------------------------------------------------ cut runs into candidates
  const candidates: Candidate[] = [];
  let i = 0;
  while (i < n) {
    if (!(cls[i] === K || cls[i] === T || cls[i] === N || (cls[i] === S && isUpper(tokens[i].key.charCodeAt(0))))) {
      i++;
      continue;
    }
    // extend the run
    let j = i;
    for (;;) {
      const k = j + 1;
      if (k >= n || !joinedAt(k)) break;
      if (cls[k] === K || cls[k] === T || cls[k] === N) {
        if (isUpper(tokens[k].key.charCodeAt(0)) || cls[k] === K) {
          j = k;
          continue;
        }
        break;
      }
      if (cls[k] === S && isUpper(tokens[k].key.charCodeAt(0)) && !initial[k]) {
        j = k; // "Sept." inside a run is cut later
        continue;
      }
      if (cls[k] === C && k + 1 < n && joinedAt(k + 1)) {
        // connectors: only inside organisation and place names, or person-name particles
        const l = lower(k);
        let m = k + 1;
        if (l === 'of' || l === 'for' || l === 'on' || l === 'and') {
          if (!connectsHere(j, lower, cls)) break;
          if (lower(m) === 'the' && m + 1 < n && joinedAt(m + 1)) m++;
        } else if (l === 'the') {
          break;
        } else if (cls[j] !== N) {
          break;
        }
        if (m < n && (cls[m] === N || cls[m] === K) && isUpper(tokens[m].key.charCodeAt(0))) {
          j = m;
          continue;
        }
      }
      break;
    }
    cutRun(i, j, tokens, cls, lower, takenAt, sortedTaken, initial, headline, candidates, text);
    i = j + 1;
  }

  // ------------------------------------------------------------------ decide, with what the whole text says
  // names seen in mid-sentence, outside headlines, and the parts of person names
  const known = new Map<string, ActorKind>();
  const parts = new Map<string, { id: string; kind: ActorKind; catalogue: boolean }>();
  for (const sp of sortedTaken) {
    if (sp.kind === 'person' && sp.entity) {
      const ks = sp.text.split(/\s+/);
      if (ks.length >= 2) {
        addPart(parts, ks[ks.length - 1], sp.entity, 'person', true);
        addPart(parts, ks[0], sp.entity, 'person', true);
      }
    }
  }
  const nameOf = (c: Candidate): string => {
    let s = tokens[c.first].key;
    for (let k = c.first + 1; k <= c.last; k++) s += ' ' + tokens[k].key;
    return s;
  };
  for (const c of candidates) {
    const strongContext = !c.initial && !c.headline;
    const kind = c.kind ?? c.guess;
    if (c.last > c.first && (strongContext || c.titled || c.kind !== undefined || GIVEN_NAMES.has(lower(c.first)))) {
      if (!known.has(nameOf(c))) known.set(nameOf(c), kind);
      if (kind === 'person') {
        const id = slugify(nameOf(c));
        addPart(parts, tokens[c.last].key, id, kind, false);
        if (!TITLES.has(lower(c.first))) addPart(parts, tokens[c.first].key, id, kind, false);
      }
    } else if (strongContext || c.titled) {
      const key = nameOf(c);
      const prev = known.get(key);
      if (prev === undefined || (c.kind !== undefined && prev !== c.kind)) known.set(key, kind);
    }
  }

  const midSentence = new Set<string>();
  for (const c of candidates) if (!c.initial && !c.headline) midSentence.add(nameOf(c));
  const out: ActorSpan[] = [];
  for (const c of candidates) {
    const name = nameOf(c);
    const single = c.first === c.last;
    let kind: ActorKind = c.kind ?? c.guess;
    let id = slugify(name);
    let via: ActorSpan['via'] = 'detected';
    let unknown = true;
    let accept = true;
    const part = single ? parts.get(name) : undefined;
    if (part && part.id !== id && !(c.kind !== undefined && c.kind !== 'person')) {
      kind = part.kind;
      id = part.id;
      via = 'reference';
      unknown = !part.catalogue;
    } else if (single && part === undefined && parts.has(name) === false && !c.titled) {
      // a lone capitalised word: a name only with some evidence
      const seen = known.get(name);
      if (c.initial || c.headline) {
        if (seen !== undefined && midSentence.has(name)) kind = c.kind ?? seen;
        else if (c.kind === undefined || c.headline) accept = false;
      } else if (seen !== undefined && c.kind === undefined) {
        kind = seen;
      }
    } else if (!single && (c.headline || c.initial) && !c.titled && c.kind === undefined && !GIVEN_NAMES.has(lower(c.first))) {
      const seen = known.get(name);
      if (c.headline && !(seen !== undefined && midSentence.has(name))) accept = false;
      if (seen !== undefined) kind = seen;
    } else if (c.kind === undefined) {
      const seen = known.get(name);
      if (seen !== undefined) kind = seen;
    }
    if (!accept) continue;
    const start = tokens[c.first].start;
    const end = tokens[c.last].end;
    out.push({ start, end, text: text.slice(start, end), label: 'actor', kind, entity: id, unknown, via, origin: 'automatic' });
  }
  return out;
}

function addPart(parts: Map<string, { id: string; kind: ActorKind; catalogue: boolean }>, key: string, id: string, kind: ActorKind, catalogue: boolean): void {
  if (key.length < 2 || STOP_WORDS.has(key.toLowerCase()) || NAME_PARTICLES.has(key.toLowerCase())) return;
  const prev = parts.get(key);
  if (prev && prev.id !== id) {
    // two people share the word: it points at neither ("Mohamed" of two Mohameds stays the first)
    return;
  }
  parts.set(key, { id, kind, catalogue });
}

/** "of", "for", "on", "and" join a name only after an organisation or place word or a title. */
function connectsHere(j: number, lower: Lower, cls: Uint8Array): boolean {
  const l = lower(j);
  return cls[j] === T || ORG_HEADS_OF.has(l) || ORG_WORDS.has(l) || PLACE_WORDS.has(l) || l === 'republic' || l === 'kingdom' || l === 'isle' || l === 'gulf' || l === 'strait' || l === 'bay' || l === 'city';
}

function classify(tok: Token, i: number, takenAt: Int32Array, lower: Lower): number {
  if (takenAt[i] >= 0) return K;
  const c0 = tok.key.charCodeAt(0);
  if (isDigit(c0)) return 0;
  const l = lower(i);
  if (isLowerLetter(c0)) {
    if (NAME_PARTICLES.has(l) || l === 'of' || l === 'for' || l === 'on' || l === 'and' || l === 'the') return C;
    // "al-Assad", "bin-Salman": a particle joined by a hyphen to a capitalised name
    const h = tok.key.indexOf('-');
    if (h > 0 && h < tok.key.length - 1 && NAME_PARTICLES.has(l.slice(0, h)) && isUpper(tok.key.charCodeAt(h + 1))) return N;
    return 0;
  }
  if (!isUpper(c0)) return 0;
  if (TITLES.has(l) || TITLES.has(l.replace(/\.$/, ''))) return T;
  if (STOP_WORDS.has(l)) return S;
  return N;
}

/** Marks tokens of lines that are headlines: all in capitals, or nearly every word capitalised. */
function markHeadlines(tokens: Token[], newline: Uint8Array, lower: Lower): Uint8Array {
  const n = tokens.length;
  const out = new Uint8Array(n);
  let lineStart = 0;
  for (let i = 0; i <= n; i++) {
    if (i < n && (i === 0 || newline[i] === 0)) continue;
    // line lineStart .. i-1
    let words = 0;
    let caps = 0;
    let allCaps = 0;
    let letters = 0;
    for (let k = lineStart; k < i; k++) {
      const key = tokens[k].key;
      const c0 = key.charCodeAt(0);
      if (isDigit(c0)) continue;
      letters++;
      if (key.length > 1 && isAllCaps(key)) allCaps++;
      if (key.length >= 4 && !STOP_WORDS.has(lower(k))) {
        words++;
        if (isUpper(c0)) caps++;
      }
    }
    const isHeadline = (letters >= 3 && allCaps === letters) || (words >= 3 && caps >= words - (words >= 8 ? 1 : 0) && i - lineStart <= 25);
    if (isHeadline) for (let k = lineStart; k < i; k++) out[k] = 1;
    lineStart = i;
  }
  return out;
}

/** Cuts one run of capitalised tokens (first..last) into candidate names. */
function cutRun(
  first: number,
  last: number,
  tokens: Token[],
  cls: Uint8Array,
  lower: Lower,
  takenAt: Int32Array,
  taken: ActorSpan[],
  initial: Uint8Array,
  headline: Uint8Array,
  out: Candidate[],
  text: string,
): void {
  // the last title with a name after it: what stands after it is a person
  let lastTitle = -1;
  for (let k = first; k <= last; k++) if (cls[k] === T) lastTitle = k;
  const endWord = lower(last);
  const orgRun = ORG_WORDS.has(endWord) && lastTitle !== last;
  if (lastTitle >= 0 && !orgRun) {
    // before the title: a name of its own ("Google CEO Sundar Pichai"), less the title's modifiers
    let leftEnd = lastTitle - 1;
    while (leftEnd >= first && (cls[leftEnd] === T || TITLE_DOMAINS.has(lower(leftEnd)) || cls[leftEnd] === C || cls[leftEnd] === S || isModifier(lower(leftEnd)))) leftEnd--;
    // the title's own words ("Secretary of State") stay out of the name
    let k = lastTitle + 1;
    while (k <= last && (cls[k] === C || cls[k] === K || TITLE_DOMAINS.has(lower(k)))) {
      if (cls[k] === K) {
        // "President of Russia Vladimir Putin": skip the whole mention
        const t = takenAt[k];
        while (k <= last && takenAt[k] === t) k++;
        continue;
      }
      k++;
    }
    const leftStart = first;
    if (leftEnd >= leftStart) pieces(leftStart, leftEnd, false);
    if (k <= last) pieces(k, last, true);
    return;
  }
  pieces(first, last, false);

  function pieces(a: number, b: number, titled: boolean): void {
    // split at catalogue mentions, merging them into longer names where the words say so
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
      const mention = taken[t];
      // the catalogue mention must lie wholly inside the run to be merged
      const whole = mention.start >= tokens[a].start && mention.end <= tokens[b].end;
      // org word + of + mention: "University of Texas", "Bank of England"
      if (whole && k - 1 > segStart && cls[k - 1] === C && ORG_HEADS_OF.has(lower(k - 2)) && lower(k - 1) !== 'and') {
        let e = kEnd;
        while (e + 1 <= b && cls[e + 1] === N && (ORG_WORDS.has(lower(e + 1)) || PLACE_WORDS.has(lower(e + 1)))) e++;
        emit(segStart, e, titled, true);
        segStart = e + 1;
        k = e + 1;
        continue;
      }
      // mention + words ending in an organisation word: "Washington Post", "Seoul National University"
      if (whole && k === segStart) {
        let e = kEnd + 1;
        let orgEnd = -1;
        while (e <= b && cls[e] !== K) {
          if (cls[e] === N && ORG_WORDS.has(lower(e))) orgEnd = e;
          e++;
        }
        if (orgEnd > kEnd && mention.kind === 'place') {
          emit(segStart, orgEnd, titled, true);
          segStart = orgEnd + 1;
          k = orgEnd + 1;
          continue;
        }
      }
      // given name + one-word place: "Michael Jordan"; one-word place that is a given name + surname: "Chad Smith"
      if (whole && k === kEnd && mention.kind === 'place') {
        if (k - 1 >= segStart && cls[k - 1] === N && GIVEN_NAMES.has(lower(k - 1)) && !initialOrHead(k - 1)) {
          emit(segStart, k, titled, true);
          segStart = k + 1;
          k = k + 1;
          continue;
        }
        if (k === segStart && k + 1 <= b && cls[k + 1] === N && GIVEN_NAMES.has(lower(k)) && !PLACE_WORDS.has(lower(k + 1)) && !ORG_WORDS.has(lower(k + 1))) {
          let e = k + 1;
          while (e + 1 <= b && cls[e + 1] === N) e++;
          emit(segStart, e, true, true);
          segStart = e + 1;
          k = e + 1;
          continue;
        }
      }
      if (k - 1 >= segStart) emit(segStart, k - 1, titled, false);
      segStart = kEnd + 1;
      k = kEnd + 1;
    }
    if (segStart <= b) emit(segStart, b, titled, false);
  }

  function initialOrHead(k: number): boolean {
    return initial[k] === 1 || headline[k] === 1;
  }

  function emit(a: number, b: number, titled: boolean, covers: boolean): void {
    // trim stop words, connectors and titles at the edges
    while (a <= b && (cls[a] === S || cls[a] === C || (cls[a] === T && !covers))) a++;
    while (b >= a && (cls[b] === S || cls[b] === C)) b--;
    if (a > b) return;
    if (cls[a] === K && cls[b] === K && takenAt[a] === takenAt[b]) return; // only a catalogue mention
    const lastWord = lower(b);
    const firstWord = lower(a);
    // events, laws and prizes are not actors
    if (EVENT_WORDS.has(lastWord) && !covers) return;
    if (a === b) {
      if (NOT_ACTORS.has(firstWord) || isSuffixedCommonWord(firstWord)) return;
      if (isAdjectiveUse(a, b)) return;
      const key = tokens[a].key;
      if (key.length === 1) return; // a lone initial
      if (isRomanNumeral(key)) return;
    } else if (NOT_ACTORS.has(firstWord) && !ORG_WORDS.has(lastWord)) {
      a++;
      if (a > b) return;
    }
    const c: Candidate = {
      first: a,
      last: b,
      titled,
      initial: initial[a] === 1 && !titled,
      headline: headline[a] === 1,
      covers,
      guess: 'person',
    };
    decideKind(c);
    out.push(c);
  }

  function isAdjectiveUse(a: number, b: number): boolean {
    // "Siberian hats", "Jewish leaders": a capitalised adjective before a lower-case noun
    const l = lower(a);
    if (!/(an|ese|ish|ic|ist|ean|ian|i)$/.test(l) || a !== b) return false;
    const next = b + 1 < tokens.length ? tokens[b + 1] : undefined;
    if (!next || !next.joined) return false;
    return isLowerLetter(next.key.charCodeAt(0)) && !STOP_WORDS.has(next.key) && next.key !== 'and' && next.key !== 'or';
  }

  function decideKind(c: Candidate): void {
    const a = c.first;
    const b = c.last;
    const lastWord = lower(b);
    const firstWord = lower(a);
    const len = b - a + 1;
    let hasOf = false;
    for (let k = a; k <= b; k++) if (cls[k] === C && lower(k) === 'of') hasOf = true;
    if (ORG_WORDS.has(lastWord) || (hasOf && ORG_HEADS_OF.has(firstWord) && !PLACE_WORDS.has(firstWord))) {
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
    if (len >= 2 && PLACE_WORDS.has(lastWord)) {
      c.kind = 'place';
      return;
    }
    if (len >= 2 && GIVEN_NAMES.has(firstWord) && !PLACE_FIRST_WORDS.has(firstWord)) {
      c.kind = 'person';
      return;
    }
    if (len >= 2 && PLACE_FIRST_WORDS.has(firstWord) && cls[a] !== T) {
      c.guess = 'place';
    }
    const key = tokens[a].key;
    if (len === 1 && key.length >= 2 && key.length <= 6 && isAllCaps(key) && headline[a] === 0) {
      // an acronym; a capitalised word at the head of a dateline is a place ("OSLO, Norway (AP)")
      if (initial[a] === 1 && datelineAfter(b)) {
        c.kind = 'place';
        c.initial = false;
        return;
      }
      c.kind = 'organisation';
      c.initial = false;
      return;
    }
    if (len === 1 && /(stan|land|ia|burg|ville|ton|polis|grad|abad|pur)$/.test(lastWord) && !GIVEN_NAMES.has(lastWord)) c.guess = 'place';
    // context before the name
    const prev = a > 0 ? lower(a - 1) : '';
    const prevJoined = tokens[a].joined;
    if (prevJoined && (prev === 'in' || prev === 'near' || prev === 'outside' || prev === 'across' || prev === 'from' || prev === 'into' || prev === 'inside' || prev === 'towards' || prev === 'toward')) {
      c.guess = c.guess === 'person' && GIVEN_NAMES.has(firstWord) ? 'person' : 'place';
    } else if (prevJoined && prev === 'the' && len === 1) {
      c.guess = 'organisation';
    } else if (prevJoined && (prev === 'at' || prev === 'by' || prev === 'with') && len === 1 && c.guess !== 'place') {
      c.guess = 'person';
    }
    // context after the name: "Irving, Texas" is a place
    if (datelineAfter(b) || placeAfterComma(b)) {
      c.guess = 'place';
      if (datelineAfter(b) && initial[a] === 1) c.initial = false;
    }
  }

  function placeAfterComma(b: number): boolean {
    const k = b + 1;
    if (k >= tokens.length || takenAt[k] < 0) return false;
    const gap = text.slice(tokens[b].end, tokens[k].start);
    if (gap.trim() !== ',') return false;
    const m = taken[takenAt[k]];
    if (m.kind !== 'place' || m.via === 'demonym') return false;
    // the place must end its phrase: "Irving, Texas," / "Irving, Texas."
    const after = m.end < text.length ? text.charCodeAt(m.end) : 46;
    return after === 44 || after === 46 || after === 41 || after === 59 || after === 10 || after === 32;
  }

  function datelineAfter(b: number): boolean {
    // "NAIROBI, Kenya (AP)" / "PARIS (AP)"
    const end = tokens[b].end;
    const rest = text.slice(end, Math.min(text.length, end + 40));
    return /^,?\s*(?:[A-Z][\p{L}.]*\s*){0,3}\((?:AP|Reuters|AFP|UPI|dpa|Yonhap|Xinhua)\)/u.test(rest);
  }
}

function isModifier(l: string): boolean {
  return l === 'former' || l === 'foreign' || l === 'prime' || l === 'vice' || l === 'deputy' || l === 'acting' || l === 'interim' || l === 'assistant' || l === 'associate' || l === 'senior' || l === 'junior' || l === 'executive' || l === 'managing' || l === 'supreme' || l === 'grand' || l === 'high' || l === 'special' || l === 'first' || l === 'late' || l === 'then' || l === 'new' || l === 'chief' || l === 'police' || l === 'army' || l === 'state' || l === 'federal' || l === 'defense' || l === 'defence' || l === 'finance' || l === 'interior' || l === 'justice' || l === 'health';
}

function isSuffixedCommonWord(l: string): boolean {
  return l.length > 5 && /(ism|isms|phobia|ology|ologies|ness|ment|ments|tion|tions|ity|ities)$/.test(l);
}

function isRomanNumeral(key: string): boolean {
  return /^(?:II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XX)$/.test(key);
}
