/** Where the lazily injected card script leaves its host for the content script to use. */
export const CARD_API_KEY = '__modelLensCard';
