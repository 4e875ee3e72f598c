/** Hover cards for actors, quantities and claims; Markdown built by the engine, wrapped here. */
import * as vscode from 'vscode';
import { mentionCounts } from '../engine/annotate';
import { describeClaim } from '../engine/claims';
import { actorHover } from '../engine/hover';
import { escapeMarkdown } from '../engine/markdown';
import { describeQuantity } from '../engine/quantities';
import type { Annotation, Entity } from '../engine/types';
import type { AnnotationService } from './annotations';

/** The only command a hover may link to. */
export const ADD_TO_CATALOGUE = 'newsLens.addToCatalogue';

export class NewsHoverProvider implements vscode.HoverProvider {
  readonly #service: AnnotationService;

  constructor(service: AnnotationService) {
    this.#service = service;
  }

  provideHover(doc: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const offset = doc.offsetAt(position);
    const all = this.#service.get(doc);
    const here = all.filter((a) => a.origin !== 'rejected' && a.start <= offset && offset < a.end);
    if (here.length === 0) return undefined;
    const counts = mentionCounts(all);
    const entity = (id: string): Entity | undefined => this.#service.catalogues.entity(id);
    const parts: vscode.MarkdownString[] = [];
    let range: vscode.Range | undefined;
    // the innermost annotation decides the hover's range
    const innermost = [...here].sort((a, b) => a.end - a.start - (b.end - b.start))[0];
    range = new vscode.Range(doc.positionAt(innermost.start), doc.positionAt(innermost.end));
    for (const a of here.sort((x, y) => x.end - x.start - (y.end - y.start))) {
      parts.push(this.#card(a, doc, counts, entity));
    }
    return new vscode.Hover(parts, range);
  }

  #card(a: Annotation, doc: vscode.TextDocument, counts: Map<string, number>, entity: (id: string) => Entity | undefined): vscode.MarkdownString {
    const md = new vscode.MarkdownString(undefined, false);
    md.supportHtml = false;
    if (a.label === 'actor') {
      const ids = a.entities ?? (a.entity ? [a.entity] : []);
      const entities = a.unknown ? [] : ids.map(entity).filter((e): e is Entity => e !== undefined);
      let link: string | undefined;
      if (a.unknown || entities.length === 0) {
        const args = encodeURIComponent(JSON.stringify([{ uri: doc.uri.toString(), start: a.start, end: a.end, kind: a.kind, name: a.text }]));
        link = `command:${ADD_TO_CATALOGUE}?${args}`;
        md.isTrusted = { enabledCommands: [ADD_TO_CATALOGUE] };
      }
      md.appendMarkdown(actorHover({ span: a, entities, mentions: (id) => counts.get(id) ?? 0, addToCatalogueLink: link }));
    } else if (a.label === 'quantity') {
      md.appendMarkdown(`**Quantity** · ${escapeMarkdown(describeQuantity(a))}`);
    } else {
      const text = doc.getText();
      md.appendMarkdown(escapeMarkdown(describeClaim(a, text, (id) => entity(id)?.name)));
      const content = a.content.map((p) => text.slice(p.start, p.end)).join(' … ');
      if (content) md.appendMarkdown(`\n\n> ${escapeMarkdown(content)}`);
    }
    if (a.origin === 'manual') md.appendMarkdown('\n\n*Added by hand.*');
    return md;
  }
}
