/// <reference types="chrome" />
import type { WebWorker } from 'puppeteer-core';

/**
 * The user's data exactly as stored: pins and settings serialised, so a comparison is
 * byte for byte. Catalogue, status and caches are left out: they may change legitimately.
 */
export async function storedUserData(worker: WebWorker): Promise<{ pins: string | undefined; settings: string | undefined }> {
  return worker.evaluate(async () => {
    const stored = await chrome.storage.local.get(['pins', 'settings']);
    return { pins: JSON.stringify(stored.pins), settings: JSON.stringify(stored.settings) };
  });
}
