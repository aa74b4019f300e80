// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CardApp, type CardContent } from '@/components/card/card-app';
import { ComparisonTable } from '@/components/comparison-table';
import type { CatalogueModel } from '@/lib/catalogue/catalogue';
import { compareModels } from '@/lib/compare/rows';
import type { ModelDetails } from '@/lib/ext/shared/messages';
import { defaultSettings } from '@/lib/user-data/settings-defaults';
import { HOSTILE_NAME_SHOWN, hostileCatalogue } from './fixtures/hostile-catalogue';

const NOW = new Date('2026-08-20T12:00:00.000Z');
const KNOWN_HOSTS = ['openrouter.ai', 'huggingface.co', 'models.dev'];
const ACTIVE_ELEMENTS = 'img, script, iframe, object, embed, svg, math, style, link, meta, base, form';

const catalogue = hostileCatalogue(NOW);
const model = (id: string): CatalogueModel => catalogue.models.find((m) => m.id === id)!;
let container: HTMLElement;

afterEach(() => {
  render(null, container);
  container.remove();
});

function show(content: CardContent): HTMLElement {
  container = document.createElement('div');
  document.body.append(container);
  render(<CardApp content={content} theme="light" now={NOW} onClose={() => undefined} />, container);
  return container;
}

function details(m: CatalogueModel, extra: Partial<ModelDetails> = {}): ModelDetails {
  const { theme, volume, recordSightings } = defaultSettings();
  return { model: m, sources: catalogue.sources, pinned: false, settings: { theme, volume, recordSightings }, ...extra };
}

/** What a user (and a page script) could be hurt by: live elements, handlers, and where links go. */
function expectInert(root: HTMLElement): void {
  expect(root.querySelectorAll(ACTIVE_ELEMENTS)).toHaveLength(0);
  for (const element of root.querySelectorAll('*')) {
    for (const attribute of element.getAttributeNames()) {
      expect(attribute.startsWith('on'), `${element.tagName} ${attribute}`).toBe(false);
      expect(element.getAttribute(attribute), `${element.tagName} ${attribute}`).not.toMatch(/^\s*(?:javascript|data|vbscript):/i);
    }
  }
  for (const link of root.querySelectorAll('a')) {
    const href = link.getAttribute('href') ?? 'about:blank';
    const url = new URL(href);
    expect(url.protocol, href).toBe('https:');
    expect(KNOWN_HOSTS).toContain(url.host);
  }
}

describe('the hover card for a model with a hostile name', () => {
  it('shows the name as literal text and creates no <img> or <script>', () => {
    const root = show({ kind: 'specific', details: details(model('hostile/markup')), page: { url: 'https://example.com/', title: '<b>page</b>' } });
    expect(root.querySelector('#ml-title')?.textContent).toBe(HOSTILE_NAME_SHOWN);
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
    expectInert(root);
  });

  it('drops the javascript: Hugging Face link and keeps only https links to the sources', () => {
    const root = show({ kind: 'specific', details: details(model('hostile/markup')), page: { url: 'https://example.com/', title: 't' } });
    expect([...root.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['OpenRouter', 'https://openrouter.ai/hostile/markup'],
      ['models.dev', `https://models.dev/?search=${encodeURIComponent(HOSTILE_NAME_SHOWN)}`],
    ]);
    expectInert(root);
  });

  it('shows a model waiting to be compared under a hostile name as text too', () => {
    const root = show({
      kind: 'specific',
      details: details(model('hostile/emoji'), { comparePending: { id: 'hostile/markup', name: HOSTILE_NAME_SHOWN } }),
      page: { url: 'https://example.com/', title: 't' },
    });
    expect([...root.querySelectorAll('button')].some((b) => b.textContent === `Compare with ${HOSTILE_NAME_SHOWN}`)).toBe(true);
    expectInert(root);
  });

  it('keeps a clamped 10,000-character name to one short heading', () => {
    const root = show({ kind: 'specific', details: details(model('hostile/long')), page: { url: 'https://example.com/', title: 't' } });
    expect(root.querySelector('#ml-title')!.textContent!.length).toBeLessThanOrEqual(120);
    expectInert(root);
  });

  it.each(catalogue.models.map((m) => [m.id]))('every model of the hostile catalogue (%s) renders inert', (id) => {
    expectInert(show({ kind: 'specific', details: details(model(id)), page: { url: 'https://example.com/', title: 't' } }));
  });

  it('a Hugging Face card for a page-supplied repo id and a family card for a page-supplied name stay inert', () => {
    const hub = show({ kind: 'hub', details: { ok: false, repoId: '<img src=x onerror=alert(1)>/x', error: '<script>alert(1)</script>' } });
    expect(hub.querySelector('#ml-title')?.textContent).toBe('<img src=x onerror=alert(1)>/x');
    expect(hub.querySelectorAll('a')).toHaveLength(0);
    expectInert(hub);
    render(null, container);
    container.remove();

    const family = show({ kind: 'family', name: '<svg onload=alert(1)>' });
    expect(family.querySelector('#ml-title')?.textContent).toBe('<svg onload=alert(1)>');
    expectInert(family);
  });
});

describe('the comparison table with hostile names', () => {
  it('puts each name in a header cell as text', () => {
    container = document.createElement('div');
    document.body.append(container);
    const models = [model('hostile/markup'), model('constructor/constructor'), model('hostile/emoji-wall')];
    const comparison = compareModels(models, { volume: defaultSettings().volume, now: NOW, sources: catalogue.sources });
    render(<ComparisonTable comparison={comparison} />, container);
    const headers = [...container.querySelectorAll('thead th')].slice(1).map((th) => th.textContent);
    expect(headers).toEqual(models.map((m) => m.name));
    expectInert(container);
  });
});
