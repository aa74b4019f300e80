import type { CatalogueModel } from '@/lib/catalogue/catalogue';
import { CAPABILITIES, type Capability } from '@/lib/catalogue/source-model';

export const CAPABILITY_LABELS: Readonly<Record<Capability, string>> = {
  tools: 'Tool calling',
  reasoning: 'Reasoning',
  structuredOutput: 'Structured output',
  vision: 'Vision',
  attachments: 'File input',
  webSearch: 'Web search',
  openWeights: 'Open weights',
  promptCaching: 'Prompt caching',
};

type WithCapabilities = Pick<CatalogueModel, 'capabilities'>;

function hasCapability(model: WithCapabilities, capability: Capability): boolean {
  return model.capabilities[capability] !== undefined;
}

/** The capabilities `model` has and `other` does not, in catalogue order. */
export function capabilitiesOnlyIn(model: WithCapabilities, other: WithCapabilities): Capability[] {
  return CAPABILITIES.filter((c) => hasCapability(model, c) && !hasCapability(other, c));
}

export function sharedCapabilities(a: WithCapabilities, b: WithCapabilities): Capability[] {
  return CAPABILITIES.filter((c) => hasCapability(a, c) && hasCapability(b, c));
}

/**
 * Whether a model's capabilities are described at all. The catalogue keeps only the
 * capabilities a source affirms, so an empty set more likely means no source described the
 * model than that it can do none of them.
 */
export function capabilitiesDescribed(model: WithCapabilities): boolean {
  return CAPABILITIES.some((c) => hasCapability(model, c));
}
