/**
 * The prediction line of ../shared/bench/FORMAT.md: `{"id", "text"?, "spans": [...]}` with spans labelled
 * actor / quantity / claim and UTF-16 offsets. This is what `news-lens annotate --format jsonl` prints
 * and what `scoreDocuments` (../evaluate) reads.
 */
import type { Annotation, Part } from '../types';
import type { PredictedSpan } from '../evaluate';
import type { ArticleForExport, ExportOptions } from './common';
import { numberAnnotations, sortedParts } from './common';

const bare = (p: Part): Part => ({ start: p.start, end: p.end });
const RANK: Record<Annotation['label'], number> = { actor: 0, quantity: 1, claim: 2 };

/**
 * Spans in the prediction shape, in document order. Rejected annotations are left out (a person
 * said they are wrong); every span carries its `origin`.
 */
export function toPredictionSpans(annotations: readonly Annotation[]): PredictedSpan[] {
  const sorted = [...annotations]
    .map((a, i) => ({ a, i }))
    .sort((x, y) => x.a.start - y.a.start || y.a.end - x.a.end || RANK[x.a.label] - RANK[y.a.label] || x.i - y.i)
    .map(({ a }) => a);
  const out: PredictedSpan[] = [];
  for (const a of sorted) {
    if (a.origin === 'rejected') continue;
    if (a.label === 'actor') {
      const s: PredictedSpan = { start: a.start, end: a.end, label: 'actor', kind: a.kind };
      if (a.entity !== undefined) s.entity = a.entity;
      if (a.entities !== undefined && a.entities.length > 0) s.entities = [...a.entities];
      if (a.unknown) s.unknown = true;
      s.origin = a.origin;
      out.push(s);
    } else if (a.label === 'quantity') {
      const s: PredictedSpan = { start: a.start, end: a.end, label: 'quantity' };
      if (a.number) s.number = bare(a.number);
      if (a.value !== undefined) s.value = a.value;
      if (a.min !== undefined) s.min = a.min;
      if (a.max !== undefined) s.max = a.max;
      if (a.unit !== undefined) s.unit = a.unit;
      s.origin = a.origin;
      out.push(s);
    } else {
      const s: PredictedSpan = {
        start: a.start,
        end: a.end,
        label: 'claim',
        cue: sortedParts(a.cue).map(bare),
        source: sortedParts(a.source).map(bare),
        content: sortedParts(a.content).map(bare),
      };
      if (a.sourceEntity !== undefined) s.sourceEntity = a.sourceEntity;
      s.origin = a.origin;
      out.push(s);
    }
  }
  return out;
}

/** One line (with its newline) for one article. */
export function exportPredictionLine(article: ArticleForExport, options: ExportOptions = {}): string {
  numberAnnotations(article.text, article.annotations); // validates offsets
  const spans = toPredictionSpans(article.annotations);
  const line =
    options.includeText === false ? { id: article.name, spans } : { id: article.name, text: article.text, spans };
  return JSON.stringify(line) + '\n';
}
