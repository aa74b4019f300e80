import type { CatalogueModel } from '@/lib/catalogue/catalogue';
import { CAPABILITIES, type Capability } from '@/lib/catalogue/source-model';
import {
  CAPABILITY_LABELS,
  capabilitiesDescribed,
  capabilitiesOnlyIn,
  sharedCapabilities,
} from './capabilities';
import { attribution, type ProvenanceContext } from './provenance';
import { buildRow } from './row-builder';
import type { Cell, Row } from './types';

/**
 * A ✓/— row per capability and, for exactly two models, what they share and what only one
 * has. A model no source describes any capability of gets unknown cells (value null, so it
 * never loses a row it may well win): nothing says it lacks them.
 */
export function capabilityRows(models: readonly CatalogueModel[], context: ProvenanceContext): Row[] {
  const perCapability = CAPABILITIES.map((capability) =>
    buildRow({
      key: `capability.${capability}`,
      label: CAPABILITY_LABELS[capability],
      section: 'capabilities',
      better: 'higher',
      cells: models.map((m) => capabilityCell(m, capability, context)),
      order: models.map((m) => (capabilitiesDescribed(m) ? Number(m.capabilities[capability] !== undefined) : undefined)),
    }),
  );
  const [a, b] = models;
  return a && b && models.length === 2 ? [...summaryRows(a, b), ...perCapability] : perCapability;
}

function capabilityCell(model: CatalogueModel, capability: Capability, context: ProvenanceContext): Cell {
  const source = model.capabilities[capability];
  if (source !== undefined) return { text: '✓', value: true, ...attribution(source, context) };
  return { text: '—', value: capabilitiesDescribed(model) ? false : null };
}

function summaryRows(a: CatalogueModel, b: CatalogueModel): Row[] {
  const known = capabilitiesDescribed(a) && capabilitiesDescribed(b);
  const listCell = (capabilities: readonly Capability[]): Cell => {
    if (!known) return { text: '—', value: null };
    if (!capabilities.length) return { text: 'none', value: null };
    const text = capabilities.map((c) => CAPABILITY_LABELS[c]).join(', ');
    return { text, value: text };
  };
  const absent: Cell = { text: '—', value: null };
  const shared = listCell(sharedCapabilities(a, b));
  return [
    buildRow({ key: 'capabilities.shared', label: 'Shared', section: 'capabilities', cells: [shared, shared] }),
    buildRow({
      key: 'capabilities.only.0',
      label: `Only ${a.name}`,
      section: 'capabilities',
      cells: [listCell(capabilitiesOnlyIn(a, b)), absent],
    }),
    buildRow({
      key: 'capabilities.only.1',
      label: `Only ${b.name}`,
      section: 'capabilities',
      cells: [absent, listCell(capabilitiesOnlyIn(b, a))],
    }),
  ];
}
