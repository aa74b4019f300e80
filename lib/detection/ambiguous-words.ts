/**
 * Words that name models or model families but are, far more often, ordinary words,
 * people, companies, places or tools. Alone they never count as a model mention; with a
 * version ("Llama 4", "Gemini 2.5") they may count as a family mention, and inside a longer
 * name ("Gemini 2.5 Pro", "Claude Sonnet 4") as the model.
 */
export const AMBIGUOUS_WORDS: ReadonlySet<string> = new Set([
  // The classic false friends: a star sign, a wind, a person, an animal, a codec, a letter.
  'gemini', 'mistral', 'claude', 'llama', 'opus', 'phi', 'command', 'sonar', 'ollama',
  'sonnet', 'haiku', 'flash', 'pro', 'mini', 'nano', 'lite', 'max', 'plus', 'turbo', 'ultra',
  // Everyday words ("whisper", "fusion", "router") are decided by the English frequency list
  // (ordinary-words.ts). These are not in it, yet alone they name a product line or a term
  // more often than one model.
  'agentic', 'embed', 'rerank', 'tako', 'relace', 'jamba', 'aya', 'qwq', 'eva', 'sora', 'veo', 'kling', 'saba',
]);
