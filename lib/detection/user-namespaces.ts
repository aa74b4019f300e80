import { tokensOf } from './characters';

/**
 * On ollama.com a name under someone's namespace is that person's upload ("songfy/llama3.1:8b"),
 * not the library model, while a maker's or a gateway's path ("qwen/", "ollama/", "bedrock/")
 * keeps it. The namespaces that keep a model: the first word of every catalogue maker and of
 * every provider that lists models.
 */
export function knownNamespaces(models: readonly { author: string; ids: { modelsDev: readonly string[] } }[]): string[] {
  const words = new Set<string>();
  const add = (name: string) => {
    const first = tokensOf(name)[0];
    if (first) words.add(first);
  };
  for (const model of models) {
    add(model.author);
    for (const id of model.ids.modelsDev) add(id.slice(0, id.indexOf('/')));
  }
  return [...words].sort();
}

// An Ollama size tag: ":8b", ":0.6b", ":1t".
const SIZE_TAG = /:\d+(?:\.\d+)?[bmt](?![a-z0-9])/i;
// The path segment right before a name: "songfy/" in "ollama pull songfy/llama3.1:8b".
const SEGMENT_BEFORE = /(?:^|[^A-Za-z0-9._-])([A-Za-z0-9][A-Za-z0-9._-]*)\/$/;

/** Whether the name from `start` to `end` is a sized runtime tag under a namespace no maker or provider uses. */
export function underUserNamespace(text: string, start: number, end: number, namespaces: ReadonlySet<string>): boolean {
  if (text.charCodeAt(start - 1) !== 0x2f || !SIZE_TAG.test(text.slice(start, end))) return false;
  const segment = SEGMENT_BEFORE.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  const first = segment && tokensOf(segment)[0];
  return first !== undefined && first !== '' && !namespaces.has(first);
}
