// First visit of the page over an emulated link (Chromium's network
// emulation through playwright-core): time from navigation to the first
// result after clicking the English sample, and the module's bytes on the
// wire. Each visit is on a new origin (no cache, no service worker).
// Compares the plain static server (the module uncompressed, as before
// issue 22) with `npm start`'s (scripts/serve.mjs: brotli).
// Usage: node tests/e2e/first-load-bench.mjs [runs=3]
import { loadavg, cpus } from 'node:os';
import { startServer, launch, firstVisit } from './helpers.mjs';
import { serve } from '../../scripts/serve.mjs';

const runs = Number(process.argv[2] || 3);
const browser = await launch();

const visit = (url, mbps, latency) => firstVisit(browser.context, url, { mbps, latency });

const servers = {
  'plain static server (identity)': async () => {
    const s = await startServer();
    return { url: s.url, close: () => s.close() };
  },
  'npm start (scripts/serve.mjs)': async () => {
    const s = await serve(0);
    return { url: `http://127.0.0.1:${s.address().port}/`, close: () => new Promise((r) => s.close(() => r())) };
  },
};
console.log(`load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`);
console.log('| server | link | first result (ms), each run | module on the wire |');
console.log('|---|---|---|---|');
for (const [name, start] of Object.entries(servers)) {
  for (const [mbps, latency] of [[10, 40], [1.6, 150]]) {
    const results = [];
    for (let i = 0; i < runs; i++) {
      const s = await start();
      try {
        results.push(await visit(s.url, mbps, latency));
      } finally {
        await s.close();
      }
    }
    console.log(`| ${name} | ${mbps} Mbps, ${latency} ms | ${results.map((r) => r.ms).join(', ')} | ${results[0].wire.toLocaleString('en')} B |`);
  }
}
console.log(`load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`);
await browser.close();
