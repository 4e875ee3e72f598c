/**
 * Annotations of open documents, cached per (document, version), recomputed after edits (debounced
 * per document), after catalogue changes and after settings changes. Results are always computed
 * from one version of the text and stored with it, so an old result is never shown on a newer text.
 */
import * as vscode from 'vscode';
import { IncrementalAnnotator } from '../engine/incremental';
import type { Annotation } from '../engine/types';
import type { CatalogueStore } from './catalogues';
import { Disposable } from './dispose';
import { readSettings } from './settings';
import type { Settings } from './settings';

/** Applies people's review (manual annotations, rejections) on top of the automatic ones. */
export interface ReviewLayer {
  apply(document: vscode.TextDocument, automatic: Annotation[]): Annotation[];
  readonly onDidChange: vscode.Event<vscode.Uri>;
}

interface Entry {
  version: number;
  automatic: Annotation[];
  annotations: Annotation[];
}

export class AnnotationService extends Disposable {
  readonly #catalogues: CatalogueStore;
  #review: ReviewLayer | undefined;
  #settings: Settings = readSettings();
  readonly #cache = new Map<string, Entry>();
  readonly #timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Per document: the engine state that re-annotates only what an edit touches. */
  readonly #live = new Map<string, IncrementalAnnotator>();
  /** After quick partial updates, the whole document is annotated again once the editor is idle. */
  readonly #idle = new Map<string, ReturnType<typeof setTimeout>>();
  /** Large documents the user asked to annotate. */
  readonly #onDemand = new Set<string>();
  readonly #noticeShown = new Set<string>();
  readonly #changed = this.register(new vscode.EventEmitter<vscode.Uri>());
  /** Fires when a document's annotations changed. */
  readonly onDidChange = this.#changed.event;

  constructor(catalogues: CatalogueStore) {
    super();
    this.#catalogues = catalogues;
    this.register({ dispose: () => {
      this.#timers.forEach((t) => clearTimeout(t));
      this.#idle.forEach((t) => clearTimeout(t));
      this.#live.clear();
    } });
    this.register(vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length === 0 || !this.isEligible(e.document)) return;
      this.#schedule(e.document);
    }));
    this.register(vscode.workspace.onDidCloseTextDocument((doc) => this.forget(doc.uri)));
    this.register(vscode.workspace.onDidOpenTextDocument((doc) => {
      if (this.isEligible(doc)) this.#refresh(doc);
    }));
    this.register(catalogues.onDidChange(() => this.#refreshAll()));
    this.register(vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('newsLens')) return;
      this.#settings = readSettings();
      this.#refreshAll();
    }));
  }

  get settings(): Settings {
    return this.#settings;
  }

  get catalogues(): CatalogueStore {
    return this.#catalogues;
  }

  setReviewLayer(review: ReviewLayer): void {
    this.#review = review;
    this.register(review.onDidChange((uri) => {
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      const entry = this.#cache.get(uri.toString());
      if (doc && entry && entry.version === doc.version) {
        entry.annotations = review.apply(doc, entry.automatic);
        this.#changed.fire(doc.uri);
      } else if (doc) {
        this.#refresh(doc);
      }
    }));
  }

  isEligible(doc: vscode.TextDocument): boolean {
    return this.#settings.enable && this.#settings.languages.includes(doc.languageId) && doc.uri.scheme !== 'output';
  }

  /** True when the document is too large to annotate on every edit and the user has not asked. */
  isDeferred(doc: vscode.TextDocument): boolean {
    return doc.getText().length > this.#settings.maxDocumentSize && !this.#onDemand.has(doc.uri.toString());
  }

  /** The document's annotations for its current version (computed now if needed). */
  get(doc: vscode.TextDocument): Annotation[] {
    if (!this.isEligible(doc)) return [];
    const entry = this.#cache.get(doc.uri.toString());
    if (entry && entry.version === doc.version) return entry.annotations;
    return this.#compute(doc).annotations;
  }

  /** Annotates a large document now (and from then on, on edits too). */
  annotateNow(doc: vscode.TextDocument): Annotation[] {
    this.#onDemand.add(doc.uri.toString());
    return this.#refresh(doc);
  }

  forget(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.#timers.get(key));
    this.#timers.delete(key);
    clearTimeout(this.#idle.get(key));
    this.#idle.delete(key);
    this.#live.delete(key);
    this.#cache.delete(key);
    this.#onDemand.delete(key);
    this.#noticeShown.delete(key);
  }

  /** Number of documents with state: for the disposal test. */
  get trackedDocuments(): number {
    return this.#cache.size + this.#timers.size + this.#live.size + this.#idle.size;
  }

  #compute(doc: vscode.TextDocument): Entry {
    const key = doc.uri.toString();
    const text = doc.getText();
    let automatic: Annotation[] = [];
    if (text.length > this.#settings.maxDocumentSize && !this.#onDemand.has(key)) {
      this.#notice(doc);
    } else {
      const live = this.#live.get(key);
      if (live) {
        automatic = live.update(text);
        if (live.lastUpdate?.mode === 'incremental') this.#scheduleIdle(doc);
      } else {
        const fresh = new IncrementalAnnotator(text, {
          catalogue: this.#catalogues.index,
          categories: this.#settings.categories,
          detectNames: this.#settings.detectNames,
        });
        this.#live.set(key, fresh);
        automatic = fresh.annotations;
      }
    }
    const annotations = this.#review ? this.#review.apply(doc, automatic) : automatic;
    const entry: Entry = { version: doc.version, automatic, annotations };
    this.#cache.set(key, entry);
    return entry;
  }

  #notice(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    if (this.#noticeShown.has(key)) return;
    this.#noticeShown.add(key);
    const name = doc.uri.path.split('/').pop() ?? 'This document';
    void vscode.window
      .showInformationMessage(`News Lens: ${name} is larger than newsLens.maxDocumentSize, so it is annotated on demand only.`, 'Annotate Now')
      .then((choice) => {
        if (choice === 'Annotate Now') this.annotateNow(doc);
      });
  }

  #scheduleIdle(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    clearTimeout(this.#idle.get(key));
    this.#idle.set(key, setTimeout(() => {
      this.#idle.delete(key);
      const live = this.#live.get(key);
      const entry = this.#cache.get(key);
      if (this.isDisposed || doc.isClosed || !live || !entry || entry.version !== doc.version || live.text !== doc.getText()) return;
      entry.automatic = live.full();
      entry.annotations = this.#review ? this.#review.apply(doc, entry.automatic) : entry.automatic;
      this.#changed.fire(doc.uri);
    }, 1000));
  }

  #schedule(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    clearTimeout(this.#timers.get(key));
    this.#timers.set(key, setTimeout(() => {
      this.#timers.delete(key);
      if (this.isDisposed || doc.isClosed) return;
      this.#refresh(doc);
    }, this.#settings.debounceMs));
  }

  #refresh(doc: vscode.TextDocument): Annotation[] {
    const entry = this.#compute(doc);
    this.#changed.fire(doc.uri);
    return entry.annotations;
  }

  #refreshAll(): void {
    this.#cache.clear();
    this.#live.clear(); // the catalogue or settings changed: start again from the whole text
    for (const doc of vscode.workspace.textDocuments) {
      if (this.isEligible(doc)) this.#refresh(doc);
    }
  }
}
