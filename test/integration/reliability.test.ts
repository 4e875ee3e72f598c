import * as vscode from 'vscode';
import * as assert from './assert';
import { api, EXTENSION_ID, file, waitFor, writeText } from './helpers';

describe('Reliability and security in the editor', function () {
  it('declares untrusted and virtual workspace support honestly', function () {
    const pkg = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as { capabilities?: { untrustedWorkspaces?: { supported?: unknown }; virtualWorkspaces?: unknown } };
    assert.strictEqual(pkg.capabilities?.untrustedWorkspaces?.supported, true);
    assert.strictEqual(pkg.capabilities?.virtualWorkspaces, true);
  });

  it('never reports annotations of an older text for a newer one', async function () {
    const lens = await api();
    const doc = await vscode.workspace.openTextDocument({ language: 'news', content: 'Officials in Seoul said on Monday that about 300 people had left.\n' });
    await vscode.window.showTextDocument(doc);
    await lens.annotationsFor(doc.uri);
    for (let i = 0; i < 5; i++) {
      const edit = new vscode.WorkspaceEdit();
      edit.insert(doc.uri, new vscode.Position(0, 0), `Update ${i}: `);
      await vscode.workspace.applyEdit(edit);
      const text = doc.getText();
      const annotations = await lens.annotationsFor(doc.uri);
      for (const a of annotations) assert.strictEqual(text.slice(a.start, a.end), a.text, `annotation "${a.text}" matches version ${doc.version}`);
      assert.ok(annotations.some((a) => a.label === 'actor' && a.text === 'Seoul'));
    }
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('leaves nothing behind when a document is closed while it is being annotated', async function () {
    const lens = await api();
    const before = lens.trackedDocuments;
    const doc = await vscode.workspace.openTextDocument({ language: 'news', content: 'The ministry in Tokyo said 40 ships were waiting.\n' });
    const editor = await vscode.window.showTextDocument(doc);
    for (let i = 0; i < 3; i++) await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'x'));
    // closed before the debounced annotation runs
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitFor('the closed document to be forgotten', () => lens.trackedDocuments <= before, 15000);
  });

  it('renders a malicious catalogue as plain text in hovers', async function () {
    const lens = await api();
    await writeText(file('evil.entities.yaml'), [
      'entities:',
      '  - id: evil-entry',
      '    name: Zorblax Quuxley',
      '    kind: person',
      '    role: "[click me](command:workbench.action.quit) <img src=x onerror=alert(1)>"',
      '    description: "**bold** [run](command:newsLens.exportAnnotations?%7B%7D) `code` <script>alert(1)</script>"',
      '    links: { web: "javascript:alert(1)", wikidata: "Q1)](command:workbench.action.quit" }',
      '',
    ].join('\n'));
    const doc = await vscode.workspace.openTextDocument({ language: 'news', content: 'Zorblax Quuxley arrived.\n' });
    await vscode.window.showTextDocument(doc);
    await waitFor('the evil catalogue to load', async () => (await lens.annotationsFor(doc.uri)).some((a) => a.label === 'actor' && a.entity === 'evil-entry' && !a.unknown));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(0, 3));
    const raw = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.ok(raw.includes('Zorblax Quuxley'), raw);
    assert.ok(!/\]\(\s*command:/i.test(raw), `no command link: ${raw}`);
    assert.ok(!/\]\(\s*javascript:/i.test(raw), `no javascript link: ${raw}`);
    assert.ok(!/(^|[^\\])<\/?(img|script)/i.test(raw), `no raw HTML (only escaped \\<): ${raw}`);
    for (const h of hovers) for (const c of h.contents) if (c instanceof vscode.MarkdownString) assert.ok(!c.isTrusted, 'catalogue hovers are not trusted');
    await vscode.workspace.fs.delete(file('evil.entities.yaml'));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('activates quickly', async function () {
    const lens = await api();
    console.log(`activation: activate() took ${lens.activationMs} ms`);
    assert.ok(lens.activationMs < 500, `activate() took ${lens.activationMs} ms`);
  });
});
