/** What a caught value says, for a message to the user or a log: thrown values need not be Errors. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
