// The fast catalogue reader (src/engine/catalogueFast.ts) against the `yaml` library: on every input,
// parseCatalogue gives exactly the same entities and problems (with lines and columns) whichever way it
// reads the file. Generated catalogues, hand-written ones, and thousands of random mutations of both.
import assert from 'node:assert/strict';
import { LineCounter } from 'yaml';
import { catalogueYaml, int, pick, prng, syntheticEntities } from '../../bench/synthetic';
import { parseCatalogue } from '../../src/engine/catalogue';
import { readCatalogueFast } from '../../src/engine/catalogueFast';

const fastReads = (text: string): boolean => readCatalogueFast(text, new LineCounter(), () => undefined).ok;

function same(text: string, what: string): void {
  const slow = parseCatalogue(text, 'cat.yaml', { fast: false });
  const fast = parseCatalogue(text, 'cat.yaml');
  assert.deepStrictEqual(fast, slow, `${what}\n--- input ---\n${text.length > 3000 ? `${text.slice(0, 3000)}...` : text}`);
}

const HAND_WRITTEN: Record<string, string> = {
  'the documented layout': `# People in the news
entities:
  - id: josep-borrell          # EU foreign policy chief
    name: Josep Borrell
    kind: person
    aliases: [Borrell, "Mr Borrell", 'High Representative']
    role: EU foreign policy chief, 2019-2024
    description: "Spanish politician; \\"HR/VP\\" of the EU \\u00e9\\t."
    links: { wikidata: Q57374, web: "https://example.org/borrell" }

  - id: kim-jong-un
    name: Kim Jong Un
    kind: person
    aliases:
      - Kim
      - "Chairman Kim"
    links:
      wikidata: Q56226
      wikipedia: Kim Jong Un
`,
  'a top-level list': '- id: a\n  name: Alpha\n  kind: org\n- id: b\n  name: Beta\n  kind: place\n',
  'entries at the key\'s indent': 'entities:\n- id: a\n  name: Alpha\n  kind: group\n  aliases:\n  - A1\n  - A2\n  demonyms: [Alphan]\n',
  'CRLF line ends': 'entities:\r\n  - id: a\r\n    name: "Alpha"\r\n    kind: person\r\n    aliases: [x, y]\r\n\r\n  - id: b\r\n    name: Beta # c\r\n    kind: place\r\n',
  'no line end at the end': 'entities:\n  - id: a\n    name: Alpha\n    kind: person\n    role: Boss',
  'wrong types everywhere': `entities:
  - id: 12
    name: 3.50
    kind: person
    aliases: [true, null, 1e3, 0x1F, 0o17, .inf, -.5, "ok"]
    demonyms: yes
    role: [a, b]
    description: { a: b }
    links: [not, a, map]
  - id: b
    name: true
    kind: 7
  - id: c
    name: C
    kind: person
    aliases: 12
    demonyms: { a: b }
    links: { a: ~, b: null, c: false }
  - id: d
    name: D
    kind: person
    links: oops
  - id: e
    name: ~
    kind: person
  - id: f
    name: ''
  - id: bad id
    name: Bad
    kind: person
  - id: g
    name: G
    kind: planet
  - id: h
    name: H
`,
  'duplicates and shared names': `entities:
  - id: a
    name: Alpha Corp
    kind: organisation
    aliases: [AC, Alpha]
  - id: a
    name: Again
    kind: person
  - id: b
    name: Beta Club
    kind: org
    aliases: [AC, BC, Alpha Corp]
    demonyms: [Alpha]
  - id: c
    name: Alpha Corp
    kind: org
`,
  'nulls and empty values': `entities:
  - id: a
    name: A
    kind: person
    role:
    description:   
    aliases: []
    demonyms: [ ]
    links: {}
  - id: b
    name: B
    kind: person
    links:
      wikidata:
      web: https://x.org/b
    aliases:
`,
  'unknown fields and odd keys': `entities:
  - id: a
    name: A
    kind: person
    nickname: Ace
    Name: shadow
    x_y-z: 1
`,
  'comments everywhere': `# head

# more
entities:   
  # before the first
  - id: a   # c
    # inside
    name: A # c
    kind: person # c

    aliases: [A1] # c
# column 0
  - id: b
    name: "B # not a comment"
    kind: person
    description: C#, F# and a#b are not comments
`,
  'comments after a nested list or map (the yaml library stretches ranges)': `entities:
  - id: a
    name: A
    aliases:
      - A1
      # trailing
  - id: b
    links:
      web: https://x.org
      # trailing
  - id: c
    name: C
`,
  'quoting': `entities:
  - id: a
    name: 'It''s A'
    kind: "person"
    aliases: ["x, y", 'a: b', "[z]", "{w}", "#h", "\\x41\\u0042\\U00000043", "tab\\there", '', ""]
    role: "\\"quoted\\""
  - id: b
    name: "Nöel Ünal 北京 🙂"
    kind: person
    aliases: [Ñandú, Ωmega, "🙂 Smile"]
`,
  'plain scalars with punctuation': `entities:
  - id: a.b:c+d_e-f
    name: U.S. Department of State
    kind: organisation
    aliases: [State Dept., "U.S. State Department", Foggy Bottom]
    role: Runs foreign policy - since 1789
    description: It has [brackets] and {braces}, commas, and 50% of "quotes"
    links: { web: https://state.gov/a?b=c&d=e, wikidata: Q789915 }
`,
  'syntax errors': 'entities:\n  - id: a\n    name: [unclosed\n    kind: person\n',
  'duplicate keys': 'entities:\n  - id: a\n    name: A\n    name: B\n    kind: person\n',
  'anchors and aliases': 'entities:\n  - &e\n    id: a\n    name: A\n    kind: person\n  - *e\n',
  'block scalars': 'entities:\n  - id: a\n    name: A\n    kind: person\n    description: |\n      Line one\n      Line two\n',
  'multi-line plain scalar': 'entities:\n  - id: a\n    name: A\n    kind: person\n    description: one\n      two\n',
  'tabs': 'entities:\n  - id: a\n    name:\tA\n    kind: person\n',
  'an empty file': '',
  'only comments': '# nothing yet\n',
  'entities: null': 'entities:\n',
  'entities: a scalar': 'entities: none\n',
  'no entities key': 'people:\n  - id: a\n',
  'a list of scalars': 'entities:\n  - a\n  - b\n',
  'a document marker': '---\nentities:\n  - id: a\n    name: A\n    kind: person\n',
  'empty items': 'entities:\n  -\n  - id: a\n    name: A\n    kind: person\n  - \n',
  'an entry on the next line': 'entities:\n  -\n    id: a\n    name: A\n    kind: person\n',
  'flow entries': 'entities:\n  - { id: a, name: A, kind: person }\n  - [x]\n',
  'a BOM': '\ufeffentities:\n  - id: a\n    name: A\n    kind: person\n',
};

