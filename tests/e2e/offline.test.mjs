// Offline: after the first visit the service worker serves the page, the
// analyzer and the samples with the network off.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, watch, screenshot, waitIdle, skipReason } from './helpers.mjs';

const skip = skipReason();

test('the page reloads and analyzes with the network off', { skip }, async () => {
  const server = await startServer();
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    const watcher = await watch(page);
    await page.goto(server.url);
    await page.evaluate(() => navigator.serviceWorker.ready);
    // The manifest is linked and parses.
    const manifest = await page.evaluate(async () => (await fetch(document.querySelector('link[rel=manifest]').href)).json());
    assert.equal(manifest.short_name, 'khabar');
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await browser.context.setOffline(true);
    await server.close(); // really gone, not just emulated
    await page.reload();
    await page.waitForFunction(() => globalThis.khabarApp);
    await page.click('#both-samples');
    await waitIdle(page);
    const states = await page.evaluate(() => khabarApp.state.docs.map((d) => d.status));
    assert.deepEqual(states, ['done', 'done']);
    assert.match(await page.locator('.reading').innerText(), /Nadda/);
    await screenshot(page, 'offline');
    assert.deepEqual((await watcher.all()).filter((p) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(p)), []);
  } finally {
    await browser.close();
    await server.close().catch(() => {});
  }
});
