/**
 * How runtimes and gateways decorate a model id without changing the model: quantisation and
 * file formats (GGUF, MLX, AWQ, GPTQ, FP8, NVFP4, EXL2/3, "…Quant" methods such as RotorQuant), Ollama tags ("phi4:14b",
 * "llama3.2:3b-instruct-q8_0"), OpenRouter variants (":free", ":nitro"), Bedrock versions and
 * inference-profile regions ("eu.anthropic.…-v1:0"), Vertex "@default", and gateway paths in
 * front ("bedrock/", "accounts/fireworks/models/", "@cf/meta/").
 */

// One decoration right after a name, joined by "-", "_", "." or ":" (Ollama pulls a Hub file by its
// quantisation: "…-GGUF:Q4_K_M"). "UD-" marks Unsloth's dynamic quantisations ("-UD-Q4_K_XL").
const FORMAT =
  /^[-_.:](?:(?:ud-)?i?q\d(?:_[a-z0-9]{1,2}){0,2}|[a-z]{0,2}fp\d{1,2}|bf16|f16|f32|int[48]|w\d+a\d+|\d{1,2}-?bits?|awq|gptq(?:-int\d)?|exl[23](?:[-_]\d+(?:\.\d+)?bpw)?|\d(?:\.\d+)?bpw|mlx|gguf|ggml|onnx|dwq|qat|bnb|[a-z]{2,}quant)(?![a-z0-9])/i;
// "-v1:0", "-1:0" ("openai.gpt-oss-120b-1:0"), or the revision alone where the name ends in its own
// version ("amazon.titan-embed-text-v2:0").
const BEDROCK_VERSION = /^(?:-v\d+(?::\d+)?|-\d+:\d+|:\d)(?![a-z0-9.])/i;
// "@default", "@001", the stable-version suffix of Vertex's Gemini ids ("gemini-1.5-flash-001"), and
// "-maas", which Vertex puts after the partner models it serves as a service ("qwen3-coder-480b-a35b-instruct-maas").
const VERTEX_VERSION = /^(?:@(?:default|latest|\d{3})|-00\d|-maas)(?![a-z0-9])/i;
// A moving pointer to the newest snapshot (Anthropic's "claude-3-7-sonnet-latest"), or the
// pre-release tag an API kept on a model's id (xAI's "grok-3-mini-beta").
const LATEST = /^-(?:latest|beta)(?![a-z0-9])/i;
// The context window Groq wrote into its ids ("llama3-70b-8192", "mixtral-8x7b-32768"): a power of two of 4K or more.
const CONTEXT_WINDOW = /^-(\d{4,6})(?![a-z0-9.])/;
const OPENROUTER_VARIANT = /^:(?:free|nitro|thinking|online|floor|extended|beta|exacto|batch)(?![a-z0-9])/i;
// An Ollama tag: ":latest", ":cloud" (hosted), or a size ("14b", "0.6b", "1t") with optional build and quantisation words.
const OLLAMA_TAG = /^:(?:latest|cloud|(\d+(?:\.\d+)?[bmt])(?:-[a-z0-9]+(?:[._][a-z0-9]+)*)*)(?![a-z0-9])/i;

// A host's faster serving of an instruct build: Cloudflare's "llama-3.1-8b-instruct-fast". Right
// after the version a "fast" is a model of its own ("grok-4-fast"); after "instruct" it is not.
const SERVING_BUILD = /^[-_]fast(?![a-z0-9])/i;
const AFTER_INSTRUCT = /instruct$/i;

// "-", "_", ".", ":", "@": the characters a decoration starts with.
const DECORATION_STARTS: ReadonlySet<number> = new Set([0x2d, 0x5f, 0x2e, 0x3a, 0x40]);

export interface RuntimeSuffix {
  end: number;
  /** The parameter count an Ollama tag names ("14b"), if any. */
  size?: string;
}

/** The end of every decoration after `end`, and the size a tag names; `end` itself when none. */
export function readRuntimeSuffixes(text: string, end: number): RuntimeSuffix {
  let size: string | undefined;
  for (;;) {
    // Most names are followed by a space or punctuation: no slice, no regex.
    if (!DECORATION_STARTS.has(text.charCodeAt(end))) return { end, size };
    const rest = text.slice(end, end + 48);
    const match = FORMAT.exec(rest) ?? BEDROCK_VERSION.exec(rest) ?? VERTEX_VERSION.exec(rest) ?? OPENROUTER_VARIANT.exec(rest) ?? LATEST.exec(rest) ?? contextWindow(rest);
    if (match) {
      end += match[0].length;
      continue;
    }
    const serving = SERVING_BUILD.exec(rest);
    if (serving && AFTER_INSTRUCT.test(text.slice(Math.max(0, end - 8), end))) {
      end += serving[0].length;
      continue;
    }
    const tag = OLLAMA_TAG.exec(rest);
    if (!tag) return { end, size };
    size = tag[1]?.toLowerCase();
    end += tag[0].length;
  }
}

/**
 * Whether a quantisation or file format follows right after the name ("-GGUF", "-AWQ",
 * "-Q4_K_M.gguf"): the name is then a repo or file name, which quantisers copy verbatim from the
 * repo they quantised ("bartowski/Meta-Llama-3.1-8B-Instruct-GGUF").
 */
export function hasFormatSuffix(text: string, end: number): boolean {
  const code = text.charCodeAt(end);
  return (code === 0x2d || code === 0x5f || code === 0x2e) && FORMAT.test(text.slice(end, end + 24));
}

function contextWindow(rest: string): RegExpExecArray | null {
  const match = CONTEXT_WINDOW.exec(rest);
  if (!match) return null;
  const tokens = Number(match[1]);
  return tokens >= 4096 && (tokens & (tokens - 1)) === 0 ? match : null;
}

/** Whether the name goes on with a decoration that keeps the model. */
export function hasRuntimeSuffix(text: string, end: number): boolean {
  return readRuntimeSuffixes(text, end).end > end;
}

// Bedrock cross-region inference profiles put the region before the maker: "eu.anthropic.…".
const BEDROCK_REGION = /(?:^|[^a-z0-9._-])((?:us-gov|us|eu|apac|global|jp|au|ca)\.)$/i;
// Gateway paths (lower-case, as in code) before an id: "bedrock/", "vertex_ai/", "accounts/fireworks/models/", "@cf/meta/".
const GATEWAY_PATH = /(?:^|[^A-Za-z0-9._@/-])(@?(?:[a-z][a-z0-9_-]*\/)+)$/;

/** Where a mention written as an id really starts, taking in a region or gateway path before it. */
export function idStart(text: string, start: number): number {
  const before = text.slice(Math.max(0, start - 48), start);
  const region = BEDROCK_REGION.exec(before);
  if (region) return start - region[1]!.length;
  const path = GATEWAY_PATH.exec(before);
  return path ? start - path[1]!.length : start;
}
