// The service worker: caches the page, the analyzer and the samples on the
// first visit so khabar works with the network off afterwards.
// Network-first for the app's own files (so a rebuild shows at once), the
// cache when offline; bump VERSION when the file list changes.
const VERSION = 'khabar-v4';
const FILES = [
  './', 'index.html', 'style.css', 'app.js', 'analyzer.js', 'worker.js', 'render.js', 'exports.js', 'timex.js', 'figures.js',
  'i18n.js', 'batch.js', 'boot.js', 'wasm-loader.js', 'khabar.js', 'khabar-analyzer.js', 'manifest.webmanifest', 'icon.svg',
  'fonts/noto-sans-devanagari-subset.woff2',
  'pkg/khabar_wasm.js', 'pkg/assets.json',
  'samples/en-ani-nadda-murashko-2025-12-04.txt', 'samples/hi-rajnath-putin-moscow-2024-12-10.txt',
];

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(VERSION);
    // The analyzer under its content-hashed name (pkg/assets.json, written by the build).
    const files = [...FILES];
    try {
      const assets = await (await fetch('pkg/assets.json', { cache: 'reload' })).json();
      if (typeof assets.wasm === 'string') files.push(`pkg/${assets.wasm}`);
    } catch {
      files.push('pkg/khabar_wasm_bg.wasm');
    }
    // A content-hashed name never changes content: the copy the page has
    // just downloaded (HTTP cache, immutable) serves; the rest is fetched anew.
    const hashed = /\.[0-9a-f]{12}\.wasm$/;
    await cache.addAll(files.map((f) => new Request(f, { cache: hashed.test(f) ? 'default' : 'reload' })));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key !== VERSION) await caches.delete(key);
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(VERSION);
    try {
      // Network first, so a rebuilt page is picked up at once when online…
      const res = await fetch(req);
      if (res.ok) await cache.put(req, res.clone());
      return res;
    } catch (error) {
      // …and the cached copy when offline.
      const hit = await cache.match(req, { ignoreSearch: true }) ||
        (req.mode === 'navigate' ? await cache.match('index.html') : undefined);
      if (hit) return hit;
      throw error;
    }
  })());
});
