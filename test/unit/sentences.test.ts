import assert from 'node:assert/strict';
import { splitSentences } from '../../src/engine/sentences';

/** The sentences of a text as strings. */
function split(text: string): string[] {
  return splitSentences(text).map((p) => text.slice(p.start, p.end));
}

describe('sentences: splitSentences', () => {
  it('splits at end punctuation followed by a capital', () => {
    assert.deepEqual(split('The mayor arrived. She spoke briefly! Was it enough? Nobody knew.'), [
      'The mayor arrived.',
      'She spoke briefly!',
      'Was it enough?',
      'Nobody knew.',
    ]);
  });

  it('returns parts without surrounding white space, in order', () => {
    const text = '  First one.   Second one.  ';
    const parts = splitSentences(text);
    assert.deepEqual(parts, [
      { start: 2, end: 12 },
      { start: 15, end: 26 },
    ]);
  });

  it('does not split after titles and other abbreviations', () => {
    assert.deepEqual(split('Dr. Lena Holm met Gen. Arvo Kask and Mr. Tamm on Friday. They talked.'), [
      'Dr. Lena Holm met Gen. Arvo Kask and Mr. Tamm on Friday.',
      'They talked.',
    ]);
    assert.deepEqual(split('The meeting began at 9 a.m. on Jan. 5 in the capital.'), ['The meeting began at 9 a.m. on Jan. 5 in the capital.']);
    assert.deepEqual(split('Prices rose, e.g. for bread and milk.'), ['Prices rose, e.g. for bread and milk.']);
  });

  it('keeps dotted acronyms inside a sentence but ends one before a sentence opener', () => {
    assert.deepEqual(split('The U.N. refugee office met. U.S. officials said nothing.'), [
      'The U.N. refugee office met.',
      'U.S. officials said nothing.',
    ]);
    assert.deepEqual(split('The team flew to Washington D.C. The coach stayed home.'), [
      'The team flew to Washington D.C.',
      'The coach stayed home.',
    ]);
  });

  it('does not split after initials or inside decimals', () => {
    assert.deepEqual(split('The book by J. R. Tolkin sold 3.5 million copies. It was reprinted.'), [
      'The book by J. R. Tolkin sold 3.5 million copies.',
      'It was reprinted.',
    ]);
  });

  it('keeps a closing quote with the sentence it ends', () => {
    assert.deepEqual(split('She said, "We are ready." Then she left.'), ['She said, "We are ready."', 'Then she left.']);
    assert.deepEqual(split('He asked: “Who pays?” Nobody answered.'), ['He asked: “Who pays?”', 'Nobody answered.']);
  });

  it('does not split when a lower-case word follows', () => {
    assert.deepEqual(split('"Why now?" she asked. "Because," he replied.'), ['"Why now?" she asked.', '"Because," he replied.']);
  });

  it('joins a sentence across a single line break', () => {
    const text = 'The minister stressed the\nimportance of the deal. It was signed.';
    assert.deepEqual(split(text), ['The minister stressed the\nimportance of the deal.', 'It was signed.']);
    // a word broken by a line break stays in its sentence
    assert.deepEqual(split('The ferry deal is meant to strengthen cooperati\nve shipping.'), ['The ferry deal is meant to strengthen cooperati\nve shipping.']);
  });

  it('ends a sentence at a blank line even without punctuation', () => {
    assert.deepEqual(split('Talks continue\n\nThe minister left early.'), ['Talks continue', 'The minister left early.']);
  });

  it('ends a headline line', () => {
    assert.deepEqual(split('Harbour strike enters third week\nDockers in Riverton said on Monday that they would stay out.'), [
      'Harbour strike enters third week',
      'Dockers in Riverton said on Monday that they would stay out.',
    ]);
  });

  it('does not take a line ending in a function word for a headline', () => {
    assert.deepEqual(split('The mayor said that\nRiverton would pay for the bridge.'), ['The mayor said that\nRiverton would pay for the bridge.']);
  });

  it('does not end a sentence at a line break inside a name', () => {
    assert.deepEqual(split('Riverton’s deputy mayor, Lena\nHolm, stressed the need for a ferry. The council agreed.'), [
      'Riverton’s deputy mayor, Lena\nHolm, stressed the need for a ferry.',
      'The council agreed.',
    ]);
    assert.deepEqual(split('Riverton’s deputy mayor Lena\nHolm stressed the need for a ferry.'), ['Riverton’s deputy mayor Lena\nHolm stressed the need for a ferry.']);
    assert.deepEqual(split('The ferry was a gift from Riverton’s\nHarbour Trust.'), ['The ferry was a gift from Riverton’s\nHarbour Trust.']);
    // a headline that ends with a name still ends its sentence
    assert.deepEqual(split('Ferry talks stall in Oslo\nLena Holm, the mayor, said talks had failed.'), [
      'Ferry talks stall in Oslo',
      'Lena Holm, the mayor, said talks had failed.',
    ]);
  });

  it('leaves a dateline at the start of a paragraph out of the sentence', () => {
    const cases: Array<[string, string[]]> = [
      ['OSLO: The ministers met. They talked.', ['The ministers met.', 'They talked.']],
      ['Oslo: The ministers met.', ['The ministers met.']],
      ['RIVERTON (AP) — The harbour reopened.', ['The harbour reopened.']],
      ['RIVERTON—The harbour reopened.', ['The harbour reopened.']],
      ['Riverton, May 3 (Reuters) - The harbour reopened.', ['The harbour reopened.']],
      ['PORT ELLEN, Halden, Tues. -- The harbour reopened.', ['The harbour reopened.']],
      ['RIVERTON, D.C. (AP) — The harbour reopened.', ['The harbour reopened.']],
      ['Rio de Janeiro — The carnival began.', ['The carnival began.']],
      ['Ferry strike ends\nOSLO: Dockers went back to work.', ['Ferry strike ends', 'Dockers went back to work.']],
      ['The strike ended.\nOSLO: Dockers went back to work.', ['The strike ended.', 'Dockers went back to work.']],
      ['The strike ended.\n\nOslo — Dockers went back to work.', ['The strike ended.', 'Dockers went back to work.']],
    ];
    for (const [text, expected] of cases) assert.deepEqual(split(text), expected, text);
  });

  it('keeps what only looks like a dateline', () => {
    const cases = [
      'The strike ended. OSLO: Dockers went back to work.',
      'She continued: "We will win."',
      'Holm — the mayor — spoke first.',
      'Looking back: the strike was short.',
      'The Harbour: A History was reprinted.',
    ];
    for (const text of cases) assert.equal(split(text).join(' '), text, text);
  });

  it('handles an ellipsis', () => {
    assert.deepEqual(split('He paused... Then he went on.'), ['He paused...', 'Then he went on.']);
  });

  it('handles empty and unpunctuated text', () => {
    assert.deepEqual(split(''), []);
    assert.deepEqual(split('   \n\n  '), []);
    assert.deepEqual(split('no end punctuation here'), ['no end punctuation here']);
  });

  it('is linear on long runs without sentence ends', () => {
    const text = 'a.'.repeat(200000) + ' ' + 'word '.repeat(100000);
    const t0 = Date.now();
    splitSentences(text);
    assert.ok(Date.now() - t0 < 2000);
  });
});
