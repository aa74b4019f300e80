import type { HubRelation } from './hub-lineage';

// Weight formats a quantized repo is published in, as libraries and repo names spell them.
const FORMATS: [RegExp, string][] = [
  [/gguf/i, 'GGUF'],
  [/mlx/i, 'MLX'],
  [/awq/i, 'AWQ'],
  [/gptq/i, 'GPTQ'],
  [/exl[23]/i, 'EXL2'],
  [/nvfp4/i, 'NVFP4'],
  [/fp8/i, 'FP8'],
  [/bnb|[48]-?bit/i, 'bitsandbytes'],
];

/** "GGUF quantization by unsloth of Qwen3.6 27B": what a quantized repo is, from its library and id. */
export function quantizationHeading(repoId: string, libraryName: string | undefined, baseName: string): string {
  const [org, name] = repoId.split('/') as [string, string];
  const format = FORMATS.find(([pattern]) => (libraryName && pattern.test(libraryName)) || pattern.test(name))?.[1];
  return `${format ? `${format} quantization` : 'Quantization'} by ${org} of ${baseName}`;
}

const RELATION_WORDS: Record<Exclude<HubRelation, 'self'>, string> = {
  quantized: 'Quantization',
  finetune: 'Fine-tune',
  adapter: 'Adapter',
  merge: 'Merge',
};

/** "Fine-tune, based on Qwen3.6 27B": a derived repo is its own model, named by what it derives from. */
export function lineageLine(relation: HubRelation, baseName: string | null): string {
  if (relation === 'self') return 'Hugging Face repository · not in the model catalogue';
  return baseName ? `${RELATION_WORDS[relation]}, based on ${baseName}` : `${RELATION_WORDS[relation]} of a model the Hub does not name`;
}
