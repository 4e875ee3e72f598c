/**
 * Finds catalogue mentions: every name, alias and demonym of every entity, as whole words, in time
 * linear in the text and independent of the catalogue's size (a token trie, one hash lookup a step).
 */
import { nameKeys, SH_ALLCAPS, tokenize } from './tokens';
import type { Tokens, Vocabulary } from './tokens';
import type { ActorSpan, Entity } from './types';

type Via = 'name' | 'alias' | 'demonym';

interface Target {
  entity: Entity;
  via: Via;
}

interface TrieNode {
  next: Map<string, TrieNode> | undefined;
  target: Target | undefined;
}

const newNode = (): TrieNode => ({ next: undefined, target: undefined });

export interface CatalogueIndex {
  readonly entities: readonly Entity[];
  readonly byId: ReadonlyMap<string, Entity>;
  /** Surface forms as written. */
  readonly exact: TrieNode;
  /** Surface forms in capitals, for all-caps headlines. */
  readonly upper: TrieNode;
  /** The longest surface form, in tokens. */
  readonly maxTokens: number;
  /**
   * The first two characters of the first words of `exact`, when both are ASCII, as bits
   * (first * 128 + second; second 0 for a word of one character): a word of the text that starts
   * otherwise is not looked up.
   */
  readonly firstPairs: Uint32Array;
}

/** The bit of firstPairs for a word, or -1 when its first two characters are not both ASCII. */
function pairBit(key: string): number {
  const c0 = key.charCodeAt(0);
  const c1 = key.length > 1 ? key.charCodeAt(1) : 0;
  return c0 < 128 && c1 < 128 ? c0 * 128 + c1 : -1;
}

function insert(root: TrieNode, keys: string[], target: Target): void {
  let node = root;
  for (const k of keys) {
    node.next ??= new Map();
    let child = node.next.get(k);
    if (!child) {
      child = newNode();
      node.next.set(k, child);
    }
    node = child;
  }
  // the first claim wins; a name beats an alias or demonym of another entity
  if (!node.target || (node.target.via !== 'name' && target.via === 'name' && node.target.entity !== target.entity)) {
    node.target = target;
  }
}

/** Builds the lookup index of a (merged) catalogue. */
export function buildCatalogueIndex(entities: readonly Entity[]): CatalogueIndex {
  const exact = newNode();
  const upper = newNode();
  const byId = new Map<string, Entity>();
  let maxTokens = 0;
  const add = (surface: string, target: Target): void => {
    const keys = nameKeys(surface);
    if (keys.length === 0) return;
    maxTokens = Math.max(maxTokens, keys.length);
    insert(exact, keys, target);
    for (let i = 0; i < keys.length; i++) keys[i] = keys[i].toUpperCase();
    insert(upper, keys, target);
  };
  for (const entity of entities) {
    byId.set(entity.id, entity);
    add(entity.name, { entity, via: 'name' });
  }
  for (const entity of entities) {
    for (const alias of entity.aliases) add(alias, { entity, via: 'alias' });
    for (const demonym of entity.demonyms) add(demonym, { entity, via: 'demonym' });
  }
  const firstPairs = new Uint32Array(512);
  for (const key of exact.next?.keys() ?? []) {
    const bit = pairBit(key);
    if (bit >= 0) firstPairs[bit >>> 5] |= 1 << (bit & 31);
  }
  return { entities, byId, exact, upper, maxTokens, firstPairs };
}

// the longest match found by longestAt: last token and target (foundLast < 0: none)
let foundLast = -1;
let foundTarget: Target | undefined;

/**
 * The catalogue's nodes for the first word of a match, per key id of the text, looked up once per
 * distinct word (undefined: not looked up yet, null: none).
 */
let exactRoots: (TrieNode | null | undefined)[] = [];
let upperRoots: (TrieNode | null | undefined)[] = [];

/** What a catalogue says about the words of a vocabulary, per key id, kept for the next text. */
interface RootState {
  readonly vocabulary: Vocabulary;
  /** 0 not looked at yet, 1 starts no catalogue name (the common case: skipped at once), 2 may start one. */
  starting: Uint8Array;
  readonly exact: (TrieNode | null | undefined)[];
  readonly upper: (TrieNode | null | undefined)[];
}

const rootStates = new WeakMap<CatalogueIndex, RootState>();

function rootState(index: CatalogueIndex, tokens: Tokens): RootState {
  let state = rootStates.get(index);
  if (state === undefined || state.vocabulary !== tokens.vocabulary) {
    state = { vocabulary: tokens.vocabulary, starting: new Uint8Array(Math.max(1024, tokens.keyCount)), exact: [], upper: [] };
    rootStates.set(index, state);
  }
  const n = tokens.keyCount;
  if (state.starting.length < n) {
    const grown = new Uint8Array(Math.max(n, state.starting.length * 2));
    grown.set(state.starting);
    state.starting = grown;
  }
  while (state.exact.length < n) {
    state.exact.push(undefined);
    state.upper.push(undefined);
  }
  return state;
}

