import * as vscode from 'vscode';
import * as assert from './assert';
import { api, file, readText, waitFor, writeText } from './helpers';

const ARTICLE = 'review-copy.news';
const SIDECAR = 'review-copy.news.newslens.yaml';

async function openCopy(): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(file(ARTICLE));
  await vscode.window.showTextDocument(doc);
  return doc;
}

async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

describe('Review workflow', function () {
  before(async function () {
    const text = await readText(file('seoul-visit.news'));
    await writeText(file(ARTICLE), text);
  });

  after(async function () {
    await closeAll();
  });

  it('keeps a manual annotation through a reload and moves it with edits', async function () {
    const lens = await api();
    let doc = await openCopy();
    const start = doc.getText().indexOf('working group');
    const made = await vscode.commands.executeCommand<{ start: number }>('newsLens.annotateSelectionAsActor', { uri: doc.uri.toString(), start, end: start + 'working group'.length, kind: 'group' });
    assert.strictEqual(made?.start, start);
    const sidecar = await readText(file(SIDECAR));
    assert.includes(sidecar, 'exact: "working group"');
    assert.includes(sidecar, 'origin: manual');

    // reload: close the article, open it again
    await closeAll();
    doc = await openCopy();
    const manual = await waitFor('the manual annotation after a reload', async () =>
      (await lens.annotationsFor(doc.uri)).find((a) => a.origin === 'manual' && a.text === 'working group'));
    assert.strictEqual(manual.start, start);
    assert.strictEqual(manual.label, 'actor');

    // edit the text before it: the annotation moves with the text
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, new vscode.Position(0, 0), 'UPDATED ');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const moved = await waitFor('the annotation to move', async () =>
      (await lens.annotationsFor(doc.uri)).find((a) => a.origin === 'manual' && a.text === 'working group' && a.start === start + 8));
    assert.strictEqual(doc.getText().slice(moved.start, moved.end), 'working group');
  });

  it('tells the user when the text of a manual annotation is gone', async function () {
    const lens = await api();
    const doc = await openCopy();
    const at = doc.getText().indexOf('working group');
    const edit = new vscode.WorkspaceEdit();
    edit.delete(doc.uri, new vscode.Range(doc.positionAt(at), doc.positionAt(at + 'working group'.length)));
    assert.ok(await vscode.workspace.applyEdit(edit));
    const lost = await waitFor('the lost annotation to be reported', async () => {
      await lens.annotationsFor(doc.uri);
      const l = lens.lostAnnotations(doc.uri);
      return l.length > 0 ? l : undefined;
    });
    assert.strictEqual(lost[0].anchor.exact, 'working group');
    const diagnostics = await waitFor('a warning on the sidecar', () => {
      const d = vscode.languages.getDiagnostics(file(SIDECAR));
      return d.length > 0 ? d : undefined;
    });
    assert.match(diagnostics[0].message, /working group/);
    assert.includes(await readText(file(SIDECAR)), 'working group', 'the entry is not dropped from the sidecar');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('keeps a rejected automatic annotation rejected', async function () {
    const lens = await api();
    let doc = await openCopy();
    const at = doc.getText().indexOf('Pyongyang');
    const before = (await lens.annotationsFor(doc.uri)).find((a) => a.label === 'actor' && a.start === at);
    assert.strictEqual(before?.origin, 'automatic');
    assert.ok(await vscode.commands.executeCommand('newsLens.removeAnnotation', { uri: doc.uri.toString(), start: at, end: at + 1, category: 'actor' }));
    const rejected = await waitFor('the rejection', async () => (await lens.annotationsFor(doc.uri)).find((a) => a.label === 'actor' && a.start === at && a.origin === 'rejected'));
    assert.strictEqual(rejected.text, 'Pyongyang');
    await closeAll();
    doc = await openCopy();
    await waitFor('the rejection after a reload', async () => (await lens.annotationsFor(doc.uri)).find((a) => a.label === 'actor' && a.start === at && a.origin === 'rejected'));
    assert.includes(await readText(file(SIDECAR)), 'origin: rejected');
  });

  it('shows the counts in the status bar and the views', async function () {
    const lens = await api();
    const doc = await openCopy();
    const annotations = await lens.annotationsFor(doc.uri);
    const shown = annotations.filter((a) => a.origin !== 'rejected');
    const count = (label: string) => shown.filter((a) => a.label === label).length;
    const expected = `${count('actor')} actors · ${count('quantity')} quantities · ${count('claim')} claims`.replace(/^1 actors/, '1 actor');
    const status = await waitFor('the status bar', () => (lens.statusText.includes('actors') ? lens.statusText : undefined));
    assert.includes(status, `${count('actor')} actor`);
    assert.includes(status, `${count('claim')} claim`);
    assert.ok(expected.length > 0);
    const actors = lens.viewContents('actors');
    const people = actors.find((g) => g.label === 'People');
    assert.ok(people, `the Actors view has a People group: ${JSON.stringify(actors)}`);
    assert.ok(people.children.includes('Hana Kim'));
    assert.ok(actors.some((g) => g.label === 'Places' && g.children.includes('South Korea')));
    const hana = shown.filter((a) => a.label === 'actor' && a.entity === 'hana-kim').length;
    assert.strictEqual(hana, 2);
  });
});
