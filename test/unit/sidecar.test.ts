import assert from 'node:assert/strict';
import {
  applyReview,
  articleNameForSidecar,
  entryFromAnnotation,
  formatProblem,
  isSidecarName,
  lostEntryProblems,
  parseSidecar,
  serializeSidecar,
  sidecarNameFor,
  withoutEntriesFor,
} from '../../src/engine/sidecar';
import type { ActorEntry, ClaimEntry, QuantityEntry, SidecarEntry } from '../../src/engine/sidecar';
import type { ActorSpan, Annotation, ClaimSpan, QuantitySpan } from '../../src/engine/types';

const TEXT =
  'Mayor Ana Ortiz of Riverton said the new bridge would open in May. ' +
  'About 4,000 vehicles are expected each day, according to Halden Works. ' +
  'Ortiz thanked the engineers.';

function at(text: string, needle: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(needle, from);
  assert.ok(start >= 0, `"${needle}" not in text`);
  return { start, end: start + needle.length };
}

function actor(text: string, needle: string, kind: ActorSpan['kind'], entity?: string, from = 0): ActorSpan {
  const r = at(text, needle, from);
  const span: ActorSpan = { ...r, text: needle, origin: 'automatic', label: 'actor', kind };
  if (entity) span.entity = entity;
  return span;
}

function quantity(text: string, needle: string): QuantitySpan {
  return { ...at(text, needle), text: needle, origin: 'automatic', label: 'quantity', value: 4000, approx: true, unit: 'vehicles', unitKind: 'count' };
}

function claim(text: string): ClaimSpan {
  const whole = at(text, 'Mayor Ana Ortiz of Riverton said the new bridge would open in May');
  return {
    ...whole,
    text: text.slice(whole.start, whole.end),
    origin: 'automatic',
    label: 'claim',
    cue: [at(text, 'said')],
    source: [at(text, 'Mayor Ana Ortiz of Riverton')],
    content: [at(text, 'the new bridge would open in May')],
    sourceKind: 'named',
    sourceEntity: 'ana-ortiz',
  };
}

/** Line and column (1-based) of the first occurrence of `needle` in `text`, after the header comment. */
function lineColumn(text: string, needle: string): { line: number; column: number } {
  const header = /^(?:#.*\n)*/.exec(text)?.[0].length ?? 0;
  const offset = text.indexOf(needle, header);
  assert.ok(offset >= 0, `"${needle}" not in text`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before[before.length - 1] ?? '').length + 1 };
}

describe('sidecar: file names', () => {
  it('puts the sidecar beside the article as <name>.newslens.yaml', () => {
    assert.equal(sidecarNameFor('seoul.news'), 'seoul.news.newslens.yaml');
    assert.equal(sidecarNameFor('articles/2024/seoul.txt'), 'articles/2024/seoul.txt.newslens.yaml');
    assert.ok(isSidecarName('seoul.news.newslens.yaml'));
    assert.ok(!isSidecarName('seoul.news'));
    assert.equal(articleNameForSidecar('seoul.news.newslens.yaml'), 'seoul.news');
    assert.equal(articleNameForSidecar('seoul.news'), undefined);
  });
});

