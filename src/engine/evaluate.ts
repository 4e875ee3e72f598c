/**
 * Scoring of predicted spans against gold spans, as ../shared/bench/FORMAT.md describes:
 * one-to-one matching, greedy by largest character overlap, at least one shared character.
 */
import type { Category, Part } from './types';

export interface GoldSpan extends Part {
  label: string;
  kind?: string;
  head?: Part;
  number?: Part;
  cue?: Part[];
  source?: Part[];
  content?: Part[];
  entity?: string;
  source_entity?: string | null;
  [key: string]: unknown;
}

export interface GoldDocument {
  id: string;
  text: string;
  spans: GoldSpan[];
}

export interface PredictedSpan extends Part {
  label: string;
  kind?: string;
  cue?: Part | Part[];
  source?: Part | Part[];
  content?: Part | Part[];
  sourceEntity?: string;
  [key: string]: unknown;
}

export interface Score {
  label: Category;
  gold: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  /** Share of matches whose boundaries are exact. */
  exact: number;
  /** actor: share of matches with the right kind. */
  kindAccuracy?: number;
  /** claim: share of matched claims whose source is right (overlaps, or both have none). */
  sourceAccuracy?: number;
  /** claim: mean character-level F1 of the content over matched claims. */
  contentF1?: number;
  /** claim: matched claims whose gold names a source entity and the prediction resolves to it. */
  sourceEntityRight?: number;
  sourceEntityGold?: number;
}

/** Parts of a claim field, whether given as one part or a list. */
export function partsOf(value: Part | Part[] | undefined): Part[] {
  if (!value) return [];
  return Array.isArray(value) ? value : [value];
}

function overlapOf(a: Part[], b: Part[]): number {
  let n = 0;
  for (const x of a) for (const y of b) n += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return n;
}

function sameParts(a: Part[], b: Part[]): boolean {
  return a.length === b.length && a.every((p, i) => p.start === b[i].start && p.end === b[i].end);
}

/** The part of a gold span that is scored for a category. */
function scoredGold(g: GoldSpan, label: Category): Part[] {
  if (label === 'actor') return [g.head ?? g];
  if (label === 'quantity') return [g.number ?? g];
  return partsOf(g.cue);
}

function scoredPrediction(p: PredictedSpan, label: Category): Part[] {
  return label === 'claim' ? partsOf(p.cue) : [p];
}

/** Greedy one-to-one matching by largest overlap. Returns pairs [goldIndex, predIndex]. */
export function matchSpans(gold: Part[][], predicted: Part[][]): Array<[number, number]> {
  const candidates: Array<[number, number, number]> = [];
  for (let g = 0; g < gold.length; g++) {
    for (let p = 0; p < predicted.length; p++) {
      const o = overlapOf(gold[g], predicted[p]);
      if (o > 0) candidates.push([o, g, p]);
    }
  }
  candidates.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const [, g, p] of candidates) {
    if (usedG.has(g) || usedP.has(p)) continue;
    usedG.add(g);
    usedP.add(p);
    pairs.push([g, p]);
  }
  return pairs;
}

function charF1(gold: Part[], predicted: Part[]): number {
  const o = overlapOf(gold, predicted);
  const gl = gold.reduce((n, p) => n + p.end - p.start, 0);
  const pl = predicted.reduce((n, p) => n + p.end - p.start, 0);
  if (gl === 0 && pl === 0) return 1;
  if (o === 0) return 0;
  const pr = o / pl;
  const re = o / gl;
  return (2 * pr * re) / (pr + re);
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);

/** Scores predictions for one category over many documents. */
export function scoreDocuments(
  gold: GoldDocument[],
  predictions: Map<string, PredictedSpan[]>,
  label: Category,
): Score {
  let nGold = 0;
  let nPred = 0;
  let matched = 0;
  let exact = 0;
  let kindRight = 0;
  let sourceRight = 0;
  let contentSum = 0;
  let entityGold = 0;
  let entityRight = 0;
  for (const doc of gold) {
    const golds = doc.spans.filter((s) => s.label === label);
    const preds = (predictions.get(doc.id) ?? []).filter((s) => s.label === label);
    const gParts = golds.map((g) => scoredGold(g, label));
    const pParts = preds.map((p) => scoredPrediction(p, label));
    const pairs = matchSpans(gParts, pParts);
    // misc actors are neither required nor wrong: drop them and what they matched
    const ignoredPred = new Set<number>();
    let ignoredGold = 0;
    for (const g of golds) if (label === 'actor' && g.kind === 'misc') ignoredGold++;
    let docMatched = 0;
    for (const [gi, pi] of pairs) {
      const g = golds[gi];
      const p = preds[pi];
      if (label === 'actor' && g.kind === 'misc') {
        ignoredPred.add(pi);
        continue;
      }
      docMatched++;
      if (sameParts(gParts[gi], pParts[pi])) exact++;
      if (label === 'actor' && g.kind === p.kind) kindRight++;
      if (label === 'claim') {
        const gs = partsOf(g.source);
        const ps = partsOf(p.source);
        if ((gs.length === 0 && ps.length === 0) || overlapOf(gs, ps) > 0) sourceRight++;
        contentSum += charF1(partsOf(g.content), partsOf(p.content));
        if (typeof g.source_entity === 'string' && g.source_entity) {
          entityGold++;
          if (p.sourceEntity === g.source_entity) entityRight++;
        }
      }
    }
    matched += docMatched;
    nGold += golds.length - ignoredGold;
    nPred += preds.length - ignoredPred.size;
  }
  const precision = ratio(matched, nPred);
  const recall = ratio(matched, nGold);
  const score: Score = {
    label,
    gold: nGold,
    predicted: nPred,
    matched,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    exact: ratio(exact, matched),
  };
  if (label === 'actor') score.kindAccuracy = ratio(kindRight, matched);
  if (label === 'claim') {
    score.sourceAccuracy = ratio(sourceRight, matched);
    score.contentF1 = ratio(contentSum, matched);
    score.sourceEntityGold = entityGold;
    score.sourceEntityRight = entityRight;
  }
  return score;
}

/** One line of figures, for the CLI and the bench scripts. */
export function formatScore(name: string, s: Score): string {
  const f = (x: number): string => x.toFixed(3);
  let line = `${name}\t${s.label}\tgold ${s.gold}\tpredicted ${s.predicted}\tmatched ${s.matched}\tP ${f(s.precision)}\tR ${f(s.recall)}\tF1 ${f(s.f1)}\texact ${f(s.exact)}`;
  if (s.kindAccuracy !== undefined) line += `\tkind ${f(s.kindAccuracy)}`;
  if (s.sourceAccuracy !== undefined) line += `\tsource ${f(s.sourceAccuracy)}\tcontent-F1 ${f(s.contentF1 ?? 0)}`;
  if (s.sourceEntityGold) line += `\tsource-entity ${s.sourceEntityRight}/${s.sourceEntityGold}`;
  return line;
}
