/**
 * Paints annotations into every visible editor: one decoration type a category, theme colours. Editors of
 * documents with very many annotations are painted around the lines they show, and again as they scroll.
 */
import * as vscode from 'vscode';
import type { Annotation, Part } from '../engine/types';
import type { AnnotationService } from './annotations';
import { Disposable } from './dispose';

type Layer = 'actor' | 'unknownActor' | 'quantity' | 'claimContent' | 'claimCue' | 'claimSource';

const color = (id: string): vscode.ThemeColor => new vscode.ThemeColor(id);

function createTypes(): Record<Layer, vscode.TextEditorDecorationType> {
  return {
    actor: vscode.window.createTextEditorDecorationType({
      backgroundColor: color('newsLens.actorBackground'),
      borderRadius: '2px',
      overviewRulerColor: color('newsLens.actorBackground'),
      overviewRulerLane: vscode.OverviewRulerLane.Left,
    }),
    unknownActor: vscode.window.createTextEditorDecorationType({
      borderWidth: '0 0 1px 0',
      borderStyle: 'dotted',
      borderColor: color('newsLens.unknownActorBorder'),
    }),
    quantity: vscode.window.createTextEditorDecorationType({
      backgroundColor: color('newsLens.quantityBackground'),
      borderRadius: '2px',
    }),
    claimContent: vscode.window.createTextEditorDecorationType({
      // a theme colour cannot go into text-decoration, so the underline is a bottom border
      borderWidth: '0 0 1px 0',
      borderStyle: 'dashed',
      borderColor: color('newsLens.claimUnderline'),
      backgroundColor: color('newsLens.claimBackground'),
    }),
    claimCue: vscode.window.createTextEditorDecorationType({
      fontStyle: 'italic',
      color: color('newsLens.claimCueForeground'),
    }),
    claimSource: vscode.window.createTextEditorDecorationType({
      borderWidth: '0 0 2px 0',
      borderStyle: 'solid',
      borderColor: color('newsLens.claimSourceBorder'),
    }),
  };
}

/** Which ranges go to which decoration layer. */
export function layersOf(annotations: readonly Annotation[]): Record<Layer, Part[]> {
  const out: Record<Layer, Part[]> = { actor: [], unknownActor: [], quantity: [], claimContent: [], claimCue: [], claimSource: [] };
  for (const a of annotations) {
    if (a.origin === 'rejected') continue;
    if (a.label === 'actor') out[a.unknown ? 'unknownActor' : 'actor'].push(a);
    else if (a.label === 'quantity') out.quantity.push(a);
    else {
      out.claimContent.push(...a.content);
      out.claimCue.push(...a.cue);
      out.claimSource.push(...a.source);
    }
  }
  return out;
}

/** Above this many annotations, an editor is painted only around what it shows (painting costs per range). */
const WINDOWED_FROM = 4000;
/** Lines painted above and below the visible ones; scrolling within half of them paints nothing new. */
const WINDOW_LINES = 400;

export class DecorationPainter extends Disposable {
  readonly #service: AnnotationService;
  readonly #types = createTypes();
  /** Highlighting switched off from the status bar (session only). */
  #hidden = false;
  /** Per editor of a document with many annotations: the lines painted. */
  readonly #windows = new WeakMap<vscode.TextEditor, { first: number; last: number }>();

  constructor(service: AnnotationService) {
    super();
    this.#service = service;
    for (const t of Object.values(this.#types)) this.register(t);
    this.register(vscode.window.onDidChangeVisibleTextEditors(() => this.paintAll()));
    this.register(service.onDidChange((uri) => {
      for (const editor of vscode.window.visibleTextEditors) if (editor.document.uri.toString() === uri.toString()) this.paint(editor);
    }));
    this.register(vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('newsLens')) this.paintAll();
    }));
    this.register(vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
      const window = this.#windows.get(e.textEditor);
      if (!window || e.visibleRanges.length === 0) return;
      const first = e.visibleRanges[0].start.line;
      const last = e.visibleRanges[e.visibleRanges.length - 1].end.line;
      const margin = WINDOW_LINES / 2;
      if ((window.first > 0 && first - margin < window.first) || (window.last < e.textEditor.document.lineCount - 1 && last + margin > window.last)) this.paint(e.textEditor);
    }));
    this.paintAll();
  }

  /** The lines painted in an editor that is painted only around what it shows (for tests). */
  paintedLines(editor: vscode.TextEditor): { first: number; last: number } | undefined {
    return this.#windows.get(editor);
  }

  get hidden(): boolean {
    return this.#hidden;
  }

  set hidden(value: boolean) {
    this.#hidden = value;
    this.paintAll();
  }

  paintAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.paint(editor);
  }

  paint(editor: vscode.TextEditor): void {
    const doc = editor.document;
    const show = !this.#hidden && this.#service.isEligible(doc);
    let annotations: readonly Annotation[] = show ? this.#service.get(doc) : [];
    if (annotations.length > WINDOWED_FROM && editor.visibleRanges.length > 0) {
      // tens of thousands of ranges take the editor long to paint: paint the lines around the visible ones
      const first = Math.max(0, editor.visibleRanges[0].start.line - WINDOW_LINES);
      const last = Math.min(doc.lineCount - 1, editor.visibleRanges[editor.visibleRanges.length - 1].end.line + WINDOW_LINES);
      this.#windows.set(editor, { first, last });
      const from = doc.offsetAt(new vscode.Position(first, 0));
      const to = doc.offsetAt(doc.lineAt(last).range.end);
      annotations = annotations.filter((a) => a.end >= from && a.start <= to);
    } else {
      this.#windows.delete(editor);
    }
    const layers = layersOf(annotations);
    for (const [layer, parts] of Object.entries(layers) as Array<[Layer, Part[]]>) {
      editor.setDecorations(this.#types[layer], parts.map((p) => new vscode.Range(doc.positionAt(p.start), doc.positionAt(p.end))));
    }
  }
}
