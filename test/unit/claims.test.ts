import assert from 'node:assert/strict';
import { describeClaim, findClaims } from '../../src/engine/claims';
import { splitSentences } from '../../src/engine/sentences';
import { tokenize } from '../../src/engine/tokens';
import type { ActorKind, ActorSpan, ClaimSpan, Part } from '../../src/engine/types';

const show = (text: string, parts: Part[]): string => parts.map((p) => text.slice(p.start, p.end)).join(' | ');

/** The claims of a text as plain strings, in the order of their cues: cue, source, content (parts joined with " | "), kind. */
function claims(text: string, actors: ActorSpan[] = []): Array<{ cue: string; source: string; content: string; kind: string; entity?: string }> {
  const found = findClaims(text, actors).sort((a, b) => a.cue[0].start - b.cue[0].start);
  return found.map((c) => ({
    cue: show(text, c.cue),
    source: show(text, c.source),
    content: show(text, c.content),
    kind: c.sourceKind,
    ...(c.sourceEntity ? { entity: c.sourceEntity } : {}),
  }));
}

/** The one claim of a text. */
function only(text: string, actors: ActorSpan[] = []): { cue: string; source: string; content: string; kind: string; entity?: string } {
  const all = claims(text, actors);
  assert.equal(all.length, 1, `expected one claim in ${JSON.stringify(text)}, got ${JSON.stringify(all)}`);
  return all[0];
}

