// The engine part of `npm run bench` (scripts/bench.mjs bundles this file with esbuild and runs it
// with node --expose-gc, so it measures the code as it ships: bundled, not through tsx).
//   node scripts/bench.mjs [--quick] [--yaml]
// --quick: fewer repetitions; --yaml: also time the 100,000-entity catalogue through the `yaml`
// library alone (about 10 s). Reads the article texts from ../shared/bench (or $NEWS_LENS_BENCH) at
// run time; nothing of them is written anywhere.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import nlp from 'compromise';
import { annotate } from '../src/engine/annotate';
import { parseBuiltInCatalogue } from '../src/engine/builtin';
import { mergeCatalogues, parseCatalogue } from '../src/engine/catalogue';
import { findClaims } from '../src/engine/claims';
import { IncrementalAnnotator } from '../src/engine/incremental';
import { buildCatalogueIndex, findCatalogueMentions } from '../src/engine/matcher';
import type { CatalogueIndex } from '../src/engine/matcher';
import { findActors } from '../src/engine/actors';
import { findQuantities } from '../src/engine/quantities';
import { splitSentences } from '../src/engine/sentences';
import { tokenize } from '../src/engine/tokens';
import { catalogueYaml, prng, syntheticEntities } from './synthetic';

const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const root = process.env.NEWS_LENS_ROOT ?? process.cwd();
const benchDir = process.env.NEWS_LENS_BENCH ?? join(root, '..', 'shared', 'bench');
const MB = 1 << 20;

const results: Record<string, unknown> = {};
let peakHeap = 0;
function sample(): void {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
}
function gc(): void {
  sample();
  (globalThis as { gc?: () => void }).gc?.();
}
function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}
function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((s.length * p) / 100))];
}
function time<T>(f: () => T): { ms: number; value: T } {
  const t = performance.now();
  const value = f();
  return { ms: performance.now() - t, value };
}
/** Median time of `runs` runs after one warm-up run. */
/**
 * The result of the last run stays alive while the next one runs, as the editor keeps a document's
 * annotations while it annotates the document again (and so V8 keeps the code optimised for them).
 */
let lastResult: unknown;
function bench(runs: number, f: () => unknown): { median: number; min: number; all: number[] } {
  lastResult = f();
  const all: number[] = [];
  for (let i = 0; i < runs; i++) {
    gc();
    const t = time(f);
    lastResult = t.value;
    all.push(t.ms);
    sample();
  }
  return { median: median(all), min: Math.min(...all), all };
}
/**
 * Sustained speed: `runs` runs one after the other after three warm-up runs, with no forced collection in
 * between, so the garbage collector does the work it would do anyway (amortised over the runs).
 * Returns the mean time of a run.
 */
function sustained(runs: number, f: () => unknown): number {
  for (let i = 0; i < 3; i++) lastResult = f(); // warm-up: the optimising compiler settles
  gc();
  const t = performance.now();
  for (let i = 0; i < runs; i++) lastResult = f();
  const mean = (performance.now() - t) / runs;
  sample();
  return mean;
}
const ms = (x: number): string => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const mbs = (bytes: number, t: number): number => bytes / MB / (t / 1000);
function check(ok: boolean): string {
  return ok ? 'met' : 'NOT MET';
}

function line(label: string, value: string): void {
  console.log(`  ${label.padEnd(46)} ${value}`);
}

// ---------------------------------------------------------------------------------------------------

function machine(): void {
  let cpu = cpus()[0]?.model ?? '?';
  try {
    const info = readFileSync('/proc/cpuinfo', 'utf8');
    cpu = /model name\s*:\s*(.+)/.exec(info)?.[1]?.trim() ?? cpu;
  } catch {
    // not Linux
  }
  const m = { nproc: cpus().length, cpu, memoryGB: +(totalmem() / 1e9).toFixed(1), node: process.version, loadavg: loadavg().map((x) => +x.toFixed(2)) };
  results.machine = m;
  console.log(`machine: ${m.nproc} CPU(s), ${m.cpu}, ${m.memoryGB} GB, Node ${m.node}, load average ${m.loadavg.join(' ')}`);
}

