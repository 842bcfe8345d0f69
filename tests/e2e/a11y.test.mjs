// Accessibility: axe-core (WCAG 2.x A and AA rules) finds no violation in the
// main views. axe is injected by the test, so this one context bypasses the
// page's CSP (every other test runs under it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { startServer, launch, waitIdle, skipReason, ROOT } from './helpers.mjs';
import { englishAnalysis, hindiAnalysis } from './fixtures/synthetic.mjs';

const AXE = join(ROOT, 'node_modules/axe-core/axe.min.js');
const skip = skipReason() || (existsSync(AXE) ? false : 'axe-core is not installed (npm install)');

async function violations(page, what) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(() => globalThis.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  }));
  return result.violations.map((v) => `${what}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

test('no WCAG A/AA violations on the empty page, a document, the corpus view and an open entity', { skip }, async () => {
  const server = await startServer();
  const browser = await launch({ bypassCSP: true });
  try {
    const page = await browser.context.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => globalThis.khabarApp);
    const found = [...await violations(page, 'empty page')];
    await page.click('#both-samples');
    await waitIdle(page);
    found.push(...await violations(page, 'English sample'));
    await page.click('#tab-hi-rajnath-putin-moscow-2024-12-10');
    await page.locator('.reading mark.ent').first().click();
    found.push(...await violations(page, 'Hindi sample with an entity open'));
    await page.click('#tab-corpus');
    found.push(...await violations(page, 'corpus view'));
    await page.evaluate(([a, b]) => khabarApp.addAnalyses([{ analysis: a }, { analysis: b }]), [englishAnalysis(), hindiAnalysis()]);
    await page.click('#tab-synthetic-en');
    found.push(...await violations(page, 'synthetic document'));
    assert.deepEqual(found, []);
  } finally {
    await browser.close();
    await server.close();
  }
});
