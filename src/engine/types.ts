/**
 * Plain data shared by every part of the engine, the extension, the CLI and the exports.
 * Offsets are UTF-16 code-unit offsets into the article text (JavaScript string indices),
 * `start` inclusive, `end` exclusive.
 */

export type ActorKind = 'person' | 'organisation' | 'place' | 'group';
export const ACTOR_KINDS: readonly ActorKind[] = ['person', 'organisation', 'place', 'group'];

/**
 * Where an annotation comes from: the engine, a person (review workflow), or an automatic
 * annotation that a person rejected (kept in the list, exported, never highlighted).
 */
export type Origin = 'automatic' | 'manual' | 'rejected';

export type Category = 'actor' | 'quantity' | 'claim';

/** A piece of text: `{ start, end }`. */
export interface Part {
  start: number;
  end: number;
}

/** One entry of an entity catalogue (a workspace YAML file or the built-in catalogue). */
export interface Entity {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  /** Adjectives and nouns of nationality that point at this entity ("North Korean"). */
  demonyms: string[];
  role?: string;
  description?: string;
  links: Record<string, string>;
  /** Where the entry was read: a catalogue file's URI or path, or "built-in". */
  source?: string;
  /** 1-based line of the entry in its file, when read from YAML. */
  line?: number;
}

interface SpanBase extends Part {
  /** The annotated text, exactly `text.slice(start, end)`. */
  text: string;
  origin: Origin;
}

export interface ActorSpan extends SpanBase {
  label: 'actor';
  kind: ActorKind;
  /** Catalogue id (or, for unknown names, a provisional id made from the name). */
  entity?: string;
  /** When one mention names several entities ("North and South Korea"): all of their ids. */
  entities?: string[];
  /** True for names found in running text that no catalogue knows. */
  unknown?: boolean;
  /** How the mention was found: a catalogue name, alias, demonym, a detected name or a reference back. */
  via?: 'name' | 'alias' | 'demonym' | 'detected' | 'reference';
}

export type UnitKind = 'count' | 'money' | 'percent' | 'duration' | 'measure';

/** The normal form of a quantity, shared by spans, exports and the review sidecar. */
export type QuantityNormalForm = Pick<QuantitySpan, 'value' | 'min' | 'max' | 'approx' | 'unit' | 'unitKind'>;

export interface QuantitySpan extends SpanBase {
  label: 'quantity';
  /** Exact value when there is one (10000 for "around 10,000 soldiers"). */
  value?: number;
  /** Lower bound ("more than 200" -> min 200; "thousands of" -> min 1000). */
  min?: number;
  /** Upper bound ("up to 300" -> max 300). */
  max?: number;
  approx: boolean;
  /** Unit or counted noun: "soldiers", "USD", "year", "km", "%". */
  unit?: string;
  unitKind: UnitKind;
  /** The numeric part ("10,000" in "around 10,000 soldiers"). */
  number?: Part;
}

/** How the source of a claim is known. */
export type SourceKind = 'named' | 'pronoun' | 'role' | 'vague' | 'none';

export interface ClaimSpan extends SpanBase {
  label: 'claim';
  cue: Part[];
  source: Part[];
  content: Part[];
  /** Entity id the source resolves to, where one can be known. */
  sourceEntity?: string;
  sourceKind: SourceKind;
}

export type Annotation = ActorSpan | QuantitySpan | ClaimSpan;

/** Which categories to annotate. */
export interface CategoryToggles {
  actors: boolean;
  quantities: boolean;
  claims: boolean;
}

export interface Problem {
  message: string;
  /** 1-based line and column. */
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  severity: 'error' | 'warning';
}

/** Sorts spans by start, then longer first. */
export function compareSpans(a: Part, b: Part): number {
  return a.start - b.start || b.end - a.end;
}