describe('catalogueFast: the fast reader gives what the yaml library gives', () => {
  it('reads generated catalogues itself, with identical results', () => {
    for (const [count, seed] of [[1, 1], [7, 2], [60, 3], [400, 4], [2500, 5]] as const) {
      const text = catalogueYaml(syntheticEntities(count, seed));
      assert.ok(fastReads(text), `the fast reader gave up on a generated catalogue of ${count}`);
      same(text, `generated, ${count} entities`);
    }
  });

  it('reads the documented layout itself', () => {
    for (const name of ['the documented layout', 'a top-level list', "entries at the key's indent", 'CRLF line ends', 'wrong types everywhere', 'duplicates and shared names', 'quoting', 'plain scalars with punctuation']) {
      assert.ok(fastReads(HAND_WRITTEN[name]), `the fast reader gave up on "${name}"`);
    }
  });

  for (const [name, text] of Object.entries(HAND_WRITTEN)) {
    it(`same result: ${name}`, () => same(text, name));
  }

  // NEWS_LENS_MUTATIONS=50000 NEWS_LENS_SEED=7 for a longer, different run
  const mutations = Number(process.env.NEWS_LENS_MUTATIONS) || 3000;
  it(`same result on ${mutations} random mutations of catalogues`, function () {
    this.timeout(mutations * 10);
    const rand = prng(Number(process.env.NEWS_LENS_SEED) || 20240607);
    // mutations of what the fast reader reads, so that many of them are still read by it
    const bases = [...Object.values(HAND_WRITTEN), catalogueYaml(syntheticEntities(12, 9)), catalogueYaml(syntheticEntities(5, 10))].filter(fastReads);
    const pieces = [' ', '  ', '\n', '\r\n', '#', ' #', ':', ': ', '-', '- ', '[', ']', '{', '}', ',', '"', "'", '\\', '\\"', '?', '&a', '*a', '!', '|', '>', '%', '@', '`', '~', 'null', 'true', '12', '0x1', '.5', '\t', 'é', '🙂', '\u0085', '\u2028', 'id', 'name: X', 'kind: person', '    ', 'links:', 'aliases:', '---', '...'];
    const benign = ['a', 'Z', ' ', '  ', '1', '.', ',', ', ', 'é', '-', 'x y', '\n', 'Q1', '(', ')', '/', '%'];
    let fastCount = 0;
    for (let k = 0; k < mutations; k++) {
      let text = pick(rand, bases);
      const n = int(rand, 1, 4);
      for (let m = 0; m < n; m++) {
        const at = int(rand, 0, text.length);
        const r = rand();
        if (r < 0.25) text = text.slice(0, at) + pick(rand, benign) + text.slice(at);
        else if (r < 0.45) text = text.slice(0, at) + pick(rand, pieces) + text.slice(at);
        else if (r < 0.7) text = text.slice(0, at) + text.slice(at + int(rand, 1, 3));
        else if (r < 0.85) {
          // duplicate or drop a line
          const ls = text.lastIndexOf('\n', at - 1) + 1;
          const le = text.indexOf('\n', at);
          const lineText = text.slice(ls, le < 0 ? text.length : le + 1);
          text = r < 0.78 ? text.slice(0, ls) + lineText + text.slice(ls) : text.slice(0, ls) + text.slice(ls + lineText.length);
        } else {
          // indent or outdent a line
          const ls = text.lastIndexOf('\n', at - 1) + 1;
          text = r < 0.93 ? `${text.slice(0, ls)}  ${text.slice(ls)}` : text.slice(0, ls) + text.slice(ls).replace(/^ {1,2}/, '');
        }
      }
      if (fastReads(text)) fastCount++;
      same(text, `mutation ${k}`);
    }
    // the mutations must exercise the fast reader, not only its giving up
    assert.ok(fastCount > mutations / 8, `the fast reader read only ${fastCount} of ${mutations} mutations itself`);
  });
});
