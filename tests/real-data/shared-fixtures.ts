import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Real upstream snapshots live beside the project, not in it; a user's clone has none. */
export const SHARED_FIXTURES = resolve(import.meta.dirname, '../../../shared/fixtures');
export const hasSharedFixtures = existsSync(SHARED_FIXTURES);

if (!hasSharedFixtures) {
  console.warn(
    `[real-data] skipped: ${SHARED_FIXTURES} does not exist. These tests read real API snapshots ` +
      'kept beside the project (../shared/fixtures); they run in CI and wherever that folder is present.',
  );
}

/** Every OpenRouter `/models` snapshot, oldest first; the last one lists all output modalities. */
export const OPENROUTER_SNAPSHOTS = [
  'openrouter-models-2026-02-27.json',
  'openrouter-models-2026-04-06.json',
  'openrouter-models-2026-05-01.json',
  'openrouter-models-2026-08-19.json',
  'openrouter-models-all-2026-08-19.json',
];

export function readShared(path: string): unknown {
  return JSON.parse(readFileSync(resolve(SHARED_FIXTURES, path), 'utf8'));
}

export function readSharedText(path: string): string {
  return readFileSync(resolve(SHARED_FIXTURES, path), 'utf8');
}
