import { z } from '../../zod-mini';

/**
 * The contract for the extension's requests to a page's content script (from the popup and
 * the background). Both ends parse with zod: the content script the request, the sender the
 * answer. `target` keeps these apart from requests to the background on the same channel.
 */
export const PageRequestSchema = z.discriminatedUnion('type', [
  z.object({ target: z.literal('content'), type: z.literal('getPageModels') }),
  z.object({ target: z.literal('content'), type: z.literal('openCard') }),
  z.object({ target: z.literal('content'), type: z.literal('getActivity') }),
]);
export type PageRequest = z.output<typeof PageRequestSchema>;
export type PageRequestType = PageRequest['type'];

const Count = z.number().check(z.int(), z.minimum(0));

const PageModelSchema = z.object({
  id: z.string().check(z.maxLength(200)),
  name: z.string().check(z.maxLength(500)),
  count: z.number().check(z.int(), z.minimum(1)),
});

/** What the page answers to each request. */
export const PAGE_ANSWER_SCHEMAS = {
  getPageModels: z.array(PageModelSchema).check(z.maxLength(100_000)),
  openCard: z.literal(true),
  /** How much the page's script has handled: what tests wait on before checking that nothing else happened. */
  getActivity: z.object({ scans: Count, pointerMoves: Count, focusChanges: Count }),
} satisfies Record<PageRequestType, z.ZodMiniType>;
export type PageAnswer<K extends PageRequestType> = z.output<(typeof PAGE_ANSWER_SCHEMAS)[K]>;

/** Whether a message on the shared channel is meant for content scripts (well-formed or not). */
export function isForPage(message: unknown): boolean {
  return !!message && typeof message === 'object' && (message as { target?: unknown }).target === 'content';
}
