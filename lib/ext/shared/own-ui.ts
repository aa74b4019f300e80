/** Where the extension mounts its own UI on a page (the card's host): the scanner never reads it. */
export const OWN_UI_ATTRIBUTE = 'data-model-lens-ui';
