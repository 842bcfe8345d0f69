// <khabar-analyzer> on a bare page (no khabar CSS or markup): two lines of HTML.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startServer, launch, watch, screenshot, skipReason, WWW, ROOT } from './helpers.mjs';

const skip = skipReason();

test('the web component analyzes its content and a pasted article', { skip }, async () => {
  const server = await startServer({ '/': join(ROOT, 'tests/e2e/fixtures/bare'), '/khabar/': WWW });
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    const watcher = await watch(page);
    await page.goto(server.url);
    const first = await page.evaluate(() => new Promise((resolve) => {
      const el = document.querySelector('khabar-analyzer');
      if (el.analysis) return resolve(el.analysis);
      el.addEventListener('khabar-analyzed', (e) => resolve(e.detail), { once: true });
      el.addEventListener('khabar-error', (e) => resolve({ error: e.detail }), { once: true });
    }));
    assert.equal(first.error, undefined);
    assert.equal(first.published, '2024-12-12', 'the date attribute is the reference date');
    const shadowText = await page.locator('khabar-analyzer .reading').innerText();
    assert.match(shadowText, /Rajnath Singh met Russian President/);
    assert.match(shadowText, /राजनाथ सिंह/);
    assert.equal(await page.locator('khabar-analyzer .reading mark.ent').count(),
      first.entities.reduce((n, e) => n + e.mentions.length, 0), 'one mark per mention');
    // The JS API of the element.
    const second = await page.evaluate(() => document.querySelector('khabar-analyzer').analyze('Narendra Modi spoke in Varanasi on Monday.'));
    assert.match(second.text, /Varanasi/);
    await page.locator('khabar-analyzer textarea').fill('Amit Shah visited Srinagar on 3 March 2024.');
    await page.locator('khabar-analyzer button', { hasText: 'Analyze' }).click();
    await page.waitForFunction(() => /Srinagar/.test(document.querySelector('khabar-analyzer').shadowRoot.querySelector('.reading')?.textContent || ''));
    await screenshot(page, 'web-component', { fullPage: true });
    assert.deepEqual(await watcher.all(), []);
  } finally {
    await browser.close();
    await server.close();
  }
});
