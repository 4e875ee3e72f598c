import assert from 'node:assert/strict';
import { CONTEXT_LENGTH, attachAnchor, makeAnchor } from '../../src/engine/anchoring';

const ARTICLE =
  'The mayor of Riverton opened the new bridge on Tuesday. ' +
  'Engineers from Halden Works said the bridge could carry 4,000 vehicles a day. ' +
  'Critics said the cost was too high.';

function rangeOf(text: string, needle: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(needle, from);
  assert.ok(start >= 0, `"${needle}" not in text`);
  return { start, end: start + needle.length };
}

describe('anchoring: makeAnchor', () => {
  it('keeps the exact text, 32 characters of context on each side and the start', () => {
    const { start, end } = rangeOf(ARTICLE, 'Halden Works');
    const anchor = makeAnchor(ARTICLE, start, end);
    assert.equal(anchor.exact, 'Halden Works');
    assert.equal(anchor.start, start);
    assert.equal(anchor.prefix.length, CONTEXT_LENGTH);
    assert.equal(anchor.suffix.length, CONTEXT_LENGTH);
    assert.equal(anchor.prefix, ARTICLE.slice(start - 32, start));
    assert.equal(anchor.suffix, ARTICLE.slice(end, end + 32));
  });

  it('has shorter context at the edges of the text', () => {
    const first = makeAnchor(ARTICLE, 0, 3);
    assert.equal(first.prefix, '');
    assert.equal(first.suffix.length, 32);
    const last = makeAnchor(ARTICLE, ARTICLE.length - 5, ARTICLE.length);
    assert.equal(last.exact, 'high.');
    assert.equal(last.suffix, '');
  });

  it('clamps offsets that are out of the text', () => {
    const anchor = makeAnchor('short text', -4, 99);
    assert.equal(anchor.exact, 'short text');
    assert.equal(anchor.start, 0);
  });

  it('does not cut a surrogate pair at the edge of the context', () => {
    const text = `${'a'.repeat(10)}\u{1F600}${'b'.repeat(31)}X${'c'.repeat(31)}\u{1F600}tail`;
    const start = text.indexOf('X');
    const anchor = makeAnchor(text, start, start + 1);
    // 32 code units back would start on the low half of the emoji: the prefix drops it.
    assert.equal(anchor.prefix, 'b'.repeat(31));
    // 32 code units on would end on the high half of the emoji: the suffix drops it.
    assert.equal(anchor.suffix, 'c'.repeat(31));
  });
});

describe('anchoring: attachAnchor', () => {
  const bridge = rangeOf(ARTICLE, 'Halden Works');
  const anchor = makeAnchor(ARTICLE, bridge.start, bridge.end);

  it('attaches to the unchanged text at the same place', () => {
    assert.deepEqual(attachAnchor(ARTICLE, anchor), bridge);
  });

  it('re-attaches after an insertion before the anchor', () => {
    const inserted = 'Local news. ';
    const edited = inserted + ARTICLE;
    assert.deepEqual(attachAnchor(edited, anchor), { start: bridge.start + inserted.length, end: bridge.end + inserted.length });
  });

  it('re-attaches after an insertion right next to the anchor (context partly changed)', () => {
    const edited = ARTICLE.slice(0, bridge.start) + 'the firm ' + ARTICLE.slice(bridge.start);
    const found = attachAnchor(edited, anchor);
    assert.ok(found);
    assert.equal(edited.slice(found.start, found.end), 'Halden Works');
    assert.equal(found.start, bridge.start + 'the firm '.length);
  });

  it('re-attaches after an insertion after the anchor', () => {
    const edited = `${ARTICLE} More to follow.`;
    assert.deepEqual(attachAnchor(edited, anchor), bridge);
  });

  it('re-attaches after a deletion before the anchor', () => {
    const removed = 'The mayor of Riverton opened the new bridge on Tuesday. ';
    const edited = ARTICLE.slice(removed.length);
    assert.deepEqual(attachAnchor(edited, anchor), { start: bridge.start - removed.length, end: bridge.end - removed.length });
  });

  it('re-attaches when the whole prefix and suffix were rewritten', () => {
    const edited = 'Yesterday Halden Works announced a profit.';
    assert.deepEqual(attachAnchor(edited, anchor), rangeOf(edited, 'Halden Works'));
  });

  it('is lost (undefined) when the exact text is gone', () => {
    const edited = ARTICLE.replace('Engineers from Halden Works said', 'Engineers said');
    assert.equal(attachAnchor(edited, anchor), undefined);
  });

  it('is lost when the exact text itself was edited', () => {
    const edited = ARTICLE.replace('Halden Works', 'Halden Work');
    assert.equal(attachAnchor(edited, anchor), undefined);
  });

  it('is lost for an empty exact text and for an exact text longer than the article', () => {
    assert.equal(attachAnchor(ARTICLE, { exact: '', prefix: '', suffix: '', start: 0 }), undefined);
    assert.equal(attachAnchor('short', { exact: 'longer than short', prefix: '', suffix: '', start: 0 }), undefined);
  });

  it('works with a hint past the end of the text', () => {
    assert.deepEqual(attachAnchor(ARTICLE, { ...anchor, start: 1_000_000 }), bridge);
  });

  it('counts offsets in UTF-16 code units', () => {
    const text = '\u{1F4F0} Halden Works said so.';
    const found = attachAnchor(text, { exact: 'Halden Works', prefix: '\u{1F4F0} ', suffix: ' said', start: 0 });
    assert.deepEqual(found, { start: 3, end: 15 });
  });
});

