#!/usr/bin/env node
// Builds every bundle with esbuild (no tsc emit; `npm run typecheck` checks types separately).
//
//   node scripts/build.mjs                 development build: sourcemaps, not minified, test bundles too
//   node scripts/build.mjs --production    (or NODE_ENV=production) minified, no sourcemaps, shipped bundles only
//   node scripts/build.mjs --with-tests    with --production: build the test bundles as well
//   node scripts/build.mjs --data          also regenerate the built-in data (data/*.json) even if up to date
//   node scripts/build.mjs node web        only the named targets (node, web, cli, test-web, test-node)
//
// Outputs:
//   dist/node/extension.js   the `main` entry: Node extension host (desktop VS Code, code-server, test-electron)
//   dist/web/extension.js    the `browser` entry: web worker extension host (vscode.dev, test-web). Must not pull in
//                            anything from Node: the build fails when a Node built-in is imported.
//   dist/cli/news-lens.js    the `bin` (skipped with a warning while src/cli/main.ts does not exist)
//   dist/test/web/index.js   integration suite for the web host (mocha's browser build, all test files inlined)
//   dist/test/node/index.js  integration suite for the Node host (real mocha from node_modules)
//   data/*.json              built-in data, generated when missing or stale (hook: DATA / prepareData() below)
import * as esbuild from 'esbuild';
import { builtinModules } from 'node:module';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

const argv = process.argv.slice(2);
const flags = new Set(argv.filter((a) => a.startsWith('--')));
const production = flags.has('--production') || process.env.NODE_ENV === 'production';
const withTests = !production || flags.has('--with-tests');
const allTargets = ['node', 'web', 'cli', 'test-web', 'test-node'];
const wanted = argv.filter((a) => !a.startsWith('--'));
for (const t of wanted) {
  if (!allTargets.includes(t)) fail(`unknown target "${t}" (known: ${allTargets.join(', ')})`);
}
const unknownFlags = [...flags].filter((f) => !['--production', '--with-tests', '--data'].includes(f));
if (unknownFlags.length) fail(`unknown option ${unknownFlags.join(' ')}`);

function fail(message) {
  console.error(`build: ${message}`);
  process.exit(1);
}
const rel = (p) => relative(root, p).split(sep).join('/');

// ---------------------------------------------------------------------------------------------------------------
// Plugins

const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const builtinFilter = new RegExp(`^(node:.*|${builtinModules.map((m) => m.replace(/[/]/g, '\\/')).join('|')})(\\/.*)?$`);

/**
 * For browser bundles: a Node built-in import is an error, with the chain of importers in the message.
 * A package whose "browser" field maps the built-in away (`"fs": false` or to a shim) is respected: only imports
 * that esbuild itself could not resolve for the browser are reported.
 */
function noNodeBuiltins() {
  return {
    name: 'no-node-builtins',
    setup(build) {
      build.onResolve({ filter: builtinFilter }, async (args) => {
        if (args.pluginData?.noNodeBuiltinsRetry) return undefined;
        const base = args.path.replace(/^node:/, '').split('/')[0];
        if (!NODE_BUILTINS.has(base) && !NODE_BUILTINS.has(args.path)) return undefined;
        const r = await build.resolve(args.path, {
          kind: args.kind, importer: args.importer, resolveDir: args.resolveDir,
          pluginData: { noNodeBuiltinsRetry: true },
        });
        if (r.errors.length === 0 && !r.external) return r; // mapped by a "browser" field: fine
        return {
          errors: [{
            text: `Node built-in "${args.path}" imported by ${rel(args.importer) || args.importer}: ` +
              'the web extension host runs in a web worker, where only "vscode" can be required. ' +
              'Move the Node-only code behind the Node entry, or use vscode.workspace.fs / a browser-safe package.',
          }],
        };
      });
    },
  };
}

