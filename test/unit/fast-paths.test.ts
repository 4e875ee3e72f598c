import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { NUMBER_TRIGGER_WORDS, scaleValue } from '../../src/engine/numbers';
import { findQuantities, nextTrigger } from '../../src/engine/quantities';
import { TokenBuffers, tokenize } from '../../src/engine/tokens';

// The engine's fast paths must say exactly what the slower code they replaced said.

/** The trigger pattern the quantity recogniser used before its automaton: a digit or a whole number word. */
const TRIGGER_PATTERN = new RegExp(`[0-9]|\\b(?:${NUMBER_TRIGGER_WORDS.join('|')})(?:fold)?\\b`, 'gi');

/** Where the pattern finds its next trigger from `from` (the start of a number word, as the recogniser took it). */
function patternTrigger(text: string, from: number): number {
  TRIGGER_PATTERN.lastIndex = from;
  if (!TRIGGER_PATTERN.test(text)) return text.length;
  let at = TRIGGER_PATTERN.lastIndex - 1;
  if (!/[0-9]/.test(text[at])) while (at > 0 && /[A-Za-z]/.test(text[at - 1])) at--;
  return at;
}

/** Every trigger of a text, each looked for from every position before it. */
function allTriggers(find: (text: string, from: number) => number, text: string): number[] {
  const out: number[] = [];
  for (let from = 0; from <= text.length; from++) out.push(find(text, from));
  return out;
}

describe('fast paths', () => {
  describe('quantity triggers', () => {
    const cases = [
      'one two Three FOUR fiveS six_ _seven 8eight nine9 ten',
      'ninefold tenfold fold twentyfold foldone hundredfold thousands Dozens',
      'oneé éone one’s one-off twenty-one a third of fifth-grade',
      'the thing throughout thirteen thirty thousand threes',
      '$5bn, 3.5% and 1,000 people; tens of thousands',
      'quarter quarters half halves several few fewer scores score',
      'one',
      'o',
      '',
      'ſix ｏne K1 ＯＮＥ',
      'twenty\ud83d\ude00one one\ud83d\ude00',
    ];
    for (const text of cases) {
      it(`finds what the pattern found in ${JSON.stringify(text)}`, () => {
        assert.deepEqual(allTriggers(nextTrigger, text), allTriggers(patternTrigger, text));
      });
    }
    it('finds every number word of the list, in any case, and not inside another word', () => {
      for (const w of NUMBER_TRIGGER_WORDS) {
        for (const form of [w, w.toUpperCase(), w[0].toUpperCase() + w.slice(1), `${w}fold`]) {
          const text = `x ${form} y ${form}s z_${form} ${form}`;
          assert.deepEqual(allTriggers(nextTrigger, text), allTriggers(patternTrigger, text), text);
        }
      }
    });
    it('finds the same quantities from the word tokens of the text', () => {
      const texts = [...cases, readFileSync('samples/harbour-strike.news', 'utf8')];
      for (const w of NUMBER_TRIGGER_WORDS) texts.push(`x ${w} y ${w.toUpperCase()}s z_${w} ${w}fold-${w}_ é${w}é ${w}1 ${w}`);
      // the first part of each text too: a number word or a digit at the very end
      for (const text of [...texts]) for (let cut = 1; cut < Math.min(text.length, 40); cut++) texts.push(text.slice(0, cut));
      for (const text of texts) assert.deepEqual(findQuantities(text, tokenize(text)), findQuantities(text), text);
    });
    it('still finds the same quantities', () => {
      assert.deepEqual(
        findQuantities('Some twenty-one people, 3,000 soldiers and ninefold more; Thousands of others.').map((q) => q.text),
        ['Some twenty-one people', '3,000 soldiers', 'ninefold', 'Thousands of others'],
      );
    });
  });

  describe('scaleValue', () => {
    it('gives the number written out, for whole and other numbers', () => {
      const values = [0, -0, 1, 2, 5, 12, 999, 1234567, 2 ** 40, 2 ** 53, 1e21, 0.5, 5.4, 3.14159, 1 / 3, -7, NaN, Infinity];
      const scales = [1, 10, 12, 100, 1e3, 1e6, 1e9, 1e12, 1e15, 1e21, 1e22, 1e23, 0.1, 0.01];
      for (const v of values) {
        for (const s of scales) {
          const k = Math.round(Math.log10(s));
          const expected = s === 1 ? v : 10 ** k === s ? Number(`${v}e${k}`) : v * s;
          assert.ok(Object.is(scaleValue(v, s), expected), `${v} × ${s}: ${scaleValue(v, s)} ≠ ${expected}`);
        }
      }
    });
  });

  describe('tokenizer keys', () => {
    it('tells apart long words that end alike', () => {
      const t = tokenize('internationalisation Xnternationalisation internationalisation bnternationalisation');
      assert.deepEqual([...t.id.subarray(0, t.length)].map((id) => t.keys[id]), [
        'internationalisation', 'Xnternationalisation', 'internationalisation', 'bnternationalisation',
      ]);
      assert.equal(t.id[0], t.id[2]);
      assert.notEqual(t.id[0], t.id[1]);
    });
    it('tells an ASCII word from a word of the same code with a character beyond ASCII', () => {
      // "中" is coded in 7 bits like "1": the two keys share their code, not their text
      const a = tokenize('aninefold中 and aninefold1');
      assert.equal(a.key(0), 'aninefold中');
      assert.equal(a.key(2), 'aninefold1');
      const b = tokenize('million中a then million1a');
      assert.equal(b.key(0), 'million中a');
      assert.equal(b.key(2), 'million1a');
    });
    it('makes one key of a long word written with a curly or a plain apostrophe', () => {
      const t = tokenize('rock’n’rolling-stones and rock\'n\'rolling-stones');
      assert.equal(t.key(0), "rock'n'rolling-stones");
      assert.equal(t.id[0], t.id[2]);
    });
  });

  describe('token buffers', () => {
    it('give the tokens of fresh arrays, zeros after them, whatever came before', () => {
      const sample = readFileSync('samples/harbour-strike.news', 'utf8');
      const long = `${sample}\n\n`.repeat(20);
      const buffers = new TokenBuffers();
      // longer and shorter texts in turn: arrays grown, reused, grown while reused (a word every two
      // characters), and not reused for a far shorter text
      const texts = [sample, long, sample.slice(0, 3000), sample, long.slice(0, long.length / 2), 'One word.', '', long, 'a '.repeat(long.length / 2), sample];
      for (const text of texts) {
        const fresh = tokenize(text);
        const reused = tokenize(text, 0, text.length, buffers);
        assert.equal(reused.length, fresh.length);
        for (const k of ['start', 'end', 'id', 'gap', 'joined'] as const) {
          const a = fresh[k];
          const b = reused[k];
          assert.deepEqual([...b.subarray(0, Math.min(a.length, b.length))], [...a.subarray(0, Math.min(a.length, b.length))], `${k} of a text of ${text.length}`);
          assert.ok(b.subarray(reused.length).every((x) => x === 0), `${k} after the tokens`);
        }
      }
    });
  });
});
