// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CardApp, type CardContent } from '@/components/card/card-app';
import { buildBundledCatalogue } from '@/lib/catalogue/bundled';
import { quantizationHeading } from '@/lib/catalogue/hub-labels';
import type { HubDetails, ModelDetails } from '@/lib/ext/shared/messages';
import { defaultSettings } from '@/lib/user-data/settings-defaults';

const NOW = new Date('2026-08-20T12:00:00.000Z');
const catalogue = buildBundledCatalogue(NOW);
const qwen = catalogue.models.find((m) => m.id === 'qwen/qwen3-30b-a3b')!;
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

const hub = (extra: Partial<Extract<HubDetails, { ok: true }>>): HubDetails => ({
  ok: true,
  repoId: 'someone/Qwen3-DeepSeek-R1-Mix',
  stats: { downloads: 12_345, likes: 67, license: 'apache-2.0', gated: false, parameters: 30_500_000_000, lastModified: '2026-08-17', inferenceProviders: ['together'] },
  pipelineTag: 'text-generation',
  fetchedAt: '2026-08-19T12:00:00.000Z',
  ...extra,
});

describe('the Hub card', () => {
  it('shows a fine-tune as its own model, based on the catalogue model, without the base price or rank', () => {
    const card = show({
      kind: 'hub',
      details: hub({ lineage: { relation: 'finetune', base: 'Qwen/Qwen3-30B-A3B', baseModel: { id: qwen.id, name: qwen.name } } }),
    });
    const text = card.textContent!;
    expect(text).toContain(`Fine-tune, based on ${qwen.name}`);
    expect(card.querySelector('[data-lineage] a')?.getAttribute('href')).toBe('https://huggingface.co/Qwen/Qwen3-30B-A3B');
    for (const figure of ['text-generation', '30.5B', 'apache-2.0', 'open', '12.3K', '67', 'together', 'From Hugging Face, fetched yesterday']) expect(text).toContain(figure);
    expect(text).not.toMatch(/\/100|Input \/ 1M|#\d/);
  });

  it('says why the record is old, and what was wrong with the lineage', () => {
    const text = show({
      kind: 'hub',
      details: hub({ staleBecause: 'could not reach huggingface.co (offline or blocked)', lineage: { relation: 'finetune', base: 'b/two', note: 'its base models form a cycle (b/two → a/one)' } }),
    }).textContent!;
    expect(text).toContain('Fine-tune, based on b/two');
    expect(text).toContain('Lineage: its base models form a cycle (b/two → a/one)');
    expect(text).toContain('last known record: could not reach huggingface.co');
  });

  it('says when the Hub has no public record', () => {
    const text = show({ kind: 'hub', details: { ok: false, repoId: 'org/private', error: 'the Hub has no public record of it (private, gated or missing)' } }).textContent!;
    expect(text).toContain('Could not look it up: the Hub has no public record of it (private, gated or missing)');
  });

  it('shows a quantization as its base model card, headed by what the repo is', () => {
    const { theme, volume, recordSightings } = defaultSettings();
    const base: ModelDetails = { model: qwen, sources: catalogue.sources, pinned: false, settings: { theme, volume, recordSightings } };
    const card = show({
      kind: 'specific',
      details: base,
      page: { url: 'https://huggingface.co/models', title: 'Models' },
      hub: hub({ repoId: 'unsloth/Qwen3-30B-A3B-GGUF', stats: { libraryName: 'gguf' }, lineage: { relation: 'quantized', base: 'Qwen/Qwen3-30B-A3B', baseModel: { id: qwen.id, name: qwen.name } } }),
    });
    expect(card.querySelector('[data-origin]')?.textContent).toBe(`GGUF quantization by unsloth of ${qwen.name}`);
    expect(card.querySelector('#ml-title')?.textContent).toBe(qwen.name);
    expect(card.textContent).toMatch(/\/100/);
  });
});

describe('quantization headings', () => {
  it('names the format from the library or the repo name, and the quantizer from the org', () => {
    expect(quantizationHeading('unsloth/Qwen3.6-27B-GGUF', 'gguf', 'Qwen3.6 27B')).toBe('GGUF quantization by unsloth of Qwen3.6 27B');
    expect(quantizationHeading('mlx-community/Qwen3-8B-4bit', 'mlx', 'Qwen3 8B')).toBe('MLX quantization by mlx-community of Qwen3 8B');
    expect(quantizationHeading('org/Model-AWQ', 'transformers', 'Model')).toBe('AWQ quantization by org of Model');
    expect(quantizationHeading('org/Model-small', undefined, 'Model')).toBe('Quantization by org of Model');
  });
});

describe('Hub figures on a catalogue model card', () => {
  it('shows the repo downloads and likes with their age', () => {
    const { theme, volume, recordSightings } = defaultSettings();
    const card = show({
      kind: 'specific',
      details: { model: qwen, sources: catalogue.sources, pinned: false, settings: { theme, volume, recordSightings }, hubFigures: { repoId: 'Qwen/Qwen3-30B-A3B', downloads: 402_000, likes: 812, fetchedAt: '2026-08-17T12:00:00.000Z' } },
      page: { url: 'https://example.com', title: 'x' },
    });
    expect(card.textContent).toContain('Hugging Face Qwen/Qwen3-30B-A3B: 402K downloads (30 days) · 812 likes (fetched 3 days ago)');
  });
});
