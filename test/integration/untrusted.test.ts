import * as vscode from 'vscode';
import * as assert from './assert';
import { actorsOf, api, hoverText, open } from './helpers';

describe('In an untrusted workspace @untrusted', function () {
  it('still reads the catalogues and highlights the article', async function () {
    assert.strictEqual(vscode.workspace.isTrusted, false, 'this run opens the folder in restricted mode');
    const doc = await open('seoul-visit.news');
    const lens = await api();
    const actors = actorsOf(await lens.annotationsFor(doc.uri));
    assert.strictEqual(actors.find((a) => a.text === 'Hana Kim')?.entity, 'hana-kim', 'workspace catalogue read');
    assert.strictEqual(actors.find((a) => a.text === 'South Korea')?.entity, 'south-korea', 'built-in catalogue read');
    const md = await hoverText(doc, doc.getText().indexOf('Hana Kim') + 1);
    assert.includes(md, 'Foreign minister of South Korea');
  });
});
