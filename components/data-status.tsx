import type { StatusResponse } from '@/lib/ext/shared/messages';
import { SOURCE_NAMES } from '@/lib/catalogue/sources';

interface Props {
  status: StatusResponse | undefined;
  error: string | undefined;
  refreshing: boolean;
  onRefresh: () => void;
}

// "OpenRouter, models.dev and Hugging Face".
const SOURCE_LIST = new Intl.ListFormat('en-GB', { type: 'conjunction' });

/** "Catalogue as of …, N models, from …", the last refresh's outcome in words, and Refresh now. */
export function DataStatus({ status, error, refreshing, onRefresh }: Props) {
  const catalogue = status?.catalogue;
  const refresh = status?.refresh;
  return (
    <section aria-label="Data status" class="data-status">
      {catalogue ? (
        <p data-testid="catalogue-summary">
          Catalogue as of {catalogue.dataAsOf}, {catalogue.modelCount} models, from{' '}
          {SOURCE_LIST.format(catalogue.sources.map((s) => (SOURCE_NAMES as Record<string, string>)[s] ?? s))}
          {catalogue.origin === 'bundled' ? ' (bundled with the extension)' : ''}.
        </p>
      ) : (
        <p>No catalogue yet.</p>
      )}
      {refresh?.state === 'failed' && (
        <p role="status" data-testid="refresh-problem">
          {refresh.lastSuccessAt ? `Stale since ${refresh.lastSuccessAt.slice(0, 16).replace('T', ' ')}. ` : ''}
          {refresh.message}
        </p>
      )}
      {error && <p role="alert">{error}</p>}
      <button type="button" onClick={onRefresh} disabled={refreshing}>
        {refreshing ? 'Refreshing…' : 'Refresh now'}
      </button>
    </section>
  );
}
