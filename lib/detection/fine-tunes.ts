/**
 * Fine-tune lines written in front of the base model's name: "Dolphin 2.6 Mixtral 8x7b",
 * "Grayline Qwen3 8B". Taken from catalogue ids of the form `<word>-<version>-<family>…`
 * ("dolphin-2.9.2-qwen2-72b", "dolphin-mistral-24b-venice-edition"), where the word is no
 * maker's, provider's or family's name. A base name right after such a word is the fine-tune's,
 * which the catalogue may not list, and never the base model.
 */
export function fineTuneLines(
  models: readonly { id: string; ids: { openrouter: string[]; modelsDev: string[] } }[],
  families: readonly string[],
  makers: ReadonlySet<string>,
): string[] {
  const familyWords = new Set(families.map((family) => family.toLowerCase()));
  const candidates = new Set<string>();
  const consider = (id: string) => {
    const match = LINE_THEN_FAMILY.exec(id.slice(id.lastIndexOf('/') + 1));
    if (match && familyWords.has(match[2]!.toLowerCase().replace(/\d+$/, '')) && !familyWords.has(match[1]!.toLowerCase())) candidates.add(match[1]!.toLowerCase());
  };
  for (const model of models) {
    consider(model.id);
    model.ids.openrouter.forEach(consider);
    model.ids.modelsDev.forEach(consider);
  }
  if (candidates.size === 0) return [];
  const providers = new Set(models.flatMap((m) => m.ids.modelsDev.map((id) => id.slice(0, id.indexOf('/')).toLowerCase())));
  // "databricks-claude-…" is a provider's listing; "moonshot-kimi-k2" is the maker's own name for its model.
  return [...candidates].filter((word) => !providers.has(word) && ![...makers].some((maker) => maker.startsWith(word) || word.startsWith(maker))).sort();
}
// "dolphin-2.9.2-qwen2-72b": a word, an optional version, then a word that may be a family's.
const LINE_THEN_FAMILY = /^([a-z]{4,})-(?:v?\d+(?:\.\d+)*-)?([a-z]+\d*)/i;

// Before a name: the line's word, and the line's own version ("Dolphin 2.6 ").
const LINE_BEFORE = /([A-Za-z]{4,})[ _-]+(?:v?\d+(?:\.\d+)*[ _-]+)?$/;

/** Whether the name starting at `start` follows a fine-tune line's word. */
export function followsFineTuneLine(text: string, start: number, lines: ReadonlySet<string>): boolean {
  const before = text.charCodeAt(start - 1);
  if (before !== 0x20 && before !== 0x2d && before !== 0x5f) return false;
  const match = LINE_BEFORE.exec(text.slice(Math.max(0, start - 32), start));
  return match !== null && lines.has(match[1]!.toLowerCase());
}
