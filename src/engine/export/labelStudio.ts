/**
 * Label Studio tasks with pre-annotations (predictions), for the labeling config in
 * `LABEL_STUDIO_CONFIG`.
 *
 * - `data.text` is the article with LF line ends (Label Studio counts CR and LF as two characters and
 *   shows a CRLF as two line breaks).
 * - `value.start` / `value.end` are Unicode code points: Label Studio's Text tag converts browser
 *   offsets to code points so that they index the text as Python does.
 * - Actors and quantities are `labels` regions; a claim is a region per part (claim-source,
 *   claim-cue, claim-content) joined by `relation` results cue -> source ("source") and
 *   cue -> content ("content").
 * - Region `origin` is "prediction" (automatic) or "manual"; `meta.text` carries origin, entity links
 *   and quantity values. Rejected annotations are left out.
 */
import type { Annotation } from '../types';
import type { ArticleForExport } from './common';
import { claimParts, claimRoleLabel, codePointMapper, entityIdsOf, numberAnnotations, toLf, toolLabelOf } from './common';

export const LABEL_STUDIO_MODEL_VERSION = 'news-lens';
const FROM_NAME = 'label';
const TO_NAME = 'text';

const COLOURS: Record<string, string> = {
  person: '#1f77b4',
  organisation: '#9467bd',
  place: '#2ca02c',
  group: '#17becf',
  quantity: '#ff7f0e',
  'claim-source': '#d62728',
  'claim-cue': '#e377c2',
  'claim-content': '#bcbd22',
};

/** The labeling config to paste into Label Studio (Settings > Labeling Interface > Code). */
export const LABEL_STUDIO_CONFIG = [
  '<View>',
  '  <Style>.htx-text { white-space: pre-wrap; }</Style>',
  '  <Relations>',
  '    <Relation value="source"/>',
  '    <Relation value="content"/>',
  '  </Relations>',
  `  <Labels name="${FROM_NAME}" toName="${TO_NAME}">`,
  ...Object.keys(COLOURS).map((l) => `    <Label value="${l}" background="${COLOURS[l]}"/>`),
  '  </Labels>',
  `  <Text name="${TO_NAME}" value="$text"/>`,
  '</View>',
  '',
].join('\n');

export interface LabelStudioRegion {
  id: string;
  from_name: string;
  to_name: string;
  type: 'labels';
  origin: 'prediction' | 'manual';
  value: { start: number; end: number; text: string; labels: string[] };
  meta?: { text: string[] };
}

export interface LabelStudioRelation {
  from_id: string;
  to_id: string;
  type: 'relation';
  direction: 'right';
  labels: string[];
}

export interface LabelStudioTask {
  data: { text: string; name: string };
  predictions: Array<{ model_version: string; result: Array<LabelStudioRegion | LabelStudioRelation> }>;
}

function metaOf(article: ArticleForExport, a: Annotation): string[] {
  const lines = [`origin: ${a.origin}`];
  for (const id of entityIdsOf(a)) {
    const e = article.entities(id);
    lines.push(e ? `entity: ${id} (${e.name})` : `entity: ${id}`);
  }
  if (a.label === 'actor' && a.unknown) lines.push('unknown to the catalogue');
  if (a.label === 'quantity') {
    if (a.value !== undefined) lines.push(`value: ${a.value}`);
    if (a.min !== undefined) lines.push(`min: ${a.min}`);
    if (a.max !== undefined) lines.push(`max: ${a.max}`);
    if (a.unit !== undefined) lines.push(`unit: ${a.unit}`);
    lines.push(`unit kind: ${a.unitKind}${a.approx ? ', approximate' : ''}`);
  }
  if (a.label === 'claim') lines.push(`source kind: ${a.sourceKind}`);
  return lines;
}

export function toLabelStudioTask(article: ArticleForExport): LabelStudioTask {
  const lf = toLf(article.text);
  const cp = codePointMapper(lf.text);
  const result: Array<LabelStudioRegion | LabelStudioRelation> = [];
  const region = (id: string, a: Annotation, start: number, end: number, label: string): boolean => {
    const s = lf.map(start);
    const e = lf.map(end);
    if (e <= s) return false;
    result.push({
      id,
      from_name: FROM_NAME,
      to_name: TO_NAME,
      type: 'labels',
      origin: a.origin === 'manual' ? 'manual' : 'prediction',
      value: { start: cp(s), end: cp(e), text: lf.text.slice(s, e), labels: [label] },
      meta: { text: metaOf(article, a) },
    });
    return true;
  };
  for (const { id, annotation: a } of numberAnnotations(article.text, article.annotations)) {
    if (a.origin === 'rejected') continue;
    if (a.label !== 'claim') {
      region(id, a, a.start, a.end, toolLabelOf(a));
      continue;
    }
    const made: Record<string, string[]> = { source: [], cue: [], content: [] };
    const counters: Record<string, number> = { source: 0, cue: 0, content: 0 };
    for (const { role, part } of claimParts(a)) {
      const rid = `${id}-${role}${++counters[role]}`;
      if (region(rid, a, part.start, part.end, claimRoleLabel(role))) made[role].push(rid);
    }
    for (const cue of made.cue) {
      for (const role of ['source', 'content'] as const) {
        for (const to of made[role]) {
          result.push({ from_id: cue, to_id: to, type: 'relation', direction: 'right', labels: [role] });
        }
      }
    }
  }
  return {
    data: { text: lf.text, name: article.name },
    predictions: [{ model_version: LABEL_STUDIO_MODEL_VERSION, result }],
  };
}

/** A Label Studio import file: a JSON array with one task. */
export function exportLabelStudio(article: ArticleForExport): string {
  return JSON.stringify([toLabelStudioTask(article)], null, 2) + '\n';
}

/** One Label Studio import file for many articles. */
export function exportLabelStudioCollection(articles: readonly ArticleForExport[]): string {
  return JSON.stringify(articles.map(toLabelStudioTask), null, 2) + '\n';
}
