import { hubRepoLink } from '@/lib/catalogue/links';
import { lineageLine } from '@/lib/catalogue/hub-labels';
import { formatDate } from '@/lib/compare/dates';
import { formatAge, formatTokens } from '@/lib/compare/format';
import type { HubDetails } from '@/lib/ext/shared/messages';

type Found = Extract<HubDetails, { ok: true }>;

/** Any Hugging Face repo: what the Hub says about it, and what its lineage leads to. */
export function HubCard({ details, now, onClose }: { details: HubDetails; now: Date; onClose: () => void }) {
  const link = hubRepoLink(details.repoId);
  return (
    <section class="card" role="dialog" aria-labelledby="ml-title">
      <header class="head">
        <div>
          <h2 id="ml-title" class="title">{details.repoId}</h2>
          {details.ok ? <Lineage details={details} /> : <p class="muted">Hugging Face repository</p>}
        </div>
        <button type="button" class="icon" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      {details.ok ? (
        <>
          {details.lineage?.note && (
            <p class="warning" role="note">
              Lineage: {details.lineage.note}
            </p>
          )}
          <HubFacts details={details} />
          <p class="muted source">
            From Hugging Face, fetched {formatAge(details.fetchedAt, now)}
            {details.staleBecause ? ` (last known record: ${details.staleBecause})` : ''}
          </p>
        </>
      ) : (
        <p class="muted" role="status">
          Could not look it up: {details.error}
        </p>
      )}
      {link && (
        <footer class="actions">
          <span class="links">
            <a href={link.url} target="_blank" rel="noopener noreferrer">
              {link.label}
            </a>
          </span>
        </footer>
      )}
    </section>
  );
}

function Lineage({ details }: { details: Found }) {
  const lineage = details.lineage;
  if (!lineage || lineage.relation === 'self') return <p class="muted">{lineageLine('self', null)}</p>;
  const baseName = lineage.baseModel?.name ?? lineage.base;
  const baseLink = lineage.base ? hubRepoLink(lineage.base) : undefined;
  return (
    <p class="muted" data-lineage={lineage.relation}>
      {lineageLine(lineage.relation, baseName)}
      {baseLink && lineage.baseModel && (
        <>
          {' '}
          (
          <a href={baseLink.url} target="_blank" rel="noopener noreferrer">
            {lineage.base}
          </a>
          )
        </>
      )}
    </p>
  );
}

/** The Hub's own figures for a repo. A derived model's base figures (price, rank) are never shown as its own. */
export function HubFacts({ details }: { details: Found }) {
  const { stats } = details;
  return (
    <dl class="facts">
      <Fact label="Task" value={details.pipelineTag ?? '—'} />
      <Fact label="Parameters" value={stats.parameters === undefined ? '—' : formatTokens(stats.parameters)} />
      <Fact label="License" value={stats.license ?? '—'} />
      <Fact label="Access" value={stats.gated === undefined ? '—' : stats.gated ? 'gated' : 'open'} />
      <Fact label="Downloads (30 days)" value={stats.downloads === undefined ? '—' : formatTokens(stats.downloads)} />
      <Fact label="Likes" value={stats.likes === undefined ? '—' : formatTokens(stats.likes)} />
      <Fact label="Last update" value={stats.lastModified ? formatDate(stats.lastModified) : stats.createdAt ? `created ${formatDate(stats.createdAt)}` : '—'} />
      <Fact label="Run it on" value={stats.inferenceProviders?.join(', ') ?? (stats.libraryName ? `locally (${stats.libraryName})` : '—')} />
    </dl>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div class="fact">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
