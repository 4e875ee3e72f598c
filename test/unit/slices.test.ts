import assert from 'node:assert/strict';
import { int, pick, prng } from '../../bench/synthetic';
import { annotate } from '../../src/engine/annotate';
import type { AnnotateOptions } from '../../src/engine/annotate';
import { IncrementalAnnotator } from '../../src/engine/incremental';
import { buildCatalogueIndex } from '../../src/engine/matcher';
import { cutAfter, cutBefore, SlicedAnnotation } from '../../src/engine/slices';
import type { Annotation, Entity } from '../../src/engine/types';
import { SENTENCES } from './fuzz-cases';

const entity = (id: string, name: string, kind: Entity['kind'], aliases: string[] = [], demonyms: string[] = []): Entity => ({ id, name, kind, aliases, demonyms, links: {} });
const catalogue = buildCatalogueIndex([
  entity('north-korea', 'North Korea', 'place', ['DPRK'], ['North Korean']),
  entity('south-korea', 'South Korea', 'place', [], ['South Korean']),
  entity('greece', 'Greece', 'place', [], ['Greek']),
  entity('un', 'United Nations', 'organisation', ['UN', 'U.N.']),
  entity('mara-voss', 'Mara Voss', 'person', ['Voss']),
  entity('eu', 'European Union', 'organisation', ['EU']),
]);
const options: AnnotateOptions = { catalogue };

/** Runs a sliced annotation to the end; checks every step's size on the way. */
function sliced(text: string, sliceChars: number, opts: AnnotateOptions = options): { annotations: Annotation[]; steps: number; job: SlicedAnnotation } {
  const job = new SlicedAnnotation(text, opts, sliceChars);
  let steps = 0;
  let before = -1;
  while (!job.step()) {
    steps++;
    assert.ok(steps < 10_000, 'the steps end');
    assert.ok(job.progress >= before, 'progress never goes back');
    before = job.progress;
  }
  assert.ok(job.done);
  assert.equal(job.progress, 1);
  return { annotations: job.annotations, steps: steps + 1, job };
}

function diff(got: Annotation[], exact: Annotation[]): string {
  const a = new Set(got.map((x) => JSON.stringify(x)));
  const b = new Set(exact.map((x) => JSON.stringify(x)));
  return `only sliced: ${[...a].filter((x) => !b.has(x)).join('\n  ')}\nonly annotate(): ${[...b].filter((x) => !a.has(x)).join('\n  ')}`;
}

function assertSame(got: Annotation[], exact: Annotation[], what: string): void {
  if (JSON.stringify(got) !== JSON.stringify(exact)) assert.fail(`${what}\n${diff(got, exact)}`);
}

/** A story whose names, claims and quantities refer across paragraphs (and so across slices). */
const STORY = [
  'EU foreign policy chief Josep Borrell arrived in Athens on Monday for talks with Greek officials.',
  'The visit comes after months of tension. Officials said about 3,000 migrants had crossed the border since January.',
  'Borrell met the prime minister for two hours. He said the European Union would send 40 million euros in aid.',
  '"We will not leave Greece alone," Borrell told reporters. "This is a test for all of us."',
  'Mara Voss, a spokeswoman for the United Nations, said more than 200 people were still missing.',
  'She added that the agency had asked for more boats. Voss said the UN would report again on Friday.',
  'North Korean state media said the DPRK had tested a new missile on Sunday, its third test this year.',
  'Analysts in Seoul said the launch was a warning. South Korea said it would raise the matter at the UN.',
  '"It is a provocation," said Kim Min-jun, a researcher at the Asan Institute. Kim said the test was planned for weeks.',
  'Back in Athens, Borrell said the talks had gone well. According to the ministry, 12 boats would join the patrols by June.',
  'The Greek coast guard said it had rescued 57 people off Lesbos overnight, up from 31 a week earlier.',
  'Borrell is due to travel to Ankara on Wednesday. He said he hoped to meet President Recep Tayyip Erdogan.',
];