/** All test/integration/**\/*.test.ts as one module (`news-lens:integration-tests`): the web host cannot glob. */
function integrationTests() {
  const dir = join(root, 'test/integration');
  const list = (d) => readdirSync(d).flatMap((name) => {
    const p = join(d, name);
    return statSync(p).isDirectory() ? list(p) : name.endsWith('.test.ts') ? [p] : [];
  });
  return {
    name: 'integration-tests',
    setup(build) {
      build.onResolve({ filter: /^news-lens:integration-tests$/ }, (args) => ({ path: args.path, namespace: 'nl-tests' }));
      build.onLoad({ filter: /.*/, namespace: 'nl-tests' }, () => {
        const files = existsSync(dir) ? list(dir).sort() : [];
        const lines = [
          '// generated by scripts/build.mjs: every test/integration/**/*.test.ts, loaded when loadTests() is called',
          `export const files = ${JSON.stringify(files.map(rel))};`,
          'export function loadTests() {',
          ...files.map((f) => `  require(${JSON.stringify(f)});`),
          '}',
        ];
        return { contents: lines.join('\n'), loader: 'js', resolveDir: dir, watchFiles: files, watchDirs: [dir] };
      });
    },
  };
}

/**
 * mocha's browser build (mocha/mocha.js) is a UMD file inside a "type": "module" package, so esbuild treats it as ESM
 * and its `module.exports = factory()` would overwrite the bundle's own exports (the run() the test host calls).
 * Evaluated with module/exports/define hidden, it takes its browser branch and sets globalThis.mocha / Mocha.
 */
