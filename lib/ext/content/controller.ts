import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Matcher } from '../../detection/matcher';
import { bodyOf, designModeOf } from '../shared/dom-access';
import { CardTrigger } from './card-trigger';
import { compileInSteps, slim } from './compile-in-steps';
import { isSiteOn, readContentSettings, watchContentSettings, type ContentSettings } from './content-settings';
import { nextIndex, readIndex, watchIndex } from './detection-index';
import { Highlights } from './highlights';
import { MentionReporter } from './mention-reporter';
import { MutationWatcher } from './mutation-watcher';
import { answerPageRequests } from './page-requests';
import { PageScanner } from './page-scanner';
import { readPinnedIds, watchPinnedIds } from './pinned-models';
import { afterRendering, yieldToPage } from './slicing';

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
  let index = (await readIndex()) ?? (await nextIndex(ctx));
  if (!index || ctx.isInvalid) return;
  let pinnedIds = await readPinnedIds();

  // Each step its own task, none near the 50 ms line: reading the index, compiling the matcher
  // in steps, then scanning in slices once the page has laid out.
  await yieldToPage();
  const matcher = await compileInSteps(index);
  const exactIds = new Map(index.exactIds);
  index = slim(index);
  await afterRendering();
  if (ctx.isInvalid) return;
  const highlights = new Highlights();
  const scanner = new PageScanner(matcher, highlights, {
    hostname: location.hostname,
    exactIds,
    isPinned: (target) => pinnedIds.has(index!.models[target]!.id),
    includeFamilies: () => settings.showFamilyMentions,
  });
  const reporter = new MentionReporter(scanner, () => index!);
  let scansDone = 0;
  const scan = (root: Node) => scanner.scan(root, signal).then(() => void (scansDone += 1));
  const watcher = new MutationWatcher(body, {
    rescan: async (roots) => {
      for (const root of roots) await scan(root);
      scanner.prune();
      reporter.soon();
    },
  });

  await scan(body);
  if (ctx.isInvalid) return;
  watcher.start();
  reporter.soon();
  const trigger = new CardTrigger(scanner, () => index!, () => settings, signal);

  const rescanAll = () => {
    scanner.clear();
    void scan(body).then(() => reporter.soon());
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
  let latestIndex: Promise<Matcher> | undefined;
  const stopWatchingIndex = watchIndex((parsed) => {
    // A newer index arriving while this one compiles wins.
    const compiling = (latestIndex = compileInSteps(parsed));
    void compiling.then((compiled) => {
      if (compiling !== latestIndex || ctx.isInvalid) return;
      index = slim(parsed);
      scanner.replaceMatcher(compiled, new Map(parsed.exactIds));
      rescanAll();
    });
  });
  const stopAnswering = answerPageRequests(scanner, () => index!, trigger, () => scansDone);

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
    stopAnswering();
  }
  ctx.onInvalidated(stop);
}
