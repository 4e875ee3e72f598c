/**
 * Slicing jobs: documents annotated whole in slices, one slice per macrotask, so the extension host is
 * never blocked for long. A job belongs to one version of a document's text; it is dropped when the
 * document changes or closes, and stopped with the service that owns it.
 */
import * as vscode from 'vscode';
import type { AnnotateOptions } from '../engine/annotate';
import { SlicedAnnotation } from '../engine/slices';

/** Partial annotations are published at most this often (each publication repaints every highlight). */
const PUBLISH_MS = 200;

/** A document being annotated in slices, for one version of its text. */
export interface SliceJob {
  readonly version: number;
  readonly sliced: SlicedAnnotation;
  readonly options: AnnotateOptions;
  /** 'first': the document's annotations are the job's, as they come; 'idle': they stay as they are until the job is done. */
  readonly kind: 'first' | 'idle';
}

interface Job extends SliceJob {
  timer: ReturnType<typeof setTimeout> | undefined;
  /** When partial annotations were last published (Date.now()). */
  published: number;
}

export interface SliceJobEvents {
  /** A first pass has more done (at most every PUBLISH_MS). */
  progress(doc: vscode.TextDocument, job: SliceJob): void;
  /** The job is done (and no longer listed). */
  done(doc: vscode.TextDocument, job: SliceJob): void;
  /** False once the owner is disposed: jobs stop. */
  alive(): boolean;
}

/**
 * Whether the document is open in an editor (active, visible, or a tab): its annotations are shown as
 * they come. One that no editor shows (an export, another extension asking) is finished when asked for.
 */
export function inEditor(key: string): boolean {
  const w = vscode.window;
  if (w.activeTextEditor?.document.uri.toString() === key) return true;
  if (w.visibleTextEditors.some((e) => e.document.uri.toString() === key)) return true;
  return w.tabGroups.all.some((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === key));
}

export class SliceJobs {
  readonly #jobs = new Map<string, Job>();
  readonly #events: SliceJobEvents;

  constructor(events: SliceJobEvents) {
    this.#events = events;
  }

  get size(): number {
    return this.#jobs.size;
  }

  get(key: string): SliceJob | undefined {
    return this.#jobs.get(key);
  }

  /** Starts annotating the document's current text in slices (replacing a job it had). */
  start(doc: vscode.TextDocument, options: AnnotateOptions, kind: SliceJob['kind']): SliceJob {
    const key = doc.uri.toString();
    this.cancel(key);
    const job: Job = { version: doc.version, sliced: new SlicedAnnotation(doc.getText(), options) /* slices of DEFAULT_SLICE_CHARS */, options, kind, timer: undefined, published: 0 };
    this.#jobs.set(key, job);
    job.timer = setTimeout(() => this.#run(doc, key, job), 0);
    return job;
  }

  cancel(key: string): void {
    const job = this.#jobs.get(key);
    if (!job) return;
    clearTimeout(job.timer);
    this.#jobs.delete(key);
  }

  clear(): void {
    this.#jobs.forEach((job) => clearTimeout(job.timer));
    this.#jobs.clear();
  }

  /** Runs the slices left of the document's job now. */
  finish(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    const job = this.#jobs.get(key);
    if (!job) return;
    clearTimeout(job.timer);
    job.timer = undefined;
    job.sliced.finish();
    this.#done(doc, key, job);
  }

  /** One slice, then the next one in a later macrotask, so the editor can go on between them. */
  #run(doc: vscode.TextDocument, key: string, job: Job): void {
    job.timer = undefined;
    if (this.#jobs.get(key) !== job) return;
    if (!this.#events.alive() || doc.isClosed || doc.version !== job.version) {
      // closed, or changed: the change's own refresh starts again from the new text
      this.#jobs.delete(key);
      return;
    }
    if (job.sliced.step()) {
      this.#done(doc, key, job);
      return;
    }
    const now = Date.now();
    if (job.kind === 'first' && now - job.published >= PUBLISH_MS) {
      job.published = now;
      this.#events.progress(doc, job);
    }
    job.timer = setTimeout(() => this.#run(doc, key, job), 0);
  }

  #done(doc: vscode.TextDocument, key: string, job: Job): void {
    this.#jobs.delete(key);
    this.#events.done(doc, job);
  }
}
