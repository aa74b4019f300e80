/** What a caught value says, for a message to the user or a log: thrown values need not be Errors. */
export function errorMessage(error: unknown): string {
  const issues = (error as { issues?: unknown } | null)?.issues;
  if (Array.isArray(issues) && issues.length) return issueText(issues[0] as IssueLike);
  return error instanceof Error ? error.message : String(error);
}

interface IssueLike {
  path: readonly PropertyKey[];
  message: string;
}

/** One readable line: a zod error's own message is a JSON dump of every issue. */
function issueText(issue: IssueLike): string {
  return issue.path.length ? `${issue.path.map(String).join('.')}: ${issue.message}` : issue.message;
}
