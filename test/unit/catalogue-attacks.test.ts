// Hostile catalogue files: parseCatalogue never throws, answers within 2 s, without using much memory,
// and says what is wrong with a line (and column) inside the file.
import assert from 'node:assert/strict';
import { catalogueYaml, int, pick, prng, syntheticEntities } from '../../bench/synthetic';
import { MAX_CATALOGUE_BYTES, MAX_YAML_LIBRARY_BYTES, parseCatalogue } from '../../src/engine/catalogue';
import type { ParsedCatalogue } from '../../src/engine/catalogue';

const LIMIT_MS = 2000;

/** Parses with a stopwatch and checks what every result must be. */
function attack(text: string, what: string): ParsedCatalogue {
  const heapBefore = process.memoryUsage().heapUsed;
  // processor time, not wall time: the bound is on the work done, whatever else the machine is running
  const cpu = process.cpuUsage();
  let r: ParsedCatalogue | undefined;
  assert.doesNotThrow(() => {
    r = parseCatalogue(text, 'attack.entities.yaml');
  }, what);
  const used = process.cpuUsage(cpu);
  const ms = (used.user + used.system) / 1000;
  const grown = process.memoryUsage().heapUsed - heapBefore;
  assert.ok(r);
  assert.ok(ms < LIMIT_MS, `${what}: ${ms.toFixed(0)} ms`);
  assert.ok(grown < 400 * 1024 * 1024, `${what}: the heap grew by ${(grown / 1048576).toFixed(0)} MB`);
  let lines = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  for (const p of r.problems) {
    assert.ok(p.message.length > 10, `${what}: a clear message, not ${JSON.stringify(p.message)}`);
    assert.ok(Number.isInteger(p.line) && p.line >= 1 && p.line <= lines, `${what}: line ${p.line} of ${lines}`);
    assert.ok(Number.isInteger(p.column) && p.column >= 1, `${what}: column ${p.column}`);
    if (p.endLine !== undefined) assert.ok(p.endLine >= p.line && p.endLine <= lines, `${what}: end line ${p.endLine}`);
  }
  return r;
}

/** The problems are errors, the file is not used, and the first one is on `line` and matches `message`. */
function refused(r: ParsedCatalogue, message: RegExp, line?: number): void {
  assert.equal(r.usable, false);
  assert.deepEqual(r.entities, []);
  assert.ok(r.problems.length >= 1);
  assert.match(r.problems[0].message, message);
  if (line !== undefined) assert.equal(r.problems[0].line, line);
}

function laughs(levels: number, fan: number, use: string): string {
  const names = Array.from({ length: levels }, (_, i) => `l${i}`);
  let s = `l0: &l0 [${Array(fan).fill('"lol"').join(', ')}]\n`;
  for (let i = 1; i < levels; i++) s += `${names[i]}: &${names[i]} [${Array(fan).fill(`*${names[i - 1]}`).join(', ')}]\n`;
  return s + use.replace(/LAST/g, names[levels - 1]);
}

