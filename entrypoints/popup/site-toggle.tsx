import { browser } from 'wxt/browser';
import { sendToBackground } from '@/lib/ext/shared/send';
import { sitePattern } from '@/lib/user-data/settings-defaults';
import type { PopupState } from './state';

/** On for this site, or a button to turn it on (the permission is asked for right here, on the click). */
export function SiteToggle({ state }: { state: PopupState }) {
  const site = state.site.value;
  if (site.kind === 'unsupported') return <p class="small muted">Model Lens works on web pages.</p>;

  const enable = () => {
    // The permission prompt must come straight from the click, before anything else is awaited.
    const granted = site.isDefault ? Promise.resolve(true) : browser.permissions.request({ origins: [sitePattern(site.host)] });
    // The click also grants this tab to the extension (activeTab): mark the page now. The popup
    // may close while the browser shows its prompt; the grant then turns the site on.
    const tabId = state.tabInfo.value.id;
    const marking = tabId === undefined || site.isDefault ? Promise.resolve() : sendToBackground({ type: 'startInTab', tabId });
    void state.act(async () => {
      await marking;
      if (!(await granted)) return `Model Lens was not allowed on ${site.host}: this page stays marked until it reloads.`;
      state.settings.value = await sendToBackground({ type: 'enableSite', host: site.host });
      return `Model Lens is on for ${site.host}.`;
    });
  };
  const disable = () =>
    void state.act(async () => {
      state.settings.value = await sendToBackground({ type: 'disableSite', host: site.host });
      return `Model Lens is off for ${site.host}.`;
    });

  return (
    <p class="row small">
      {site.kind === 'on' ? (
        <>
          <span class="grow">
            On for <strong>{site.host}</strong>
            {site.isDefault ? ' (default)' : ''}
          </span>
          <button type="button" onClick={disable}>
            Turn off here
          </button>
        </>
      ) : (
        <>
          <span class="grow muted">Off for {site.host}</span>
          <button type="button" class="primary" onClick={enable}>
            Enable on this site
          </button>
        </>
      )}
    </p>
  );
}
