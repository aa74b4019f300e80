import { describe, expect, it } from 'vitest';
import type { CatalogueModel } from '@/lib/catalogue/catalogue';
import { modelKey } from '@/lib/catalogue/model-key';
import { augustCatalogue } from '../accuracy/evaluate';
import { hasSharedFixtures } from './shared-fixtures';

/** models.dev ids are `provider/id`; the id may hold a slash of its own (`poe/openai/gpt-4o`). */
function split(modelsDevId: string): { provider: string; id: string } {
  const slash = modelsDevId.indexOf('/');
  return { provider: modelsDevId.slice(0, slash), id: modelsDevId.slice(slash + 1) };
}

const isDated = (id: string) => modelKey(id) !== modelKey(id, 'release');

interface Twin {
  entry: string;
  ids: [string, string];
  /** Both ids state a date (two releases), rather than a dated id beside its undated alias. */
  twoDates: boolean;
}

/** Pairs of one provider's ids in one entry that differ only by a snapshot date. */
function datedTwins(model: CatalogueModel): Twin[] {
  const twins: Twin[] = [];
  const ids = model.ids.modelsDev;
  ids.forEach((first, i) => {
    for (const second of ids.slice(i + 1)) {
      const a = split(first);
      const b = split(second);
      if (a.provider !== b.provider || modelKey(a.id) !== modelKey(b.id) || modelKey(a.id, 'release') === modelKey(b.id, 'release')) continue;
      twins.push({ entry: model.id, ids: [first, second], twoDates: isDated(a.id) && isDated(b.id) });
    }
  });
  return twins;
}

/**
 * Source model ids that more than one entry holds: the id after the provider ("openai/gpt-4o" of
 * "poe/openai/gpt-4o"), or with `lastSegment` only its last path segment ("gpt-4o").
 */
function idsInSeveralEntries(models: readonly CatalogueModel[], lastSegment = false): Map<string, string[]> {
  const entriesById = new Map<string, Set<string>>();
  for (const model of models) {
    for (const full of model.ids.modelsDev) {
      const id = (lastSegment ? full.slice(full.lastIndexOf('/') + 1) : split(full).id).toLowerCase();
      entriesById.set(id, (entriesById.get(id) ?? new Set<string>()).add(model.id));
    }
  }
  return new Map([...entriesById].filter(([, entries]) => entries.size > 1).map(([id, entries]) => [id, [...entries].sort()]));
}

describe.skipIf(!hasSharedFixtures)('one model, one entry, in the Aug 2026 catalogue', () => {
  const catalogue = augustCatalogue();
  const entryOf = (modelsDevId: string) => catalogue.models.find((m) => m.ids.modelsDev.includes(modelsDevId))!;

  it('never files two dates that one provider lists apart under one entry', () => {
    const twins = catalogue.models.flatMap(datedTwins);
    // Before the rule: 18 such pairs in 4 entries (Claude 3.5 Sonnet's June and October releases,
    // Kimi K2 0711 and 0905, four GPT-3.5 Turbo dates, GPT-4 0314 and 1106).
    expect(twins.filter((twin) => twin.twoDates).map((twin) => `${twin.entry}: ${twin.ids.join(' + ')}`)).toEqual([]);
    // A dated id beside its undated alias at one provider ("claude-haiku-4-5" and "…-20251001") is one model.
    expect(twins.length).toBeGreaterThan(20);
    const june = entryOf('anthropic/claude-3-5-sonnet-20240620');
    const october = entryOf('anthropic/claude-3-5-sonnet-20241022');
    expect(june).not.toBe(october);
    expect(october.ids.modelsDev).toContain('helicone/claude-3.5-sonnet-v2');
    expect(entryOf('moonshotai/kimi-k2-0711-preview').ids.openrouter).toContain('moonshotai/kimi-k2');
    expect(entryOf('moonshotai/kimi-k2-0905-preview').ids.openrouter).toContain('moonshotai/kimi-k2-0905');
  });

  it('files every listing of one source model id under one entry', () => {
    // Before: 6 ids in 14 entries ("chatgpt-4o-latest" twice, "gpt-5-chat-latest" three times, and
    // OpenAI's own "gpt-3.5-turbo" filed under GPT-3.5 Turbo Instruct).
    expect(Object.fromEntries(idsInSeveralEntries(catalogue.models))).toEqual({});
    // An undated id of a model whose dates a provider lists apart says no date: each listing
    // goes by its name ("Claude Sonnet 3.5 v2" at one gateway, "Claude 3.5 Sonnet" at a reseller).
    expect(Object.fromEntries(idsInSeveralEntries(catalogue.models, true))).toEqual({
      'claude-3.5-sonnet': ['anthropic/claude-3.5-sonnet', 'anthropic/claude-3.5-sonnet-v2'],
    });
    expect(entryOf('helicone/chatgpt-4o-latest')).toBe(entryOf('302ai/chatgpt-4o-latest'));
    expect(entryOf('openai/gpt-3.5-turbo').ids.openrouter).toContain('openai/gpt-3.5-turbo');
  });
});
