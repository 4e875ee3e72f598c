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

  it('writes every format for the article', async function () {
    const doc = await open('seoul-visit.news');
    await api();
    const expected: Record<string, string[]> = {
      json: ['all.json'],
      jsonl: ['all.jsonl'],
      csv: ['all.csv'],
      brat: ['all.ann', 'all.txt', 'annotation.conf'],
      w3c: ['all.jsonld'],
      doccano: ['all.doccano.jsonl'],
      'label-studio': ['all.label-studio.json'],
    };
    for (const [format, names] of Object.entries(expected)) {
      const target = file(`out/${format}/${names[0]}`);
      const written = await vscode.commands.executeCommand<vscode.Uri[]>('newsLens.exportAnnotations', { uri: doc.uri.toString(), format, target: target.toString() });
      assert.deepStrictEqual(written?.map((u) => u.path.split('/').pop()), names, `${format} writes ${names.join(', ')}`);
      const content = await readText(target);
      assert.ok(content.length > 100, `${format} is not empty`);
    }
    const ann = await readText(file('out/brat/all.ann'));
    assert.match(ann, /^T1\t(Person|Place|Organisation|Group|Quantity) \d+ \d+\t/m);
    const w3c = JSON.parse(await readText(file('out/w3c/all.jsonld')));
    assert.strictEqual(w3c.type, 'AnnotationCollection');
    const csv = await readText(file('out/csv/all.csv'));
    assert.ok(csv.includes('Hana Kim'));
  });

  it('exports the whole workspace into one JSON Lines file', async function () {
    await api();
    const target = file('out/workspace.jsonl');
    const written = await vscode.commands.executeCommand<vscode.Uri[]>('newsLens.exportWorkspaceAnnotations', { format: 'jsonl', target: target.toString() });
    assert.strictEqual(written?.length, 1);
    const lines = (await readText(target)).trim().split('\n').map((l) => JSON.parse(l));
    assert.ok(lines.length >= 1);
    assert.ok(lines.some((l) => JSON.stringify(l).includes('seoul-visit.news')), 'the article is exported');
  });
});
