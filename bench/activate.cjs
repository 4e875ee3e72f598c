// Times require() and activate() of an extension bundle in a fresh node process, with `vscode`
// replaced by a stand-in that answers every property, call and `new` with another stand-in (and
// settings reads with their defaults). Measures the extension's own start-up work only: no VS Code,
// no file reads (the catalogues load asynchronously after activate() returns; bench/perf.ts times
// the built-in catalogue's parse and index separately).
//   node bench/activate.cjs dist/node/extension.js
'use strict';
const Module = require('module');
const path = require('path');

const bundle = path.resolve(process.argv[2] ?? 'dist/node/extension.js');
const root = process.env.NEWS_LENS_ROOT ?? process.cwd();

function standIn(name) {
  const cache = new Map();
  const target = function () {};
  return new Proxy(target, {
    get(_t, prop) {
      if (prop === 'then') return undefined; // not a promise: `await standIn` gives the stand-in
      if (prop === Symbol.iterator) return function* () {};
      if (prop === Symbol.asyncIterator) return undefined;
      if (prop === Symbol.toPrimitive) return (hint) => (hint === 'number' ? NaN : name);
      if (prop === 'toString' || prop === 'toJSON') return () => name;
      if (prop === 'prototype') return target.prototype;
      if (cache.has(prop)) return cache.get(prop);
      if (!cache.has(prop)) cache.set(prop, standIn(`${name}.${String(prop)}`));
      return cache.get(prop);
    },
    set(_t, prop, value) {
      cache.set(prop, value); // a property written by the extension reads back
      return true;
    },
    defineProperty(_t, prop, descriptor) {
      cache.set(prop, descriptor.value);
      return true;
    },
    apply(_t, _this, args) {
      // configuration.get(key, default) -> the default
      if (name.endsWith('.get') && args.length >= 2) return args[1];
      return standIn(`${name}()`);
    },
    construct() {
      return standIn(`new ${name}`);
    },
  });
}

// the module's own keys (a bundle copies them into its namespace object): every runtime export of @types/vscode
const vscode = {};
const fs = require('fs');
const dts = fs.readFileSync(require.resolve('@types/vscode/index.d.ts', { paths: [root] }), 'utf8');
for (const m of dts.matchAll(/^\s*export (?:namespace|class|enum|const|function|let|var) (\w+)/gm)) vscode[m[1]] ??= standIn(`vscode.${m[1]}`);
const load = Module._load;
Module._load = function (request, parent, isMain) {
  if (request === 'vscode') return vscode;
  return load.call(this, request, parent, isMain);
};

const memory = () => ({ store: new Map(), get(k, d) { return this.store.has(k) ? this.store.get(k) : d; }, async update(k, v) { this.store.set(k, v); }, keys() { return [...this.store.keys()]; } });
const context = {
  subscriptions: [],
  workspaceState: memory(),
  globalState: memory(),
  extensionUri: vscode.Uri.file(root),
  extensionPath: root,
  extensionMode: 1,
  asAbsolutePath: (p) => path.join(root, p),
  storageUri: undefined,
  globalStorageUri: vscode.Uri.file(path.join(root, '.bench-storage')),
  logUri: vscode.Uri.file(path.join(root, '.bench-log')),
  secrets: vscode.secrets,
  environmentVariableCollection: vscode.environmentVariableCollection,
  extension: vscode.extension,
};

process.on('unhandledRejection', () => {}); // the stand-in cannot do the catalogue load; not measured here

const t0 = performance.now();
const ext = require(bundle);
const t1 = performance.now();
let activateMs;
let error;
try {
  ext.activate(context);
  activateMs = performance.now() - t1;
} catch (e) {
  error = e;
}
const requireMs = t1 - t0;
const line = (label, value) => console.log(`  ${label.padEnd(46)} ${value}`);
line('require() of the bundle', `${requireMs.toFixed(1)} ms`);
if (error) line('activate()', `failed against the stand-in: ${error.message}`);
else line('activate() (synchronous part)', `${activateMs.toFixed(1)} ms; require + activate ${(requireMs + activateMs).toFixed(1)} ms`);
if (process.env.NEWS_LENS_BENCH_JSON) console.log(`${process.env.NEWS_LENS_BENCH_JSON}${JSON.stringify({ activation: { requireMs, activateMs: activateMs ?? null, error: error ? String(error.message) : undefined } })}`);
setTimeout(() => process.exit(0), 50);
