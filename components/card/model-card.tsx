import type { CatalogueModel } from '@/lib/catalogue/catalogue';
import { modelLinks } from '@/lib/catalogue/links';
import { SUB_SCORE_NAMES } from '@/lib/catalogue/rank';
import { CAPABILITY_LABELS } from '@/lib/compare/capabilities';
import { monthlyCost } from '@/lib/compare/cost';
import { formatDate } from '@/lib/compare/dates';
import { formatAge, formatInteger, formatPerMillion, formatScore, formatTokens, formatUsd } from '@/lib/compare/format';
import { attribution, sourceName, type ProvenanceContext } from '@/lib/compare/provenance';
import { CAPABILITIES } from '@/lib/catalogue/source-model';
import { formatLowest, formatUnitPrice, otherUnitPrices } from '@/lib/compare/unit-prices';
import { formatPlace } from '@/lib/compare/kinds';
import type { ModelDetails } from '@/lib/ext/shared/messages';
import { describeSighting } from '@/lib/user-data/sightings';
import { Figure } from './figure';
import { NeighboursSection } from './neighbours-section';
import { SubScoreBar } from './sub-score-bar';
import { SUB_SCORE_LABELS } from '@/lib/catalogue/rank';
import { SOURCE_ORDER } from '@/lib/catalogue/sources';

export interface CardActions {
  onPin: () => void;
  onCompare: () => void;
  onClose: () => void;
}

interface Props extends CardActions {
  details: ModelDetails;
  now: Date;
  /** Set while a pin or compare request is under way, or after one failed. */
  busy?: boolean;
  notice?: string;
  /** Where the card was opened from when that is not the model itself ("GGUF quantization by unsloth of …"). */
  origin?: string;
  /** The snapshot date the page wrote, when the catalogue lists no model of that date. */
  snapshot?: string;
}

const NOT_PUBLISHED = 'not published';
const MAX_OTHER_PRICES = 3;

