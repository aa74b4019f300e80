import { tokensOf } from './characters';

/**
 * The "V" people drop from a version right after the brand: "DeepSeek V3.1" is written
 * "DeepSeek 3.1", "Recraft V3" "Recraft 3". Later in a name ("Nemotron Nano 9B V2",
 * "KAT-Coder-Pro V2") the version follows a size or a tier and is not written without its
 * letter; and the first word must be the brand the id starts with ("Embed V1 4B" of
 * "pplx-embed-v1-4b" is a product word, not a brand).
 */
export function withoutVersionLetter(name: string, id: string): string | null {
  const match = BRAND_THEN_LETTERED_VERSION.exec(name);
  if (!match || tokensOf(id.slice(id.lastIndexOf('/') + 1))[0] !== match[1]!.toLowerCase()) return null;
  return `${match[1]} ${match[2]}`;
}
const BRAND_THEN_LETTERED_VERSION = /^(\p{L}+) V(\d.*)$/u;
