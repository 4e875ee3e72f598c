// Compares the quantity recogniser (src/engine/quantities.ts) with three libraries on the outside benchmark
// files (../shared/bench, see FORMAT.md), with the project's scoring (src/engine/evaluate.ts). Measuring only.
//
//   npx tsx bench/compare-quantities.ts [--repeat N]
//
// Systems, each in two views:
//   all   what the system returns
//   MUC   without expressions of time, as MUC-style gold (IEER) has them as TIMEX, not numbers; each system's
//         own classification decides what is time:
//     news-lens           findQuantities(); MUC: without durations ("five-year term", "two weeks"); ages stay
//     recognizers-text    @microsoft/recognizers-text-suite, English: number, currency, dimension, percentage;
//                         MUC: without spans that overlap its DateTime model's results
//     wink-nlp            wink-eng-lite-web-model entities CARDINAL, MONEY, PERCENT (its DATE, TIME and DURATION
//                         types are left out in both views)
//     compromise          nlp(text).numbers(), .money(), .percentages(); MUC: without spans that overlap terms
//                         it tags #Date, #Year, #Time or #Duration
// Where one system returns overlapping spans (a number inside a currency amount), the longer one is kept.
// Throughput: UTF-8 megabytes of document text per CPU second of this process (one document per call, as the
// scoring does), best of --repeat runs (default 1; news-lens always gets at least 20 runs, to warm up).
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
  fast?: boolean;
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

function overlapsAny(p: Part, others: Part[]): boolean {
  return others.some((o) => o.start < p.end && p.start < o.end);
}

const ours: System = {
  name: 'news-lens',
  fast: true,
  run: (text) => findQuantities(text).map((q) => ({ start: q.start, end: q.end })),
};

const oursMuc: System = {
  name: 'news-lens MUC',
  fast: true,
  run: (text) =>
    findQuantities(text)
      .filter((q) => !isTimeSpan(q))
      .map((q) => ({ start: q.start, end: q.end })),
};

const culture = Recognizers.Culture.English;

/** `end` is inclusive in Recognizers-Text. */
function recognizersParts(text: string): Part[] {
  const results = [
    ...Recognizers.recognizeNumber(text, culture),
    ...Recognizers.recognizeCurrency(text, culture),
    ...Recognizers.recognizeDimension(text, culture),
    ...Recognizers.recognizePercentage(text, culture),
  ];
  return disjoint(results.map((r) => ({ start: r.start, end: r.end + 1 })));
}

const recognizers: System = { name: 'recognizers-text', run: recognizersParts };

const recognizersMuc: System = {
  name: 'recognizers-text MUC',
  run: (text) => {
    const time = Recognizers.recognizeDateTime(text, culture).map((r) => ({ start: r.start, end: r.end + 1 }));
    return recognizersParts(text).filter((p) => !overlapsAny(p, time));
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

function compromiseParts(matches: CompromiseMatch[]): Part[] {
  const parts: Part[] = [];
  for (const m of matches) if (m.offset) parts.push({ start: m.offset.start, end: m.offset.start + m.offset.length });
  return parts;
}

function compromiseRun(text: string, muc: boolean): Part[] {
  const doc = nlp(text);
  const found = disjoint(
    compromiseParts([
      ...(doc.numbers().json({ offset: true }) as CompromiseMatch[]),
      ...(doc.money().json({ offset: true }) as CompromiseMatch[]),
      ...(doc.percentages().json({ offset: true }) as CompromiseMatch[]),
    ]),
  );
  if (!muc) return found;
  const time = compromiseParts(doc.match('(#Date|#Year|#Time|#Duration)').json({ offset: true }) as CompromiseMatch[]);
  return found.filter((p) => !overlapsAny(p, time));
}

const compromiseSystem: System = { name: 'compromise', run: (text) => compromiseRun(text, false) };
const compromiseMuc: System = { name: 'compromise MUC', run: (text) => compromiseRun(text, true) };

function predict(system: System, docs: GoldDocument[]): { predictions: Map<string, PredictedSpan[]>; ms: number } {
  const parts: Part[][] = [];
  const c0 = process.cpuUsage();
  for (const d of docs) parts.push(system.run(d.text));
  const c = process.cpuUsage(c0);
  const predictions = new Map<string, PredictedSpan[]>();
  docs.forEach((d, i) => predictions.set(d.id, parts[i].map((p) => ({ ...p, label: 'quantity' }))));
  return { predictions, ms: (c.user + c.system) / 1000 };
}

function main(): void {
  const ri = process.argv.indexOf('--repeat');
  const repeat = ri > 0 ? Math.max(1, Number(process.argv[ri + 1]) || 1) : 1;
  const sets = ['ieer-quantities.jsonl', 'seed-article.jsonl'];
  const systems = [ours, oursMuc, recognizers, recognizersMuc, winkSystem, compromiseSystem, compromiseMuc];
  const rows: Array<{ set: string; name: string; score: Score; mbps: number }> = [];
  for (const set of sets) {
    const docs = readGold(set);
    const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text, 'utf8'), 0);
    for (const system of systems) {
      let best = Infinity;
      let predictions = new Map<string, PredictedSpan[]>();
      for (let i = 0; i < (system.fast ? Math.max(20, repeat) : repeat); i++) {
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
  console.log(`${pad('set', 24)}${pad('system', 22)}${pad('gold', 6)}${pad('pred', 6)}${pad('P', 7)}${pad('R', 7)}${pad('F1', 7)}${pad('exact', 7)}MB/s`);
  for (const r of rows) {
    const s = r.score;
    console.log(
      `${pad(r.set, 24)}${pad(r.name, 22)}${pad(String(s.gold), 6)}${pad(String(s.predicted), 6)}${pad(f(s.precision), 7)}${pad(f(s.recall), 7)}${pad(f(s.f1), 7)}${pad(f(s.exact), 7)}${r.mbps.toFixed(r.mbps < 1 ? 3 : 1)}`,
    );
  }
}

main();
