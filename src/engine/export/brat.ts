/**
 * brat standoff: `<name>.txt`, `<name>.ann` and the folder's `annotation.conf`.
 *
 * - The .txt has LF line ends (brat reads text files with universal newlines, so a CRLF would count
 *   as one character there and shift every later offset).
 * - Offsets are code points into that .txt (brat is Python).
 * - A text-bound annotation never contains a line break (Python's `splitlines` set): it is written as
 *   discontinuous fragments `start end;start end` cut at the breaks; the text column joins the
 *   fragments with a space, as brat checks.
 * - Actors are Person / Organisation / Place / Group, quantities Quantity. A claim is an event `Claim`
 *   whose trigger is the cue, with `Source` (type Claim-source) and `Content` (type Claim-content)
 *   arguments; discontinuous parts become fragments of one text-bound annotation.
 * - Catalogue ids are normalisations `N… Reference T… NewsLens:<id>`; attributes Unknown, Approximate,
 *   UnitKind, SourceKind and Origin (automatic | manual); quantity values go to AnnotatorNotes.
 * - Rejected annotations are left out.
 */
import type { Annotation, ClaimSpan, Part } from '../types';
import type { ArticleForExport, ExportedFile } from './common';
import { codePointMapper, isLineBreak, numberAnnotations, sortedParts, toLf } from './common';

export const BRAT_NORMALIZATION_DB = 'NewsLens';

const ACTOR_TYPE: Record<string, string> = {
  person: 'Person',
  organisation: 'Organisation',
  place: 'Place',
  group: 'Group',
};

/** The annotation.conf that declares every type, role and attribute the .ann files use. */
export const BRAT_ANNOTATION_CONF = [
  '# brat configuration for News Lens exports (docs/export-formats.md).',
  '',
  '[entities]',
  'Person',
  'Organisation',
  'Place',
  'Group',
  'Quantity',
  'Claim-source',
  'Claim-content',
  '',
  '[relations]',
  '# Actors, claim parts and quantities may nest, coincide and cross.',
  '<OVERLAP>\tArg1:<ANY>, Arg2:<ANY>, <OVL-TYPE>:<ANY>',
  '',
  '[events]',
  '# The trigger of a Claim is its cue ("said", "according to").',
  'Claim\tSource?:Claim-source, Content?:Claim-content',
  '',
  '[attributes]',
  'Unknown\tArg:Person|Organisation|Place|Group',
  'Approximate\tArg:Quantity',
  'UnitKind\tArg:Quantity, Value:count|money|percent|duration|measure',
  'SourceKind\tArg:Claim, Value:named|pronoun|role|vague|none',
  'Origin\tArg:Person|Organisation|Place|Group|Quantity|Claim, Value:automatic|manual',
  '',
].join('\n');

/** Converts engine offsets (UTF-16, original line ends) into brat fragments (code points, LF text). */
class FragmentMaker {
  readonly lf: string;
  private readonly toLfOffset: (offset: number) => number;
  private readonly toCodePoint: (offset: number) => number;

  constructor(text: string) {
    const lf = toLf(text);
    this.lf = lf.text;
    this.toLfOffset = lf.map;
    this.toCodePoint = codePointMapper(lf.text);
  }

  /**
   * Fragments (code points) of a list of parts: the parts are merged where they touch or overlap,
   * cut at line breaks, and empty pieces dropped. Returns the fragments and the text column.
   */
  fragments(parts: readonly Part[]): { spans: Array<[number, number]>; text: string } {
    const lfParts = sortedParts(parts).map((p) => ({ start: this.toLfOffset(p.start), end: this.toLfOffset(p.end) }));
    const merged: Part[] = [];
    for (const p of lfParts) {
      const last = merged[merged.length - 1];
      // brat rejects fragments that touch (end == next start) as overlapping
      if (last && p.start <= last.end) last.end = Math.max(last.end, p.end);
      else merged.push({ ...p });
    }
    const pieces: Part[] = [];
    for (const p of merged) {
      let s = p.start;
      for (let i = p.start; i < p.end; i++) {
        if (isLineBreak(this.lf.charCodeAt(i))) {
          if (i > s) pieces.push({ start: s, end: i });
          s = i + 1;
        }
      }
      if (p.end > s) pieces.push({ start: s, end: p.end });
    }
    return {
      spans: pieces.map((p) => [this.toCodePoint(p.start), this.toCodePoint(p.end)]),
      text: pieces.map((p) => this.lf.slice(p.start, p.end)).join(' '),
    };
  }
}

/** Keeps a value usable as one whitespace-free token of an .ann line. */
function token(value: string): string {
  return value.replace(/[\s%]/gu, (c) => encodeURIComponent(c));
}

/** Keeps free text on one line of an .ann file. */
function oneLine(value: string): string {
  let out = '';
  for (const ch of value) out += isLineBreak(ch.charCodeAt(0)) || ch === '\t' ? ' ' : ch;
  return out;
}

