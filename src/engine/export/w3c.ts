/**
 * W3C Web Annotation (JSON-LD, context http://www.w3.org/ns/anno.jsonld): an AnnotationCollection
 * whose first (and only) AnnotationPage holds one Annotation per annotation, plus one per claim role.
 *
 * - Targets point into the original document (`article.uri`, else a `urn:news-lens:document:` URN)
 *   with a TextPositionSelector (start/end in Unicode code points, as the spec requires) and a
 *   TextQuoteSelector (exact, and up to 32 code points of prefix and suffix).
 * - Bodies: a `classifying` TextualBody with the category, `tagging` bodies with the kind (and
 *   "unknown" / "approximate"), an `identifying` SpecificResource per catalogue entity, and for
 *   quantities a `describing` body with the value.
 * - Origin: `creator` is the News Lens software (automatic) or a Person (manual); a rejected
 *   annotation keeps the software creator and gets an `assessing` body with the value "rejected".
 */
import type { Annotation, ClaimSpan, Entity, Part } from '../types';
import type { ArticleForExport, ClaimRole, NumberedAnnotation } from './common';
import { CLAIM_ROLES, codePointMapper, entityIdsOf, numberAnnotations, sortedParts } from './common';

export const W3C_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Code points of context kept before and after a quote. */
export const QUOTE_CONTEXT_LENGTH = 32;

type Json = string | number | boolean | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const SOFTWARE: JsonObject = { type: 'Software', name: 'News Lens' };
const PERSON: JsonObject = { type: 'Person' };

export function documentIri(article: ArticleForExport): string {
  return article.uri ?? `urn:news-lens:document:${encodeURIComponent(article.name)}`;
}
export function collectionIri(article: ArticleForExport): string {
  return `urn:news-lens:annotations:${encodeURIComponent(article.uri ?? article.name)}`;
}
export function entityIri(id: string): string {
  return `urn:news-lens:entity:${encodeURIComponent(id)}`;
}

function textualBody(purpose: string, value: string): JsonObject {
  return { type: 'TextualBody', purpose, value };
}

function identifyingBody(id: string, entity: Entity): JsonObject {
  const source: JsonObject = { id: entityIri(id), label: entity.name };
  const links = Object.keys(entity.links)
    .sort()
    .map((k) => entity.links[k])
    .filter((l) => /^[a-z][a-z0-9+.-]*:/i.test(l));
  if (links.length > 0) source['schema:sameAs'] = links.map((l) => ({ id: l }));
  return { type: 'SpecificResource', purpose: 'identifying', source };
}

class Selectors {
  private readonly cp: (offset: number) => number;
  constructor(private readonly text: string) {
    this.cp = codePointMapper(text);
  }

  target(source: string, p: Part): JsonObject {
    const before = Array.from(this.text.slice(Math.max(0, p.start - 2 * QUOTE_CONTEXT_LENGTH), p.start));
    const after = Array.from(this.text.slice(p.end, p.end + 2 * QUOTE_CONTEXT_LENGTH));
    const quote: JsonObject = { type: 'TextQuoteSelector', exact: this.text.slice(p.start, p.end) };
    if (before.length > 0) quote.prefix = before.slice(-QUOTE_CONTEXT_LENGTH).join('');
    if (after.length > 0) quote.suffix = after.slice(0, QUOTE_CONTEXT_LENGTH).join('');
    return {
      source,
      selector: [{ type: 'TextPositionSelector', start: this.cp(p.start), end: this.cp(p.end) }, quote],
    };
  }
}

function kindTag(a: Annotation): string {
  if (a.label === 'actor') return a.kind;
  if (a.label === 'quantity') return a.unitKind;
  return `source:${a.sourceKind}`;
}

function quantityDescription(a: Extract<Annotation, { label: 'quantity' }>): JsonObject | undefined {
  const bits: string[] = [];
  if (a.value !== undefined) bits.push(`value ${a.value}`);
  if (a.min !== undefined) bits.push(`min ${a.min}`);
  if (a.max !== undefined) bits.push(`max ${a.max}`);
  if (a.unit !== undefined) bits.push(`unit ${a.unit}`);
  if (bits.length === 0) return undefined;
  const body = textualBody('describing', bits.join('; '));
  if (a.value !== undefined) body['schema:value'] = a.value;
  if (a.min !== undefined) body['schema:minValue'] = a.min;
  if (a.max !== undefined) body['schema:maxValue'] = a.max;
  if (a.unit !== undefined) body['schema:unitText'] = a.unit;
  return body;
}

function agents(a: Annotation): JsonObject {
  return { creator: a.origin === 'manual' ? PERSON : SOFTWARE, generator: SOFTWARE };
}

function mainAnnotation(
  article: ArticleForExport,
  selectors: Selectors,
  base: string,
  { id, annotation: a }: NumberedAnnotation,
): JsonObject {
  const body: JsonObject[] = [textualBody('classifying', a.label), textualBody('tagging', kindTag(a))];
  if (a.label === 'actor' && a.unknown) body.push(textualBody('tagging', 'unknown'));
  if (a.label === 'quantity') {
    if (a.approx) body.push(textualBody('tagging', 'approximate'));
    const d = quantityDescription(a);
    if (d) body.push(d);
  }
  for (const e of entityIdsOf(a)) {
    const entity = article.entities(e);
    if (entity) body.push(identifyingBody(e, entity));
  }
  if (a.origin === 'rejected') body.push(textualBody('assessing', 'rejected'));
  return {
    id: `${base}#${id}`,
    type: 'Annotation',
    motivation: 'classifying',
    ...agents(a),
    body,
    target: selectors.target(documentIri(article), a),
  };
}

function roleAnnotation(
  article: ArticleForExport,
  selectors: Selectors,
  base: string,
  id: string,
  claim: ClaimSpan,
  role: ClaimRole,
): JsonObject | undefined {
  const parts = sortedParts(claim[role]);
  if (parts.length === 0) return undefined;
  const targets = parts.map((p) => selectors.target(documentIri(article), p));
  const body: JsonObject[] = [
    textualBody('classifying', `claim-${role}`),
    { type: 'SpecificResource', purpose: 'linking', source: `${base}#${id}` },
  ];
  if (claim.origin === 'rejected') body.push(textualBody('assessing', 'rejected'));
  return {
    id: `${base}#${id}-${role}`,
    type: 'Annotation',
    motivation: 'linking',
    ...agents(claim),
    body,
    target: targets.length === 1 ? targets[0] : targets,
  };
}

/** The collection as a plain object. */
export function toW3cCollection(article: ArticleForExport): JsonObject {
  const base = collectionIri(article);
  const selectors = new Selectors(article.text);
  const items: JsonObject[] = [];
  for (const n of numberAnnotations(article.text, article.annotations)) {
    items.push(mainAnnotation(article, selectors, base, n));
    if (n.annotation.label === 'claim') {
      for (const role of CLAIM_ROLES) {
        const r = roleAnnotation(article, selectors, base, n.id, n.annotation, role);
        if (r) items.push(r);
      }
    }
  }
  const collection: JsonObject = {
    '@context': W3C_CONTEXT,
    id: base,
    type: 'AnnotationCollection',
    label: `News Lens annotations of ${article.name}`,
    total: items.length,
  };
  if (items.length > 0) collection.first = { type: 'AnnotationPage', startIndex: 0, items };
  return collection;
}

export function exportW3c(article: ArticleForExport): string {
  return JSON.stringify(toW3cCollection(article), null, 2) + '\n';
}
