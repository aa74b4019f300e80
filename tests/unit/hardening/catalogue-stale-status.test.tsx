// @vitest-environment happy-dom
import { render } from 'preact';
import { fakeBrowser } from 'wxt/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DataStatus } from '@/components/data-status';
import type { backgroundHandlers as Handlers } from '@/lib/ext/background/background-service';
import { DEFAULT_SOURCE_URLS } from '@/lib/user-data/settings-defaults';
import { FakeNetwork, jsonAnswer, offlineAnswer, type Answer } from './fixtures/catalogue-network';
import { modelsDevPayload, openRouterPayload } from './fixtures/catalogue-payloads';

const LAST_SUCCESS = new Date('2026-08-20T12:00:00.000Z');
const POPUP = { fromExtensionPage: true } as const;

let network: FakeNetwork;
let container: HTMLElement;
let backgroundHandlers: typeof Handlers;

beforeEach(async () => {
  fakeBrowser.reset();
  // A fresh background per test: its in-memory catalogue must come from this test's storage.
  vi.resetModules();
  ({ backgroundHandlers } = await import('@/lib/ext/background/background-service'));
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(LAST_SUCCESS);
  network = new FakeNetwork();
  network.route(DEFAULT_SOURCE_URLS.openrouter, jsonAnswer(openRouterPayload(20))).route(DEFAULT_SOURCE_URLS.modelsDev, jsonAnswer(modelsDevPayload(10)));
  network.install();
  await backgroundHandlers.refreshNow({ type: 'refreshNow' }, POPUP);
  vi.setSystemTime(LAST_SUCCESS.getTime() + 26 * 3_600_000);
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  render(null, container);
  container.remove();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("the popup's data status after a failed refresh", () => {
  it.each<[string, Answer, string]>([
    ['API answers HTTP 500', () => new Response('oops', { status: 500 }), 'openrouter: openrouter.ai answered HTTP 500'],
    ['offline', offlineAnswer, 'openrouter: could not reach openrouter.ai (offline or blocked)'],
    ['captive portal', () => new Response('<!doctype html><title>Log in</title>', { headers: { 'content-type': 'text/html' } }), 'openrouter: openrouter.ai sent a web page instead of data (a captive portal or an outage page?)'],
  ])('%s → says "Stale since" the last success and why, and still offers the last good catalogue', async (_, answer, reason) => {
    network.route(DEFAULT_SOURCE_URLS.openrouter, answer);
    const status = await backgroundHandlers.refreshNow({ type: 'refreshNow' }, POPUP);
    render(<DataStatus status={status} error={undefined} refreshing={false} onRefresh={() => undefined} />, container);

    expect(container.querySelector('[data-testid="refresh-problem"]')?.textContent).toBe(
      `Stale since 2026-08-20 12:00. Kept the last good catalogue: ${reason}`,
    );
    expect(container.querySelector('[data-testid="catalogue-summary"]')?.textContent).toMatch(
      /^Catalogue as of \d{4}-\d{2}-\d{2}, \d+ models, from OpenRouter and models\.dev\.$/,
    );
    expect(status.catalogue).toMatchObject({ origin: 'live', builtAt: LAST_SUCCESS.toISOString() });
  });
});
