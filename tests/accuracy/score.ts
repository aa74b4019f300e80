/**
 * Precision and recall of specific model mentions against hand-made labels.
 * A detection counts when it overlaps a labelled mention and names the same catalogue model.
 */
export interface Span {
  start: number;
  end: number;
}

export interface GoldMention extends Span {
  /** Any source id of the model meant (OpenRouter id, models.dev provider/model id…). */
  model: string;
}

export interface Detection extends Span {
  /** Every id of the catalogue model the detector chose. */
  ids: ReadonlySet<string>;
}

export interface Miss {
  text: string;
  model: string;
  category: string;
  context: string;
}

export interface FalsePositive {
  text: string;
  reason: 'not a model mention' | 'wrong model';
  context: string;
}

export interface Score {
  truePositives: number;
  falsePositives: FalsePositive[];
  misses: Miss[];
  exactSpans: number;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

export function scoreMentions(
  text: string,
  gold: readonly GoldMention[],
  detected: readonly Detection[],
  ignored: readonly Span[],
): Score {
  const matchedGold = new Set<GoldMention>();
  const falsePositives: FalsePositive[] = [];
  let truePositives = 0;
  let exactSpans = 0;
  for (const detection of detected) {
    const overlapping = gold.filter((g) => overlaps(g, detection));
    if (overlapping.length === 0) {
      if (ignored.some((span) => overlaps(span, detection))) continue;
      falsePositives.push({ text: slice(text, detection), reason: 'not a model mention', context: context(text, detection) });
      continue;
    }
    const right = overlapping.find((g) => detection.ids.has(g.model) && !matchedGold.has(g));
    if (right) {
      matchedGold.add(right);
      truePositives += 1;
      if (right.start === detection.start && right.end === detection.end) exactSpans += 1;
    } else if (!overlapping.some((g) => matchedGold.has(g) && detection.ids.has(g.model))) {
      falsePositives.push({ text: slice(text, detection), reason: 'wrong model', context: context(text, detection) });
    }
  }
  const misses = gold
    .filter((g) => !matchedGold.has(g))
    .map((g) => ({ text: slice(text, g), model: g.model, category: categorise(slice(text, g)), context: context(text, g) }));
  return { truePositives, falsePositives, misses, exactSpans };
}

export function precision(score: Score): number {
  const detected = score.truePositives + score.falsePositives.length;
  return detected === 0 ? 1 : score.truePositives / detected;
}

export function recall(score: Score): number {
  const gold = score.truePositives + score.misses.length;
  return gold === 0 ? 1 : score.truePositives / gold;
}

export function combine(scores: readonly Score[]): Score {
  return {
    truePositives: scores.reduce((sum, s) => sum + s.truePositives, 0),
    falsePositives: scores.flatMap((s) => s.falsePositives),
    misses: scores.flatMap((s) => s.misses),
    exactSpans: scores.reduce((sum, s) => sum + s.exactSpans, 0),
  };
}

/** What kind of writing a missed mention was, to see where recall is lost. */
export function categorise(surface: string): string {
  if (/[^\x20-\x7e]/.test(surface)) return 'unicode or line-break variant';
  if (/^[\w.-]+\/[\w.-]*[A-Z][\w.-]*$/.test(surface)) return 'Hugging Face repo id';
  if (/^[a-z0-9@._:/-]+$/.test(surface) && /[-/:._]/.test(surface)) return 'API id or slug';
  if (!/^(claude|gpt|gemini|llama|qwen|deepseek|mistral|grok|kimi|glm|o\d|phi|gemma)/i.test(surface)) return 'shorthand or other brand';
  return 'display name';
}

function slice(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

function context(text: string, span: Span): string {
  const before = text.slice(Math.max(0, span.start - 40), span.start);
  const after = text.slice(span.end, span.end + 40);
  return `${before}[${text.slice(span.start, span.end)}]${after}`.replace(/\s+/g, ' ');
}

/**
 * Turns "[[GPT-4o mini|openai/gpt-4o-mini]]", "{{Llama 4}}" and "((Sonnet))" markup into text
 * plus labels: a specific mention, a family mention, and a span the labeller could not settle
 * (ambiguous or unverifiable), where a detection counts neither way.
 */
export function parseMarkup(marked: string): { text: string; gold: GoldMention[]; families: Span[]; unsettled: Span[] } {
  const gold: GoldMention[] = [];
  const families: Span[] = [];
  const unsettled: Span[] = [];
  let text = '';
  const pattern = /\[\[([^|\]]+)\|([^\]]+)\]\]|\{\{([^}]+)\}\}|\(\(([^()]+)\)\)/g;
  let last = 0;
  for (let match = pattern.exec(marked); match; match = pattern.exec(marked)) {
    text += marked.slice(last, match.index);
    const surface = match[1] ?? match[3] ?? match[4]!;
    const span = { start: text.length, end: text.length + surface.length };
    if (match[1] !== undefined) gold.push({ ...span, model: match[2]!.trim() });
    else if (match[3] !== undefined) families.push(span);
    else unsettled.push(span);
    text += surface;
    last = match.index + match[0].length;
  }
  text += marked.slice(last);
  return { text, gold, families, unsettled };
}

/** Link targets and bare URLs: the rendered page does not show them as text. */
export function urlSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(/\]\(([^)\s]+)\)|https?:\/\/[^\s)\]>]+/g)) {
    spans.push({ start: match.index!, end: match.index! + match[0].length });
  }
  return spans;
}
