// Runs in a worker thread for fuzz.test.ts (so that a text that never ends can be stopped): annotates the
// texts `from`..`to` of the stream and reports each start, each broken rule and the end.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { annotate } from '../../src/engine/annotate';
import { parseBuiltInCatalogue } from '../../src/engine/builtin';
import { mergeCatalogues } from '../../src/engine/catalogue';
import { IncrementalAnnotator } from '../../src/engine/incremental';
import { SlicedAnnotation } from '../../src/engine/slices';
import { buildCatalogueIndex } from '../../src/engine/matcher';
import type { CatalogueIndex } from '../../src/engine/matcher';
import { compareSpans } from '../../src/engine/types';
import type { Annotation, Part } from '../../src/engine/types';
import { prng } from '../../bench/synthetic';
import { fuzzCatalogue, fuzzText } from './fuzz-cases';

interface Job {
  seed: number;
  from: number;
  to: number;
  batch: number;
}

export type FuzzMessage =
  | { type: 'start'; i: number }
  | { type: 'fail'; i: number; rule: string; detail: string }
  | { type: 'end'; texts: number; chars: number; annotations: number; slowestMs: number; slowest: number };

const post = (m: FuzzMessage): void => parentPort?.postMessage(m);
const job = workerData as Job;
const builtIn = parseBuiltInCatalogue(JSON.parse(readFileSync(join(__dirname, '..', '..', 'data', 'builtin-catalogue.json'), 'utf8')));

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
/** A boundary that does not cut a surrogate pair in two. */
const onBoundary = (text: string, at: number): boolean => at <= 0 || at >= text.length || !(isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at)));

function checkPart(text: string, p: Part | undefined, what: string, fail: (rule: string, detail: string) => void): void {
  if (!p) return;
  if (!(Number.isInteger(p.start) && Number.isInteger(p.end) && p.start >= 0 && p.start <= p.end && p.end <= text.length)) fail('part inside the text', `${what} ${p.start}-${p.end} of ${text.length}`);
  else if (!onBoundary(text, p.start) || !onBoundary(text, p.end)) fail('part on character boundaries', `${what} ${p.start}-${p.end}`);
}

function check(text: string, anns: Annotation[], fail: (rule: string, detail: string) => void): void {
  for (let k = 0; k < anns.length; k++) {
    const a = anns[k];
    const where = `${a.label} ${a.start}-${a.end} ${JSON.stringify(a.text)}`;
    if (!(Number.isInteger(a.start) && Number.isInteger(a.end) && a.start >= 0 && a.start < a.end && a.end <= text.length)) fail('span inside the text, not empty', `${where} of ${text.length}`);
    else if (!onBoundary(text, a.start) || !onBoundary(text, a.end)) fail('span on character boundaries', where);
    if (a.text !== text.slice(a.start, a.end)) fail('text is the slice', `${where} vs ${JSON.stringify(text.slice(a.start, a.end))}`);
    if (k > 0 && compareSpans(anns[k - 1], a) > 0) fail('spans sorted', `${anns[k - 1].start}-${anns[k - 1].end} before ${a.start}-${a.end}`);
    if (a.origin !== 'automatic') fail('automatic origin', where);
    if (a.label === 'claim') {
      for (const [name, parts] of [['cue', a.cue], ['source', a.source], ['content', a.content]] as const) {
        if (!Array.isArray(parts)) fail('claim parts are lists', `${where} ${name}`);
        else for (const p of parts) checkPart(text, p, `${where} ${name}`, fail);
      }
    }
    if (a.label === 'quantity') checkPart(text, a.number, `${where} number`, fail);
  }
}

let index: CatalogueIndex = buildCatalogueIndex(builtIn);
let chars = 0;
let annotations = 0;
let slowestMs = 0;
let slowest = job.from;
for (let i = job.from; i < job.to; i++) {
  if ((i - job.from) % job.batch === 0) {
    const random = fuzzCatalogue(job.seed, Math.floor(i / job.batch));
    index = buildCatalogueIndex(i % 2 ? mergeCatalogues([builtIn, random]) : random);
  }
  post({ type: 'start', i });
  const text = fuzzText(job.seed, i);
  const fail = (rule: string, detail: string): void => post({ type: 'fail', i, rule, detail: detail.slice(0, 300) });
  const categories = i % 7 === 0 ? { claims: false } : i % 11 === 0 ? { actors: false, quantities: false } : undefined;
  const t = performance.now();
  let anns: Annotation[] = [];
  try {
    anns = annotate(text, { catalogue: index, categories, detectNames: i % 13 !== 0 });
  } catch (e) {
    fail('annotate does not throw', String((e as Error)?.stack ?? e));
  }
  const ms = performance.now() - t;
  if (ms > slowestMs) {
    slowestMs = ms;
    slowest = i;
  }
  check(text, anns, fail);
  chars += text.length;
  annotations += anns.length;
  // every tenth text: edits through the incremental annotator keep the same rules
  if (i % 10 === 5 && text.length > 0) {
    try {
      const live = new IncrementalAnnotator(text, { catalogue: index });
      const rand = prng(i);
      let current = text;
      for (let e = 0; e < 5; e++) {
        const at = Math.floor(rand() * current.length);
        current = rand() < 0.5 ? current.slice(0, at) + current.slice(at + 1) : `${current.slice(0, at)}${['x', '\n\n', '"', '\ud83d', ' '][e]}${current.slice(at)}`;
        check(current, live.update(current), (rule, detail) => fail(`incremental: ${rule}`, detail));
      }
    } catch (e) {
      fail('incremental update does not throw', String((e as Error)?.stack ?? e));
    }
  }
  // every tenth text: annotated in small slices, as the editor does with large documents, the same rules hold
  if (i % 10 === 7 && text.length > 0) {
    try {
      const sliced = new SlicedAnnotation(text, { catalogue: index }, 64 + (i % 200));
      let steps = 0;
      while (!sliced.step()) if (++steps > text.length + 100) throw new Error(`no end after ${steps} steps`);
      check(text, sliced.annotations, (rule, detail) => fail(`sliced: ${rule}`, detail));
    } catch (e) {
      fail('sliced annotation does not throw and ends', String((e as Error)?.stack ?? e));
    }
  }
}
post({ type: 'end', texts: job.to - job.from, chars, annotations, slowestMs, slowest });
