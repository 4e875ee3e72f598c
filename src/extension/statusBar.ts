/** "12 actors · 3 quantities · 9 claims" for the active document; a click toggles highlighting. */
import * as vscode from 'vscode';
import { countLine } from '../engine/outline';
import type { AnnotationService } from './annotations';
import type { DecorationPainter } from './decorations';
import { Disposable } from './dispose';

export class StatusBar extends Disposable {
  readonly #item = this.register(vscode.window.createStatusBarItem('newsLens.status', vscode.StatusBarAlignment.Right, 100));
  readonly #service: AnnotationService;
  readonly #painter: DecorationPainter;

  constructor(service: AnnotationService, painter: DecorationPainter) {
    super();
    this.#service = service;
    this.#painter = painter;
    this.#item.name = 'News Lens';
    this.#item.command = 'newsLens.toggleHighlighting';
    this.register(vscode.window.onDidChangeActiveTextEditor(() => this.update()));
    this.register(service.onDidChange(() => this.update()));
    this.register(vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('newsLens') && this.update()));
    this.update();
  }

  /** The text shown, for tests. */
  get text(): string {
    return this.#item.text;
  }

  update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !this.#service.isEligible(doc)) {
      this.#item.hide();
      return;
    }
    const progress = this.#service.progress(doc);
    let line = this.#service.isDeferred(doc) ? 'not annotated (large document)' : countLine(this.#service.get(doc));
    if (progress !== undefined) line = `$(sync~spin) annotating ${Math.floor(progress * 100)}% · ${line}`;
    const hidden = this.#painter.hidden;
    this.#item.text = `$(${hidden ? 'eye-closed' : 'eye'}) ${line}`;
    this.#item.tooltip = hidden ? 'News Lens: highlighting is off. Click to show it.' : 'News Lens: click to hide highlighting.';
    this.#item.show();
  }
}