function readArticleTexts(): string[] | undefined {
  if (!existsSync(benchDir)) return undefined;
  const texts: string[] = [];
  for (const f of readdirSync(benchDir).filter((n) => n.endsWith('.jsonl')).sort()) {
    for (const l of readFileSync(join(benchDir, f), 'utf8').split('\n')) {
      if (!l.trim()) continue;
      const doc = JSON.parse(l) as { text?: unknown };
      if (typeof doc.text === 'string' && doc.text.trim()) texts.push(doc.text);
    }
  }
  return texts.length ? texts : undefined;
}

/** The texts one after the other, paragraphs apart, repeated until `size` characters. */
function article(texts: string[], size: number): string {
  // the last text is cut, not the joined one: a cut of a long string is a view onto it, slower to read,
  // and the editor hands the engine a flat string
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < size; i++) {
    const t = `${texts[i % texts.length]}\n\n`;
    parts.push(t.length <= size - n ? t : t.slice(0, size - n));
    n += Math.min(t.length, size - n);
  }
  return parts.join('');
}

function builtIn(): ReturnType<typeof parseBuiltInCatalogue> {
  return parseBuiltInCatalogue(JSON.parse(readFileSync(join(root, 'data', 'builtin-catalogue.json'), 'utf8')));
}

// ---------------------------------------------------------------------------------------------------

/**
 * Throughput with the built-in catalogue, measured before the 100,000-entity catalogue is loaded: a
 * newsroom without a large catalogue does not carry its 137 MB in memory, and a larger heap makes every
 * garbage collection longer.
 */
function throughput(text: string, builtInIndex: CatalogueIndex): number {
  const runs = quick ? 5 : 15;
  const bytes = text.length;
  console.log(`\nEngine throughput: annotate(), all categories on, ${(bytes / MB).toFixed(2)} MB article (UTF-16 units; MB = 2^20)`);
  console.log(`  sustained: ${runs} runs one after the other (mean); after GC: median of ${quick ? 3 : 7} runs, each after a full collection`);
  const a = sustained(runs, () => annotate(text, { catalogue: builtInIndex }));
  const aCold = bench(quick ? 3 : 7, () => annotate(text, { catalogue: builtInIndex }));
  const count = annotate(text, { catalogue: builtInIndex }).length;
  line(`built-in catalogue (${builtInIndex.entities.length} entities)`, `${ms(a)} ms = ${mbs(bytes, a).toFixed(2)} MB/s sustained (after GC ${mbs(bytes, aCold.median).toFixed(2)} MB/s; ${count} annotations)  target >= 20 MB/s: ${check(mbs(bytes, a) >= 20)}`);
  // where the time goes (each stage on its own, the same text)
  const stages: Record<string, number> = {};
  const tokens = tokenize(text);
  stages.tokenize = sustained(runs, () => tokenize(text));
  stages['catalogue mentions (built-in)'] = sustained(runs, () => findCatalogueMentions(text, builtInIndex, tokens));
  stages['actors (tokens, mentions, names)'] = sustained(runs, () => findActors(text, builtInIndex));
  stages.quantities = sustained(runs, () => findQuantities(text, tokens)); // as annotate() calls it, with the shared tokens
  stages.sentences = sustained(runs, () => splitSentences(text));
  const actors = findActors(text, builtInIndex);
  const sentences = splitSentences(text);
  stages.claims = sustained(runs, () => findClaims(text, actors, sentences, tokens)); // as annotate() calls it, with the shared tokens
  console.log('  stages (sustained, ms):');
  for (const [k, v] of Object.entries(stages)) line(`  ${k}`, `${ms(v)} ms = ${mbs(bytes, v).toFixed(1)} MB/s`);
  // compromise on the same text, one run (it takes seconds)
  gc();
  const c = time(() => {
    const doc = nlp(text);
    return doc.people().length + doc.places().length + doc.organizations().length + doc.numbers().length;
  });
  sample();
  const ratio = c.ms / a;
  line('compromise (people, places, organizations, numbers)', `${ms(c.ms)} ms = ${mbs(bytes, c.ms).toFixed(3)} MB/s (${c.value} matches)`);
  line('News Lens / compromise', `${ratio.toFixed(1)}x  target >= 50x: ${check(ratio >= 50)}`);
  results.throughput = {
    bytes, builtInMs: a, builtInMBs: mbs(bytes, a), builtInAfterGcMs: aCold.median,
    stages, compromiseMs: c.ms, compromiseMBs: mbs(bytes, c.ms), ratio,
  };
  return a;
}

