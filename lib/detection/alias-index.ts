import type { CatalogueModel } from '../catalogue/catalogue';
import { AMBIGUOUS_WORDS } from './ambiguous-words';
import { brandlessIdTails, mayBeSpaced } from './brandless-ids';
import { tokensOf } from './characters';
import { statesVersionCoarsely } from './coarse-versions';
import { isDatedBuildOfFamily } from './dated-releases';
import { lineGenerations } from './line-generations';
import { fineTuneLines } from './fine-tunes';
import { mediaShorthands } from './media-shorthands';
import { movedVersionForms } from './version-positions';
import { withoutVersionLetter } from './version-letters';
import { gluedVersionForms } from './glued-versions';
import { spelledPlusForms } from './spelled-plus';
import { undistilledForms } from './distill-names';
import { openRouterTwinsByName, openRouterTwinsOfModels } from './listed-twins';
import { isOrdinaryPhrase } from './ordinary-words';
import { namesAnotherBuild } from './other-builds';
import { previewsOfListedReleases, previewTieBreak } from './release-twins';
import { previewBuildSnapshots } from './preview-snapshots';
import { sameDate, splitDate } from './snapshots';
import { sizelessLineNames } from './sizeless-names';
import { sourceDateSnapshots } from './source-dates';
import { carriesDate, dateIn, undatedIds, undatedModelsOfSnapshots } from './undated-names';
import { providerDialectTwins } from './provider-twins';
import { productLines, versionFirstForms } from './version-first-tiers';
import { knownNamespaces } from './user-namespaces';

export type IndexableModel = Pick<
  CatalogueModel,
  'id' | 'name' | 'names' | 'author' | 'authorName' | 'ids' | 'rank' | 'type' | 'providers'
>;

/** How an alias must be matched. */
export const EXACT_TEXT = 1;
/** Shorthand derived by a rule ("Sonnet 4.5", word order, no "Instruct"): loses to a stated name. */
export const DERIVED = 2;
/** A tier written without its brand ("Sonnet 4.5"): the tier word must not be used in its ordinary sense nearby. */
export const BRANDLESS = 4;
/** A family word that is also an everyday word ("Granite", "Falcon"): a family mention only with a version. */
export const ORDINARY_WORD = 8;
/**
 * An instruct model's name without "Instruct" ("Llama 3.1 8B", "llama-3.1-8b"): written as an id
 * ("Llama-3.1-8B", "Qwen2.5-14B") it is the pretrained checkpoint's repo, which the catalogue does not list.
 */
export const BASE_NAME = 16;
/** An id tail matched as written or with spaces for its hyphens ("4o mini" for "4o-mini"). */
export const SPACED_TAIL = 32;

export interface AliasEntry {
  /** The form as sources write it ("GPT-4o mini", "claude-3-5-sonnet-20241022"). */
  form: string;
  /** Model index, or -1 - family index for a family mention. */
  target: number;
  flags: number;
}

/**
 * Everything the page scanner needs and nothing more: model ids and names, the alias
 * forms that name them, model families, and exact OpenRouter / Hugging Face ids for links.
 */
export interface DetectionIndex {
  version: 1;
  models: { id: string; name: string }[];
  families: string[];
  aliases: AliasEntry[];
  /** OpenRouter ids and lower-cased Hugging Face repo ids, to the model index. */
  exactIds: [string, number][];
  /** Dated snapshots the catalogue lists as models of their own: [undated model, date (YYYYMMDD, MMDD or YYYYMM), snapshot model]. */
  snapshots?: [number, string, number][];
  /** Words of fine-tune lines written before a base model's name ("dolphin"). */
  fineTuneLines?: string[];
  /** First words of makers' and providers' namespaces: a sized runtime tag under any other is someone's upload. */
  namespaces?: string[];
}

const SHORT_ALIAS_CHARS = 3;
const NO_MAKERS: ReadonlySet<string> = new Set();
/** Written as an id: no spaces, words joined by - _ . or / ("auto-router", "openrouter/auto"). */
const ID_LIKE = /^[^\s]+[-_./][^\s]+$/;
const MIN_FAMILY_MODELS = 3;

