/**
 * Exporters: golden files (UPDATE_GOLDEN=1 rewrites them), round trips through small readers written
 * here (they share no code with the exporters), brat standoff rules and W3C JSON-LD structure.
 * The articles in test/fixtures/export/ are written for these tests; the annotations are made by hand.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  BRAT_ANNOTATION_CONF,
  CSV_COLUMNS,
  EXPORT_FORMATS,
  LABEL_STUDIO_CONFIG,
  TOOL_LABELS,
  exportArticle,
  exportCollection,
  toPredictionSpans,
} from '../../src/engine/export';
import type { ArticleForExport, ExportFormat, ExportedFile } from '../../src/engine/export';
import { partsOf, scoreDocuments } from '../../src/engine/evaluate';
import type { GoldDocument } from '../../src/engine/evaluate';
import type { ActorKind, ActorSpan, Annotation, ClaimSpan, Entity, Part, QuantitySpan } from '../../src/engine/types';

const FIXTURES = join(__dirname, '..', 'fixtures', 'export');
const GOLDEN = join(FIXTURES, 'golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

// ---------------------------------------------------------------------------------------------
// Articles and hand-made annotations

const CATALOGUE: Entity[] = [
  { id: 'mira-solberg', name: 'Mira Solberg', kind: 'person', aliases: ['Solberg'], demonyms: [], role: 'union leader', links: { website: 'https://example.org/people/mira-solberg' } },
  { id: 'dockers-union', name: "Dockers' Union", kind: 'organisation', aliases: [], demonyms: [], description: 'Trade union of port workers, "DU"', links: {} },
  { id: 'marine-authority', name: 'Marine Authority', kind: 'organisation', aliases: ['𝔐𝔞𝔯𝔦𝔫𝔢 Authority'], demonyms: [], links: { wikidata: 'https://example.org/wiki/marine-authority', notes: 'not a link' } },
  { id: 'eik, lars', name: 'Lars Eik', kind: 'person', aliases: [], demonyms: [], role: 'port director', links: {} },
  { id: 'norway', name: 'Norway', kind: 'place', aliases: [], demonyms: ['Norwegian'], links: {} },
  { id: 'sweden', name: 'Sweden', kind: 'place', aliases: [], demonyms: ['Swedish'], links: {} },
  { id: 'ministry', name: 'Ministry of Transport', kind: 'organisation', aliases: ['the ministry'], demonyms: [], links: {} },
];
const lookup = (id: string): Entity | undefined => CATALOGUE.find((e) => e.id === id);

function readFixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

/** The span of `needle`, searched from the first occurrence of `after` (or the start). */
function find(text: string, needle: string, after = ''): Part {
  const from = after ? text.indexOf(after) : 0;
  assert.ok(from >= 0, `fixture lacks "${after}"`);
  const start = text.indexOf(needle, from);
  assert.ok(start >= 0, `fixture lacks "${needle}"`);
  return { start, end: start + needle.length };
}

function actor(text: string, p: Part, kind: ActorKind, extra: Partial<ActorSpan> = {}): ActorSpan {
  return { label: 'actor', start: p.start, end: p.end, text: text.slice(p.start, p.end), origin: 'automatic', kind, via: 'name', ...extra };
}
function quantity(text: string, p: Part, extra: Partial<QuantitySpan> & Pick<QuantitySpan, 'unitKind'>): QuantitySpan {
  return { label: 'quantity', start: p.start, end: p.end, text: text.slice(p.start, p.end), origin: 'automatic', approx: false, ...extra };
}
function claim(text: string, parts: { source: Part[]; cue: Part[]; content: Part[] }, extra: Partial<ClaimSpan> = {}): ClaimSpan {
  const all = [...parts.source, ...parts.cue, ...parts.content];
  const start = Math.min(...all.map((p) => p.start));
  const end = Math.max(...all.map((p) => p.end));
  return { label: 'claim', start, end, text: text.slice(start, end), origin: 'automatic', sourceKind: 'named', ...parts, ...extra };
}

function crlfArticle(): ArticleForExport {
  const text = readFixture('crlf-emoji.txt');
  const L = 'Port director';
  const annotations: Annotation[] = [
    actor(text, find(text, 'Mira Solberg'), 'person', { entity: 'mira-solberg' }),
    actor(text, find(text, "Dockers' Union 🇳🇴"), 'organisation', { entity: 'dockers-union' }),
    actor(text, find(text, 'Tuesday'), 'person', { origin: 'rejected', unknown: true, entity: 'tuesday', via: 'detected' }),
    quantity(text, find(text, 'a 3% raise'), { value: 3, unit: '%', unitKind: 'percent', number: find(text, '3%') }),
    quantity(text, find(text, 'About 1,200 workers'), { value: 1200, unit: 'workers', unitKind: 'count', approx: true, number: find(text, '1,200') }),
    quantity(text, find(text, 'roughly 40%'), { origin: 'manual', value: 40, unit: '%', unitKind: 'percent', approx: true, number: find(text, '40%') }),
    actor(text, find(text, '𝔐𝔞𝔯𝔦𝔫𝔢 Authority'), 'organisation', { entity: 'marine-authority', via: 'alias' }),
    quantity(text, find(text, '-5 °C'), { value: -5, unit: '°C', unitKind: 'measure', number: find(text, '-5') }),
    actor(text, find(text, '@harbourwatch'), 'organisation', { unknown: true, entity: 'harbourwatch', via: 'detected' }),
    claim(text, { source: [find(text, 'Mira Solberg')], cue: [find(text, 'said')], content: [find(text, 'We will not accept a 3% raise')] }, { sourceEntity: 'mira-solberg' }),
    claim(text, { source: [find(text, '@harbourwatch')], cue: [find(text, 'according to')], content: [find(text, '-5 °C did not stop them')] }),
    actor(text, find(text, 'Lars Eik'), 'person', { origin: 'manual', entity: 'eik, lars' }),
    claim(
      text,
      { source: [find(text, 'Port director Lars Eik')], cue: [find(text, 'said', L)], content: [find(text, 'the terminal would stay open\r\nthrough the weekend')] },
      { sourceEntity: 'eik, lars', sourceKind: 'role', origin: 'manual' },
    ),
    claim(
      text,
      {
        source: [find(text, 'the ministry')],
        cue: [find(text, 'said', 'the ministry')],
        // given out of order on purpose: exports sort the parts
        content: [find(text, 'and it will not change'), find(text, 'The offer is final')],
      },
      { sourceEntity: 'ministry' },
    ),
    actor(text, find(text, 'the ministry'), 'organisation', { entity: 'ministry', via: 'alias' }),
    actor(text, find(text, 'Norway and Sweden'), 'place', { entity: 'norway', entities: ['norway', 'sweden'] }),
  ];
  return { name: 'articles/crlf-emoji.txt', text, annotations, entities: lookup };
}

