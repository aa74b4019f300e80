import type { Catalogue } from '../../catalogue/catalogue';
import { MAX_LINEAGE_HOPS, resolveLineage, type HubLineage } from '../../catalogue/hub-lineage';
import { modelForRepo, storedHubRepoKeys } from '../../catalogue/hub-repos';
import type { HubRecord } from '../../catalogue/sources/hugging-face';
import { lookUpHubRecord, type HubLookupOptions } from './hub-lookup';
import type { HubDetails, ModelDetails } from '../shared/messages';

const keysByCatalogue = new WeakMap<Catalogue, Map<string, number>>();

/**
 * What the card shows for a repo on huggingface.co: the Hub's record, and where its lineage
 * leads in the catalogue. A quantization of a catalogue model carries that model's card.
 */
export async function hubDetails(
  repoId: string,
  options: HubLookupOptions,
  catalogue: Catalogue | undefined,
  modelDetails: (id: string) => Promise<ModelDetails | null>,
): Promise<HubDetails> {
  const answer = await lookUpHubRecord(repoId, options);
  if (!answer.record) return { ok: false, repoId: answer.repoId, error: answer.error ?? 'no record' };
  const record = answer.record;
  const models = catalogue?.models ?? [];
  let keys = catalogue && keysByCatalogue.get(catalogue);
  if (catalogue && !keys) keysByCatalogue.set(catalogue, (keys = storedHubRepoKeys(models)));
  const modelOf = (repo: string) => {
    const index = keys && modelForRepo(keys, repo);
    return index === undefined || index === null ? undefined : models[index]!.id;
  };

  const lineages = await lineagesUpTheTree(record, modelOf, options);
  const resolved = resolveLineage(record.repoId, { lineageOf: (repo) => lineages.get(repo.toLowerCase()), modelOf });
  const baseModel = resolved.baseModel ? models.find((m) => m.id === resolved.baseModel) : undefined;
  const sameWeightsAs = resolved.relation === 'quantized' && resolved.model ? await modelDetails(resolved.model) : null;
  return {
    ok: true,
    repoId: record.repoId,
    stats: record.stats,
    pipelineTag: record.stats.pipelineTag,
    fetchedAt: record.fetchedAt,
    lineage: {
      relation: resolved.relation,
      base: resolved.base,
      ...(baseModel ? { baseModel: { id: baseModel.id, name: baseModel.name } } : {}),
      ...(resolved.note ? { note: resolved.note } : {}),
    },
    ...(sameWeightsAs ? { sameWeightsAs } : {}),
    ...(answer.error ? { staleBecause: answer.error } : {}),
  };
}

/** The lineage of the repo and of its bases, asked of the Hub hop by hop until the catalogue knows one. */
async function lineagesUpTheTree(
  record: HubRecord,
  modelOf: (repo: string) => string | undefined,
  options: HubLookupOptions,
): Promise<Map<string, HubLineage>> {
  const lineages = new Map([[record.repoId.toLowerCase(), record.lineage]]);
  let base = record.lineage.bases[0];
  for (let hop = 1; hop < MAX_LINEAGE_HOPS && base && !modelOf(base) && !lineages.has(base.toLowerCase()); hop += 1) {
    const next = (await lookUpHubRecord(base, options)).record;
    if (!next) break;
    lineages.set(base.toLowerCase(), next.lineage);
    base = next.lineage.bases[0];
  }
  return lineages;
}
