/** Quick fix on an unknown name: "Add to catalogue…". */
import * as vscode from 'vscode';
import type { ActorSpan } from '../engine/types';
import type { AnnotationService } from './annotations';

export function registerCodeActions(selector: vscode.DocumentSelector, service: AnnotationService): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider(selector, {
    provideCodeActions(doc, range) {
      const start = doc.offsetAt(range.start);
      const end = doc.offsetAt(range.end);
      return service
        .get(doc)
        .filter((a): a is ActorSpan => a.label === 'actor' && !!a.unknown && a.origin !== 'rejected' && a.start <= end && start <= a.end)
        .slice(0, 3)
        .map((a) => {
          const action = new vscode.CodeAction(`Add “${a.text}” to catalogue…`, vscode.CodeActionKind.QuickFix);
          action.command = {
            command: 'newsLens.addToCatalogue',
            title: 'Add to catalogue…',
            arguments: [{ uri: doc.uri.toString(), start: a.start, end: a.end, name: a.text, kind: a.kind }],
          };
          return action;
        });
    },
  }, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] });
}
