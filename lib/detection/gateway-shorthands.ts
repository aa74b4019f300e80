import { hasFormatSuffix, hasRuntimeSuffix } from './runtime-forms';

/**
 * "groq/llama3-70b-8192": a shorthand written as an id right after a gateway's slash is that
 * gateway's id for the model when it goes on with a serving decoration (a context window, a
 * Bedrock version, ":free"). A quantiser's repo ("unsloth/llama-3-70b-bnb-4bit"), or a bare
 * compound, stays another name.
 */
export function servedUnderGateway(text: string, start: number, end: number): boolean {
  return text.charCodeAt(start - 1) === SLASH && ID_JOINER.test(text.slice(start, end)) && hasRuntimeSuffix(text, end) && !hasFormatSuffix(text, end);
}
const ID_JOINER = /[-._]/;
const SLASH = 0x2f;
