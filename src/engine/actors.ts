/**
 * Every actor of an article: catalogue mentions (built-in and workspace catalogues), names that no
 * catalogue knows, and short mentions that refer back to either.
 */
import { findCatalogueMentions } from './matcher';
import type { CatalogueIndex } from './matcher';
import { findNames } from './names';
import { SH_ALLCAPS, SH_DIGITS, tokenize } from './tokens';
import type { Tokens, Vocabulary } from './tokens';
import type { ActorSpan } from './types';
import { compareSpans } from './types';

export interface FindActorsOptions {
  /** Also find names that no catalogue knows (default true). */
  detectNames?: boolean;
  /**
   * Nationality words ("North Korean", "Estonian"): 'all' marks every one; 'named' (the default)
   * only those of a place the text also names, so that a country that acts in the story is
   * highlighted where it is described too, and passing descriptions are not; 'none' marks none.
   */
  demonyms?: 'all' | 'named' | 'none';
  /** The text's tokens, when the caller has them already (annotate() tokenizes once for every stage). */
  tokens?: Tokens;
}

/** Aliases that are English words when a whole line is in capitals ("PEOPLE WHO ...", "HELP US"). */
const CAPS_WORDS = new Set(['WHO', 'US', 'IT', 'AS', 'AT', 'IN', 'ON', 'OR', 'AND', 'AN', 'IS', 'NO', 'SO', 'TO', 'UP', 'WE', 'ME', 'MY', 'BE', 'DO', 'GO', 'IF', 'OF', 'BY', 'HE', 'AM', 'PM', 'OK']);

/** Catalogue mentions, detected names and references back: sorted, never overlapping. */
export function findActors(text: string, index: CatalogueIndex, options: FindActorsOptions = {}): ActorSpan[] {
  const tokens = options.tokens ?? tokenize(text);
  const all = withoutCapsWords(findCatalogueMentions(text, index, tokens), tokens);
  const mode = options.demonyms ?? 'named';
  if (options.detectNames === false) return keepDemonyms(all, mode);
  const dropped = droppedDemonyms(all, mode);
  // names are looked for outside every catalogue mention, also the nationality words left out
  const names = findNames(text, tokens, all);
  const merged = mergeKept(all, names, dropped);
  markTeams(text, merged, tokens, index);
  return merged;
}

/** The mentions less aliases that are English words in a line in capitals (the same array when there are none). */
function withoutCapsWords(mentions: ActorSpan[], tokens: Tokens): ActorSpan[] {
  let i = 0;
  while (i < mentions.length && !isCapsWord(mentions[i], tokens)) i++;
  if (i === mentions.length) return mentions;
  const out = mentions.slice(0, i);
  for (i++; i < mentions.length; i++) if (!isCapsWord(mentions[i], tokens)) out.push(mentions[i]);
  return out;
}

/** Words that only sports reports use: near them, a country is its national team. */
const SPORTS_WORDS = new Set(['goal', 'goals', 'scored', 'scorer', 'striker', 'strikers', 'midfielder', 'goalkeeper', 'keeper', 'defender', 'squad', 'coach', 'match', 'matches', 'kick-off', 'half-time', 'halftime', 'penalty', 'penalties', 'tournament', 'qualifier', 'qualifiers', 'semi-final', 'semifinal', 'quarter-final', 'quarterfinal', 'fixture', 'fixtures', 'stadium', 'innings', 'wicket', 'wickets', 'touchdown', 'fifa', 'uefa', 'referee', 'equaliser', 'equalizer', 'scoreline', 'nil']);

/**
 * A country named in a sports report ("Sweden beat South Korea 1-0 with a late goal") is a team:
 * its mention keeps the country's id and is marked as an organisation.
 */
function markTeams(text: string, actors: ActorSpan[], tokens: Tokens, index: CatalogueIndex): void {
  const n = tokens.length;
  const { start: starts, id: ids } = tokens;
  let sportsOf: Uint8Array | undefined;
  // sporty[k]: sports words and scores among the tokens before k, counted from the start of the current stretch of windows up to `done`
  let sporty: Int32Array | undefined;
  let done = 0;
  let t = 0;
  for (const a of actors) {
    if (a.kind !== 'place' || a.via === 'demonym' || !a.entity) continue;
    const e = index.byId.get(a.entity);
    if (!e || e.links.iso === undefined) continue;
    // the first token at or after the mention's start (the mentions come in order: searched onwards from the last one, in growing steps)
    let hi = t;
    for (let step = 1; hi < n && starts[hi] < a.start; step *= 2) {
      t = hi + 1;
      hi = Math.min(n, hi + step);
    }
    while (t < hi) {
      const mid = (t + hi) >> 1;
      if (starts[mid] < a.start) t = mid + 1;
      else hi = mid;
    }
    if (sportsOf === undefined || sporty === undefined) {
      sportsOf = sportsWords(tokens);
      if (sportyCounts.length < n + 1) sportyCounts = new Int32Array(Math.max(n + 1, sportyCounts.length * 2));
      sporty = sportyCounts;
    }
    const from = Math.max(0, t - 15);
    const to = Math.min(n, t + 15);
    if (done < from) {
      // a window apart from the one before: counted afresh (the tokens between are not looked at)
      sporty[from] = 0;
      done = from;
    }
    for (; done < to; done++) {
      const id = ids[done];
      let s = sportsOf[id];
      if (s === 0) {
        const key = tokens.keys[id];
        const c = key.charCodeAt(0);
        // 3: a number of one or two digits, which may start a score
        s = SPORTS_WORDS.has(c >= 65 && c <= 90 ? key.toLowerCase() : key) ? 1 : (tokens.shape[id] & SH_DIGITS) !== 0 && key.length <= 2 ? 3 : 2;
        sportsOf[id] = s;
      }
      sporty[done + 1] = sporty[done] + (s === 1 || (s === 3 && isScore(text, tokens, done)) ? 1 : 0);
    }
    if (sporty[to] - sporty[from] > 0) a.kind = 'organisation';
  }
}