function shortArticle(): ArticleForExport {
  const text = readFixture('short-lf.txt');
  const annotations: Annotation[] = [
    claim(text, { source: [], cue: [find(text, 'was reported')], content: [find(text, '2 ships\tleft the harbour')] }, { sourceKind: 'none' }),
    quantity(text, find(text, '2 ships'), { value: 2, unit: 'ships', unitKind: 'count', number: find(text, '2') }),
  ];
  return { name: 'articles/short-lf.txt', text, annotations, entities: lookup };
}

function emptyArticle(): ArticleForExport {
  return { name: 'articles/empty.txt', text: readFixture('empty.txt'), annotations: [], entities: lookup };
}

const ARTICLES: Array<[string, () => ArticleForExport]> = [
  ['crlf-emoji', crlfArticle],
  ['short-lf', shortArticle],
  ['empty', emptyArticle],
];
const FORMATS = Object.keys(EXPORT_FORMATS) as ExportFormat[];

function fileOf(files: ExportedFile[], suffix: string): string {
  const f = files.find((x) => x.suffix === suffix);
  assert.ok(f, `no ${suffix} file`);
  return f.content;
}

function golden(name: string, actual: string): void {
  const path = join(GOLDEN, name);
  if (UPDATE || !existsSync(path)) {
    assert.ok(UPDATE, `golden file ${name} is missing (run with UPDATE_GOLDEN=1)`);
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(path, actual, 'utf8');
    return;
  }
  assert.strictEqual(actual, readFileSync(path, 'utf8'), `output differs from golden/${name} (UPDATE_GOLDEN=1 rewrites it)`);
}

// ---------------------------------------------------------------------------------------------
// Independent helpers for the readers

const lf = (s: string): string => s.replace(/\r\n?/g, '\n');
const cpLength = (s: string): number => Array.from(s).length;
const cpSlice = (s: string, start: number, end: number): string => Array.from(s).slice(start, end).join('');
const live = (a: Annotation): boolean => a.origin !== 'rejected';
/** Each part of every annotation, with the label a tool export gives it. */
function toolSpans(annotations: Annotation[]): Array<{ label: string; part: Part }> {
  const out: Array<{ label: string; part: Part }> = [];
  for (const a of annotations.filter(live)) {
    if (a.label === 'actor') out.push({ label: a.kind, part: a });
    else if (a.label === 'quantity') out.push({ label: 'quantity', part: a });
    else for (const role of ['source', 'cue', 'content'] as const) for (const p of a[role]) out.push({ label: `claim-${role}`, part: p });
  }
  return out;
}
const key = (label: string, start: number, end: number): string => `${label}@${start}-${end}`;
const sortedKeys = (keys: string[]): string[] => [...keys].sort();

/** RFC 4180 reader: BOM, CRLF row ends, quoted fields with "" escapes. */
function parseCsv(content: string): string[][] {
  assert.ok(content.startsWith('\uFEFF'), 'CSV starts with a byte order mark');
  const s = content.slice(1);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  while (i < s.length) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        cell += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
        assert.ok(i === s.length || s[i] === ',' || s[i] === '\r', 'a closing quote ends the field');
      } else {
        cell += c;
        i++;
      }
    } else if (c === '"') {
      assert.strictEqual(cell, '', 'a quote opens a field only at its start');
      quoted = true;
      i++;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
      i++;
    } else if (c === '\r') {
      assert.strictEqual(s[i + 1], '\n', 'rows end with CRLF');
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 2;
    } else {
      assert.ok(c !== '\n', 'no bare LF outside quotes');
      cell += c;
      i++;
    }
  }
  assert.ok(!quoted && cell === '' && row.length === 0, 'the file ends with a row end');
  return rows;
}
/** Removes the apostrophe the formula guard adds. */
const unguard = (cell: string): string => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

/** Line starts of a text (CRLF, LF and CR end lines). */
function lineStarts(text: string): number[] {
  const starts = [0];
  const re = /\r\n|\n|\r/g;
  for (let m = re.exec(text); m; m = re.exec(text)) starts.push(m.index + m[0].length);
  return starts;
}

// ---------------------------------------------------------------------------------------------

