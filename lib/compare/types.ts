/** The comparison table: rows of cells, one cell per model in the order the models were given. */

export const SECTIONS = [
  'overview',
  'rank',
  'pricing',
  'limits',
  'modalities',
  'capabilities',
  'availability',
  'dates',
] as const;
export type Section = (typeof SECTIONS)[number];

export const SECTION_LABELS: Readonly<Record<Section, string>> = {
  overview: 'Overview',
  rank: 'Rank',
  pricing: 'Pricing',
  limits: 'Limits',
  modalities: 'Modalities',
  capabilities: 'Capabilities',
  availability: 'Availability',
  dates: 'Dates',
};

export type CellValue = number | string | boolean | null;

export interface Cell {
  text: string;
  /** What the text shows, for sorting and testing; null when unknown. */
  value?: CellValue;
  /** Human name of the source: "OpenRouter", "models.dev (anthropic)", "Hugging Face". */
  source?: string;
  /** How long ago that source was fetched: "today", "3 days ago". */
  age?: string;
  /** What other trusted sources say instead: "models.dev (anthropic) says 200K". */
  disagreement?: string;
}

export interface Row {
  key: string;
  label: string;
  section: Section;
  cells: Cell[];
  /** The cells' values are not all the same. */
  differs: boolean;
  /** Indexes of the better cell(s); empty when the row has no better, too few known values, or a tie. */
  best: number[];
}

export interface Comparison {
  models: { id: string; name: string }[];
  /** Ordered by section (as in SECTIONS), then as each section lists them. */
  rows: Row[];
}
