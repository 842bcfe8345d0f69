// Regenerates the screenshots in docs/: the reading view, the timeline and
// the merged view (entity table, network) of both samples, on a desktop (1366×900) and a phone
// (390×844), plus docs/screenshot.png (the README's).
// Needs www/pkg (npm run build) and Debian's chromium (playwright-core).
// Usage: node scripts/screenshots.mjs
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './lib.mjs';
import { serve } from './serve.mjs';

const OUT = join(ROOT, 'docs/screenshots');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
if (!existsSync(join(ROOT, 'www/pkg/khabar_wasm_bg.wasm'))) {
  console.error('✖ www/pkg is missing: run `npm run build` first.');
  process.exit(1);
}

const { chromium } = await import('playwright-core');
const server = await serve(0);
const url = `http://127.0.0.1:${server.address().port}/`;
const dir = await mkdtemp(join(tmpdir(), 'khabar-shots-'));
const context = await chromium.launchPersistentContext(dir, {
  executablePath: CHROMIUM,
  headless: true,
  locale: 'en-GB',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--hide-scrollbars'],
});
await mkdir(OUT, { recursive: true });
const shots = [];
try {
  for (const [w, h, size] of [[1366, 900, 'desktop'], [390, 844, 'phone']]) {
    const page = await context.newPage();
    await page.setViewportSize({ width: w, height: h });
    await page.goto(url);
    await page.waitForFunction(() => globalThis.khabarApp);
    await page.click('#both-samples');
    await page.waitForFunction(() => {
      const s = globalThis.khabarApp.state;
      return !s.running && s.docs.length === 2 && s.docs.every((d) => d.status === 'done') && s.corpus;
    }, null, { timeout: 120000 });
    const save = async (name) => {
      const path = join(OUT, `${name}-${size}.png`);
      await page.screenshot({ path });
      shots.push(path);
    };
    // Reading view: the Hindi sample, as the page shows it after analysis.
    await page.click('#tab-hi-rajnath-putin-moscow-2024-12-10');
    await page.locator('.doc-head').evaluate((n) => n.scrollIntoView());
    await save('reading');
    if (size === 'desktop') {
      await page.locator('.reading mark.ent-PERSON').first().click();
      await page.locator('.doc-head').evaluate((n) => n.scrollIntoView());
      await page.screenshot({ path: join(ROOT, 'docs/screenshot.png') });
      shots.push(join(ROOT, 'docs/screenshot.png'));
    }
    // Timeline and merged view: all documents.
    await page.click('#tab-corpus');
    await page.locator('#sec-ctl').evaluate((n) => n.scrollIntoView());
    await save('timeline');
    await page.locator('#sec-cent').evaluate((n) => n.scrollIntoView());
    await save('merged');
    await page.locator('#sec-net').evaluate((n) => n.scrollIntoView());
    await save('network');
    await page.close();
  }
} finally {
  await context.close();
  server.close();
  await rm(dir, { recursive: true, force: true });
}
for (const s of shots) console.log(s.replace(`${ROOT}/`, ''));
