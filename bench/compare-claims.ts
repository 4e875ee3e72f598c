// Scores the claim finder on the outside benchmark (../shared/bench): GUM claims and the seed article.
// Run: npx tsx bench/compare-claims.ts [--verbose]
// Measuring only; nothing here is part of the build. The benchmark text stays outside the repository.
import { findClaims } from '../src/engine/claims';
import { splitSentences } from '../src/engine/sentences';
import { formatScore, partsOf, scoreDocuments } from '../src/engine/evaluate';
import type { GoldDocument, PredictedSpan } from '../src/engine/evaluate';
import type { ActorKind, ActorSpan, ClaimSpan, Part } from '../src/engine/types';
import { readGold } from './gold';

const verbose = process.argv.includes('--verbose');

const KINDS: readonly string[] = ['person', 'organisation', 'place', 'group'];

/** A provisional entity id from a name: people by their last name, others by the whole name. */
function provisionalId(name: string, kind: string): string {
  const words = name
    .replace(/['’]s$/, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const key = kind === 'person' ? words.slice(-1) : words;
  return key.join('-').toLowerCase();
}

/** Stand-in for the actor recogniser: the gold actor spans of the same document. */
function goldActors(doc: GoldDocument | undefined, deriveIds: boolean): ActorSpan[] {
  if (!doc) return [];
  const out: ActorSpan[] = [];
  for (const s of doc.spans) {
    if (s.label !== 'actor' || !s.kind || !KINDS.includes(s.kind)) continue;
    const part: Part = s.head ?? s;
    const text = doc.text.slice(part.start, part.end);
    const a: ActorSpan = { start: part.start, end: part.end, text, label: 'actor', origin: 'automatic', kind: s.kind as ActorKind };
    if (typeof s.entity === 'string') {
      if (s.entity.includes('+')) a.entities = s.entity.split('+');
      else a.entity = s.entity;
    } else if (deriveIds) a.entity = provisionalId(text, s.kind);
    out.push(a);
  }
  return out;
}

function toPrediction(c: ClaimSpan): PredictedSpan {
  return { start: c.start, end: c.end, label: 'claim', cue: c.cue, source: c.source, content: c.content, sourceEntity: c.sourceEntity };
}

/** The floor: every reporting verb is a cue, with neither source nor content. */
const BARE_VERBS =
  /\b(?:say|says|said|saying|tell|tells|told|state|states|stated|claim|claims|claimed|report|reports|reported|announce|announced|announces|add|added|adds|note|noted|notes|explain|explained|warn|warned|argue|argued|insist|insisted|deny|denied|believe|believes|believed|think|thinks|thought|stress|stressed|emphasized|emphasised|indicate|indicated|indicates|suggest|suggests|suggested|according to)\b/gi;
function bareVerbs(text: string): PredictedSpan[] {
  const out: PredictedSpan[] = [];
  BARE_VERBS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BARE_VERBS.exec(text))) {
    const cue = { start: m.index, end: m.index + m[0].length };
    out.push({ ...cue, label: 'claim', cue, source: [], content: [] });
  }
  return out;
}

function show(text: string, parts: Part | Part[] | undefined): string {
  return partsOf(parts)
    .map((p) => JSON.stringify(text.slice(p.start, p.end)))
    .join(' + ');
}

function run(name: string, docs: GoldDocument[], actorDocs: Map<string, GoldDocument>, deriveIds: boolean): void {
  const preds = new Map<string, PredictedSpan[]>();
  const floor = new Map<string, PredictedSpan[]>();
  for (const d of docs) {
    const actors = goldActors(actorDocs.get(d.id), deriveIds);
    const claims = findClaims(d.text, actors, splitSentences(d.text));
    preds.set(d.id, claims.map(toPrediction));
    floor.set(d.id, bareVerbs(d.text));
    if (verbose) report(d, claims);
  }
  console.log(formatScore(`${name} engine`, scoreDocuments(docs, preds, 'claim')));
  console.log(formatScore(`${name} floor (bare verb list)`, scoreDocuments(docs, floor, 'claim')));
}

