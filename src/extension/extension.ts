/** News Lens: wiring only. Everything that thinks lives in ../engine. */
import * as vscode from 'vscode';
import type { Annotation, Entity } from '../engine/types';
import { AnnotationService } from './annotations';
import { CatalogueStore } from './catalogues';
import { registerCodeActions } from './codeActions';
import { addToCatalogue } from './commands/addToCatalogue';
import type { AddToCatalogueArgs } from './commands/addToCatalogue';
import { exportAnnotations } from './commands/exportAnnotations';
import type { ExportArgs } from './commands/exportAnnotations';
import { exportWorkspace } from './commands/exportWorkspace';
import type { WorkspaceExportArgs } from './commands/exportWorkspace';
import { DecorationPainter } from './decorations';
import { toUri } from './files';
import { NewsHoverProvider } from './hovers';
import { neighbour } from '../engine/outline';
import type { OriginFilter } from '../engine/outline';
import type { SidecarEntry } from '../engine/sidecar';
import { ReviewCommands } from './commands/review';
import { ReviewStore } from './review';
import { readSettings } from './settings';
import { StatusBar } from './statusBar';
import { ActorsView, ClaimsView, QuantitiesView, REVEAL, revealAnnotation } from './views';

/** What other extensions and the integration tests can ask of News Lens. */
export interface NewsLensApi {
  /** Annotations of a document for its current text (waits for the catalogues to load). */
  annotationsFor(uri: vscode.Uri | string): Promise<Annotation[]>;
  /** A catalogue entry by id. */
  entity(id: string): Entity | undefined;
  /** Resolves when the catalogues are loaded. */
  ready(): Promise<void>;
  /** Whether highlighting is shown (status bar toggle). */
  readonly highlighting: boolean;
  /** The status bar's text for the active document. */
  readonly statusText: string;
  /** Reviewed annotations of a document whose text is gone. */
  lostAnnotations(uri: vscode.Uri | string): SidecarEntry[];
  /** What the views show, as plain data: labels of the root items and their children. */
  viewContents(view: 'actors' | 'claims' | 'quantities'): Array<{ label: string; description?: string; children: string[] }>;
  /** The lines painted in the active editor when it is painted only around what it shows; undefined when painted whole. */
  readonly paintedLines: { first: number; last: number } | undefined;
  /** Open documents with cached state (for the disposal test). */
  readonly trackedDocuments: number;
  /** How long activate() took, in milliseconds (catalogues load after it returns). */
  readonly activationMs: number;
}

