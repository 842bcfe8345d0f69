// Shared helpers of the end-to-end tests: a static server on a free port
// (Node's http module), Debian's chromium through playwright-core, and
// watchers that turn CSP violations, page errors and off-site requests into
// test failures. Screenshots go to tests/screenshots/.
import { before, after } from 'node:test';
import { createServer } from 'node:http';
import { readFile, stat, mkdtemp, rm, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const WWW = join(ROOT, 'www');
export const SCREENSHOTS = join(ROOT, 'tests/screenshots');
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
export const SAMPLE_EN = join(WWW, 'samples/en-ani-nadda-murashko-2025-12-04.txt');
export const SAMPLE_HI = join(WWW, 'samples/hi-rajnath-putin-moscow-2024-12-10.txt');

/** Why the browser tests cannot run here, or false when they can. */
export function skipReason() {
  if (!existsSync(CHROMIUM)) return `${CHROMIUM} is missing (apt-get install chromium)`;
  if (!existsSync(join(WWW, 'pkg/khabar_wasm_bg.wasm'))) return 'www/pkg is missing: run `npm run build` first';
  return false;
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ts': 'text/plain; charset=utf-8',
};

/**
 * Serves `mounts` ({'/': dir, '/bare/': otherDir}) on 127.0.0.1 and a free
 * port. Returns {url, close, requests} where requests lists every path served.
 */
export async function startServer(mounts = { '/': WWW }) {
  const requests = [];
  const entries = Object.entries(mounts).sort((a, b) => b[0].length - a[0].length);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    requests.push(url.pathname);
    try {
      const [prefix, dir] = entries.find(([p]) => url.pathname.startsWith(p));
      const rel = decodeURIComponent(url.pathname.slice(prefix.length));
      let path = normalize(join(dir, rel));
      if (path !== dir && !path.startsWith(dir + sep)) throw new Error('outside');
      if ((await stat(path).catch(() => null))?.isDirectory()) path = join(path, 'index.html');
      const body = await readFile(path);
      res.writeHead(200, { 'Content-Type': TYPES[extname(path)] || 'application/octet-stream', 'Cache-Control': 'no-cache' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => {
      server.closeAllConnections?.();
      server.close(() => resolve());
    }),
  };
}

/** Launches chromium with a fresh profile; returns {context, close}. */
export async function launch(options = {}) {
  const { chromium } = await import('playwright-core');
  const dir = await mkdtemp(join(tmpdir(), 'khabar-e2e-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    ...options,
  });
  return {
    context,
    close: async () => {
      await context.close().catch(() => {});
      await rm(dir, { recursive: true, force: true }).catch(() => {});
    },
  };
}

/**
 * Watches a page: CSP violations (reported from inside the page), uncaught
 * errors, console errors and dialogs are collected in `problems`.
 */
export async function watch(page) {
  const problems = [];
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('dialog', (d) => {
    problems.push(`dialog opened: ${d.message()}`);
    d.dismiss().catch(() => {});
  });
  return {
    problems,
    /** Problems plus the CSP violations the page saw. */
    async all() {
      const csp = await page.evaluate(() => window.__cspViolations || []).catch(() => []);
      return [...problems, ...csp.map((v) => `CSP violation: ${v}`)];
    },
  };
}

/** Saves a screenshot under tests/screenshots/. */
export async function screenshot(page, name, opts = {}) {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), ...opts });
}

/** Drops files on a selector with a DataTransfer built in the page. */
export async function dropFiles(page, selector, files) {
  const payload = files.map((f) => ({ name: f.name, type: f.type || 'text/plain', data: Buffer.from(f.data).toString('base64') }));
  await page.evaluate(({ selector, payload }) => {
    const dt = new DataTransfer();
    for (const f of payload) {
      const bytes = Uint8Array.from(atob(f.data), (c) => c.charCodeAt(0));
      dt.items.add(new File([bytes], f.name, { type: f.type }));
    }
    const target = document.querySelector(selector);
    for (const type of ['dragenter', 'dragover', 'drop']) {
      target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt }));
    }
  }, { selector, payload });
}

/** Waits until no document is queued or running. */
export async function waitIdle(page, timeout = 60000) {
  await page.waitForFunction(() => {
    const s = globalThis.khabarApp && globalThis.khabarApp.state;
    return s && !s.running && s.queue.length === 0 && s.docs.length > 0 && s.docs.every((d) => d.status !== 'running' && d.status !== 'queued');
  }, null, { timeout });
}

/**
 * One static server and one browser for a whole test file (launching one
 * per test would cost seconds each). `openPage({init})` gives a fresh page
 * on the app with problems watched; `init` runs before the page's scripts.
 */
export function sharedBrowser() {
  const shared = { server: null, browser: null };
  before(async () => {
    if (skipReason()) return;
    shared.server = await startServer();
    shared.browser = await launch();
  });
  after(async () => {
    await shared.browser?.close();
    await shared.server?.close();
  });
  shared.openPage = async ({ init } = {}) => {
    const page = await shared.browser.context.newPage();
    const watcher = await watch(page);
    if (init) await page.addInitScript(init);
    await page.goto(shared.server.url);
    await page.waitForFunction(() => globalThis.khabarApp);
    return { page, watcher };
  };
  return shared;
}

/** Pastes `text` into the paste box, analyzes it and waits until done. */
export async function analyzePasted(page, text) {
  await page.fill('#paste-box', text);
  await page.click('#analyze-paste');
  await waitIdle(page);
}

/**
 * A first visit of the page at `url` over an emulated link (Chromium's
 * network emulation through playwright-core; use a new origin per visit, so
 * no cache or service worker helps): the English sample is clicked as soon
 * as the page is up. Returns {ms} from navigation to the first result, the
 * progress `labels` seen on the way ("text|value|max") and the largest
 * response's bytes on the `wire` (the module).
 */
export async function firstVisit(context, url, { mbps, latency }) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const bytesPerSecond = (mbps * 1e6) / 8;
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency, downloadThroughput: bytesPerSecond, uploadThroughput: bytesPerSecond });
  let wire = 0;
  cdp.on('Network.loadingFinished', (e) => {
    wire = Math.max(wire, e.encodedDataLength);
  });
  const labels = [];
  await page.exposeFunction('__khabarLabel', (l) => labels.push(l));
  await page.addInitScript(() => {
    new MutationObserver(() => {
      const l = document.getElementById('progress-label');
      const bar = document.getElementById('progress');
      const area = document.getElementById('progress-area');
      if (l && area && !area.hidden) globalThis.__khabarLabel(`${l.textContent}|${bar.getAttribute('value')}|${bar.max}`);
    }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  const t0 = Date.now();
  await page.goto(url);
  await page.click('button.sample[data-sample*="en-ani"]');
  await page.waitForSelector('.reading mark.ent', { timeout: 180000 });
  const ms = Date.now() - t0;
  // The page registers its service worker once the result is in, and the
  // worker's install downloads every file of the page: let it finish, so
  // that it does not run during the next visit's measurement.
  await page
    .evaluate(() => ('serviceWorker' in navigator ? Promise.race([navigator.serviceWorker.ready, new Promise((r) => setTimeout(r, 15000))]) : null))
    .then(() => null, () => null);
  await page.close();
  return { ms, labels, wire };
}
