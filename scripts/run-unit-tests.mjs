// Runs the engine's unit tests (test/unit/**/*.test.ts) with mocha in plain Node, TypeScript loaded by tsx.
// Ends with the line "N passed, M failed".
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function list(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? list(p) : p.endsWith('.test.ts') ? [p] : [];
  });
}
const files = process.argv.length > 2 ? process.argv.slice(2) : list('test/unit').sort();
const r = spawnSync(process.execPath, [
  '--import', 'tsx', 'node_modules/mocha/bin/mocha.js', '--reporter', 'test/unit/summary-reporter.cjs', '--timeout', '20000', ...files,
], { stdio: 'inherit' });
process.exit(r.status ?? 1);
