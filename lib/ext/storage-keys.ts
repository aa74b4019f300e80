/** Every key this extension keeps in `storage.local`, in one place. */
export const STORAGE_KEYS = {
  catalogue: 'catalogue',
  refreshStatus: 'refreshStatus',
  detectionIndex: 'detectionIndex',
  settings: 'settings',
} as const;

export function backupKey(key: string, fromVersion: number): string {
  return `${key}.backup.v${fromVersion}`;
}

export function unreadableKey(key: string): string {
  return `${key}.unreadable`;
}
