/**
 * How makers and reviewers shorten the names of image, video, speech and embedding models:
 * - the brand without its company word: ElevenLabs calls "ElevenLabs v3" "Eleven v3";
 * - a two-word brand by its initials before a version and tier: "Stable Diffusion 3.5 Large" is "SD 3.5 Large";
 * - an embedding model without the modality word: Amazon's "Titan Text Embeddings V2" is "Titan Embeddings V2";
 * - the version last, as the maker writes it: Cohere's "Embed v3 English" is "embed-english-v3.0",
 *   ElevenLabs' "ElevenLabs-v2.5-Turbo" is "Eleven Turbo v2.5".
 * Each keeps a version number, so a short brand alone ("Eleven", "SD") never names a model.
 */
export function mediaShorthands(name: string): string[] {
  const forms: string[] = [];
  const company = COMPANY_BRAND.exec(name);
  const shortBrand = company ? `${company[1]}${company[2]}` : null;
  if (shortBrand) forms.push(shortBrand);
  const initials = TWO_WORD_BRAND.exec(name);
  if (initials) forms.push(`${initials[1]}${initials[2]} ${initials[3]}`);
  if (MODALITY_WORD.test(name)) forms.push(name.replace(MODALITY_WORD, ''));
  for (const written of shortBrand ? [name, shortBrand] : [name]) forms.push(...versionLast(written));
  return forms;
}

/** "Embed v3 English" → "Embed English v3", "Embed English v3.0"; "Eleven-v2.5-Turbo" → "Eleven Turbo v2.5". */
function versionLast(name: string): string[] {
  const versionFirst = VERSION_BEFORE_WORDS.exec(name);
  if (!versionFirst) return [];
  const [, brand, version, words] = versionFirst;
  const forms = [`${brand} ${words} v${version}`];
  if (!version!.includes('.')) forms.push(`${brand} ${words} v${version}.0`);
  return forms;
}

// "ElevenLabs-v3": a CamelCase brand ending in a company word, then a version.
const COMPANY_BRAND = /^([A-Z][a-z]{3,})(?:Labs|AI)([-\s]v?\d.*)$/;
// "Stable Diffusion 3.5 Large": two capitalised words, a version, a size tier. Other tiers make
// initials nobody writes ("Cohere Rerank 4 Pro", "Gemini Embedding 2 Preview").
const TWO_WORD_BRAND = /^([A-Z])[a-z]{4,}\s([A-Z])[a-z]{4,}\s(\d+(?:\.\d+)?\s(?:Large|Medium|Small|Turbo))$/;
// "Titan Text Embeddings V2", "Nomic Embed Text v1.5": the modality word beside the task word.
const MODALITY_WORD = /(?<=\s(?:embed|embeddings)|^\S+)\sText(?=\s(?:embed|embeddings)\b|\sv?\d)/i;
// "Embed v3 English", "ElevenLabs-v2.5-Turbo": a word, a "v" version, then words.
const VERSION_BEFORE_WORDS = /^([^\s-]+)[-\s]v(\d+(?:\.\d+)?)[-\s]([A-Za-z]+(?:\s[A-Za-z]+)?)$/;
