import { describe, expect, it } from 'vitest';
import { json } from '../../scripts/browser/fixture-server';
import { hover, waitForCard } from './support/card';
import { OPENROUTER_PATH, launchWithLiveCatalogue, openRouterPayload } from './support/catalogue-sources';
import { ENABLED_HOST } from './support/fixture-site';
import { waitForMark } from './support/page-marks';

describe('the card where sources disagree', () => {
  it('says in words what the other source says, not only in a tooltip', async () => {
    const live = await launchWithLiveCatalogue();
    try {
      // OpenRouter says 1M context where Anthropic's own listing says 200K: both are kept, the
      // maker's first.
      const payload = openRouterPayload() as { data: { id: string; context_length: number }[] };
      payload.data.find((m) => m.id === 'anthropic/claude-sonnet-4')!.context_length = 1_000_000;
      live.server.route(OPENROUTER_PATH, json(payload));
      await live.popup.evaluate(() => chrome.runtime.sendMessage({ type: 'refreshNow' }));
      live.server.route('/page', { body: '<!doctype html><title>x</title><p>We use Claude Sonnet 4 for drafts.</p>', headers: { 'content-type': 'text/html' } });
      const page = await live.browser.newPage();
      await page.goto(live.server.url('/page', ENABLED_HOST));
      await waitForMark(page, 'Claude Sonnet 4');
      await hover(page, 'Claude Sonnet 4');
      const text = await waitForCard(page, 'Sources differ');
      expect(text.replace(/\s+/g, ' ')).toMatch(/Context 200K ≠ Sources differ: OpenRouter says 1M/);
    } finally {
      await live.close();
    }
  });
});