/** Builds the alias index from the catalogue: no hand-kept list of names. */
export function buildDetectionIndex(models: readonly IndexableModel[]): DetectionIndex {
  const families = familyBrands(models);
  const familyIndex = new Map(families.map((f, i) => [f.toLowerCase(), i]));
  const makers = new Set(models.flatMap((m) => [m.author, m.authorName ?? ''].flatMap((a) => tokensOf(a))));
  const secondWordBrands = secondWordOwners(models);
  const lines = productLines(models.filter(isWidelyKnown).map((model) => model.names.map(stripTags)));

  // One entry per token sequence: the surest kind of form wins, then the better-ranked model.
  const byTokens = new Map<string, AliasEntry & { rank: number; strength: number }>();
  const offer = (form: string, target: number, flags: number, strength: number, rank: number) => {
    const tokens = tokensOf(form);
    const key = tokens.join(' ');
    // A family can share its maker's name (Qwen, DeepSeek); a model alias cannot be just a maker.
    if (target >= 0 ? !isUsefulAlias(tokens, makers) : tokens.length === 0) return;
    // Everyday words ("uncensored", "auto router") name a model only with its maker or written as its id ("auto-router").
    if (target >= 0 && isOrdinaryPhrase(tokens, makers) && !isTieredLine(tokens)) {
      if (!ID_LIKE.test(form)) return;
      flags |= EXACT_TEXT;
    }
    const existing = byTokens.get(key);
    if (existing && (existing.strength > strength || (existing.strength === strength && existing.rank <= rank))) return;
    const short = alnumLength(tokens) <= SHORT_ALIAS_CHARS ? EXACT_TEXT : 0;
    byTokens.set(key, { form, target, flags: flags | short, rank, strength });
  };

  const media = mediaFamilies(models, families);
  const series = listedSeries(models);
  const snapshots = snapshotTable(models);
  const undatedModels = undatedModelsOfSnapshots(snapshots);
  const previews = previewsOfListedReleases(models, isWidelyKnown);
  const sizelessLines = sizelessLineNames(models.filter(isWidelyKnown).map((model) => stripTags(model.name)));
  const isLineGeneration = lineGenerations(models.filter(isWidelyKnown));
  const listed = new Set<number>();
  models.forEach((model, index) => {
    const known =
      isWidelyKnown(model) ||
      (media.has(brandOf(model) ?? '') && /\d/.test(model.name)) ||
      isSizeOfListedSeries(model, series) ||
      isServingVariant(model, series.slugs) ||
      isDatedBuildOfFamily(model, familyIndex) ||
      isLineGeneration(model);
    if (!known) return;
    listed.add(index);
    // Lower wins. Positions are counted within a kind ("#3 of 70 image models"), so they do not
    // compare a text model with its speech sibling; the score does.
    const rank = -model.rank.score;
    const ownDate = splitDate(model.id)?.date;
    // A snapshot's names without a date belong to its undated model, where one is listed; its ids stay its own.
    const undated = undatedModels.get(index);
    const nameOwner = (form: string, strength: number) =>
      undated !== undefined && strength <= FORM_STRENGTH.primaryName && !carriesDate(form) ? undated : index;
    for (const { form, strength: stated } of statedForms(model)) {
      if (namesAnotherBuild(form, model)) continue;
      if (stated === FORM_STRENGTH.resellerId && statesVersionCoarsely(form, model)) continue;
      const dateBonus = datedFormBonus(form, ownDate);
      // A reseller's name for another date ("gemini-2.5-pro-preview-03-25" under the 05-06 entry) is never this snapshot's.
      if (dateBonus < 0) continue;
      const strength = stated + dateBonus - previewTieBreak(form, previews.has(index));
      const tokens = tokensOf(form);
      if (tokens.length === 1) {
        // One word is a model only if it is not an ordinary word, not a family name, and
        // written as a name ("Codestral"), not as a lower-case word ("uncensored").
        if (AMBIGUOUS_WORDS.has(tokens[0]!) || familyIndex.has(tokens[0]!) || !/[A-Z0-9]/.test(form)) continue;
        // Ordinary words are left to `offer`, which keeps only their id forms.
        offer(form, index, EXACT_TEXT, strength, rank);
        continue;
      }
      // "R1", "K2", "M2": a capital letter and a number is a motorbike, a mountain, a road as often as a model.
      if (/^[A-Z]\d{1,2}$/.test(form)) continue;
      offer(form, nameOwner(form, stated), 0, strength, rank);
    }
    for (const form of versionFirstForms(model.names.map(stripTags), lines)) offer(form, nameOwner(form, FORM_STRENGTH.derived), DERIVED, FORM_STRENGTH.derived, rank);
    for (const { form, brandless } of derivedForms(model, secondWordBrands)) {
      offer(form, nameOwner(form, FORM_STRENGTH.derived), DERIVED | (brandless ? BRANDLESS : 0), FORM_STRENGTH.derived - previewTieBreak(form, previews.has(index)), rank);
    }
    const line = sizelessLines.get(stripTags(model.name));
    if (line !== undefined) offer(line, index, DERIVED, FORM_STRENGTH.derived, rank);
  });

  for (const [form, index] of brandlessIdTails(models, (word) => familyIndex.has(word), (index) => listed.has(index))) {
    offer(form, index, EXACT_TEXT | DERIVED | (mayBeSpaced(form) ? SPACED_TAIL : 0), FORM_STRENGTH.derived, -models[index]!.rank.score);
  }

  families.forEach((family, i) => {
    const ordinary = AMBIGUOUS_WORDS.has(family.toLowerCase()) || isOrdinaryPhrase(tokensOf(family), NO_MAKERS);
    offer(family, -1 - i, ordinary ? ORDINARY_WORD : 0, FORM_STRENGTH.family, Number.MAX_SAFE_INTEGER);
  });

  // A reseller's entry for a model OpenRouter lists under a longer or a shorter name gives its names to that model.
  const twins = openRouterTwinsByName(models);
  const twinsOfModels = openRouterTwinsOfModels(models);
  const dialectTwins = providerDialectTwins(models);
  for (const [key, entry] of byTokens) {
    if (entry.target < 0 || models[entry.target]!.ids.openrouter.length > 0) continue;
    const twin = twins.get(key) ?? twinsOfModels.get(entry.target) ?? dialectTwins.get(entry.target);
    if (twin !== undefined) entry.target = twin;
  }
  const spacedVersions = [...byTokens].map(([key, entry]): [string, number, boolean] => [key, entry.target, (entry.flags & EXACT_TEXT) !== 0]);
  for (const { form, spaced, target } of gluedVersionForms(spacedVersions, (target) => models[target]!.id)) {
    offer(form, target, DERIVED, FORM_STRENGTH.derived, byTokens.get(spaced)!.rank);
  }
  for (const { form, target, written } of spelledPlusForms([...byTokens].map(([key, entry]) => [key, entry.target]))) {
    offer(form, target, DERIVED, FORM_STRENGTH.derived, byTokens.get(written)!.rank);
  }
  for (const { form, target, written } of undistilledForms([...byTokens].map(([key, entry]) => [key, entry.target]))) {
    offer(form, target, DERIVED, FORM_STRENGTH.derived, byTokens.get(written)!.rank);
  }

  for (const [key, entry] of byTokens) {
    if (entry.target >= 0 && namesBaseCheckpoint(key.split(' '), models[entry.target]!)) entry.flags |= BASE_NAME;
  }

  const listedSnapshots = [...snapshots, ...previewBuildSnapshots(models, isWidelyKnown)];
  const exactIds = new Map<string, number>();
  models.forEach((model, index) => {
    for (const id of model.ids.openrouter) if (!exactIds.has(id)) exactIds.set(id, index);
    if (model.ids.huggingFace) exactIds.set(model.ids.huggingFace.toLowerCase(), index);
  });

  return {
    version: 1,
    models: models.map((m) => ({ id: m.id, name: m.name })),
    families,
    aliases: [...byTokens.values()].map(({ form, target, flags }) => ({ form, target, flags })),
    exactIds: [...exactIds],
    snapshots: [...listedSnapshots, ...sourceDateSnapshots(models, (tokens) => byTokens.get(tokens.join(' '))?.target, (index) => listed.has(index), listedSnapshots)],
    fineTuneLines: fineTuneLines(models, families, makers),
    namespaces: knownNamespaces(models),
  };
}

