import * as vscode from 'vscode';
import type { Annotation } from '../../src/engine/types';
import * as assert from './assert';
import { api, file, readText, waitFor } from './helpers';

/** A long generated article (not bench text): numbered paragraphs with names, quantities and claims; the last one says "Ottilie Vandermeer". */
function article(chars: number): string {
  const cities = ['Tromsø', 'Valparaíso', 'Kraków', 'Mombasa', 'Hobart', 'Riverton'];
  const out: string[] = [];
  let n = 0;
  for (let i = 0; n < chars; i++) {
    const p = [
      `Officials in ${cities[i % cities.length]} said on Monday that about ${300 + i} people had left the coast after the storm.`,
      `Mara Lindqvist, a spokeswoman for the regional council, said ${12 + (i % 40)} boats were still at sea. She added that the roads would open by Friday.`,
      `"We are doing what we can," Lindqvist told reporters, as ${i % 9 + 2} million euros of aid arrived.`,
    ].join(' ');
    out.push(p);
    n += p.length + 2;
  }
  out.push('The inquiry will be led by Ottilie Vandermeer, who said 77 witnesses had come forward.');
  return out.join('\n\n');
}

const key = (a: Annotation): string => JSON.stringify(a);

/** Runs `work` while a 5 ms interval ticks; returns its result and the longest time between two ticks. */
async function longestGap<T>(work: () => Promise<T>): Promise<{ result: T; gap: number }> {
  let last = Date.now();
  let gap = 0;
  const timer = setInterval(() => {
    const now = Date.now();
    gap = Math.max(gap, now - last);
    last = now;
  }, 5);
  try {
    const result = await work();
    await new Promise((r) => setTimeout(r, 20));
    return { result, gap: Math.max(gap, Date.now() - last) };
  } finally {
    clearInterval(timer);
  }
}

async function setThreshold(value: number | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('newsLens').update('sliceThreshold', value, vscode.ConfigurationTarget.Workspace);
}

/** Waits until the last paragraph is annotated and the annotations stop changing: the whole document is done. */
async function settled(lens: Awaited<ReturnType<typeof api>>, doc: vscode.TextDocument, seen?: { partial: boolean }): Promise<Annotation[]> {
  const marker = doc.getText().lastIndexOf('Ottilie Vandermeer');
  let previous: Annotation[] | undefined;
  return waitFor('the whole document to be annotated', async () => {
    const now = await lens.annotationsFor(doc.uri);
    const last = now.some((a) => a.label === 'actor' && a.start === marker);
    if (seen && now.length > 0 && !last) seen.partial = true;
    const stable = last && previous !== undefined && previous === now;
    previous = now;
    return stable ? now : undefined;
  }, 60000);
}

