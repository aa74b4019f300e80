import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { CardHost } from '@/components/card/card-host';
import { CARD_API_KEY } from '@/components/card/card-api';

/**
 * The hover card, injected on first use into the content script's world: pages that are only
 * scanned never load Preact or the card's code.
 */
export default defineUnlistedScript(() => {
  const scope = globalThis as Record<string, unknown>;
  scope[CARD_API_KEY] ??= new CardHost();
});