describe('sidecar: entries from annotations', () => {
  it('anchors an actor and keeps its kind and entity', () => {
    const entry = entryFromAnnotation(TEXT, actor(TEXT, 'Halden Works', 'organisation', 'halden-works'), 'manual') as ActorEntry;
    assert.equal(entry.category, 'actor');
    assert.equal(entry.origin, 'manual');
    assert.equal(entry.anchor.exact, 'Halden Works');
    assert.equal(entry.anchor.start, TEXT.indexOf('Halden Works'));
    assert.equal(entry.anchor.prefix, TEXT.slice(entry.anchor.start - 32, entry.anchor.start));
    assert.equal(entry.kind, 'organisation');
    assert.equal(entry.entity, 'halden-works');
  });

  it('anchors the parts of a claim relative to the claim', () => {
    const c = claim(TEXT);
    const entry = entryFromAnnotation(TEXT, c, 'manual') as ClaimEntry;
    assert.equal(entry.cue.length, 1);
    assert.equal(entry.cue[0]?.exact, 'said');
    assert.equal(entry.cue[0]?.start, c.text.indexOf('said'));
    assert.equal(entry.source[0]?.start, 0);
    assert.equal(entry.source[0]?.prefix, '');
    assert.equal(entry.content[0]?.suffix, '', 'context stops at the end of the claim');
    assert.equal(entry.sourceEntity, 'ana-ortiz');
    assert.equal(entry.sourceKind, 'named');
  });

  it('keeps only the part of a claim part that lies inside the claim', () => {
    const c = claim(TEXT);
    c.source = [{ start: c.start - 5, end: c.start + 5 }, { start: c.end + 2, end: c.end + 9 }];
    const entry = entryFromAnnotation(TEXT, c, 'manual') as ClaimEntry;
    assert.deepEqual(entry.source.map((a) => a.exact), ['Mayor']);
  });
});