/** Prints misses, false alarms and wrong parts of one document. */
function report(d: GoldDocument, claims: ClaimSpan[]): void {
  const gold = d.spans.filter((s) => s.label === 'claim');
  const overlap = (a: Part[], b: Part[]): number => {
    let n = 0;
    for (const x of a) for (const y of b) n += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
    return n;
  };
  const used = new Set<ClaimSpan>();
  for (const g of gold) {
    const p = claims.find((c) => !used.has(c) && overlap(c.cue, partsOf(g.cue)) > 0);
    if (!p) {
      console.log(`MISS ${d.id} cue ${show(d.text, g.cue)} src ${show(d.text, g.source)}`);
      continue;
    }
    used.add(p);
    const srcOk = (partsOf(g.source).length === 0 && p.source.length === 0) || overlap(p.source, partsOf(g.source)) > 0;
    const ge = typeof g.source_entity === 'string' ? g.source_entity : undefined;
    const entOk = !ge || ge === p.sourceEntity;
    const co = overlap(p.content, partsOf(g.content));
    const gl = partsOf(g.content).reduce((n, x) => n + x.end - x.start, 0);
    const pl = p.content.reduce((n, x) => n + x.end - x.start, 0);
    const f1 = gl + pl === 0 ? 1 : (2 * co) / (gl + pl);
    if (!srcOk || !entOk || f1 < 0.8) {
      console.log(`PART ${d.id} cue ${show(d.text, p.cue)}${srcOk ? '' : ` SRC gold ${show(d.text, g.source)} pred ${show(d.text, p.source)}`}${entOk ? '' : ` ENT gold ${ge} pred ${p.sourceEntity} (${p.sourceKind})`}${f1 < 0.8 ? ` CONTENT f1 ${f1.toFixed(2)}\n   gold ${show(d.text, g.content)}\n   pred ${show(d.text, p.content)}` : ''}`);
    }
  }
  for (const c of claims) {
    if (!used.has(c)) console.log(`FALSE ${d.id} cue ${show(d.text, c.cue)} src ${show(d.text, c.source)} content ${show(d.text, c.content).slice(0, 100)}`);
  }
}

/** Best-of-ten wall-clock speed of splitSentences and findClaims on about 1 MB made of the given texts. */
function speed(name: string, texts: string[]): void {
  let big = '';
  while (big.length < 1_000_000) big += texts.join('\n\n') + '\n\n';
  big = big.slice(0, 1_000_000);
  const mb = big.length / 1_000_000;
  let claims = 0;
  for (let i = 0; i < 3; i++) claims = findClaims(big, [], splitSentences(big)).length; // warm up
  let bestSplit = Infinity;
  let bestClaims = Infinity;
  let bestBoth = Infinity;
  for (let i = 0; i < 10; i++) {
    const t0 = performance.now();
    const sents = splitSentences(big);
    const t1 = performance.now();
    findClaims(big, [], sents);
    const t2 = performance.now();
    bestSplit = Math.min(bestSplit, t1 - t0);
    bestClaims = Math.min(bestClaims, t2 - t1);
    bestBoth = Math.min(bestBoth, t2 - t0);
  }
  const rate = (ms: number): string => `${(mb / (ms / 1000)).toFixed(1)} MB/s (${ms.toFixed(1)} ms)`;
  console.log(`speed\t${name}, 1 MB, ${claims} claims\tsplitSentences ${rate(bestSplit)}\tfindClaims ${rate(bestClaims)}\tboth ${rate(bestBoth)}`);
}

const gum = readGold('gum-claims.jsonl');
const gumActors = new Map(readGold('gum-actors.jsonl').map((d) => [d.id, d]));
const seed = readGold('seed-article.jsonl');
const seedActors = new Map(seed.map((d) => [d.id, d]));
run('gum-claims', gum, gumActors, true);
run('seed-article', seed, seedActors, false);
// without actors: sources are still found, entities are not
const noActors = new Map<string, GoldDocument>();
run('seed-article (no actors)', seed, noActors, false);
speed('GUM news + seed article repeated', [...gum.map((d) => d.text), ...seed.map((d) => d.text)]);
speed('IEER NYT/AP news repeated', readGold('ieer-actors.jsonl').map((d) => d.text));
