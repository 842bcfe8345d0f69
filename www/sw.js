// The service worker: caches the page, the analyzer and the samples on the
// first visit so khabar works with the network off afterwards.
// Network-first for the app's own files (so a rebuild shows at once), the
// cache when offline; bump VERSION when the file list changes.
const VERSION = 'khabar-v1';
const FILES = [
  './', 'index.html', 'style.css', 'app.js', 'analyzer.js', 'worker.js', 'render.js', 'exports.js', 'timex.js',
  'khabar.js', 'khabar-analyzer.js', 'manifest.webmanifest', 'icon.svg',
  'pkg/khabar_wasm.js', 'pkg/khabar_wasm_bg.wasm',
  'samples/en-ani-nadda-murashko-2025-12-04.txt', 'samples/hi-rajnath-putin-moscow-2024-12-10.txt',
];

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(VERSION);
    await cache.addAll(FILES.map((f) => new Request(f, { cache: 'reload' })));
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
