/**
 * Annotations of open documents, cached per (document, version), recomputed after edits (debounced
 * per document), after catalogue changes and after settings changes. Results are always computed
 * from one version of the text and stored with it, so an old result is never shown on a newer text.
 *
 * Documents longer than `newsLens.sliceThreshold` are annotated whole (the first time, after a
 * catalogue or settings change, after an edit that touches too much, and in the idle pass after
 * quick partial updates) in slices, one slice per macrotask, so the extension host is never blocked
 * for long: the first pass publishes what is done as it goes (highlights fill in from the top), the
 * idle pass replaces the annotations once it is done. A slicing job belongs to one version of the
 * text: when the document changes it is dropped (and started again from the new text), and closing
 * the document or disposing the service stops it.
 */
import * as vscode from 'vscode';
import type { AnnotateOptions } from '../engine/annotate';
import { IncrementalAnnotator } from '../engine/incremental';
import type { Annotation } from '../engine/types';
import type { CatalogueStore } from './catalogues';
import { Disposable } from './dispose';
import { readSettings } from './settings';
import { inEditor, SliceJobs } from './slicing';
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
  /** Documents being annotated in slices. */
  readonly #jobs = new SliceJobs({
    progress: (doc, job) => {
      const entry = this.#cache.get(doc.uri.toString());
      if (!entry || entry.version !== job.version) return;
      entry.automatic = job.sliced.annotations;
      entry.annotations = this.#review ? this.#review.apply(doc, entry.automatic) : entry.automatic;
      this.#changed.fire(doc.uri);
    },
    done: (doc, job) => {
      // its annotations become the document's, and edits from now on are incremental
      const automatic = job.sliced.annotations;
      this.#live.set(doc.uri.toString(), IncrementalAnnotator.fromAnnotations(job.sliced.text, job.options, automatic));
      const annotations = this.#review ? this.#review.apply(doc, automatic) : automatic;
      this.#cache.set(doc.uri.toString(), { version: job.version, automatic, annotations });
      this.#changed.fire(doc.uri);
    },
    alive: () => !this.isDisposed,
  });
  readonly #changed = this.register(new vscode.EventEmitter<vscode.Uri>());
  /** Fires when a document's annotations changed. */
  readonly onDidChange = this.#changed.event;

  constructor(catalogues: CatalogueStore) {
    super();
    this.#catalogues = catalogues;
    this.register({ dispose: () => {
      this.#timers.forEach((t) => clearTimeout(t));
      this.#idle.forEach((t) => clearTimeout(t));
      this.#jobs.clear();
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

  /**
   * The document's annotations for its current version (computed now if needed). A document being
   * annotated in slices gives what is done so far when it is shown in an editor (it never blocks);
   * one that no editor shows (an export, another extension asking) is finished now.
   */
  get(doc: vscode.TextDocument): Annotation[] {
    // nothing before the catalogues are read (the first read annotates every open document)
    if (!this.isEligible(doc) || !this.#catalogues.loaded) return [];
    const key = doc.uri.toString();
    let entry = this.#cache.get(key);
    if (!entry || entry.version !== doc.version) entry = this.#compute(doc);
    const job = this.#jobs.get(key);
    if (job && job.kind === 'first' && job.version === doc.version && !inEditor(key)) {
      this.#jobs.finish(doc);
      return this.#cache.get(key)?.annotations ?? entry.annotations;
    }
    return entry.annotations;
  }

  /** The document's annotations for its current version, complete: a document being annotated in slices is finished now. */
  complete(doc: vscode.TextDocument): Annotation[] {
    const annotations = this.get(doc);
    const key = doc.uri.toString();
    const job = this.#jobs.get(key);
    if (!job || job.kind !== 'first' || job.version !== doc.version) return annotations;
    this.#jobs.finish(doc);
    return this.#cache.get(key)?.annotations ?? annotations;
  }

  /** Share of the document annotated, 0 to 1, while a first pass in slices runs; undefined otherwise. */
  progress(doc: vscode.TextDocument): number | undefined {
    const job = this.#jobs.get(doc.uri.toString());
    return job && job.kind === 'first' && job.version === doc.version ? job.sliced.progress : undefined;
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
    this.#jobs.cancel(key);
    this.#live.delete(key);
    this.#cache.delete(key);
    this.#onDemand.delete(key);
    this.#noticeShown.delete(key);
  }

  /** Number of documents with state: for the disposal test. */
  get trackedDocuments(): number {
    return this.#cache.size + this.#timers.size + this.#live.size + this.#idle.size + this.#jobs.size;
  }

  #options(): AnnotateOptions {
    return { catalogue: this.#catalogues.index, categories: this.#settings.categories, detectNames: this.#settings.detectNames };
  }

  #compute(doc: vscode.TextDocument): Entry {
    const key = doc.uri.toString();
    const text = doc.getText();
    let automatic: Annotation[] = [];
    if (text.length > this.#settings.maxDocumentSize && !this.#onDemand.has(key)) {
      this.#notice(doc);
    } else {
      const sliced = text.length > this.#settings.sliceThreshold;
      const job = this.#jobs.get(key);
      if (job && job.version !== doc.version) this.#jobs.cancel(key); // made for an older text
      const live = this.#live.get(key);
      const updated = !live ? undefined : sliced ? live.tryUpdate(text) : live.update(text);
      if (live && updated) {
        automatic = updated;
        if (live.lastUpdate?.mode === 'incremental') this.#scheduleIdle(doc);
      } else if (sliced) {
        // the whole text, in slices: what is done so far now, the rest as it comes
        this.#live.delete(key);
        const current = this.#jobs.get(key);
        automatic = current && current.kind === 'first' ? current.sliced.annotations : this.#jobs.start(doc, this.#options(), 'first').sliced.annotations;
      } else {
        const fresh = new IncrementalAnnotator(text, this.#options());
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
      if (live.text.length > this.#settings.sliceThreshold) {
        if (!this.#jobs.get(key)) this.#jobs.start(doc, this.#options(), 'idle');
        return;
      }
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
    if (!this.#catalogues.loaded) return []; // the first read of the catalogues refreshes every open document
    const entry = this.#compute(doc);
    this.#changed.fire(doc.uri);
    return entry.annotations;
  }

  #refreshAll(): void {
    this.#jobs.clear();
    this.#cache.clear();
    this.#live.clear(); // the catalogue or settings changed: start again from the whole text
    for (const doc of vscode.workspace.textDocuments) {
      if (this.isEligible(doc)) this.#refresh(doc);
    }
  }
}
