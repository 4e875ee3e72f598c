/**
 * People's review of an article: manual annotations and rejections, kept in a sidecar file beside
 * the article (`<article>.newslens.yaml`, see docs/sidecar-format.md), applied on top of the automatic
 * annotations. A sidecar with problems is never overwritten; entries whose text is gone are reported.
 */
import * as vscode from 'vscode';
import { applyReview, describeEntry, lostEntryProblems, parseSidecar, serializeSidecar, sidecarNameFor, SIDECAR_SUFFIX } from '../engine/sidecar';
import type { SidecarEntry } from '../engine/sidecar';
import type { Annotation, Problem } from '../engine/types';
import type { ReviewLayer } from './annotations';
import { Disposable } from './dispose';
import { decodeText, exists, writeAtomically } from './files';

interface DocumentReview {
  sidecar: vscode.Uri | undefined;
  entries: SidecarEntry[];
  ok: boolean;
  problems: Problem[];
  loaded: boolean;
  lost: SidecarEntry[];
  reportedLost: string;
}

export class ReviewStore extends Disposable implements ReviewLayer {
  readonly #reviews = new Map<string, DocumentReview>();
  readonly #loading = new Map<string, Promise<DocumentReview>>();
  readonly #diagnostics = this.register(vscode.languages.createDiagnosticCollection('newsLens.review'));
  readonly #changed = this.register(new vscode.EventEmitter<vscode.Uri>());
  readonly onDidChange = this.#changed.event;

  constructor() {
    super();
    const watcher = this.register(vscode.workspace.createFileSystemWatcher(`**/*${SIDECAR_SUFFIX}`));
    const reload = (uri: vscode.Uri): void => {
      for (const [key, review] of this.#reviews) {
        if (review.sidecar?.toString() === uri.toString()) void this.#load(vscode.Uri.parse(key), true);
      }
    };
    this.register(watcher.onDidChange(reload));
    this.register(watcher.onDidCreate(reload));
    this.register(watcher.onDidDelete(reload));
    this.register(vscode.workspace.onDidCloseTextDocument((doc) => {
      this.#reviews.delete(doc.uri.toString());
      this.#loading.delete(doc.uri.toString());
    }));
  }

  /** The sidecar of an article: beside it, for articles that are files. */
  sidecarFor(uri: vscode.Uri): vscode.Uri | undefined {
    if (uri.scheme === 'untitled' || uri.path.endsWith(SIDECAR_SUFFIX)) return undefined;
    const name = uri.path.split('/').pop() ?? '';
    return vscode.Uri.joinPath(uri, '..', sidecarNameFor(name));
  }

  apply(doc: vscode.TextDocument, automatic: Annotation[]): Annotation[] {
    const key = doc.uri.toString();
    const review = this.#reviews.get(key);
    if (!review) {
      void this.#load(doc.uri, false);
      return automatic;
    }
    if (review.entries.length === 0) {
      review.lost = [];
      return automatic;
    }
    const result = applyReview(doc.getText(), automatic, review.entries);
    review.lost = result.lost;
    this.#reportLost(doc.uri, review);
    return result.annotations;
  }

  /** Entries of a document whose text is gone (for the API and tests). */
  lostFor(uri: vscode.Uri): SidecarEntry[] {
    return this.#reviews.get(uri.toString())?.lost ?? [];
  }

  async entriesFor(uri: vscode.Uri): Promise<DocumentReview> {
    return this.#reviews.get(uri.toString()) ?? this.#load(uri, false);
  }

  /** Changes a document's review and writes its sidecar; refuses when the sidecar has problems. */
  async update(doc: vscode.TextDocument, change: (entries: SidecarEntry[]) => SidecarEntry[]): Promise<boolean> {
    const review = await this.entriesFor(doc.uri);
    if (!review.ok) {
      const open = await vscode.window.showErrorMessage(
        `News Lens: ${review.sidecar?.path.split('/').pop()} has problems (line ${review.problems[0]?.line ?? '?'}: ${review.problems[0]?.message ?? ''}). Fix it first; News Lens does not overwrite it.`,
        'Open Sidecar',
      );
      if (open && review.sidecar) await vscode.window.showTextDocument(review.sidecar);
      return false;
    }
    const entries = change([...review.entries]);
    if (review.sidecar) {
      if (entries.length === 0 && !(await exists(review.sidecar))) {
        // nothing to keep and no file yet: write nothing
      } else {
        await writeAtomically(review.sidecar, serializeSidecar(entries));
      }
    }
    review.entries = entries;
    review.reportedLost = '';
    this.#changed.fire(doc.uri);
    return true;
  }

  async #load(uri: vscode.Uri, force: boolean): Promise<DocumentReview> {
    const key = uri.toString();
    const pending = this.#loading.get(key);
    if (pending && !force) return pending;
    const promise = this.#read(uri).then((review) => {
      const previous = this.#reviews.get(key);
      this.#reviews.set(key, review);
      this.#loading.delete(key);
      if (previous || review.entries.length > 0 || !review.ok) this.#changed.fire(uri);
      return review;
    });
    this.#loading.set(key, promise);
    return promise;
  }

  async #read(uri: vscode.Uri): Promise<DocumentReview> {
    const sidecar = this.sidecarFor(uri);
    const review: DocumentReview = { sidecar, entries: [], ok: true, problems: [], loaded: true, lost: [], reportedLost: '' };
    if (!sidecar) return review;
    let text: string;
    try {
      text = decodeText(await vscode.workspace.fs.readFile(sidecar));
    } catch {
      this.#diagnostics.delete(sidecar);
      return review; // no sidecar yet
    }
    const parsed = parseSidecar(text);
    review.entries = parsed.entries;
    review.ok = parsed.ok;
    review.problems = parsed.problems;
    this.#showProblems(sidecar, parsed.problems);
    if (!parsed.ok) {
      void vscode.window.showWarningMessage(
        `News Lens: ${sidecar.path.split('/').pop()} line ${parsed.problems[0]?.line}: ${parsed.problems[0]?.message} — News Lens will not change this file until it is fixed.`,
      );
    }
    return review;
  }

  #showProblems(sidecar: vscode.Uri, problems: Problem[]): void {
    this.#diagnostics.set(sidecar, problems.map((p) => {
      const d = new vscode.Diagnostic(
        new vscode.Range(p.line - 1, p.column - 1, (p.endLine ?? p.line) - 1, Math.max((p.endColumn ?? p.column + 1) - 1, p.column)),
        p.message,
        p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning,
      );
      d.source = 'News Lens';
      return d;
    }));
  }

  #reportLost(uri: vscode.Uri, review: DocumentReview): void {
    const key = review.lost.map(describeEntry).join('\n');
    if (key === review.reportedLost) return;
    review.reportedLost = key;
    if (review.sidecar) this.#showProblems(review.sidecar, [...review.problems, ...lostEntryProblems(review.lost)]);
    if (review.lost.length === 0) return;
    const name = uri.path.split('/').pop();
    const what = review.lost.length === 1 ? describeEntry(review.lost[0]) : `${review.lost.length} reviewed annotations`;
    void vscode.window.showWarningMessage(`News Lens: the text of ${what} is no longer in ${name}. It stays in the sidecar until you remove it.`, 'Open Sidecar').then((choice) => {
      if (choice && review.sidecar) void vscode.window.showTextDocument(review.sidecar);
    });
  }
}
