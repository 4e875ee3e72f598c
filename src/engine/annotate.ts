/** The whole engine in one call: an article's text in, its actors, quantities and claims out. */
import { findActors } from './actors';
import { findClaims } from './claims';
import type { CatalogueIndex } from './matcher';
import { findQuantities } from './quantities';
import { splitSentences } from './sentences';
import { TokenBuffers, tokenize } from './tokens';
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

/** The arrays of annotate()'s word tokens, used again by the next call (the tokens do not leave a call). */
const TOKEN_BUFFERS = new TokenBuffers();

/** Annotates a text: every actor, quantity and claim, sorted by start. */
export function annotate(text: string, options: AnnotateOptions): Annotation[] {
  const on = { actors: true, quantities: true, claims: true, ...options.categories };
  // claims resolve their sources to actors, so actors are found whenever claims are wanted
  let actors: ActorSpan[] = [];
  const tokens = on.actors || on.claims ? tokenize(text, 0, text.length, TOKEN_BUFFERS) : undefined;
  if (tokens) actors = findActors(text, options.catalogue, { detectNames: options.detectNames ?? true, demonyms: options.demonyms, tokens });
  const quantities = on.quantities ? findQuantities(text, tokens) : [];
  const claims = on.claims ? findClaims(text, actors, splitSentences(text), tokens) : [];
  return mergeSorted(on.actors ? actors : [], quantities, claims);
}

/**
 * The three lists as one, in compareSpans order; on equal spans actors come before quantities, and
 * quantities before claims (what a stable sort of the lists one after the other gives). Each list comes
 * sorted from its stage, so this is a merge, not a sort of the whole; a list out of order is sorted first.
 */
export function mergeSorted(a: readonly Annotation[], b: readonly Annotation[], c: readonly Annotation[]): Annotation[] {
  const x = inOrder(a);
  const y = inOrder(b);
  const z = inOrder(c);
  const out: Annotation[] = new Array<Annotation>(x.length + y.length + z.length);
  let i = 0;
  let j = 0;
  let k = 0;
  for (let n = 0; n < out.length; n++) {
    let pick = 0;
    let best: Annotation | undefined = i < x.length ? x[i] : undefined;
    if (j < y.length && (best === undefined || compareSpans(y[j], best) < 0)) {
      best = y[j];
      pick = 1;
    }
    if (k < z.length && (best === undefined || compareSpans(z[k], best) < 0)) {
      best = z[k];
      pick = 2;
    }
    out[n] = best as Annotation;
    if (pick === 0) i++;
    else if (pick === 1) j++;
    else k++;
  }
  return out;
}

function inOrder(list: readonly Annotation[]): readonly Annotation[] {
  for (let i = 1; i < list.length; i++) if (compareSpans(list[i - 1], list[i]) > 0) return [...list].sort(compareSpans);
  return list;
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
