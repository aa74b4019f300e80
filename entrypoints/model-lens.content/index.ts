import { defineContentScript } from 'wxt/utils/define-content-script';
import { startOnPage } from '@/lib/ext/content/controller';
import './highlights.css';

export default defineContentScript({
  matches: ['*://openrouter.ai/*', '*://huggingface.co/*'],
  runAt: 'document_idle',
  main(ctx) {
    void startOnPage(ctx).catch((error: unknown) => console.error('[Model Lens]', error));
  },
});
