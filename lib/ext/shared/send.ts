import { browser } from 'wxt/browser';
import { errorMessage } from '../../error-message';
import { ANSWER_SCHEMAS, EnvelopeSchema } from './answers';
import type { Request, RequestType, ResponseMap } from './messages';

/**
 * Sends a request to the background and checks its answer against the contract. Kept apart
 * from the request schemas (full zod) so pages, the card and the content script send with the
 * small build.
 */
export async function sendToBackground<K extends RequestType>(request: Extract<Request, { type: K }>): Promise<ResponseMap[K]> {
  let reply: unknown;
  try {
    reply = await browser.runtime.sendMessage(request);
  } catch (error) {
    // The browser's own words here ("message channel closed", "context invalidated") mean the
    // background stopped or the extension was updated mid-request.
    throw new Error(`Model Lens was restarted before it answered; please try again. (${errorMessage(error)})`, { cause: error });
  }
  if (reply === undefined) throw new Error('Model Lens did not answer; please try again.');
  const envelope = EnvelopeSchema.safeParse(reply);
  if (!envelope.success) throw new Error(`Model Lens answered ${request.type} in a form this page does not know: ${errorMessage(envelope.error)}`);
  if (!envelope.data.ok) throw new Error(envelope.data.error);
  const answer = ANSWER_SCHEMAS[request.type].safeParse(envelope.data.value);
  if (!answer.success) throw new Error(`Model Lens's answer to ${request.type} was malformed: ${errorMessage(answer.error)}`);
  return answer.data as ResponseMap[K];
}
