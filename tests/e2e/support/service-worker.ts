/// <reference types="chrome" />
import type { Browser, Page, Target, WebWorker } from 'puppeteer-core';
import { extensionWorker } from '../../../scripts/browser/launch';
import { request } from './extension';

const ALIVE_MARK = '__modelLensTestMark';

/**
 * Stops the extension's service worker, as the browser does when it idles it out or runs
 * short of memory: whatever it held in memory (a refresh under way, queued requests) is lost;
 * storage and alarms stay. A mark left in the worker first lets `restartedWorker` prove it
 * really stopped.
 */
export async function stopWorker(browser: Browser, worker: WebWorker): Promise<void> {
  await worker.evaluate((mark) => {
    (globalThis as Record<string, unknown>)[mark] = true;
  }, ALIVE_MARK);
  const target = workerTarget(browser, worker);
  const destroyed = new Promise<void>((resolve) => {
    const onDestroyed = (gone: Target) => {
      if (gone !== target) return;
      browser.off('targetdestroyed', onDestroyed);
      resolve();
    };
    browser.on('targetdestroyed', onDestroyed);
  });
  // Closing a service worker's target stops the worker itself (it is not merely detached).
  await worker.close();
  await destroyed;
}

/** The browser's target for a worker, to tell it from the one that replaces it. */
export function workerTarget(browser: Browser, worker: WebWorker): Target {
  const target = browser.targets().find((t) => t.type() === 'service_worker' && t.url() === worker.url());
  if (!target) throw new Error('no target for the extension service worker');
  return target;
}

/** Wakes the worker with a request from an extension page, as opening the popup does, and checks it is a new one. */
export async function restartedWorker(browser: Browser, extensionId: string, page: Page): Promise<WebWorker> {
  await request(page, { type: 'getStatus' });
  const worker = await extensionWorker(browser, extensionId);
  const marked = await worker.evaluate((mark) => (globalThis as Record<string, unknown>)[mark] === true, ALIVE_MARK);
  if (marked) throw new Error('the service worker was not restarted: its memory survived');
  return worker;
}

/** Names of the extension's alarms, sorted, duplicates included (so a test can see them). */
export async function alarmNames(worker: WebWorker): Promise<string[]> {
  const alarms = await worker.evaluate(() => chrome.alarms.getAll());
  return alarms.map((alarm) => alarm.name).sort();
}

export async function alarmDueAt(worker: WebWorker, name: string): Promise<number | undefined> {
  return worker.evaluate(async (n) => (await chrome.alarms.get(n))?.scheduledTime, name);
}

/** Lets an alarm fire now instead of minutes from now: time passing, without the wait. */
export async function fireAlarmSoon(worker: WebWorker, name: string): Promise<void> {
  await worker.evaluate((n) => chrome.alarms.create(n, { when: Date.now() + 100 }), name);
}
