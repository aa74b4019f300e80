/**
 * Words that papers and leaderboards write after a model's name for that same model: "Instruct"
 * cut short in a results table's header ("Qwen2.5 72B-Inst.", "Llama3.3-70B-Ins."), and the
 * function-calling mode a tool-use leaderboard runs a model in ("gpt-4.1-2025-04-14-FC",
 * "Qwen/Qwen2.5-7B-Instruct-FC"), as the Berkeley Function Calling Leaderboard and the results
 * copied from it name its entries. Lower case, as the matcher compares them.
 */
export const WRITTEN_SAME_MODEL_SUFFIXES = ['inst', 'ins', 'fc'];
