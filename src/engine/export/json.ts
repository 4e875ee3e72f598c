/**
 * The project's own JSON schema, "news-lens/annotations" version 1 (docs/export-formats.md).
 * Offsets are UTF-16 code units into `document.text`, exactly as the engine holds them.
 */
import type { ActorKind, Annotation, Entity, Origin, QuantityNormalForm, SourceKind } from '../types';
import type { ArticleForExport, NumberedAnnotation } from './common';
import { entityIdsOf, numberAnnotations, sortedParts } from './common';

export const JSON_SCHEMA_NAME = 'news-lens/annotations';
export const JSON_SCHEMA_VERSION = 1;

export interface JsonPart {
  start: number;
  end: number;
  text: string;
}

interface JsonAnnotationBase {
  id: string;
  label: Annotation['label'];
  origin: Origin;
  start: number;
  end: number;
  text: string;
}

export interface JsonActor extends JsonAnnotationBase {
  label: 'actor';
  kind: ActorKind;
  entity?: string;
  entities?: string[];
  unknown?: boolean;
  via?: 'name' | 'alias' | 'demonym' | 'detected' | 'reference';
}

export interface JsonQuantity extends JsonAnnotationBase, QuantityNormalForm {
  label: 'quantity';
  number?: JsonPart;
}

export interface JsonClaim extends JsonAnnotationBase {
  label: 'claim';
  source: JsonPart[];
  cue: JsonPart[];
  content: JsonPart[];
  sourceEntity?: string;
  sourceKind: SourceKind;
}

export type JsonAnnotation = JsonActor | JsonQuantity | JsonClaim;

/** A catalogue entry as exported: the entity without where it was read. */
export type JsonEntity = Omit<Entity, 'source' | 'line'>;

export interface JsonDocument {
  schema: typeof JSON_SCHEMA_NAME;
  version: typeof JSON_SCHEMA_VERSION;
  document: {
    name: string;
    /** Unit of every offset in the file. */
    offsets: 'utf-16';
    /** `text.length` (UTF-16 code units). */
    length: number;
    text: string;
  };
  annotations: JsonAnnotation[];
  /** Catalogue entries of the entity ids the annotations use, keyed and sorted by id. */
  entities: Record<string, JsonEntity>;
}

function part(text: string, p: { start: number; end: number }): JsonPart {
  return { start: p.start, end: p.end, text: text.slice(p.start, p.end) };
}

/** Drops keys whose value is undefined, keeping the order of the others. */
function compact<T extends object>(o: T): T {
  for (const key of Object.keys(o) as Array<keyof T>) if (o[key] === undefined) delete o[key];
  return o;
}

function toJsonAnnotation(text: string, { id, annotation: a }: NumberedAnnotation): JsonAnnotation {
  const base = { origin: a.origin, start: a.start, end: a.end, text: text.slice(a.start, a.end) };
  if (a.label === 'actor') {
    return compact<JsonActor>({
      id,
      label: 'actor',
      ...base,
      kind: a.kind,
      entity: a.entity,
      entities: a.entities && [...a.entities],
      unknown: a.unknown,
      via: a.via,
    });
  }
  if (a.label === 'quantity') {
    return compact<JsonQuantity>({
      id,
      label: 'quantity',
      ...base,
      value: a.value,
      min: a.min,
      max: a.max,
      approx: a.approx,
      unit: a.unit,
      unitKind: a.unitKind,
      number: a.number && part(text, a.number),
    });
  }
  return compact<JsonClaim>({
    id,
    label: 'claim',
    ...base,
    source: sortedParts(a.source).map((p) => part(text, p)),
    cue: sortedParts(a.cue).map((p) => part(text, p)),
    content: sortedParts(a.content).map((p) => part(text, p)),
    sourceEntity: a.sourceEntity,
    sourceKind: a.sourceKind,
  });
}

/** The article in the project's JSON schema (a plain object; `JSON.stringify` it). */
export function toJsonDocument(article: ArticleForExport): JsonDocument {
  const numbered = numberAnnotations(article.text, article.annotations);
  const ids = new Set<string>();
  for (const n of numbered) for (const id of entityIdsOf(n.annotation)) ids.add(id);
  const entities: Record<string, JsonEntity> = {};
  for (const id of [...ids].sort()) {
    const e = article.entities(id);
    if (!e) continue;
    entities[id] = compact<JsonEntity>({
      id: e.id,
      name: e.name,
      kind: e.kind,
      aliases: [...e.aliases],
      demonyms: [...e.demonyms],
      role: e.role,
      description: e.description,
      links: Object.fromEntries(Object.keys(e.links).sort().map((k) => [k, e.links[k]])),
    });
  }
  return {
    schema: JSON_SCHEMA_NAME,
    version: JSON_SCHEMA_VERSION,
    document: { name: article.name, offsets: 'utf-16', length: article.text.length, text: article.text },
    annotations: numbered.map((n) => toJsonAnnotation(article.text, n)),
    entities,
  };
}

/** Pretty-printed JSON file, ending with a newline. */
export function exportJson(article: ArticleForExport): string {
  return JSON.stringify(toJsonDocument(article), null, 2) + '\n';
}

/** One compact line per article, for workspace exports. */
export function exportJsonLines(articles: readonly ArticleForExport[]): string {
  return articles.map((a) => JSON.stringify(toJsonDocument(a)) + '\n').join('');
}