describe('SlicedAnnotation', () => {
  it('gives what annotate() gives on a story whose names and claims refer across slices, wherever the slices are cut', () => {
    const text = STORY.join('\n\n');
    const exact = annotate(text, options);
    assert.ok(exact.some((a) => a.label === 'actor' && a.text === 'Borrell' && a.via === 'reference'), 'the story has references back');
    assert.ok(exact.some((a) => a.label === 'claim' && a.sourceKind === 'pronoun'), 'the story has pronoun sources');
    // every cut point between paragraphs, and slices of one paragraph to the whole text
    for (let size = 20; size <= text.length + 50; size += 37) {
      const { annotations, steps } = sliced(text, size);
      assertSame(annotations, exact, `slices of ${size} characters (${steps} steps)`);
    }
  });

  it('lets a late short name refer to a full name a few slices back', () => {
    const filler = Array.from({ length: 30 }, (_, i) => `The council met for the ${i + 1}th time and talked about roads, schools and the weather.`);
    const text = ['EU foreign policy chief Josep Borrell arrived on Monday.', ...filler, 'Borrell said the talks went well.'].join('\n\n');
    const exact = annotate(text, options);
    const late = exact.find((a) => a.label === 'actor' && a.text === 'Borrell' && a.start > text.length - 40);
    assert.ok(late && late.label === 'actor' && late.via === 'reference' && late.entity === 'josep-borrell', JSON.stringify(late));
    const { annotations, steps } = sliced(text, 500);
    assert.ok(steps > 4, `${steps} steps`);
    assertSame(annotations, exact, 'late reference');
  });

  it('keeps a nationality word only when the whole text names the place, also when the name comes slices later', () => {
    const filler = Array.from({ length: 20 }, (_, i) => `Paragraph ${i + 1} is about nothing in particular and has no names at all.`);
    const named = ['A Greek court ruled on Monday.', ...filler, 'Greece said it would appeal.'].join('\n\n');
    const unnamed = ['A Greek court ruled on Monday. Greek officials said they would appeal, the court said.', ...filler].join('\n\n');
    for (const text of [named, unnamed]) {
      const exact = annotate(text, options);
      assertSame(sliced(text, 300).annotations, exact, text.slice(0, 40));
    }
    assert.ok(annotate(named, options).some((a) => a.label === 'actor' && a.via === 'demonym'));
    assert.ok(!annotate(unnamed, options).some((a) => a.label === 'actor' && a.via === 'demonym'));
  });

  it('grows a region over a claim that spans paragraphs, and a quotation over a line break', () => {
    const text = [
      'The minister spoke for an hour.',
      '"We will not give up.\nWe will rebuild every house, every school and every road in the valley,\nand we will do it this year," the minister said.',
      'The opposition said the plan would cost 4.5 billion euros.',
    ].join('\n\n');
    const exact = annotate(text, options);
    for (let size = 5; size < text.length; size += 7) assertSame(sliced(text, size).annotations, exact, `slices of ${size}`);
  });

  it('agrees with annotate() on generated articles, in steps of bounded size', () => {
    for (const seed of [1, 2, 3]) {
      const rand = prng(seed);
      const text = Array.from({ length: 120 }, () => Array.from({ length: int(rand, 2, 5) }, () => pick(rand, SENTENCES)).join(' ')).join('\n\n');
      const exact = annotate(text, options);
      const size = 2000;
      const job = new SlicedAnnotation(text, options, size);
      let regions = 0;
      while (!job.step()) {
        const s = job.lastStep;
        assert.ok(s);
        if (s.rounds === 0) continue; // the whole-text decisions
        regions++;
        // a region is about one slice (whole paragraphs), its window adds bounded context
        assert.ok(s.region.end - s.region.start <= 2 * size, `region ${s.region.end - s.region.start}`);
        assert.ok(s.window.end - s.window.start <= 2 * size + 2 * 8_000, `window ${s.window.end - s.window.start}`);
        assert.ok(s.window.start <= s.region.start && s.region.end <= s.window.end);
      }
      assert.ok(regions >= text.length / (2 * size), `${regions} regions for ${text.length} characters`);
      const got = job.annotations;
      const same = got.filter((a) => exact.some((b) => JSON.stringify(a) === JSON.stringify(b))).length;
      assert.ok(same >= exact.length * 0.98, `seed ${seed}: ${same} of ${exact.length} identical\n${diff(got, exact)}`);
      for (const a of got) assert.equal(a.text, text.slice(a.start, a.end));
    }
  });

  it('handles an empty text, a text without paragraph breaks, and a text without line breaks', () => {
    const empty = new SlicedAnnotation('', options);
    assert.equal(empty.done, true);
    assert.equal(empty.step(), true);
    assert.deepEqual(empty.annotations, []);
    const sentences = STORY.join(' ');
    for (const text of [sentences, STORY.join('\n'), `   \n\n\n${STORY.join('\n\n')}\n\n\n   `, 'x', 'Borrell']) {
      const { annotations, steps } = sliced(text, 300);
      assert.ok(steps >= Math.min(3, Math.ceil(text.length / 300)), `${steps} steps for ${text.length} characters`);
      assertSame(annotations, annotate(text, options), JSON.stringify(text.slice(0, 30)));
    }
  });

  it('respects the categories and the demonym option', () => {
    const text = STORY.join('\n\n');
    for (const opts of [{ catalogue, categories: { claims: false } }, { catalogue, categories: { actors: false } }, { catalogue, detectNames: false }, { catalogue, demonyms: 'all' as const }, { catalogue, demonyms: 'none' as const }]) {
      assertSame(sliced(text, 250, opts).annotations, annotate(text, opts), JSON.stringify({ ...opts, catalogue: undefined }));
    }
  });

  it('shows the regions done so far before the end', () => {
    const text = STORY.join('\n\n');
    const job = new SlicedAnnotation(text, options, 200);
    assert.equal(job.annotations.length, 0);
    job.step();
    const first: Annotation[] = job.annotations;
    assert.ok(first.length > 0 && first.every((a) => a.end <= job.annotatedUpTo));
    assert.ok(job.progress > 0 && job.progress < 1);
  });

  it('cuts at paragraph starts, else at lines, sentences or words', () => {
    const text = 'One. Two.\n\nThree four.\nFive six\nseven.';
    assert.equal(cutAfter(text, 0), 0);
    assert.equal(cutAfter(text, 3), text.indexOf('Three'));
    assert.equal(cutAfter(text, text.indexOf('four')), text.indexOf('Five'));
    assert.equal(cutAfter(text, text.length + 5), text.length);
    assert.equal(cutBefore(text, text.indexOf('seven')), text.indexOf('Five'));
    assert.equal(cutBefore(text, 2), 0);
    // a paragraph start is looked for up to 8,000 characters away; in one long line, a sentence start nearby
    const line = 'Alpha beta. Gamma delta. '.repeat(1000);
    assert.equal(cutAfter(line, 20_008), 20_012);
    assert.equal(cutBefore(line, 20_008), 20_000);
    assert.equal(cutBefore(line, 5_000), 0);
    const words = 'alpha beta gamma '.repeat(1000);
    assert.equal(cutAfter(words, 10_001), 10_002);
    assert.equal(words.charCodeAt(cutBefore(words, 10_001) - 1), 32);
  });
});

