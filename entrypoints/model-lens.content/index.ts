import { defineContentScript } from 'wxt/utils/define-content-script';
import { startOnPage } from '@/lib/ext/content/controller';
import { DEFAULT_SITE_MATCHES } from '@/lib/user-data/settings-defaults';
import './highlights.css';

export default defineContentScript({
  matches: [...DEFAULT_SITE_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    void startOnPage(ctx).catch((error: unknown) => console.error('[Model Lens]', error));
  },
});
