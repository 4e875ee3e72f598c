/**
 * news-lens: the engine over files, for batch work and for measuring.
 *   news-lens annotate FILE... [--catalogue FILE.yaml]... [--format FORMAT] [--out DIR] [--force]
 *   news-lens annotate --jsonl DOCS.jsonl
 *   news-lens evaluate --gold FILE.jsonl [--label actor|quantity|claim]
 */
import { readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { annotate } from '../engine/annotate';
import { parseBuiltInCatalogue } from '../engine/builtin';
import { mergeCatalogues, parseCatalogue } from '../engine/catalogue';
import { formatScore, scoreDocuments } from '../engine/evaluate';
import type { GoldDocument, PredictedSpan } from '../engine/evaluate';
import { exportArticle, exportCollection, EXPORT_FORMATS, toPredictionSpans } from '../engine/export';
import type { ArticleForExport, ExportFormat } from '../engine/export';
import { buildCatalogueIndex } from '../engine/matcher';
import type { CatalogueIndex } from '../engine/matcher';
import type { Category, Entity, QuantitySpan } from '../engine/types';

/** Spans of time are TIMEX, not numbers, in MUC-style gold; ages ("10-year-old") are numbers there. */
function isTimeSpan(q: QuantitySpan): boolean {
  return q.unitKind === 'duration' && !(q.unit ?? '').endsWith(' old');
}
import { CliError, readTextFile, writeFilesAtomically } from './files';

const USAGE = `News Lens: actors, quantities and claims in news text.

Usage:
  news-lens annotate FILE... [--catalogue FILE.yaml]... [--format FORMAT] [--out DIR] [--force]
  news-lens annotate --jsonl DOCS.jsonl [--catalogue FILE.yaml]...
  news-lens evaluate --gold FILE.jsonl [--label actor|quantity|claim] [--catalogue FILE.yaml]...

Formats: ${Object.keys(EXPORT_FORMATS).join(', ')} (default json).
Options:
  --catalogue FILE   a YAML entity catalogue (repeatable); merged over the built-in one
  --no-builtin       leave out the built-in catalogue (countries, capitals, organisations)
  --only LIST        categories to annotate: actor,quantity,claim (default all)
  --out DIR          write one file (brat: three) per article into DIR instead of printing
  --force            overwrite existing files in --out
  --muc              evaluate: score quantities as MUC-style gold (IEER) counts them: spans of time
                     ("a five-year term", "two weeks") are time expressions there, so they are left out
`;

interface Options {
  command: string;
  files: string[];
  catalogues: string[];
  format: ExportFormat;
  out?: string;
  force: boolean;
  jsonl?: string;
  gold: string[];
  label?: Category;
  builtin: boolean;
  only?: Category[];
  muc: boolean;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { command: argv[0] ?? '', files: [], catalogues: [], format: 'json', force: false, gold: [], builtin: true, muc: false };
  const value = (i: number, flag: string): string => {
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new CliError(`${flag} needs a value`);
    return v;
  };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    switch (a) {
      case '--catalogue': o.catalogues.push(value(i++, a)); break;
      case '--format': {
        const f = value(i++, a);
        if (!(f in EXPORT_FORMATS)) throw new CliError(`unknown format "${f}" (use one of ${Object.keys(EXPORT_FORMATS).join(', ')})`);
        o.format = f as ExportFormat;
        break;
      }
      case '--out': o.out = value(i++, a); break;
      case '--force': o.force = true; break;
      case '--jsonl': o.jsonl = value(i++, a); break;
      case '--gold': o.gold.push(value(i++, a)); break;
      case '--no-builtin': o.builtin = false; break;
      case '--muc': o.muc = true; break;
      case '--label': {
        const l = value(i++, a);
        if (l !== 'actor' && l !== 'quantity' && l !== 'claim') throw new CliError(`unknown label "${l}" (use actor, quantity or claim)`);
        o.label = l;
        break;
      }
      case '--only': {
        const list = value(i++, a).split(',').map((s) => s.trim());
        for (const l of list) if (l !== 'actor' && l !== 'quantity' && l !== 'claim') throw new CliError(`unknown category "${l}" in --only`);
        o.only = list as Category[];
        break;
      }
      default:
        if (a.startsWith('--')) throw new CliError(`unknown option ${a}\n\n${USAGE}`);
        o.files.push(a);
    }
  }
  return o;
}

/** The built-in catalogue shipped beside the bundle (dist/cli -> data/). */
function builtInEntities(): Entity[] {
  for (const dir of [join(__dirname, '..', '..', 'data'), join(__dirname, '..', 'data')]) {
    try {
      return parseBuiltInCatalogue(JSON.parse(readFileSync(join(dir, 'builtin-catalogue.json'), 'utf8')));
    } catch {
      // try the next place
    }
  }
  throw new CliError('the built-in catalogue (data/builtin-catalogue.json) is missing: rebuild, or pass --no-builtin');
}

function loadCatalogue(o: Options): { index: CatalogueIndex; entities: Map<string, Entity> } {
  const layers: Entity[][] = [];
  if (o.builtin) layers.push(builtInEntities());
  for (const file of o.catalogues) {
    const parsed = parseCatalogue(readTextFile(file), file);
    const errors = parsed.problems.filter((p) => p.severity === 'error');
    for (const p of parsed.problems.filter((q) => q.severity === 'warning')) process.stderr.write(`news-lens: ${file}:${p.line}:${p.column}: warning: ${p.message}\n`);
    if (!parsed.usable || errors.length > 0) {
      const p = errors[0] ?? parsed.problems[0];
      throw new CliError(p ? `${file}:${p.line}:${p.column}: ${p.message}` : `${file}: not a usable catalogue`);
    }
    layers.push(parsed.entities);
  }
  const merged = mergeCatalogues(layers);
  return { index: buildCatalogueIndex(merged), entities: new Map(merged.map((e) => [e.id, e])) };
}

