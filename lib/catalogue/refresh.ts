import type { FetchResult } from './fetch-json';
import {
  assembleCatalogue,
  parseModelsDevSource,
  parseOpenRouterSource,
  type ParsedSource,
  type SourceKey,
  type SourcePayload,
} from './build';
import type { Catalogue } from './catalogue';
import { fetchHubFigures, hubListingRequests, withHubFigures } from './hub-figures';
import type { RankWeights } from './rank';
import { retryDelayMs, shrinkageProblem } from './refresh-policy';
import { errorMessage } from '../error-message';

export interface SourceOutcome {
  ok: boolean;
  url: string;
  /** Why it failed, or what was dropped, in words. */
  message?: string;
  httpStatus?: number;
  total?: number;
  kept?: number;
  dropped?: number;
  droppedExamples?: string[];
}

export interface RefreshStatus {
  state: 'never' | 'ok' | 'failed';
  lastAttemptAt?: string;
  lastSuccessAt?: string;
  /** One sentence for the popup. */
  message?: string;
  sources: Partial<Record<SourceKey, SourceOutcome>>;
  consecutiveFailures: number;
  nextRetryAt?: string;
}

export const INITIAL_REFRESH_STATUS: RefreshStatus = { state: 'never', sources: {}, consecutiveFailures: 0 };

export interface RefreshInput {
  urls: { openrouter: string; modelsDev: string; huggingFace?: string };
  intervalMs: number;
  weights: RankWeights;
  now: () => Date;
  fetch: (url: string) => Promise<FetchResult>;
  /** The Hub, asked within the rate limit the card's look-ups keep; without it no Hub figures are fetched. */
  fetchHub?: (url: string) => Promise<FetchResult>;
  previous: Catalogue | undefined;
  previousStatus: RefreshStatus;
}

export type RefreshResult =
  | { ok: true; catalogue: Catalogue; status: RefreshStatus }
  | { ok: false; status: RefreshStatus; retryInMs: number };

const PARSERS: Record<'openrouter' | 'models.dev', (payload: SourcePayload) => ParsedSource> = {
  openrouter: parseOpenRouterSource,
  'models.dev': parseModelsDevSource,
};

/**
 * Fetches every live source, validates, merges and ranks them into a new catalogue.
 * The result is all-or-nothing: if any source fails, or the result is suspiciously small,
 * the caller keeps the last good catalogue and retries later. The Hub only adds figures to
 * the models it publishes: when it fails, the last known figures stay and the refresh succeeds.
 */
export async function refreshCatalogue(input: RefreshInput): Promise<RefreshResult> {
  const startedAt = input.now();
  const targets = [
    ['openrouter', input.urls.openrouter],
    ['models.dev', input.urls.modelsDev],
  ] as const;
  const fetched = await Promise.all(targets.map(([, url]) => input.fetch(url)));

  const sources: RefreshStatus['sources'] = {};
  const parsed: ParsedSource[] = [];
  let retryAfterMs: number | undefined;
  targets.forEach(([key, url], i) => {
    const result = fetched[i]!;
    if (!result.ok) {
      sources[key] = { ok: false, url, message: result.failure.message, httpStatus: result.failure.status };
      if (result.failure.retryAfterMs !== undefined) {
        retryAfterMs = Math.max(retryAfterMs ?? 0, result.failure.retryAfterMs);
      }
      return;
    }
    try {
      const source = PARSERS[key]({ json: result.json, fetchedAt: input.now().toISOString(), url });
      parsed.push(source);
      sources[key] = {
        ok: true,
        url,
        total: source.status.total,
        kept: source.status.kept,
        dropped: source.status.dropped,
        ...(source.droppedReasons.length ? { droppedExamples: source.droppedReasons } : {}),
      };
    } catch (error) {
      sources[key] = { ok: false, url, message: errorMessage(error) };
    }
  });

  const failedSources = targets.filter(([key]) => !sources[key]?.ok).map(([key]) => key);
  let problem = failedSources.length
    ? failedSources.map((key) => `${key}: ${sources[key]!.message}`).join('; ')
    : undefined;

  let catalogue: Catalogue | undefined;
  if (!problem) {
    catalogue = assembleCatalogue(parsed, { origin: 'live', now: startedAt, weights: input.weights });
    const previousLiveCount = input.previous?.origin === 'live' ? input.previous.models.length : undefined;
    problem = shrinkageProblem(previousLiveCount, catalogue.models.length);
  }

  const attemptedAt = startedAt.toISOString();
  if (catalogue && !problem) {
    let hubNote = '';
    if (input.fetchHub && input.urls.huggingFace) {
      const hubUrl = input.urls.huggingFace;
      const { figures, outcome } = await fetchHubFigures(hubListingRequests(catalogue.models, hubUrl), { baseUrl: hubUrl, fetch: input.fetchHub, now: input.now });
      sources.huggingface = outcome;
      catalogue = withHubFigures(catalogue, figures, input.previous, { now: startedAt, weights: input.weights, fetchedAt: input.now().toISOString(), url: hubUrl });
      const withFigures = catalogue.models.filter((model) => model.hub).length;
      hubNote = `, Hugging Face figures for ${withFigures}${outcome.message ? ` (${outcome.message})` : ''}`;
    }
    return {
      ok: true,
      catalogue,
      status: {
        state: 'ok',
        lastAttemptAt: attemptedAt,
        lastSuccessAt: attemptedAt,
        message: `${catalogue.models.length} models from OpenRouter and models.dev${hubNote}`,
        sources,
        consecutiveFailures: 0,
      },
    };
  }

  const consecutiveFailures = input.previousStatus.consecutiveFailures + 1;
  const retryInMs = retryDelayMs(consecutiveFailures, input.intervalMs, retryAfterMs);
  return {
    ok: false,
    retryInMs,
    status: {
      state: 'failed',
      lastAttemptAt: attemptedAt,
      ...(input.previousStatus.lastSuccessAt ? { lastSuccessAt: input.previousStatus.lastSuccessAt } : {}),
      message: `Kept the last good catalogue: ${problem}`,
      sources,
      consecutiveFailures,
      nextRetryAt: new Date(startedAt.getTime() + retryInMs).toISOString(),
    },
  };
}
