import { defineContentScript } from 'wxt/utils/define-content-script';
import { readCatalogue } from '@/lib/ext/catalogue-store';

export default defineContentScript({
  matches: ['*://openrouter.ai/*', '*://huggingface.co/*'],
  runAt: 'document_idle',
  async main() {
    const catalogue = await readCatalogue();
    document.documentElement.dataset.modelLens = catalogue ? String(catalogue.models.length) : '0';
  },
});