describe('Large documents annotated in slices', function () {
  this.timeout(120000);
  const text = article(1_500_000);

  afterEach(async function () {
    await setThreshold(undefined);
  });

  it('annotates a large document progressively without blocking the extension host for long', async function () {
    const lens = await api();
    // opening the document alone (a language News Lens does not annotate): what the editor itself costs
    const open = await longestGap(async () => {
      const doc = await vscode.workspace.openTextDocument({ language: 'json', content: text });
      await vscode.window.showTextDocument(doc);
      await new Promise((r) => setTimeout(r, 500));
    });
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    // the same document annotated in one piece, for comparison
    await setThreshold(10_000_000);
    const whole = await longestGap(async () => {
      const doc = await vscode.workspace.openTextDocument({ language: 'news', content: text });
      await vscode.window.showTextDocument(doc);
      return settled(lens, doc);
    });
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await setThreshold(undefined); // the default: 100,000 characters
    const seen = { partial: false };
    const sliced = await longestGap(async () => {
      const doc = await vscode.workspace.openTextDocument({ language: 'news', content: text });
      await vscode.window.showTextDocument(doc);
      return settled(lens, doc, seen);
    });
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    console.log(`slices: ${text.length} characters, ${whole.result.length} annotations; longest block with slicing ${sliced.gap} ms, in one piece ${whole.gap} ms, opening it without annotating ${open.gap} ms; partial annotations seen: ${seen.partial}`);
    // the same annotations (this article's names are decided within a few paragraphs)
    const exact = new Set(whole.result.map(key));
    const same = sliced.result.filter((a) => exact.has(key(a))).length;
    assert.ok(same >= whole.result.length * 0.99 && sliced.result.length <= whole.result.length * 1.01, `${same} of ${whole.result.length} annotations identical (${sliced.result.length} with slicing)`);
    for (const a of sliced.result) assert.strictEqual(text.slice(a.start, a.end), a.text);
    const pronouns = sliced.result.filter((a) => a.label === 'claim' && a.sourceKind === 'pronoun' && a.text.startsWith('She added'));
    assert.ok(pronouns.length > 100 && pronouns.every((a) => a.label === 'claim' && a.sourceEntity === 'mara-lindqvist'), `${pronouns.length} claims "She added ..." resolved to Mara Lindqvist`);
    // never blocked for long in one piece
    assert.ok(sliced.gap < whole.gap / 2, `longest block ${sliced.gap} ms with slicing, ${whole.gap} ms in one piece`);
  });

  it('paints a document with very many annotations around the lines shown, and again after scrolling', async function () {
    const lens = await api();
    const doc = await vscode.workspace.openTextDocument({ language: 'news', content: text });
    const editor = await vscode.window.showTextDocument(doc);
    await settled(lens, doc);
    const top = await waitFor('the top to be painted', () => lens.paintedLines);
    assert.strictEqual(top.first, 0);
    assert.ok(top.last < doc.lineCount - 1, `lines ${top.first}-${top.last} of ${doc.lineCount} painted`);
    const end = doc.lineCount - 1;
    editor.revealRange(new vscode.Range(end, 0, end, 0));
    await waitFor('the end to be painted after scrolling', () => lens.paintedLines && lens.paintedLines.last === end && lens.paintedLines.first > 0);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('exports the whole document even while its slices are still being annotated', async function () {
    const lens = await api();
    const doc = await vscode.workspace.openTextDocument({ language: 'news', content: text });
    await vscode.window.showTextDocument(doc);
    const marker = text.lastIndexOf('Ottilie Vandermeer');
    assert.ok(!(await lens.annotationsFor(doc.uri)).some((a) => a.start === marker), 'the first pass is still running');
    const target = file('large-export.json');
    await vscode.commands.executeCommand('newsLens.exportAnnotations', { uri: doc.uri.toString(), format: 'json', target: target.toString(), overwrite: true });
    const exported = JSON.parse(await readText(target)).annotations as Array<{ start: number; text: string }>;
    assert.ok(exported.some((a) => a.start === marker && a.text === 'Ottilie Vandermeer'), 'the last paragraph is in the export');
    await vscode.workspace.fs.delete(target);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('drops the slices of an older text and leaves nothing behind when the document closes mid-way', async function () {
    const lens = await api();
    const before = lens.trackedDocuments;
    const doc = await vscode.workspace.openTextDocument({ language: 'news', content: text });
    const editor = await vscode.window.showTextDocument(doc);
    // an edit while the first pass runs: what is shown is always for the current text
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'Update: Officials in Oslo said 40 ships were waiting.\n\n'));
    const current = doc.getText();
    const annotations = await lens.annotationsFor(doc.uri);
    for (const a of annotations) assert.strictEqual(current.slice(a.start, a.end), a.text, `annotation "${a.text}" matches version ${doc.version}`);
    const marker = current.lastIndexOf('Ottilie Vandermeer');
    assert.ok(!annotations.some((a) => a.start === marker), 'still annotating when the document closes');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitFor('the closed document to be forgotten', () => lens.trackedDocuments <= before, 15000);
    // and nothing comes back: no slice was left scheduled
    await new Promise((r) => setTimeout(r, 500));
    assert.strictEqual(lens.trackedDocuments, before);
  });
});
