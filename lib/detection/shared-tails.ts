import { tokensOf } from './characters';
import type { Mention } from './matcher';

/**
 * "GPT-3.5/4 Turbo", "Claude 3/3.5 Sonnet": two versions of a family joined by a slash share the
 * tier written once after them. Each is read as family, version and that tier, and only when both
 * name a model; the first, written as a bare family and version, then names its model too.
 */
export function sharedTailAfter(
  text: string,
  family: Mention,
  modelNamedBy: (tokens: readonly string[]) => number | null,
): { first: number; second: Mention } | null {
  if (text.charCodeAt(family.end) !== SLASH) return null;
  const written = SECOND_VERSION_THEN_TIER.exec(text.slice(family.end, family.end + 40));
  if (!written) return null;
  const familyTokens = tokensOf(text.slice(family.start, family.end));
  const brand = familyTokens.filter((token) => !/^\d+$/.test(token));
  const version = tokensOf(written[1]!);
  const tiers = written[2]!.split(' ');
  // The longest tier that names a model after both versions: "4 Turbo Preview" before "4 Turbo".
  for (let length = tiers.length; length >= 1; length -= 1) {
    const tier = tokensOf(tiers.slice(0, length).join(' '));
    const first = modelNamedBy([...familyTokens, ...tier]);
    const second = modelNamedBy([...brand, ...version, ...tier]);
    if (first === null || second === null || first === second) continue;
    const start = family.end + 1;
    // "4 Turbo": the version, a space, the tier words read.
    const end = start + written[1]!.length + 1 + tiers.slice(0, length).join(' ').length;
    return { first, second: { start, end, target: second, kind: 'specific' } };
  }
  return null;
}
const SLASH = 0x2f;
// "/4 Turbo", "/3.5 Sonnet": a bare version, then one or two words.
const SECOND_VERSION_THEN_TIER = /^\/(\d+(?:\.\d+)?) ([A-Za-z]+(?: [A-Za-z]+)?)(?![\p{L}\p{N}])/u;
