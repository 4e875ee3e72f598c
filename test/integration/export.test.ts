import * as vscode from 'vscode';
import * as assert from './assert';
import { api, file, open, readText } from './helpers';

describe('Export Annotations command', function () {
  it('writes the JSON export of the article when called with arguments', async function () {
    const doc = await open('seoul-visit.news');
    await api();
    const target = file('out/seoul-visit.json');
    const written = await vscode.commands.executeCommand<vscode.Uri[]>('newsLens.exportAnnotations', { uri: doc.uri.toString(), format: 'json', target: target.toString() });
    assert.strictEqual(written?.[0]?.toString(), target.toString());
    const json = JSON.parse(await readText(target));
    const text = doc.getText();
    const annotations = json.annotations as Array<{ category?: string; label?: string; start: number; end: number; text: string; entity?: { id: string } | string }>;
    assert.ok(Array.isArray(annotations) && annotations.length > 5, 'annotations are exported');
    for (const a of annotations) assert.strictEqual(text.slice(a.start, a.end), a.text, 'offsets select the annotated text');
    assert.ok(JSON.stringify(json).includes('hana-kim'), 'catalogue ids are exported');
  });

  it('never overwrites an existing file unless told to', async function () {
    const doc = await open('seoul-visit.news');
    await api();
    const target = file('out/twice.json');
    await vscode.commands.executeCommand('newsLens.exportAnnotations', { uri: doc.uri.toString(), format: 'json', target: target.toString() });
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode('keep me'));
    let error: unknown;
    try {
      await vscode.commands.executeCommand('newsLens.exportAnnotations', { uri: doc.uri.toString(), format: 'json', target: target.toString() });
    } catch (e) {
      error = e;
    }
    assert.ok(error, 'the second export without overwrite fails');
    assert.strictEqual(await readText(target), 'keep me');
    await vscode.commands.executeCommand('newsLens.exportAnnotations', { uri: doc.uri.toString(), format: 'json', target: target.toString(), overwrite: true });
    assert.notStrictEqual(await readText(target), 'keep me');
  });
});
