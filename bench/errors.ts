// Lists the misses and false alarms of one category on one gold file, with context, for error analysis.
//   npx tsx bench/errors.ts ieer-quantities.jsonl quantity [fp|fn|both|kind]
//   npx tsx bench/errors.ts gum-actors.jsonl actor why    counts the actors' errors by cause (see whyActors)
// Measuring only: reads ../shared/bench; prints, writes nothing.
import { annotate } from '../src/engine/annotate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBuiltInCatalogue } from '../src/engine/builtin';
import { buildCatalogueIndex } from '../src/engine/matcher';
import { matchSpans, partsOf } from '../src/engine/evaluate';
import type { ActorSpan, Annotation, Part } from '../src/engine/types';
import { toPredictionSpans } from '../src/engine/export';
import { readGold } from './gold';

const [file = 'ieer-quantities.jsonl', label = 'quantity', which = 'both'] = process.argv.slice(2);
const index = buildCatalogueIndex(parseBuiltInCatalogue(JSON.parse(readFileSync(join(__dirname, '..', 'data', 'builtin-catalogue.json'), 'utf8'))));
const show = (text: string, p: Part, extra = ''): string =>
  `${text.slice(Math.max(0, p.start - 40), p.start).replace(/\s+/g, ' ')}[[${text.slice(p.start, p.end)}]]${text.slice(p.end, p.end + 40).replace(/\s+/g, ' ')}${extra}`;
const ov = (a: Part, b: Part): boolean => a.start < b.end && b.start < a.end;
/** Per cause, how many actor errors and a few examples. */
const causes = new Map<string, { n: number; examples: Set<string> }>();
const count = (cause: string, example: string): void => {
  const c = causes.get(cause) ?? { n: 0, examples: new Set<string>() };
  c.n++;
  if (c.examples.size < 12) c.examples.add(example);
  causes.set(cause, c);
};
let nGold = 0;
let nPred = 0;
let nMatched = 0;
for (const doc of readGold(file)) {
  const categories = { actors: label === 'actor', quantities: label === 'quantity', claims: label === 'claim' };
  const annotations = annotate(doc.text, { catalogue: index, categories });
  const preds = (toPredictionSpans(annotations) as any[]).filter((s) => s.label === label);
  const golds = doc.spans.filter((s) => s.label === label);
  const gp = golds.map((g: any) => (label === 'claim' ? partsOf(g.cue) : [g.head ?? g.number ?? g]));
  const pp = preds.map((p) => (label === 'claim' ? partsOf(p.cue) : [p]));
  const pairs = matchSpans(gp, pp);
  const mg = new Set(pairs.map((x) => x[0]));
  const mp = new Set(pairs.map((x) => x[1]));
  if (which === 'why') {
    whyActors(doc.text, annotations.filter((a) => a.label === 'actor'), golds as any[], preds, pairs);
    continue;
  }
  if (which !== 'fn') preds.forEach((p, i) => { if (!mp.has(i)) console.log(`FP\t${p.kind ?? p.unitKind ?? ''}\t${show(doc.text, pp[i][0])}`); });
  if (which !== 'fp') golds.forEach((g: any, i) => { if (!mg.has(i) && g.kind !== 'misc') console.log(`FN\t${g.kind ?? ''}\t${show(doc.text, gp[i][0], '   {' + doc.text.slice(g.start, g.end) + '}')}`); });
  if (which === 'kind') for (const [gi, pi] of pairs) if ((golds[gi] as any).kind !== preds[pi].kind && (golds[gi] as any).kind !== 'misc') console.log(`KIND\t${(golds[gi] as any).kind}<-${preds[pi].kind}\t${show(doc.text, pp[pi][0])}`);
}

/**
 * Sorts the false alarms and misses of actors by what causes them, from the spans alone (no judgement):
 * - a nationality word ("Syrian"): the issue makes these actors of their country; a gold set may not annotate them;
 * - a name inside a gold phrase whose scored head is another word ("Donald Trump" in "U.S. President Donald
 *   Trump's", whose head is "U.S."): the gold counts the title's first word, the issue wants the name;
 * - an entry of the built-in catalogue (a country, capital or international organisation) that the gold leaves out;
 * - a miss whose head lies inside a prediction matched to another gold span: gold phrases nested in one another
 *   ("LA" in "LA Weekly") or sharing a head, where one prediction can match only one of them.
 */
function whyActors(text: string, actors: Annotation[], golds: any[], preds: any[], pairs: [number, number][]): void {
  const mg = new Set(pairs.map((x) => x[0]));
  const mp = new Set(pairs.map((x) => x[1]));
  nGold += golds.length;
  nPred += preds.length;
  nMatched += pairs.length;
  preds.forEach((p, i) => {
    if (mp.has(i)) return;
    const s = text.slice(p.start, p.end);
    const a = actors.find((x) => x.start === p.start && x.end === p.end) as ActorSpan | undefined;
    if (a?.via === 'demonym') count('FP nationality word', s);
    else if (golds.some((g) => ov(g, p))) count('FP name inside a gold phrase whose scored head is another word', s);
    else if (a && !a.unknown) count('FP built-in catalogue entry the gold leaves out', s);
    else count('FP other (real actors the gold leaves out, and our mistakes)', s);
  });
  golds.forEach((g, i) => {
    if (mg.has(i)) return;
    const h = g.head ?? g;
    const s = text.slice(h.start, h.end);
    if (preds.some((p, j) => mp.has(j) && ov(p, h))) count('FN head inside a prediction matched to another gold phrase (nested gold)', s);
    else if (preds.some((p) => ov(p, g))) count('FN predicted inside the phrase, not on its head', s);
    else count('FN nothing predicted', s);
  });
}

if (which === 'why') {
  const f1 = (m: number, p: number, g: number): string => (p && g ? ((2 * (m / p) * (m / g)) / (m / p + m / g)).toFixed(3) : '0');
  console.log(`gold ${nGold}\tpredicted ${nPred}\tmatched ${nMatched}\tF1 ${f1(nMatched, nPred, nGold)}`);
  for (const [cause, c] of [...causes].sort((x, y) => x[0].localeCompare(y[0]))) console.log(`${String(c.n).padStart(5)}  ${cause}: ${[...c.examples].join(', ')}`);
  let aside = 0;
  for (const cause of ['FP nationality word', 'FP name inside a gold phrase whose scored head is another word']) {
    aside += causes.get(cause)?.n ?? 0;
    console.log(`F1 with the false alarms up to "${cause}" set aside: ${f1(nMatched, nPred - aside, nGold)}`);
  }
  aside += causes.get('FP built-in catalogue entry the gold leaves out')?.n ?? 0;
  console.log(`F1 with the built-in catalogue entries the gold leaves out also set aside: ${f1(nMatched, nPred - aside, nGold)}`);
}
