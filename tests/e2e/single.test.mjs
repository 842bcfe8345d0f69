// `npm run build:single` → dist/khabar.html works when opened from file://.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, watch, screenshot, waitIdle, skipReason, dropFiles, ROOT, SAMPLE_HI } from './helpers.mjs';

const skip = skipReason();

test('the single-file build works from file:// with no network', { skip }, async () => {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/build-single.mjs')], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const file = join(ROOT, 'dist/khabar.html');
  const html = readFileSync(file, 'utf8');
  assert.doesNotMatch(html, /<script[^>]+src=|<link[^>]+stylesheet/, 'nothing external');
  const browser = await launch();
  const requests = [];
  try {
    await browser.context.route('**/*', (route) => {
      const url = route.request().url();
      if (!url.startsWith('file://') && !url.startsWith('blob:') && !url.startsWith('data:')) requests.push(url);
      return url.startsWith('file://') || url.startsWith('blob:') || url.startsWith('data:') ? route.continue() : route.abort();
    });
    const page = await browser.context.newPage();
    const watcher = await watch(page);
    await page.goto(pathToFileURL(file).href);
    await page.click('#both-samples');
    await waitIdle(page);
    const docs = await page.evaluate(() => khabarApp.state.docs.map((d) => [d.status, d.error]));
    assert.deepEqual(docs, [['done', null], ['done', null]]);
    assert.equal(await page.evaluate(() => khabarApp.analyzerMode), 'worker', 'analysis runs in a worker from file:// too');
    await dropFiles(page, '#dropzone', [{ name: 'dropped.txt', data: readFileSync(SAMPLE_HI) }]);
    await waitIdle(page);
    assert.equal(await page.evaluate(() => khabarApp.state.docs.at(-1).status), 'done');
    assert.match(await page.locator('.reading').innerText(), /राजनाथ/);
    await screenshot(page, 'single-file');
    assert.deepEqual(requests, []);
    assert.deepEqual(await watcher.all(), []);
  } finally {
    await browser.close();
  }
});
