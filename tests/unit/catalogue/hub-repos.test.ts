import { describe, expect, it } from 'vitest';
import { buildBundledCatalogue } from '@/lib/catalogue/bundled';
import { hubRepoKeys, modelForRepo, officialRepoOf, storedHubRepoKeys } from '@/lib/catalogue/hub-repos';

describe('Hub repo ids of the bundled catalogue, from its sources', () => {
  const catalogue = buildBundledCatalogue(new Date('2026-08-20T00:00:00Z'));
  const keys = hubRepoKeys(catalogue.models);
  const modelOf = (repo: string) => {
    const index = modelForRepo(keys, repo);
    return index === undefined ? undefined : catalogue.models[index]!;
  };

  it('resolves the official repos of models it holds on a fresh install', () => {
    expect(modelOf('meta-llama/Llama-3.3-70B-Instruct')?.name).toBe('Llama 3.3 70B Instruct');
    expect(modelOf('mistralai/Mistral-7B-Instruct-v0.3')?.name).toBe('Mistral 7B Instruct');
    expect(modelOf('black-forest-labs/FLUX.1-dev')?.name).toBe('FLUX.1-dev');
    expect(modelOf('Qwen/Qwen3-30B-A3B')?.ids.huggingFace).toBe('Qwen/Qwen3-30B-A3B');
  });

  it('does not take a re-publisher of many families for a maker, nor a display name for a repo', () => {
    // TheBloke re-publishes quantizations of many families: its name on a repo is not the maker's.
    expect(modelOf('TheBloke/Mistral-7B-Instruct')).toBeUndefined();
    // "Llama 3.3 70B" is a display name of the Instruct model, not the name of a base repo.
    expect(modelOf('meta-llama/Llama-3.3-70B')).toBeUndefined();
    expect(modelOf('someone/FLUX.1-dev')).toBeUndefined();
  });

  it("takes a model's own figures from its stated repo, not a provider's serving variant of it", () => {
    // A provider serves Llama 3.3 70B Instruct as "…-Instruct-Turbo"; the Hub repo has no such suffix.
    expect(officialRepoOf(modelOf('meta-llama/Llama-3.3-70B-Instruct')!)).toBe('meta-llama/Llama-3.3-70B-Instruct');
    expect(officialRepoOf({ ids: { openrouter: [], modelsDev: [], huggingFace: 'hf:Qwen/Qwen3-30B-A3B' } })).toBe('Qwen/Qwen3-30B-A3B');
    expect(officialRepoOf({ ids: { openrouter: [], modelsDev: [], huggingFace: 'meta-llama/Llama-3.3-70B-Instruct-Turbo' } })).toBe('meta-llama/Llama-3.3-70B-Instruct');
    expect(officialRepoOf({ ids: { openrouter: [], modelsDev: [] } })).toBeUndefined();
  });

  it('is built with its Hub repo ids, the same ones the rules give, so nothing derives them again', () => {
    expect(catalogue.models.filter((m) => m.ids.hubRepos).length).toBeGreaterThan(20);
    expect([...storedHubRepoKeys(catalogue.models)].sort()).toEqual([...keys].sort());
    expect(modelOf('meta-llama/Llama-3.3-70B-Instruct')?.ids.hubRepos).toContain('meta-llama/llama-3.3-70b-instruct');
    // A catalogue stored by an earlier version carries none: they are derived from its sources.
    const older = catalogue.models.map(({ ids: { hubRepos: _hubRepos, ...ids }, ...model }) => ({ ...model, ids }));
    expect([...storedHubRepoKeys(older)].sort()).toEqual([...keys].sort());
  });
});