/** Actor spans for every occurrence of each name. */
function actors(text: string, names: Array<[string, ActorKind, string]>): ActorSpan[] {
  const out: ActorSpan[] = [];
  for (const [name, kind, entity] of names) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
      const before = i > 0 ? text[i - 1] : ' ';
      const after = text[i + name.length] ?? ' ';
      if (/\w/.test(before) || /\w/.test(after)) continue;
      out.push({ start: i, end: i + name.length, text: name, label: 'actor', origin: 'automatic', kind, entity });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

describe('claims: cue forms', () => {
  const cases: Array<[string, string, string, string]> = [
    // sentence, cue, source, content
    ['The mayor said the bridge would open in May.', 'said', 'The mayor', 'the bridge would open in May'],
    ['The mayor says the bridge will open in May.', 'says', 'The mayor', 'the bridge will open in May'],
    ['Engineers say the bridge is safe.', 'say', 'Engineers', 'the bridge is safe'],
    ['Halden Works told reporters that the steel had arrived.', 'told', 'Halden Works', 'the steel had arrived'],
    ['The harbour master has stressed the need for new cranes.', 'has stressed', 'The harbour master', 'the need for new cranes'],
    ['Lind emphasised the value of open trade.', 'emphasised', 'Lind', 'the value of open trade'],
    ['Lind emphasized the value of open trade.', 'emphasized', 'Lind', 'the value of open trade'],
    ['The council expressed concern about rising rents.', 'expressed', 'The council', 'concern about rising rents'],
    ['Tamm indicated his interest in a second term.', 'indicated', 'Tamm', 'his interest in a second term'],
    ['The minister underscored the importance of the port.', 'underscored', 'The minister', 'the importance of the port'],
    ['She highlighted the need to repair the dam.', 'highlighted', 'She', 'the need to repair the dam'],
    ['Holm noted his plans to visit the harbour.', 'noted', 'Holm', 'his plans to visit the harbour'],
    ['The union warned that the strike could spread.', 'warned', 'The union', 'the strike could spread'],
    ['The company claimed it had paid every invoice.', 'claimed', 'The company', 'it had paid every invoice'],
    ['Critics argued the tunnel was too expensive.', 'argued', 'Critics', 'the tunnel was too expensive'],
    ['The council condemned the attack on the ferry.', 'condemned', 'The council', 'the attack on the ferry'],
    ['The mayor called for calm after the flood.', 'called for', 'The mayor', 'calm after the flood'],
    ['Holm insisted that the accounts were in order.', 'insisted', 'Holm', 'the accounts were in order'],
    ['The ministry denied that the ferry had been sold.', 'denied', 'The ministry', 'the ferry had been sold'],
    ['The director acknowledged the delays.', 'acknowledged', 'The director', 'the delays'],
    ['Riverton has signaled a change of course.', 'has signaled', 'Riverton', 'a change of course'],
    ['Riverton has signalled a change of course.', 'has signalled', 'Riverton', 'a change of course'],
    ['The port announced that it would hire 200 dockers.', 'announced', 'The port', 'it would hire 200 dockers'],
    ['The mayor pointed out that the budget was balanced.', 'pointed out', 'The mayor', 'the budget was balanced'],
    ['Reports indicate that the ferry will be sold.', 'indicate', 'Reports', 'the ferry will be sold'],
    ['Estimates suggest 800 homes were flooded.', 'suggest', 'Estimates', '800 homes were flooded'],
    ['The study found that rents had doubled.', 'found', 'The study', 'rents had doubled'],
    ['Tamm believes the tunnel will never be built.', 'believes', 'Tamm', 'the tunnel will never be built'],
  ];
  for (const [sentence, cue, source, content] of cases) {
    it(`finds "${cue}" in: ${sentence}`, () => {
      const c = only(sentence);
      assert.equal(c.cue, cue);
      assert.equal(c.source, source);
      assert.equal(c.content, content);
    });
  }

  it('skips adjuncts before "that": said on Monday that, told the council in a letter that', () => {
    assert.equal(only('The mayor said on Monday that the bridge was safe.').content, 'the bridge was safe');
    const c = only('Holm told the council in a letter that the money was gone.');
    assert.equal(c.cue, 'told');
    assert.equal(c.content, 'the money was gone');
  });

  it('keeps a coordinated second cue with the same source, and stops the first content before it', () => {
    const all = claims('The mayor called for a quick repair and noted her plans to visit the dam.');
    assert.deepEqual(
      all.map((c) => [c.cue, c.source, c.content]),
      [
        ['called for', 'The mayor', 'a quick repair'],
        ['noted', 'The mayor', 'her plans to visit the dam'],
      ],
    );
  });

  it('reads a participle after a comma as a claim of the same source', () => {
    const all = claims('"The dam is safe," Holm said, adding that inspections would continue.');
    assert.deepEqual(
      all.map((c) => [c.cue, c.source, c.content]),
      [
        ['said', 'Holm', 'The dam is safe'],
        ['adding', 'Holm', 'inspections would continue'],
      ],
    );
  });

  it('ends a content where a clause of its own begins', () => {
    const all = claims('Officials have not said why the ferry stopped, but the captain says the engine failed.');
    assert.equal(all.length, 2);
    assert.equal(all[0].content, 'why the ferry stopped');
    assert.equal(all[1].source, 'the captain');
    assert.equal(all[1].content, 'the engine failed');
  });
});

describe('claims: inverted attribution and quotations', () => {
  it('finds the source after the cue: ..., said Holm', () => {
    const c = only('"The dam will hold," said Holm.');
    assert.deepEqual([c.cue, c.source, c.content], ['said', 'Holm', 'The dam will hold']);
  });

  it('finds the source before a final cue: ..., Holm said / ..., the mayor added', () => {
    assert.deepEqual(
      (({ cue, source, content }) => [cue, source, content])(only('"The dam will hold," Holm said.')),
      ['said', 'Holm', 'The dam will hold'],
    );
    assert.deepEqual(
      (({ cue, source, content }) => [cue, source, content])(only('The money is there, the mayor added.')),
      ['added', 'the mayor', 'The money is there'],
    );
  });

  it('takes a quotation after the cue as the content, across sentences', () => {
    const text = 'Lind said: "We will rebuild the pier. It will take a year." The work starts in May.';
    const c = only(text);
    assert.equal(c.content, 'We will rebuild the pier. It will take a year');
  });

  it('takes a quotation of several sentences before the cue', () => {
    const text = '"We will rebuild the pier. It will take a year," Lind said.';
    assert.equal(only(text).content, 'We will rebuild the pier. It will take a year');
    const apart = '"We will rebuild the pier. It will take a year." Lind said.';
    assert.equal(only(apart).content, 'We will rebuild the pier. It will take a year');
  });

  it('joins a quotation split by its attribution', () => {
    const c = only('"We take safety seriously," she said, "and we will publish the report."');
    assert.equal(c.content, 'We take safety seriously | and we will publish the report');
  });

  it('reads a parenthetical attribution', () => {
    const c = only('The talks, Holm noted, were difficult.');
    assert.deepEqual([c.cue, c.source, c.content], ['noted', 'Holm', 'The talks | were difficult']);
  });

  it('keeps an appositive with its source', () => {
    const c = only('Mara Lind, the council’s spokeswoman, said the pier would reopen.');
    assert.equal(c.source, 'Mara Lind, the council’s spokeswoman');
    const d = only('Lind, known for her blunt style, said the pier would reopen.');
    assert.equal(d.source, 'Lind');
  });
});

describe('claims: according to', () => {
  it('reads "According to X, ..." with the content after the comma', () => {
    const c = only('According to the harbour office, 40 ships were delayed.');
    assert.deepEqual([c.cue, c.source, c.content], ['According to', 'the harbour office', '40 ships were delayed']);
  });

  it('reads "..., according to X." with the content before', () => {
    const c = only('Forty ships were delayed, according to the harbour office.');
    assert.deepEqual([c.cue, c.source, c.content], ['according to', 'the harbour office', 'Forty ships were delayed']);
  });

  it('finds the source without a comma after it', () => {
    const c = only('According to Holm the pier was never inspected.');
    assert.equal(c.source, 'Holm');
    assert.equal(c.content, 'the pier was never inspected');
  });

  it('keeps nested claims: according to X, Y has said ...', () => {
    const all = claims('According to Radio Halden, the port authority has signalled a new plan.');
    assert.deepEqual(
      all.map((c) => [c.cue, c.source]),
      [
        ['According to', 'Radio Halden'],
        ['has signalled', 'the port authority'],
      ],
    );
  });
});

describe('claims: sources and actors', () => {
  const text =
    'Riverton: The Northern League’s transport chief has stressed the need to reopen the harbour. ' +
    'Mara Lind, the Northern League’s high representative for transport, made the remarks in Riverton. ' +
    'Lind expressed concern about the cost of repairs. She emphasized the value of the ferry link. ' +
    'According to Radio Halden, Halden’s transport ministry has signaled support for the plan. ' +
    'They said the ferry would run again in May.';
  const cast = actors(text, [
    ['Riverton', 'place', 'riverton'],
    ['Northern League', 'organisation', 'northern-league'],
    ['Mara Lind', 'person', 'mara-lind'],
    ['Lind', 'person', 'mara-lind'],
    ['Radio Halden', 'organisation', 'radio-halden'],
    ['Halden', 'place', 'halden'],
  ]).filter((a, _i, all) => !all.some((b) => b !== a && b.start <= a.start && b.end >= a.end && b.end - b.start > a.end - a.start));

  it('resolves a role to the person who holds it', () => {
    const c = findClaims(text, cast).find((x) => text.slice(x.cue[0].start, x.cue[0].end) === 'has stressed');
    assert.ok(c);
    assert.equal(c.sourceKind, 'role');
    assert.equal(c.sourceEntity, 'mara-lind');
  });

  it('resolves names, and a pronoun to the person named before', () => {
    const all = claims(text, cast);
    const expressed = all.find((c) => c.cue === 'expressed');
    assert.deepEqual(expressed && [expressed.source, expressed.kind, expressed.entity], ['Lind', 'named', 'mara-lind']);
    const emphasized = all.find((c) => c.cue === 'emphasized');
    assert.deepEqual(emphasized && [emphasized.source, emphasized.kind, emphasized.entity], ['She', 'pronoun', 'mara-lind']);
  });

  it('gives a source like "Halden’s transport ministry" the actor it belongs to', () => {
    const all = claims(text, cast);
    const signaled = all.find((c) => c.cue === 'has signaled');
    assert.deepEqual(signaled && [signaled.source, signaled.entity], ['Halden’s transport ministry', 'halden']);
    const according = all.find((c) => c.cue === 'According to');
    assert.deepEqual(according && [according.source, according.entity], ['Radio Halden', 'radio-halden']);
  });

  it('works without actors: pronouns stay unresolved', () => {
    const all = claims(text);
    const emphasized = all.find((c) => c.cue === 'emphasized');
    assert.deepEqual(emphasized && [emphasized.kind, emphasized.entity], ['pronoun', undefined]);
    const expressed = all.find((c) => c.cue === 'expressed');
    assert.deepEqual(expressed && [expressed.kind, expressed.entity], ['named', undefined]);
    assert.ok(all.every((c) => c.entity === undefined));
  });

  it('resolves "they" to an organisation that leads the sentence before', () => {
    const t = 'The dockers’ union met on Friday. They said the strike would go on.';
    const cast2 = actors(t, [['dockers’ union', 'organisation', 'dockers-union']]);
    assert.equal(only(t, cast2).entity, 'dockers-union');
  });

  it('takes an entity that the actor recogniser put on the pronoun itself', () => {
    const t = 'Tamm arrived late. He said the vote was rigged.';
    const cast2: ActorSpan[] = [
      ...actors(t, [['Tamm', 'person', 'tamm']]),
      { start: t.indexOf('He'), end: t.indexOf('He') + 2, text: 'He', label: 'actor', origin: 'automatic', kind: 'person', entity: 'tamm', via: 'reference' },
    ];
    assert.equal(only(t, cast2).entity, 'tamm');
  });
});

describe('claims: names broken across lines, datelines, surnames', () => {
  /** A person actor over `name` (which may hold a line break) at its first occurrence. */
  const person = (text: string, name: string, entity: string, unknown = false): ActorSpan => {
    const start = text.indexOf(name);
    assert.ok(start >= 0, name);
    return { start, end: start + name.length, text: name, label: 'actor', origin: 'automatic', kind: 'person', entity, ...(unknown ? { unknown } : {}) };
  };

  it('keeps a name broken by a line break in the source: "the deputy mayor, Lena\\nHolm, stressed ..."', () => {
    const text = 'The dockers went back to work on Friday.\n\nRiverton’s deputy mayor, Lena\nHolm, stressed the need for a new ferry. The council agreed.';
    const c = only(text, [person(text, 'Lena\nHolm', 'lena-holm')]);
    assert.deepEqual(
      [c.cue, c.source, c.kind, c.entity, c.content],
      ['stressed', 'Riverton’s deputy mayor, Lena\nHolm', 'named', 'lena-holm', 'the need for a new ferry'],
    );
  });

  it('reads a name with an appositive before the verb as the subject, not as an inverted content', () => {
    const cases: Array<[string, string, string]> = [
      ['Riverton’s deputy mayor, Lena Holm, stressed the need for a new ferry.', 'Lena Holm', 'Riverton’s deputy mayor, Lena Holm'],
      ['Lena Holm, Riverton’s deputy mayor, stressed the need for a new ferry.', 'Lena Holm', 'Lena Holm, Riverton’s deputy mayor'],
      ["Lena Holm, Riverton's deputy mayor, stressed the need for a new ferry.", 'Lena Holm', "Lena Holm, Riverton's deputy mayor"],
      ['The deputy mayor of Riverton, Lena Holm, stressed the need for a new ferry.', 'Lena Holm', 'The deputy mayor of Riverton, Lena Holm'],
      ['Riverton’s deputy mayor Lena\nHolm stressed the need for a new ferry.', 'Lena\nHolm', 'Riverton’s deputy mayor Lena\nHolm'],
      ['Lena Holm, stressed the need for a new ferry.', 'Lena Holm', 'Lena Holm'],
    ];
    for (const [text, name, source] of cases) {
      const c = only(text, [person(text, name, 'lena-holm')]);
      assert.deepEqual([c.cue, c.source, c.kind, c.entity, c.content], ['stressed', source, 'named', 'lena-holm', 'the need for a new ferry'], text);
    }
    // a real inversion still reads as one
    const inv = only('The repairs were late, stressed the harbour master.');
    assert.deepEqual([inv.source, inv.content], ['the harbour master', 'The repairs were late']);
  });

  it('leaves a dateline out of the content', () => {
    const cases: Array<[string, string]> = [
      ['OSLO: The transport ministers of Halden and Norland met in Oslo on Monday to discuss the ferry strike, officials said.', 'The transport ministers of Halden and Norland met in Oslo on Monday to discuss the ferry strike'],
      ['Oslo: The ferry will run again on Monday, officials said.', 'The ferry will run again on Monday'],
      ['RIVERTON (AP) — The harbour reopened on Friday, the mayor said.', 'The harbour reopened on Friday'],
      ['Riverton, May 3 (Reuters) - The harbour reopened on Friday, the mayor said.', 'The harbour reopened on Friday'],
      ['Ferry strike ends\nRIVERTON — The harbour reopened on Friday, the mayor said.', 'The harbour reopened on Friday'],
    ];
    for (const [text, content] of cases) assert.equal(only(text).content, content, text);
  });

  it('keeps the closing mark of a quotation that ends the content', () => {
    assert.equal(only('Holm said the ferry would run “every hour”.').content, 'the ferry would run “every hour”');
    assert.equal(only('Holm said “the ferry will run every hour”.').content, 'the ferry will run every hour');
  });

  it('gives a surname with a provisional id of its own the person named in full before', () => {
    const text = 'Lena Holm arrived on Monday. Holm said the ferry was safe. She added that the pier was not.';
    const cast = [person(text, 'Lena Holm', 'lena-holm', true), { ...person(text, 'Holm said', 'holm', true), end: text.indexOf('Holm said') + 4, text: 'Holm' }];
    const all = claims(text, cast);
    assert.deepEqual(
      all.map((c) => [c.source, c.entity]),
      [
        ['Holm', 'lena-holm'],
        ['She', 'lena-holm'],
      ],
    );
  });

  it('leaves a surname alone when two people share it, when it comes first, or when the catalogue knows it', () => {
    const two = 'Lena Holm met Erik Holm on Monday. Holm said the ferry was safe.';
    const at = two.indexOf('Holm said');
    const surname: ActorSpan = { start: at, end: at + 4, text: 'Holm', label: 'actor', origin: 'automatic', kind: 'person', entity: 'holm', unknown: true };
    assert.equal(only(two, [person(two, 'Lena Holm', 'lena-holm', true), person(two, 'Erik Holm', 'erik-holm', true), surname]).entity, 'holm');
    const first = 'Holm said the ferry was safe. Lena Holm agreed.';
    assert.equal(only(first, [{ ...person(first, 'Holm said', 'holm', true), end: 4, text: 'Holm' }, person(first, 'Lena Holm', 'lena-holm')]).entity, 'holm');
    const known = 'Lena Holm arrived on Monday. Holm said the ferry was safe.';
    const k = known.indexOf('Holm said');
    assert.equal(only(known, [person(known, 'Lena Holm', 'lena-holm', true), { start: k, end: k + 4, text: 'Holm', label: 'actor', origin: 'automatic', kind: 'person', entity: 'holm-family' }]).entity, 'holm-family');
  });

  it('matches a surname whatever its capitals, and one written with letters outside ASCII', () => {
    const caps = "Lena Holm's boat arrived. HOLM said the ferry was safe.";
    const at = caps.indexOf('HOLM said');
    assert.equal(only(caps, [person(caps, "Lena Holm's", 'lena-holm', true), { start: at, end: at + 4, text: 'HOLM', label: 'actor', origin: 'automatic', kind: 'person', entity: 'holm', unknown: true }]).entity, 'lena-holm');
    const accented = 'Åsa Östlund arrived. Östlund said the ferry was safe.';
    const o = accented.indexOf('Östlund said');
    assert.equal(only(accented, [person(accented, 'Åsa Östlund', 'asa-ostlund', true), { start: o, end: o + 7, text: 'Östlund', label: 'actor', origin: 'automatic', kind: 'person', entity: 'ostlund', unknown: true }]).entity, 'asa-ostlund');
  });
});

describe('claims: vague and missing sources', () => {
  it('marks vague sources', () => {
    assert.equal(only('Officials said the border was closed.').kind, 'vague');
    assert.equal(only('Reports indicate that the border was closed.').kind, 'vague');
    assert.equal(only('Analysts argue the sanctions have failed.').kind, 'vague');
  });

  it('marks agentless passives as unattributed', () => {
    const c = only('It was reported that the border was closed.');
    assert.deepEqual([c.cue, c.source, c.content, c.kind], ['reported', '', 'the border was closed', 'none']);
    const d = only('About 300 soldiers are believed to be in the city.');
    assert.equal(d.kind, 'none');
    assert.equal(d.content, 'About 300 soldiers | to be in the city');
  });

  it('takes the agent of a passive as the source', () => {
    const c = only('It was reported by Radio Halden that the border was closed.');
    assert.equal(c.source, 'Radio Halden');
    assert.equal(c.content, 'the border was closed');
  });
});

describe('claims: sentences that are not claims', () => {
  const none = [
    'The mayor met the minister on Monday.',
    'His claims were rejected by the court.',
    'The report was published in May.',
    'The United States sent two ships.',
    'The State Department issued new visas.',
    'An estimated 10,000 people attended.',
    'The dockers called the mayor twice.',
    'A bright lantern parade can be watched from the bridge.',
    'Asked about the deal, he declined to comment.',
    'The board found the missing files in a drawer.',
    'Prices continue to rise.',
    'Rescuers found the sailors in the water.',
    'The ferry was denied entry to the port.',
    'Plans to shorten the queue are welcome.',
  ];
  for (const sentence of none) {
    it(`finds nothing in: ${sentence}`, () => {
      assert.deepEqual(claims(sentence), []);
    });
  }
});

describe('claims: the claim spans', () => {
  const text = 'Riverton: The mayor said the bridge would open. "It is safe," Holm added. Reports indicate the cost doubled.';

  it('are automatic, cover the union of their parts, carry their text, and come in order', () => {
    const all = findClaims(text, []);
    assert.equal(all.length, 3);
    for (const c of all) {
      const parts = [...c.cue, ...c.source, ...c.content];
      assert.equal(c.start, Math.min(...parts.map((p) => p.start)));
      assert.equal(c.end, Math.max(...parts.map((p) => p.end)));
      assert.equal(c.text, text.slice(c.start, c.end));
      assert.equal(c.label, 'claim');
      assert.equal(c.origin, 'automatic');
    }
    assert.deepEqual(
      all.map((c) => c.start),
      [...all.map((c) => c.start)].sort((a, b) => a - b),
    );
  });

  it('gives the same claims with or without sentences passed in, every time', () => {
    const a = findClaims(text, []);
    const b = findClaims(text, [], splitSentences(text));
    assert.deepEqual(a, b);
    assert.deepEqual(findClaims(text, []), a);
  });

  it('gives the same claims with the shared tokens passed in', () => {
    const odd = `${text}\nLind x_said that it rained. Holm µsaid that it did not. Well-said, Kask said. The U.N.said that peace was near. Holm said’s. HOLM SAID THAT THE PORT WOULD CLOSE. Lind said_ that. They’ll said that.`;
    for (const t of [text, odd]) assert.deepEqual(findClaims(t, [], splitSentences(t), tokenize(t)), findClaims(t, [], splitSentences(t)));
  });

  it('stays linear on text made of cue words', () => {
    const t0 = Date.now();
    findClaims('said '.repeat(100000), []);
    findClaims('"He said " that, according to '.repeat(20000), []);
    assert.ok(Date.now() - t0 < 5000);
  });
});

describe('claims: describeClaim', () => {
  const names: Record<string, string> = { 'mara-lind': 'Mara Lind', halden: 'Halden' };
  const name = (id: string): string | undefined => names[id];
  const text = 'Mara Lind arrived. She said the pier was safe. Mara Lind said it twice. Officials said so. It was reported that the pier was safe. Holm said no.';
  const cast = actors(text, [['Mara Lind', 'person', 'mara-lind']]);
  const all = findClaims(text, cast);
  const byCue = (i: number): ClaimSpan => all[i];

  it('names the entity and the words that point at it', () => {
    assert.equal(describeClaim(byCue(0), text, name), "Claim by Mara Lind (via 'She'), cue 'said'");
  });

  it('leaves out "via" when the source is the name', () => {
    assert.equal(describeClaim(byCue(1), text, name), "Claim by Mara Lind, cue 'said'");
  });

  it('describes vague and unattributed claims', () => {
    assert.equal(describeClaim(byCue(2), text, name), "Vaguely attributed claim (Officials), cue 'said'");
    assert.equal(describeClaim(byCue(3), text, name), "Unattributed claim, cue 'reported'");
  });

  it('falls back to the source text when no entity is known', () => {
    assert.equal(describeClaim(byCue(4), text, name), "Claim by Holm, cue 'said'");
  });
});
