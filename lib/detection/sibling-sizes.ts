/**
 * Runtimes tag a size onto a name the catalogue also uses for its bigger or smaller relatives:
 * Ollama's "deepseek-r1:70b" is DeepSeek-R1-Distill-Llama-70B, and "qwen3-coder:30b" is the
 * 30B coder, not the 480B model the bare name opens. For every model whose id names no size,
 * these are the sizes the ids of its relatives (ids that go on from its name: "deepseek-r1-…")
 * name, so a tag naming one of them is not read as the bare model: it is that relative where
 * only one has the size (Ollama's "deepseek-r1:70b" is DeepSeek-R1-Distill-Llama-70B).
 */

const SIZE = /(?<![a-z0-9.])\d+(?:\.\d+)?[bmt](?![a-z0-9])/g;

/** The parameter counts an id names ("70b", "1.5b"), lower-case. */
export function sizesNamedBy(id: string): string[] {
  const lower = id.toLowerCase();
  // A reseller writes "1.5b" as "1-5b" ("deepseek-r1-distill-qwen-1-5b"): both readings count.
  const hyphenated = [...lower.matchAll(HYPHENATED_SIZE)].map((match) => `${match[1]}.${match[2]}b`);
  return [...(lower.match(SIZE) ?? []), ...hyphenated];
}
const HYPHENATED_SIZE = /(?<![a-z0-9.])(\d)-(\d)b(?![a-z0-9])/g;

/** Per model position: the sizes its relatives name, each with the relatives that name it, for models whose own id names none. */
export function siblingSizes(models: readonly { id: string }[]): Map<number, Map<string, number[]>> {
  const unsizedByName = new Map<string, number[]>();
  models.forEach((model, position) => {
    if (sizesNamedBy(model.id).length > 0) return;
    const name = nameOf(model.id);
    unsizedByName.set(name, [...(unsizedByName.get(name) ?? []), position]);
  });
  const result = new Map<number, Map<string, number[]>>();
  models.forEach((model, relative) => {
    const sizes = sizesNamedBy(model.id);
    if (sizes.length === 0) return;
    // Every shorter name this one goes on from, cut at a hyphen: "deepseek-r1-distill-llama-70b"
    // goes on from "deepseek-r1-distill-llama", "deepseek-r1-distill", "deepseek-r1", "deepseek".
    const name = nameOf(model.id);
    for (let cut = name.indexOf('-'); cut > 0; cut = name.indexOf('-', cut + 1)) {
      for (const position of unsizedByName.get(name.slice(0, cut)) ?? []) {
        const bySize = result.get(position) ?? new Map<string, number[]>();
        for (const size of sizes) bySize.set(size, [...(bySize.get(size) ?? []), relative]);
        result.set(position, bySize);
      }
    }
  });
  return result;
}

// The model's own name, without the maker or gateway path and any ":variant".
function nameOf(id: string): string {
  return id.toLowerCase().slice(id.lastIndexOf('/') + 1).replace(/:.*$/, '');
}
