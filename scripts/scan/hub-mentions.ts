import { readLineage, resolveLineage, HUB_REPO_ID, type HubLineage, type HubRelation } from '../../lib/catalogue/hub-lineage';
import { hubRepoKeys, modelForRepo } from '../../lib/catalogue/hub-repos';
import type { CatalogueModel } from '../../lib/catalogue/catalogue';

export interface HubField {
  repo: string;
  relation: HubRelation;
  base: string | null;
  baseModel: string | null;
}

export interface RepoMention {
  start: number;
  end: number;
  repo: string;
  /** The catalogue model whose card the repo shows: itself, or the base it quantizes. */
  model: string | null;
  hub: HubField;
}

/** Hub `/api/models` items, read for their lineage; an item without a repo id is left out and counted. */
export function readHubItems(json: unknown): { lineages: Map<string, { repo: string; lineage: HubLineage }>; skipped: number } {
  if (!Array.isArray(json)) throw new Error('the hf source is not a JSON array of Hub /api/models items');
  const lineages = new Map<string, { repo: string; lineage: HubLineage }>();
  let skipped = 0;
  for (const item of json as unknown[]) {
    const id = item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
    if (typeof id !== 'string' || !HUB_REPO_ID.test(id)) {
      skipped += 1;
      continue;
    }
    const { tags, cardData } = item as { tags?: unknown; cardData?: unknown };
    lineages.set(id.toLowerCase(), { repo: id, lineage: readLineage({ id, tags, cardData }) });
  }
  return { lineages, skipped };
}

// A repo id standing alone: not part of a URL path or a longer id.
const REPO_IN_TEXT = /(?<![\w./-])[\w.-]+\/[\w.-]*\w(?![\w/-])/g;

/** Mentions of the given Hub repos in a text, each resolved through its lineage to the catalogue. */
export function findRepoMentions(
  text: string,
  lineages: ReadonlyMap<string, { repo: string; lineage: HubLineage }>,
  models: readonly Pick<CatalogueModel, 'id' | 'name' | 'names' | 'ids'>[],
): RepoMention[] {
  if (lineages.size === 0) return [];
  const keys = hubRepoKeys(models);
  const lookups = {
    lineageOf: (repo: string) => lineages.get(repo.toLowerCase())?.lineage,
    modelOf: (repo: string) => {
      const index = modelForRepo(keys, repo);
      return index === undefined ? undefined : models[index]!.id;
    },
  };
  const mentions: RepoMention[] = [];
  for (const match of text.matchAll(REPO_IN_TEXT)) {
    const known = lineages.get(match[0].toLowerCase());
    if (!known) continue;
    const resolved = resolveLineage(known.repo, lookups);
    mentions.push({
      start: match.index,
      end: match.index + match[0].length,
      repo: known.repo,
      model: resolved.model,
      hub: { repo: known.repo, relation: resolved.relation, base: resolved.base, baseModel: resolved.baseModel },
    });
  }
  return mentions;
}
