/** Paints annotations into every visible editor: one decoration type a category, theme colours. */
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

export class DecorationPainter extends Disposable {
  readonly #service: AnnotationService;
  readonly #types = createTypes();
  /** Highlighting switched off from the status bar (session only). */
  #hidden = false;

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
    this.paintAll();
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
    const layers = layersOf(show ? this.#service.get(doc) : []);
    for (const [layer, parts] of Object.entries(layers) as Array<[Layer, Part[]]>) {
      editor.setDecorations(this.#types[layer], parts.map((p) => new vscode.Range(doc.positionAt(p.start), doc.positionAt(p.end))));
    }
  }
}
