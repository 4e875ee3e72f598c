/** What the views list: a document's actors by kind, claims by source, quantities in order. */
import type { ActorKind, ActorSpan, Annotation, ClaimSpan, Entity, Origin, Part, QuantitySpan } from './types';

export interface ActorGroup {
  kind: ActorKind;
  entities: ActorEntry[];
}

export interface ActorEntry {
  /** Entity id (provisional for unknown names). */
  id: string;
  name: string;
  kind: ActorKind;
  unknown: boolean;
  mentions: Part[];
}

const KIND_ORDER: ActorKind[] = ['person', 'organisation', 'place', 'group'];

/** Which origins a view shows. */
export interface OriginFilter {
  automatic: boolean;
  manual: boolean;
  rejected: boolean;
}

export const ALL_ORIGINS: OriginFilter = { automatic: true, manual: true, rejected: false };

const shown = (origin: Origin, filter: OriginFilter): boolean => filter[origin];

/** Actors grouped by kind, entities by mention count (most first). */
export function actorOutline(annotations: readonly Annotation[], entity: (id: string) => Entity | undefined, filter: OriginFilter = ALL_ORIGINS): ActorGroup[] {
  const byId = new Map<string, ActorEntry>();
  for (const a of annotations) {
    if (a.label !== 'actor' || !shown(a.origin, filter)) continue;
    const ids = a.entities ?? [a.entity ?? `~${a.text}`];
    for (const id of ids) {
      let entry = byId.get(id);
      if (!entry) {
        const e = a.unknown ? undefined : entity(id);
        entry = { id, name: e?.name ?? (ids.length > 1 ? id : a.text.replace(/\s+/g, ' ')), kind: e?.kind ?? a.kind, unknown: !!a.unknown || !e, mentions: [] };
        byId.set(id, entry);
      }
      entry.mentions.push({ start: a.start, end: a.end });
    }
  }
  return KIND_ORDER.map((kind) => ({
    kind,
    entities: [...byId.values()].filter((e) => e.kind === kind).sort((x, y) => y.mentions.length - x.mentions.length || x.name.localeCompare(y.name)),
  })).filter((g) => g.entities.length > 0);
}

export interface ClaimGroup {
  /** Entity id, or a label for claims without a known entity. */
  key: string;
  name: string;
  claims: ClaimSpan[];
}

/** Claims grouped by source: resolved entity first, then vague and unattributed ones. */
export function claimOutline(annotations: readonly Annotation[], text: string, entity: (id: string) => Entity | undefined, filter: OriginFilter = ALL_ORIGINS): ClaimGroup[] {
  const groups = new Map<string, ClaimGroup>();
  for (const a of annotations) {
    if (a.label !== 'claim' || !shown(a.origin, filter)) continue;
    let key: string;
    let name: string;
    if (a.sourceEntity) {
      key = a.sourceEntity;
      name = entity(a.sourceEntity)?.name ?? a.sourceEntity;
    } else if (a.sourceKind === 'none' || a.source.length === 0) {
      key = '~unattributed';
      name = 'Unattributed';
    } else if (a.sourceKind === 'vague') {
      key = '~vague';
      name = 'Vague sources';
    } else {
      const s = a.source.map((p) => text.slice(p.start, p.end)).join(' ').replace(/\s+/g, ' ');
      key = `~${s}`;
      name = s;
    }
    let g = groups.get(key);
    if (!g) {
      g = { key, name, claims: [] };
      groups.set(key, g);
    }
    g.claims.push(a);
  }
  return [...groups.values()].sort((x, y) => Number(x.key.startsWith('~')) - Number(y.key.startsWith('~')) || y.claims.length - x.claims.length || x.name.localeCompare(y.name));
}

/** Quantities in document order. */
export function quantityOutline(annotations: readonly Annotation[], filter: OriginFilter = ALL_ORIGINS): QuantitySpan[] {
  return annotations.filter((a): a is QuantitySpan => a.label === 'quantity' && shown(a.origin, filter));
}

/** "12 actors · 3 quantities · 9 claims" for the status bar. */
export function countLine(annotations: readonly Annotation[]): string {
  let actors = 0;
  let quantities = 0;
  let claims = 0;
  for (const a of annotations) {
    if (a.origin === 'rejected') continue;
    if (a.label === 'actor') actors++;
    else if (a.label === 'quantity') quantities++;
    else claims++;
  }
  const n = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;
  return `${n(actors, 'actor', 'actors')} · ${n(quantities, 'quantity', 'quantities')} · ${n(claims, 'claim', 'claims')}`;
}

/** The next annotation after (or before) an offset, wrapping around. */
export function neighbour(annotations: readonly Annotation[], offset: number, direction: 1 | -1): Annotation | undefined {
  const list = annotations.filter((a) => a.origin !== 'rejected');
  if (list.length === 0) return undefined;
  if (direction === 1) return list.find((a) => a.start > offset) ?? list[0];
  for (let i = list.length - 1; i >= 0; i--) if (list[i].start < offset) return list[i];
  return list[list.length - 1];
}

export type { ActorSpan };
