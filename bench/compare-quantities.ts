// Compares the quantity recogniser (src/engine/quantities.ts) with three libraries on the outside benchmark
// files (../shared/bench, see FORMAT.md), with the project's scoring (src/engine/evaluate.ts). Measuring only.
//
//   npx tsx bench/compare-quantities.ts [--repeat N]
//
// Systems:
//   news-lens           every quantity findQuantities() returns
//   news-lens (MUC)     the same without spans of time ("five-year term", "two weeks"): MUC-style gold such as
//                       IEER marks those as TIMEX, not as numbers; ages ("10-year-old") stay
//   recognizers-text    @microsoft/recognizers-text-suite, English: number, currency, dimension, percentage
//   wink-nlp            wink-eng-lite-web-model entities of type CARDINAL, MONEY, PERCENT
//   compromise          nlp(text).numbers(), .money(), .percentages()
// Where one system returns overlapping spans (a number inside a currency amount), the longer one is kept.
// Throughput: UTF-8 megabytes of document text per second, best of --repeat runs (default 3).
import * as Recognizers from '@microsoft/recognizers-text-suite';
import nlp from 'compromise';
import winkNLP, { type ItemEntity } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { formatScore, scoreDocuments, type GoldDocument, type PredictedSpan, type Score } from '../src/engine/evaluate';
import { findQuantities } from '../src/engine/quantities';
import type { Part, QuantitySpan } from '../src/engine/types';
import { readGold } from './gold';

interface System {
  name: string;
  run(text: string): Part[];
}

/** Spans of time are TIMEX in MUC-style annotation; ages ("10-year-old", "Ms. Gross, 47,") are numbers. */
function isTimeSpan(q: QuantitySpan): boolean {
  return q.unitKind === 'duration' && !(q.unit ?? '').endsWith(' old');
}

/** Keeps the longer of overlapping spans, then sorts by start. */
function disjoint(parts: Part[]): Part[] {
  const sorted = [...parts].filter((p) => p.end > p.start).sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Part[] = [];
  for (const p of sorted) if (!kept.some((k) => k.start < p.end && p.start < k.end)) kept.push(p);
  return kept.sort((a, b) => a.start - b.start);
}

const ours: System = {
  name: 'news-lens',
  run: (text) => findQuantities(text).map((q) => ({ start: q.start, end: q.end })),
};

const oursMuc: System = {
  name: 'news-lens (MUC)',
  run: (text) =>
    findQuantities(text)
      .filter((q) => !isTimeSpan(q))
      .map((q) => ({ start: q.start, end: q.end })),
};

const recognizers: System = {
  name: 'recognizers-text',
  run: (text) => {
    const culture = Recognizers.Culture.English;
    const results = [
      ...Recognizers.recognizeNumber(text, culture),
      ...Recognizers.recognizeCurrency(text, culture),
      ...Recognizers.recognizeDimension(text, culture),
      ...Recognizers.recognizePercentage(text, culture),
    ];
    // `end` is inclusive in Recognizers-Text
    return disjoint(results.map((r) => ({ start: r.start, end: r.end + 1 })));
  },
};

const wink = winkNLP(model);
const its = wink.its;
const WINK_TYPES = new Set(['CARDINAL', 'MONEY', 'PERCENT']);

const winkSystem: System = {
  name: 'wink-nlp',
  run: (text) => {
    const doc = wink.readDoc(text);
    // character offsets of the tokens: find each token's text from where the previous one ended
    const values = doc.tokens().out() as string[];
    const starts: number[] = [];
    const ends: number[] = [];
    let cursor = 0;
    for (const v of values) {
      const at = text.indexOf(v, cursor);
      const s = at >= 0 && at - cursor < 200 ? at : cursor;
      starts.push(s);
      ends.push(s + (at >= 0 ? v.length : 0));
      cursor = ends[ends.length - 1];
    }
    const parts: Part[] = [];
    doc.entities().each((e: ItemEntity) => {
      if (!WINK_TYPES.has(String(e.out(its.type)))) return;
      const span = e.out(its.span) as unknown as number[];
      parts.push({ start: starts[span[0]], end: ends[span[1]] });
    });
    return disjoint(parts);
  },
};

interface CompromiseMatch {
  offset?: { start: number; length: number };
}

const compromiseSystem: System = {
  name: 'compromise',
  run: (text) => {
    const doc = nlp(text);
    const found = [
      ...(doc.numbers().json({ offset: true }) as CompromiseMatch[]),
      ...(doc.money().json({ offset: true }) as CompromiseMatch[]),
      ...(doc.percentages().json({ offset: true }) as CompromiseMatch[]),
    ];
    const parts: Part[] = [];
    for (const m of found) if (m.offset) parts.push({ start: m.offset.start, end: m.offset.start + m.offset.length });
    return disjoint(parts);
  },
};

function predict(system: System, docs: GoldDocument[]): { predictions: Map<string, PredictedSpan[]>; ms: number } {
  const predictions = new Map<string, PredictedSpan[]>();
  const t0 = performance.now();
  for (const d of docs) predictions.set(d.id, system.run(d.text).map((p) => ({ ...p, label: 'quantity' })));
  return { predictions, ms: performance.now() - t0 };
}

function main(): void {
  const ri = process.argv.indexOf('--repeat');
  const repeat = ri > 0 ? Math.max(1, Number(process.argv[ri + 1]) || 1) : 3;
  const sets = ['ieer-quantities.jsonl', 'seed-article.jsonl'];
  const systems = [ours, oursMuc, recognizers, winkSystem, compromiseSystem];
  const rows: Array<{ set: string; name: string; score: Score; mbps: number }> = [];
  for (const set of sets) {
    const docs = readGold(set);
    const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text, 'utf8'), 0);
    for (const system of systems) {
      let best = Infinity;
      let predictions = new Map<string, PredictedSpan[]>();
      for (let i = 0; i < repeat; i++) {
        const r = predict(system, docs);
        predictions = r.predictions;
        best = Math.min(best, r.ms);
      }
      const score = scoreDocuments(docs, predictions, 'quantity');
      rows.push({ set, name: system.name, score, mbps: bytes / 1e6 / (best / 1000) });
      console.log(formatScore(`${set}\t${system.name}`, score));
    }
  }
  console.log('');
  const pad = (s: string, n: number): string => s.padEnd(n);
  const f = (x: number): string => x.toFixed(3);
  console.log(`${pad('set', 24)}${pad('system', 20)}${pad('gold', 6)}${pad('pred', 6)}${pad('P', 7)}${pad('R', 7)}${pad('F1', 7)}${pad('exact', 7)}MB/s`);
  for (const r of rows) {
    const s = r.score;
    console.log(
      `${pad(r.set, 24)}${pad(r.name, 20)}${pad(String(s.gold), 6)}${pad(String(s.predicted), 6)}${pad(f(s.precision), 7)}${pad(f(s.recall), 7)}${pad(f(s.f1), 7)}${pad(f(s.exact), 7)}${r.mbps.toFixed(r.mbps < 1 ? 3 : 1)}`,
    );
  }
}

main();