describe('IncrementalAnnotator after a sliced pass', () => {
  it('goes on from the sliced result and updates like one made by annotate()', () => {
    const text = Array.from({ length: 8 }, () => STORY.join('\n\n')).join('\n\n');
    const { annotations } = sliced(text, 4000);
    const live = IncrementalAnnotator.fromAnnotations(text, options, annotations);
    assert.equal(live.annotations, annotations);
    assert.equal(live.text, text);
    const at = text.indexOf('Mara Voss', text.length / 2);
    const edited = `${text.slice(0, at)}Mara Voss, a spokeswoman, said 17 ships had left. ${text.slice(at)}`;
    const got = live.update(edited);
    assert.equal(live.lastUpdate?.mode, 'incremental');
    for (const a of got) assert.equal(a.text, edited.slice(a.start, a.end));
    assert.ok(got.some((a) => a.label === 'quantity' && a.text.includes('17 ships')));
    assertSame(live.full(), annotate(edited, options), 'full() after the update');
  });

  it('tryUpdate() says when an edit needs the whole text again, and changes nothing then', () => {
    const text = Array.from({ length: 8 }, () => STORY.join('\n\n')).join('\n\n');
    const live = new IncrementalAnnotator(text, options);
    const before = live.annotations;
    assert.equal(live.tryUpdate(text.replace(/\n\n/g, '\n')), undefined); // touches everything
    assert.equal(live.text, text);
    assert.equal(live.annotations, before);
    assert.equal(live.tryUpdate('Short.'), undefined); // small texts are annotated whole
    const at = text.indexOf('Borrell met');
    const small = `${text.slice(0, at)}x${text.slice(at)}`;
    assert.ok(live.tryUpdate(small));
    assert.equal(live.text, small);
  });
});
