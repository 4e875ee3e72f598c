import * as vscode from 'vscode';
import * as assert from './assert';
import { actorsOf, api, file, hoverText, open, readText, waitFor, writeText } from './helpers';

const ARTICLE = 'seoul-visit.news';
const CATALOGUE = 'people.entities.yaml';

describe('Actors from the catalogues', function () {
  let originalCatalogue: string;

  before(async function () {
    originalCatalogue = await readText(file(CATALOGUE));
  });

  afterEach(async function () {
    // every test starts from the fixture catalogue
    const now = await readText(file(CATALOGUE));
    if (now !== originalCatalogue) {
      await writeText(file(CATALOGUE), originalCatalogue);
      const lens = await api();
      await waitFor('the catalogue to be restored', async () => {
        const actors = actorsOf(await lens.annotationsFor(file(ARTICLE)));
        return actors.some((a) => a.entity === 'kenji-sato' && !a.unknown) && !actors.some((a) => a.entity === 'harbour-bay-daily' && !a.unknown);
      });
    }
  });

  it('activates on a .news article and highlights catalogue and built-in actors', async function () {
    const doc = await open(ARTICLE);
    assert.strictEqual(doc.languageId, 'news');
    const lens = await api();
    const actors = actorsOf(await lens.annotationsFor(doc.uri));
    const find = (text: string) => actors.find((a) => a.text === text);
    assert.strictEqual(find('Hana Kim')?.entity, 'hana-kim');
    assert.strictEqual(find('Kim')?.entity, 'hana-kim', 'alias in a possessive (Kim’s office)');
    assert.strictEqual(find('Kenji\nSato')?.entity, 'kenji-sato', 'a name broken over two lines');
    assert.strictEqual(find('South Korea')?.entity, 'south-korea', 'built-in catalogue');
    assert.strictEqual(find('South Korea')?.kind, 'place');
    assert.strictEqual(find('Japan')?.entity, 'japan');
    assert.strictEqual(find('Pyongyang')?.entity, 'pyongyang');
    assert.ok(!actors.some((a) => a.text === 'SEOUL' && a.unknown), 'the dateline is a known place, not an unknown name');
  });

  it('shows a hover card with the catalogue entry and the mention count', async function () {
    const doc = await open(ARTICLE);
    await api();
    const text = doc.getText();
    const md = await hoverText(doc, text.indexOf('Hana Kim') + 2);
    assert.includes(md, 'Hana Kim');
    assert.includes(md, 'Foreign minister of South Korea');
    assert.includes(md, 'A fictional minister for tests');
    assert.includes(md, 'person');
    assert.match(md, /Mentioned 2 times in this document/);
    assert.includes(md, '(https://example.org/hana-kim)');
  });

  it('follows edits to the catalogue file without reloading the window', async function () {
    const doc = await open(ARTICLE);
    const lens = await api();
    const before = actorsOf(await lens.annotationsFor(doc.uri));
    assert.ok(before.some((a) => a.entity === 'kenji-sato'));
    await writeText(file(CATALOGUE), originalCatalogue.replace(/\n  - id: kenji-sato[\s\S]*$/, '\n'));
    await waitFor('Kenji Sato to leave the catalogue', async () => !actorsOf(await lens.annotationsFor(doc.uri)).some((a) => a.entity === 'kenji-sato' && !a.unknown));
  });

  it('keeps the last good catalogue and shows a diagnostic at the broken line', async function () {
    const doc = await open(ARTICLE);
    const lens = await api();
    const broken = originalCatalogue.replace('    aliases: [Sato]', '    aliases: [Sato\n    role: : broken');
    await writeText(file(CATALOGUE), broken);
    const diagnostics = await waitFor('a catalogue diagnostic', () => {
      const d = vscode.languages.getDiagnostics(file(CATALOGUE));
      return d.length > 0 ? d : undefined;
    });
    assert.strictEqual(diagnostics[0].severity, vscode.DiagnosticSeverity.Error);
    assert.match(diagnostics[0].message, /YAML/);
    const line = broken.split('\n').findIndex((l) => l.includes('[Sato'));
    assert.ok(diagnostics.some((d) => d.range.start.line >= line && d.range.start.line <= line + 2), `diagnostic near line ${line + 1}: ${diagnostics.map((d) => d.range.start.line + 1).join(',')}`);
    const actors = actorsOf(await lens.annotationsFor(doc.uri));
    assert.ok(actors.some((a) => a.entity === 'kenji-sato' && !a.unknown), 'the last good catalogue stays in use');
    await writeText(file(CATALOGUE), originalCatalogue);
    await waitFor('the diagnostic to clear', () => vscode.languages.getDiagnostics(file(CATALOGUE)).length === 0);
  });

  it('turns an unknown name into a catalogue actor with "Add to catalogue…"', async function () {
    const doc = await open(ARTICLE);
    const lens = await api();
    const unknown = actorsOf(await lens.annotationsFor(doc.uri)).find((a) => a.text === 'Harbour Bay Daily');
    assert.ok(unknown, 'the unknown organisation is highlighted');
    assert.strictEqual(unknown.unknown, true);
    const offset = doc.getText().indexOf('Harbour Bay Daily');
    const md = await hoverText(doc, offset + 3);
    assert.includes(md, 'not in any catalogue');
    assert.includes(md, 'command:newsLens.addToCatalogue');
    const id = await vscode.commands.executeCommand('newsLens.addToCatalogue', {
      uri: doc.uri.toString(), start: offset, end: offset + 'Harbour Bay Daily'.length,
      name: 'Harbour Bay Daily', kind: 'organisation', catalogue: file(CATALOGUE).toString(), id: 'harbour-bay-daily',
    });
    assert.strictEqual(id, 'harbour-bay-daily');
    const after = actorsOf(await lens.annotationsFor(doc.uri)).find((a) => a.text === 'Harbour Bay Daily');
    assert.strictEqual(after?.entity, 'harbour-bay-daily');
    assert.ok(!after?.unknown, 'now a catalogue actor');
    const written = await readText(file(CATALOGUE));
    assert.ok(written.startsWith('# Catalogue for the integration tests'), 'comments are kept');
    assert.includes(written, '  - id: harbour-bay-daily\n    name: Harbour Bay Daily\n    kind: organisation\n');
  });

  it('adds to a catalogue open in an editor through the editor, and never over its unsaved changes', async function () {
    const article = await open(ARTICLE);
    const lens = await api();
    const catalogue = await open(CATALOGUE);
    const args = {
      uri: article.uri.toString(), name: 'Harbour Bay Daily', kind: 'organisation', catalogue: file(CATALOGUE).toString(), id: 'harbour-bay-daily',
    };
    // unsaved changes: refused, and both the buffer and the file are left as they were
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor && editor.document === catalogue);
    await editor.edit((e) => e.insert(new vscode.Position(0, 0), '# unsaved note\n'));
    assert.ok(catalogue.isDirty);
    await assert.rejects(Promise.resolve(vscode.commands.executeCommand('newsLens.addToCatalogue', args)), /unsaved changes/);
    assert.ok(catalogue.getText().startsWith('# unsaved note\n'), 'the unsaved change is still in the editor');
    assert.strictEqual(await readText(file(CATALOGUE)), originalCatalogue, 'the file on disk is untouched');
    await vscode.commands.executeCommand('workbench.action.files.revert');
    assert.ok(!catalogue.isDirty);
    // saved: the entry goes into the editor's text, is saved, and is in use at once
    const id = await vscode.commands.executeCommand('newsLens.addToCatalogue', args);
    assert.strictEqual(id, 'harbour-bay-daily');
    assert.ok(!catalogue.isDirty, 'the catalogue is saved');
    assert.includes(catalogue.getText(), '  - id: harbour-bay-daily\n    name: Harbour Bay Daily\n    kind: organisation\n');
    assert.strictEqual(await readText(file(CATALOGUE)), catalogue.getText());
    const after = actorsOf(await lens.annotationsFor(article.uri)).find((a) => a.text === 'Harbour Bay Daily');
    assert.strictEqual(after?.entity, 'harbour-bay-daily');
    assert.ok(!after?.unknown, 'now a catalogue actor');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