/** Throughput with the 100,000-entity catalogue (loaded, and kept in memory, by catalogueLoad()). */
function throughputLarge(text: string, builtInIndex: CatalogueIndex, bigIndex: CatalogueIndex): void {
  const runs = quick ? 5 : 15;
  const bytes = text.length;
  console.log(`\nEngine throughput with the 100,000-entity catalogue in memory (same article and runs)`);
  const b = sustained(runs, () => annotate(text, { catalogue: bigIndex }));
  const bCold = bench(quick ? 3 : 7, () => annotate(text, { catalogue: bigIndex }));
  const a = sustained(runs, () => annotate(text, { catalogue: builtInIndex }));
  line(`${bigIndex.entities.length.toLocaleString('en')} entities`, `${ms(b)} ms = ${mbs(bytes, b).toFixed(2)} MB/s sustained (after GC ${mbs(bytes, bCold.median).toFixed(2)} MB/s)  target >= 10 MB/s: ${check(mbs(bytes, b) >= 10)}`);
  line('built-in catalogue, with that heap', `${ms(a)} ms = ${mbs(bytes, a).toFixed(2)} MB/s sustained`);
  const tokens = tokenize(text);
  const builtInMentions = sustained(runs, () => findCatalogueMentions(text, builtInIndex, tokens));
  const bigMentions = sustained(runs, () => findCatalogueMentions(text, bigIndex, tokens));
  line('catalogue mentions, built-in / 100,000', `${ms(builtInMentions)} ms / ${ms(bigMentions)} ms`);
  Object.assign(results.throughput as Record<string, unknown>, {
    bigMs: b, bigMBs: mbs(bytes, b), bigAfterGcMs: bCold.median, builtInWithBigHeapMs: a, mentionsBuiltInMs: builtInMentions, mentionsBigMs: bigMentions,
  });
}

function catalogueLoad(builtInEntities: ReturnType<typeof builtIn>): CatalogueIndex {
  const count = 100_000;
  const yamlText = catalogueYaml(syntheticEntities(count, 42));
  console.log(`\nCatalogue load: ${count.toLocaleString('en')} synthetic entities, ${(yamlText.length / MB).toFixed(1)} MB of YAML`);
  const runs = quick ? 2 : 3;
  const parse: number[] = [];
  const merge: number[] = [];
  const index: number[] = [];
  let big: CatalogueIndex | undefined;
  for (let i = 0; i < runs; i++) {
    gc();
    const p = time(() => parseCatalogue(yamlText, 'synthetic.entities.yaml'));
    const m = time(() => mergeCatalogues([builtInEntities, p.value.entities]));
    const x = time(() => buildCatalogueIndex(m.value));
    sample();
    if (p.value.entities.length !== count || p.value.problems.length) throw new Error(`synthetic catalogue: ${p.value.entities.length} entities, ${p.value.problems.length} problems`);
    parse.push(p.ms);
    merge.push(m.ms);
    index.push(x.ms);
    big = x.value;
  }
  const total = median(parse) + median(merge) + median(index);
  line('parseCatalogue (fast reader)', `${ms(median(parse))} ms`);
  line('mergeCatalogues (with the built-in)', `${ms(median(merge))} ms`);
  line('buildCatalogueIndex', `${ms(median(index))} ms`);
  line('total', `${ms(total)} ms  target < 2000 ms: ${check(total < 2000)}`);
  const out: Record<string, number> = { bytes: yamlText.length, parseMs: median(parse), mergeMs: median(merge), indexMs: median(index), totalMs: total };
  if (args.has('--yaml')) {
    gc();
    const y = time(() => parseCatalogue(yamlText, 'synthetic.entities.yaml', { fast: false }));
    line('parseCatalogue through the yaml library only', `${ms(y.ms)} ms`);
    out.yamlLibraryMs = y.ms;
  }
  results.catalogue = out;
  const b = builtInEntities;
  const t = time(() => buildCatalogueIndex(parseBuiltInCatalogue(JSON.parse(readFileSync(join(root, 'data', 'builtin-catalogue.json'), 'utf8')))));
  line(`built-in catalogue: read + parse + index (${b.length} entities)`, `${ms(t.ms)} ms`);
  (results.catalogue as Record<string, number>).builtInMs = t.ms;
  if (!big) throw new Error('no index');
  // what the loaded catalogue keeps in memory: entities and index, the YAML text let go
  const heap = (): number => {
    gc();
    gc();
    return process.memoryUsage().heapUsed;
  };
  const before = heap();
  const kept = buildCatalogueIndex(mergeCatalogues([builtInEntities, parseCatalogue(catalogueYaml(syntheticEntities(count, 42)), 'synthetic.entities.yaml').entities]));
  const retained = heap() - before;
  if (kept.entities.length !== big.entities.length) throw new Error('index');
  line('heap kept by the loaded 100,000 entities and their index', `${(retained / MB).toFixed(0)} MB`);
  (results.catalogue as Record<string, number>).retainedMB = retained / MB;
  return big;
}

