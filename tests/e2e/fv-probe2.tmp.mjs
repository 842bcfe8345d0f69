import { launch } from './helpers.mjs';
import { serve } from '../../scripts/serve.mjs';
const browser = await launch();
const s = await serve(0);
const url = `http://127.0.0.1:${s.address().port}/`;
const page = await browser.context.newPage();
await page.goto(url + 'icon.svg');
const cdp = await browser.context.newCDPSession(page);
await cdp.send('Network.enable');
await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
for (const mbps of [10, 10, 1000]) {
  const bps = mbps * 1e6 / 8;
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 40, downloadThroughput: bps, uploadThroughput: bps });
  const r = await page.evaluate(async () => {
    const a = await (await fetch('pkg/assets.json')).json();
    const t0 = performance.now();
    const buf = await (await fetch('pkg/' + a.wasm)).arrayBuffer();
    const t1 = performance.now();
    const m = await WebAssembly.compile(buf);
    const t2 = performance.now();
    const t3 = performance.now();
    const m2 = await WebAssembly.compileStreaming(fetch('pkg/' + a.wasm));
    const t4 = performance.now();
    return { fetch: t1 - t0, compile: t2 - t1, streaming: t4 - t3, bytes: buf.byteLength };
  });
  console.log(mbps, JSON.stringify(r));
}
await browser.close(); s.close();
