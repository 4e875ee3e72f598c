// extensionTestsPath entry of the Node extension host (bundled to dist/test/node/index.js by scripts/build.mjs;
// used by code-server (test/hosts/run-node-host.js) and by @vscode/test-electron (test/hosts/run-desktop.js)).
// Real mocha from node_modules (kept external by the build); the test files are inlined through the generated module
// `news-lens:integration-tests`, loaded between mocha's pre-require and post-require events like mocha.addFile would.
import type MochaType from 'mocha';
import { files, loadTests } from 'news-lens:integration-tests';
import { loadTestFiles, logEnvironment, MOCHA_OPTIONS, runAndReport, UNTRUSTED_TAG, untrustedRun } from './report';

// mocha 12 is an ES module: require() gives its namespace, the class is `default`
// eslint-disable-next-line @typescript-eslint/no-require-imports
const mochaModule = require('mocha') as { default?: typeof MochaType } & typeof MochaType;
const Mocha: typeof MochaType = mochaModule.default ?? mochaModule;

export function run(): Promise<void> {
  logEnvironment('node', files);
  const mocha = new Mocha({ ...MOCHA_OPTIONS, grep: UNTRUSTED_TAG, invert: !untrustedRun() });
  mocha.suite.emit('pre-require', globalThis, 'news-lens:integration-tests', mocha);
  loadTestFiles(loadTests);
  mocha.suite.emit('require', undefined, 'news-lens:integration-tests', mocha);
  mocha.suite.emit('post-require', globalThis, 'news-lens:integration-tests', mocha);
  return runAndReport((done) => mocha.run(done));
}
