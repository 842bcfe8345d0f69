import { launch } from './helpers.mjs';
import { serve } from '../../scripts/serve.mjs';
const browser = await launch();
for (let run = 0; run < Number(process.env.RUNS || 3); run++) {
  const s = await serve(0);
  const url = `http://127.0.0.1:${s.address().port}/`;
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const bps = Number(process.env.MBPS || 10) * 1e6 / 8;
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 40, downloadThroughput: bps, uploadThroughput: bps });
  const reqs = new Map(); const ev = [];
  const t0 = Date.now();
  cdp.on('Network.requestWillBeSent', (e) => reqs.set(e.requestId, { url: e.request.url.replace(url, ''), start: Date.now() - t0 }));
  cdp.on('Network.loadingFinished', (e) => { const r = reqs.get(e.requestId); if (r) { r.end = Date.now() - t0; r.bytes = e.encodedDataLength; } });
  const labels = [];
  page.on('worker', (w) => w.on('console', (m) => { const [a,b,c]=m.text().split(' '); if (a==='T') labels.push([Number(c)-t0, b]); }));
  page.on('console', (m) => { const [a,b,c]=m.text().split(' '); if (a==='T') labels.push([Number(c)-t0, b]); });
  await page.exposeFunction('__lab', (l) => labels.push([Date.now() - t0, l]));
  await page.addInitScript(() => {
    new MutationObserver(() => {
      const l = document.getElementById('progress-label');
      if (l) globalThis.__lab(l.textContent);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await page.goto(url);
  const tGoto = Date.now() - t0;
  await page.click('button.sample[data-sample*="en-ani"]');
  const tClick = Date.now() - t0;
  await page.waitForSelector('.reading mark.ent', { timeout: 180000 });
  const tDone = Date.now() - t0;
  console.log(`run ${run}: goto ${tGoto} click ${tClick} done ${tDone}`);
  for (const r of reqs.values()) console.log(`  ${r.start}-${r.end} ${r.bytes} ${r.url.slice(0, 60)}`);
  let last = '';
  for (const [t, l] of labels.sort((x,y)=>x[0]-y[0])) { const k = l.replace(/[\d.]+ of/, 'N of'); if (k !== last) console.log(`  label ${t} ${l}`); last = k; }
  await page.close(); s.closeAllConnections?.(); s.close();
}
await browser.close();
