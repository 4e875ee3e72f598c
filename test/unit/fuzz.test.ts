// Fuzzing the engine: thousands of hostile texts (random Unicode, RTL, combining marks, emoji, lone
// surrogates, control characters, very long lines, no spaces, only punctuation, every mix of line breaks,
// mutated news sentences) with random catalogues. annotate() never throws and never hangs (each text is
// time-boxed: the texts run in a worker thread that is stopped when one takes too long), and every
// annotation lies inside the text, on character boundaries, with `text` equal to its slice, sorted, with
// claim parts inside the text. Failing cases are reported by number: fuzzText(SEED, i) makes them again.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { fuzzText } from './fuzz-cases';
import type { FuzzMessage } from './fuzz-worker';

const SEED = Number(process.env.NEWS_LENS_SEED) || 1;
const TEXTS = Number(process.env.NEWS_LENS_FUZZ_TEXTS) || 3000;
/** No single text may take longer than this (the largest are about 100 KB). */
const PER_TEXT_MS = 5000;

function runWorker(from: number, to: number): Promise<{ fails: Array<FuzzMessage & { type: 'fail' }>; end?: FuzzMessage & { type: 'end' }; hung?: number }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(`require('tsx/cjs'); require(${JSON.stringify(join(__dirname, 'fuzz-worker.ts'))});`, {
      eval: true,
      workerData: { seed: SEED, from, to, batch: 100 },
    });
    const fails: Array<FuzzMessage & { type: 'fail' }> = [];
    let current = from;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const arm = (): void => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        void worker.terminate();
        resolve({ fails, hung: current });
      }, PER_TEXT_MS);
    };
    arm();
    worker.on('message', (m: FuzzMessage) => {
      if (m.type === 'start') {
        current = m.i;
        arm();
      } else if (m.type === 'fail') {
        fails.push(m);
      } else {
        clearTimeout(timer);
        void worker.terminate();
        resolve({ fails, end: m });
      }
    });
    worker.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}

describe(`fuzz: annotate() on ${TEXTS} hostile texts (seed ${SEED})`, function () {
  this.timeout(60000);

  it('never throws, never hangs, and every span is well-formed', async () => {
    const started = Date.now();
    const r = await runWorker(0, TEXTS);
    if (r.hung !== undefined) {
      const text = fuzzText(SEED, r.hung);
      assert.fail(`text ${r.hung} (fuzzText(${SEED}, ${r.hung}), ${text.length} characters) took more than ${PER_TEXT_MS} ms: ${JSON.stringify(text.slice(0, 200))}`);
    }
    const byRule = new Map<string, string[]>();
    for (const f of r.fails) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), `text ${f.i}: ${f.detail}`]);
    const report = [...byRule].map(([rule, cases]) => `${rule}: ${cases.length} case(s), e.g.\n  ${cases.slice(0, 3).join('\n  ')}`).join('\n');
    assert.equal(r.fails.length, 0, `broken rules (fuzzText(${SEED}, i) makes a case again):\n${report}`);
    assert.ok(r.end);
    assert.equal(r.end.texts, TEXTS);
    assert.ok(r.end.annotations > TEXTS / 2, `only ${r.end.annotations} annotations: the texts should be annotated, not all skipped`);
    // bounded: the whole run, not only each text
    assert.ok(Date.now() - started < 50000, `${Date.now() - started} ms`);
  });
});