function mochaBrowserBuild() {
  return {
    name: 'mocha-browser-build',
    setup(build) {
      build.onLoad({ filter: /[\\/]node_modules[\\/]mocha[\\/]mocha\.js$/ }, (args) => ({
        contents: `(function (module, exports, define) {\n${readFileSync(args.path, 'utf8')}\n}).call(globalThis);`,
        loader: 'js',
      }));
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Targets

const common = {
  bundle: true,
  format: 'cjs',
  external: ['vscode'],
  sourcemap: production ? false : 'linked',
  sourcesContent: false,
  minify: production,
  keepNames: !production,
  legalComments: production ? 'none' : 'inline',
  metafile: true,
  logLevel: 'warning',
  // Data files can be imported as strings into both bundles (the web host cannot read them with fs):
  //   import text from '../../data/builtin.entities.yaml';   (needs a `declare module '*.yaml'` for tsc)
  loader: { '.yaml': 'text', '.yml': 'text', '.txt': 'text' },
  define: { 'process.env.NODE_ENV': JSON.stringify(production ? 'production' : 'development') },
};
const nodeOptions = { ...common, platform: 'node', target: 'node20' };
const webOptions = {
  ...common,
  platform: 'browser',
  target: 'es2022',
  mainFields: ['browser', 'module', 'main'],
  conditions: ['browser', 'worker'],
  define: { ...common.define, global: 'globalThis' },
  // hook: alias Node-flavoured packages to browser-safe ones here, e.g. { path: 'path-browserify' }
  alias: {},
  plugins: [noNodeBuiltins()],
};
const webExtensionEntry = existsSync('src/extension/extension.web.ts') ? 'src/extension/extension.web.ts' : 'src/extension/extension.ts';

const targets = {
  node: { ...nodeOptions, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/node/extension.js' },
  web: { ...webOptions, entryPoints: [webExtensionEntry], outfile: 'dist/web/extension.js' },
  cli: existsSync('src/cli/main.ts')
    ? { ...nodeOptions, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli/news-lens.js', banner: { js: '#!/usr/bin/env node' } }
    : { skip: 'src/cli/main.ts does not exist yet' },
  'test-web': withTests
    ? {
      ...webOptions, entryPoints: ['test/integration/runner-web.ts'], outfile: 'dist/test/web/index.js',
      define: { ...webOptions.define, NEWS_LENS_TEST_HOST: '"web"' },
      plugins: [...webOptions.plugins, mochaBrowserBuild(), integrationTests()],
      minify: false, keepNames: true,
    }
    : { skip: 'test bundles are not built with --production (add --with-tests)', quiet: true },
  'test-node': withTests
    ? {
      ...nodeOptions, entryPoints: ['test/integration/runner-node.ts'], outfile: 'dist/test/node/index.js',
      external: ['vscode', 'mocha'], // real mocha from node_modules: reporters and the rest load by require()
      define: { ...nodeOptions.define, NEWS_LENS_TEST_HOST: '"node"' },
      plugins: [integrationTests()],
      minify: false, keepNames: true,
    }
    : { skip: 'test bundles are not built with --production (add --with-tests)', quiet: true },
};

/**
 * Hook for the built-in data: generators of files that the bundles read at run time (the extension through
 * vscode.workspace.fs on its extensionUri, the CLI beside dist/cli). Each runs when its output is missing, older than
 * the generator, or with --data. Outputs stay in data/ (committed, listed in .vscodeignore); add entries here.
 * For data both hosts need synchronously, importing it into the bundle works too (see `loader` above).
 */
const DATA = [
  { output: 'data/builtin-catalogue.json', generator: 'scripts/gen-builtin-catalogue.mjs' },
];
function prepareData() {
  const done = [];
  for (const { output, generator } of DATA) {
    if (!existsSync(generator)) { console.warn(`build: warning: no ${generator}: ${output} not generated`); continue; }
    const stale = !existsSync(output) || statSync(output).mtimeMs < statSync(generator).mtimeMs;
    if (stale || flags.has('--data')) {
      const r = spawnSync(process.execPath, [generator], { stdio: ['ignore', 'ignore', 'inherit'] });
      if (r.status !== 0) fail(`${generator} failed (exit ${r.status})`);
    }
    done.push(output);
  }
  return done;
}

// ---------------------------------------------------------------------------------------------------------------

function fmtSize(n) {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(2)} MB` : `${(n / 1024).toFixed(1)} kB`;
}

async function main() {
  const started = Date.now();
  const data = prepareData(); // first: bundles may import data
  const names = wanted.length ? wanted : allTargets;
  if (!wanted.length || wanted.some((t) => t.startsWith('test-'))) {
    if (!withTests) rmSync('dist/test', { recursive: true, force: true }); // no stale test bundles next to a release build
  }
  const results = await Promise.all(names.map(async (name) => {
    const { skip, quiet, ...options } = targets[name];
    if (skip) return { name, skip, quiet };
    rmSync(options.outfile, { force: true });
    rmSync(`${options.outfile}.map`, { force: true });
    try {
      const r = await esbuild.build(options);
      return { name, options, result: r };
    } catch (e) {
      return { name, error: e };
    }
  }));
  let failed = false;
  const rows = [];
  for (const r of results) {
    if (r.skip) { if (!r.quiet) console.warn(`build: warning: skipped ${r.name}: ${r.skip}`); continue; }
    if (r.error) { failed = true; console.error(`build: ${r.name} FAILED (${r.error.errors?.length ?? 1} error(s), see above)`); continue; }
    const out = r.options.outfile;
    if (r.options.banner?.js?.startsWith('#!')) chmodSync(out, 0o755);
    const bytes = statSync(out).size;
    const gz = gzipSync(readFileSync(out)).length;
    const inputs = Object.keys(r.result.metafile.inputs).length;
    rows.push([out, fmtSize(bytes), fmtSize(gz), String(inputs)]);
  }
  for (const d of data) rows.push([d, fmtSize(statSync(d).size), fmtSize(gzipSync(readFileSync(d)).length), 'data']);
  if (rows.length) {
    const head = ['bundle', 'size', 'gzip', 'inputs'];
    const w = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
    const line = (row) => row.map((c, i) => (i === 0 ? c.padEnd(w[i]) : c.padStart(w[i]))).join('  ');
    console.log(line(head));
    for (const row of rows) console.log(line(row));
  }
  console.log(`build: ${production ? 'production' : 'development'} build ${failed ? 'FAILED' : 'done'} in ${Date.now() - started} ms`);
  process.exit(failed ? 1 : 0);
}

main().catch((e) => { console.error(e); process.exit(1); });
