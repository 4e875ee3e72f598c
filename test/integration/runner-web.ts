// extensionTestsPath entry of the web extension host (bundled to dist/test/web/index.js by scripts/build.mjs).
// The web worker host evaluates this bundle with only `vscode` requirable, so mocha's *browser* build is bundled in
// and the test files are inlined through the generated module `news-lens:integration-tests` (no globbing here).
import 'mocha/mocha.js'; // defines globalThis.mocha (BrowserMocha) and globalThis.Mocha
import { files, loadTests } from 'news-lens:integration-tests';
import { loadTestFiles, logEnvironment, MOCHA_OPTIONS, runAndReport, UNTRUSTED_TAG } from './report';

export function run(): Promise<void> {
  logEnvironment('web', files);
  mocha.setup({ ...MOCHA_OPTIONS });
  mocha.grep(UNTRUSTED_TAG).invert(); // the untrusted suite runs in the Node host's untrusted run
  loadTestFiles(loadTests); // describe()/it() register with the globals that mocha.setup() installed
  return runAndReport((done) => mocha.run(done));
}