/**
 * Whether a form names an instruct model by its size alone ("llama 3 1 8 b" for
 * Llama-3.1-8B-Instruct, "gemma 3 12 b" for gemma-3-12b-it): the name its pretrained sibling has.
 */
function namesBaseCheckpoint(tokens: readonly string[], model: IndexableModel): boolean {
  // Cheap tests first: most forms do not end in a size.
  if (tokens.length < 3 || tokens[tokens.length - 1] !== 'b' || !/^\d+$/.test(tokens[tokens.length - 2]!)) return false;
  if (!INSTRUCT_ID.test(model.id)) return false;
  return !tokens.some((t) => t === 'instruct' || t === 'it' || t === 'chat');
}
// An id ending in its instruct build: "…-8b-instruct", "…-12b-it".
const INSTRUCT_ID = /[-_.](?:instruct|it)$/i;

/**
 * A form that carries a date belongs to the snapshot of that date above every other claim
 * ("Kimi K2 0711" is not the 0905 snapshot, whatever names a reseller gives it), and a
 * snapshot of another date never claims it.
 */
function datedFormBonus(form: string, ownDate: string | undefined): number {
  const formDate = dateIn(form);
  if (!formDate || !ownDate) return 0;
  return sameDate(formDate, ownDate) ? DATED_FORM_BONUS : -DATED_FORM_BONUS;
}
const DATED_FORM_BONUS = 10;

