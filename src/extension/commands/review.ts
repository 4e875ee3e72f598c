/** Review commands: annotate a selection, remove (reject) an annotation, change an actor's entity, and more. */
import * as vscode from 'vscode';
import { slugify } from '../../engine/catalogueEdit';
import { findQuantities } from '../../engine/quantities';
import { entryFromAnnotation, withoutEntriesFor } from '../../engine/sidecar';
import { ACTOR_KINDS } from '../../engine/types';
import type { ActorKind, ActorSpan, Annotation, Category, ClaimSpan, Part, QuantitySpan } from '../../engine/types';
import type { AnnotationService } from '../annotations';
import { toUri } from '../files';
import type { ReviewStore } from '../review';

export interface SelectionArgs {
  uri?: string;
  start?: number;
  end?: number;
}

export interface ActorArgs extends SelectionArgs {
  kind?: ActorKind;
  entity?: string | null;
}

export interface ClaimArgs extends SelectionArgs {
  cue?: Part[];
  source?: Part[];
  content?: Part[];
  sourceEntity?: string;
}

interface Target {
  doc: vscode.TextDocument;
  start: number;
  end: number;
}

async function target(args: SelectionArgs | undefined, needSelection: boolean): Promise<Target | undefined> {
  if (args?.uri && args.start !== undefined) {
    const doc = await vscode.workspace.openTextDocument(toUri(args.uri));
    return { doc, start: args.start, end: args.end ?? args.start };
  }
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const { doc, sel } = { doc: editor.document, sel: editor.selection };
  if (needSelection && sel.isEmpty) {
    const word = doc.getWordRangeAtPosition(sel.active, /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’.-]*/u);
    if (!word) {
      void vscode.window.showInformationMessage('News Lens: select the text to annotate first.');
      return undefined;
    }
    return { doc, start: doc.offsetAt(word.start), end: doc.offsetAt(word.end) };
  }
  return { doc, start: doc.offsetAt(sel.start), end: doc.offsetAt(sel.end) };
}

