/** The News Lens views: Actors (by kind), Claims (by source) and Quantities of the active document. */
import * as vscode from 'vscode';
import { describeClaim } from '../engine/claims';
import { actorOutline, claimOutline, quantityOutline } from '../engine/outline';
import type { OriginFilter } from '../engine/outline';
import { describeQuantity } from '../engine/quantities';
import type { Annotation, Part } from '../engine/types';
import type { AnnotationService } from './annotations';
import { Disposable } from './dispose';

export const REVEAL = 'newsLens.revealAnnotation';

type Node =
  | { type: 'group'; label: string; description: string; children: Node[]; icon: string }
  | { type: 'leaf'; label: string; description?: string; tooltip?: string; part: Part; icon: string; children?: Node[] };

function snippet(text: string, p: Part, width = 60): string {
  const s = text.slice(p.start, p.end).replace(/\s+/g, ' ').trim();
  return s.length > width ? `${s.slice(0, width - 1)}…` : s;
}

function lineOf(doc: vscode.TextDocument, offset: number): string {
  return `line ${doc.positionAt(offset).line + 1}`;
}

abstract class DocumentView extends Disposable implements vscode.TreeDataProvider<Node> {
  protected readonly service: AnnotationService;
  readonly #changed = this.register(new vscode.EventEmitter<Node | undefined>());
  readonly onDidChangeTreeData = this.#changed.event;
  protected doc: vscode.TextDocument | undefined;
  readonly view: vscode.TreeView<Node>;
  #filter: () => OriginFilter;

  constructor(service: AnnotationService, id: string, filter: () => OriginFilter) {
    super();
    this.service = service;
    this.#filter = filter;
    this.view = this.register(vscode.window.createTreeView(id, { treeDataProvider: this, showCollapseAll: true }));
    this.register(vscode.window.onDidChangeActiveTextEditor(() => this.refresh()));
    this.register(service.onDidChange((uri) => {
      if (uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) this.refresh();
    }));
    this.refresh();
  }

  refresh(): void {
    this.doc = vscode.window.activeTextEditor?.document;
    this.#changed.fire(undefined);
  }

  protected get filter(): OriginFilter {
    return this.#filter();
  }

  protected annotations(): Annotation[] {
    return this.doc && this.service.isEligible(this.doc) ? this.service.get(this.doc) : [];
  }

  abstract roots(): Node[];

  getChildren(node?: Node): Node[] {
    if (!node) {
      const roots = this.roots();
      this.view.message = this.doc && this.service.isEligible(this.doc) ? (roots.length ? undefined : 'Nothing found in this document.') : 'Open an article to see what News Lens finds in it.';
      return roots;
    }
    return node.children ?? [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const item = new vscode.TreeItem(node.label, node.children?.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    if (node.type === 'group') item.collapsibleState = vscode.TreeItemCollapsibleState.Expanded;
    item.description = node.description;
    item.iconPath = new vscode.ThemeIcon(node.icon);
    if (node.type === 'leaf') {
      item.tooltip = node.tooltip; // plain text: never rendered as Markdown
      if (this.doc) item.command = { command: REVEAL, title: 'Reveal', arguments: [this.doc.uri.toString(), node.part.start, node.part.end] };
    }
    return item;
  }
}

const KIND_ICON: Record<string, string> = { person: 'person', organisation: 'organization', place: 'location', group: 'people' };
const KIND_TITLE: Record<string, string> = { person: 'People', organisation: 'Organisations', place: 'Places', group: 'Groups' };

export class ActorsView extends DocumentView {
  roots(): Node[] {
    const doc = this.doc;
    if (!doc) return [];
    const text = doc.getText();
    return actorOutline(this.annotations(), (id) => this.service.catalogues.entity(id), this.filter).map((g) => ({
      type: 'group',
      label: KIND_TITLE[g.kind] ?? g.kind,
      description: String(g.entities.length),
      icon: KIND_ICON[g.kind] ?? 'symbol-misc',
      children: g.entities.map((e) => ({
        type: 'leaf',
        label: e.name,
        description: `${e.mentions.length} mention${e.mentions.length === 1 ? '' : 's'}${e.unknown ? ' · not in catalogue' : ''}`,
        tooltip: `${e.name} (${e.id})`,
        part: e.mentions[0],
        icon: e.unknown ? 'circle-outline' : KIND_ICON[e.kind] ?? 'symbol-misc',
        children: e.mentions.map((m) => ({ type: 'leaf', label: snippet(text, m), description: lineOf(doc, m.start), part: m, icon: 'go-to-file' }) as Node),
      })),
    }));
  }
}

export class ClaimsView extends DocumentView {
  roots(): Node[] {
    const doc = this.doc;
    if (!doc) return [];
    const text = doc.getText();
    const name = (id: string): string | undefined => this.service.catalogues.entity(id)?.name;
    return claimOutline(this.annotations(), text, (id) => this.service.catalogues.entity(id), this.filter).map((g) => ({
      type: 'group',
      label: g.name,
      description: `${g.claims.length} claim${g.claims.length === 1 ? '' : 's'}`,
      icon: g.key.startsWith('~') ? 'question' : 'person',
      children: g.claims.map((c) => ({
        type: 'leaf',
        label: snippet(text, c.content[0] ?? c, 70),
        description: `${c.cue.map((p) => text.slice(p.start, p.end)).join(' ')} · ${lineOf(doc, c.start)}`,
        tooltip: describeClaim(c, text, name),
        part: c,
        icon: c.origin === 'manual' ? 'edit' : 'quote',
      })),
    }));
  }
}

export class QuantitiesView extends DocumentView {
  roots(): Node[] {
    const doc = this.doc;
    if (!doc) return [];
    const text = doc.getText();
    return quantityOutline(this.annotations(), this.filter).map((q) => ({
      type: 'leaf',
      label: snippet(text, q),
      description: `${describeQuantity(q)} · ${lineOf(doc, q.start)}`,
      tooltip: describeQuantity(q),
      part: q,
      icon: q.unitKind === 'money' ? 'credit-card' : q.unitKind === 'percent' ? 'graph' : q.unitKind === 'duration' ? 'watch' : 'symbol-number',
    }));
  }
}

/** Selects a range of a document in an editor: the views' and navigation's "go to". */
export async function revealAnnotation(uri: string, start: number, end: number): Promise<void> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const editor = await vscode.window.showTextDocument(doc, { preserveFocus: false });
  const range = new vscode.Range(doc.positionAt(start), doc.positionAt(end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
