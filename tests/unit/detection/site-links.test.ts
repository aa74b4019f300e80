import { describe, expect, it } from 'vitest';
import { buildBundledCatalogue } from '@/lib/catalogue/bundled';
import type { DetectionIndex } from '@/lib/detection/alias-index';
import { resolveSiteLink } from '@/lib/detection/site-links';
import { deriveFromCatalogue } from '@/lib/ext/derived';
import { STORAGE_KEYS } from '@/lib/ext/storage-keys';

describe('Hugging Face links with the bundled catalogue (a fresh install, offline)', () => {
  const catalogue = buildBundledCatalogue(new Date('2026-08-20T00:00:00Z'));
  const index = JSON.parse(deriveFromCatalogue(catalogue)[STORAGE_KEYS.detectionIndex] as string) as DetectionIndex;
  const exactIds = new Map(index.exactIds);
  const nameAt = (href: string) => {
    const target = resolveSiteLink('huggingface.co', href, exactIds);
    return target?.kind === 'model' ? index.models[target.target]!.name : target;
  };

  it('opens the catalogue model for the official repos of models it holds', () => {
    expect(nameAt('/meta-llama/Llama-3.3-70B-Instruct')).toBe('Llama 3.3 70B Instruct');
    expect(nameAt('https://huggingface.co/mistralai/Mistral-7B-Instruct-v0.3')).toBe('Mistral 7B Instruct');
    expect(nameAt('/black-forest-labs/FLUX.1-dev')).toBe('FLUX.1-dev');
  });

  it('leaves any other repo to the Hub, and pages that are not repos alone', () => {
    expect(nameAt('/unsloth/Llama-3.3-70B-Instruct-GGUF')).toEqual({ kind: 'hub', repoId: 'unsloth/Llama-3.3-70B-Instruct-GGUF' });
    expect(nameAt('/datasets/HuggingFaceFW')).toBeNull();
    expect(nameAt('/meta-llama/Llama-3.3-70B-Instruct/tree/main')).toBeNull();
    expect(nameAt('https://evil.example/meta-llama/Llama-3.3-70B-Instruct')).toBeNull();
  });
});
