// A hostile HTML document (scripts, event handlers, javascript: URLs, meta
// refresh, remote images/fonts/CSS, iframes, SVG with script, CSS
// exfiltration): analyzing it must run nothing and fetch nothing. Every
// request is intercepted; anything not from the app's own server fails the
// test, and so does any CSP violation, page error or dialog.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startServer, launch, watch, screenshot, dropFiles, waitIdle, skipReason, ROOT } from './helpers.mjs';

const skip = skipReason();
const HOSTILE = join(ROOT, 'tests/e2e/fixtures/hostile.html');
let server;
let browser;
const offsite = [];

before(async () => {
  if (skip) return;
  server = await startServer();
  // Service workers blocked so every request goes through the interception.
  browser = await launch({ serviceWorkers: 'block' });
  await browser.context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(server.origin + '/') || url.startsWith('blob:') || url.startsWith('data:')) return route.continue();
    offsite.push(url);
    return route.abort();
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function assertNothingRan(page, watcher) {
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no script from the document ran');
  assert.equal(page.url(), server.url, 'no navigation (meta refresh, javascript: URL, form)');
  assert.deepEqual(offsite, [], 'no request left the page');
  assert.deepEqual(await watcher.all(), [], 'no CSP violation, page error or dialog');
  const foreign = await page.$$eval('.reading img, .reading iframe, .reading script, .reading svg, .reading a, .reading object, .reading embed, .reading style, .reading link, .reading video, .reading audio, .reading form, .reading input',
    (els) => els.map((e) => e.tagName));
  assert.deepEqual(foreign, [], 'no element of the document reached the page');
}

test('dropping the hostile HTML file runs and fetches nothing', { skip }, async () => {
  const page = await browser.context.newPage();
  const watcher = await watch(page);
  await page.goto(server.url);
  await page.waitForFunction(() => globalThis.khabarApp);
  const requestsAtLoad = server.requests.length;
  await dropFiles(page, '#dropzone', [{ name: 'hostile.html', type: 'text/html', data: readFileSync(HOSTILE) }]);
  await waitIdle(page);
  const doc = await page.evaluate(() => khabarApp.state.docs[0]);
  assert.equal(doc.status, 'done', doc.error);
  assert.match(doc.analysis.text, /Rajnath Singh met Russian President Vladimir Putin/);
  // Interact with everything: hover, focus, click marks and panels.
  // A short timeout: an element hidden behind another panel is skipped
  // instead of holding the test for Playwright's default 30 s.
  for (const sel of ['.reading', '.reading mark.ent', '.reading .timex', '.entity-list button', '.tl-item']) {
    const n = await page.locator(sel).count();
    for (let i = 0; i < Math.min(n, 5); i++) await page.locator(sel).nth(i).click({ timeout: 2000 }).catch(() => {});
  }
  await assertNothingRan(page, watcher);
  const after = server.requests.slice(requestsAtLoad);
  // The page's own files only; Chromium may fetch the favicon
  // (index.html's icon.svg) at any time after load.
  assert.deepEqual(after.filter((p) => !/^\/(pkg\/|worker\.js|khabar\.js|samples\/|fonts\/|i18n\.js|batch\.js|icon\.svg$)/.test(p)), [], `no request after load but the app's own: ${after}`);
  await screenshot(page, 'hostile', { fullPage: true });

  // Its HTML report is inert too: open it with the network intercepted.
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('[data-export=html]')]);
  const report = await readFile(await dl.path(), 'utf8');
  assert.doesNotMatch(report, /<(script|iframe|img|object|embed|svg:script|link|base|meta http-equiv="refresh")\b/i, 'the document is escaped text in the report');
  const reportPage = await browser.context.newPage();
  const reportWatcher = await watch(reportPage);
  await reportPage.setContent(report);
  await reportPage.waitForTimeout(200);
  assert.equal(await reportPage.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(await reportPage.$$eval('script, iframe, img, object, embed, link, a[href], form', (els) => els.map((e) => e.tagName)), []);
  assert.deepEqual(offsite, []);
  assert.deepEqual(reportWatcher.problems, []);
  await reportPage.close();
  await page.close();
});

test('pasting the hostile HTML runs and fetches nothing', { skip }, async () => {
  const page = await browser.context.newPage();
  const watcher = await watch(page);
  await page.goto(server.url);
  await page.waitForFunction(() => globalThis.khabarApp);
  await page.fill('#paste-box', readFileSync(HOSTILE, 'utf8'));
  await page.click('#analyze-paste');
  await waitIdle(page);
  assert.equal(await page.evaluate(() => khabarApp.state.docs[0].status), 'done');
  await assertNothingRan(page, watcher);
  await page.close();
});

test('the page itself carries a strict CSP', { skip }, async () => {
  const page = await browser.context.newPage();
  await page.goto(server.url);
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  const tokens = csp.split(/[;\s]+/);
  for (const bad of ["'unsafe-inline'", "'unsafe-eval'", '*', 'http:', 'https:']) assert.ok(!tokens.includes(bad), `no ${bad}`);
  // An injected inline script is refused by the policy.
  const ran = await page.evaluate(() => new Promise((resolve) => {
    document.addEventListener('securitypolicyviolation', () => resolve('blocked'), { once: true });
    const s = document.createElement('script');
    s.textContent = 'window.__inline = 1';
    document.body.append(s);
    setTimeout(() => resolve(window.__inline ? 'ran' : 'blocked'), 500);
  }));
  assert.equal(ran, 'blocked');
  await page.close();
});

test('the HTML is read as an article: its markup does not become text', { skip }, async () => {
  const { analyze } = await import('../../www/khabar.js');
  const a = await analyze(new Uint8Array(readFileSync(HOSTILE)), { name: 'hostile.html' });
  assert.match(a.text, /Rajnath Singh met Russian President Vladimir Putin/);
  assert.doesNotMatch(a.text, /evil\.example|onerror|head script|<img|<iframe/);
  assert.match(a.text, /<script>window.__pwned = 'escaped text'<\/script> is shown as text/);
});