function formatNumber(n: number): string {
  return String(n);
}

function quantityNote(a: Extract<Annotation, { label: 'quantity' }>): string | undefined {
  const bits: string[] = [];
  if (a.value !== undefined) bits.push(`value ${formatNumber(a.value)}`);
  if (a.min !== undefined) bits.push(`min ${formatNumber(a.min)}`);
  if (a.max !== undefined) bits.push(`max ${formatNumber(a.max)}`);
  if (a.unit !== undefined) bits.push(`unit ${a.unit}`);
  return bits.length > 0 ? oneLine(bits.join('; ')) : undefined;
}

class AnnWriter {
  private readonly lines: string[] = [];
  private t = 0;
  private e = 0;
  private a = 0;
  private n = 0;
  private note = 0;

  constructor(
    private readonly maker: FragmentMaker,
    private readonly article: ArticleForExport,
  ) {}

  textBound(type: string, parts: readonly Part[]): string | undefined {
    const { spans, text } = this.maker.fragments(parts);
    if (spans.length === 0) return undefined;
    const id = `T${++this.t}`;
    this.lines.push(`${id}\t${type} ${spans.map(([s, e]) => `${s} ${e}`).join(';')}\t${text}`);
    return id;
  }

  event(type: string, trigger: string, args: Array<[string, string | undefined]>): string {
    const id = `E${++this.e}`;
    const argText = args
      .filter((x): x is [string, string] => x[1] !== undefined)
      .map(([role, target]) => ` ${role}:${target}`)
      .join('');
    this.lines.push(`${id}\t${type}:${trigger}${argText}`);
    return id;
  }

  attribute(type: string, target: string, value?: string): void {
    this.lines.push(`A${++this.a}\t${type} ${target}${value === undefined ? '' : ` ${value}`}`);
  }

  /** True when the catalogue knows the id (provisional ids of unknown names are not normalised). */
  knows(entityId: string): boolean {
    return this.article.entities(entityId) !== undefined;
  }

  normalisation(target: string, entityId: string): void {
    const name = this.article.entities(entityId)?.name ?? entityId;
    this.lines.push(`N${++this.n}\tReference ${target} ${BRAT_NORMALIZATION_DB}:${token(entityId)}\t${oneLine(name)}`);
  }

  annotatorNote(target: string, text: string): void {
    this.lines.push(`#${++this.note}\tAnnotatorNotes ${target}\t${text}`);
  }

  content(): string {
    return this.lines.map((l) => l + '\n').join('');
  }
}

function originValue(a: Annotation): string {
  return a.origin === 'manual' ? 'manual' : 'automatic';
}

function writeClaim(w: AnnWriter, a: ClaimSpan): void {
  const cueParts = a.cue.length > 0 ? a.cue : [{ start: a.start, end: a.end }];
  const trigger = w.textBound('Claim', cueParts);
  if (!trigger) return;
  const source = a.source.length > 0 ? w.textBound('Claim-source', a.source) : undefined;
  const content = a.content.length > 0 ? w.textBound('Claim-content', a.content) : undefined;
  const event = w.event('Claim', trigger, [
    ['Source', source],
    ['Content', content],
  ]);
  w.attribute('SourceKind', event, a.sourceKind);
  w.attribute('Origin', event, originValue(a));
  // normalisations and notes may not point at a trigger: use the source (or the event)
  if (a.sourceEntity && w.knows(a.sourceEntity)) w.normalisation(source ?? event, a.sourceEntity);
}

/** The three brat files of one article: .ann first (the main file), .txt, annotation.conf. */
export function exportBrat(article: ArticleForExport): ExportedFile[] {
  const maker = new FragmentMaker(article.text);
  const w = new AnnWriter(maker, article);
  for (const { annotation: a } of numberAnnotations(article.text, article.annotations)) {
    if (a.origin === 'rejected') continue;
    if (a.label === 'claim') {
      writeClaim(w, a);
      continue;
    }
    const id = w.textBound(a.label === 'actor' ? ACTOR_TYPE[a.kind] : 'Quantity', [a]);
    if (!id) continue;
    if (a.label === 'actor') {
      if (a.unknown) w.attribute('Unknown', id);
      w.attribute('Origin', id, originValue(a));
      const ids = a.entities && a.entities.length > 0 ? a.entities : a.entity ? [a.entity] : [];
      for (const e of ids) if (w.knows(e)) w.normalisation(id, e);
    } else {
      if (a.approx) w.attribute('Approximate', id);
      w.attribute('UnitKind', id, a.unitKind);
      w.attribute('Origin', id, originValue(a));
      const note = quantityNote(a);
      if (note) w.annotatorNote(id, note);
    }
  }
  return [
    { suffix: '.ann', content: w.content() },
    { suffix: '.txt', content: maker.lf },
    { suffix: 'annotation.conf', content: BRAT_ANNOTATION_CONF, isSharedName: true },
  ];
}
