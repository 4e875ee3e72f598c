// A malicious catalogue (or article) must not turn a hover card into a link to a command, a script, a file
// or an image, nor into raw HTML. The Markdown actorHover() returns is rendered with `marked` (the renderer
// VS Code uses for hovers), with HTML allowed so that any HTML that got through shows; then every tag and
// every link target is checked.
import assert from 'node:assert/strict';
import { int, pick, prng } from '../../bench/synthetic';
import { actorHover } from '../../src/engine/hover';
import { escapeMarkdown, linkAddress } from '../../src/engine/markdown';
import type { ActorSpan, Entity } from '../../src/engine/types';

type Render = (markdown: string) => string;
let render: Render;

const ADD_LINK = `command:newsLens.addToCatalogue?${encodeURIComponent(JSON.stringify([{ uri: 'file:///a.news', start: 1, end: 5, kind: 'person', name: 'Evil' }]))}`;

const ATTACKS = [
  '[click me](command:workbench.action.terminal.new)',
  '[x](command:_workbench.downloadResource?%5B%22https%3A%2F%2Fevil%22%5D)',
  '[x](javascript:alert(1))',
  '[x](JaVaScRiPt:alert(1))',
  '[x](vbscript:msgbox)',
  '[x](data:text/html;base64,PGI+)',
  '[x](file:///etc/passwd)',
  '[x](vscode://ms-vscode.remote/evil)',
  '[x]( command:foo )',
  '[x](<command:foo>)',
  '<command:foo>',
  '<javascript:alert(1)>',
  '<https://ok.example/>',
  '![tracker](https://evil.example/pixel.png)',
  '![x](command:foo)',
  '<img src=x onerror=alert(1)>',
  '<a href="command:foo">x</a>',
  '<script>alert(1)</script>',
  '<iframe src="https://evil"></iframe>',
  '<!-- hidden -->',
  '<span style="color:red">x</span>',
  '&lt;b&gt;bold&lt;/b&gt;',
  '&#x3C;img src=x&#x3E;',
  '`code` ``double`` ```fence```',
  '```\n[x](command:foo)\n```',
  '\n\n[ref]: command:foo\n\n[ref]',
  '[ref][r]\n\n[r]: javascript:alert(1)',
  'line one\nline two\r\nline three',
  '\n\n# Heading\n\n- item\n1. item\n> quote\n\n---\n',
  '**bold** __bold__ *em* _em_ ~~del~~',
  '\\[escaped](command:foo)',
  '\\\\[double](command:foo)',
  '[a](https://ok.example/](command:foo))',
  'https://ok.example/)(command:foo',
  'www.evil.example',
  'mailto:someone@example.com',
  'someone@example.com',
  '| a | b |\n|---|---|\n| [x](command:y) | z |',
  '\u202eRTL override',
  '\u0000 NUL and \u0007 bell',
  '$(zap) codicon',
  'lone \ud800 surrogate \udfff',
  'x` [tick](command:foo) `y',
  '[x](command:newsLens.addToCatalogue?%5B%5D)',
  '<command:newsLens.addToCatalogue>',
];

const LINK_VALUES = [
  'https://example.org/ok',
  'http://example.org/ok?a=b&c=(d)',
  'https://example.org/a b',
  'https://example.org/"onmouseover="x',
  "https://example.org/'><img src=x>",
  'https://example.org/`code`',
  'https://example.org/](command:foo)',
  'https://example.org/\n[x](command:foo)',
  'https://example.org/<script>',
  ' https://example.org/trim ',
  'javascript:alert(1)',
  'command:workbench.action.terminal.new',
  'file:///etc/passwd',
  'Q12345',
  'Q1) [x](command:foo',
  'Some Page](command:foo)',
  '//evil.example/x',
  'HTTPS://EXAMPLE.ORG/UPPER',
  'Page \ud800 with a lone surrogate',
];

function randomText(rand: () => number): string {
  const parts: string[] = [];
  for (let i = int(rand, 1, 3); i > 0; i--) parts.push(rand() < 0.7 ? pick(rand, ATTACKS) : pick(rand, ['Evil Corp', 'Jane', 'O’Neil', 'Ünal', '🙂']));
  return parts.join(rand() < 0.5 ? ' ' : '');
}

function randomEntity(rand: () => number, i: number): Entity {
  const links: Record<string, string> = {};
  for (let k = int(rand, 0, 4); k > 0; k--) {
    const key = rand() < 0.5 ? pick(rand, ['web', 'wikidata', 'wikipedia', 'Wikipedia', 'WIKIDATA']) : randomText(rand);
    links[key] = rand() < 0.6 ? pick(rand, LINK_VALUES) : randomText(rand);
  }
  const e: Entity = {
    id: rand() < 0.8 ? `e-${i}` : randomText(rand),
    name: randomText(rand),
    kind: pick(rand, ['person', 'organisation', 'place', 'group'] as const),
    aliases: Array.from({ length: int(rand, 0, 3) }, () => randomText(rand)),
    demonyms: Array.from({ length: int(rand, 0, 2) }, () => randomText(rand)),
    links,
    source: rand() < 0.5 ? 'built-in' : `file:///${randomText(rand)}`,
  };
  if (rand() < 0.7) e.role = randomText(rand);
  if (rand() < 0.7) e.description = randomText(rand);
  return e;
}

function span(text: string, unknown: boolean, via: ActorSpan['via'] = 'name'): ActorSpan {
  return { start: 0, end: text.length, text, label: 'actor', kind: 'person', entity: 'e-0', origin: 'automatic', unknown: unknown || undefined, via };
}

const ALLOWED_TAGS = new Set(['p', 'strong', 'em', 'a', 'hr', 'code', 'br', 'del']);