describe('exports', function () {
  describe('golden files', function () {
    for (const [stem, make] of ARTICLES) {
      for (const format of FORMATS) {
        it(`${stem} as ${format}`, function () {
          for (const f of exportArticle(format, make())) {
            golden(f.isSharedName ? `${stem}--${format}--${f.suffix}` : `${stem}--${format}${f.suffix}`, f.content);
          }
        });
      }
    }
    it('the workspace as JSONL and CSV', function () {
      const articles = ARTICLES.map(([, make]) => make());
      golden('workspace.jsonl', exportCollection('jsonl', articles));
      golden('workspace.csv', exportCollection('csv', articles));
    });
  });

  describe('the fixtures', function () {
    it('one article has CRLF line ends, non-BMP characters, quotes and commas; one is empty', function () {
      const text = readFixture('crlf-emoji.txt');
      assert.ok(text.includes('\r\n') && !/[^\r]\n/.test(text), 'CRLF line ends (keep the file out of line-end conversion)');
      assert.ok(/[\u{10000}-\u{10FFFF}]/u.test(text) && text.includes('"') && text.includes(','));
      assert.strictEqual(readFixture('empty.txt'), '');
    });
  });

  describe('round trips', function () {
    it('JSON: every offset selects the annotated text, with origin and catalogue entries', function () {
      for (const [, make] of ARTICLES) {
        const article = make();
        const doc = JSON.parse(fileOf(exportArticle('json', article), '.json'));
        assert.strictEqual(doc.schema, 'news-lens/annotations');
        assert.strictEqual(doc.version, 1);
        assert.strictEqual(doc.document.text, article.text);
        assert.strictEqual(doc.document.offsets, 'utf-16');
        assert.strictEqual(doc.annotations.length, article.annotations.length, 'rejected annotations are kept');
        const seen: string[] = [];
        for (const a of doc.annotations) {
          assert.strictEqual(doc.document.text.slice(a.start, a.end), a.text);
          for (const role of ['source', 'cue', 'content']) for (const p of a[role] ?? []) assert.strictEqual(doc.document.text.slice(p.start, p.end), p.text);
          if (a.number) assert.strictEqual(doc.document.text.slice(a.number.start, a.number.end), a.number.text);
          for (const id of [a.entity, ...(a.entities ?? []), a.sourceEntity]) {
            if (id && lookup(id)) assert.strictEqual(doc.entities[id].name, lookup(id)?.name);
          }
          seen.push(key(`${a.label}/${a.origin}`, a.start, a.end));
        }
        assert.deepStrictEqual(sortedKeys(seen), sortedKeys(article.annotations.map((a) => key(`${a.label}/${a.origin}`, a.start, a.end))));
      }
    });

    it('JSONL: the prediction line selects the annotated text and leaves rejected annotations out', function () {
      const article = crlfArticle();
      const content = fileOf(exportArticle('jsonl', article), '.jsonl');
      assert.ok(content.endsWith('\n') && content.indexOf('\n') === content.length - 1, 'one line');
      const line = JSON.parse(content);
      assert.strictEqual(line.id, article.name);
      assert.strictEqual(line.text, article.text);
      const keys: string[] = [];
      for (const s of line.spans) {
        const original = article.annotations.find((a) => live(a) && a.label === s.label && a.start === s.start && a.end === s.end);
        assert.ok(original, `span ${s.label} ${s.start}-${s.end} is one of the annotations`);
        assert.strictEqual(line.text.slice(s.start, s.end), original.text);
        keys.push(key(s.label, s.start, s.end));
      }
      assert.deepStrictEqual(sortedKeys(keys), sortedKeys(article.annotations.filter(live).map((a) => key(a.label, a.start, a.end))));
      const noText = JSON.parse(fileOf(exportArticle('jsonl', article, { includeText: false }), '.jsonl'));
      assert.deepStrictEqual(Object.keys(noText), ['id', 'spans']);
    });

    it('CSV: line and column of start and end select the annotated text', function () {
      for (const [, make] of ARTICLES) {
        const article = make();
        const rows = parseCsv(fileOf(exportArticle('csv', article), '.csv'));
        const header: string[] = rows[0];
        assert.deepStrictEqual(header.slice(), [...CSV_COLUMNS]);
        const col = (r: string[], name: string): string => r[header.indexOf(name)];
        const starts = lineStarts(article.text);
        const offset = (line: string, column: string): number => starts[Number(line) - 1] + Number(column) - 1;
        assert.strictEqual(rows.length - 1, article.annotations.length, 'one row per annotation, rejected ones too');
        for (const r of rows.slice(1)) {
          assert.strictEqual(r.length, header.length);
          const start = offset(col(r, 'start_line'), col(r, 'start_column'));
          const end = offset(col(r, 'end_line'), col(r, 'end_column'));
          assert.strictEqual(start, Number(col(r, 'start_offset')));
          assert.strictEqual(end, Number(col(r, 'end_offset')));
          assert.strictEqual(article.text.slice(start, end), unguard(col(r, 'text')));
          assert.strictEqual(unguard(col(r, 'file')), article.name);
        }
      }
    });

    it('brat: code point offsets into the .txt select the annotated text, cut at line breaks', function () {
      for (const [, make] of ARTICLES) {
        const article = make();
        const files = exportArticle('brat', article);
        assert.deepStrictEqual(files.map((f) => f.suffix), ['.ann', '.txt', 'annotation.conf']);
        const txt = fileOf(files, '.txt');
        assert.strictEqual(txt, lf(article.text), 'the .txt is the article with LF line ends');
        const found: string[] = [];
        for (const line of fileOf(files, '.ann').split('\n').filter((l) => l.startsWith('T'))) {
          const [, typeAndSpans, ...rest] = line.split('\t');
          const [type, ...spanWords] = typeAndSpans.split(' ');
          const frags = spanWords.join(' ').split(';').map((f) => f.split(' ').map(Number));
          const pieces = frags.map(([s, e]) => cpSlice(txt, s, e));
          assert.strictEqual(rest.join('\t'), pieces.join(' '), line);
          for (const p of pieces) assert.ok(!/[\n\r\u2028]/.test(p), 'no line break inside a fragment');
          found.push(`${type}:${pieces.join('|')}`);
        }
        // every live annotation appears with its text (line breaks cut out)
        const typeOf: Record<string, string> = { person: 'Person', organisation: 'Organisation', place: 'Place', group: 'Group', quantity: 'Quantity' };
        const expected: string[] = [];
        for (const a of article.annotations.filter(live)) {
          const piecesOf = (parts: Part[]): string =>
            [...parts]
              .sort((x, y) => x.start - y.start)
              .map((p) => lf(article.text.slice(p.start, p.end)).split('\n').filter(Boolean).join('|'))
              .join('|');
          if (a.label === 'claim') {
            expected.push(`Claim:${piecesOf(a.cue)}`);
            if (a.source.length) expected.push(`Claim-source:${piecesOf(a.source)}`);
            if (a.content.length) expected.push(`Claim-content:${piecesOf(a.content)}`);
          } else {
            expected.push(`${typeOf[a.label === 'actor' ? a.kind : 'quantity']}:${piecesOf([a])}`);
          }
        }
        assert.deepStrictEqual([...found].sort(), [...expected].sort());
      }
    });

    it('W3C: TextPositionSelector counts code points and TextQuoteSelector quotes the text', function () {
      for (const [, make] of ARTICLES) {
        const article = make();
        const doc = JSON.parse(fileOf(exportArticle('w3c', article), '.jsonld'));
        const items: Array<Record<string, unknown>> = doc.first?.items ?? [];
        let main = 0;
        for (const item of items) {
          const targets = (Array.isArray(item.target) ? item.target : [item.target]) as Array<{ selector: Array<Record<string, unknown>> }>;
          for (const t of targets) {
            const pos = t.selector.find((s) => s.type === 'TextPositionSelector') as { start: number; end: number };
            const quote = t.selector.find((s) => s.type === 'TextQuoteSelector') as { exact: string; prefix?: string; suffix?: string };
            assert.strictEqual(cpSlice(article.text, pos.start, pos.end), quote.exact);
            const before = Array.from(article.text).slice(0, pos.start);
            const after = Array.from(article.text).slice(pos.end);
            assert.strictEqual(quote.prefix ?? '', before.slice(-32).join(''));
            assert.strictEqual(quote.suffix ?? '', after.slice(0, 32).join(''));
          }
          if (/#a\d+$/.test(String(item.id))) main++;
        }
        assert.strictEqual(main, article.annotations.length, 'one main annotation per annotation, rejected included');
        // positions agree with the engine's UTF-16 offsets
        for (const a of article.annotations) {
          const start = cpLength(article.text.slice(0, a.start));
          const end = cpLength(article.text.slice(0, a.end));
          assert.ok(
            items.some((i) => JSON.stringify(i.target).includes(`"start":${start},"end":${end}`)),
            `a target at code points ${start}-${end}`,
          );
        }
      }
    });

    it('doccano: UTF-16 offsets into the LF text, one span per actor, quantity and claim part', function () {
      for (const [, make] of ARTICLES) {
        const article = make();
        const content = fileOf(exportArticle('doccano', article), '.doccano.jsonl');
        assert.strictEqual(content.split('\n').length, 2, 'one line');
        const line = JSON.parse(content) as { text: string; label: Array<[number, number, string]> };
        assert.strictEqual(line.text, lf(article.text));
        for (const [s, e] of line.label) assert.ok(e > s && e <= line.text.length);
        const got = line.label.map(([s, e, l]) => key(l, s, e));
        const want = toolSpans(article.annotations).map(({ label, part }) =>
          key(label, lf(article.text.slice(0, part.start)).length, lf(article.text.slice(0, part.end)).length),
        );
        assert.deepStrictEqual(sortedKeys(got), sortedKeys(want));
        for (const [s, e, l] of line.label) {
          const t = line.text.slice(s, e);
          assert.ok(toolSpans(article.annotations).some(({ label, part }) => label === l && lf(article.text.slice(part.start, part.end)) === t));
        }
      }
    });

    it('Label Studio: code point offsets into the LF text select value.text; claims are tied by relations', function () {
      for (const [, make] of ARTICLES) {
        const article = make();
        const tasks = JSON.parse(fileOf(exportArticle('label-studio', article), '.label-studio.json'));
        assert.ok(Array.isArray(tasks) && tasks.length === 1);
        const [task] = tasks;
        assert.strictEqual(task.data.text, lf(article.text));
        const result = task.predictions[0].result as Array<Record<string, unknown>>;
        const regions = result.filter((r) => r.type === 'labels') as Array<{ id: string; value: { start: number; end: number; text: string; labels: string[] }; origin: string }>;
        const ids = new Set(regions.map((r) => r.id));
        assert.strictEqual(ids.size, regions.length, 'region ids are unique');
        for (const r of regions) assert.strictEqual(cpSlice(task.data.text, r.value.start, r.value.end), r.value.text);
        const got = regions.map((r) => key(r.value.labels[0], r.value.start, r.value.end));
        const want = toolSpans(article.annotations).map(({ label, part }) =>
          key(label, cpLength(lf(article.text.slice(0, part.start))), cpLength(lf(article.text.slice(0, part.end)))),
        );
        assert.deepStrictEqual(sortedKeys(got), sortedKeys(want));
        const relations = result.filter((r) => r.type === 'relation') as Array<{ from_id: string; to_id: string; labels: string[] }>;
        for (const rel of relations) {
          assert.ok(ids.has(rel.from_id) && ids.has(rel.to_id));
          const from = regions.find((r) => r.id === rel.from_id);
          const to = regions.find((r) => r.id === rel.to_id);
          assert.strictEqual(from?.value.labels[0], 'claim-cue');
          assert.strictEqual(to?.value.labels[0], `claim-${rel.labels[0]}`);
        }
        const claims = article.annotations.filter((a): a is ClaimSpan => a.label === 'claim' && live(a));
        assert.strictEqual(relations.length, claims.reduce((n, c) => n + c.cue.length * (c.source.length + c.content.length), 0));
      }
    });
  });

  describe('brat standoff rules', function () {
    it('the .ann parses under brat rules and uses only what annotation.conf declares', function () {
      for (const [, make] of ARTICLES) {
        const files = exportArticle('brat', make());
        const errors = validateBrat(fileOf(files, '.txt'), fileOf(files, '.ann'), fileOf(files, 'annotation.conf'));
        assert.deepStrictEqual(errors, []);
      }
    });

    it('the validator itself catches broken files', function () {
      const conf = BRAT_ANNOTATION_CONF;
      assert.notDeepStrictEqual(validateBrat('ab\ncd', 'T1\tPerson 0 4\tab\ncd\n', conf), [], 'text with a line break');
      // brat's own check (end >= other start and start < other end) refuses a fragment touching an earlier one
      assert.notDeepStrictEqual(validateBrat('abcd', 'T1\tPerson 2 4;0 2\tcd ab\n', conf), [], 'touching fragments');
      assert.notDeepStrictEqual(validateBrat('abcd', 'T1\tAlien 0 2\tab\n', conf), [], 'undeclared type');
      assert.notDeepStrictEqual(validateBrat('abcd', 'T1\tClaim 0 2\tab\nE1\tClaim:T1\nN1\tReference T1 NewsLens:x\tX\n', conf), [], 'normalising a trigger');
      assert.deepStrictEqual(validateBrat('😀 ab', 'T1\tPerson 2 4\tab\n', conf), []);
    });
  });

  describe('W3C Web Annotation', function () {
    it('is JSON-LD with the Web Annotation context and the collection / page / annotation structure', function () {
      for (const [, make] of ARTICLES) {
        const article = make();
        const doc = JSON.parse(fileOf(exportArticle('w3c', article), '.jsonld'));
        assert.strictEqual(doc['@context'], 'http://www.w3.org/ns/anno.jsonld');
        assert.strictEqual(doc.type, 'AnnotationCollection');
        assert.ok(isIri(doc.id));
        const items: Array<Record<string, unknown>> = doc.first?.items ?? [];
        assert.strictEqual(doc.total, items.length);
        if (items.length > 0) assert.strictEqual(doc.first.type, 'AnnotationPage');
        else assert.strictEqual(doc.first, undefined);
        const ids = new Set<string>();
        for (const item of items) {
          assert.strictEqual(item.type, 'Annotation');
          assert.ok(isIri(item.id), `absolute IRI ${String(item.id)}`);
          assert.ok(!ids.has(String(item.id)), 'unique ids');
          ids.add(String(item.id));
          assert.ok(MOTIVATIONS.has(String(item.motivation)));
          const bodies = item.body as Array<Record<string, unknown>>;
          assert.ok(Array.isArray(bodies) && bodies.length > 0);
          for (const b of bodies) {
            assert.ok(b.type === 'TextualBody' || b.type === 'SpecificResource');
            assert.ok(MOTIVATIONS.has(String(b.purpose)));
            if (b.type === 'TextualBody') assert.strictEqual(typeof b.value, 'string');
            else assert.ok(typeof b.source === 'string' ? isIri(b.source) : isIri((b.source as { id: string }).id));
          }
          const targets = (Array.isArray(item.target) ? item.target : [item.target]) as Array<Record<string, unknown>>;
          for (const t of targets) {
            assert.ok(isIri(t.source));
            const types = (t.selector as Array<{ type: string }>).map((s) => s.type);
            assert.deepStrictEqual(types, ['TextPositionSelector', 'TextQuoteSelector']);
          }
        }
        const unknownTerms = termsOf(doc).filter((k) => !ANNO_TERMS.has(k) && !/^(schema|dcterms|rdfs|as|oa|foaf):[A-Za-z]+$/.test(k));
        assert.deepStrictEqual(unknownTerms, [], 'every key is a term of the anno.jsonld context or a compact IRI');
        // category, entity link, origin
        if (article.annotations.some((a) => entityIdsOfTest(a).some((id) => lookup(id)))) {
          const purposes = items.flatMap((i) => (i.body as Array<{ purpose: string }>).map((b) => b.purpose));
          for (const p of ['classifying', 'tagging', 'identifying', 'assessing']) assert.ok(purposes.includes(p), p);
        }
      }
    });
  });

  describe('CSV', function () {
    it('quotes per RFC 4180, ends rows with CRLF and guards cells against formulas', function () {
      const csv = fileOf(exportArticle('csv', crlfArticle()), '.csv');
      assert.ok(csv.startsWith('\uFEFFfile,id,category,'));
      assert.ok(csv.endsWith('\r\n'));
      assert.ok(csv.includes(',"We will not accept a 3% raise,"" said Mira Solberg",'), 'quotes inside a cell are doubled');
      assert.ok(csv.includes(',"eik, lars",Lars Eik,'), 'a comma inside a cell is quoted');
      assert.ok(csv.includes(",'-5 °C,"), 'a text cell starting with - gets an apostrophe');
      assert.ok(csv.includes(",'@harbourwatch,"), 'a text cell starting with @ gets an apostrophe');
      assert.ok(csv.includes(',-5,'), 'numbers are not guarded');
      assert.ok(csv.includes('"the terminal would stay open\r\nthrough the weekend"'), 'a line break inside a cell is quoted');
    });

    it('a workspace CSV has one header and every article\'s rows', function () {
      const articles = ARTICLES.map(([, make]) => make());
      const rows = parseCsv(exportCollection('csv', articles));
      assert.strictEqual(rows.filter((r) => r[0] === 'file').length, 1);
      assert.strictEqual(rows.length - 1, articles.reduce((n, a) => n + a.annotations.length, 0));
    });
  });

  describe('behaviour', function () {
    it('rejected annotations: kept with their origin in JSON, CSV and W3C; left out of brat, doccano, Label Studio and predictions', function () {
      const article = crlfArticle();
      const rejected = article.annotations.find((a) => a.origin === 'rejected');
      assert.ok(rejected);
      const json = JSON.parse(fileOf(exportArticle('json', article), '.json'));
      assert.ok(json.annotations.some((a: { origin: string; text: string }) => a.origin === 'rejected' && a.text === 'Tuesday'));
      assert.ok(fileOf(exportArticle('csv', article), '.csv').includes(',rejected,'));
      assert.ok(fileOf(exportArticle('w3c', article), '.jsonld').includes('"rejected"'));
      assert.ok(!fileOf(exportArticle('brat', article), '.ann').includes('Tuesday'));
      const doccano = JSON.parse(fileOf(exportArticle('doccano', article), '.doccano.jsonl'));
      assert.ok(!doccano.label.some(([s, e]: [number, number]) => doccano.text.slice(s, e) === 'Tuesday'));
      assert.ok(!fileOf(exportArticle('label-studio', article), '.label-studio.json').includes('"text": "Tuesday"'));
      assert.ok(!toPredictionSpans(article.annotations).some((s) => s.start === rejected.start));
    });

    it('manual annotations keep their origin in every format', function () {
      const article = crlfArticle();
      assert.ok(fileOf(exportArticle('json', article), '.json').includes('"origin": "manual"'));
      assert.ok(fileOf(exportArticle('csv', article), '.csv').includes(',manual,'));
      assert.ok(fileOf(exportArticle('brat', article), '.ann').includes(' manual\n'));
      assert.ok(fileOf(exportArticle('w3c', article), '.jsonld').includes('"type": "Person"'));
      assert.ok(fileOf(exportArticle('label-studio', article), '.label-studio.json').includes('"origin": "manual"'));
      assert.ok(toPredictionSpans(article.annotations).some((s) => s.origin === 'manual'));
    });

    it('the output does not depend on the order of the annotations', function () {
      const article = crlfArticle();
      const shuffled = { ...article, annotations: [...article.annotations].reverse() };
      for (const format of FORMATS) {
        assert.deepStrictEqual(exportArticle(format, shuffled), exportArticle(format, article), format);
      }
    });

    it('refuses offsets outside the text', function () {
      const article = shortArticle();
      const bad: Annotation = { ...(article.annotations[1] as QuantitySpan), end: article.text.length + 1 };
      for (const format of FORMATS) assert.throws(() => exportArticle(format, { ...article, annotations: [bad] }), RangeError, format);
    });

    it('an empty document exports valid, empty files', function () {
      const article = emptyArticle();
      assert.deepStrictEqual(JSON.parse(fileOf(exportArticle('json', article), '.json')).annotations, []);
      assert.deepStrictEqual(JSON.parse(fileOf(exportArticle('jsonl', article), '.jsonl')), { id: 'articles/empty.txt', text: '', spans: [] });
      assert.strictEqual(parseCsv(fileOf(exportArticle('csv', article), '.csv')).length, 1);
      assert.strictEqual(fileOf(exportArticle('brat', article), '.ann'), '');
      assert.strictEqual(fileOf(exportArticle('brat', article), '.txt'), '');
      assert.deepStrictEqual(JSON.parse(fileOf(exportArticle('doccano', article), '.doccano.jsonl')), { text: '', label: [] });
      assert.strictEqual(JSON.parse(fileOf(exportArticle('w3c', article), '.jsonld')).total, 0);
    });

    it('EXPORT_FORMATS describes every format exportArticle writes', function () {
      assert.deepStrictEqual(FORMATS, ['json', 'jsonl', 'csv', 'brat', 'w3c', 'doccano', 'label-studio']);
      for (const format of FORMATS) {
        const info = EXPORT_FORMATS[format];
        assert.ok(info.label && info.description && info.extension.startsWith('.'));
        const [main] = exportArticle(format, shortArticle());
        assert.ok(main.suffix.endsWith(info.extension), `${format}: ${main.suffix} ends with ${info.extension}`);
        assert.strictEqual(info.collection, format === 'jsonl' || format === 'csv');
      }
    });

    it('a workspace JSONL holds one compact News Lens JSON document per article', function () {
      const articles = ARTICLES.map(([, make]) => make());
      const lines = exportCollection('jsonl', articles).split('\n');
      assert.strictEqual(lines.pop(), '');
      assert.strictEqual(lines.length, articles.length);
      lines.forEach((l, i) => {
        const doc = JSON.parse(l);
        assert.strictEqual(doc.schema, 'news-lens/annotations');
        assert.strictEqual(doc.document.name, articles[i].name);
        assert.strictEqual(doc.annotations.length, articles[i].annotations.length);
      });
    });

    it('prediction spans score perfectly against the same annotations as gold', function () {
      const article = crlfArticle();
      const spans = toPredictionSpans(article.annotations);
      // gold quantities without `number`, so that the whole span is scored as predicted
      const gold: GoldDocument[] = [
        {
          id: 'x',
          text: article.text,
          spans: spans.map(({ number: _number, ...s }) => ({ ...s, cue: partsOf(s.cue), source: partsOf(s.source), content: partsOf(s.content) })),
        },
      ];
      for (const label of ['actor', 'quantity', 'claim'] as const) {
        const score = scoreDocuments(gold, new Map([['x', spans]]), label);
        assert.strictEqual(score.f1, 1, label);
        assert.strictEqual(score.exact, 1, label);
      }
      const c = spans.find((s) => s.label === 'claim' && Array.isArray(s.content) && s.content.length === 2);
      assert.ok(c, 'a discontinuous claim keeps both content parts');
    });

    it('the Label Studio config and the brat annotation.conf declare every label used', function () {
      const article = crlfArticle();
      const tasks = JSON.parse(fileOf(exportArticle('label-studio', article), '.label-studio.json'));
      for (const r of tasks[0].predictions[0].result) {
        for (const l of r.type === 'labels' ? r.value.labels : []) assert.ok(LABEL_STUDIO_CONFIG.includes(`<Label value="${l}"`), l);
        for (const l of r.type === 'relation' ? r.labels : []) assert.ok(LABEL_STUDIO_CONFIG.includes(`<Relation value="${l}"`), l);
      }
      for (const l of TOOL_LABELS) assert.ok(LABEL_STUDIO_CONFIG.includes(`<Label value="${l}"`), l);
      assert.ok(/<Text name="text" value="\$text"\/>/.test(LABEL_STUDIO_CONFIG));
      const doccano = JSON.parse(fileOf(exportArticle('doccano', article), '.doccano.jsonl'));
      for (const [, , l] of doccano.label) assert.ok(TOOL_LABELS.includes(l), l);
    });

    it('a lone CR and a CRLF both become one LF in brat, doccano and Label Studio', function () {
      const text = 'a\rb\r\nc😀d';
      const article: ArticleForExport = {
        name: 'x',
        text,
        entities: lookup,
        annotations: [actor(text, find(text, 'b'), 'person'), actor(text, find(text, 'd'), 'place')],
      };
      const brat = exportArticle('brat', article);
      assert.strictEqual(fileOf(brat, '.txt'), 'a\nb\nc😀d');
      assert.strictEqual(fileOf(brat, '.ann'), 'T1\tPerson 2 3\tb\nA1\tOrigin T1 automatic\nT2\tPlace 6 7\td\nA2\tOrigin T2 automatic\n');
      assert.deepStrictEqual(JSON.parse(fileOf(exportArticle('doccano', article), '.doccano.jsonl')).label, [
        [2, 3, 'person'],
        [7, 8, 'place'],
      ]);
      const ls = JSON.parse(fileOf(exportArticle('label-studio', article), '.label-studio.json'));
      assert.deepStrictEqual(
        ls[0].predictions[0].result.map((r: { value: { start: number; end: number } }) => [r.value.start, r.value.end]),
        [
          [2, 3],
          [6, 7],
        ],
      );
      const csv = parseCsv(fileOf(exportArticle('csv', article), '.csv'));
      assert.deepStrictEqual(csv.slice(1).map((r) => r.slice(5, 9)), [
        ['2', '1', '2', '2'],
        ['3', '4', '3', '5'], // columns count UTF-16 code units: the emoji takes two
      ]);
    });

    it('non-BMP characters: UTF-16 in JSON and doccano, code points in brat, W3C and Label Studio', function () {
      const text = 'A 𝔐 B';
      const article: ArticleForExport = { name: 'x', text, entities: lookup, annotations: [actor(text, find(text, 'B'), 'person')] };
      assert.strictEqual(JSON.parse(fileOf(exportArticle('json', article), '.json')).annotations[0].start, 5);
      assert.deepStrictEqual(JSON.parse(fileOf(exportArticle('doccano', article), '.doccano.jsonl')).label, [[5, 6, 'person']]);
      assert.ok(fileOf(exportArticle('brat', article), '.ann').startsWith('T1\tPerson 4 5\tB\n'));
      assert.ok(fileOf(exportArticle('w3c', article), '.jsonld').includes('"start": 4,\n'));
      const ls = JSON.parse(fileOf(exportArticle('label-studio', article), '.label-studio.json'));
      assert.deepStrictEqual([ls[0].predictions[0].result[0].value.start, ls[0].predictions[0].result[0].value.end], [4, 5]);
    });
  });
});

// ---------------------------------------------------------------------------------------------
// A brat standoff checker following brat's server (annotation.py): tab-separated fields, ids,
// fragment rules, the text column, triggers only referenced by events, types from annotation.conf.

interface BratConf {
  entities: Set<string>;
  events: Map<string, Map<string, Set<string>>>;
  attributes: Map<string, { args: Set<string>; values?: Set<string> }>;
}

function parseBratConf(conf: string): BratConf {
  const out: BratConf = { entities: new Set(), events: new Map(), attributes: new Map() };
  let section = '';
  for (const raw of conf.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const m = /^\[(\w+)\]$/.exec(line);
    if (m) {
      section = m[1];
      continue;
    }
    const [name, rest = ''] = raw.split('\t');
    const args = rest ? rest.split(',').map((x) => x.trim().split(':')) : [];
    if (section === 'entities') out.entities.add(name);
    else if (section === 'events') out.events.set(name, new Map(args.map(([role, types]) => [role.replace(/[?*+]$/, ''), new Set(types.split('|'))])));
    else if (section === 'attributes') {
      const a = new Map(args.map(([k, v]) => [k, new Set(v.split('|'))]));
      out.attributes.set(name, { args: a.get('Arg') ?? new Set(), values: a.get('Value') });
    } else if (section === 'relations') {
      if (!name.startsWith('<')) throw new Error(`unexpected relation ${name}`);
    }
  }
  return out;
}

function validateBrat(txt: string, ann: string, confText: string): string[] {
  const errors: string[] = [];
  const conf = parseBratConf(confText);
  const chars = Array.from(txt);
  if (ann !== '' && !ann.endsWith('\n')) errors.push('the .ann does not end with a newline');
  const lines = ann.split('\n').slice(0, -1);
  const types = new Map<string, string>(); // id -> type
  const kinds = new Map<string, string>(); // id -> T/E/A/N/#
  const triggers = new Set<string>();
  const refs: Array<{ from: string; to: string }> = [];
  for (const line of lines) {
    if (/[\r\v\f\x1c-\x1e\x85\u2028\u2029]/.test(line)) errors.push(`line break character inside: ${line}`);
    const fields = line.split('\t');
    const id = fields[0];
    const m = /^([TEANR#])\d+$/.exec(id);
    if (!m) {
      errors.push(`bad id ${id}`);
      continue;
    }
    if (kinds.has(id)) errors.push(`duplicate id ${id}`);
    kinds.set(id, m[1]);
    const data = fields[1] ?? '';
    if (m[1] === 'T') {
      const tm = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/.exec(data);
      if (!tm || fields.length < 3) {
        errors.push(`bad text-bound line ${line}`);
        continue;
      }
      const [, type, spanText] = tm;
      if (!conf.entities.has(type) && !conf.events.has(type)) errors.push(`undeclared type ${type}`);
      types.set(id, type);
      const spans = spanText.split(';').map((s) => s.split(' ').map(Number));
      const seen: number[][] = [];
      for (const [s, e] of spans) {
        if (s > e || s < 0 || e > chars.length) errors.push(`${id}: bad offsets ${s} ${e}`);
        for (const [os, oe] of seen) if (e >= os && s < oe) errors.push(`${id}: fragments overlap or touch`);
        seen.push([s, e]);
      }
      const reference = spans.map(([s, e]) => chars.slice(s, e).join('')).join(' ');
      const textColumn = fields.slice(2).join('\t');
      if (textColumn !== reference) errors.push(`${id}: text "${textColumn}" does not match "${reference}"`);
    } else if (m[1] === 'E') {
      const [head, ...args] = data.split(' ');
      const [type, trigger] = head.split(':');
      if (!conf.events.has(type)) errors.push(`undeclared event ${type}`);
      types.set(id, type);
      triggers.add(trigger);
      refs.push({ from: id, to: trigger });
      if (types.get(trigger) !== type) errors.push(`${id}: trigger ${trigger} is not a ${type}`);
      for (const arg of args) {
        const [role, target] = arg.split(':');
        const allowed = conf.events.get(type)?.get(role);
        if (!allowed) errors.push(`${id}: undeclared role ${role}`);
        else if (!allowed.has(types.get(target) ?? '?')) errors.push(`${id}: ${role} cannot be ${types.get(target)}`);
        refs.push({ from: id, to: target });
      }
    } else if (m[1] === 'A') {
      const [name, target, value, ...extra] = data.split(' ');
      const decl = conf.attributes.get(name);
      if (!decl || extra.length > 0) errors.push(`${id}: undeclared attribute ${name}`);
      else {
        if (!decl.args.has(types.get(target) ?? '?')) errors.push(`${id}: ${name} not allowed on ${types.get(target)}`);
        if (decl.values ? !decl.values.has(value) : value !== undefined) errors.push(`${id}: bad value ${value}`);
      }
      refs.push({ from: id, to: target });
    } else if (m[1] === 'N') {
      const nm = /^(\S+) (\S+) (\S+?):(\S+)$/.exec(data);
      if (!nm || fields.length !== 3) errors.push(`bad normalisation ${line}`);
      else refs.push({ from: id, to: nm[2] });
    } else if (m[1] === '#') {
      const parts = data.split(' ');
      if (parts.length !== 2 || fields.length !== 3) errors.push(`bad note ${line}`);
      else refs.push({ from: id, to: parts[1] });
    }
  }
  for (const { from, to } of refs) {
    if (!kinds.has(to)) errors.push(`${from} points at unknown ${to}`);
    if (triggers.has(to) && kinds.get(from) !== 'E') errors.push(`${from} points at trigger ${to}`);
  }
  return errors;
}

// ---------------------------------------------------------------------------------------------
// W3C: the terms of http://www.w3.org/ns/anno.jsonld that these exports may use

const ANNO_TERMS = new Set([
  'id', 'type', 'body', 'target', 'source', 'selector', 'purpose', 'motivation', 'value', 'exact', 'prefix', 'suffix',
  'start', 'end', 'creator', 'generator', 'name', 'label', 'total', 'first', 'items', 'startIndex', 'partOf', 'format', 'language',
]);
const MOTIVATIONS = new Set([
  'assessing', 'bookmarking', 'classifying', 'commenting', 'describing', 'editing', 'highlighting', 'identifying',
  'linking', 'moderating', 'questioning', 'replying', 'tagging',
]);

function entityIdsOfTest(a: Annotation): string[] {
  if (a.label === 'actor') return [a.entity, ...(a.entities ?? [])].filter((x): x is string => !!x);
  if (a.label === 'claim') return a.sourceEntity ? [a.sourceEntity] : [];
  return [];
}

function isIri(value: unknown): boolean {
  return typeof value === 'string' && /^[a-z][a-z0-9+.-]*:\S+$/i.test(value);
}

function termsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(termsOf);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => (k === '@context' ? [] : [k, ...termsOf(v)]));
  }
  return [];
}
