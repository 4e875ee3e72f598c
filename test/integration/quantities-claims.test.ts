import * as assert from './assert';
import { api, hoverText, open } from './helpers';

describe('Quantities and claims in the editor', function () {
  it('shows a quantity’s normal form on hover', async function () {
    const doc = await open('seoul-visit.news');
    const lens = await api();
    const text = doc.getText();
    const at = text.indexOf('40 experts');
    const q = (await lens.annotationsFor(doc.uri)).find((a) => a.label === 'quantity' && a.start <= at && at < a.end);
    assert.ok(q, 'the quantity is found');
    const md = await hoverText(doc, at + 1);
    assert.includes(md, '≈ 40 experts (approximate)');
  });

  it('shows who makes a claim on hover and lists it in the Claims view', async function () {
    const doc = await open('seoul-visit.news');
    const lens = await api();
    const text = doc.getText();
    const at = text.indexOf('stressed');
    const claim = (await lens.annotationsFor(doc.uri)).find((a) => a.label === 'claim' && a.cue.some((c) => c.start <= at && at < c.end));
    assert.ok(claim && claim.label === 'claim', 'the claim with the cue "stressed" is found');
    assert.strictEqual(claim.sourceEntity, 'kenji-sato');
    const md = await hoverText(doc, at + 2);
    assert.includes(md, 'Claim by Kenji Sato');
    assert.includes(md, 'stressed');
    const groups = lens.viewContents('claims');
    assert.ok(groups.some((g) => g.label === 'Kenji Sato'), JSON.stringify(groups));
  });
});
