/**
 * CSV: one row per annotation (rejected ones included, with their origin). RFC 4180 quoting,
 * CRLF row ends, a byte order mark so spreadsheets read UTF-8, and a guard against formula
 * injection: a text cell that begins with = + - @ TAB or CR gets a leading apostrophe.
 */
import type { Annotation } from '../types';
import type { ArticleForExport } from './common';
import { PART_SEPARATOR, entityIdsOf, lineColumnMapper, numberAnnotations, sortedParts } from './common';

export const CSV_COLUMNS = [
  'file',
  'id',
  'category',
  'kind',
  'origin',
  'start_line',
  'start_column',
  'end_line',
  'end_column',
  'start_offset',
  'end_offset',
  'text',
  'entity_id',
  'entity_name',
  'unknown',
  'value',
  'min',
  'max',
  'unit',
  'approx',
  'claim_source',
  'claim_cue',
  'claim_content',
] as const;

type Column = (typeof CSV_COLUMNS)[number];
type Cell = string | number | boolean | undefined;

const BOM = '\uFEFF';
const ROW_END = '\r\n';

/** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes an apostrophe to a text cell that a spreadsheet would read as a formula. */
export function guardFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One CSV field: numbers as they are, text guarded then quoted when it holds `"`, `,`, CR or LF. */
function field(value: Cell): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const s = guardFormula(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function row(cells: Record<Column, Cell>): string {
  return CSV_COLUMNS.map((c) => field(cells[c])).join(',') + ROW_END;
}

function kindOf(a: Annotation): string {
  if (a.label === 'actor') return a.kind;
  if (a.label === 'quantity') return a.unitKind;
  return a.sourceKind;
}

function rowsOf(article: ArticleForExport): string {
  const { text } = article;
  const position = lineColumnMapper(text);
  let out = '';
  for (const { id, annotation: a } of numberAnnotations(text, article.annotations)) {
    const start = position(a.start);
    const end = position(a.end);
    const ids = entityIdsOf(a);
    const partsText = (parts: readonly { start: number; end: number }[]): string =>
      sortedParts(parts)
        .map((p) => text.slice(p.start, p.end))
        .join(PART_SEPARATOR);
    out += row({
      file: article.name,
      id,
      category: a.label,
      kind: kindOf(a),
      origin: a.origin,
      start_line: start.line,
      start_column: start.column,
      end_line: end.line,
      end_column: end.column,
      start_offset: a.start,
      end_offset: a.end,
      text: text.slice(a.start, a.end),
      entity_id: ids.length > 0 ? ids.join('; ') : undefined,
      entity_name: ids.length > 0 ? ids.map((i) => article.entities(i)?.name ?? '').join('; ') : undefined,
      unknown: a.label === 'actor' ? a.unknown === true : undefined,
      value: a.label === 'quantity' ? a.value : undefined,
      min: a.label === 'quantity' ? a.min : undefined,
      max: a.label === 'quantity' ? a.max : undefined,
      unit: a.label === 'quantity' ? a.unit : undefined,
      approx: a.label === 'quantity' ? a.approx : undefined,
      claim_source: a.label === 'claim' ? partsText(a.source) : undefined,
      claim_cue: a.label === 'claim' ? partsText(a.cue) : undefined,
      claim_content: a.label === 'claim' ? partsText(a.content) : undefined,
    });
  }
  return out;
}

function header(): string {
  return CSV_COLUMNS.join(',') + ROW_END;
}

/** The CSV file of one article (a string starting with U+FEFF; write it as UTF-8). */
export function exportCsv(article: ArticleForExport): string {
  return BOM + header() + rowsOf(article);
}

/** One CSV file for many articles: one header, then every article's rows. */
export function exportCsvCollection(articles: readonly ArticleForExport[]): string {
  return BOM + header() + articles.map(rowsOf).join('');
}
