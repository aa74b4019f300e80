import { parseRetryAfter } from './refresh-policy';

export type FetchFailureKind = 'offline' | 'timeout' | 'http' | 'not-json';

export interface FetchFailure {
  kind: FetchFailureKind;
  /** What went wrong, in words a user can act on. */
  message: string;
  status?: number;
  retryAfterMs?: number;
}

export type FetchResult = { ok: true; json: unknown } | { ok: false; failure: FetchFailure };

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/**
 * GETs a JSON document from a public API: no cookies, a hard timeout, and every failure
 * turned into a plain-language reason (a captive portal's HTML page is not "invalid JSON").
 * The network comes in as `fetchImpl`: the pure core never reaches for the global `fetch`.
 */
export async function fetchJson(
  url: string,
  options: { timeoutMs: number; now: () => Date; fetchImpl: FetchLike },
): Promise<FetchResult> {
  const { fetchImpl } = options;
  const host = hostOf(url);
  let response: Response;
  try {
    response = await fetchImpl(url, {
      credentials: 'omit',
      cache: 'no-store',
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(options.timeoutMs),
    });
  } catch (error) {
    if (isTimeout(error)) {
      return fail('timeout', `${host} did not answer within ${Math.round(options.timeoutMs / 1000)} s`);
    }
    return fail('offline', `could not reach ${host} (offline or blocked)`);
  }
  if (!response.ok) {
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), options.now());
    const reason = response.status === 429 ? 'is rate-limiting requests' : `answered HTTP ${response.status}`;
    return { ok: false, failure: { kind: 'http', message: `${host} ${reason}`, status: response.status, retryAfterMs } };
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    return isTimeout(error)
      ? fail('timeout', `${host} stopped sending data before the download finished`)
      : fail('offline', `the connection to ${host} dropped during the download`);
  }
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch {
    const type = response.headers.get('content-type') ?? '';
    if (type.includes('html') || /^\s*</.test(text)) {
      return fail('not-json', `${host} sent a web page instead of data (a captive portal or an outage page?)`);
    }
    return fail('not-json', `${host} sent data that is not valid JSON (cut short?)`);
  }
}

function fail(kind: FetchFailureKind, message: string): FetchResult {
  return { ok: false, failure: { kind, message } };
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
