import { fakeBrowser } from 'wxt/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backgroundHandlers } from '@/lib/ext/background/background-service';
import { listenForRequests } from '@/lib/ext/shared/messages';
import { DEFAULT_SOURCE_URLS } from '@/lib/user-data/settings-defaults';
import { FakeNetwork, jsonAnswer, type Answer } from './fixtures/catalogue-network';
import { modelsDevPayload, openRouterPayload } from './fixtures/catalogue-payloads';
import { deliver, popupSender } from './fixtures/senders';

const MIRROR = {
  openrouter: 'https://mirror.example/openrouter',
  modelsDev: 'https://mirror.example/models-dev',
  huggingFace: 'https://mirror.example/hf/',
};

describe('"Refresh now" right after the sources change', () => {
  let network: FakeNetwork;

  beforeEach(() => {
    fakeBrowser.reset();
    listenForRequests(backgroundHandlers);
    network = new FakeNetwork();
    network.install();
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('does not join a refresh still asking the old sources: it refreshes again from the new ones', async () => {
    // The old sources are unreachable, and slow to say so: a refresh is still asking them.
    let fail!: () => void;
    const failing = new Promise<void>((resolve) => (fail = resolve));
    const unreachable: Answer = async () => {
      await failing;
      throw new TypeError('Failed to fetch');
    };
    network.route(DEFAULT_SOURCE_URLS.openrouter, unreachable).route(DEFAULT_SOURCE_URLS.modelsDev, unreachable);
    network.route(MIRROR.openrouter, jsonAnswer(openRouterPayload(3))).route(MIRROR.modelsDev, jsonAnswer(modelsDevPayload(3)));

    const first = deliver({ type: 'refreshNow' }, popupSender());
    await vi.waitFor(() => expect(network.requestsTo(DEFAULT_SOURCE_URLS.openrouter)).toHaveLength(1));
    expect(await deliver({ type: 'updateSettings', patch: { sourceUrls: MIRROR } }, popupSender())).toMatchObject({ ok: true });
    const second = deliver({ type: 'refreshNow' }, popupSender());
    fail();

    expect(await first).toMatchObject({ ok: true, value: { refresh: { state: 'failed' } } });
    expect(await second).toMatchObject({ ok: true, value: { refresh: { state: 'ok' } } });
    expect(network.requestsTo(MIRROR.openrouter)).toHaveLength(1);
    expect(network.requestsTo(MIRROR.modelsDev)).toHaveLength(1);
  });

  it('still joins the refresh under way when nothing changed: one request per source', async () => {
    network.route(DEFAULT_SOURCE_URLS.openrouter, jsonAnswer(openRouterPayload(3))).route(DEFAULT_SOURCE_URLS.modelsDev, jsonAnswer(modelsDevPayload(3)));
    const replies = await Promise.all([deliver({ type: 'refreshNow' }, popupSender()), deliver({ type: 'refreshNow' }, popupSender())]);
    for (const reply of replies) expect(reply).toMatchObject({ ok: true, value: { refresh: { state: 'ok' } } });
    expect(network.requestsTo(DEFAULT_SOURCE_URLS.openrouter)).toHaveLength(1);
    expect(network.requestsTo(DEFAULT_SOURCE_URLS.modelsDev)).toHaveLength(1);
  });
});
