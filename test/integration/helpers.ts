// Shared by the integration tests: the extension's API, the workspace's files, waiting.
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../src/extension/extension';
import type { Annotation } from '../../src/engine/types';

export const EXTENSION_ID = 'news-lens.news-lens';

export async function api(): Promise<NewsLensApi> {
  const ext = vscode.extensions.getExtension<NewsLensApi>(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not installed in this host`);
  const exported = await ext.activate();
  await exported.ready();
  return exported;
}

export function folder(): vscode.Uri {
  const f = vscode.workspace.workspaceFolders?.[0];
  if (!f) throw new Error('the integration tests need a workspace folder');
  return f.uri;
}

export function file(name: string): vscode.Uri {
  return vscode.Uri.joinPath(folder(), ...name.split('/'));
}

export async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

export async function writeText(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

export async function open(name: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(file(name));
  await vscode.window.showTextDocument(doc);
  return doc;
}

/** Polls until `check` returns a value that is not undefined/false, or fails after `ms`. */
export async function waitFor<T>(what: string, check: () => T | undefined | false | Promise<T | undefined | false>, ms = 10000): Promise<T> {
  const deadline = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const v = await check();
      if (v !== undefined && v !== false) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${(last as Error).message}` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export function actorsOf(annotations: Annotation[]): Array<{ text: string; entity?: string; unknown?: boolean; kind: string }> {
  return annotations.flatMap((a) => (a.label === 'actor' ? [{ text: a.text, entity: a.entity, unknown: a.unknown, kind: a.kind }] : []));
}

export async function hoverText(doc: vscode.TextDocument, offset: number): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(offset));
  return hovers
    .flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')))
    .join('\n')
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>~&"'=:])/g, '$1'); // as rendered: Markdown escapes removed
}
