// Lists the misses and false alarms of one category on one gold file, with context, for error analysis.
//   npx tsx bench/errors.ts ieer-quantities.jsonl quantity [fp|fn|both]
// Measuring only: reads ../shared/bench; prints, writes nothing.
import { annotate } from '../src/engine/annotate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBuiltInCatalogue } from '../src/engine/builtin';
import { buildCatalogueIndex } from '../src/engine/matcher';
import { matchSpans, partsOf } from '../src/engine/evaluate';
import type { Part } from '../src/engine/types';
import { toPredictionSpans } from '../src/engine/export';
import { readGold } from './gold';

const [file = 'ieer-quantities.jsonl', label = 'quantity', which = 'both'] = process.argv.slice(2);
const index = buildCatalogueIndex(parseBuiltInCatalogue(JSON.parse(readFileSync(join(__dirname, '..', 'data', 'builtin-catalogue.json'), 'utf8'))));
const show = (text: string, p: Part, extra = ''): string =>
  `${text.slice(Math.max(0, p.start - 40), p.start).replace(/\s+/g, ' ')}[[${text.slice(p.start, p.end)}]]${text.slice(p.end, p.end + 40).replace(/\s+/g, ' ')}${extra}`;
for (const doc of readGold(file)) {
  const categories = { actors: label === 'actor', quantities: label === 'quantity', claims: label === 'claim' };
  const preds = (toPredictionSpans(annotate(doc.text, { catalogue: index, categories })) as any[]).filter((s) => s.label === label);
  const golds = doc.spans.filter((s) => s.label === label);
  const gp = golds.map((g: any) => (label === 'claim' ? partsOf(g.cue) : [g.head ?? g.number ?? g]));
  const pp = preds.map((p) => (label === 'claim' ? partsOf(p.cue) : [p]));
  const pairs = matchSpans(gp, pp);
  const mg = new Set(pairs.map((x) => x[0]));
  const mp = new Set(pairs.map((x) => x[1]));
  if (which !== 'fn') preds.forEach((p, i) => { if (!mp.has(i)) console.log(`FP\t${p.kind ?? p.unitKind ?? ''}\t${show(doc.text, pp[i][0])}`); });
  if (which !== 'fp') golds.forEach((g: any, i) => { if (!mg.has(i) && g.kind !== 'misc') console.log(`FN\t${g.kind ?? ''}\t${show(doc.text, gp[i][0], '   {' + doc.text.slice(g.start, g.end) + '}')}`); });
  if (which === 'kind') for (const [gi, pi] of pairs) if ((golds[gi] as any).kind !== preds[pi].kind && (golds[gi] as any).kind !== 'misc') console.log(`KIND\t${(golds[gi] as any).kind}<-${preds[pi].kind}\t${show(doc.text, pp[pi][0])}`);
}
