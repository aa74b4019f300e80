import type { DetectionIndex } from '../../detection/alias-index';
import { compileMatcher, type Matcher } from '../../detection/matcher';
import { yieldToPage } from './slicing';

/** About 5 ms of work per step on a slow machine. */
const ALIASES_PER_STEP = 600;

/** Compiles the matcher a step at a time, yielding to the page between steps. */
export async function compileInSteps(index: DetectionIndex): Promise<Matcher> {
  const steps = compileMatcher(index, ALIASES_PER_STEP);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await yieldToPage();
  }
}

/** Once compiled, the aliases are not needed again: keep the model list, drop the rest. */
export function slim(index: DetectionIndex): DetectionIndex {
  return { ...index, aliases: [], exactIds: [] };
}
