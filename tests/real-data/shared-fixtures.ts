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

export function readShared(path: string): unknown {
  return JSON.parse(readFileSync(resolve(SHARED_FIXTURES, path), 'utf8'));
}

export function readSharedText(path: string): string {
  return readFileSync(resolve(SHARED_FIXTURES, path), 'utf8');
}