/** The hover card: what a model is, where it ranks, what it costs and can do, and where each figure came from. */
export function ModelCard({ details, now, busy, notice, origin, snapshot, onPin, onCompare, onClose }: Props) {
  const { model, sources, pinned, sighting, comparePending, settings } = details;
  const context: ProvenanceContext = { now, sources };
  const cost = monthlyCost(model.price, settings.volume);
  const capabilities = CAPABILITIES.filter((c) => model.capabilities[c]);
  const otherPrices = otherUnitPrices(model.price).slice(0, MAX_OTHER_PRICES);
  const seen = settings.recordSightings ? describeSighting(sighting) : undefined;
  const deprecatedSince = model.deprecated?.value ? model.deprecated : undefined;
  const expires = model.expiresAt && !isPast(model.expiresAt.value, now) ? model.expiresAt : undefined;

  return (
    <section class="card" role="dialog" aria-labelledby="ml-title" aria-describedby="ml-summary">
      <header class="head">
        <div>
          {origin && (
            <p class="muted" data-origin>
              {origin}
            </p>
          )}
          <h2 id="ml-title" class="title">{model.name}</h2>
          <p id="ml-summary" class="muted">
            {[model.authorName ?? model.author, typeLabel(model.type), model.releaseDate && `released ${formatDate(model.releaseDate.value)}`]
              .filter(Boolean)
              .join(' · ')}
          </p>
        </div>
        <button type="button" class="icon" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>

      {snapshot && <p class="muted" role="note">{`snapshot ${snapshot}; figures for ${model.name}`}</p>}

      {(deprecatedSince || expires) && (
        <p class="warning" role="note">
          {deprecatedSince ? `Deprecated (says ${sourceName(deprecatedSince.source)})` : `Leaves OpenRouter on ${formatDate(expires!.value)}`}
        </p>
      )}

      <div class="rank" aria-label={`Rank ${formatScore(model.rank.score)}, ${formatPlace(model)}`}>
        <span class="score">{formatScore(model.rank.score)}</span>
        <span class="muted">
          {formatPlace(model)}
          {model.rank.qualityEstimated ? ' · quality estimated' : model.rank.subScores.quality === null ? ' · quality not measured' : ''}
        </span>
      </div>
      <ul class="subscores">
        {SUB_SCORE_NAMES.map((name) => (
          <SubScoreBar key={name} label={SUB_SCORE_LABELS[name]} value={model.rank.subScores[name]} />
        ))}
      </ul>

      <dl class="facts">
        <Figure label="Input / 1M" field={model.price.input} show={formatPerMillion} context={context} unknown={NOT_PUBLISHED} />
        <Figure label="Output / 1M" field={model.price.output} show={formatPerMillion} context={context} unknown={NOT_PUBLISHED} />
        {model.price.cacheRead && <Figure label="Cache read / 1M" field={model.price.cacheRead} show={formatPerMillion} context={context} />}
        {otherPrices.length > 0 && (
          <div class="fact">
            <dt>Also priced</dt>
            <dd title={`Source: ${sourceName(model.price.units![0]!.source)}`}>{otherPrices.map(formatUnitPrice).join('; ')}</dd>
          </div>
        )}
        {model.price.lowest && (
          <div class="fact">
            <dt>Lowest</dt>
            <dd>{formatLowest(model.price.lowest)}</dd>
          </div>
        )}
        {model.type === 'text' && (
          <div class="fact">
            <dt>Your volume</dt>
            <dd title={`${formatTokens(settings.volume.inputTokens)} input + ${formatTokens(settings.volume.outputTokens)} output tokens a month`}>
              {cost.kind === 'known' ? `${formatUsd(cost.usd)} / month` : cost.kind === 'free' ? 'free' : NOT_PUBLISHED}
            </dd>
          </div>
        )}
        {model.free?.value && (
          <div class="fact">
            <dt>Free tier</dt>
            <dd>at {sourceName(model.free.source)}</dd>
          </div>
        )}
        <Figure label="Context" field={model.contextWindow} show={formatTokens} context={context} />
        <Figure label="Max output" field={model.maxOutput} show={formatTokens} context={context} />
        <div class="fact">
          <dt>Modalities</dt>
          <dd>
            {model.modalities.input.join(', ')} → {model.modalities.output.join(', ')}
          </dd>
        </div>
        <div class="fact">
          <dt>Providers</dt>
          <dd title={model.providers.join(', ')}>{formatInteger(model.providers.length)}</dd>
        </div>
        {model.hub && (
          <div class="fact">
            <dt>Hugging Face</dt>
            <dd>
              {[
                model.hub.value.downloads !== undefined && `${formatTokens(model.hub.value.downloads)} downloads`,
                model.hub.value.likes !== undefined && `${formatTokens(model.hub.value.likes)} likes`,
                model.hub.value.license,
              ]
                .filter(Boolean)
                .join(' · ')}
            </dd>
          </div>
        )}
      </dl>

      {capabilities.length > 0 && (
        <ul class="chips" aria-label="Capabilities">
          {capabilities.map((c) => (
            <li key={c} title={`Source: ${sourceName(model.capabilities[c]!)}`}>
              {CAPABILITY_LABELS[c]}
            </li>
          ))}
        </ul>
      )}

      {details.neighbours && <NeighboursSection neighbours={details.neighbours} />}
      {seen && <p class="muted">{seen}</p>}
      <p class="muted small">Data: {sourcesLine(sources, now)}</p>
      {details.hubFigures && <p class="muted small">{hubFiguresLine(details.hubFigures, now)}</p>}
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}

      <footer class="actions">
        <button type="button" onClick={onPin} disabled={busy} aria-pressed={pinned}>
          {pinned ? 'Unpin' : 'Pin'}
        </button>
        <button type="button" onClick={onCompare} disabled={busy}>
          {comparePending ? `Compare with ${comparePending.name}` : 'Compare'}
        </button>
        <span class="links">
          {modelLinks(model).map((link) => (
            <a key={link.url} href={link.url} target="_blank" rel="noopener noreferrer">
              {link.label}
            </a>
          ))}
        </span>
      </footer>
    </section>
  );
}

function typeLabel(type: CatalogueModel['type']): string {
  return type === 'text' ? 'text model' : `${type} model`;
}

function isPast(date: string, now: Date): boolean {
  return Date.parse(date) < now.getTime();
}

function hubFiguresLine(figures: NonNullable<ModelDetails['hubFigures']>, now: Date): string {
  const counts = [
    figures.downloads !== undefined && `${formatTokens(figures.downloads)} downloads (30 days)`,
    figures.likes !== undefined && `${formatTokens(figures.likes)} likes`,
  ].filter(Boolean);
  return `Hugging Face ${figures.repoId}: ${counts.length ? counts.join(' · ') : 'no figures'} (fetched ${formatAge(figures.fetchedAt, now)})`;
}

function sourcesLine(sources: ModelDetails['sources'], now: Date): string {
  return SOURCE_ORDER
    .filter((key) => sources[key])
    .map((key) => `${sourceName(key)} (${attribution(key, { now, sources }).age ?? 'unknown age'})`)
    .join(', ');
}
