import assert from 'node:assert/strict';
import { int, pick, prng } from '../../bench/synthetic';
import { annotate } from '../../src/engine/annotate';
import type { AnnotateOptions } from '../../src/engine/annotate';
import { IncrementalAnnotator, paragraphEnd, paragraphStart } from '../../src/engine/incremental';
import { buildCatalogueIndex } from '../../src/engine/matcher';
import type { Entity } from '../../src/engine/types';
import { SENTENCES } from './fuzz-cases';

const entity = (id: string, name: string, kind: Entity['kind'], aliases: string[] = [], demonyms: string[] = []): Entity => ({ id, name, kind, aliases, demonyms, links: {} });
const catalogue = buildCatalogueIndex([
  entity('north-korea', 'North Korea', 'place', ['DPRK'], ['North Korean']),
  entity('south-korea', 'South Korea', 'place', [], ['South Korean']),
  entity('un', 'United Nations', 'organisation', ['UN', 'U.N.']),
  entity('kabul', 'Kabul', 'place'),
  entity('mara-voss', 'Mara Voss', 'person', ['Voss']),
  entity('eu', 'European Union', 'organisation', ['EU']),
  entity('paris', 'Paris', 'place', [], ['Parisian']),
]);

/** An article of `paragraphs` paragraphs of 2 to 5 sentences. */
function article(seed: number, paragraphs: number): string {
  const rand = prng(seed);
  return Array.from({ length: paragraphs }, () => Array.from({ length: int(rand, 2, 5) }, () => pick(rand, SENTENCES)).join(' ')).join('\n\n');
}

function randomEdit(rand: () => number, text: string): string {
  const at = Math.floor(text.length / 4 + rand() * (text.length / 2));
  const r = rand();
  if (r < 0.4) return text.slice(0, at) + pick(rand, ['x', 'Q', ' ', '.', '"', '3']) + text.slice(at);
  if (r < 0.7) return text.slice(0, at) + text.slice(at + 1);
  if (r < 0.8) return `${text.slice(0, at)}\n\n${text.slice(at)}`;
  if (r < 0.9) {
    const blank = text.indexOf('\n\n', at);
    return blank < 0 ? text : text.slice(0, blank) + text.slice(blank + 1); // two paragraphs become one
  }
  return `${text.slice(0, at)} North Korea said ${text.slice(at + 5)}`;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

describe('IncrementalAnnotator', () => {
  it('starts with annotate() of the text and follows full()', () => {
    const text = article(1, 30);
    const options: AnnotateOptions = { catalogue };
    const live = new IncrementalAnnotator(text, options);
    assert.deepEqual(live.annotations, annotate(text, options));
    assert.deepEqual(live.full(), annotate(text, options));
    assert.equal(live.update(text), live.annotations); // no change, nothing to do
  });

  it('annotates only the edited paragraph, with a small window', () => {
    const text = article(2, 80);
    const live = new IncrementalAnnotator(text, { catalogue });
    const at = text.indexOf('\n\n', text.length / 2) + 5;
    live.update(`${text.slice(0, at)}x${text.slice(at)}`);
    const u = live.lastUpdate;
    assert.ok(u);
    assert.equal(u.mode, 'incremental');
    assert.ok(u.region.start <= at && at < u.region.end);
    assert.ok(u.window.end - u.window.start < text.length / 10, `window ${u.window.end - u.window.start} of ${text.length}`);
  });

  it('gives exactly what annotate() gives for catalogue names, quantities and claims (no name detection)', () => {
    const rand = prng(3);
    const options: AnnotateOptions = { catalogue, detectNames: false };
    let text = article(3, 60);
    const live = new IncrementalAnnotator(text, options);
    let incremental = 0;
    for (let k = 0; k < 120; k++) {
      text = randomEdit(rand, text);
      const got = live.update(text);
      if (live.lastUpdate?.mode === 'incremental') incremental++;
      const exact = annotate(text, options);
      if (!same(got, exact)) {
        const a = new Set(got.map((x) => JSON.stringify(x)));
        const b = new Set(exact.map((x) => JSON.stringify(x)));
        assert.fail(`edit ${k} (${JSON.stringify(live.lastUpdate)}): only incremental ${[...a].filter((x) => !b.has(x)).join(' ')}\nonly annotate() ${[...b].filter((x) => !a.has(x)).join(' ')}`);
      }
    }
    assert.ok(incremental > 100, `${incremental} of 120 edits done incrementally`);
  });

  it('agrees with annotate() on most edits with everything on, and full() settles the rest', () => {
    const rand = prng(4);
    const options: AnnotateOptions = { catalogue };
    let text = article(4, 60);
    const live = new IncrementalAnnotator(text, options);
    let agree = 0;
    const n = 100;
    for (let k = 0; k < n; k++) {
      text = randomEdit(rand, text);
      const exact = annotate(text, options);
      if (same(live.update(text), exact)) agree++;
      assert.ok(same(live.full(), exact));
    }
    assert.ok(agree >= n * 0.8, `${agree} of ${n} edits agree`);
  });

  it('handles edits anywhere: the start, the end, everything, nothing left', () => {
    const options: AnnotateOptions = { catalogue };
    const text = article(5, 40);
    const live = new IncrementalAnnotator(text, options);
    for (const next of [`Mara Voss said so. ${text}`, `${text}\n\nThe DPRK said 40 people died.`, text.slice(0, 3000), `${text.slice(0, 2500)}\n\n\n\n${text.slice(2500)}`, text.replace(/\n\n/g, '\n'), article(6, 40), '', 'North Korea.']) {
      const got = live.update(next);
      for (const a of got) {
        assert.ok(a.start >= 0 && a.end <= next.length && a.start < a.end);
        assert.equal(a.text, next.slice(a.start, a.end));
      }
      assert.deepEqual(live.full(), annotate(next, options));
    }
  });

  it('finds paragraphs', () => {
    const text = 'one\ntwo\n\nthree\n \nfour\r\n\r\nfive';
    assert.equal(paragraphStart(text, 0), 0);
    assert.equal(paragraphStart(text, 5), 0);
    assert.equal(paragraphStart(text, text.indexOf('three') + 2), text.indexOf('three'));
    assert.equal(paragraphStart(text, text.indexOf('four')), text.indexOf('four'));
    assert.equal(paragraphStart(text, text.indexOf('five')), text.indexOf('five'));
    assert.equal(paragraphEnd(text, 1), text.indexOf('\n\n') + 1);
    assert.equal(paragraphEnd(text, text.indexOf('three')), text.indexOf(' \nfour'));
    assert.equal(paragraphEnd(text, text.indexOf('four')), text.indexOf('\r\nfive'));
    assert.equal(paragraphEnd(text, text.indexOf('five')), text.length);
  });
});
