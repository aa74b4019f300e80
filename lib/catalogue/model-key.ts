/**
 * A join key for one model across sources: ids and names of the same model
 * ("claude-sonnet-4-5-20250929", "anthropic.claude-sonnet-4-5-20250929-v1:0",
 * "Claude Sonnet 4.5 (latest)", "anthropic/claude-sonnet-4.5") fold to the same
 * word/number tokens ("claude sonnet 4 5").
 *
 * How much is folded away: 'exact' keeps previews, dates and "instruct", so "kimi-k2" and its
 * snapshot "kimi-k2-0905" differ; 'release' drops "-preview"; 'loose' also drops snapshot dates.
 */
export type KeyFold = 'exact' | 'release' | 'loose';

export function modelKey(idOrName: string, fold: KeyFold = 'loose'): string {
  let text = (ASCII.test(idOrName) ? idOrName : idOrName.normalize('NFKC')).toLowerCase().trim();
  // Guards keep this cheap: it runs for every id and name of every source on each refresh.
  if (text.includes('/')) text = text.slice(text.lastIndexOf('/') + 1);
  // "Anthropic: Claude Sonnet 4" — the author is not part of the model's name.
  if (text.includes(':')) {
    text = text.replace(AUTHOR_PREFIX, '').replace(VARIANT_SUFFIX, '').replace(BEDROCK_VERSION, '');
  }
  if (text.includes('(')) text = text.replace(PAREN_TAG, ' ').trim();
  if (text.includes('.')) text = text.replace(REGION_PREFIX, '').replace(VENDOR_DOT_PREFIX, '');
  if (text.includes('@')) text = text.slice(0, text.indexOf('@'));
  if (text.endsWith('default')) text = text.replace(/[-_ ]default$/, '');
  if (fold !== 'exact') text = stripSnapshotSuffix(text, fold === 'loose');
  const tokens = text.match(ASCII.test(text) ? ASCII_TOKENS : UNICODE_TOKENS) ?? [];
  if (tokens[0] === 'meta' && tokens[1] === 'llama') tokens.shift();
  // "Instruct"/"-it" name the chat-tuned build that providers serve under the plain name too
  // ("Kimi-K2-Instruct-0905" is "Kimi K2 0905"); the exact key keeps it, so where a source lists
  // both builds ("gpt-3.5-turbo", "gpt-3.5-turbo-instruct") each id first finds its own.
  if (fold !== 'exact') for (let i = tokens.length - 1; i > 0; i -= 1) if (tokens[i] === 'instruct') tokens.splice(i, 1);
  const last = tokens.length - 1;
  if (last > 1 && tokens[last] === 'it' && tokens[last - 1] === 'b') tokens.pop();
  const ordered = versionLast(tokens);
  // "Claude 4.0 Sonnet" is "Claude Sonnet 4".
  const end = ordered.length - 1;
  if (end >= 2 && ordered[end] === '0' && isNumber(ordered[end - 1]!)) ordered.pop();
  return ordered.join(' ');
}

/**
 * "Claude 3.5 Sonnet" and "Claude Sonnet 3.5" are one model named in two orders (makers
 * have switched between them): a lone tier word after the version moves before it. A
 * revision ("Claude 3.5 Sonnet v2") stays last, so both orders of a revision agree too.
 */
function versionLast(tokens: string[]): string[] {
  const revision = tokens.length > 3 && tokens[tokens.length - 2] === 'v' && isNumber(tokens[tokens.length - 1]!);
  if (revision) return [...tierBeforeVersion(tokens.slice(0, -2)), ...tokens.slice(-2)];
  return tierBeforeVersion(tokens);
}

function tierBeforeVersion(tokens: string[]): string[] {
  const last = tokens.length - 1;
  if (last < 2 || tokens[last]!.length < 3 || isNumber(tokens[last]!) || isNumber(tokens[0]!)) return tokens;
  let firstNumber = 1;
  while (firstNumber < last && !isNumber(tokens[firstNumber]!)) firstNumber += 1;
  for (let i = firstNumber; i < last; i += 1) if (!isNumber(tokens[i]!)) return tokens;
  if (firstNumber === last) return tokens;
  return [...tokens.slice(0, firstNumber), tokens[last]!, ...tokens.slice(firstNumber, last)];
}

// Tokens are all letters or all digits, so the first character tells.
function isNumber(token: string): boolean {
  return /\p{N}/u.test(token[0]!);
}

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const ASCII = /^[\x00-\x7f]*$/;
const AUTHOR_PREFIX = /^[^:]{1,40}:\s+/;
const ASCII_TOKENS = /[a-z]+|[0-9]+/g;
const UNICODE_TOKENS = /\p{L}+|\p{N}+/gu;

// Tags providers append to a name: "(latest)", "(free)", "(AU)", "(2024-07-18)".
const PAREN_TAG = /\s*\((?:latest|free|batch|beta|global|us|eu|au|jp|apac|uk|ca|[\d-]{4,10})\)/g;
// Bedrock: "us.anthropic.claude-…", "global.anthropic.claude-…".
const REGION_PREFIX = /^(?:us|eu|apac|au|jp|ca|global|us-gov)\./;
// Bedrock: "anthropic.claude-…", "meta.llama3-…"; never "gpt-4.1" (a digit follows the dot).
const VENDOR_DOT_PREFIX = /^[a-z][a-z-]*\.(?=[a-z])/;
const VARIANT_SUFFIX = /:(?:free|batch|thinking|extended|beta|nitro|floor|online|exacto)$/;
const DIGIT_END = /\d$/;
const PREVIEW_END = /[-_ ]preview$/;
const REVISION_END = /-00\d$/;
const BEDROCK_VERSION = /-v\d+:\d+$|:\d+$/;

/** Drops dated-snapshot suffixes: -20241022, -2024-11-20, -0613 (a month and day), -001. */
function stripSnapshotSuffix(text: string, dates: boolean): string {
  // A preview folds into its model ("gemini-3-pro-image-preview" ~ "gemini-3-pro-image");
  // OpenRouter lists a preview and its release separately, and anchors keep those apart.
  if (PREVIEW_END.test(text)) return stripSnapshotSuffix(text.replace(PREVIEW_END, ''), dates);
  // "-001" numbers a release of the same model ("gemini-2.0-flash-001").
  if (REVISION_END.test(text)) return text.replace(REVISION_END, '');
  if (!dates || !DIGIT_END.test(text)) return text;
  const dated = text.replace(/[-_ ]20\d{2}-?\d{2}-?\d{2}$/, '');
  if (dated !== text) return dated;
  const monthDay = /[-_ ](\d{2})(\d{2})$/.exec(text);
  if (monthDay) {
    const month = Number(monthDay[1]);
    const day = Number(monthDay[2]);
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) return text.slice(0, monthDay.index);
  }
  return text;
}

/** Makers' slugs differ between sources ("x-ai"/"xai", "meta-llama"/"meta", "mistralai"/"mistral"). */
export function sameMaker(providerOrAuthor: string, author: string): boolean {
  const a = compact(providerOrAuthor);
  const b = compact(author);
  if (!a || !b) return false;
  return a === b || (a.length >= 4 && b.startsWith(a)) || (b.length >= 4 && a.startsWith(b));
}

function compact(slug: string): string {
  return slug.toLowerCase().replace(/[^a-z0-9]/g, '');
}