/** Each dated snapshot with the undated model its id extends: "openai/gpt-4o-2024-11-20" → "openai/gpt-4o". */
function snapshotTable(models: readonly IndexableModel[]): [number, string, number][] {
  const byId = new Map<string, number>();
  models.forEach((model, index) => {
    for (const id of model.ids.openrouter) if (!byId.has(id)) byId.set(id, index);
  });
  models.forEach((model, index) => byId.set(model.id, index));
  const table: [number, string, number][] = [];
  models.forEach((model, index) => {
    const dated = splitDate(model.id);
    if (!dated || !isWidelyKnown(model)) return;
    const base = undatedIds(dated.base).map((id) => byId.get(id)).find((found) => found !== undefined);
    if (base !== undefined && base !== index) table.push([base, dated.date, index]);
  });
  // Two entries of one date (OpenRouter's and Azure's): the date opens OpenRouter's.
  return table.sort((a, b) => Number(models[b[2]]!.ids.openrouter.length > 0) - Number(models[a[2]]!.ids.openrouter.length > 0));
}

/**
 * Text detection names only models someone else vouches for: listed on OpenRouter, served by
 * two or more providers, or published on Hugging Face. One reseller's private entries
 * (routers, bots, "custom", "frontier") stay searchable in the popup but are not hunted in text.
 * Image, video, audio and embedding models are the exception: resellers pass them on under
 * their makers' names, so a versioned one ("Seedance v1.0 Pro", "Veo-2") counts from one provider.
 */
export function isWidelyKnown(model: Pick<IndexableModel, 'ids' | 'providers' | 'type' | 'name'>): boolean {
  if (model.ids.openrouter.length > 0 || model.providers.length >= 2 || model.ids.huggingFace !== undefined) return true;
  // A reseller may file an embedding model as text ("Nomic Embed Text v1.5"): its name says what it is.
  return (MEDIA_TYPES.has(model.type) || EMBEDDING_NAME.test(model.name)) && /\d/.test(model.name);
}
const EMBEDDING_NAME = /\b(?:embed(?:ding)?s?|rerank(?:er)?)\b/i;

/**
 * Families whose widely known models are all image, video, audio or embedding models ("voyage"):
 * a versioned member one reseller files as text ("voyage-3-large") is one of them, and counts as
 * a media model does.
 */
function mediaFamilies(models: readonly IndexableModel[], families: readonly string[]): Set<string> {
  const kinds = new Map<string, boolean>(families.map((family) => [family.toLowerCase(), true]));
  for (const model of models) {
    const brand = brandOf(model);
    if (brand !== undefined && kinds.get(brand) && isWidelyKnown(model) && !MEDIA_TYPES.has(model.type)) kinds.set(brand, false);
  }
  return new Set([...kinds].filter(([, media]) => media).map(([brand]) => brand));
}

/**
 * The names widely known models have without their size: "deepseek r1 distill qwen" from
 * "DeepSeek R1 Distill Qwen 14B". Another size of such a series one reseller lists ("DeepSeek R1
 * Distill Qwen 1.5B") is a model people name as surely as its siblings.
 */
