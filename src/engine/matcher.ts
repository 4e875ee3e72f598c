/**
 * Finds catalogue mentions: every name, alias and demonym of every entity, as whole words, in time
 * linear in the text and independent of the catalogue's size (a token trie, one hash lookup a step).
 */
import { isAllCaps, nameKeys, tokenize } from './tokens';
import type { Token } from './tokens';
import type { ActorKind, ActorSpan, Entity } from './types';

type Via = 'name' | 'alias' | 'demonym';

interface Target {
  entity: Entity;
  via: Via;
}

interface TrieNode {
  next?: Map<string, TrieNode>;
  target?: Target;
}

export interface CatalogueIndex {
  readonly entities: readonly Entity[];
  readonly byId: ReadonlyMap<string, Entity>;
  /** Surface forms as written. */
  readonly exact: TrieNode;
  /** Surface forms in capitals, for all-caps headlines. */
  readonly upper: TrieNode;
  /** The longest surface form, in tokens. */
  readonly maxTokens: number;
}

function insert(root: TrieNode, keys: string[], target: Target): void {
  let node = root;
  for (const k of keys) {
    node.next ??= new Map();
    let child = node.next.get(k);
    if (!child) {
      child = {};
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
  const exact: TrieNode = {};
  const upper: TrieNode = {};
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
  return { entities, byId, exact, upper, maxTokens };
}

interface Found {
  first: number;
  last: number;
  target: Target;
}

/** The longest catalogue match starting at token i, or undefined. */
function longestAt(tokens: Token[], i: number, index: CatalogueIndex): Found | undefined {
  let best: Found | undefined;
  let node: TrieNode | undefined = index.exact;
  for (let j = i; j < tokens.length && node; j++) {
    if (j > i && !tokens[j].joined) break;
    node = node.next?.get(tokens[j].key);
    if (node?.target) best = { first: i, last: j, target: node.target };
  }
  // all-caps text ("NORTH KOREA WARNS"): compare in capitals
  if (!best && tokens[i].key.length > 1 && isAllCaps(tokens[i].key)) {
    node = index.upper;
    for (let j = i; j < tokens.length && node; j++) {
      if (j > i && !tokens[j].joined) break;
      if (!isAllCaps(tokens[j].key)) break;
      node = node.next?.get(tokens[j].key);
      if (node?.target) best = { first: i, last: j, target: node.target };
    }
  }
  return best;
}

function kindOf(target: Target): ActorKind {
  return target.entity.kind;
}

const CONJUNCTIONS = new Set(['and', 'or', '&']);

/**
 * Catalogue mentions in a text, longest first, left to right. "North and South Korea" is one
 * mention of both entities when "North Korea" is a name too.
 */
export function findCatalogueMentions(text: string, index: CatalogueIndex, tokens: Token[] = tokenize(text)): ActorSpan[] {
  const spans: ActorSpan[] = [];
  if (index.entities.length === 0) return spans;
  for (let i = 0; i < tokens.length; ) {
    const found = longestAt(tokens, i, index);
    if (!found) {
      i++;
      continue;
    }
    let start = tokens[found.first].start;
    const end = tokens[found.last].end;
    let entities: string[] | undefined;
    const prev = spans[spans.length - 1];
    const coordinated = coordinatedPartner(tokens, found, index);
    if (coordinated && (!prev || prev.end <= tokens[found.first - 2].start)) {
      start = tokens[found.first - 2].start;
      entities = [coordinated.entity.id, found.target.entity.id];
    }
    const span: ActorSpan = {
      start,
      end,
      text: text.slice(start, end),
      label: 'actor',
      kind: kindOf(found.target),
      entity: found.target.entity.id,
      via: found.target.via,
      origin: 'automatic',
    };
    if (entities) {
      span.entities = entities;
      span.entity = entities[0];
    }
    spans.push(span);
    i = found.last + 1;
  }
  return spans;
}

/** "North and South Korea": the entity named by the first word with the rest of the second name. */
function coordinatedPartner(tokens: Token[], found: Found, index: CatalogueIndex): Target | undefined {
  const f = found.first;
  if (f < 2 || found.last === f) return undefined;
  const conj = tokens[f - 1];
  const head = tokens[f - 2];
  if (!CONJUNCTIONS.has(conj.key) || !conj.joined || !tokens[f].joined) return undefined;
  let node: TrieNode | undefined = index.exact.next?.get(head.key);
  for (let j = f + 1; j <= found.last && node; j++) node = node.next?.get(tokens[j].key);
  const target = node?.target;
  if (!target || target.entity === found.target.entity || target.entity.kind !== found.target.entity.kind) return undefined;
  return target;
}
