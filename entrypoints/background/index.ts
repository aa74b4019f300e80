import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { backgroundHandlers, onAlarm, onCommand, onPermissionsAdded, onPermissionsRemoved, onSyncedPinsChanged, startUp } from '@/lib/ext/background/background-service';
import { startPageBudget } from '@/lib/ext/background/hub-lookup';
import { onSiteMenuClicked } from '@/lib/ext/background/site-menu';
import { listenForRequests } from '@/lib/ext/shared/messages';
import { syncedPinsItem } from '@/lib/ext/shared/storage/synced-pins-item';

export default defineBackground(() => {
  // Listeners are registered synchronously so a woken service worker sees its event.
  listenForRequests(backgroundHandlers);
  browser.runtime.onInstalled.addListener(({ reason }) => {
    void startUp({ refresh: reason === 'install' || reason === 'update' }).catch(reportError);
  });
  browser.runtime.onStartup.addListener(() => {
    void startUp({ refresh: false }).catch(reportError);
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    void onAlarm(alarm.name)?.catch(reportError);
  });
  browser.commands.onCommand.addListener((command) => {
    void onCommand(command).catch(reportError);
  });
  // Each page (a load, or a move to another address in the page's script) gets a fresh budget of Hugging Face look-ups.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    startPageBudget(String(tabId), { loading: change.status === 'loading', url: change.url });
  });
  browser.permissions.onRemoved.addListener(() => {
    void onPermissionsRemoved().catch(reportError);
  });
  browser.permissions.onAdded.addListener(({ origins }) => {
    void onPermissionsAdded(origins).catch(reportError);
  });
  syncedPinsItem.watch(() => {
    void onSyncedPinsChanged().catch(reportError);
  });
  // Not async before the request: the permission prompt needs the click's user gesture.
  browser.contextMenus.onClicked.addListener((info, tab) => {
    void onSiteMenuClicked(info, tab).catch(reportError);
  });
});

function reportError(error: unknown): void {
  console.error('[Model Lens]', error);
}
