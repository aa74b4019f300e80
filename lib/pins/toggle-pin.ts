import type { PinOperation } from './operations';
import type { PinPage } from './pin';

/**
 * What a Pin/Unpin button asks for: unpin a pinned model, or pin it now, from this page if
 * known. Apart from operations.ts, whose request schema would bring zod into the card.
 */
export function togglePinOperation(model: { id: string; name: string }, pinned: boolean, now: Date, page?: PinPage): PinOperation {
  if (pinned) return { kind: 'unpin', modelId: model.id };
  return { kind: 'pin', pin: { modelId: model.id, name: model.name, pinnedAt: now.toISOString(), ...(page && { page }) } };
}
