/**
 * Exports of annotated articles (docs/export-formats.md).
 *
 *   exportArticle(format, article)      -> the file(s) of one article
 *   exportCollection(format, articles)  -> one JSONL or CSV file for a whole workspace
 */
import type { ArticleForExport, ExportedFile, ExportOptions } from './common';
import { exportBrat } from './brat';
import { exportCsv, exportCsvCollection } from './csv';
import { exportDoccano } from './doccano';
import { exportJson, exportJsonLines } from './json';
import { exportPredictionLine } from './jsonl';
import { exportLabelStudio } from './labelStudio';
import { exportW3c } from './w3c';

export type { ArticleForExport, ExportedFile, ExportOptions, NumberedAnnotation } from './common';
export { numberAnnotations, TOOL_LABELS } from './common';
export { JSON_SCHEMA_NAME, JSON_SCHEMA_VERSION, toJsonDocument } from './json';
export type { JsonAnnotation, JsonDocument, JsonEntity, JsonPart } from './json';
export { toPredictionSpans } from './jsonl';
export { CSV_COLUMNS, guardFormula } from './csv';
export { BRAT_ANNOTATION_CONF, BRAT_NORMALIZATION_DB } from './brat';
export { W3C_CONTEXT, toW3cCollection } from './w3c';
export { toDoccano } from './doccano';
export type { DoccanoLine } from './doccano';
export { LABEL_STUDIO_CONFIG, exportLabelStudioCollection, toLabelStudioTask } from './labelStudio';
export type { LabelStudioTask } from './labelStudio';

export type ExportFormat = 'json' | 'jsonl' | 'csv' | 'brat' | 'w3c' | 'doccano' | 'label-studio';
export type CollectionFormat = 'jsonl' | 'csv';

export interface ExportFormatInfo {
  /** Short name for a quick pick. */
  label: string;
  description: string;
  /** File extension for save dialogs and filters, with its dot (the suffixes of `exportArticle` may be longer). */
  extension: string;
  /** Whether `exportCollection` can write a whole workspace in this format. */
  collection: boolean;
}

/** Every format, keyed by its id, in the order a quick pick shows them. */
export const EXPORT_FORMATS: Readonly<Record<ExportFormat, ExportFormatInfo>> = {
  json: {
    label: 'News Lens JSON',
    description: 'All annotations with origin and catalogue entries (schema news-lens/annotations v1)',
    extension: '.json',
    collection: false,
  },
  jsonl: {
    label: 'JSON Lines (predictions)',
    description: 'One line {id, text, spans} in the benchmark prediction shape (a workspace: one News Lens JSON document per line)',
    extension: '.jsonl',
    collection: true,
  },
  csv: {
    label: 'CSV (spreadsheet)',
    description: 'One row per annotation, UTF-8 with BOM, line and column of start and end',
    extension: '.csv',
    collection: true,
  },
  brat: {
    label: 'brat standoff',
    description: '.txt + .ann, plus annotation.conf for the folder',
    extension: '.ann',
    collection: false,
  },
  w3c: {
    label: 'W3C Web Annotation',
    description: 'JSON-LD AnnotationCollection with text position and quote selectors',
    extension: '.jsonld',
    collection: false,
  },
  doccano: {
    label: 'doccano',
    description: 'Sequence labeling JSONL {text, label} for import into doccano',
    extension: '.jsonl',
    collection: false,
  },
  'label-studio': {
    label: 'Label Studio',
    description: 'Task with predictions (pre-annotations) for import into Label Studio',
    extension: '.json',
    collection: false,
  },
};

/** The file(s) of one article: one for most formats, three for brat (.ann first, then .txt and annotation.conf). */
export function exportArticle(
  format: ExportFormat,
  article: ArticleForExport,
  options: ExportOptions = {},
): ExportedFile[] {
  switch (format) {
    case 'json':
      return [{ suffix: '.json', content: exportJson(article) }];
    case 'jsonl':
      return [{ suffix: '.jsonl', content: exportPredictionLine(article, options) }];
    case 'csv':
      return [{ suffix: '.csv', content: exportCsv(article) }];
    case 'brat':
      return exportBrat(article);
    case 'w3c':
      return [{ suffix: '.jsonld', content: exportW3c(article) }];
    case 'doccano':
      return [{ suffix: '.doccano.jsonl', content: exportDoccano(article) }];
    case 'label-studio':
      return [{ suffix: '.label-studio.json', content: exportLabelStudio(article) }];
  }
}

/**
 * Every article in one file. `jsonl`: one compact line per article in the project's JSON schema
 * (news-lens/annotations v1). `csv`: one header, then one row per annotation of every article.
 */
export function exportCollection(format: CollectionFormat, articles: readonly ArticleForExport[]): string {
  return format === 'jsonl' ? exportJsonLines(articles) : exportCsvCollection(articles);
}