describe('sidecar: serializeSidecar and parseSidecar', () => {
  const entries: SidecarEntry[] = [
    entryFromAnnotation(TEXT, quantity(TEXT, 'About 4,000 vehicles'), 'manual'),
    entryFromAnnotation(TEXT, claim(TEXT), 'rejected'),
    entryFromAnnotation(TEXT, actor(TEXT, 'Halden Works', 'organisation', 'halden-works'), 'manual'),
  ];

  it('writes a header comment, version 1 and the entries sorted by start, one key per line', () => {
    const yaml = serializeSidecar(entries);
    const lines = yaml.split('\n');
    assert.ok(lines[0]?.startsWith('# '));
    assert.ok(lines.includes('version: 1'));
    assert.ok(yaml.endsWith('\n'));
    const categories = lines.filter((l) => l.startsWith('  - category: ')).map((l) => l.slice('  - category: '.length));
    assert.deepEqual(categories, ['claim', 'quantity', 'actor']);
    for (const line of lines) {
      if (line.startsWith('#') || line === '') continue;
      assert.ok(!/\{|\}/.test(line.replace(/"(?:[^"\\]|\\.)*"/g, '""')), `flow mapping in: ${line}`);
    }
  });

  it('is deterministic and does not depend on the order of the entries', () => {
    assert.equal(serializeSidecar(entries), serializeSidecar([...entries].reverse()));
  });

  it('writes an empty review as annotations: []', () => {
    const yaml = serializeSidecar([]);
    assert.match(yaml, /^annotations: \[\]$/m);
    const parsed = parseSidecar(yaml);
    assert.deepEqual(parsed, { entries: [], problems: [], ok: true });
  });

  it('reads back what it wrote', () => {
    const parsed = parseSidecar(serializeSidecar(entries));
    assert.deepEqual(parsed.problems, []);
    assert.equal(parsed.ok, true);
    const strip = (e: SidecarEntry): SidecarEntry => {
      const { line: _line, column: _column, ...rest } = e;
      return rest as SidecarEntry;
    };
    const byStart = [...entries].sort((a, b) => a.anchor.start - b.anchor.start);
    assert.deepEqual(parsed.entries.map(strip), byStart);
    const quantityEntry = parsed.entries.find((e): e is QuantityEntry => e.category === 'quantity');
    assert.equal(quantityEntry?.value, 4000);
    assert.equal(quantityEntry?.approx, true);
  });

  it('records where each entry is in the file', () => {
    const yaml = serializeSidecar(entries);
    const parsed = parseSidecar(yaml);
    const first = lineColumn(yaml, '- category: claim');
    assert.equal(parsed.entries[0]?.line, first.line);
    assert.equal(parsed.entries[0]?.column, first.column + 2);
  });

  it('quotes and escapes awkward text so that it reads back unchanged', () => {
    const text = 'He said "no"\\yes\n\tto\r\nthe \u2028plan\u0085 \u{1F600}\ud800 on \u00a0Monday\ufeff. null: # yes';
    const e: ActorEntry = {
      category: 'actor',
      origin: 'manual',
      anchor: { exact: text.slice(3, 60), prefix: text.slice(0, 3), suffix: text.slice(60), start: 3 },
      kind: 'group',
      entity: 'yes',
    };
    const q: QuantityEntry = {
      category: 'quantity',
      origin: 'rejected',
      anchor: { exact: '12%', prefix: '', suffix: ': true', start: 9 },
      value: 0.12,
      min: -3,
      max: 1e21,
      approx: false,
      unit: '%',
      unitKind: 'percent',
    };
    const yaml = serializeSidecar([e, q]);
    assert.ok(!yaml.includes('\u2028') && !yaml.includes('\ufeff') && !yaml.includes('\r'), 'escaped, not written raw');
    const parsed = parseSidecar(yaml);
    assert.deepEqual(parsed.problems, []);
    const [a, b] = parsed.entries as [ActorEntry, QuantityEntry];
    assert.deepEqual(a.anchor, e.anchor);
    assert.equal(a.entity, 'yes');
    assert.equal(b.unit, '%');
    assert.equal(b.value, 0.12);
    assert.equal(b.max, 1e21);
  });

  it('reads a short hand-written entry: prefix, suffix and start may be left out', () => {
    const yaml = [
      'version: 1',
      'annotations:',
      '  - category: actor',
      '    origin: manual',
      '    anchor:',
      '      exact: Riverton',
      '    kind: place',
      '  - category: claim',
      '    origin: manual',
      '    anchor: { exact: "Ortiz thanked the engineers" }',
      '    cue:',
      '      - exact: thanked',
      '    source:',
      '      - exact: Ortiz',
      '',
    ].join('\n');
    const parsed = parseSidecar(yaml);
    assert.deepEqual(parsed.problems, []);
    assert.equal(parsed.entries.length, 2);
    const c = parsed.entries[1] as ClaimEntry;
    assert.deepEqual(c.content, []);
    assert.equal(c.sourceKind, 'vague', 'a source without an entity');
    const { annotations } = applyReview(TEXT, [], parsed.entries);
    const manualClaim = annotations.find((x): x is ClaimSpan => x.label === 'claim');
    assert.ok(manualClaim);
    assert.deepEqual(manualClaim.cue, [at(TEXT, 'thanked')]);
    assert.deepEqual(manualClaim.source, [at(TEXT, 'Ortiz', TEXT.indexOf('Ortiz thanked'))]);
  });

  it('treats an empty file or one with only comments as an empty review', () => {
    assert.deepEqual(parseSidecar(''), { entries: [], problems: [], ok: true });
    assert.deepEqual(parseSidecar('# nothing yet\n'), { entries: [], problems: [], ok: true });
  });
});

describe('sidecar: a hand-broken sidecar', () => {
  const good = serializeSidecar([
    entryFromAnnotation(TEXT, actor(TEXT, 'Riverton', 'place', 'riverton'), 'manual'),
    entryFromAnnotation(TEXT, claim(TEXT), 'manual'),
  ]);

  function expectProblem(yaml: string, needle: string, message: RegExp, severity: 'error' | 'warning' = 'error'): void {
    const parsed = parseSidecar(yaml);
    assert.equal(parsed.ok, false, 'a file with problems must not be overwritten');
    const problem = parsed.problems.find((p) => message.test(p.message));
    assert.ok(problem, `no problem matching ${message}; got ${JSON.stringify(parsed.problems)}`);
    assert.deepEqual({ line: problem.line, column: problem.column }, lineColumn(yaml, needle));
    assert.equal(problem.severity, severity);
  }

  it('reports a YAML syntax error with its line and column, and reads no entries', () => {
    const broken = good.replace('      exact: "Riverton"', '      exact: "Riverton');
    const parsed = parseSidecar(broken);
    assert.equal(parsed.ok, false);
    assert.deepEqual(parsed.entries, [], 'nothing garbled is returned');
    assert.equal(parsed.problems.length, 1, JSON.stringify(parsed.problems));
    const [problem] = parsed.problems;
    assert.ok(problem);
    assert.match(problem.message, /YAML syntax error: .*quote/i);
    // The parser places the error where the quote should have closed: the end of that line.
    const where = lineColumn(broken, '"Riverton');
    assert.equal(problem.line, where.line);
    assert.equal(problem.column, where.column + '"Riverton'.length);
    assert.equal(formatProblem(problem, 'a.news.newslens.yaml'), `a.news.newslens.yaml:${problem.line}:${problem.column}: error: ${problem.message}`);
  });

  it('reports a bad indentation', () => {
    const broken = good.replace('    kind: place', '   kind: place');
    const parsed = parseSidecar(broken);
    assert.equal(parsed.ok, false);
    assert.ok(parsed.problems.length > 0);
    assert.ok(parsed.problems.every((p) => p.line >= 1 && p.column >= 1));
  });

  it('reports a wrong value at the value', () => {
    expectProblem(good.replace('kind: place', 'kind: city'), 'city', /"kind" must be one of person, organisation, place, group, not "city"/);
  });

  it('reports a wrong origin, including "automatic"', () => {
    expectProblem(good.replace('origin: manual', 'origin: automatic'), 'automatic', /"origin" must be one of manual, rejected/);
  });

  it('reports a missing field at the entry', () => {
    const broken = good.replace('    kind: place\n', '');
    expectProblem(broken, 'category: actor', /"kind" is missing/);
    assert.equal(parseSidecar(broken).entries.length, 1, 'the other entry is still read');
  });

  it('reports a number where a string belongs', () => {
    expectProblem(good.replace('entity: riverton', 'entity: 2024'), '2024', /"entity" must be a string \(put it in double quotes\)/);
  });

  it('reports a start that is not a whole number', () => {
    expectProblem(good.replace(/start: \d+/, 'start: -1.5'), '-1.5', /"start" must be a whole number/);
  });

  it('reports an unknown key as a warning and still refuses writing', () => {
    expectProblem(good.replace('    kind: place\n', '    kind: place\n    entiy: riverton\n'), 'entiy', /unknown key "entiy"/, 'warning');
  });

  it('reports a duplicated key', () => {
    expectProblem(good.replace('    kind: place\n', '    kind: place\n    kind: person\n'), 'kind: person', /YAML syntax error: .*unique/i);
  });

  it('reports a claim part that is not in the claim', () => {
    expectProblem(good.replace('exact: "said"', 'exact: "told"'), '"told"', /"told" does not occur in the claim's text/);
  });

  it('reports a newer format version and reads nothing', () => {
    const broken = good.replace('version: 1', 'version: 2');
    expectProblem(broken, '2\n', /format version 2, written by a newer News Lens/);
    assert.deepEqual(parseSidecar(broken).entries, []);
  });

  it('reports a missing version and a file that is not a mapping', () => {
    expectProblem(good.replace('version: 1\n', ''), 'annotations:', /"version: 1" is missing/);
    expectProblem('- just a list\n', '- just', /Expected a mapping/);
    expectProblem(good.replace(/annotations:\n[\s\S]*$/, 'annotations: many\n'), 'many', /"annotations" must be a list/);
  });
});

describe('sidecar: applyReview', () => {
  const ortiz = actor(TEXT, 'Ana Ortiz', 'person', 'ana-ortiz');
  const riverton = actor(TEXT, 'Riverton', 'place', 'riverton');
  const works = actor(TEXT, 'Halden Works', 'place', 'halden');
  const automatic: Annotation[] = [ortiz, riverton, works, quantity(TEXT, 'About 4,000 vehicles'), claim(TEXT)];

  it('with no entries, returns the automatic annotations unchanged and sorted', () => {
    const { annotations, lost } = applyReview(TEXT, [...automatic].reverse(), []);
    assert.deepEqual(lost, []);
    assert.deepEqual(annotations.map((a) => a.start), [...automatic].map((a) => a.start).sort((a, b) => a - b));
    assert.ok(annotations.every((a) => a.origin === 'automatic'));
  });

  it('adds a manual annotation with origin manual', () => {
    const thanked = actor(TEXT, 'the engineers', 'group');
    const entry = entryFromAnnotation(TEXT, thanked, 'manual');
    const { annotations, lost } = applyReview(TEXT, automatic, [entry]);
    assert.deepEqual(lost, []);
    const added = annotations.find((a) => a.start === thanked.start);
    assert.deepEqual(added, { ...thanked, origin: 'manual' });
    assert.equal(annotations.length, automatic.length + 1);
    assert.deepEqual(annotations.map((a) => a.start), [...annotations].map((a) => a.start).sort((a, b) => a - b));
  });

  it('lets a manual actor over the same range replace the automatic one', () => {
    const fixed: ActorSpan = { ...works, kind: 'organisation', entity: 'halden-works' };
    const { annotations } = applyReview(TEXT, automatic, [entryFromAnnotation(TEXT, fixed, 'manual')]);
    const there = annotations.filter((a) => a.start === works.start && a.label === 'actor');
    assert.deepEqual(there, [{ ...fixed, origin: 'manual' }]);
    assert.equal(annotations.length, automatic.length);
  });

  it('keeps an automatic annotation of another category over the same range', () => {
    const asClaim: ClaimSpan = { ...claim(TEXT), ...at(TEXT, 'Riverton'), text: 'Riverton', cue: [], source: [], content: [], sourceKind: 'none' };
    const { annotations } = applyReview(TEXT, automatic, [entryFromAnnotation(TEXT, asClaim, 'manual')]);
    assert.equal(annotations.filter((a) => a.start === riverton.start).length, 2);
  });

  it('marks a rejected automatic annotation as rejected and keeps it in the list', () => {
    const { annotations, lost } = applyReview(TEXT, automatic, [entryFromAnnotation(TEXT, riverton, 'rejected')]);
    assert.deepEqual(lost, []);
    assert.equal(annotations.length, automatic.length);
    assert.equal(annotations.find((a) => a.start === riverton.start)?.origin, 'rejected');
    assert.equal(annotations.filter((a) => a.origin === 'rejected').length, 1);
    assert.equal(riverton.origin, 'automatic', 'the input is not changed');
  });

  it('keeps a rejection whose automatic annotation is not found now, without reporting it lost', () => {
    const entry = entryFromAnnotation(TEXT, actor(TEXT, 'Mayor', 'person'), 'rejected');
    const { annotations, lost, refreshed } = applyReview(TEXT, automatic, [entry]);
    assert.deepEqual(lost, []);
    assert.equal(annotations.length, automatic.length);
    assert.ok(annotations.every((a) => a.origin === 'automatic'));
    assert.equal(refreshed.length, 1);
  });

  it('reports an entry whose text is gone as lost, and keeps it', () => {
    const entries = [
      entryFromAnnotation(TEXT, actor(TEXT, 'the engineers', 'group'), 'manual'),
      entryFromAnnotation(TEXT, riverton, 'rejected'),
    ];
    const edited = TEXT.replace('Ortiz thanked the engineers.', 'Ortiz thanked the crew.').replace('Mayor Ana Ortiz of Riverton', 'Mayor Ana Ortiz');
    const { annotations, lost, refreshed } = applyReview(edited, [], entries);
    assert.deepEqual(lost, entries);
    assert.deepEqual(annotations, []);
    assert.deepEqual(refreshed, entries, 'lost entries stay as they were');
    const problems = lostEntryProblems(parseSidecar(serializeSidecar(lost)).entries);
    assert.equal(problems.length, 2);
    assert.ok(problems.every((p) => p.severity === 'warning' && p.line > 1));
    assert.match(problems[1]?.message ?? '', /manual actor "the engineers" no longer occurs/);
  });

  it('re-attaches a saved review after the article was edited elsewhere', () => {
    const entries = [
      entryFromAnnotation(TEXT, actor(TEXT, 'the engineers', 'group'), 'manual'),
      entryFromAnnotation(TEXT, riverton, 'rejected'),
      entryFromAnnotation(TEXT, claim(TEXT), 'manual'),
    ];
    const saved = parseSidecar(serializeSidecar(entries));
    assert.equal(saved.ok, true);

    const edited = `RIVERTON, 3 May. ${TEXT.replace('About 4,000 vehicles are expected each day', 'Some 4,000 cars a day are expected')}`;
    const shift = 'RIVERTON, 3 May. '.length;
    const movedRiverton: ActorSpan = { ...riverton, start: riverton.start + shift, end: riverton.end + shift };
    const { annotations, lost, refreshed } = applyReview(edited, [movedRiverton], saved.entries);
    assert.deepEqual(lost, []);
    assert.equal(annotations.find((a) => a.label === 'actor' && a.start === movedRiverton.start)?.origin, 'rejected');
    const engineers = annotations.find((a) => a.text === 'the engineers');
    assert.ok(engineers && engineers.origin === 'manual');
    assert.deepEqual({ start: engineers.start, end: engineers.end }, at(edited, 'the engineers'));
    const c = annotations.find((a): a is ClaimSpan => a.label === 'claim');
    assert.ok(c);
    assert.equal(c.start, shift);
    assert.deepEqual(c.cue.map((p) => edited.slice(p.start, p.end)), ['said']);
    assert.deepEqual(c.source.map((p) => edited.slice(p.start, p.end)), ['Mayor Ana Ortiz of Riverton']);
    assert.deepEqual(c.content.map((p) => edited.slice(p.start, p.end)), ['the new bridge would open in May']);
    assert.equal(c.sourceEntity, 'ana-ortiz');
    // The refreshed entries carry the new positions.
    assert.deepEqual(
      refreshed.map((e) => e.anchor.start),
      [shift, movedRiverton.start, at(edited, 'the engineers').start],
    );
  });

  it('re-attaches to the right one of duplicated mentions', () => {
    const text = 'Ortiz spoke first. Later Ortiz spoke again.';
    const second = actor(text, 'Ortiz', 'person', 'ana-ortiz', 10);
    const entry = entryFromAnnotation(text, second, 'manual');
    const edited = `Ortiz arrived. ${text}`;
    const { annotations } = applyReview(edited, [], [entry]);
    assert.equal(annotations.length, 1);
    assert.equal(annotations[0]?.start, edited.lastIndexOf('Ortiz'));
  });

  it('does not change its inputs', () => {
    const entries = [entryFromAnnotation(TEXT, works, 'rejected')];
    const before = JSON.stringify({ automatic, entries });
    applyReview(TEXT, automatic, entries);
    assert.equal(JSON.stringify({ automatic, entries }), before);
  });
});

describe('sidecar: withoutEntriesFor', () => {
  it('removes the entries that attach to the given category and range', () => {
    const riverton = actor(TEXT, 'Riverton', 'place');
    const entries = [
      entryFromAnnotation(TEXT, riverton, 'rejected'),
      entryFromAnnotation(TEXT, { ...riverton, kind: 'organisation' }, 'manual'),
      entryFromAnnotation(TEXT, actor(TEXT, 'Halden Works', 'organisation'), 'manual'),
    ];
    assert.deepEqual(withoutEntriesFor(TEXT, entries, { category: 'actor', ...at(TEXT, 'Riverton'), origin: 'rejected' }), entries.slice(1));
    assert.deepEqual(withoutEntriesFor(TEXT, entries, { category: 'actor', ...at(TEXT, 'Riverton') }), entries.slice(2));
    assert.deepEqual(withoutEntriesFor(TEXT, entries, { category: 'claim', ...at(TEXT, 'Riverton') }), entries);
  });
});
