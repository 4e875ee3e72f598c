// Seeded generators of synthetic data for the speed benchmark (bench/perf.ts) and the stress tests
// (test/unit/*): catalogues of any size in the YAML catalogue format, with made-up names built from
// syllables, so nothing here comes from a real data set. Pure TypeScript, no Node built-ins.

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(rand: () => number, xs: readonly T[]): T {
  return xs[Math.floor(rand() * xs.length)];
}

export function int(rand: () => number, lo: number, hi: number): number {
  return lo + Math.floor(rand() * (hi - lo + 1));
}

const ONSETS = ['b', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'br', 'dr', 'kr', 'st', 'tr', 'sh', 'ch'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ou'];
const SYLLABLES: string[] = ONSETS.flatMap((o) => VOWELS.map((v) => o + v)); // 154

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A word of syllables that is unique for each `n` (base-154 digits, at least `min` syllables). */
export function uniqueWord(n: number, min = 2): string {
  let out = '';
  let k = n;
  let count = 0;
  do {
    out += SYLLABLES[k % SYLLABLES.length];
    k = Math.floor(k / SYLLABLES.length);
    count++;
  } while (k > 0 || count < min);
  return capital(out);
}

export function randomWord(rand: () => number, min = 2, max = 3): string {
  let out = '';
  const n = int(rand, min, max);
  for (let i = 0; i < n; i++) out += pick(rand, SYLLABLES);
  return capital(out);
}

export interface SyntheticEntity {
  id: string;
  name: string;
  kind: 'person' | 'organisation' | 'place' | 'group';
  aliases: string[];
  demonyms: string[];
  role?: string;
  description?: string;
  links: Record<string, string>;
}

const ORG_WORDS = ['Institute', 'Party', 'Council', 'Agency', 'Foundation', 'Bank', 'University', 'Front', 'Union', 'Group'];
const ROLES = ['Minister of Finance', 'party leader', 'spokesperson', 'central bank governor', 'mayor', 'researcher', 'union leader', 'chief executive'];

/**
 * `count` synthetic entities with unique ids, names and aliases (no surface claimed twice), mixed
 * kinds, some with roles, descriptions and links.
 */
export function syntheticEntities(count: number, seed = 1): SyntheticEntity[] {
  const rand = prng(seed);
  const out: SyntheticEntity[] = [];
  for (let i = 0; i < count; i++) {
    const family = uniqueWord(i, 3);
    const r = rand();
    let e: SyntheticEntity;
    if (r < 0.6) {
      const given = randomWord(rand, 2, 2);
      e = { id: `p-${i}`, name: `${given} ${family}`, kind: 'person', aliases: [`${given.charAt(0)}. ${family}`], demonyms: [], links: {} };
      if (rand() < 0.5) e.role = pick(rand, ROLES);
    } else if (r < 0.85) {
      const word = pick(rand, ORG_WORDS);
      e = { id: `o-${i}`, name: `${family} ${word}`, kind: 'organisation', aliases: [`${family.slice(0, 3).toUpperCase()}${i}`], demonyms: [], links: {} };
    } else if (r < 0.97) {
      e = { id: `l-${i}`, name: `${family}land`, kind: 'place', aliases: [], demonyms: [`${family}landic`], links: {} };
    } else {
      e = { id: `g-${i}`, name: `${family} people`, kind: 'group', aliases: [], demonyms: [], links: {} };
    }
    if (rand() < 0.3) e.description = `A made-up ${e.kind} for benchmarks: ${randomWord(rand)} and ${randomWord(rand)}.`;
    if (rand() < 0.4) e.links.wikidata = `Q${1000 + i}`;
    if (rand() < 0.1) e.links.web = `https://example.org/${e.id}`;
    out.push(e);
  }
  return out;
}

function quoteIfNeeded(s: string): string {
  return /^[\p{L}\p{N}][\p{L}\p{N} .'-]*$/u.test(s) && !/[ .]$/.test(s) ? s : JSON.stringify(s);
}

/**
 * The entities as a catalogue file in the plain block layout people write, alternating between
 * flow lists and block lists so both layouts are exercised.
 */
export function catalogueYaml(entities: readonly SyntheticEntity[], header = '# synthetic catalogue\n'): string {
  const parts: string[] = [header, 'entities:\n'];
  entities.forEach((e, i) => {
    parts.push(`  - id: ${e.id}\n    name: ${quoteIfNeeded(e.name)}\n    kind: ${e.kind}\n`);
    for (const [key, list] of [['aliases', e.aliases], ['demonyms', e.demonyms]] as const) {
      if (list.length === 0) continue;
      if (i % 2 === 0) parts.push(`    ${key}: [${list.map(quoteIfNeeded).join(', ')}]\n`);
      else parts.push(`    ${key}:\n${list.map((a) => `      - ${quoteIfNeeded(a)}\n`).join('')}`);
    }
    if (e.role) parts.push(`    role: ${quoteIfNeeded(e.role)}\n`);
    if (e.description) parts.push(`    description: ${quoteIfNeeded(e.description)}\n`);
    const links = Object.entries(e.links);
    if (links.length) parts.push(`    links: { ${links.map(([k, v]) => `${k}: ${v.includes(':') ? JSON.stringify(v) : v}`).join(', ')} }\n`);
    if (i % 50 === 0) parts.push('\n');
  });
  return parts.join('');
}