describe('catalogue attacks', function () {
  this.timeout(20000);

  describe('YAML alias bombs ("billion laughs")', () => {
    it('as the entities list', () => {
      const r = attack(laughs(10, 10, 'entities: *LAST\n'), 'bomb as entities');
      refused(r, /must be a list of entries/, 11);
    });
    it('inside entries: names, aliases, links and whole entries', () => {
      const text = laughs(12, 12, 'entities:\n  - id: a\n    name: *LAST\n    kind: person\n    aliases: *LAST\n    links: *LAST\n  - *LAST\n  - id: b\n    name: B\n    kind: person\n');
      const r = attack(text, 'bomb inside entries');
      assert.equal(r.usable, true);
      assert.deepEqual(r.entities.map((e) => e.id), ['b']);
      assert.ok(r.problems.some((p) => /`name` must be text/.test(p.message) && p.line === 15));
      assert.ok(r.problems.some((p) => /must be a mapping/.test(p.message) && p.line === 19));
    });
    it('merge keys of a bomb', () => {
      attack(laughs(10, 10, 'entities:\n  - <<: *LAST\n    id: a\n    name: A\n'), 'merge-key bomb');
    });
  });

  describe('size', () => {
    it('refuses a 50 MB file at once', () => {
      const unit = '  - id: e\n    name: Someone\n    kind: person\n';
      const text = `entities:\n${unit.repeat(Math.ceil((50 * 1024 * 1024) / unit.length))}`;
      assert.ok(text.length > MAX_CATALOGUE_BYTES);
      refused(attack(text, '50 MB'), /too large/, 1);
    });
    it('reads a 5 MB catalogue in the plain layout', function () {
      this.timeout(30000);
      const text = catalogueYaml(syntheticEntities(40000, 5));
      assert.ok(text.length > 4.5 * 1024 * 1024);
      const r = attack(text, '5 MB plain');
      assert.equal(r.entities.length, 40000);
      assert.deepEqual(r.problems, []);
    });
    it('refuses a large file that leaves the plain layout, at the line where it does', () => {
      const good = catalogueYaml(syntheticEntities(3000, 6));
      assert.ok(good.length > MAX_YAML_LIBRARY_BYTES);
      const lines = good.split('\n');
      const at = 10000;
      lines.splice(at, 0, '    description: |', '      a block scalar');
      const r = attack(lines.join('\n'), 'large, not plain');
      refused(r, /plain layout/, at + 1);
    });
    it('refuses a large file full of syntax errors quickly', () => {
      refused(attack(`entities:\n${'  - id: [\n'.repeat(200000)}`, 'many errors'), /plain layout/, 2);
    });
    it('reports a file of errors just under the limit for the yaml library within the time', () => {
      const unit = '  - id: [x\n';
      const text = `entities:\n${unit.repeat(Math.floor((MAX_YAML_LIBRARY_BYTES - 20) / unit.length))}`;
      refused(attack(text, 'errors under the limit'), /YAML syntax/);
    });
    it('a very long line', () => {
      const r = attack(`entities:\n  - id: a\n    name: ${'A'.repeat(5_000_000)}\n    kind: person\n`, 'long line');
      assert.equal(r.entities.length, 1);
    });
  });

  describe('deep nesting (10,000 levels)', () => {
    const cases: Record<string, string> = {
      'flow lists': `entities:\n  - id: a\n    name: A\n    aliases: ${'['.repeat(10000)}${']'.repeat(10000)}\n`,
      'flow maps': `entities: ${'{a: '.repeat(10000)}1${'}'.repeat(10000)}\n`,
      'block lists on one line': `entities:\n${'- '.repeat(10000)}x\n`,
      'an unclosed flow list': `entities:\n  - id: a\n    aliases: ${'['.repeat(10000)}\n`,
      'block maps (300 levels, by indentation)': Array.from({ length: 300 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' 1\n',
      'block maps (10,000 levels, over the size limit)': Array.from({ length: 10000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n') + ' 1\n',
    };
    for (const [name, text] of Object.entries(cases)) {
      it(name, () => {
        const r = attack(text, name);
        assert.equal(r.usable, false, name);
      });
    }
    it('says that values are nested too deeply', () => {
      const r = attack(`entities:\n  - id: a\n    aliases: ${'['.repeat(10000)}${']'.repeat(10000)}\n`, 'deep');
      assert.match(r.problems.map((p) => p.message).join('\n'), /nested too deeply|YAML syntax/);
    });
  });

  describe('wrong types everywhere', () => {
    it('2,000 entries of random values: every problem has a line, nothing throws', () => {
      const rand = prng(77);
      const values = ['~', 'null', 'true', 'False', '12', '-3.5', '0x1F', '.inf', '[]', '{}', '[a, [b]]', '{ a: { b: c } }', '"text"', "'x'", '[1, true, null]', '{ k: [v] }', 'Plain words', '""', '!!binary aGVsbG8=', '!!str 12', '&x 1', '*x', '2024-01-01', '"\\u0000"'];
      const fields = ['id', 'name', 'kind', 'aliases', 'demonyms', 'role', 'description', 'links', 'other'];
      const out = ['entities:'];
      for (let i = 0; i < 2000; i++) {
        const keys = fields.filter(() => rand() < 0.7);
        if (keys.length === 0) {
          out.push(`  - ${pick(rand, values)}`);
          continue;
        }
        keys.forEach((k, j) => {
          const v = rand() < 0.3 && k === 'id' ? `e${i}` : rand() < 0.2 && k === 'kind' ? 'person' : pick(rand, values);
          out.push(`${j === 0 ? '  - ' : '    '}${k}: ${v}`);
        });
      }
      attack(`${out.join('\n')}\n`, 'wrong types');
    });
    it('the top level as every kind of value', () => {
      for (const text of ['42\n', 'true\n', '[1, 2]\n', '{ entities: 3 }\n', 'entities: { a: b }\n', 'entities: [1, [2], { x: y }]\n', '"just text"\n', 'entities:\n  entities:\n    - id: a\n', '- - - a\n']) {
        const r = attack(text, JSON.stringify(text));
        assert.equal(r.entities.length, 0, text);
      }
    });
  });

  describe('binary files', () => {
    const randomBytes = (n: number, seed: number, noNul: boolean): Uint8Array => {
      const rand = prng(seed);
      const b = new Uint8Array(n);
      for (let i = 0; i < n; i++) {
        b[i] = Math.floor(rand() * 256);
        if (noNul && b[i] === 0) b[i] = 1;
      }
      return b;
    };
    it('random bytes with NULs', () => {
      const text = new TextDecoder().decode(randomBytes(1_000_000, 1, false));
      refused(attack(text, 'binary with NULs'), /not a text file/);
    });
    it('random bytes without NULs', () => {
      const text = new TextDecoder().decode(randomBytes(1_000_000, 2, true));
      refused(attack(text, 'binary without NULs'), /not a text file/);
    });
    it('a catalogue with a NUL in the middle, at its line and column', () => {
      refused(attack('entities:\n  - id: a\n    name: A\u0000B\n', 'one NUL'), /NUL/, 3);
    });
    it('random printable text of every size up to the limit', () => {
      const rand = prng(3);
      const chars = [...'abc xyz:-[]{},#"\'\n  &*!|>?%@`ü🙂\u00a0\u2028\ufeff'];
      for (const size of [10, 1000, 100_000, MAX_YAML_LIBRARY_BYTES - 10, 3_000_000]) {
        let s = '';
        while (s.length < size) s += chars[int(rand, 0, chars.length - 1)];
        attack(s, `random text of ${size}`);
      }
    });
    it('lone surrogates and replacement characters', () => {
      attack('entities:\n  - id: a\n    name: "\\ud800 \ud800 \udfff \ufffd"\n    kind: person\n    aliases: [\ud83d, x\udc00]\n', 'surrogates');
    });
  });
});
