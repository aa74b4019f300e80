/**
 * A host serving an open-weights model before its general release names it with a "-preview"
 * after the model's own id: Groq's "llama-3.2-11b-vision-preview" and "llama-3.2-90b-vision-preview"
 * were Meta's Llama 3.2 Vision Instruct models. Only an instruct build (an id or a name ending in
 * "instruct") is read this way: a "-preview" after a closed model ("gpt-4.5-preview", "gemini-2.5-pro-preview")
 * is another release, which the catalogue lists apart, and a dated preview
 * ("gemini-2.5-pro-preview-05-06", "o1-preview-2024-09-12") is read by the snapshot rules.
 */
const INSTRUCT_NAME = /\binstruct$/i;
const HOSTED_PREVIEW = /^-preview(?![a-z0-9]|[-_.]\d)/i;

/** The end of a host's "-preview" right after the name ending at `end`, if the model is an instruct build. */
export function hostedPreviewEnd(text: string, end: number, model: { id: string; name: string }): number | undefined {
  if (text.charCodeAt(end) !== 0x2d || !(model.id.endsWith('-instruct') || INSTRUCT_NAME.test(model.name))) return undefined;
  const match = HOSTED_PREVIEW.exec(text.slice(end, end + 12));
  return match ? end + match[0].length : undefined;
}
