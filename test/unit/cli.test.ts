import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CliError, writeFilesAtomically } from '../../src/cli/files';

const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8' });

describe('news-lens command line', function () {
  this.timeout(30000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'news-lens-cli-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('annotates the sample article with its catalogue', function () {
    const r = cli('annotate', 'samples/harbour-strike.news', '--catalogue', 'samples/newsroom.entities.yaml', '--format', 'jsonl');
    assert.equal(r.status, 0, r.stderr);
    const line = JSON.parse(r.stdout.trim().split('\n')[0]) as { id: string; spans: Array<{ label: string; start: number; end: number; entity?: string }> };
    assert.equal(line.id, 'samples/harbour-strike.news');
    const text = readFileSync('samples/harbour-strike.news', 'utf8');
    const actor = (name: string) => line.spans.find((s) => s.label === 'actor' && text.slice(s.start, s.end) === name);
    assert.equal(actor('Marieke Janssen')?.entity, 'marieke-janssen');
    assert.equal(actor('Belgium')?.entity, 'belgium');
    assert.ok(line.spans.some((s) => s.label === 'quantity'));
    assert.ok(line.spans.some((s) => s.label === 'claim'));
  });

  it('reads {"id","text"} lines and writes {"id","spans"} lines', function () {
    const input = join(dir, 'docs.jsonl');
    writeFileSync(input, '{"id":"a","text":"Officials in Oslo said 40 ships waited."}\n{"id":"b","text":""}\n');
    const r = cli('annotate', '--jsonl', input);
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; spans: unknown[] });
    assert.deepEqual(lines.map((l) => l.id), ['a', 'b']);
    assert.ok(lines[0].spans.length >= 3);
    assert.deepEqual(lines[1].spans, []);
  });

  it('gives a one-line error naming the file and line for bad input', function () {
    const missing = cli('annotate', join(dir, 'nope.news'));
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /^news-lens: cannot read .*nope\.news: no such file\n$/);
    const bad = join(dir, 'bad.entities.yaml');
    writeFileSync(bad, 'entities:\n  - id: a\n    name: "unclosed\n');
    const broken = cli('annotate', 'samples/harbour-strike.news', '--catalogue', bad);
    assert.equal(broken.status, 2);
    assert.match(broken.stderr, /bad\.entities\.yaml:\d+:\d+: YAML syntax/);
    assert.equal(broken.stderr.trim().split('\n').length, 1);
    const binary = join(dir, 'photo.news');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
    const notText = cli('annotate', binary);
    assert.equal(notText.status, 2);
    assert.match(notText.stderr, /photo\.news: not a text file/);
  });

  it('never overwrites with --out unless --force', function () {
    const out = join(dir, 'out');
    assert.equal(cli('annotate', 'samples/harbour-strike.news', '--format', 'brat', '--out', out).status, 0);
    assert.deepEqual(readdirSync(out).sort(), ['annotation.conf', 'harbour-strike.news.ann', 'harbour-strike.news.txt']);
    writeFileSync(join(out, 'harbour-strike.news.ann'), 'mine');
    const again = cli('annotate', 'samples/harbour-strike.news', '--format', 'brat', '--out', out);
    assert.equal(again.status, 1);
    assert.match(again.stderr, /already exist.*--force/);
    assert.equal(readFileSync(join(out, 'harbour-strike.news.ann'), 'utf8'), 'mine');
    assert.equal(cli('annotate', 'samples/harbour-strike.news', '--format', 'brat', '--out', out, '--force').status, 0);
    assert.notEqual(readFileSync(join(out, 'harbour-strike.news.ann'), 'utf8'), 'mine');
  });

  it('leaves the old file whole when a write fails half-way', function () {
    const target = join(dir, 'export.json');
    writeFileSync(target, 'old content');
    // the disk fills up half-way through the temporary file
    const failing = {
      writeFileSync(path: string, content: string) {
        writeFileSync(path, content.slice(0, 3));
        throw new Error('ENOSPC: no space left on device');
      },
      renameSync() {
        throw new Error('rename must not be reached');
      },
    };
    assert.throws(() => writeFilesAtomically([{ path: target, content: 'new content' }], true, failing), (e: unknown) => e instanceof CliError && /cannot write .*no space left/.test(e.message));
    assert.equal(readFileSync(target, 'utf8'), 'old content');
    assert.deepEqual(readdirSync(dir), ['export.json'], 'no temporary file is left behind');
  });
});
