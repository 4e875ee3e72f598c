/** One typed snapshot of the `newsLens.*` settings. */
import * as vscode from 'vscode';
import type { CategoryToggles } from '../engine/types';

export interface Settings {
  enable: boolean;
  languages: string[];
  catalogues: string[];
  builtInCatalogue: boolean;
  detectNames: boolean;
  categories: CategoryToggles;
  /** Documents larger than this (characters) are annotated on demand only. */
  maxDocumentSize: number;
  /** Documents longer than this (characters) are annotated whole in slices, in the background. */
  sliceThreshold: number;
  debounceMs: number;
  workspaceExportGlob: string;
}

export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const c = vscode.workspace.getConfiguration('newsLens', scope);
  return {
    enable: c.get<boolean>('enable', true),
    languages: c.get<string[]>('languages', ['plaintext', 'markdown', 'news']),
    catalogues: c.get<string[]>('catalogues', ['**/*.entities.yaml', '.vscode/entities.yaml']),
    builtInCatalogue: c.get<boolean>('builtInCatalogue', true),
    detectNames: c.get<boolean>('detectNames', true),
    categories: {
      actors: c.get<boolean>('actors.enabled', true),
      quantities: c.get<boolean>('quantities.enabled', true),
      claims: c.get<boolean>('claims.enabled', true),
    },
    maxDocumentSize: c.get<number>('maxDocumentSize', 2_000_000),
    sliceThreshold: c.get<number>('sliceThreshold', 100_000),
    debounceMs: c.get<number>('debounceMs', 150),
    workspaceExportGlob: c.get<string>('export.include', '**/*.{news,txt,md}'),
  };
}
