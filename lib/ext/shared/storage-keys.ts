/** Every key this extension keeps in `storage.local`, in one place. */
export const STORAGE_KEYS = {
  catalogue: 'catalogue',
  refreshStatus: 'refreshStatus',
  detectionIndex: 'detectionIndex',
  settings: 'settings',
  pins: 'pins',
  sightings: 'sightings',
  /** Which models this user meets together: built from page loads and comparisons, cleared with the sightings. */
  matchGraph: 'matchGraph',
  /** Recent hovers and the model waiting in the compare slot: convenience state, not user data. */
  recent: 'recent',
  hubCache: 'hubCache',
  /** Until when the Hub asked us (429, Retry-After) to stop: outlives a stopped service worker. */
  hubPausedUntil: 'hubPausedUntil',
} as const;

export function backupKey(key: string, fromVersion: number): string {
  return `${key}.backup.v${fromVersion}`;
}

export function unreadableKey(key: string): string {
  return `${key}.unreadable`;
}
