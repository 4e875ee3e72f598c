/** "Add to catalogue…": an unknown name becomes a catalogue entry, and at once a catalogue actor. */
import * as vscode from 'vscode';
import { appendCatalogueEntry, slugify } from '../../engine/catalogueEdit';
import { ACTOR_KINDS } from '../../engine/types';
import type { ActorKind, ActorSpan } from '../../engine/types';
import type { AnnotationService } from '../annotations';
import { decodeText, exists, toUri, writeAtomically } from '../files';

export interface AddToCatalogueArgs {
  uri?: string;
  start?: number;
  end?: number;
  name?: string;
  kind?: ActorKind;
  /** Skip the questions: the catalogue file (created when missing) and the id. */
  catalogue?: string;
  id?: string;
}

const NEW_FILE = '$(new-file) New catalogue file…';

export async function addToCatalogue(service: AnnotationService, args: AddToCatalogueArgs = {}): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  const doc = args.uri ? await vscode.workspace.openTextDocument(toUri(args.uri)) : editor?.document;
  let name = args.name;
  let kind = args.kind;
  if (doc && (name === undefined || kind === undefined)) {
    const offset = args.start ?? (editor ? doc.offsetAt(editor.selection.active) : 0);
    const actor = service.get(doc).find((a): a is ActorSpan => a.label === 'actor' && a.start <= offset && offset <= a.end);
    const selected = editor && !editor.selection.isEmpty ? doc.getText(editor.selection) : undefined;
    name ??= selected ?? actor?.text;
    kind ??= actor?.kind;
  }
  if (!name) {
    name = await vscode.window.showInputBox({ title: 'Add to Catalogue', prompt: 'Name of the actor' });
    if (!name) return undefined;
  }
  name = name.replace(/\s+/g, ' ').trim();
  const interactive = args.catalogue === undefined;

  let file: vscode.Uri | undefined = args.catalogue ? toUri(args.catalogue) : undefined;
  if (!file) {
    const known = service.catalogues.files;
    const items = [...known.map((u) => ({ label: vscode.workspace.asRelativePath(u), uri: u as vscode.Uri | undefined })), { label: NEW_FILE, uri: undefined }];
    const picked = known.length === 0 ? items[0] : await vscode.window.showQuickPick(items, { title: `Add “${name}” to which catalogue?` });
    if (!picked) return undefined;
    file = picked.uri;
    if (!file) {
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
      file = await vscode.window.showSaveDialog({
        title: 'New catalogue file',
        defaultUri: folder ? vscode.Uri.joinPath(folder, 'newsroom.entities.yaml') : undefined,
        filters: { 'Entity catalogue': ['yaml'] },
      });
      if (!file) return undefined;
    }
  }
  if (interactive || kind === undefined) {
    const pickedKind = await vscode.window.showQuickPick(
      ACTOR_KINDS.map((k) => ({ label: k, picked: k === kind, description: k === kind ? 'detected' : undefined })),
      { title: `Kind of “${name}”` },
    );
    if (!pickedKind) return undefined;
    kind = pickedKind.label;
  }
  let id = args.id;
  if (!id) {
    id = await vscode.window.showInputBox({
      title: `Id for “${name}”`,
      value: slugify(name),
      validateInput: (v) => (/^[\p{L}\p{N}][\p{L}\p{N}._:+-]*$/u.test(v) ? undefined : 'Letters, digits and - . _ : + only, no spaces'),
    });
    if (!id) return undefined;
  }
  if (service.catalogues.entity(id)?.source && service.catalogues.entity(id)?.source !== 'built-in') {
    const msg = `News Lens: the id "${id}" is already in a catalogue.`;
    if (!interactive) throw new Error(msg);
    void vscode.window.showWarningMessage(msg);
    return undefined;
  }
  const entry = { id, name, kind: kind ?? 'person' };
  const target = file;
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === target.toString());
  if (open) {
    // the catalogue is open in an editor: add the entry there, so its unsaved changes are neither lost nor in conflict
    if (!(await appendToOpenCatalogue(open, entry, interactive))) return undefined;
  } else {
    const old = (await exists(file)) ? decodeText(await vscode.workspace.fs.readFile(file)) : '';
    await writeAtomically(file, appendCatalogueEntry(old, entry));
  }
  await service.catalogues.reloadFile(file);
  if (interactive) void vscode.window.showInformationMessage(`News Lens: added “${name}” (${id}) to ${vscode.workspace.asRelativePath(file)}.`);
  return id;
}

/**
 * Appends the entry to a catalogue open in an editor, as an edit of its text (undoable, the rest of
 * the buffer untouched), then saves it so the entry is in use at once. Unsaved changes of the
 * catalogue are saved with it only when the person agrees.
 */
async function appendToOpenCatalogue(doc: vscode.TextDocument, entry: { id: string; name: string; kind: ActorKind }, interactive: boolean): Promise<boolean> {
  if (doc.isDirty) {
    const where = vscode.workspace.asRelativePath(doc.uri);
    if (!interactive) throw new Error(`News Lens: ${where} has unsaved changes; save or revert it first.`);
    const choice = await vscode.window.showWarningMessage(
      `${where} has unsaved changes. Add “${entry.name}” and save the catalogue with them?`,
      { modal: true },
      'Add and Save',
    );
    if (choice !== 'Add and Save') return false;
  }
  const old = doc.getText();
  const updated = appendCatalogueEntry(old, entry);
  let same = 0;
  const max = Math.min(old.length, updated.length);
  while (same < max && old.charCodeAt(same) === updated.charCodeAt(same)) same++;
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(doc.positionAt(same), doc.positionAt(old.length)), updated.slice(same));
  if (!(await vscode.workspace.applyEdit(edit))) throw new Error(`News Lens: could not edit ${vscode.workspace.asRelativePath(doc.uri)}.`);
  if (!(await doc.save())) throw new Error(`News Lens: could not save ${vscode.workspace.asRelativePath(doc.uri)}.`);
  return true;
}