function listedSeries(models: readonly IndexableModel[]): { names: Set<string>; slugs: string[] } {
  const names = new Set<string>();
  const slugs: string[] = [];
  for (const model of models) {
    if (!isWidelyKnown(model)) continue;
    slugs.push(slugOf(model.id));
    for (const name of model.names) {
      const sizeless = withoutSize(name);
      if (sizeless !== null) names.add(sizeless);
    }
  }
  return { names, slugs };
}

/** Whether a model is another size of a listed series, and not a shortened listing of a known model ("qwen3-coder-30b" of "qwen3-coder-30b-a3b-instruct"). */
function isSizeOfListedSeries(model: IndexableModel, series: { names: ReadonlySet<string>; slugs: readonly string[] }): boolean {
  const sizeless = withoutSize(model.name);
  if (sizeless === null || !series.names.has(sizeless)) return false;
  const slug = slugOf(model.id);
  return !series.slugs.some((known) => known.startsWith(`${slug}-`));
}

/** "llama-3.1-8b-instruct-turbo": a host's faster build of a known model, listed as a model of its own. */
function isServingVariant(model: IndexableModel, knownSlugs: readonly string[]): boolean {
  const slug = slugOf(model.id);
  return slug.endsWith('-turbo') && knownSlugs.includes(slug.slice(0, -'-turbo'.length));
}

function slugOf(id: string): string {
  return id.slice(id.lastIndexOf('/') + 1).toLowerCase();
}

/** The name's tokens without a trailing size ("14B", "1.5B"), or null when it ends in none. */
function withoutSize(name: string): string | null {
  const match = /^(.+?)[\s-]+\d+(?:\.\d+)?B$/i.exec(stripTags(name));
  return match ? tokensOf(match[1]!).join(' ') : null;
}

/** The first token of a model's id slug ("voyage" of "voyage/voyage-3-large"). */
function brandOf(model: IndexableModel): string | undefined {
  return tokensOf(model.id.slice(model.id.lastIndexOf('/') + 1))[0];
}
const MEDIA_TYPES: ReadonlySet<string> = new Set(['image', 'video', 'audio', 'speech', 'transcription', 'embedding', 'rerank']);

/**
 * How sure a form is to mean its model when two models claim the same words: an OpenRouter or
 * Hugging Face id names exactly one model; a reseller's id less surely; a model's own display
 * name beats a name some reseller also gives it.
 */
// A Hub repo id is a model's own name, but an OpenRouter id defines a model: where a sibling (an
// "-stt" build, a re-listing) states the same repo, the model whose OpenRouter id it is wins.
const FORM_STRENGTH = { canonicalId: 5, hubId: 4.5, resellerId: 4, primaryName: 3, otherName: 2, makerAndName: 1, derived: 0, family: -1 } as const;

/** Names and ids as the sources state them. */
function statedForms(model: IndexableModel): { form: string; strength: number }[] {
  const forms = new Map<string, number>();
  const add = (form: string, strength: number) => {
    if (form.length <= 120 && (forms.get(form) ?? -Infinity) < strength) forms.set(form, strength);
  };
  const primary = stripTags(model.name);
  for (const name of model.names) {
    const plain = stripTags(name);
    add(plain, plain === primary ? FORM_STRENGTH.primaryName : FORM_STRENGTH.otherName);
    if (model.authorName) add(`${model.authorName} ${plain}`, FORM_STRENGTH.makerAndName);
  }
  // A moving pointer ("~anthropic/claude-haiku-latest", shown as "Anthropic Claude Haiku Latest")
  // names the model OpenRouter resolves it to today, which is the model the catalogue files it under.
  for (const id of model.ids.openrouter.map((id) => id.replace(/^~/, ''))) {
    add(id, FORM_STRENGTH.canonicalId);
    add(id.slice(id.indexOf('/') + 1), FORM_STRENGTH.canonicalId);
  }
  for (const id of model.ids.modelsDev) {
    const providerLess = id.slice(id.indexOf('/') + 1);
    add(providerLess, FORM_STRENGTH.resellerId);
    if (providerLess.includes('/')) add(providerLess.slice(providerLess.lastIndexOf('/') + 1), FORM_STRENGTH.resellerId);
  }
  if (model.ids.huggingFace) {
    add(model.ids.huggingFace, FORM_STRENGTH.hubId);
    add(model.ids.huggingFace.slice(model.ids.huggingFace.indexOf('/') + 1), FORM_STRENGTH.hubId);
  }
  return [...forms].map(([form, strength]) => ({ form, strength }));
}

