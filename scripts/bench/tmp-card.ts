/// <reference types="chrome" />
import { resolve } from 'node:path';
import { FixtureServer } from '../browser/fixture-server';
import { extensionWorker, launchWithExtension } from '../browser/launch';
const server = new FixtureServer(); await server.start(); server.route('/', { file: resolve(import.meta.dirname, '../demo/page.html') });
const { browser, extensionId } = await launchWithExtension({ localHosts: ['openrouter.ai'] });
const worker = await extensionWorker(browser, extensionId);
for (let i = 0; i < 100; i++) { if (await worker.evaluate(async () => typeof (await chrome.storage.local.get('detectionIndex')).detectionIndex === 'string')) break; await new Promise(r => setTimeout(r, 100)); }
const page = await browser.newPage();
page.on('console', m => console.log('PAGE', m.text()));
await page.goto(server.url('/', 'openrouter.ai'));
await page.waitForFunction(() => (CSS.highlights.get('model-lens')?.size ?? 0) > 5);
const rect = await page.evaluate(() => { const h = CSS.highlights.get('model-lens')!; const r = [...h][1] as StaticRange; const range = document.createRange(); range.setStart(r.startContainer, r.startOffset); range.setEnd(r.endContainer, r.endOffset); const b = range.getBoundingClientRect(); return { x: b.left + b.width / 2, y: b.top + b.height / 2, text: range.toString() }; });
console.log(rect);
await page.mouse.move(rect.x - 30, rect.y + 30); await page.mouse.move(rect.x, rect.y, { steps: 5 });
await new Promise(r => setTimeout(r, 1500));
const card = await page.evaluate(() => { const host = document.querySelector('model-lens-card'); return host ? { connected: host.isConnected, rect: host.getBoundingClientRect().toJSON() } : null; });
console.log('card', card);
await page.screenshot({ path: '/tmp/card.png' });
await browser.close(); await server.stop();
