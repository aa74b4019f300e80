import type { CatalogueModel } from '@/lib/catalogue/catalogue';
import { capabilitiesDescribed } from './capabilities';
import { facetsOf, type Facet } from './decomposed-facets';
import { formatInteger, formatPerMillion, formatTokens, plural } from './format';
import { blendedPrice, clearlyBetter, measuredQuality, namesInWords, ordinal } from './standing';

/** One capability as a checkable fact, with how it sets the model apart and how it stands against the rest. */
export interface DecomposedCapability {
  key: string;
  sentence: string;
  /** Only where earned: top 5% on a figure among the models sharing it, or the only one with a combination. */
  unique?: string;
  alternatives: string;
}

export interface Decomposition {
  capabilities: DecomposedCapability[];
  /** Said when no source describes the model's API features, so the list holds only its modalities. */
  notice?: string;
}

/** A top-5% claim needs at least one model in 5%: twenty or more with the figure. */
const MIN_FOR_TOP_SHARE = 20;
const TOP_SHARE = 0.05;
/** Among a handful of models nearly any pair of capabilities is one of a kind; it says something only among ten or more. */
const MIN_FOR_COMBINATION = 10;
/** "cost at most 2× more" */
const PRICE_REACH = 2;

interface Figure {
  noun: string;
  value(model: CatalogueModel): number | undefined;
  lowerIsBetter: boolean;
  best: string;
  nth: (position: number) => string;
  show(value: number): string;
}

const FIGURES: readonly Figure[] = [
  {
    noun: 'price',
    value: blendedPrice,
    lowerIsBetter: true,
    best: 'the cheapest',
    nth: (k) => `the ${ordinal(k)} cheapest`,
    show: (v) => `${formatPerMillion(v)} per 1M tokens, blended 3:1 input:output`,
  },
  {
    noun: 'context size',
    value: (m) => m.contextWindow?.value,
    lowerIsBetter: false,
    best: 'the largest context',
    nth: (k) => `the ${ordinal(k)} largest context`,
    show: (v) => `${formatTokens(v)} tokens`,
  },
  {
    noun: 'benchmark quality',
    value: measuredQuality,
    lowerIsBetter: false,
    best: 'the highest quality',
    nth: (k) => `the ${ordinal(k)} highest quality`,
    show: (v) => `quality ${v}/100`,
  },
  {
    noun: 'adoption',
    value: (m) => m.providers.length,
    lowerIsBetter: false,
    best: 'the most widely served',
    nth: (k) => `the ${ordinal(k)} most widely served`,
    show: (v) => plural(v, 'provider'),
  },
];

/** Every capability of `model` the catalogue supports, each set against the models of its type that share it. */
export function decompose(model: CatalogueModel, catalogue: readonly CatalogueModel[]): Decomposition {
  const sameType = catalogue.filter((m) => m.type === model.type && m.id !== model.id);
  const facets = facetsOf(model);
  const capabilities = facets.map((facet) => {
    const peers = [model, ...sameType.filter((m) => facet.applies(m))];
    const unique = uniqueClaims(model, facet, facets, peers);
    return {
      key: facet.key,
      sentence: facet.sentence(model),
      ...(unique ? { unique } : {}),
      alternatives: alternatives(model, facet, peers),
    };
  });
  return capabilitiesDescribed(model)
    ? { capabilities }
    : { capabilities, notice: 'No source describes its API features (tools, reasoning, structured output, caching, search), so only what its inputs, outputs and limits show is listed.' };
}

function groupOf(facet: Facet, count: number): string {
  return `${formatInteger(count)} ${facet.group}`;
}