function editLatency(texts: string[], index: CatalogueIndex): void {
  // the first paragraphs of the corpus up to 10,000 words
  const paras: string[] = [];
  let words = 0;
  for (let i = 0; words < 10_000; i++) {
    const t = texts[i % texts.length];
    paras.push(t);
    words += t.split(/\s+/).filter(Boolean).length;
  }
  const text = paras.join('\n\n');
  const opts = { catalogue: index };
  console.log(`\nEdit latency: one-character edits in the middle third of a ${words.toLocaleString('en')}-word article (${text.length.toLocaleString('en')} characters), built-in catalogue`);
  const full = bench(quick ? 5 : 15, () => annotate(text, opts));
  line('annotate() of the whole article', `median ${ms(full.median)} ms`);
  const live = new IncrementalAnnotator(text, opts);
  const rand = prng(11);
  const times: number[] = [];
  let same = 0;
  const edits = quick ? 40 : 150;
  let current = text;
  for (let k = 0; k < edits; k++) {
    const pos = Math.floor(current.length / 3 + rand() * (current.length / 3));
    const r = rand();
    const next = r < 0.6 ? `${current.slice(0, pos)}${r < 0.3 ? 'e' : ' '}${current.slice(pos)}` : current.slice(0, pos) + current.slice(pos + 1);
    const t = time(() => live.update(next));
    times.push(t.ms);
    // agreement with annotating everything (not timed)
    const exact = annotate(next, opts);
    if (JSON.stringify(exact) === JSON.stringify(t.value)) same++;
    live.full();
    current = next;
  }
  sample();
  line('IncrementalAnnotator.update()', `median ${ms(median(times))} ms, p95 ${ms(percentile(times, 95))} ms, max ${ms(Math.max(...times))} ms  target < 5 ms: ${check(median(times) < 5)}`);
  line('  same result as annotate() of the new text', `${same} of ${edits} edits (the rest differ in cross-paragraph references until full())`);
  results.edit = { words, chars: text.length, fullMs: full.median, updateMedianMs: median(times), updateP95Ms: percentile(times, 95), updateMaxMs: Math.max(...times), agreement: same / edits };
}

function main(): void {
  machine();
  const texts = readArticleTexts();
  const builtInEntities = builtIn();
  const builtInIndex = buildCatalogueIndex(builtInEntities);
  const text = texts ? article(texts, MB) : undefined;
  if (text) throughput(text, builtInIndex);
  const bigIndex = catalogueLoad(builtInEntities);
  if (!texts || !text) {
    console.log(`\nNo benchmark texts in ${benchDir} (set NEWS_LENS_BENCH): throughput and edit latency skipped.`);
  } else {
    throughputLarge(text, builtInIndex, bigIndex);
    editLatency(texts, builtInIndex);
  }
  sample();
  const rss = process.resourceUsage().maxRSS * 1024;
  console.log(`\nMemory: peak RSS ${(rss / MB).toFixed(0)} MB, peak heap used ${(peakHeap / MB).toFixed(0)} MB (sampled between phases)`);
  results.memory = { peakRssMB: rss / MB, peakHeapMB: peakHeap / MB };
  if (process.env.NEWS_LENS_BENCH_JSON) console.log(`${process.env.NEWS_LENS_BENCH_JSON}${JSON.stringify(results)}`);
}

main();
