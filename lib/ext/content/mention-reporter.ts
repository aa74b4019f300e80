import type { DetectionIndex } from '../../detection/alias-index';
import { sendToBackground } from '../shared/send';
import type { PageScanner } from './page-scanner';

const REPORT_DELAY_MS = 1000;

/**
 * Tells the background what the page names (for the toolbar badge and, if the user keeps it,
 * the record of where models were seen): once per model per page load, batched.
 */
export class MentionReporter {
  private readonly reported = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly scanner: PageScanner,
    private readonly index: () => DetectionIndex,
  ) {}

  soon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.report(), REPORT_DELAY_MS);
  }

  private report(): void {
    const ids = [...this.scanner.modelCounts().keys()].map((target) => this.index().models[target]!.id);
    const fresh = ids.filter((id) => !this.reported.has(id));
    for (const id of fresh) this.reported.add(id);
    void sendToBackground({ type: 'pageMentions', host: location.hostname, modelIds: fresh.slice(0, 2000), distinct: ids.length }).catch(() => undefined);
  }
}
