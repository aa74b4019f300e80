import { hubRepoLink } from '@/lib/catalogue/links';
import { formatTokens } from '@/lib/compare/format';
import type { HubDetails } from '@/lib/ext/messages';

/** A Hugging Face repo the catalogue does not hold: what the Hub itself says about it. */
export function HubCard({ details, onClose }: { details: HubDetails; onClose: () => void }) {
  const link = hubRepoLink(details.repoId);
  return (
    <section class="card" role="dialog" aria-labelledby="ml-title">
      <header class="head">
        <div>
          <h2 id="ml-title" class="title">{details.repoId}</h2>
          <p class="muted">Hugging Face repository · not in the model catalogue</p>
        </div>
        <button type="button" class="icon" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      {details.ok ? (
        <dl class="facts">
          <Fact label="Downloads (30 days)" value={details.stats.downloads === undefined ? '—' : formatTokens(details.stats.downloads)} />
          <Fact label="Likes" value={details.stats.likes === undefined ? '—' : formatTokens(details.stats.likes)} />
          <Fact label="License" value={details.stats.license ?? '—'} />
          <Fact label="Task" value={details.pipelineTag ?? '—'} />
          {details.stats.parameters !== undefined && <Fact label="Parameters" value={formatTokens(details.stats.parameters)} />}
          {details.stats.gated !== undefined && <Fact label="Access" value={details.stats.gated ? 'gated' : 'open'} />}
        </dl>
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

/** A family name ("Llama 4", "Gemini 2.5") names no single model. */
export function FamilyCard({ name, onClose }: { name: string; onClose: () => void }) {
  return (
    <section class="card" role="dialog" aria-labelledby="ml-title">
      <header class="head">
        <div>
          <h2 id="ml-title" class="title">{name}</h2>
          <p class="muted">A model family, not one model.</p>
        </div>
        <button type="button" class="icon" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      <p class="muted">Point at a full name (for example with the size or tier) to see one model's rank and price.</p>
    </section>
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
