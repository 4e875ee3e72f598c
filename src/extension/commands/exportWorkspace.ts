/** "News Lens: Export Workspace Annotations…": every article of the workspace, in one file or one file each. */
import * as vscode from 'vscode';
import { EXPORT_FORMATS, exportArticle, exportCollection } from '../../engine/export';
import type { ArticleForExport, CollectionFormat, ExportFormat } from '../../engine/export';
import { SIDECAR_SUFFIX } from '../../engine/sidecar';
import type { AnnotationService } from '../annotations';
import { confirmOverwrite, exists, toUri, writeAtomically } from '../files';
import { articleForExport } from './exportAnnotations';

export interface WorkspaceExportArgs {
  /** One file for all articles (jsonl or csv) ... */
  format: ExportFormat;
  target?: string;
  /** ... or one file per article into this folder. */
  folder?: string;
  overwrite?: boolean;
}

async function articles(service: AnnotationService, token: vscode.CancellationToken, progress: vscode.Progress<{ message?: string; increment?: number }>): Promise<ArticleForExport[] | undefined> {
  const settings = service.settings;
  const uris = (await vscode.workspace.findFiles(settings.workspaceExportGlob, '{**/node_modules/**,**/.git/**}', 10000, token))
    .filter((u) => !u.path.endsWith(SIDECAR_SUFFIX))
    .sort((a, b) => a.path.localeCompare(b.path));
  const out: ArticleForExport[] = [];
  for (const [i, uri] of uris.entries()) {
    if (token.isCancellationRequested) return undefined;
    progress.report({ message: `${i + 1} of ${uris.length}: ${vscode.workspace.asRelativePath(uri)}`, increment: 100 / Math.max(1, uris.length) });
    const doc = await vscode.workspace.openTextDocument(uri);
    if (!settings.languages.includes(doc.languageId)) continue;
    if (service.isDeferred(doc)) service.annotateNow(doc);
    out.push(articleForExport(service, doc));
    await new Promise((r) => setTimeout(r, 0)); // let the editor breathe between articles
  }
  return out;
}

export async function exportWorkspace(service: AnnotationService, args?: WorkspaceExportArgs): Promise<vscode.Uri[] | undefined> {
  const withArgs = !!args;
  let format = args?.format;
  let perArticle = !!args?.folder;
  if (!format) {
    const picked = await vscode.window.showQuickPick(
      [
        { label: 'One JSON Lines file', detail: 'One line per article in the News Lens JSON schema', format: 'jsonl' as ExportFormat, per: false },
        { label: 'One CSV file', detail: 'One row per annotation of every article', format: 'csv' as ExportFormat, per: false },
        ...Object.entries(EXPORT_FORMATS).map(([id, f]) => ({ label: `One ${f.label} file per article`, detail: f.description, format: id as ExportFormat, per: true })),
      ],
      { title: 'Export Workspace Annotations' },
    );
    if (!picked) return undefined;
    format = picked.format;
    perArticle = picked.per;
  }
  if (!perArticle && format !== 'jsonl' && format !== 'csv') throw new Error('News Lens: a single workspace file is written as jsonl or csv; give a folder for other formats.');
  const root = vscode.workspace.workspaceFolders?.[0]?.uri;
  let target: vscode.Uri | undefined = args?.target ? toUri(args.target) : args?.folder ? toUri(args.folder) : undefined;
  if (!target) {
    if (perArticle) {
      target = (await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, title: 'Export into folder', defaultUri: root }))?.[0];
    } else {
      target = await vscode.window.showSaveDialog({ title: 'Export Workspace Annotations', defaultUri: root ? vscode.Uri.joinPath(root, `annotations.${format}`) : undefined, filters: { [format.toUpperCase()]: [format] } });
    }
    if (!target) return undefined;
  }
  const destination = target;
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'News Lens: exporting annotations', cancellable: true }, async (progress, token) => {
    const list = await articles(service, token, progress);
    if (!list) {
      void vscode.window.showInformationMessage('News Lens: export cancelled; nothing was written.');
      return undefined;
    }
    const files: Array<{ uri: vscode.Uri; content: string }> = [];
    if (perArticle) {
      const seen = new Set<string>();
      for (const article of list) {
        for (const f of exportArticle(format as ExportFormat, article)) {
          const uri = vscode.Uri.joinPath(destination, f.isSharedName ? f.suffix : article.name.replace(/[\\/]/g, '__') + f.suffix);
          if (seen.has(uri.toString())) continue;
          seen.add(uri.toString());
          files.push({ uri, content: f.content });
        }
      }
    } else {
      files.push({ uri: destination, content: exportCollection(format as CollectionFormat, list) });
    }
    if (withArgs) {
      if (!args?.overwrite) for (const f of files) if (await exists(f.uri)) throw new Error(`News Lens: ${f.uri.path.split('/').pop()} already exists (pass overwrite: true to replace it).`);
    } else if (!(await confirmOverwrite(files.map((f) => f.uri), perArticle ? [] : [destination]))) {
      return undefined;
    }
    for (const f of files) {
      if (token.isCancellationRequested) break;
      await writeAtomically(f.uri, f.content);
    }
    if (!withArgs) void vscode.window.showInformationMessage(`News Lens: exported ${list.length} article${list.length === 1 ? '' : 's'} to ${vscode.workspace.asRelativePath(destination)}.`);
    return files.map((f) => f.uri);
  });
}
