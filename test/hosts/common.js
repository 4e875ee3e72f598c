// Shared by run-web-host.js, run-node-host.js and run-desktop.js (see README.md in this folder).
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const net = require('net');

const root = path.resolve(__dirname, '../..');
const fixtureWorkspace = path.join(root, 'test/fixtures/workspace');
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const timeoutMs = Number(process.env.VSCODE_TEST_TIMEOUT_MS || 180000);
const verbose = !!process.env.VSCODE_TEST_VERBOSE;
const keepTmp = !!process.env.VSCODE_TEST_KEEP_TMP;
/** Same markers as test/integration/report.ts. */
const RESULT_MARKER = '[news-lens:integration-result]';
const START_MARKER = 'integration (';
/** Known-harmless workbench messages, hidden unless VSCODE_TEST_VERBOSE=1. */
const NOISE = [
  /^Ignoring fetching additional builtin extensions from gallery as it is disabled\.$/,
  /^Updating additional builtin extensions cache$/,
  // web: the workbench reads .vscode/*.json before test-web's file system provider has registered (it re-reads them)
  /^ENOPRO: No file system provider found for resource 'vscode-test-web:\/\/mount\//,
  /^Unable to read file 'vscode-test-web:\/\/mount\/\.vscode\/.*(Canceled|ENOPRO)/,
];

function getFreePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => { const { port } = srv.address(); srv.close(() => resolve(port)); });
  });
}

function makeTempDir(prefix) {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A fresh copy of test/fixtures/workspace (tests edit files there): `<tmp>/workspace`. */
function copyWorkspace(tmp) {
  const dest = path.join(tmp, 'workspace');
  fs.cpSync(fixtureWorkspace, dest, { recursive: true });
  return dest;
}

function removeTempDir(tmp) {
  if (keepTmp) { console.log(`kept ${tmp}`); return; }
  fs.rmSync(tmp, { recursive: true, force: true });
}

function checkBuilt(file) {
  if (!fs.existsSync(file)) throw new Error(`missing ${path.relative(root, file)}: run \`npm run build\` first`);
}

function checkChromium() {
  if (!fs.existsSync(chromiumPath)) throw new Error(`no browser at ${chromiumPath} (apt-get install chromium, or set CHROMIUM_PATH)`);
}

const isLocal = (u) => u.hostname === 'localhost' || u.hostname.endsWith('.localhost') || u.hostname === '127.0.0.1';

/** Debian's Chromium through playwright-core: headless, nothing leaves the machine. */
async function launchChromium() {
  checkChromium();
  const { chromium } = require('playwright-core');
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-dev-shm-usage',
      // anything that is not loopback goes to a closed local port
      '--proxy-server=http://127.0.0.1:9', '--proxy-bypass-list=localhost;*.localhost;127.0.0.1',
    ],
  });
}

/**
 * Opens `url` in a new page that has the two hooks the workbench calls when developmentOptions.extensionTestsPath is
 * set (`codeAutomationLog`, `codeAutomationExit`), and waits for the end of the run or the timeout.
 * Returns { code, stats, reason }: code 0 only when the workbench reported exit 0 and mocha counted no failure.
 */
async function runInPage(browser, url, label) {
  let finished = false;
  let stats;
  let started = false;
  const startup = [];
  const result = await new Promise((resolve) => {
    const timer = setTimeout(() => {
      if (!finished) resolve({ code: 1, reason: `timed out after ${timeoutMs} ms (VSCODE_TEST_TIMEOUT_MS)` });
    }, timeoutMs);
    timer.unref();
    const settle = (r) => { clearTimeout(timer); resolve(r); };
    (async () => {
      const context = await browser.newContext({ viewport: null });
      await context.route('**/*', (route) => {
        const u = new URL(route.request().url());
        if (isLocal(u) || u.protocol === 'data:' || u.protocol === 'blob:') return route.continue();
        if (verbose) console.log(`[${label}:blocked] ${u.href}`);
        return route.abort();
      });
      const page = await context.newPage();
      await page.exposeFunction('codeAutomationLog', (type, args) => {
        const text = args.map(String).join(' ').trim();
        if (text.startsWith(RESULT_MARKER)) {
          try { stats = JSON.parse(text.slice(RESULT_MARKER.length)); } catch { /* ignore */ }
          return;
        }
        if (!verbose) {
          // the workbench's start-up chatter is kept back until the suite starts (and shown if it never reports)
          if (!started) {
            if (text.startsWith(START_MARKER)) started = true;
            else { startup.push([type, args]); return; }
          }
          if (NOISE.some((re) => re.test(text))) return;
        }
        (console[type] || console.log)(...args);
      });
      await page.exposeFunction('codeAutomationExit', (code) => {
        finished = true;
        settle({ code: code === 0 ? 0 : 1, reason: code === 0 ? undefined : `the workbench reported exit code ${code}` });
      });
      if (verbose) {
        page.on('console', (m) => console.log(`[${label}:page:${m.type()}] ${m.text()}`));
        page.on('pageerror', (e) => console.log(`[${label}:pageerror] ${e}`));
      }
      page.on('crash', () => settle({ code: 1, reason: 'the browser page crashed' }));
      await page.goto(url);
    })().catch((e) => settle({ code: 1, reason: `could not drive the browser: ${e && e.stack || e}` }));
  });
  if (!stats && startup.length) {
    console.error(`--- ${label}: workbench log before the suite started ---`);
    for (const [type, args] of startup) (console[type] || console.log)(...args);
    console.error('---');
  }
  return { ...result, stats };
}

/**
 * Prints the closing line `<label>: N passed, M failed[, K skipped]` and returns the process exit code.
 * When the suite never reported (crash, timeout, load error), the line says so and counts one failure.
 */
function summarize(label, { code, stats, reason }) {
  if (stats && code !== 0 && stats.failures === 0) reason = reason || 'the run failed outside the tests';
  const failures = stats ? stats.failures + (code !== 0 && stats.failures === 0 ? 1 : 0) : 1;
  const passes = stats ? stats.passes : 0;
  const skipped = stats && stats.pending ? `, ${stats.pending} skipped` : '';
  const exit = code === 0 && stats && stats.failures === 0 ? 0 : 1;
  if (exit !== 0 && reason) console.error(`${label}: ${reason}`);
  if (!stats) console.error(`${label}: the suite did not report a result (counted as 1 failure)`);
  console.log(`${label}: ${passes} passed, ${failures} failed${skipped}`);
  return exit;
}

module.exports = {
  root, fixtureWorkspace, chromiumPath, timeoutMs, verbose, RESULT_MARKER,
  getFreePort, makeTempDir, copyWorkspace, removeTempDir, checkBuilt, checkChromium, launchChromium, runInPage, summarize,
};
