import assert from 'node:assert/strict';
import { buildCatalogueIndex, findCatalogueMentions } from '../../src/engine/matcher';
import { G_DOT, G_LF, G_OTHER, nameKeys, tokenize } from '../../src/engine/tokens';
import type { Entity } from '../../src/engine/types';

const entity = (id: string, name: string, kind: Entity['kind'], aliases: string[] = [], demonyms: string[] = []): Entity => ({ id, name, kind, aliases, demonyms, links: {} });

const index = buildCatalogueIndex([
  entity('north-korea', 'North Korea', 'place', ['DPRK'], ['North Korean']),
  entity('south-korea', 'South Korea', 'place', [], ['South Korean']),
  entity('un', 'United Nations', 'organisation', ['UN', 'U.N.']),
  entity('un-security-council', 'UN Security Council', 'organisation', ['U.N. Security Council', 'Security Council']),
  entity('seoul', 'Seoul', 'place'),
  entity('jane-roe', 'Jane Roe', 'person', ['Ms Roe']),
]);

const found = (text: string): string[] => findCatalogueMentions(text, index).map((m) => `${text.slice(m.start, m.end)}=${m.entities ? m.entities.join('+') : m.entity}/${m.via}`);

describe('matcher', () => {
  it('finds names, aliases and demonyms as whole words', () => {
    assert.deepEqual(found('The DPRK and Seoul talked; North Korean troops moved.'), ['DPRK=north-korea/alias', 'Seoul=seoul/name', 'North Korean=north-korea/demonym']);
    assert.deepEqual(found('Seoulite Seoulful'), []);
  });

  it('prefers the longest name', () => {
    assert.deepEqual(found('a U.N. Security Council vote and a U.N. agency'), ['U.N. Security Council=un-security-council/alias', 'U.N.=un/alias']);
  });

  it('keeps possessives outside the name, with straight and curly apostrophes', () => {
    const text = "North Korea's army and South Korea\u2019s navy";
    const spans = findCatalogueMentions(text, index);
    assert.deepEqual(spans.map((s) => s.text), ['North Korea', 'South Korea']);
    assert.equal(spans[1].end, text.indexOf('\u2019'));
  });

  it('matches a name broken by one line break, but not across punctuation or a blank line', () => {
    assert.deepEqual(found('troops of North\nKorea'), ['North\nKorea=north-korea/name']);
    assert.deepEqual(found('the North. Korea'), []);
    assert.deepEqual(found('North\n\nKorea'), []);
  });

  it('reads headlines in capitals', () => {
    assert.deepEqual(found('NORTH KOREA WARNS SEOUL'), ['NORTH KOREA=north-korea/name', 'SEOUL=seoul/name']);
  });

  it('gives coordinated names both entities', () => {
    const spans = findCatalogueMentions('the border between North and South Korea', index);
    assert.equal(spans.length, 1);
    assert.equal(spans[0].text, 'North and South Korea');
    assert.deepEqual(spans[0].entities, ['north-korea', 'south-korea']);
  });

  it('gives offsets in UTF-16 code units', () => {
    const text = '😀 Seoul';
    const [m] = findCatalogueMentions(text, index, tokenize(text));
    assert.equal(m.start, 3);
    assert.equal(text.slice(m.start, m.end), 'Seoul');
  });

  it('uses the kind of the entity', () => {
    const spans = findCatalogueMentions('Jane Roe met Ms Roe at the UN', index);
    assert.deepEqual(spans.map((s) => `${s.text}:${s.kind}`), ['Jane Roe:person', 'Ms Roe:person', 'UN:organisation']);
  });
});

describe('tokens', () => {
  const keysOf = (text: string): string[] => {
    const t = tokenize(text);
    return Array.from({ length: t.length }, (_, i) => t.key(i));
  };

  it('cuts words, keeps possessives out and makes curly apostrophes and hyphen variants plain', () => {
    assert.deepEqual(keysOf('Korea\u2019s rock\u2011and\u2010roll isn\u2019t U.S.-made, said U.N. staff'), ['Korea', 's', 'rock-and-roll', "isn't", 'U.S.', 'made', 'said', 'U.N.', 'staff']);
    assert.deepEqual(keysOf('\u{1F600} \u00D1and\u00FA Zh\u014Dnggu\u00F3 e\u0301'), ['\u00D1and\u00FA', 'Zh\u014Dnggu\u00F3', 'e\u0301']);
  });

  it('gives one id to one word, in this text and the next', () => {
    const a = tokenize('Seoul and seoul and Seoul');
    assert.equal(a.id[0], a.id[4]);
    assert.notEqual(a.id[0], a.id[2]);
    const b = tokenize("In Seoul they don\u2019t; they don't");
    assert.equal(b.id[1], a.id[0]);
    assert.equal(b.id[3], b.id[5]);
    assert.equal(b.key(3), "don't");
    assert.equal(b.lower(1), 'seoul');
  });

  it('tells what stands between two words', () => {
    const t = tokenize('North\nKorea. South\n\nKorea, East');
    assert.deepEqual(Array.from(t.joined.subarray(0, t.length)), [1, 1, 0, 0, 0]);
    assert.equal(t.gap[1] & G_LF, G_LF);
    assert.equal(t.gap[2] & G_DOT, G_DOT);
    assert.equal(t.gap[4] & G_OTHER, G_OTHER);
  });

  it('cuts catalogue names as it cuts text', () => {
    const names = ['U.S. Department of State', "People's Republic of China", 'Congo-Kinshasa', 'Jomhuri-ye Esl\u0101mi-ye Ir\u0101n', 'St. Louis', "\u0281\u025Bpublika de an'\u0261\u0254la", 'Korea\u2019s', 'A.B', 'U.S', 'X.Y.Z.', 'rock\u2010n\u2011roll', '  spaced   out ', 'Ba\u0301n \u{1F600}', 'e.g. U.N.', "O'Neil's", 'don\u2019t'];
    for (const name of names) assert.deepEqual(nameKeys(name), keysOf(name), name);
  });
});
