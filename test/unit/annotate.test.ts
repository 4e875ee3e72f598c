import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotate, mergeSorted } from '../../src/engine/annotate';
import { parseBuiltInCatalogue } from '../../src/engine/builtin';
import { buildCatalogueIndex } from '../../src/engine/matcher';
import { compareSpans } from '../../src/engine/types';
import type { Annotation } from '../../src/engine/types';

const index = buildCatalogueIndex(parseBuiltInCatalogue(JSON.parse(readFileSync(join(__dirname, '..', '..', 'data', 'builtin-catalogue.json'), 'utf8'))));
const span = (label: Annotation['label'], start: number, end: number): Annotation =>
  ({ label, start, end, text: 'x'.repeat(end - start), origin: 'automatic' }) as unknown as Annotation;

describe('annotate', () => {
  it('merges the stages in span order, actors before quantities before claims on equal spans', () => {
    const merged = mergeSorted([span('actor', 0, 5), span('actor', 9, 12)], [span('quantity', 0, 5), span('quantity', 3, 4)], [span('claim', 0, 20), span('claim', 0, 5)]);
    assert.deepEqual(merged.map((a) => `${a.label} ${a.start}-${a.end}`), ['claim 0-20', 'actor 0-5', 'quantity 0-5', 'claim 0-5', 'quantity 3-4', 'actor 9-12']);
  });

  it('sorts a list that comes out of order before merging', () => {
    const merged = mergeSorted([span('actor', 9, 12), span('actor', 0, 5)], [], []);
    assert.deepEqual(merged.map((a) => a.start), [0, 9]);
  });

  it('gives what sorting all annotations would give', () => {
    const text = 'Mara Lindqvist, a spokeswoman for the council in Tromsø, said about 300 people had left. "We are doing what we can," she told Reuters, as 2 million euros of aid arrived from Norway.';
    const anns = annotate(text, { catalogue: index });
    assert.ok(anns.some((a) => a.label === 'actor') && anns.some((a) => a.label === 'quantity') && anns.some((a) => a.label === 'claim'));
    assert.deepEqual(anns, [...anns].sort(compareSpans));
  });
});
