import { describe, expect, it } from 'vitest';
import { buildBundledCatalogue } from '@/lib/catalogue/bundled';
import { repoNameSpan, resolveSiteLink } from '@/lib/detection/site-links';
import { deriveFromCatalogue } from '@/lib/ext/background/derived';

describe('Hugging Face links with the bundled catalogue (a fresh install, offline)', () => {
  const catalogue = buildBundledCatalogue(new Date('2026-08-20T00:00:00Z'));
  const index = deriveFromCatalogue(catalogue).detectionIndex;
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

describe('where a Hub link names its repo', () => {
  const named = (text: string, repo: string) => {
    const span = repoNameSpan(text, repo);
    return span && text.slice(span.start, span.end);
  };

  it('marks the repo id in a listing card, not its task, size or dates', () => {
    const card = 'unsloth/Qwen3.6-27B-GGUF\n\nText Generation • 27B • Updated 3 days ago • 120k • 410';
    expect(named(card, 'unsloth/Qwen3.6-27B-GGUF')).toBe('unsloth/Qwen3.6-27B-GGUF');
    expect(named('Text Generation • 8B • Updated 3 days ago', 'unsloth/Qwen3.6-27B-GGUF')).toBeNull();
  });

  it('takes the name alone where a header links it, but never a piece of a longer name', () => {
    expect(named('Qwen3.6-27B', 'Qwen/Qwen3.6-27B')).toBe('Qwen3.6-27B');
    expect(named('Qwen3.6-27B-FP8', 'Qwen/Qwen3.6-27B')).toBeNull();
    expect(named('Qwen3.6-27B.1', 'Qwen/Qwen3.6-27B')).toBeNull();
    expect(named('see Qwen3.6-27B.', 'Qwen/Qwen3.6-27B')).toBe('Qwen3.6-27B');
  });
});
