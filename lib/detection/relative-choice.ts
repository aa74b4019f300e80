import type { DetectionIndex } from './alias-index';

/**
 * Where several relatives of a bare runtime name have the size its tag names, the ones a tag
 * cannot mean are set aside: Ollama's "deepseek-r1:70b" is DeepSeek's own distill, not another
 * maker's fine-tune of it ("huihui-ai/deepseek-r1-distill-llama-70b-abliterated"), and
 * "qwen3-coder:30b" is "qwen3-coder-30b-a3b-instruct", which one reseller also lists, unnamed in
 * text, as "qwen3-coder-30b". What is left may still be several models: then the tag names none.
 */
export function narrowRelatives(sizesOfRelatives: Map<number, Map<string, number[]>>, index: Pick<DetectionIndex, 'models' | 'aliases'>): Map<number, Map<string, number[]>> {
  let named: Set<number> | undefined;
  for (const [target, bySize] of sizesOfRelatives) {
    for (const [size, relatives] of bySize) {
      if (relatives.length < 2) continue;
      named ??= new Set(index.aliases.map((alias) => alias.target));
      bySize.set(size, tagCandidates(target, relatives, index.models, named));
    }
  }
  return sizesOfRelatives;
}

function tagCandidates(target: number, relatives: readonly number[], models: readonly { id: string }[], named: ReadonlySet<number>): number[] {
  const owner = ownerOf(models[target]!.id);
  const sameOwner = relatives.filter((relative) => ownerOf(models[relative]!.id) === owner);
  const candidates = sameOwner.length > 0 ? sameOwner : relatives;
  // A shortened listing of a model the detector names is that model.
  return candidates.filter((relative) => {
    if (named.has(relative)) return true;
    const slug = `${slugOf(models[relative]!.id)}-`;
    return !candidates.some((other) => other !== relative && named.has(other) && slugOf(models[other]!.id).startsWith(slug));
  });
}

function ownerOf(id: string): string {
  return id.slice(0, id.indexOf('/') + 1).toLowerCase();
}

function slugOf(id: string): string {
  return id.slice(id.lastIndexOf('/') + 1).toLowerCase();
}