function uniqueClaims(model: CatalogueModel, facet: Facet, facets: readonly Facet[], peers: readonly CatalogueModel[]): string | undefined {
  const claims = FIGURES.flatMap((figure) => {
    const claim = topShareClaim(model, facet, peers, figure);
    return claim ? [claim] : [];
  });
  const combination = combinationClaim(facet, facets, peers);
  if (combination) claims.push(combination);
  if (!claims.length) return undefined;
  const text = claims.join('; ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

function topShareClaim(model: CatalogueModel, facet: Facet, peers: readonly CatalogueModel[], figure: Figure): string | undefined {
  const own = figure.value(model);
  if (own === undefined) return undefined;
  const values = peers.flatMap((m) => {
    const value = figure.value(m);
    return value === undefined ? [] : [value];
  });
  if (values.length < MIN_FOR_TOP_SHARE) return undefined;
  const position = 1 + values.filter((v) => (figure.lowerIsBetter ? v < own : v > own)).length;
  // A tie shares the place, so a figure many models have (one provider, 128K) earns nothing.
  const tied = values.filter((v) => v === own).length - 1;
  if (position + tied > Math.floor(values.length * TOP_SHARE)) return undefined;
  const known = values.length < peers.length ? ` with a known ${figure.noun}` : '';
  const place = position === 1 ? figure.best : `${figure.nth(position)} (top 5%)`;
  return `${place} of ${groupOf(facet, values.length)}${known} (${figure.show(own)})`;
}

/** The first of its other capabilities that no other model sharing this one also has. */
function combinationClaim(facet: Facet, facets: readonly Facet[], peers: readonly CatalogueModel[]): string | undefined {
  if (peers.length < MIN_FOR_COMBINATION) return undefined;
  const alone = facets.find((other) => other !== facet && peers.filter((m) => other.applies(m)).length === 1);
  return alone ? `the only one of ${groupOf(facet, peers.length)} that also ${alone.also}` : undefined;
}

function alternatives(model: CatalogueModel, facet: Facet, peers: readonly CatalogueModel[]): string {
  if (peers.length === 1) return `No other ${model.type} model in the catalogue ${facet.also}.`;
  const quality = measuredQuality(model);
  const price = blendedPrice(model);
  const priced = peers.filter((m) => blendedPrice(m) !== undefined);
  if (quality === undefined && price === undefined) {
    return `Neither its price nor a benchmark quality is known, so it is not placed against the other ${groupOf(facet, peers.length - 1)}.`;
  }
  if (quality === undefined) {
    return `${cheapness(price!, priced)} of ${groupOf(facet, priced.length)} with a known price; it has no benchmark quality to weigh that against.`;
  }
  const better = peers.filter((m) => {
    const q = measuredQuality(m);
    return q !== undefined && clearlyBetter(q, quality);
  });
  if (price === undefined) {
    const lead = `Its price is not given, so it is not placed by cost among ${groupOf(facet, peers.length)}`;
    return better.length ? `${lead}; ${better.length} score higher: ${namesByQuality(better)}.` : `${lead}; none scores higher.`;
  }
  const floor = Math.floor(quality / 10) * 10;
  const band = priced.filter((m) => (measuredQuality(m) ?? -1) >= floor);
  const lead =
    band.length === 1
      ? `The only one of ${groupOf(facet, peers.length)} with quality ≥ ${floor} and a known price`
      : `${cheapness(price, band)} of ${groupOf(facet, band.length)} with quality ≥ ${floor}`;
  const within = better.filter((m) => {
    const p = blendedPrice(m);
    return p !== undefined && p <= PRICE_REACH * price;
  });
  const tail = within.length
    ? `${within.length} score${within.length === 1 ? 's' : ''} higher and cost at most ${PRICE_REACH}× more: ${namesByQuality(within)}`
    : `none scores higher for at most ${PRICE_REACH}× the price`;
  return `${lead}; ${tail}.`;
}

function cheapness(price: number, among: readonly CatalogueModel[]): string {
  const position = 1 + among.filter((m) => blendedPrice(m)! < price).length;
  return position === 1 ? 'Cheapest' : `${ordinal(position)} cheapest`;
}

function namesByQuality(models: readonly CatalogueModel[]): string {
  const order = [...models].sort((a, b) => measuredQuality(b)! - measuredQuality(a)! || (blendedPrice(a) ?? Infinity) - (blendedPrice(b) ?? Infinity) || (a.name < b.name ? -1 : 1));
  return namesInWords(order.map((m) => m.name));
}

