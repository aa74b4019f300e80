import { describe, expect, it } from 'vitest';
import type { CatalogueModel } from '@/lib/catalogue/catalogue';
import { pickInstead } from '@/lib/compare/pick-instead';
import { catalogueModel, figure, rank } from './fixtures';

/** A tool-calling text model with a benchmark quality and one price for input and output (so blended = that price). */
function model(name: string, quality: number, price: number, extra: Partial<CatalogueModel> = {}): CatalogueModel {
  return catalogueModel({
    id: `lab/${name.toLowerCase()}`,
    name,
    price: { input: figure(price), output: figure(price) },
    contextWindow: figure(128_000),
    capabilities: { tools: 'openrouter' },
    rank: rank(50, { subScores: { quality, adoption: 10, ecosystem: 10, value: 10, freshness: 10 } }),
    ...extra,
  });
}

function picked(subject: CatalogueModel, catalogue: readonly CatalogueModel[]) {
  const result = pickInstead(subject, catalogue);
  if (result.kind !== 'picks') throw new Error(result.reason);
  return result.picks;
}

describe('pick instead: the Pareto set of better or cheaper models that can do the same', () => {
  const subject = model('Subject', 60, 4);
  // Known answer: Strong (better, same price), Mid (better and cheaper) and Cheap (level within the
  // noise, cheaper) improve on Subject, and none of the three is both better and cheaper than another.
  const catalogue = [
    subject,
    model('Cheap', 58, 1),
    model('Mid', 70, 2),
    model('Strong', 75, 4),
    model('Dominated', 66, 3), // improves on Subject, but Mid is better and cheaper
    model('Pricier', 90, 5), // better but dearer: not a pick
    model('Worse', 50, 0.5), // cheaper but clearly worse
    model('NoTools', 80, 1, { capabilities: {} }), // lacks a capability Subject has
    model('Small', 80, 1, { contextWindow: figure(32_000) }), // holds less context
    model('Guessed', 80, 1, { rank: rank(50, { qualityEstimated: true }) }), // quality only estimated
    model('Image', 80, 1, { type: 'image' }), // another kind of model
  ];

  it('finds exactly the front, best quality first, each with its reason', () => {
    expect(picked(subject, catalogue).map((p) => [p.model.name, p.reason])).toEqual([
      ['Strong', 'scores higher (quality 75 vs 60) at the same price ($4.00 per 1M tokens blended), with every capability it has'],
      ['Mid', 'scores higher (quality 70 vs 60) for $2.00 vs $4.00 per 1M tokens blended, with every capability it has'],
      ['Cheap', 'scores as well (quality 58 vs 60, level within 3 points) for $1.00 vs $4.00 per 1M tokens blended, with every capability it has'],
    ]);
  });

  it('finds nothing for a model already on the front', () => {
    expect(picked(model('Strong', 75, 4), catalogue)).toEqual([]);
  });

  it('gives a clear reason instead of picks when quality or price is unknown', () => {
    expect(pickInstead(model('Guessed', 80, 1, { rank: rank(50, { qualityEstimated: true }) }), catalogue)).toEqual({
      kind: 'unavailable',
      reason: 'No benchmark measures its quality, so there is nothing to weigh cheaper models against.',
    });
    expect(pickInstead(model('Unpriced', 80, 1, { price: {} }), catalogue)).toEqual({
      kind: 'unavailable',
      reason: 'Its price is not given, so there is no cheaper or same-price model to name.',
    });
  });
});
