import { browser } from 'wxt/browser';
import type { RefreshStatus } from '../catalogue/refresh';
import { SettingsSchema, type Settings } from '../user-data/settings';
import { z } from '../zod';

/**
 * The one message contract between the extension's parts. Every request is parsed with
 * zod against this allow-list before anything acts on it.
 */
export const RequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('getStatus') }),
  z.object({ type: z.literal('refreshNow') }),
  z.object({ type: z.literal('getSettings') }),
  // Only extension pages may change settings; the background is their one writer.
  z.object({ type: z.literal('updateSettings'), patch: SettingsSchema.partial() }),
]);
export type Request = z.output<typeof RequestSchema>;
export type RequestType = Request['type'];

export interface CatalogueSummary {
  origin: 'bundled' | 'live';
  dataAsOf: string;
  builtAt: string;
  modelCount: number;
  sources: string[];
}

export interface StatusResponse {
  catalogue?: CatalogueSummary;
  refresh: RefreshStatus;
}

export interface ResponseMap {
  getStatus: StatusResponse;
  refreshNow: StatusResponse;
  getSettings: Settings;
  updateSettings: Settings;
}

export type Handlers = { [K in RequestType]: (request: Extract<Request, { type: K }>) => Promise<ResponseMap[K]> };

/** Errors cross the message boundary as data, so the caller can show them. */
type Envelope<T> = { ok: true; value: T } | { ok: false; error: string };

export async function sendToBackground<K extends RequestType>(
  request: Extract<Request, { type: K }>,
): Promise<ResponseMap[K]> {
  const reply = (await browser.runtime.sendMessage(request)) as Envelope<ResponseMap[K]> | undefined;
  if (!reply) throw new Error('the extension background did not answer');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

const WRITES_USER_DATA = new Set<RequestType>(['updateSettings']);

/** Content scripts run inside web pages: their messages are treated as untrusted. */
function fromExtensionPage(sender: { url?: string; tab?: unknown }): boolean {
  return !!sender.url?.startsWith(browser.runtime.getURL('/'));
}

/**
 * Answers requests from this extension's own pages and scripts only; anything else,
 * or anything off the allow-list, is refused.
 */
export function listenForRequests(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const parsed = RequestSchema.safeParse(raw);
    if (!parsed.success) return Promise.resolve({ ok: false, error: 'unknown request' });
    const request = parsed.data;
    if (WRITES_USER_DATA.has(request.type) && !fromExtensionPage(sender)) {
      return Promise.resolve({ ok: false, error: 'only extension pages may change user data' });
    }
    const handler = handlers[request.type] as (r: Request) => Promise<unknown>;
    return handler(request).then(
      (value) => ({ ok: true, value }),
      (error: unknown) => ({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
  });
}
