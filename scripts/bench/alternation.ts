/** The usual way to find many terms at once: one regex alternating all of them, longest first. */
export function alternationSource(forms: readonly string[]): string {
  const escape = (form: string) => form.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return `(?<![\\p{L}\\p{N}])(?:${[...forms].map(escape).sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{N}])`;
}