/** Checks rendered HTML: only harmless tags, links only to http(s) or to the one command link given. */
function checkHtml(html: string, markdown: string, commandLink: string | undefined): void {
  const context = `\n--- markdown ---\n${markdown}\n--- html ---\n${html}`;
  for (const m of html.matchAll(/<\/?([a-zA-Z][\w:-]*)([^>]*)>/g)) {
    const tag = m[1].toLowerCase();
    assert.ok(ALLOWED_TAGS.has(tag), `tag <${tag}> in a hover${context}`);
    if (tag === 'a' && !m[0].startsWith('</')) {
      const href = /\shref="([^"]*)"/.exec(m[2])?.[1];
      assert.ok(href !== undefined, `a link without href${context}`);
      const decoded = href.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
      if (commandLink !== undefined && decoded === commandLink) continue;
      assert.match(decoded, /^https?:\/\/[^\s"'<>`]+$/i, `a link to ${decoded}${context}`);
    } else {
      // no attributes anywhere else (no style, no on*)
      assert.equal(m[2].trim(), '', `attributes on <${tag}>${context}`);
    }
  }
  // the command link appears only where it was given
  const commands = [...html.matchAll(/href="command:[^"]*"/g)].length;
  assert.ok(commands <= (commandLink ? 1 : 0), `${commands} command links${context}`);
}

function check(markdown: string, commandLink?: string): void {
  // outside inline code (literal), every < is escaped
  const outsideCode = markdown.replace(/`[^`\n]*`/g, '');
  assert.ok(!/<[a-zA-Z!/?]/.test(outsideCode.replace(/\\</g, '')), `unescaped < in the markdown:\n${markdown}`);
  checkHtml(render(markdown), markdown, commandLink);
}

describe('hover security: a malicious catalogue cannot make links or HTML', () => {
  before(async () => {
    const { marked } = await import('marked');
    render = (md) => marked.parse(md, { async: false, gfm: true });
  });

  it('each attack string in every field of a catalogue entry', () => {
    for (const attack of ATTACKS) {
      const e: Entity = {
        id: `x-${attack}`, name: attack, kind: 'person', aliases: [attack, 'ok'], demonyms: [attack], role: attack, description: attack,
        links: { [attack]: 'https://example.org/', web: attack, wikipedia: attack, wikidata: attack }, source: attack,
      };
      check(actorHover({ span: span(attack, false, 'demonym'), entities: [e], mentions: () => 2 }));
    }
  });

  it('each malicious link value', () => {
    for (const value of LINK_VALUES) {
      for (const key of ['web', 'wikidata', 'wikipedia', 'other']) {
        const e: Entity = { id: 'x', name: 'X', kind: 'organisation', aliases: [], demonyms: [], links: { [key]: value } };
        check(actorHover({ span: span('X', false), entities: [e], mentions: () => 1 }));
      }
    }
  });

  it('unknown names from the article: only the add-to-catalogue command link', () => {
    for (const attack of ATTACKS) {
      check(actorHover({ span: span(attack, true, 'detected'), entities: [], mentions: () => 3, addToCatalogueLink: ADD_LINK }), ADD_LINK);
      check(actorHover({ span: span(attack, true, 'detected'), entities: [], mentions: () => 3 }));
    }
  });

  it('the add-to-catalogue link stays one whole link, whatever the name in its arguments', () => {
    for (const attack of ATTACKS) {
      // as src/extension/hovers.ts builds it
      const args = [{ uri: 'file:///a.news', start: 0, end: attack.length, kind: 'person', name: attack }];
      const link = `command:newsLens.addToCatalogue?${encodeURIComponent(JSON.stringify(args))}`;
      const md = actorHover({ span: span(attack, true, 'detected'), entities: [], mentions: () => 1, addToCatalogueLink: link });
      const html = render(md);
      const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));
      assert.equal(hrefs.length, 1, `${md}\n${html}`);
      const [command, query] = hrefs[0].split('?');
      assert.equal(command, 'command:newsLens.addToCatalogue');
      assert.deepEqual(JSON.parse(decodeURIComponent(query)), args);
      checkHtml(html, md, hrefs[0]);
    }
  });

  it('2,000 random malicious catalogues, several entities a card', () => {
    const rand = prng(4242);
    for (let i = 0; i < 2000; i++) {
      const entities = Array.from({ length: int(rand, 1, 3) }, (_, k) => randomEntity(rand, i * 10 + k));
      const unknown = rand() < 0.2;
      const link = unknown && rand() < 0.7 ? ADD_LINK : undefined;
      check(actorHover({ span: span(randomText(rand), unknown, pick(rand, ['name', 'alias', 'demonym', 'detected', 'reference'] as const)), entities: unknown ? [] : entities, mentions: () => int(rand, 0, 9), addToCatalogueLink: link }), link);
    }
  });

  it('escapeMarkdown leaves no markup and no line break', () => {
    for (const attack of ATTACKS) {
      const escaped = escapeMarkdown(attack);
      assert.ok(!/[\r\n]/.test(escaped), JSON.stringify(escaped));
      const html = render(escaped);
      checkHtml(html, escaped, undefined);
      assert.ok(!/<(a|img|strong|em|code|del|hr|h\d|ul|ol|li|blockquote|table)\b/.test(html), `markup from ${JSON.stringify(attack)}: ${html}`);
    }
  });

  it('linkAddress gives http(s) addresses or nothing', () => {
    for (const value of [...LINK_VALUES, ...ATTACKS]) {
      for (const kind of ['web', 'wikidata', 'wikipedia', 'x']) {
        const a = linkAddress(kind, value);
        if (a !== undefined) assert.match(a, /^https?:\/\/[^\s()<>"'`\\]+$/i, `${kind}: ${JSON.stringify(value)} -> ${a}`);
      }
    }
  });
});
