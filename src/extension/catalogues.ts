/**
 * The catalogues in use: the built-in one shipped with the extension and every workspace file
 * matching `newsLens.catalogues`, merged. A broken file shows diagnostics and its last good
 * version stays in use. Reloaded when a catalogue file changes, is created or deleted.
 */
import * as vscode from 'vscode';
import { parseBuiltInCatalogue } from '../engine/builtin';
import { mergeCatalogues, parseCatalogue } from '../engine/catalogue';
import { buildCatalogueIndex } from '../engine/matcher';
import type { CatalogueIndex } from '../engine/matcher';
import type { Entity, Problem } from '../engine/types';
import { Disposable } from './dispose';
import { readSettings } from './settings';

interface FileState {
  /** Entities of the last version that could be used. */
  lastGood?: Entity[];
  problems: Problem[];
}

export class CatalogueStore extends Disposable {
  readonly #context: vscode.ExtensionContext;
  readonly #diagnostics = this.register(vscode.languages.createDiagnosticCollection('newsLens.catalogue'));
  readonly #changed = this.register(new vscode.EventEmitter<void>());
  /** Fires after the merged catalogue changed. */
  readonly onDidChange = this.#changed.event;
  #files = new Map<string, FileState>();
  #builtIn: Entity[] = [];
  #index: CatalogueIndex = buildCatalogueIndex([]);
  #watchers: vscode.Disposable[] = [];
  #ready: Promise<void>;
  #loaded = false;
  #pending = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(context: vscode.ExtensionContext) {
    super();
    this.#context = context;
    this.register({ dispose: () => this.#disposeWatchers() });
    this.register({ dispose: () => this.#pending.forEach((t) => clearTimeout(t)) });
    this.register(vscode.workspace.onDidSaveTextDocument((doc) => {
      if (this.#files.has(doc.uri.toString())) this.#schedule(doc.uri);
      else if (/entities\.ya?ml$/i.test(doc.uri.path)) void this.reload();
    }));
    this.register(vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('newsLens.catalogues') || e.affectsConfiguration('newsLens.builtInCatalogue')) void this.reload();
    }));
    this.register(vscode.workspace.onDidChangeWorkspaceFolders(() => void this.reload()));
    this.#ready = this.reload();
  }

  /** Resolves when the first load (or the latest reload) is done. */
  get ready(): Promise<void> {
    return this.#ready;
  }

  /** False until the catalogues are read for the first time: annotating before would use none of them. */
  get loaded(): boolean {
    return this.#loaded;
  }

  get index(): CatalogueIndex {
    return this.#index;
  }

  entity(id: string): Entity | undefined {
    return this.#index.byId.get(id);
  }

  /** Workspace catalogue files currently known, for "Add to catalogue…". */
  get files(): vscode.Uri[] {
    return [...this.#files.keys()].map((k) => vscode.Uri.parse(k));
  }

  /** Finds and reads every catalogue again. */
  reload(): Promise<void> {
    this.#ready = this.#reload();
    return this.#ready;
  }

  /** Reads one catalogue file again now (used after the extension itself writes one). */
  async reloadFile(uri: vscode.Uri): Promise<void> {
    await this.#readFile(uri);
    this.#rebuild();
  }

  async #reload(): Promise<void> {
    const settings = readSettings();
    this.#builtIn = settings.builtInCatalogue ? await this.#readBuiltIn() : [];
    this.#disposeWatchers();
    const found = new Map<string, vscode.Uri>();
    for (const glob of settings.catalogues) {
      const watcher = vscode.workspace.createFileSystemWatcher(glob);
      watcher.onDidChange((uri) => this.#schedule(uri));
      watcher.onDidCreate((uri) => this.#schedule(uri));
      watcher.onDidDelete((uri) => void this.#deleted(uri));
      this.#watchers.push(watcher);
      if (!vscode.workspace.workspaceFolders?.length) continue;
      try {
        for (const uri of await vscode.workspace.findFiles(glob, '**/node_modules/**', 2000)) found.set(uri.toString(), uri);
      } catch (e) {
        console.warn(`News Lens: cannot search for catalogues (${glob}): ${(e as Error).message}`);
      }
    }
    for (const key of [...this.#files.keys()]) {
      if (!found.has(key)) {
        this.#files.delete(key);
        this.#diagnostics.delete(vscode.Uri.parse(key));
      }
    }
    await Promise.all([...found.values()].map((uri) => this.#readFile(uri)));
    this.#rebuild();
  }

  async #readBuiltIn(): Promise<Entity[]> {
    try {
      const uri = vscode.Uri.joinPath(this.#context.extensionUri, 'data', 'builtin-catalogue.json');
      const bytes = await vscode.workspace.fs.readFile(uri);
      return parseBuiltInCatalogue(JSON.parse(new TextDecoder().decode(bytes)));
    } catch (e) {
      void vscode.window.showWarningMessage(`News Lens: the built-in catalogue could not be read (${(e as Error).message}).`);
      return [];
    }
  }

  #schedule(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.#pending.get(key));
    this.#pending.set(key, setTimeout(() => {
      this.#pending.delete(key);
      void this.reloadFile(uri);
    }, 50));
  }

  /** Some file systems report a rewrite as delete + create: forget a file only when it is really gone. */
  async #deleted(uri: vscode.Uri): Promise<void> {
    try {
      await vscode.workspace.fs.stat(uri);
      this.#schedule(uri);
    } catch {
      this.#forget(uri);
    }
  }

  #forget(uri: vscode.Uri): void {
    this.#files.delete(uri.toString());
    this.#diagnostics.delete(uri);
    this.#rebuild();
  }

  async #readFile(uri: vscode.Uri): Promise<void> {
    const key = uri.toString();
    const state: FileState = this.#files.get(key) ?? { problems: [] };
    let text: string;
    try {
      const bytes = await vscode.workspace.fs.readFile(uri);
      text = decodeUtf8(bytes);
    } catch (e) {
      if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') {
        this.#forget(uri);
        return;
      }
      state.problems = [{ line: 1, column: 1, message: `Cannot read this catalogue: ${(e as Error).message}`, severity: 'error' }];
      this.#files.set(key, state);
      this.#showProblems(uri, state, false);
      return;
    }
    const parsed = parseCatalogue(text, uri.toString());
    state.problems = parsed.problems;
    if (parsed.usable) state.lastGood = parsed.entities;
    this.#files.set(key, state);
    this.#showProblems(uri, state, !parsed.usable);
  }

  #showProblems(uri: vscode.Uri, state: FileState, keptLastGood: boolean): void {
    const diagnostics = state.problems.map((p) => {
      const range = new vscode.Range(p.line - 1, p.column - 1, (p.endLine ?? p.line) - 1, Math.max((p.endColumn ?? p.column + 1) - 1, p.column));
      let message = p.message;
      if (keptLastGood && p.severity === 'error') message += state.lastGood ? ' (News Lens keeps using the last good version of this file.)' : ' (This file is not used until it is fixed.)';
      const d = new vscode.Diagnostic(range, message, p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
      d.source = 'News Lens';
      return d;
    });
    this.#diagnostics.set(uri, diagnostics);
  }

  #rebuild(): void {
    if (this.isDisposed) return;
    const workspace = [...this.#files.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, s]) => s.lastGood ?? []);
    this.#index = buildCatalogueIndex(mergeCatalogues([this.#builtIn, ...workspace]));
    this.#loaded = true;
    this.#changed.fire();
  }

  #disposeWatchers(): void {
    for (const w of this.#watchers.splice(0)) w.dispose();
  }
}

function decodeUtf8(bytes: Uint8Array): string {
  const text = new TextDecoder('utf-8').decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
