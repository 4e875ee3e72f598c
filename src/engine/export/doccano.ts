/**
 * doccano sequence-labeling JSONL: `{"text": ..., "label": [[start, end, "LABEL"], ...]}`.
 *
 * doccano computes span offsets in its browser front end, on JavaScript strings: they are UTF-16
 * code units (doccano issue #2290), unless the project counts grapheme clusters as one character.
 * The text is written with LF line ends. Labels: person, organisation, place, group, quantity,
 * claim-source, claim-cue, claim-content (each claim part its own span). Rejected annotations are
 * left out. Spans overlap (a claim source is often an actor), so the project must allow overlapping spans.
 */
import type { ArticleForExport } from './common';
import { claimParts, claimRoleLabel, numberAnnotations, toLf, toolLabelOf } from './common';

export type DoccanoSpan = [number, number, string];

export interface DoccanoLine {
  text: string;
  label: DoccanoSpan[];
}

export function toDoccano(article: ArticleForExport): DoccanoLine {
  const lf = toLf(article.text);
  const label: DoccanoSpan[] = [];
  const push = (start: number, end: number, name: string): void => {
    const s = lf.map(start);
    const e = lf.map(end);
    if (e > s) label.push([s, e, name]); // doccano refuses empty spans
  };
  for (const { annotation: a } of numberAnnotations(article.text, article.annotations)) {
    if (a.origin === 'rejected') continue;
    if (a.label === 'claim') {
      for (const { role, part } of claimParts(a)) push(part.start, part.end, claimRoleLabel(role));
    } else {
      push(a.start, a.end, toolLabelOf(a));
    }
  }
  return { text: lf.text, label };
}

export function exportDoccano(article: ArticleForExport): string {
  return JSON.stringify(toDoccano(article)) + '\n';
}
