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
  let reply: Envelope<ResponseMap[K]> | undefined;
  try {
    reply = (await browser.runtime.sendMessage(request)) as Envelope<ResponseMap[K]> | undefined;
  } catch (error) {
    // The browser's own words here ("message channel closed", "context invalidated") mean the
    // background stopped or the extension was updated mid-request.
    throw new Error(`Model Lens was restarted before it answered; please try again. (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
  if (!reply) throw new Error('Model Lens did not answer; please try again.');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
