// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { NeighboursSection } from '@/components/card/neighbours-section';
import type { CatalogueModel } from '@/lib/catalogue/catalogue';
import { modelNeighbours } from '@/lib/compare/model-neighbours';
import { emptyMatchGraph, recordCoMentions, recordComparison } from '@/lib/user-data/match-graph';
import { catalogueModel, figure, rank } from './fixtures';

function model(name: string, quality: number, price: number): CatalogueModel {
  return catalogueModel({
    id: `lab/${name.toLowerCase()}`,
    name,
    price: { input: figure(price), output: figure(price) },
    rank: rank(50, { subScores: { quality, adoption: 10, ecosystem: 10, value: 10, freshness: 10 } }),
  });
}

const subject = model('Subject', 60, 4);
const catalogue = [subject, model('Strong', 75, 4), model('Mid', 70, 2), model('Cheap', 58, 1), model('Other', 40, 9)];
let graph = recordCoMentions(emptyMatchGraph(), ['lab/subject', 'lab/other', 'lab/removed']);
graph = recordComparison(graph, ['lab/subject', 'lab/other']);
graph = recordComparison(graph, ['lab/subject', 'lab/cheap']);
const sighting = { count: 5, sites: { 'example.com': 5 }, lastSeen: '2026-03-01T00:00:00.000Z' };

describe('a model\'s neighbours: pick instead, the Match Graph, times matched', () => {
  it('keeps the first picks and the neighbours still in the catalogue; times matched adds sightings and comparisons', () => {
    const found = modelNeighbours(subject, catalogue, { graph, sighting, limit: 2 });
    expect(found.pickInstead.map((p) => p.name)).toEqual(['Strong', 'Mid']);
    expect(found.oftenComparedWith).toEqual([
      { id: 'lab/other', name: 'Other', times: 2 },
      { id: 'lab/cheap', name: 'Cheap', times: 1 },
    ]);
    expect(found.timesMatched).toBe(7);
  });

  let container: HTMLElement | undefined;
  afterEach(() => container?.remove());

  it('shows on the card as the user reads it', () => {
    container = document.createElement('div');
    document.body.append(container);
    render(<NeighboursSection neighbours={modelNeighbours(subject, catalogue, { graph, sighting, limit: 3 })} />, container);
    expect([...container.querySelectorAll('[data-testid="card-pick-instead"] strong')].map((e) => e.textContent)).toEqual(['Strong', 'Mid', 'Cheap']);
    expect(container.querySelector('[data-testid="card-often-compared"]')?.textContent).toBe('Often compared with: Other (2×), Cheap (1×)');
  });

  it('says why there is no pick instead', () => {
    container = document.createElement('div');
    document.body.append(container);
    const unpriced = { ...subject, price: {} };
    render(<NeighboursSection neighbours={modelNeighbours(unpriced, catalogue, { graph: emptyMatchGraph() })} />, container);
    expect(container.textContent).toBe('Pick instead: Its price is not given, so there is no cheaper or same-price model to name.');
  });
});
