import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page, WebWorker } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import type { StatusResponse } from '@/lib/ext/shared/messages';
import { FixtureServer, json } from '../../../scripts/browser/fixture-server';
import { extensionWorker, launchWithExtension, type LaunchOptions } from '../../../scripts/browser/launch';
import { openExtensionPage, request } from './extension';

export function readFixture(name: string): unknown {
  return JSON.parse(readFileSync(resolve(import.meta.dirname, '../../fixtures', name), 'utf8'));
}

/**
 * Sources are served under a host the extension holds a permission for, so its fetches see
 * whole responses (a Retry-After header included), as they do from the real APIs; from any
 * other origin CORS would hide such headers.
 */
export const SOURCES_HOST = 'openrouter.ai';
export const OPENROUTER_PATH = '/openrouter';
export const MODELS_DEV_PATH = '/models-dev';

/**
 * The OpenRouter fixture, with `extra` more models made from its first one: a catalogue that
 * is bigger, or tells apart one refresh from another.
 */
export function openRouterPayload(extra = 0, idPrefix = 'lab/extra-model'): unknown {
  const payload = readFixture('openrouter-models.json') as { data: Record<string, unknown>[] };
  const template = payload.data[0]!;
  const made = Array.from({ length: extra }, (_, i) => ({
    ...template,
    id: `${idPrefix}-${i}`,
    canonical_slug: `${idPrefix}-${i}`,
    name: `Lab: Extra Model ${i}`,
    description: `Extra model number ${i}, made for a test.`,
  }));
  return { data: [...payload.data, ...made] };
}

export function serveCatalogueSources(server: FixtureServer): void {
  server.route(OPENROUTER_PATH, json(openRouterPayload()));
  server.route(MODELS_DEV_PATH, json(readFixture('models-dev-api.json')));
}

/** Points the extension's sources at the fixture server, from an extension page; the browser must map SOURCES_HOST to it. */
export async function useSourcesOf(page: Page, server: FixtureServer): Promise<void> {
  await request(page, {
    type: 'updateSettings',
    patch: {
      sourceUrls: {
        openrouter: server.url(OPENROUTER_PATH, SOURCES_HOST),
        modelsDev: server.url(MODELS_DEV_PATH, SOURCES_HOST),
        huggingFace: server.url('/hf/', SOURCES_HOST),
      },
    },
  });
}

export interface LiveExtension {
  server: FixtureServer;
  browser: Browser;
  extensionId: string;
  worker: WebWorker;
  /** The popup, open in a tab: an extension page to send requests from. */
  popup: Page;
  close(): Promise<void>;
}

/** Chromium with the extension, its sources pointed at a local server, and one good live catalogue stored. */
/**
 * The live extension for a whole suite: launched before its tests and closed after them. Its
 * fields are filled in by the launch; a test that restarts the worker or reopens the popup puts
 * the new one in its place, for the tests after it.
 */
export function liveCatalogueForSuite(options: LaunchOptions = {}): LiveExtension {
  const live = {} as LiveExtension;
  beforeAll(async () => {
    Object.assign(live, await launchWithLiveCatalogue(options));
  });
  afterAll(() => live.close?.());
  return live;
}

export async function launchWithLiveCatalogue(options: LaunchOptions = {}): Promise<LiveExtension> {
  const server = await new FixtureServer().start();
  serveCatalogueSources(server);
  const { browser, extensionId } = await launchWithExtension({ ...options, localHosts: [SOURCES_HOST, ...(options.localHosts ?? [])] });
  const worker = await extensionWorker(browser, extensionId);
  const popup = await openExtensionPage(browser, extensionId, 'popup.html');
  await useSourcesOf(popup, server);
  const { refresh } = await request<StatusResponse>(popup, { type: 'refreshNow' });
  if (refresh.state !== 'ok') throw new Error(`the first live refresh failed: ${refresh.message}`);
  return {
    server,
    browser,
    extensionId,
    worker,
    popup,
    close: async () => {
      await browser.close();
      await server.stop();
    },
  };
}
