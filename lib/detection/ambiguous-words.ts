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
  // Single-word model names that are everyday words.
  'whisper', 'auto', 'fusion', 'runway', 'compound', 'owl', 'seed', 'step', 'nova', 'text',
  'code', 'coding', 'agent', 'agentic', 'video', 'embed', 'rerank', 'ring', 'north', 'muse',
  'mercury', 'granite', 'solar', 'cosmos', 'trinity', 'aurora', 'atlas', 'titan', 'falcon',
  'orca', 'dolphin', 'hermes', 'inkling', 'tako', 'manta', 'claw', 'brave', 'morph', 'venice',
  'relace', 'stealth', 'router', 'default', 'latest', 'preview', 'chat', 'base', 'instruct',
  'jamba', 'aya', 'yi', 'qwq', 'eva', 'sora', 'veo', 'wan', 'kling', 'saba', 'fugu',
  'the', 'all', 'open', 'frontier', 'custom', 'free', 'large', 'medium', 'small', 'tiny', 'micro', 'fast', 'thinking',
]);
