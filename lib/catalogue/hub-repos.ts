import type { CatalogueModel } from './catalogue';
import { HUB_REPO_ID } from './hub-lineage';

export type HubRepoModel = Pick<CatalogueModel, 'name' | 'names' | 'ids'>;

// Providers put their own prefixes before a Hub repo id: "hf:meta-llama/…", "@cf/meta/…", "@hf/mistral/…".
const PROVIDER_PREFIX = /^(?:hf:|@cf\/|@hf\/)/i;
// A provider's serving variant of a repo ("…-Instruct-Turbo") or an OpenRouter variant ("…:free").
const SERVING_SUFFIX = /(?:-turbo|:[\w-]+)$/i;
// A repo's version suffix ("Mistral-7B-Instruct-v0.3"), which catalogue names often leave out.
const VERSION_SUFFIX = /-v\d+(?:\.\d+)*$/i;

/**
 * The Hub repo ids (lower-cased) that name each catalogue model, taken from the sources
 * themselves: the repo id a source states, provider ids that are repo ids, OpenRouter ids
 * (mostly lower-cased repo ids), and the model's names under the Hub orgs that publish its family.
 * The first model to claim an id keeps it.
 */
export function hubRepoKeys(models: readonly HubRepoModel[]): Map<string, number> {
  const keys = new Map<string, number>();
  const claim = (repo: string, index: number) => {
    const key = repo.toLowerCase();
    if (HUB_REPO_ID.test(key) && !keys.has(key)) keys.set(key, index);
  };
  const stated = models.map(statedRepoIds);
  stated.forEach((repos, index) => repos.forEach((repo) => claim(repo, index)));
  const orgsByFamily = familyOrgs(stated.flat());
  models.forEach((model, index) => {
    for (const name of repoShapedNames(model)) {
      for (const org of orgsByFamily.get(familyOf(name)) ?? []) claim(`${org}/${name}`, index);
    }
  });
  return keys;
}

/** The models with the Hub repo ids that name each of them (see `hubRepoKeys`). */
export function withHubRepos<M extends HubRepoModel>(models: readonly M[]): M[] {
  const reposByModel = new Map<number, string[]>();
  for (const [repo, index] of hubRepoKeys(models)) reposByModel.set(index, [...(reposByModel.get(index) ?? []), repo]);
  return models.map((model, index) => {
    const hubRepos = reposByModel.get(index);
    return hubRepos ? { ...model, ids: { ...model.ids, hubRepos: hubRepos.sort() } } : model;
  });
}

/**
 * The Hub repo ids a catalogue stores, as `hubRepoKeys` answers them. A catalogue stored by an
 * earlier version has none: they are derived then.
 */
export function storedHubRepoKeys(models: readonly HubRepoModel[]): Map<string, number> {
  if (!models.some((model) => model.ids.hubRepos)) return hubRepoKeys(models);
  const keys = new Map<string, number>();
  models.forEach((model, index) => model.ids.hubRepos?.forEach((repo) => keys.set(repo, index)));
  return keys;
}

/** The repo a model's own figures come from: the stated one, without a provider's serving suffix ("-Turbo"). */
export function officialRepoOf(model: Pick<CatalogueModel, 'ids'>): string | undefined {
  const stated = model.ids.huggingFace?.trim().replace(PROVIDER_PREFIX, '').replace(SERVING_SUFFIX, '');
  return stated && HUB_REPO_ID.test(stated) ? stated : undefined;
}

/** The catalogue model a repo id names, exactly or without its version suffix. */
export function modelForRepo(keys: ReadonlyMap<string, number>, repoId: string): number | undefined {
  const key = repoId.toLowerCase();
  return keys.get(key) ?? keys.get(key.replace(VERSION_SUFFIX, ''));
}

function statedRepoIds(model: HubRepoModel): string[] {
  const raw = [
    ...(model.ids.huggingFace ? [model.ids.huggingFace] : []),
    ...model.ids.modelsDev.map((id) => id.slice(id.indexOf('/') + 1)),
    ...model.ids.openrouter,
    ...model.names,
  ];
  const repos: string[] = [];
  for (const id of raw) {
    const repo = id.trim().replace(PROVIDER_PREFIX, '');
    for (const form of new Set([repo, repo.replace(SERVING_SUFFIX, '')])) if (HUB_REPO_ID.test(form)) repos.push(form);
  }
  return repos;
}

/**
 * Names a source writes the way repos are ("Llama-3.3-70B-Instruct", "FLUX.1-dev"). Display names
 * ("Llama 3.1 8B") are not made into repo names: they often leave out the "Instruct" that tells
 * the tuned model from its base.
 */
function repoShapedNames(model: HubRepoModel): string[] {
  return [...new Set([model.name, ...model.names].map((name) => name.trim()).filter((name) => /^[\w.-]{2,96}$/.test(name)))];
}

function familyOf(repoName: string): string {
  return repoName.toLowerCase().split(/[-_.\d]/, 1)[0] ?? '';
}

/**
 * The orgs that publish a family ("flux" → black-forest-labs), from the repo ids the sources
 * state. An org counts only for the family most of its repos belong to, so a re-publisher of
 * many families (quantizers) is not taken for their maker.
 */
function familyOrgs(repos: readonly string[]): Map<string, string[]> {
  const byOrg = new Map<string, Map<string, number>>();
  for (const repo of new Set(repos.map((r) => r.toLowerCase()))) {
    const [org, name] = repo.split('/') as [string, string];
    const families = byOrg.get(org) ?? new Map<string, number>();
    byOrg.set(org, families);
    const family = familyOf(name);
    if (family) families.set(family, (families.get(family) ?? 0) + 1);
  }
  const result = new Map<string, string[]>();
  for (const [org, families] of byOrg) {
    const total = [...families.values()].reduce((a, b) => a + b, 0);
    for (const [family, count] of families) {
      if (count * 2 > total) result.set(family, [...(result.get(family) ?? []), org]);
    }
  }
  return result;
}
