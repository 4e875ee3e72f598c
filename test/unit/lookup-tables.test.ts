import assert from 'node:assert/strict';
import { PositionMap } from '../../src/engine/positionMap';
import { ABSENT, AsciiWordTable, NOT_ASCII } from '../../src/engine/wordTable';

describe('lookup tables: AsciiWordTable', () => {
  const table = new AsciiWordTable(['said', 'says', 'say', "'s", 'co-founder', 'said']);

  it('finds a word in a stretch of text, ASCII capitals folded', () => {
    const text = 'Holm SAID it; he Said so, and she says: co-Founder';
    assert.equal(table.words[table.find(text, 5, 9)], 'said');
    assert.equal(table.words[table.find(text, 17, 21)], 'said');
    assert.equal(table.words[table.find(text, 34, 38)], 'says');
    assert.equal(table.words[table.find(text, 40, 50)], 'co-founder');
  });

  it('tells a word that is not there from one that is not ASCII', () => {
    assert.equal(table.find('sai', 0, 3), ABSENT);
    assert.equal(table.find('saying', 0, 6), ABSENT);
    assert.equal(table.find('x', 0, 1), ABSENT);
    assert.equal(table.find('saïd', 0, 4), NOT_ASCII);
    assert.equal(table.find('’s', 0, 2), NOT_ASCII);
    assert.equal(table.words[table.find("'s", 0, 2)], "'s");
  });

  it('keeps the first id of a repeated word', () => {
    assert.deepEqual(table.words, ['said', 'says', 'say', "'s", 'co-founder']);
  });

  it('agrees with a Set of the lower-cased words on every word of a text', () => {
    const words = ['the', 'a', 'of', 'minister', 'said', 'told', 'reporters', 'according', 'to'];
    const t = new AsciiWordTable(words);
    const set = new Set(words);
    const text = 'The Minister TOLD reporters, according to THE ministry, that a deal was near; Of course.';
    for (const m of text.matchAll(/[A-Za-z]+/g)) {
      const id = t.find(text, m.index ?? 0, (m.index ?? 0) + m[0].length);
      assert.equal(id >= 0, set.has(m[0].toLowerCase()), m[0]);
      if (id >= 0) assert.equal(t.words[id], m[0].toLowerCase());
    }
  });

  it('refuses words that are not lower-case ASCII', () => {
    assert.throws(() => new AsciiWordTable(['Said']));
    assert.throws(() => new AsciiWordTable(['café']));
  });
});

describe('lookup tables: PositionMap', () => {
  it('maps positions to values, a later value replacing an earlier one', () => {
    const m = new PositionMap<string>();
    m.set(0, 'a');
    m.set(1000, 'b');
    m.set(0, 'c');
    assert.equal(m.get(0), 'c');
    assert.equal(m.get(1000), 'b');
    assert.equal(m.get(1), undefined);
    assert.equal(m.has(1000), true);
    assert.equal(m.has(999), false);
  });

  it('grows past its first size and agrees with a Map', () => {
    const m = new PositionMap<number>(4);
    const ref = new Map<number, number>();
    let x = 7;
    for (let i = 0; i < 5000; i++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      const pos = x % 200000;
      m.set(pos, i);
      ref.set(pos, i);
    }
    for (let pos = 0; pos < 200000; pos += 7) assert.equal(m.get(pos), ref.get(pos));
    for (const [pos, v] of ref) assert.equal(m.get(pos), v);
  });

  it('is empty after clear(), whatever size it is made ready for', () => {
    const m = new PositionMap<string>();
    for (let i = 0; i < 1000; i++) m.set(i * 3, String(i));
    m.clear();
    assert.equal(m.get(3), undefined);
    m.set(3, 'x');
    assert.equal(m.get(3), 'x');
    m.clear(10);
    assert.equal(m.has(3), false);
    m.clear(100000);
    assert.equal(m.has(3), false);
    m.set(299997, 'y');
    assert.equal(m.get(299997), 'y');
  });
});