/**
 * Shorthands people write: the other word order ("Claude 3.5 Sonnet" / "Claude Sonnet 3.5"),
 * the tier without the brand ("Sonnet 4.5") when only one brand uses that tier word, and the
 * name without a trailing "Instruct" ("Llama 3.1 405B").
 */
function derivedForms(model: IndexableModel, secondWordBrands: ReadonlyMap<string, Set<string>>): { form: string; brandless?: boolean }[] {
  const forms: { form: string; brandless?: boolean }[] = [];
  const stated = stripTags(model.name);
  // "Gemini 3 Pro Image Preview" is written without "Preview"; a released model of that name outranks this.
  const bases = /\spreview$/i.test(stated) ? [stated, stated.replace(/\spreview$/i, '')] : [stated];
  // "Grok Code Fast 1" is called "Grok Code Fast".
  if (/^\S+(\s\S+){2,}\s1$/.test(stated)) bases.push(stated.replace(/\s1$/, ''));
  for (const name of bases) {
    if (name !== stated) forms.push({ form: name });
    forms.push(...reordered(name, secondWordBrands));
    forms.push(...movedVersionForms(name).map((form) => ({ form })));
    if (/\s(?:instruct|it)$/i.test(name)) forms.push({ form: name.replace(/\s(?:instruct|it)$/i, '') });
    // "Phi-3-mini-instruct" is called "Phi-3-mini".
    else if (/\S-instruct$/i.test(name)) forms.push({ form: name.replace(/-instruct$/i, '') });
    // "Seedance v1.0 Pro" is also written "Seedance 1.0 Pro".
    if (/\sv\d/.test(name)) forms.push({ form: name.replace(/\sv(\d)/, ' $1') });
    const unlettered = withoutVersionLetter(name, model.id);
    if (unlettered) forms.push({ form: unlettered });
    // "Gemini 3 Pro" is also written "Gemini 3.0 Pro".
    const wholeVersion = /^(\D+\s)(\d+)(\s\D.*)?$/.exec(name);
    if (wholeVersion) forms.push({ form: `${wholeVersion[1]}${wholeVersion[2]}.0${wholeVersion[3] ?? ''}` });
  }
  if (MEDIA_TYPES.has(model.type) || EMBEDDING_NAME.test(stated)) forms.push(...mediaShorthands(stated).map((form) => ({ form })));
  // A speech or image model's task word may lead: "GPT-4o Transcribe" is also "Transcribe 4o".
  const [, number, letter, task, ...more] = tokensOf(stated);
  if (MEDIA_TYPES.has(model.type) && more.length === 0 && /^\d+$/.test(number ?? '') && /^[a-z]$/.test(letter ?? '') && task && task.length >= 3) {
    forms.push({ form: `${task} ${number}${letter}` });
  }
  return forms;
}

/**
 * The other word order ("Claude 3.5 Sonnet" / "Claude Sonnet 3.5"), and the tier without the
 * brand ("Sonnet 4.5") when only one brand uses that tier word.
 */
