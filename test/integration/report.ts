// Shared by runner-web.ts and runner-node.ts: how a run reports back to test/hosts/run-*-host.js.
import * as vscode from 'vscode';

/** The host scripts read this line (through codeAutomationLog) and print `<host>: N passed, M failed`. */
export const RESULT_MARKER = '[news-lens:integration-result]';

export interface RunStats {
  passes: number;
  failures: number;
  pending: number;
  tests: number;
  duration?: number;
}

export const MOCHA_OPTIONS = { ui: 'bdd', reporter: 'spec', color: false, timeout: 20000, slow: 2000 } as const;

/** Suites tagged @untrusted run only in the untrusted run (NEWS_LENS_UNTRUSTED=1), all others only outside it. */
export function untrustedRun(): boolean {
  return typeof process !== 'undefined' && process.env?.NEWS_LENS_UNTRUSTED === '1';
}
export const UNTRUSTED_TAG = /@untrusted/;

export function logEnvironment(host: string, files: readonly string[]): void {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.toString() ?? '(no workspace folder)';
  console.log(`integration (${host} extension host): VS Code ${vscode.version}, workspace ${folder}, ${files.length} test file(s)`);
}

export function reportResult(stats: RunStats): void {
  console.log(`${RESULT_MARKER} ${JSON.stringify(stats)}`);
}

/** A test file threw at its top level: say so (the host then reports the run as failed without counts). */
export function loadFailed(err: unknown): Error {
  console.error(`integration: a test file failed to load: ${err instanceof Error ? err.stack : String(err)}`);
  return err instanceof Error ? err : new Error(String(err));
}

interface RunnerWithStats {
  stats?: { passes: number; pending: number; tests: number; duration?: number };
}

/** Runs mocha, reports the result line the host scripts read, and settles with the outcome. */
export function runAndReport(start: (done: (failures: number) => void) => RunnerWithStats): Promise<void> {
  return new Promise((resolve, reject) => {
    try {
      const runner = start((failures) => {
        const s = runner.stats;
        reportResult({ passes: s?.passes ?? 0, failures, pending: s?.pending ?? 0, tests: s?.tests ?? 0, duration: s?.duration });
        if (failures > 0) reject(new Error(`${failures} integration test(s) failed.`));
        else resolve();
      });
    } catch (err) {
      console.error(err instanceof Error ? err.stack : err);
      reject(err);
    }
  });
}

/** Runs each test file's top level; a file that throws while loading is reported as such. */
export function loadTestFiles(loadTests: () => void): void {
  try {
    loadTests();
  } catch (err) {
    throw loadFailed(err);
  }
}