function categoriesOf(o: Options): { actors: boolean; quantities: boolean; claims: boolean } | undefined {
  if (!o.only) return undefined;
  return { actors: o.only.includes('actor'), quantities: o.only.includes('quantity'), claims: o.only.includes('claim') };
}

interface JsonlDocument { id: string; text: string }

function readJsonl(file: string): JsonlDocument[] {
  return readJsonlObjects(file).map(({ id, text }) => ({ id, text }));
}

function readGold(file: string): GoldDocument[] {
  return readJsonlObjects(file).map((d) => ({ ...d, spans: Array.isArray(d.spans) ? (d.spans as GoldDocument['spans']) : [] }));
}

function readJsonlObjects(file: string): Array<JsonlDocument & Record<string, unknown>> {
  const text = readTextFile(file);
  const docs: Array<JsonlDocument & Record<string, unknown>> = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (e) {
      throw new CliError(`${file}:${i + 1}: not JSON (${(e as Error).message})`);
    }
    const d = parsed as Partial<JsonlDocument>;
    if (typeof d !== 'object' || d === null || typeof d.text !== 'string') throw new CliError(`${file}:${i + 1}: each line needs {"id": ..., "text": "..."}`);
    docs.push({ ...(parsed as Record<string, unknown>), id: String(d.id ?? i + 1), text: d.text });
  });
  return docs;
}

function runAnnotate(o: Options): void {
  const { index, entities } = loadCatalogue(o);
  const categories = categoriesOf(o);
  if (o.jsonl) {
    for (const doc of readJsonl(o.jsonl)) {
      const spans = toPredictionSpans(annotate(doc.text, { catalogue: index, categories }));
      process.stdout.write(JSON.stringify({ id: doc.id, spans }) + '\n');
    }
    return;
  }
  if (o.files.length === 0) throw new CliError(`annotate needs at least one FILE (or --jsonl DOCS.jsonl)\n\n${USAGE}`);
  const articles: ArticleForExport[] = o.files.map((file) => {
    const text = readTextFile(file);
    return { name: file, text, annotations: annotate(text, { catalogue: index, categories }), entities: (id) => entities.get(id) };
  });
  if (o.out) {
    const outDir = resolve(o.out);
    const files: Array<{ path: string; content: string }> = [];
    for (const article of articles) {
      for (const f of exportArticle(o.format, article)) {
        files.push({ path: join(outDir, f.isSharedName ? f.suffix : basename(article.name) + f.suffix), content: f.content });
      }
    }
    const unique = new Map(files.map((f) => [f.path, f]));
    writeFilesAtomically([...unique.values()], o.force);
    for (const f of unique.values()) process.stderr.write(`news-lens: wrote ${f.path}\n`);
    return;
  }
  if (o.format === 'csv') {
    process.stdout.write(exportCollection('csv', articles));
    return;
  }
  if (o.format === 'brat') throw new CliError('brat writes several files an article: give --out DIR');
  for (const article of articles) {
    for (const f of exportArticle(o.format, article)) process.stdout.write(f.content.endsWith('\n') ? f.content : f.content + '\n');
  }
}

function runEvaluate(o: Options): void {
  if (o.gold.length === 0) throw new CliError(`evaluate needs --gold FILE.jsonl\n\n${USAGE}`);
  const { index } = loadCatalogue(o);
  const labels: Category[] = o.label ? [o.label] : ['actor', 'quantity', 'claim'];
  for (const file of o.gold) {
    const gold = readGold(file);
    const started = performance.now();
    let chars = 0;
    const predictions = new Map<string, PredictedSpan[]>();
    for (const doc of gold) {
      chars += doc.text.length;
      const categories = { actors: labels.includes('actor'), quantities: labels.includes('quantity'), claims: labels.includes('claim') };
      let annotations = annotate(doc.text, { catalogue: index, categories });
      if (o.muc) annotations = annotations.filter((a) => !(a.label === 'quantity' && isTimeSpan(a)));
      predictions.set(doc.id, toPredictionSpans(annotations) as PredictedSpan[]);
    }
    const seconds = (performance.now() - started) / 1000;
    for (const label of labels) {
      if (!gold.some((d) => d.spans.some((s) => s.label === label))) continue;
      process.stdout.write(formatScore(basename(file), scoreDocuments(gold, predictions, label)) + '\n');
    }
    process.stderr.write(`news-lens: ${gold.length} documents, ${(chars / 1e6).toFixed(2)} M characters in ${seconds.toFixed(2)} s\n`);
  }
}

export function main(argv: string[]): number {
  try {
    if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
      process.stdout.write(USAGE);
      return argv.length === 0 ? 2 : 0;
    }
    const o = parseArgs(argv);
    if (o.command === 'annotate') runAnnotate(o);
    else if (o.command === 'evaluate') runEvaluate(o);
    else throw new CliError(`unknown command "${o.command}" (use annotate or evaluate)\n\n${USAGE}`);
    return 0;
  } catch (e) {
    if (e instanceof CliError) {
      process.stderr.write(`news-lens: ${e.message}\n`);
      return e.exitCode;
    }
    throw e;
  }
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