function reordered(name: string, secondWordBrands: ReadonlyMap<string, Set<string>>): { form: string; brandless?: boolean }[] {
  const tokens = tokensOf(name);
  const isNumber = (t: string) => /^\d+$/.test(t);
  const isWord = (t: string) => t.length >= 3 && !isNumber(t);
  if (tokens.length < 3 || isNumber(tokens[0]!)) return [];
  const [brand, ...rest] = tokens;
  const forms: { form: string; brandless?: boolean }[] = [];
  const tier = rest[0]!;
  const tail = rest.slice(1);
  // [brand, tier, version or size]: "Claude Sonnet 4.5" → "Sonnet 4.5", "gpt-oss-20b" → "OSS 20B".
  if (isWord(tier) && tail.every((t) => isNumber(t) || t === 'b')) {
    const version = tail.every(isNumber) ? tail.join('.') : tail.join('').toUpperCase();
    if (tail.every(isNumber)) forms.push({ form: [brand, version, tier].join(' ') });
    if (tier.length >= 3 && secondWordBrands.get(tier)?.size === 1 && !GENERIC_TIERS.has(tier)) {
      forms.push({ form: `${tier} ${version}`, brandless: true });
    }
    return forms;
  }
  // [brand, 4, o]: "GPT-4o" is called "4o" — a version with a letter is distinctive on its own.
  if (rest.length === 2 && isNumber(rest[0]!) && /^[a-z]$/.test(rest[1]!) && !'bkmx'.includes(rest[1]!)) {
    forms.push({ form: `${rest[0]}${rest[1]}` });
  }
  if (rest.length >= 2 && isWord(rest[rest.length - 1]!) && rest.slice(0, -1).every(isNumber)) {
    forms.push({ form: [brand, rest[rest.length - 1], rest.slice(0, -1).join('.')].join(' ') });
  }
  return forms;
}

/** "Sonar Pro", "Nova Lite": a word with a tier after it is a product line, however ordinary the word. */
function isTieredLine(tokens: readonly string[]): boolean {
  return tokens.length >= 2 && GENERIC_TIERS.has(tokens[tokens.length - 1]!) && !GENERIC_TIERS.has(tokens[0]!);
}

// Tier words too generic to stand for one brand's model on their own.
const GENERIC_TIERS = new Set(['pro', 'max', 'mini', 'lite', 'plus', 'turbo', 'large', 'medium', 'small', 'fast', 'flash', 'nano', 'ultra']);

/** Which brands (first words) each second word follows: "sonnet" → {claude}. */
function secondWordOwners(models: readonly IndexableModel[]): Map<string, Set<string>> {
  const owners = new Map<string, Set<string>>();
  for (const model of models) {
    for (const name of model.names) {
      const tokens = tokensOf(stripTags(name));
      if (tokens.length < 2) continue;
      const set = owners.get(tokens[1]!) ?? new Set<string>();
      set.add(tokens[0]!);
      owners.set(tokens[1]!, set);
    }
  }
  return owners;
}

/**
 * Family brands: a word that starts the display names and the id slugs of several models
 * ("Claude", "Qwen", "GPT"). Makers' names ("OpenAI GPT-4o") do not start display names.
 */
function familyBrands(models: readonly IndexableModel[]): string[] {
  const counts = new Map<string, { written: string; models: number }>();
  for (const model of models) {
    if (!isWidelyKnown(model)) continue;
    // The brand as written: the leading letters of the display name ("Qwen" of "Qwen2.5 72B").
    const written = /^\p{L}+/u.exec(stripTags(model.name))?.[0];
    const token = written && tokensOf(written)[0];
    if (!token || token.length < 3) continue;
    const inSlug = [...model.ids.openrouter, ...model.ids.modelsDev].some(
      (id) => tokensOf(id.slice(id.lastIndexOf('/') + 1))[0] === token,
    );
    if (!inSlug) continue;
    const entry = counts.get(token) ?? { written, models: 0 };
    entry.models += 1;
    // Brands are written capitalised ("Claude", "GPT"); an id-like lower-case name is not the brand's spelling.
    if (entry.written === entry.written.toLowerCase()) entry.written = written;
    counts.set(token, entry);
  }
  return [...counts.values()]
    .filter((entry) => entry.models >= MIN_FAMILY_MODELS)
    .map((entry) => entry.written)
    .sort();
}

function isUsefulAlias(tokens: readonly string[], makers: ReadonlySet<string>): boolean {
  if (tokens.length === 0) return false;
  if (alnumLength(tokens) < 2) return false;
  // A maker's name alone ("OpenAI", "Meta") names no model.
  if (tokens.length === 1 && makers.has(tokens[0]!)) return false;
  return true;
}

function alnumLength(tokens: readonly string[]): number {
  return tokens.reduce((sum, t) => sum + t.length, 0);
}

/** "Claude Sonnet 4.5 (latest)", "Stealth: Claude Opus 4.6 (20% off)" → the name itself. */
function stripTags(name: string): string {
  return name.replace(/\s*\([^)]*\)/g, '').replace(/^[^:]{1,40}:\s+/, '').trim();
}
