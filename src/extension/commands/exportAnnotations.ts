/** "News Lens: Export Annotations…": the active document's annotations in a format other tools read. */
import * as vscode from 'vscode';
import { EXPORT_FORMATS, exportArticle } from '../../engine/export';
import type { ArticleForExport, ExportFormat } from '../../engine/export';
import type { AnnotationService } from '../annotations';
import { confirmOverwrite, exists, toUri, writeAtomically } from '../files';

export interface ExportArgs {
  /** The article (default: the active editor's document). */
  uri?: string | vscode.Uri;
  format?: ExportFormat;
  /** The file to write (for brat: the .ann file; .txt and annotation.conf go beside it). */
  target?: string | vscode.Uri;
  /** With arguments, existing files are replaced only when this is true. */
  overwrite?: boolean;
}

export function articleForExport(service: AnnotationService, doc: vscode.TextDocument): ArticleForExport {
  return {
    name: vscode.workspace.asRelativePath(doc.uri, false),
    uri: doc.uri.toString(),
    text: doc.getText(),
    annotations: service.complete(doc), // a large document still being annotated in slices is finished first
    entities: (id) => service.catalogues.entity(id),
  };
}

/** Where each exported file goes, given the chosen target file. */
export function exportTargets(format: ExportFormat, article: ArticleForExport, target: vscode.Uri): Array<{ uri: vscode.Uri; content: string }> {
  const files = exportArticle(format, article);
  const dir = vscode.Uri.joinPath(target, '..');
  const main = files[0];
  const base = target.path.split('/').pop() ?? 'article';
  const stem = main && base.endsWith(main.suffix) ? base.slice(0, base.length - main.suffix.length) : base;
  return files.map((f, i) => ({
    uri: i === 0 ? target : vscode.Uri.joinPath(dir, f.isSharedName ? f.suffix : stem + f.suffix),
    content: f.content,
  }));
}

export async function exportAnnotations(service: AnnotationService, args?: ExportArgs): Promise<vscode.Uri[] | undefined> {
  const withArgs = args !== undefined && args.target !== undefined;
  const doc = args?.uri ? await vscode.workspace.openTextDocument(toUri(args.uri)) : vscode.window.activeTextEditor?.document;
  if (!doc) {
    void vscode.window.showWarningMessage('News Lens: open an article to export its annotations.');
    return undefined;
  }
  let format = args?.format;
  if (!format) {
    const picked = await vscode.window.showQuickPick(
      Object.entries(EXPORT_FORMATS).map(([id, f]) => ({ label: f.label, description: f.extension, detail: f.description, id: id as ExportFormat })),
      { title: 'Export Annotations', placeHolder: 'Choose a format' },
    );
    if (!picked) return undefined;
    format = picked.id;
  }
  if (!(format in EXPORT_FORMATS)) throw new Error(`News Lens: unknown export format "${format}".`);
  const article = articleForExport(service, doc);
  const fmt = EXPORT_FORMATS[format];
  let target: vscode.Uri | undefined = args?.target ? toUri(args.target) : undefined;
  let dialogConfirmed: vscode.Uri[] = [];
  if (!target) {
    const name = (doc.uri.path.split('/').pop() ?? 'article').replace(/\.[^.]*$/, '') + fmt.extension;
    const base = doc.isUntitled ? vscode.workspace.workspaceFolders?.[0]?.uri : vscode.Uri.joinPath(doc.uri, '..');
    target = await vscode.window.showSaveDialog({
      title: `Export Annotations as ${fmt.label}`,
      defaultUri: base ? vscode.Uri.joinPath(base, name) : undefined,
      filters: { [fmt.label]: [fmt.extension.replace(/^\./, '')] },
    });
    if (!target) return undefined;
    dialogConfirmed = [target];
  }
  const files = exportTargets(format, article, target);
  if (files.some((f) => f.uri.toString() === doc.uri.toString())) {
    throw new Error(`News Lens: exporting there would overwrite the article itself; choose another name or folder.`);
  }
  if (withArgs) {
    if (!args?.overwrite) {
      for (const f of files) if (await exists(f.uri)) throw new Error(`News Lens: ${f.uri.path.split('/').pop()} already exists (pass overwrite: true to replace it).`);
    }
  } else if (!(await confirmOverwrite(files.map((f) => f.uri), dialogConfirmed))) {
    return undefined;
  }
  for (const f of files) await writeAtomically(f.uri, f.content);
  if (!withArgs) {
    const open = await vscode.window.showInformationMessage(`News Lens: exported ${article.annotations.length} annotations to ${target.path.split('/').pop()}.`, 'Open');
    if (open === 'Open') await vscode.window.showTextDocument(target);
  }
  return files.map((f) => f.uri);
}
