/** A zod failure in one line: the first problem and where it is. */
export function describeIssues(error: { issues: readonly { path: PropertyKey[]; message: string }[] }): string {
  const first = error.issues[0];
  if (!first) return 'unknown shape';
  const at = first.path.length > 0 ? ` at ${first.path.map(String).join('.')}` : '';
  return `${first.message}${at}`;
}
