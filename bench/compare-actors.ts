// Scores the actor finder (built-in catalogue only) against compromise on the outside benchmark files.
//   npx tsx bench/compare-actors.ts [--errors gum|ieer|seed] [--only ours]
// Reads ../shared/bench (or $NEWS_LENS_BENCH); nothing of it goes into the repository.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { findActors } from '../src/engine/actors';
import { parseBuiltInCatalogue } from '../src/engine/builtin';
import { formatScore, scoreDocuments } from '../src/engine/evaluate';
import type { GoldDocument, PredictedSpan } from '../src/engine/evaluate';
import { buildCatalogueIndex } from '../src/engine/matcher';
import type { ActorSpan } from '../src/engine/types';
import { readGold } from './gold';

const args = process.argv.slice(2);
const errorsFor = args.includes('--errors') ? args[args.indexOf('--errors') + 1] : undefined;
const onlyOurs = args.includes('--only') && args[args.indexOf('--only') + 1] === 'ours';

const builtIn = parseBuiltInCatalogue(JSON.parse(readFileSync(join(__dirname, '..', 'data', 'builtin-catalogue.json'), 'utf8')));
const index = buildCatalogueIndex(builtIn);

type Finder = (text: string) => PredictedSpan[];

const ours: Finder = (text) => findActors(text, index).map((a: ActorSpan) => ({ start: a.start, end: a.end, label: 'actor', kind: a.kind }));

interface CompromiseTerm {
  text: string;
  offset: { start: number; length: number };
}
interface CompromiseMatch {
  terms: CompromiseTerm[];
}
let offsetMismatches = 0;
const compromise: Finder = (text) => {
  const doc = nlp(text);
  const out: PredictedSpan[] = [];
  const take = (matches: CompromiseMatch[], kind: string): void => {
    for (const m of matches) {
      if (m.terms.length === 0) continue;
      const a = m.terms[0];
      const b = m.terms[m.terms.length - 1];
      for (const t of m.terms) if (text.slice(t.offset.start, t.offset.start + t.offset.length) !== t.text) offsetMismatches++;
      out.push({ start: a.offset.start, end: b.offset.start + b.offset.length, label: 'actor', kind });
    }
  };
  take(doc.people().json({ offset: true }) as CompromiseMatch[], 'person');
  take(doc.organizations().json({ offset: true }) as CompromiseMatch[], 'organisation');
  take(doc.places().json({ offset: true }) as CompromiseMatch[], 'place');
  return out;
};

function run(name: string, finder: Finder, docs: GoldDocument[]): { line: string; predictions: Map<string, PredictedSpan[]> } {
  const predictions = new Map<string, PredictedSpan[]>();
  for (const d of docs) predictions.set(d.id, finder(d.text)); // predictions
  for (let w = 0, warm = 0; w < 5 && warm < 2e6; w++) for (const d of docs) warm += finder(d.text).length >= 0 ? d.text.length : 0; // warm-up
  let chars = 0;
  const t0 = performance.now();
  let rounds = 0;
  do {
    for (const d of docs) {
      finder(d.text);
      chars += d.text.length;
    }
    rounds++;
  } while (performance.now() - t0 < 1500 && rounds < 200);
  const seconds = (performance.now() - t0) / 1000;
  const score = scoreDocuments(docs, predictions, 'actor');
  return { line: `${formatScore(name, score)}\t${(chars / 1e6 / seconds).toFixed(2)} MB/s`, predictions };
}

const files: Array<[string, string]> = [
  ['gum', 'gum-actors.jsonl'],
  ['ieer', 'ieer-actors.jsonl'],
  ['seed', 'seed-article.jsonl'],
];
for (const [short, file] of files) {
  const docs = readGold(file);
  const a = run(`ours/${short}`, ours, docs);
  console.log(a.line);
  if (!onlyOurs) console.log(run(`compromise/${short}`, compromise, docs).line);
  if (errorsFor === short) printErrors(docs, a.predictions);
}
if (!onlyOurs) console.log(`compromise offsets not matching the text: ${offsetMismatches}`);

// throughput on one long article (the benchmark texts joined), as the extension sees it
{
  const text = readGold('gum-actors.jsonl').map((d) => d.text).join('\n\n') + '\n\n' + readGold('ieer-actors.jsonl').map((d) => d.text).join('\n\n');
  const big = text.repeat(Math.ceil(1e6 / text.length)).slice(0, 1e6);
  findActors(big, index);
  const t0 = performance.now();
  let rounds = 0;
  do {
    findActors(big, index);
    rounds++;
  } while (performance.now() - t0 < 2000);
  const s = (performance.now() - t0) / 1000 / rounds;
  console.log(`ours on one 1 MB article: ${(1 / s).toFixed(1)} MB/s (${(s * 1000).toFixed(1)} ms)`);
  // the same with 100,000 more entities (made-up people and organisations) in the catalogue
  const extra: typeof builtIn = [];
  for (let k = 0; k < 100000; k++) {
    const a = `Name${k.toString(36)}`;
    extra.push({ id: `e${k}`, name: k % 2 ? `${a} Holdings` : `Person ${a}`, kind: k % 2 ? 'organisation' : 'person', aliases: [`${a}x`], demonyms: [], links: {} });
  }
  const bigIndex = buildCatalogueIndex([...builtIn, ...extra]);
  findActors(big, bigIndex);
  const t1 = performance.now();
  let rounds1 = 0;
  do {
    findActors(big, bigIndex);
    rounds1++;
  } while (performance.now() - t1 < 2000);
  const s1 = (performance.now() - t1) / 1000 / rounds1;
  console.log(`ours on one 1 MB article, 100,000-entity catalogue: ${(1 / s1).toFixed(1)} MB/s (${(s1 * 1000).toFixed(1)} ms)`);
}

function printErrors(docs: GoldDocument[], predictions: Map<string, PredictedSpan[]>): void {
  for (const d of docs) {
    const preds = predictions.get(d.id) ?? [];
    const golds = d.spans.filter((s) => s.label === 'actor');
    const used = new Set<number>();
    const lines: string[] = [];
    for (const g of golds) {
      const h = g.head ?? g;
      let best = -1;
      let bestO = 0;
      preds.forEach((p, i) => {
        const o = Math.min(p.end, h.end) - Math.max(p.start, h.start);
        if (o > bestO && !used.has(i)) {
          bestO = o;
          best = i;
        }
      });
      if (best < 0) {
        if (g.kind !== 'misc') lines.push(`  MISS ${g.kind} «${d.text.slice(h.start, h.end)}» in «${d.text.slice(g.start, g.end)}»`);
      } else {
        used.add(best);
        const p = preds[best];
        if (p.kind !== g.kind && g.kind !== 'misc') lines.push(`  KIND ${g.kind}≠${p.kind} «${d.text.slice(p.start, p.end)}»`);
      }
    }
    preds.forEach((p, i) => {
      if (!used.has(i)) lines.push(`  FP   ${p.kind} «${d.text.slice(p.start, p.end)}»`);
    });
    if (lines.length) console.log(`${d.id}: ${d.text.slice(0, 100).replace(/\n/g, ' ')}\n${lines.join('\n')}`);
  }
}
