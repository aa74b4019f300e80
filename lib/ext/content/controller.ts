import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { DetectionIndex } from '../../detection/alias-index';
import { bodyOf, designModeOf } from '../shared/dom-access';
import type { PageModel } from '../shared/page-model';
import { compileMatcher, type Matcher } from '../../detection/matcher';
import { detectionIndexItem } from '../shared/storage/items';
import { CardTrigger } from './card-trigger';
import { isSiteOn, readContentSettings, watchContentSettings, type ContentSettings } from './content-settings';
import { Highlights } from './highlights';
import { MutationWatcher } from './mutation-watcher';
import { PageScanner } from './page-scanner';
import { readPinnedIds, watchPinnedIds } from './pinned-models';
import { nextFrame, yieldToPage } from './slicing';

const REPORT_DELAY_MS = 1000;

/**
 * Everything the content script does on one page; torn down when the extension reloads or the
 * user turns the site off. Injected again (a site turned on), the newer run replaces this one:
 * each injection's context invalidates the one before.
 */
export async function startOnPage(ctx: ContentScriptContext): Promise<void> {
  const stopping = new AbortController();
  const signal = AbortSignal.any([ctx.signal, stopping.signal]);
  // A page in design mode is one big editor: leave it alone. (`bodyOf`: a page may name an
  // element "body" to shadow `document.body`.)
  const body = bodyOf(document);
  if (designModeOf(document) === 'on' || !body || !Highlights.supported()) return;
  let settings: ContentSettings = await readContentSettings();
  if (settings.disabledSites.includes(location.hostname)) return;
  // Right after install the index may still be on its way: wait for it rather than give up.
  let index = (await detectionIndexItem.read()) ?? (await nextIndex(ctx));
  if (!index || ctx.isInvalid) return;
  let pinnedIds = await readPinnedIds();

  // Each step its own task, none near the 50 ms line: reading the index, compiling the matcher
  // in steps, then scanning in slices once the page has laid out.
  await yieldToPage();
  const matcher = await compileInSteps(index);
  const exactIds = new Map(index.exactIds);
  // Once compiled, the aliases are not needed again: keep the model list, drop the rest.
  index = slim(index);
  await nextFrame();
  if (ctx.isInvalid) return;
  const highlights = new Highlights();
  const scanner = new PageScanner(matcher, highlights, {
    hostname: location.hostname,
    exactIds,
    isPinned: (target) => pinnedIds.has(index!.models[target]!.id),
    includeFamilies: () => settings.showFamilyMentions,
  });
  const reporter = new MentionReporter(scanner, () => index!);
  const watcher = new MutationWatcher(body, {
    rescan: async (roots) => {
      for (const root of roots) await scanner.scan(root, signal);
      scanner.prune();
      reporter.soon();
    },
  });

  await scanner.scan(body, signal);
  if (ctx.isInvalid) return;
  watcher.start();
  reporter.soon();
  const trigger = new CardTrigger(scanner, () => index!, () => settings, signal);

  const rescanAll = () => {
    scanner.clear();
    void scanner.scan(body, signal).then(() => reporter.soon());
  };
  const stopWatchingSettings = watchContentSettings((next) => {
    // Turned off here: the marks go from the open page, not only from pages loaded later.
    if (isSiteOn(location.hostname, settings) && !isSiteOn(location.hostname, next)) {
      stop();
      return;
    }
    const familiesChanged = next.showFamilyMentions !== settings.showFamilyMentions;
    settings = next;
    if (familiesChanged) rescanAll();
  });
  const stopWatchingPins = watchPinnedIds((ids) => {
    pinnedIds = ids;
    scanner.refreshPinned();
  });
  const onIndexChange = (parsed: DetectionIndex | null) => {
    if (!parsed) return;
    // A newer index arriving while this one compiles wins.
    const compiling = (latestIndex = compileInSteps(parsed));
    void compiling.then((compiled) => {
      if (compiling !== latestIndex || ctx.isInvalid) return;
      index = slim(parsed);
      scanner.replaceMatcher(compiled, new Map(parsed.exactIds));
      rescanAll();
    });
  };
  let latestIndex: Promise<Matcher> | undefined;
  const stopWatchingIndex = detectionIndexItem.watch(onIndexChange);

  const onMessage = (message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const { target, type } = (message ?? {}) as { target?: unknown; type?: unknown };
    if (target !== 'content') return undefined;
    if (type === 'getPageModels') return Promise.resolve(pageModels(scanner, index!));
    if (type === 'openCard') return trigger.openFromKeyboard().then(() => true);
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);

  let stopped = false;
  function stop(): void {
    if (stopped) return;
    stopped = true;
    stopping.abort();
    watcher.stop();
    highlights.clear();
    stopWatchingSettings();
    stopWatchingPins();
    stopWatchingIndex();
    browser.runtime.onMessage.removeListener(onMessage);
  }
  ctx.onInvalidated(stop);
}

/** About 5 ms of work per step on a slow machine. */
const ALIASES_PER_STEP = 600;

async function compileInSteps(index: DetectionIndex): Promise<Matcher> {
  const steps = compileMatcher(index, ALIASES_PER_STEP);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await yieldToPage();
  }
}

function slim(index: DetectionIndex): DetectionIndex {
  return { ...index, aliases: [], exactIds: [] };
}

function pageModels(scanner: PageScanner, index: DetectionIndex): PageModel[] {
  return [...scanner.modelCounts()]
    .map(([target, count]) => ({ id: index.models[target]!.id, name: index.models[target]!.name, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/**
 * Tells the background what the page names (for the toolbar badge and, if the user keeps it,
 * the record of where models were seen): once per model per page load, batched.
 */
class MentionReporter {
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
    void browser.runtime
      .sendMessage({ type: 'pageMentions', host: location.hostname, modelIds: fresh.slice(0, 2000), distinct: ids.length })
      .catch(() => undefined);
  }
}

function nextIndex(ctx: ContentScriptContext): Promise<DetectionIndex | null> {
  return new Promise((resolve) => {
    const stopWatching = detectionIndexItem.watch((next) => {
      if (!next) return;
      stopWatching();
      resolve(next);
    });
    ctx.onInvalidated(() => {
      stopWatching();
      resolve(null);
    });
  });
}