function trimmed(text: string, start: number, end: number): Part {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

export class ReviewCommands {
  readonly #service: AnnotationService;
  readonly #review: ReviewStore;
  /** Claim being marked in turn: source, then cue, then content. */
  #claimDraft: { uri: string; parts: Part[] } | undefined;

  constructor(service: AnnotationService, review: ReviewStore) {
    this.#service = service;
    this.#review = review;
  }

  register(): vscode.Disposable[] {
    const r = vscode.commands.registerCommand;
    return [
      r('newsLens.annotateSelectionAsActor', (a?: ActorArgs) => this.annotateActor(a)),
      r('newsLens.annotateSelectionAsQuantity', (a?: SelectionArgs) => this.annotateQuantity(a)),
      r('newsLens.annotateSelectionAsClaim', (a?: ClaimArgs) => this.annotateClaim(a)),
      r('newsLens.removeAnnotation', (a?: SelectionArgs & { category?: Category }) => this.remove(a)),
      r('newsLens.changeActorEntity', (a?: ActorArgs) => this.changeEntity(a)),
      r('newsLens.annotateAllIdenticalMentions', (a?: SelectionArgs) => this.annotateAllIdentical(a)),
      r('newsLens.clearManualAnnotations', (a?: { uri?: string; confirm?: boolean }) => this.clearManual(a)),
    ];
  }

  async #record(doc: vscode.TextDocument, annotation: Annotation, origin: 'manual' | 'rejected'): Promise<boolean> {
    const text = doc.getText();
    return this.#review.update(doc, (entries) => [
      ...withoutEntriesFor(text, entries, { category: annotation.label, start: annotation.start, end: annotation.end }),
      entryFromAnnotation(text, annotation, origin),
    ]);
  }

  async #pickEntity(name: string, kind?: ActorKind): Promise<{ entity?: string; kind: ActorKind } | undefined> {
    type Item = vscode.QuickPickItem & { id?: string; actorKind?: ActorKind; create?: boolean };
    const items: Item[] = [
      { label: `$(add) New catalogue entry “${name}”…`, create: true },
      { label: '$(circle-outline) No catalogue entity', description: 'keep it as an unknown name' },
      { label: 'Catalogue', kind: vscode.QuickPickItemKind.Separator },
      ...this.#service.catalogues.index.entities.map((e) => ({ label: e.name, description: `${e.kind} · ${e.id}`, id: e.id, actorKind: e.kind })),
    ];
    const picked = await vscode.window.showQuickPick(items, { title: `Which actor is “${name}”?`, matchOnDescription: true });
    if (!picked) return undefined;
    if (picked.create) {
      const id = await vscode.commands.executeCommand<string | undefined>('newsLens.addToCatalogue', { name, kind });
      return id ? { entity: id, kind: this.#service.catalogues.entity(id)?.kind ?? kind ?? 'person' } : undefined;
    }
    if (picked.id) return { entity: picked.id, kind: picked.actorKind ?? 'person' };
    const k = await vscode.window.showQuickPick([...ACTOR_KINDS], { title: `Kind of “${name}”` });
    return k ? { kind: k as ActorKind } : undefined;
  }

  async annotateActor(args?: ActorArgs): Promise<ActorSpan | undefined> {
    const t = await target(args, true);
    if (!t) return undefined;
    const text = t.doc.getText();
    const p = trimmed(text, t.start, t.end);
    if (p.end <= p.start) return undefined;
    const name = text.slice(p.start, p.end);
    let entity = args?.entity ?? undefined;
    let kind = args?.kind;
    if (args?.entity === undefined && args?.kind === undefined) {
      const picked = await this.#pickEntity(name.replace(/\s+/g, ' '), kind);
      if (!picked) return undefined;
      entity = picked.entity;
      kind = picked.kind;
    }
    const known = entity ? this.#service.catalogues.entity(entity) : undefined;
    const span: ActorSpan = {
      label: 'actor', start: p.start, end: p.end, text: name, origin: 'manual',
      kind: kind ?? known?.kind ?? 'person',
      entity: entity ?? slugify(name),
      unknown: !known,
    };
    return (await this.#record(t.doc, span, 'manual')) ? span : undefined;
  }

  async annotateQuantity(args?: SelectionArgs): Promise<QuantitySpan | undefined> {
    const t = await target(args, true);
    if (!t) return undefined;
    const text = t.doc.getText();
    const p = trimmed(text, t.start, t.end);
    if (p.end <= p.start) return undefined;
    const selected = text.slice(p.start, p.end);
    const read = findQuantities(selected).sort((a, b) => b.end - b.start - (a.end - a.start))[0];
    const span: QuantitySpan = {
      label: 'quantity', start: p.start, end: p.end, text: selected, origin: 'manual',
      approx: read?.approx ?? false, unitKind: read?.unitKind ?? 'count',
    };
    if (read?.value !== undefined) span.value = read.value;
    if (read?.min !== undefined) span.min = read.min;
    if (read?.max !== undefined) span.max = read.max;
    if (read?.unit !== undefined) span.unit = read.unit;
    return (await this.#record(t.doc, span, 'manual')) ? span : undefined;
  }

  async annotateClaim(args?: ClaimArgs): Promise<ClaimSpan | undefined> {
    if (args?.uri && args.content) {
      const doc = await vscode.workspace.openTextDocument(toUri(args.uri));
      return this.#saveClaim(doc, args.source ?? [], args.cue ?? [], args.content, args.sourceEntity);
    }
    const editor = vscode.window.activeTextEditor;
    if (!editor) return undefined;
    const doc = editor.document;
    // several selections at once: source, cue, content in that order
    const sels = editor.selections.filter((s) => !s.isEmpty).map((s) => ({ start: doc.offsetAt(s.start), end: doc.offsetAt(s.end) }));
    if (sels.length === 3) return this.#saveClaim(doc, [sels[0]], [sels[1]], [sels[2]]);
    if (sels.length !== 1) {
      void vscode.window.showInformationMessage('News Lens: select the source of the claim, then run Annotate Selection as Claim; then the cue; then the content.');
      return undefined;
    }
    const key = doc.uri.toString();
    if (!this.#claimDraft || this.#claimDraft.uri !== key) this.#claimDraft = { uri: key, parts: [] };
    this.#claimDraft.parts.push(trimmed(doc.getText(), sels[0].start, sels[0].end));
    const step = this.#claimDraft.parts.length;
    if (step < 3) {
      void vscode.commands.executeCommand('setContext', 'newsLens.claimInProgress', true);
      vscode.window.setStatusBarMessage(`News Lens: claim ${step === 1 ? 'source' : 'cue'} marked. Now select the ${step === 1 ? 'cue' : 'content'} and run Annotate Selection as Claim again.`, 15000);
      return undefined;
    }
    const [source, cue, content] = this.#claimDraft.parts;
    this.#claimDraft = undefined;
    void vscode.commands.executeCommand('setContext', 'newsLens.claimInProgress', false);
    return this.#saveClaim(doc, [source], [cue], [content]);
  }

  async #saveClaim(doc: vscode.TextDocument, source: Part[], cue: Part[], content: Part[], sourceEntity?: string): Promise<ClaimSpan | undefined> {
    const text = doc.getText();
    const parts = [...source, ...cue, ...content];
    if (parts.length === 0) return undefined;
    const start = Math.min(...parts.map((p) => p.start));
    const end = Math.max(...parts.map((p) => p.end));
    if (!sourceEntity && source.length) {
      const actor = this.#service.get(doc).find((a): a is ActorSpan => a.label === 'actor' && a.start < source[0].end && source[0].start < a.end && !!a.entity);
      sourceEntity = actor?.entity;
    }
    const span: ClaimSpan = {
      label: 'claim', start, end, text: text.slice(start, end), origin: 'manual', cue, source, content,
      sourceKind: source.length === 0 ? 'none' : 'named',
    };
    if (sourceEntity) span.sourceEntity = sourceEntity;
    return (await this.#record(doc, span, 'manual')) ? span : undefined;
  }

  #at(doc: vscode.TextDocument, start: number, end: number, category?: Category): Annotation | undefined {
    const candidates = this.#service.get(doc).filter((a) => a.origin !== 'rejected' && (!category || a.label === category) && a.start <= start && end <= a.end);
    return candidates.sort((a, b) => a.end - a.start - (b.end - b.start))[0];
  }

  async remove(args?: SelectionArgs & { category?: Category }): Promise<boolean> {
    const t = await target(args, false);
    if (!t) return false;
    const a = this.#at(t.doc, t.start, t.end, args?.category);
    if (!a) {
      void vscode.window.showInformationMessage('News Lens: there is no annotation here.');
      return false;
    }
    if (a.origin === 'manual') {
      const text = t.doc.getText();
      return this.#review.update(t.doc, (entries) => withoutEntriesFor(text, entries, { category: a.label, start: a.start, end: a.end, origin: 'manual' }));
    }
    return this.#record(t.doc, a, 'rejected');
  }

  async changeEntity(args?: ActorArgs): Promise<ActorSpan | undefined> {
    const t = await target(args, false);
    if (!t) return undefined;
    const a = this.#at(t.doc, t.start, t.end, 'actor') as ActorSpan | undefined;
    if (!a) {
      void vscode.window.showInformationMessage('News Lens: put the cursor on an actor first.');
      return undefined;
    }
    return this.annotateActor({ uri: t.doc.uri.toString(), start: a.start, end: a.end, entity: args?.entity, kind: args?.kind });
  }

  async annotateAllIdentical(args?: SelectionArgs): Promise<number> {
    const t = await target(args, false);
    if (!t) return 0;
    const a = this.#at(t.doc, t.start, t.end);
    if (!a || a.label === 'claim') {
      void vscode.window.showInformationMessage('News Lens: put the cursor on an actor or quantity first.');
      return 0;
    }
    const text = t.doc.getText();
    const needle = a.text;
    const taken = new Set(this.#service.get(t.doc).filter((x) => x.label === a.label && x.origin !== 'rejected').map((x) => `${x.start}:${x.end}`));
    const news: Annotation[] = [];
    for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) {
      const before = i > 0 ? text[i - 1] : ' ';
      const after = text[i + needle.length] ?? ' ';
      if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after) || taken.has(`${i}:${i + needle.length}`)) continue;
      news.push({ ...a, start: i, end: i + needle.length, text: needle, origin: 'manual' } as Annotation);
    }
    if (news.length === 0) return 0;
    const ok = await this.#review.update(t.doc, (entries) => [...entries, ...news.map((n) => entryFromAnnotation(text, n, 'manual'))]);
    return ok ? news.length : 0;
  }

  async clearManual(args?: { uri?: string; confirm?: boolean }): Promise<number> {
    const doc = args?.uri ? await vscode.workspace.openTextDocument(toUri(args.uri)) : vscode.window.activeTextEditor?.document;
    if (!doc) return 0;
    const review = await this.#review.entriesFor(doc.uri);
    const manual = review.entries.filter((e) => e.origin === 'manual').length;
    if (manual === 0) return 0;
    if (args?.confirm !== true) {
      const choice = await vscode.window.showWarningMessage(`Remove ${manual} manual annotation${manual === 1 ? '' : 's'} from this article? Rejections stay.`, { modal: true }, 'Remove');
      if (choice !== 'Remove') return 0;
    }
    const ok = await this.#review.update(doc, (entries) => entries.filter((e) => e.origin !== 'manual'));
    return ok ? manual : 0;
  }
}
