// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CardApp } from '@/components/card/card-app';
import { buildBundledCatalogue } from '@/lib/catalogue/bundled';
import { defaultSettings } from '@/lib/user-data/settings-defaults';

const NOW = new Date('2026-11-27T00:00:00Z');
const catalogue = buildBundledCatalogue(NOW);
const model = catalogue.models.find((m) => m.id === 'openai/gpt-4o')!;
const container = document.createElement('div');

afterEach(() => render(null, container));

function showCard(snapshot?: string): HTMLElement {
  const { theme, volume, recordSightings } = defaultSettings();
  const details = { model, sources: catalogue.sources, pinned: false, settings: { theme, volume, recordSightings } };
  render(<CardApp content={{ kind: 'specific', details, page: { url: 'https://example.com/', title: 'x' }, snapshot }} theme="light" now={NOW} onClose={() => undefined} />, container);
  return container;
}

describe('a card opened from a dated snapshot the catalogue does not list', () => {
  it('says which snapshot was written and whose figures it shows', () => {
    const note = showCard('2024-08-06').querySelector('[role="note"]');
    expect(note?.textContent).toBe(`snapshot 2024-08-06; figures for ${model.name}`);
  });

  it('says nothing of snapshots otherwise', () => {
    expect(showCard().textContent).not.toContain('snapshot');
  });
});
