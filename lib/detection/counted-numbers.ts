/**
 * "GPT-4o 3 times faster", "Claude Opus 4.6 2 days ago", "…-Instruct-FP8 8 min read": a short
 * number after a name that already states a number counts something. Only after a name that
 * states none ("Mistral Medium 4", "Nano Banana 2") may it be a version the catalogue lacks.
 */
export function mayTakeVersionAfter(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) return false;
  }
  return true;
}
