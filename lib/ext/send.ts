import { browser } from 'wxt/browser';
import type { Request, RequestType, ResponseMap } from './messages';

/** Errors cross the message boundary as data, so the caller can show them. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * Sends a request to the background. Kept apart from the message schemas so pages and the card
 * do not bundle zod just to send.
 */
export async function sendToBackground<K extends RequestType>(
  request: Extract<Request, { type: K }>,
): Promise<ResponseMap[K]> {
  const reply = (await browser.runtime.sendMessage(request)) as Envelope<ResponseMap[K]> | undefined;
  if (!reply) throw new Error('the extension background did not answer');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