export function activate(context: vscode.ExtensionContext): NewsLensApi {
  const started = Date.now();
  const catalogues = new CatalogueStore(context);
  const service = new AnnotationService(catalogues);
  const review = new ReviewStore();
  service.setReviewLayer(review);
  const painter = new DecorationPainter(service);
  const status = new StatusBar(service, painter);
  let filter: OriginFilter = context.workspaceState.get<OriginFilter>('newsLens.originFilter') ?? { automatic: true, manual: true, rejected: false };
  const views = {
    actors: new ActorsView(service, 'newsLens.actors', () => filter),
    claims: new ClaimsView(service, 'newsLens.claims', () => filter),
    quantities: new QuantitiesView(service, 'newsLens.quantities', () => filter),
  };
  context.subscriptions.push(catalogues, review, service, painter, status, ...Object.values(views));
  context.subscriptions.push(...new ReviewCommands(service, review).register());
  const navigate = async (direction: 1 | -1): Promise<void> => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return;
    const next = neighbour(service.get(editor.document), editor.document.offsetAt(editor.selection.active), direction);
    if (next) await revealAnnotation(editor.document.uri.toString(), next.start, next.end);
  };
  const toggleCategory = async (key: 'actors' | 'quantities' | 'claims'): Promise<void> => {
    const config = vscode.workspace.getConfiguration('newsLens');
    await config.update(`${key}.enabled`, !config.get<boolean>(`${key}.enabled`, true), vscode.ConfigurationTarget.Workspace);
  };

  let hover: vscode.Disposable | undefined;
  const registerLanguageFeatures = (): void => {
    hover?.dispose();
    const selector = readSettings().languages.map((language) => ({ language }));
    hover = vscode.Disposable.from(
      vscode.languages.registerHoverProvider(selector, new NewsHoverProvider(service)),
      registerCodeActions(selector, service),
    );
  };
  registerLanguageFeatures();
  const updateContext = (): void => {
    const doc = vscode.window.activeTextEditor?.document;
    void vscode.commands.executeCommand('setContext', 'newsLens.documentActive', !!doc && service.isEligible(doc));
  };
  updateContext();
  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(updateContext),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('newsLens') && updateContext()),
  );
  context.subscriptions.push(
    { dispose: () => hover?.dispose() },
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('newsLens.languages')) registerLanguageFeatures();
    }),
    vscode.commands.registerCommand('newsLens.exportAnnotations', (args?: ExportArgs) => exportAnnotations(service, args)),
    vscode.commands.registerCommand('newsLens.exportWorkspaceAnnotations', (args?: WorkspaceExportArgs) => exportWorkspace(service, args)),
    vscode.commands.registerCommand('newsLens.addToCatalogue', (args?: AddToCatalogueArgs) => addToCatalogue(service, args)),
    vscode.commands.registerCommand('newsLens.reloadCatalogues', () => catalogues.reload()),
    vscode.commands.registerCommand('newsLens.toggleHighlighting', () => {
      painter.hidden = !painter.hidden;
      status.update();
      return !painter.hidden;
    }),
    vscode.commands.registerCommand('newsLens.toggleActors', () => toggleCategory('actors')),
    vscode.commands.registerCommand('newsLens.toggleQuantities', () => toggleCategory('quantities')),
    vscode.commands.registerCommand('newsLens.toggleClaims', () => toggleCategory('claims')),
    vscode.commands.registerCommand('newsLens.nextAnnotation', () => navigate(1)),
    vscode.commands.registerCommand('newsLens.previousAnnotation', () => navigate(-1)),
    vscode.commands.registerCommand(REVEAL, (uri: string, start: number, end: number) => revealAnnotation(uri, start, end)),
    vscode.commands.registerCommand('newsLens.filterViews', async (args?: OriginFilter) => {
      if (!args) {
        const items = (['automatic', 'manual', 'rejected'] as const).map((o) => ({ label: o, picked: filter[o] }));
        const picked = await vscode.window.showQuickPick(items, { canPickMany: true, title: 'Show annotations whose origin is' });
        if (!picked) return;
        args = { automatic: false, manual: false, rejected: false };
        for (const p of picked) args[p.label] = true;
      }
      filter = args;
      await context.workspaceState.update('newsLens.originFilter', filter);
      for (const v of Object.values(views)) v.refresh();
    }),
    vscode.commands.registerCommand('newsLens.annotateNow', () => {
      const doc = vscode.window.activeTextEditor?.document;
      if (doc) service.annotateNow(doc);
    }),
  );

  const activationMs = Date.now() - started;
  return {
    activationMs,
    async annotationsFor(uri) {
      await catalogues.ready;
      const doc = await vscode.workspace.openTextDocument(toUri(uri));
      return service.get(doc);
    },
    entity: (id) => catalogues.entity(id),
    ready: () => catalogues.ready,
    get highlighting() {
      return !painter.hidden;
    },
    get statusText() {
      return status.text;
    },
    lostAnnotations: (uri) => review.lostFor(toUri(uri)),
    viewContents(view) {
      const provider = views[view];
      return provider.getChildren().map((node) => {
        const item = provider.getTreeItem(node);
        return {
          label: String(item.label),
          description: typeof item.description === 'string' ? item.description : undefined,
          children: provider.getChildren(node).map((c) => String(provider.getTreeItem(c).label)),
        };
      });
    },
    get trackedDocuments() {
      return service.trackedDocuments;
    },
    get paintedLines() {
      const editor = vscode.window.activeTextEditor;
      return editor ? painter.paintedLines(editor) : undefined;
    },
  };
}

export function deactivate(): void {
  // everything is disposed through context.subscriptions
}
