/**
 * Every actor of an article: catalogue mentions (built-in and workspace catalogues), names that no
 * catalogue knows, and short mentions that refer back to either.
 */
import { findCatalogueMentions } from './matcher';
import type { CatalogueIndex } from './matcher';
import { findNames } from './names';
import { isAllCaps, tokenize } from './tokens';
import type { Token } from './tokens';
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
}

/** Aliases that are English words when a whole line is in capitals ("PEOPLE WHO ...", "HELP US"). */
const CAPS_WORDS = new Set(['WHO', 'US', 'IT', 'AS', 'AT', 'IN', 'ON', 'OR', 'AND', 'AN', 'IS', 'NO', 'SO', 'TO', 'UP', 'WE', 'ME', 'MY', 'BE', 'DO', 'GO', 'IF', 'OF', 'BY', 'HE', 'AM', 'PM', 'OK']);

/** Catalogue mentions, detected names and references back: sorted, never overlapping. */
export function findActors(text: string, index: CatalogueIndex, options: FindActorsOptions = {}): ActorSpan[] {
  const tokens = tokenize(text);
  const all = findCatalogueMentions(text, index, tokens).filter((m) => !isCapsWord(m, tokens));
  const mentions = keepDemonyms(all, options.demonyms ?? 'named');
  if (options.detectNames === false) return mentions;
  // names are looked for outside every catalogue mention, also the nationality words left out
  const names = findNames(text, tokens, all);
  let merged = mergeActors(all, names);
  if (mentions.length !== all.length) {
    const kept = new Set(mentions);
    merged = merged.filter((a) => a.via !== 'demonym' || kept.has(a));
  }
  markTeams(text, merged, tokens, index);
  return merged;
}

/** Words that only sports reports use: near them, a country is its national team. */
const SPORTS_WORDS = new Set(['goal', 'goals', 'scored', 'scorer', 'striker', 'strikers', 'midfielder', 'goalkeeper', 'keeper', 'defender', 'squad', 'coach', 'match', 'matches', 'kick-off', 'half-time', 'halftime', 'penalty', 'penalties', 'tournament', 'qualifier', 'qualifiers', 'semi-final', 'semifinal', 'quarter-final', 'quarterfinal', 'fixture', 'fixtures', 'stadium', 'innings', 'wicket', 'wickets', 'touchdown', 'fifa', 'uefa', 'referee', 'equaliser', 'equalizer', 'scoreline', 'nil']);

/**
 * A country named in a sports report ("Sweden beat South Korea 1-0 with a late goal") is a team:
 * its mention keeps the country's id and is marked as an organisation.
 */
function markTeams(text: string, actors: ActorSpan[], tokens: Token[], index: CatalogueIndex): void {
  let t = 0;
  for (const a of actors) {
    if (a.kind !== 'place' || a.via === 'demonym' || !a.entity) continue;
    const e = index.byId.get(a.entity);
    if (!e || e.links.iso === undefined) continue;
    while (t < tokens.length && tokens[t].start < a.start) t++;
    let sports = false;
    for (let k = Math.max(0, t - 15); k < Math.min(tokens.length, t + 15) && !sports; k++) {
      const key = tokens[k].key;
      const c = key.charCodeAt(0);
      sports = SPORTS_WORDS.has(c >= 65 && c <= 90 ? key.toLowerCase() : key) || isScore(text, tokens, k);
    }
    if (sports) a.kind = 'organisation';
  }
}

/** "1 – 0", "3-2": a score, two small numbers joined by a dash. */
function isScore(text: string, tokens: Token[], k: number): boolean {
  const a = tokens[k];
  if (k + 1 >= tokens.length || a.key.length > 2 || !isDigits(a.key)) return false;
  const b = tokens[k + 1];
  if (b.key.length > 2 || !isDigits(b.key) || b.start - a.end > 3) return false;
  for (let i = a.end; i < b.start; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 45 && c !== 0x2013 && c !== 0x2014 && c !== 58) return false;
  }
  return b.start - a.end >= 1 && text.charCodeAt(a.end) !== 46;
}

function isDigits(key: string): boolean {
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function keepDemonyms(mentions: ActorSpan[], mode: 'all' | 'named' | 'none'): ActorSpan[] {
  if (mode === 'all') return mentions;
  const named = new Set<string>();
  if (mode === 'named') for (const m of mentions) if (m.via !== 'demonym') for (const id of m.entities ?? (m.entity ? [m.entity] : [])) named.add(id);
  return mentions.filter((m) => m.via !== 'demonym' || (m.entity !== undefined && named.has(m.entity)));
}

/** Catalogue mentions and detected names together; a detected name that contains mentions replaces them. */
export function mergeActors(mentions: ActorSpan[], names: ActorSpan[]): ActorSpan[] {
  const out: ActorSpan[] = [];
  let m = 0;
  for (const name of names) {
    while (m < mentions.length && mentions[m].end <= name.start) out.push(mentions[m++]);
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
  while (m < mentions.length) out.push(mentions[m++]);
  return out.sort(compareSpans);
}

function isCapsWord(m: ActorSpan, tokens: Token[]): boolean {
  if (!CAPS_WORDS.has(m.text)) return false;
  // a capitals word among other words in capitals is a word, not a name
  const i = binaryFind(tokens, m.start);
  if (i < 0) return false;
  const capsWord = (t: Token | undefined): boolean => t !== undefined && t.key.length > 1 && isAllCaps(t.key) && !t.key.includes('.');
  const next = i + 1 < tokens.length ? tokens[i + 1] : undefined;
  return (i > 0 && tokens[i].joined && capsWord(tokens[i - 1])) || (next !== undefined && next.joined && capsWord(next));
}

function binaryFind(tokens: Token[], start: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start === start) return mid;
    if (tokens[mid].start < start) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