/** markTeams' counts, kept for the next text (only the part a text writes is read). */
let sportyCounts = new Int32Array(0);

/** Per key id of a vocabulary: 0 not looked up yet, 1 a sports word, 3 a number of one or two digits, 2 neither; kept for the texts that follow. */
let sportsOfWords = new Uint8Array(0);
let sportsVocabulary: Vocabulary | undefined;

function sportsWords(tokens: Tokens): Uint8Array {
  if (sportsVocabulary !== tokens.vocabulary) {
    sportsVocabulary = tokens.vocabulary;
    sportsOfWords = new Uint8Array(Math.max(1024, tokens.keyCount));
  } else if (sportsOfWords.length < tokens.keyCount) {
    const grown = new Uint8Array(Math.max(tokens.keyCount, sportsOfWords.length * 2));
    grown.set(sportsOfWords);
    sportsOfWords = grown;
  }
  return sportsOfWords;
}

/** "1 – 0", "3-2": a score, two small numbers joined by a dash. */
function isScore(text: string, tokens: Tokens, k: number): boolean {
  const { keys, id, shape, start, end } = tokens;
  const a = id[k];
  if ((shape[a] & SH_DIGITS) === 0 || k + 1 >= tokens.length || keys[a].length > 2) return false;
  const b = id[k + 1];
  if (keys[b].length > 2 || (shape[b] & SH_DIGITS) === 0 || start[k + 1] - end[k] > 3) return false;
  for (let i = end[k]; i < start[k + 1]; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 45 && c !== 0x2013 && c !== 0x2014 && c !== 58) return false;
  }
  return start[k + 1] - end[k] >= 1 && text.charCodeAt(end[k]) !== 46;
}

function keepDemonyms(mentions: ActorSpan[], mode: 'all' | 'named' | 'none'): ActorSpan[] {
  const dropped = droppedDemonyms(mentions, mode);
  if (dropped === undefined) return mentions;
  const out: ActorSpan[] = [];
  for (let i = 0; i < mentions.length; i++) if (dropped[i] === 0) out.push(mentions[i]);
  return out;
}

/**
 * Per mention: 1 for the nationality words that the mode leaves out (all of them for 'none', those of
 * a place the text does not name for 'named'); undefined when none is left out.
 */
function droppedDemonyms(mentions: ActorSpan[], mode: 'all' | 'named' | 'none'): Uint8Array | undefined {
  if (mode === 'all') return undefined;
  let named: Set<string> | undefined;
  let dropped: Uint8Array | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.via !== 'demonym') continue;
    if (mode === 'named' && named === undefined) {
      named = new Set<string>();
      for (const x of mentions) {
        if (x.via === 'demonym') continue;
        if (x.entities) for (const id of x.entities) named.add(id);
        else if (x.entity) named.add(x.entity);
      }
    }
    if (m.entity !== undefined && named !== undefined && named.has(m.entity)) continue;
    dropped ??= new Uint8Array(mentions.length);
    dropped[i] = 1;
  }
  return dropped;
}

/** Catalogue mentions and detected names together; a detected name that contains mentions replaces them. */
export function mergeActors(mentions: ActorSpan[], names: ActorSpan[]): ActorSpan[] {
  return mergeKept(mentions, names, undefined);
}

/** mergeActors, less the mentions marked in `dropped` (which still keep out the names that overlap them). */
function mergeKept(mentions: ActorSpan[], names: ActorSpan[], dropped: Uint8Array | undefined): ActorSpan[] {
  const out: ActorSpan[] = [];
  let m = 0;
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    for (; m < mentions.length && mentions[m].end <= name.start; m++) if (dropped === undefined || dropped[m] === 0) out.push(mentions[m]);
    // mentions inside the name go; a mention that only overlaps it keeps its place and the name goes
    let k = m;
    let partial = false;
    while (k < mentions.length && mentions[k].start < name.end) {
      if (mentions[k].start < name.start || mentions[k].end > name.end) partial = true;
      k++;
    }
    if (partial) continue;
    m = k;
    out.push(name);
  }
  for (; m < mentions.length; m++) if (dropped === undefined || dropped[m] === 0) out.push(mentions[m]);
  // almost always in order already (a stable sort leaves sorted spans as they are)
  for (let i = 1; i < out.length; i++) {
    const a = out[i - 1];
    const b = out[i];
    if (a.start > b.start || (a.start === b.start && a.end < b.end)) return out.sort(compareSpans);
  }
  return out;
}

function isCapsWord(m: ActorSpan, tokens: Tokens): boolean {
  if (m.end - m.start > 3 || !CAPS_WORDS.has(m.text)) return false;
  // a capitals word among other words in capitals is a word, not a name
  const i = binaryFind(tokens, m.start);
  if (i < 0) return false;
  const capsWord = (k: number): boolean => {
    const key = tokens.key(k);
    return key.length > 1 && (tokens.shape[tokens.id[k]] & SH_ALLCAPS) !== 0 && !key.includes('.');
  };
  return (i > 0 && tokens.joined[i] === 1 && capsWord(i - 1)) || (i + 1 < tokens.length && tokens.joined[i + 1] === 1 && capsWord(i + 1));
}

function binaryFind(tokens: Tokens, start: number): number {
  const starts = tokens.start;
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] === start) return mid;
    if (starts[mid] < start) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