/** True when a word (key id k) is the first word of a catalogue name, as written or in capitals. */
function mayStart(tokens: Tokens, k: number, index: CatalogueIndex): boolean {
  const key = tokens.keys[k];
  const bit = pairBit(key);
  const node = bit >= 0 && (index.firstPairs[bit >>> 5] & (1 << (bit & 31))) === 0 ? null : (index.exact.next?.get(key) ?? null);
  exactRoots[k] = node;
  if (node !== null) return true;
  if ((tokens.shape[k] & SH_ALLCAPS) === 0 || key.length < 2) return false;
  const upper = index.upper.next?.get(key) ?? null;
  upperRoots[k] = upper;
  return upper !== null;
}

/** The longest catalogue match starting at token i (a word that mayStart), in foundLast / foundTarget. */
function longestAt(tokens: Tokens, i: number, index: CatalogueIndex): void {
  foundLast = -1;
  foundTarget = undefined;
  const { id, joined, keys, shape } = tokens;
  const n = tokens.length;
  const k = id[i];
  let node: TrieNode | null | undefined = exactRoots[k];
  if (node === undefined) {
    const key = keys[k];
    const bit = pairBit(key);
    node = bit >= 0 && (index.firstPairs[bit >>> 5] & (1 << (bit & 31))) === 0 ? null : (index.exact.next?.get(key) ?? null);
    exactRoots[k] = node;
  }
  if (node !== null) {
    if (node.target) {
      foundLast = i;
      foundTarget = node.target;
    }
    for (let j = i + 1; j < n && node.next !== undefined && joined[j] === 1; j++) {
      node = node.next.get(keys[id[j]]);
      if (node === undefined) break;
      if (node.target) {
        foundLast = j;
        foundTarget = node.target;
      }
    }
  }
  // all-caps text ("NORTH KOREA WARNS"): compare in capitals
  if (foundLast < 0 && (shape[k] & SH_ALLCAPS) !== 0 && keys[k].length > 1) {
    node = upperRoots[k];
    if (node === undefined) {
      node = index.upper.next?.get(keys[k]) ?? null;
      upperRoots[k] = node;
    }
    if (node === null) return;
    if (node.target) {
      foundLast = i;
      foundTarget = node.target;
    }
    for (let j = i + 1; j < n && node.next !== undefined && joined[j] === 1 && (shape[id[j]] & SH_ALLCAPS) !== 0; j++) {
      node = node.next.get(keys[id[j]]);
      if (node === undefined) break;
      if (node.target) {
        foundLast = j;
        foundTarget = node.target;
      }
    }
  }
}

const CONJUNCTIONS = new Set(['and', 'or', '&']);

/**
 * Catalogue mentions in a text, longest first, left to right. "North and South Korea" is one
 * mention of both entities when "North Korea" is a name too.
 */
export function findCatalogueMentions(text: string, index: CatalogueIndex, tokens: Tokens = tokenize(text)): ActorSpan[] {
  const spans: ActorSpan[] = [];
  if (index.entities.length === 0 || index.exact.next === undefined) return spans;
  const state = rootState(index, tokens);
  exactRoots = state.exact;
  upperRoots = state.upper;
  const { start: starts, end: ends, id: ids } = tokens;
  const n = tokens.length;
  // per key id: 0 not looked at yet, 1 starts no catalogue name (the common case: skipped at once), 2 may start one
  const starting = state.starting;
  for (let i = 0; i < n; ) {
    const k = ids[i];
    let st = starting[k];
    if (st === 0) {
      st = mayStart(tokens, k, index) ? 2 : 1;
      starting[k] = st;
    }
    if (st === 1) {
      i++;
      continue;
    }
    longestAt(tokens, i, index);
    if (foundLast < 0 || foundTarget === undefined) {
      i++;
      continue;
    }
    const first = i;
    const last = foundLast;
    const target = foundTarget;
    let start = starts[first];
    const end = ends[last];
    let entities: string[] | undefined;
    const prev = spans[spans.length - 1];
    const coordinated = coordinatedPartner(tokens, first, last, target, index);
    if (coordinated && (!prev || prev.end <= starts[first - 2])) {
      start = starts[first - 2];
      entities = [coordinated.entity.id, target.entity.id];
    }
    // one literal for each shape, the properties always in the same order
    spans.push(
      entities === undefined
        ? { start, end, text: first === last ? tokens.written(first) : text.slice(start, end), label: 'actor', kind: target.entity.kind, entity: target.entity.id, via: target.via, origin: 'automatic' }
        : { start, end, text: text.slice(start, end), label: 'actor', kind: target.entity.kind, entity: entities[0], via: target.via, origin: 'automatic', entities },
    );
    i = last + 1;
  }
  exactRoots = [];
  upperRoots = [];
  return spans;
}

/** "North and South Korea": the entity named by the first word with the rest of the second name. */
function coordinatedPartner(tokens: Tokens, f: number, last: number, found: Target, index: CatalogueIndex): Target | undefined {
  if (f < 2 || last === f) return undefined;
  const { joined } = tokens;
  if (!CONJUNCTIONS.has(tokens.key(f - 1)) || joined[f - 1] !== 1 || joined[f] !== 1) return undefined;
  let node: TrieNode | undefined = index.exact.next?.get(tokens.key(f - 2));
  for (let j = f + 1; j <= last && node; j++) node = node.next?.get(tokens.key(j));
  const target = node?.target;
  if (!target || target.entity === found.entity || target.entity.kind !== found.entity.kind) return undefined;
  return target;
}
