/** The whole engine in one call: an article's text in, its actors, quantities and claims out. */
import { findActors } from './actors';
import { findClaims } from './claims';
import type { CatalogueIndex } from './matcher';
import { findQuantities } from './quantities';
import { splitSentences } from './sentences';
import { tokenize } from './tokens';
import { compareSpans } from './types';
import type { ActorSpan, Annotation, CategoryToggles } from './types';

export interface AnnotateOptions {
  catalogue: CatalogueIndex;
  categories?: Partial<CategoryToggles>;
  /** Detect names that no catalogue knows (default true). */
  detectNames?: boolean;
  /** Which nationality words to mark (see FindActorsOptions; default 'named'). */
  demonyms?: 'all' | 'named' | 'none';
}

/** Annotates a text: every actor, quantity and claim, sorted by start. */
export function annotate(text: string, options: AnnotateOptions): Annotation[] {
  const on = { actors: true, quantities: true, claims: true, ...options.categories };
  const out: Annotation[] = [];
  // claims resolve their sources to actors, so actors are found whenever claims are wanted
  let actors: ActorSpan[] = [];
  const tokens = on.actors || on.claims ? tokenize(text) : undefined;
  if (tokens) actors = findActors(text, options.catalogue, { detectNames: options.detectNames ?? true, demonyms: options.demonyms, tokens });
  if (on.actors) out.push(...actors);
  if (on.quantities) out.push(...findQuantities(text));
  if (on.claims) out.push(...findClaims(text, actors, splitSentences(text), tokens));
  return out.sort(compareSpans);
}

/** Mentions of each entity id among the actor annotations. */
export function mentionCounts(annotations: readonly Annotation[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const a of annotations) {
    if (a.label !== 'actor' || a.origin === 'rejected') continue;
    for (const id of a.entities ?? (a.entity ? [a.entity] : [])) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}