describe('anchoring: duplicated text', () => {
  const text = 'First, the minister said no to the plan. Later, the minister said yes to the deal.';
  const second = rangeOf(text, 'the minister', text.indexOf('Later'));
  const anchor = makeAnchor(text, second.start, second.end);

  it('picks the occurrence whose context agrees, not the first one', () => {
    assert.deepEqual(attachAnchor(text, anchor), second);
  });

  it('does not take another occurrence that the edit moved onto the hinted position', () => {
    const first = rangeOf(text, 'the minister');
    // Inserting exactly this many characters at the start puts the FIRST occurrence at the old start.
    const padding = 'x'.repeat(second.start - first.start - 1) + ' ';
    const edited = padding + text;
    assert.ok(edited.startsWith('the minister', anchor.start), 'the test must put the other occurrence on the hint');
    const found = attachAnchor(edited, anchor);
    assert.deepEqual(found, { start: second.start + padding.length, end: second.end + padding.length });
    assert.ok(found && edited.slice(found.end).startsWith(' said yes'));
  });

  it('prefers the occurrence nearest the hint when the contexts agree equally', () => {
    const sentence = 'Rain fell on the city of Halden again today, said the weather service. ';
    const doubled = sentence + sentence + sentence;
    const middle = sentence.length + sentence.indexOf('Halden');
    const a = makeAnchor(doubled, middle, middle + 6);
    // Insert text at the very start: all three copies have the same context; the hint decides.
    const edited = `Update: ${doubled}`;
    const found = attachAnchor(edited, { ...a, start: middle + 'Update: '.length });
    assert.deepEqual(found, { start: middle + 8, end: middle + 14 });
  });

  it('still finds a copy when the annotated sentence was deleted but an identical one remains', () => {
    const sentence = 'The minister said yes. ';
    const doubled = `Intro. ${sentence}${sentence}End.`;
    const start = doubled.lastIndexOf('The minister');
    const a = makeAnchor(doubled, start, start + 12);
    const edited = `Intro. ${sentence}End.`;
    assert.deepEqual(attachAnchor(edited, a), rangeOf(edited, 'The minister'));
  });

  it('handles overlapping occurrences', () => {
    const text2 = 'aaaa';
    assert.deepEqual(attachAnchor(text2, { exact: 'aa', prefix: 'a', suffix: 'a', start: 0 }), { start: 1, end: 3 });
  });
});

describe('anchoring: speed', () => {
  it('attaches in a long text with many occurrences in linear time', () => {
    const paragraph = 'The council said the budget would rise. ';
    const text = `${paragraph.repeat(25_000)}Finally the council said the budget would fall.`;
    const start = text.lastIndexOf('the budget');
    const anchor = makeAnchor(text, start, start + 10);
    const edited = `Breaking: ${text}`;
    const t0 = performance.now();
    const found = attachAnchor(edited, { ...anchor, start: 0 });
    const elapsed = performance.now() - t0;
    assert.deepEqual(found, { start: start + 10, end: start + 20 });
    assert.ok(elapsed < 500, `took ${elapsed.toFixed(1)} ms`);
  });
});
