// Reads the outside benchmark files (../shared/bench by default, or $NEWS_LENS_BENCH). Measuring only:
// nothing in the build or the test command reads these.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { GoldDocument } from '../src/engine/evaluate';

export const benchDir = resolve(process.env.NEWS_LENS_BENCH ?? join(__dirname, '..', '..', 'shared', 'bench'));

export function readGold(name: string): GoldDocument[] {
  const file = name.includes('/') ? name : join(benchDir, name);
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldDocument);
}
