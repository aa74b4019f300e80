/**
 * "QuantFactory/Meta-Llama-3.1-8B-GGUF … This is quantized version of meta-llama/Meta-Llama-3.1-8B":
 * a quantization repo whose card goes on to name what it quantizes, by the same name without the
 * format suffix. Said of a size-only name, that is the pretrained checkpoint, and so is the repo.
 * Quantizers' cards say it in a few ways: "quantized version of", "static quants of
 * https://huggingface.co/…", "Quantizations of", "GGUF format model files for".
 */
export function quantizesNamedBase(text: string, start: number, nameEnd: number, end: number): boolean {
  const after = text.slice(end, end + LOOK_AHEAD);
  const phrase = QUANTIZATION_OF.exec(after);
  if (!phrase) return false;
  // The repo's whole name ("Meta-Llama-3.1-8B"), however much of it the catalogue's name covers.
  let wordStart = start;
  while (wordStart > 0 && /[\w.-]/.test(text[wordStart - 1]!)) wordStart -= 1;
  const written = text.slice(wordStart, nameEnd).toLowerCase();
  const named = after.slice(phrase.index + phrase[0].length).toLowerCase();
  return named.startsWith(written) && !/^[\w.-]/.test(named.slice(written.length));
}
// A card states its source in its first lines.
const LOOK_AHEAD = 240;
const QUANTIZATION_OF =
  /(?:quanti[sz]ed version|quanti[sz]ations?|quants|(?:gguf|awq|gptq|mlx) (?:format )?(?:model )?files) (?:of|for) (?:https?:\/\/huggingface\.co\/)?(?:[\w.-]+\/)?/i;
