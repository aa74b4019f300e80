import { describe, expect, it } from 'vitest';
import { finderFor, model } from './models';

// The catalogue lists instruct models only; their pretrained checkpoints share the name without "Instruct".
const MODELS = [
  model('meta-llama/llama-3.1-8b-instruct', 'Llama 3.1 8B Instruct', { authorName: 'Meta', modelsDev: ['together/meta-llama/llama-3.1-8b'], hf: 'meta-llama/Llama-3.1-8B-Instruct' }),
  model('meta-llama/llama-3.1-70b-instruct', 'Llama 3.1 70B Instruct', { authorName: 'Meta' }),
  model('meta-llama/llama-3.1-405b-instruct', 'Llama 3.1 405B Instruct', { authorName: 'Meta' }),
];
const find = finderFor(MODELS);
// A family mention ("Llama-3.1") opens no model's figures.
const found = (text: string) => find(text).filter(([, target]) => !target.startsWith('family:'));
// A Markdown link's target is not text on the rendered page.
const linkText = (markdown: string) => found(markdown).filter(([written]) => !written.includes('/'));

describe('pretrained checkpoints', () => {
  it('does not read what a model card says it was made from as the instruct model', () => {
    // Hermes 3 and QuantFactory model cards.
    expect(found('Hermes 3 70B is an instruct model from Nous Research, fine-tuned on Meta’s Llama-3.1-70B.')).toEqual([]);
    expect(found('a frontier level, full parameter finetune of the Llama-3.1 405B foundation model')).toEqual([]);
    expect(found('This is quantized version of meta-llama/Meta-Llama-3.1-8B created using llama.cpp')).toEqual([]);
    // The DeepSeek-R1 card's distilled-model table links each base repo.
    expect(linkText('| DeepSeek-R1-Distill-Llama-8B | [Llama-3.1-8B](https://huggingface.co/meta-llama/Llama-3.1-8B) |')).toEqual([]);
  });

  it('reads the same names as the instruct model everywhere else', () => {
    // A local-runtime guide's table and a pull command.
    expect(found('Llama 3.1 8B | 8B | Q4_K_M | ~40 tok/s | General chat')).toEqual([['Llama 3.1 8B', 'meta-llama/llama-3.1-8b-instruct']]);
    expect(found('H100, Bare Metal, Llama-3.1-70B, PyTorch/CUDA')).toEqual([['Llama-3.1-70B', 'meta-llama/llama-3.1-70b-instruct']]);
    expect(linkText('[Llama-3.1-8B-Instruct](https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct)')).toEqual([['Llama-3.1-8B-Instruct', 'meta-llama/llama-3.1-8b-instruct']]);
  });
});

describe('a quantization repo whose card names its source', () => {
  it('is the pretrained checkpoint’s when the card names it by the same size-only name', () => {
    // QuantFactory's model card.
    expect(found('QuantFactory/Meta-Llama-3.1-8B-GGUF\n\nThis is quantized version of meta-llama/Meta-Llama-3.1-8B created using llama.cpp')).toEqual([]);
  });

  it('is the instruct model’s when the card names the instruct model', () => {
    // mradermacher's model card.
    expect(found('mradermacher/Llama-3.1-8B-Instruct-GGUF\n\nstatic quants of https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct')).toContainEqual([
      'mradermacher/Llama-3.1-8B-Instruct-GGUF',
      'meta-llama/llama-3.1-8b-instruct',
    ]);
  });
});
