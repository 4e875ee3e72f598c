import assert from 'node:assert/strict';
import { mergeCatalogues, parseCatalogue } from '../../src/engine/catalogue';
import type { Entity } from '../../src/engine/types';

describe('parseCatalogue', () => {
  it('reads entries with their line', () => {
    const r = parseCatalogue('entities:\n  - id: jane-roe\n    name: Jane Roe\n    kind: person\n    aliases: [Roe]\n', 'cat.yaml');
    assert.equal(r.usable, true);
    assert.deepEqual(r.problems, []);
    assert.equal(r.entities.length, 1);
    assert.deepEqual(r.entities[0].aliases, ['Roe']);
    assert.equal(r.entities[0].line, 2);
    assert.equal(r.entities[0].source, 'cat.yaml');
  });

  it('reports broken YAML with line and column, and is not usable', () => {
    const r = parseCatalogue('entities:\n  - id: a\n    name: [unclosed\n', 'cat.yaml');
    assert.equal(r.usable, false);
    assert.ok(r.problems.length > 0);
    assert.match(r.problems[0].message, /^YAML syntax/);
    assert.ok(r.problems[0].line >= 3, `line ${r.problems[0].line}`);
    assert.ok(r.problems[0].column >= 1);
  });

  it('ignores a duplicate id and says where the first one is', () => {
    const r = parseCatalogue('entities:\n  - id: a\n    name: A One\n    kind: person\n  - id: a\n    name: A Two\n    kind: person\n', 'cat.yaml');
    assert.equal(r.entities.length, 1);
    assert.equal(r.entities[0].name, 'A One');
    const p = r.problems.find((x) => /Duplicate id/.test(x.message));
    assert.ok(p);
    assert.match(p.message, /line 2/);
    assert.equal(p.line, 5);
  });

  it('ignores entries without id or name', () => {
    const r = parseCatalogue('entities:\n  - name: Nobody\n    kind: person\n  - id: b\n    kind: place\n', 'cat.yaml');
    assert.equal(r.entities.length, 0);
    assert.equal(r.problems.filter((p) => /missing `id`/.test(p.message)).length, 1);
    assert.equal(r.problems.filter((p) => /missing `name`/.test(p.message)).length, 1);
  });

  it('warns when two entities claim one alias, and leaves it with the first', () => {
    const r = parseCatalogue('entities:\n  - id: a\n    name: Alpha Corp\n    kind: org\n    aliases: [AC]\n  - id: b\n    name: Beta Club\n    kind: org\n    aliases: [AC, BC]\n', 'cat.yaml');
    assert.equal(r.entities.length, 2);
    assert.deepEqual(r.entities[1].aliases, ['BC']);
    const p = r.problems.find((x) => /claimed by two entities/.test(x.message));
    assert.ok(p);
    assert.equal(p.severity, 'warning');
    assert.equal(r.entities[0].kind, 'organisation');
  });

  it('refuses an unknown kind with its position', () => {
    const r = parseCatalogue('entities:\n  - id: a\n    name: A\n    kind: planet\n', 'cat.yaml');
    assert.equal(r.entities.length, 0);
    const p = r.problems.find((x) => /Unknown kind/.test(x.message));
    assert.ok(p);
    assert.equal(p.line, 4);
    assert.equal(p.column, 11);
  });
});

describe('mergeCatalogues', () => {
  it('lets a later layer override an entity by id and add names', () => {
    const builtIn: Entity[] = [{ id: 'seoul', name: 'Seoul', kind: 'place', aliases: [], demonyms: [], links: {}, source: 'built-in' }];
    const workspace: Entity[] = [{ id: 'seoul', name: 'Seoul', kind: 'place', aliases: ['Hanyang'], demonyms: [], links: {}, description: 'our capital', source: 'ws.yaml' }];
    const [merged] = mergeCatalogues([builtIn, workspace]);
    assert.deepEqual(merged.aliases, ['Hanyang']);
    assert.equal(merged.description, 'our capital');
    assert.equal(merged.source, 'ws.yaml');
  });
});
