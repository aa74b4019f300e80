import { Window } from 'happy-dom';
import { collectTextRuns } from '../../lib/ext/content/text-runs';

/** Separates runs so that no name is read across two of them. */
export const RUN_SEPARATOR = '\n\n';

/** The text the content script would scan in this page: its text runs, in document order. */
export function htmlToScannedText(html: string): string {
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  try {
    const document = new window.DOMParser().parseFromString(html, 'text/html');
    const root = document.body ?? document.documentElement;
    return collectTextRuns(root as unknown as Node)
      .map((run) => run.text)
      .join(RUN_SEPARATOR);
  } finally {
    void window.happyDOM.close();
  }
}
