import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { readMatchGraph, recordOpenedComparison } from '@/lib/ext/shared/match-graph-store';
import { clearSightings, recordPageSightings, sightingOf } from '@/lib/ext/shared/sightings-store';
import { neighboursOf, timesCompared } from '@/lib/user-data/match-graph';

const NOW = new Date('2026-08-20T10:00:00Z');

beforeEach(() => fakeBrowser.reset());

describe('the Match Graph in storage', () => {
  it('grows from the sightings of each page load and from opened comparisons', async () => {
    await recordPageSightings(['openai/gpt-5', 'anthropic/claude-sonnet-4.5', 'openai/gpt-5'], 'example.com', NOW);
    await recordPageSightings(['openai/gpt-5'], 'example.com', NOW);
    await recordOpenedComparison(['openai/gpt-5', 'google/gemini-2.5-pro']);
    const graph = await readMatchGraph();
    expect(neighboursOf(graph, 'openai/gpt-5')).toEqual([
      { id: 'anthropic/claude-sonnet-4.5', weight: 1 },
      { id: 'google/gemini-2.5-pro', weight: 1 },
    ]);
    expect(timesCompared(graph, 'google/gemini-2.5-pro')).toBe(1);
  });

  it('is cleared with the sightings', async () => {
    await recordPageSightings(['openai/gpt-5', 'anthropic/claude-sonnet-4.5'], 'example.com', NOW);
    await recordOpenedComparison(['openai/gpt-5', 'google/gemini-2.5-pro']);
    await clearSightings();
    const graph = await readMatchGraph();
    expect(await sightingOf('openai/gpt-5')).toBeUndefined();
    expect(Object.keys(graph.pairs)).toEqual([]);
    expect(Object.keys(graph.compared)).toEqual([]);
  });

  it('leaves a graph it cannot read as it was stored', async () => {
    const unreadable = { version: 1, data: { pairs: { x: 'many' }, compared: {} } };
    await fakeBrowser.storage.local.set({ matchGraph: unreadable });
    await recordOpenedComparison(['openai/gpt-5', 'google/gemini-2.5-pro']);
    expect((await fakeBrowser.storage.local.get('matchGraph')).matchGraph).toEqual(unreadable);
  });
});
