import { normaliseDate } from './snapshots';

/**
 * "Grok-3-Preview-02-24", "Gemini-2.5-Pro-Preview-05-06", "Ernie-5.0-preview-1022": a leaderboard's
 * pre-release checkpoint, a build word and a month and day (with or without a hyphen) after the model's name. The model is the one released under
 * that name, and the month and day are the checkpoint's snapshot date, even when the score runs
 * into it ("…-02-241423…"). A full date after "preview" ("o1-preview-2024-09-12") is an API
 * snapshot of the preview itself, which is another model: not read here.
 */
export function readPreviewCheckpointAfter(text: string, end: number): { end: number; date: string; written: string } | null {
  const code = text.charCodeAt(end);
  if (code !== 0x2d && code !== 0x5f) return null;
  const match = PREVIEW_CHECKPOINT.exec(text.slice(end, end + 20));
  if (!match) return null;
  const date = normaliseDate(match[1]!);
  return date ? { end: end + match[0].length, date, written: match[1]! } : null;
}
// A year would follow the month and day ("-02-24-2025" is no checkpoint of this shape).
const PREVIEW_CHECKPOINT = /^[-_](?:preview|exp)[-_](\d\d[-_]?\d\d)(?![-_]?\d*[-_])/i;
