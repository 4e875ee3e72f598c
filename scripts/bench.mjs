#!/usr/bin/env node
// `npm run bench`: how fast News Lens is on this machine. A script, not a test: it prints figures and
// says which targets are met; it fails only when something cannot be measured.
//
//   node scripts/bench.mjs            everything (about a minute)
//   node scripts/bench.mjs --quick    fewer repetitions
//   node scripts/bench.mjs --yaml     also time the 100,000-entity catalogue through the yaml library alone (~10 s more)
//   node scripts/bench.mjs --json     also print all figures as one JSON line at the end
//
// 1. the engine (bench/perf.ts, bundled with esbuild like the extension and run with node --expose-gc):
//    throughput of annotate() on a 1 MB article made of the texts in ../shared/bench (read at run time, skipped
//    when missing; $NEWS_LENS_BENCH points elsewhere), with the built-in catalogue and with 100,000 entities,
//    against compromise; catalogue load time; edit latency; peak memory.
// 2. the bundles: sizes of dist/node/extension.js and dist/web/extension.js as a production build makes them
//    (built here in memory with the same esbuild options as scripts/build.mjs --production; dist/ is not touched).
// 3. activation: require() of the production Node bundle and its activate() against a stand-in `vscode` module
//    (bench/activate.cjs), i.e. the extension's own start-up cost, without VS Code's.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const argv = process.argv.slice(2);
const json = argv.includes('--json');
const tmp = mkdtempSync(join(tmpdir(), 'news-lens-bench-'));
const MARK = '[news-lens:bench-json]';
const all = {};

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
  const out = r.stdout ?? '';
  const lines = out.replace(/\n$/, '').split('\n');
  for (const l of lines) {
    if (l.startsWith(MARK)) Object.assign(all, JSON.parse(l.slice(MARK.length)));
    else console.log(l);
  }
  if (r.stderr) process.stderr.write(r.stderr);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status}`);
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

async function main() {
  console.log(`News Lens speed benchmark (${new Date().toISOString()}), node scripts/bench.mjs ${argv.join(' ')}`.trim());
  // 1. engine
  const perf = join(tmp, 'perf.cjs');
  await esbuild.build({
    entryPoints: ['bench/perf.ts'], outfile: perf, bundle: true, platform: 'node', target: 'node20', format: 'cjs',
    logLevel: 'warning', define: { 'process.env.NODE_ENV': '"production"' },
  });
  run(process.execPath, ['--expose-gc', perf, ...argv.filter((a) => a !== '--json')], { NEWS_LENS_ROOT: root, NEWS_LENS_BENCH_JSON: MARK });

  // 2. bundles, as `node scripts/build.mjs --production` makes them
  const common = {
    bundle: true, format: 'cjs', external: ['vscode'], sourcemap: false, minify: true, keepNames: false, legalComments: 'none',
    write: false, logLevel: 'warning', loader: { '.yaml': 'text', '.yml': 'text', '.txt': 'text' },
    define: { 'process.env.NODE_ENV': '"production"' },
  };
  const webEntry = existsSync('src/extension/extension.web.ts') ? 'src/extension/extension.web.ts' : 'src/extension/extension.ts';
  const node = await esbuild.build({ ...common, platform: 'node', target: 'node20', entryPoints: ['src/extension/extension.ts'], outfile: join(tmp, 'node/extension.js') });
  const web = await esbuild.build({
    ...common, platform: 'browser', target: 'es2022', mainFields: ['browser', 'module', 'main'], conditions: ['browser', 'worker'],
    define: { ...common.define, global: 'globalThis' }, entryPoints: [webEntry], outfile: join(tmp, 'web/extension.js'),
  });
  const nodeCode = node.outputFiles[0].contents;
  const webCode = web.outputFiles[0].contents;
  console.log('\nBundles (production build: minified, no source maps; data/ not counted)');
  console.log(`  ${'dist/node/extension.js'.padEnd(46)} ${kb(nodeCode.length)} (gzip ${kb(gzipSync(nodeCode).length)})`);
  console.log(`  ${'dist/web/extension.js'.padEnd(46)} ${kb(webCode.length)} (gzip ${kb(gzipSync(webCode).length)})  target < 500 KB: ${webCode.length < 500 * 1024 ? 'met' : 'NOT MET'}`);
  all.bundles = { nodeBytes: nodeCode.length, nodeGzip: gzipSync(nodeCode).length, webBytes: webCode.length, webGzip: gzipSync(webCode).length };

  // 3. activation of the production Node bundle against a stand-in vscode module
  const bundle = join(tmp, 'extension.js');
  writeFileSync(bundle, nodeCode);
  console.log('\nActivation (production Node bundle in a fresh node process, `vscode` replaced by a stand-in; VS Code\'s own cost not included)');
  run(process.execPath, ['bench/activate.cjs', bundle], { NEWS_LENS_BENCH_JSON: MARK, NEWS_LENS_ROOT: root });

  if (json) console.log(JSON.stringify(all));
}

main()
  .catch((e) => {
    console.error(`bench: ${e.message ?? e}`);
    process.exitCode = 1;
  })
  .finally(() => rmSync(tmp, { recursive: true, force: true }));
