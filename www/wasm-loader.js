// Downloads the analyzer's WebAssembly module once per page, as early as
// possible: boot.js (an async module script in index.html, with no imports
// but this file) starts it while the rest of the page's scripts still load;
// analyzer.js then takes the same download and hands the compiled module to
// its worker. Progress events are replayed to late subscribers.

/**
 * Downloads and compiles the analyzer module on the page (where the browser's
 * service worker and network settings apply), compiling while it streams and
 * reporting the bytes: {type:'progress', phase:'download', loaded, total},
 * then {type:'progress', phase:'start'}. The size comes from pkg/assets.json
 * (written by the build: uncompressed bytes, what the reader counts), else
 * from Content-Length when the response is not encoded. Resolves to a
 * WebAssembly.Module the worker instantiates (and re-instantiates on restart).
 */
async function loadModule(base, emit = () => {}) {
  let name = 'khabar_wasm_bg.wasm';
  let total = 0;
  try {
    const r = await fetch(new URL('./pkg/assets.json', base));
    if (r.ok) {
      const j = await r.json();
      if (typeof j.wasm === 'string' && /^[\w.-]+\.wasm$/.test(j.wasm)) name = j.wasm;
      if (Number.isFinite(j.bytes)) total = j.bytes;
    }
  } catch {
    /* an older build without assets.json: the unhashed name */
  }
  const url = new URL(`./pkg/${name}`, base);
  const res = await fetch(url);
  if (!res.ok) throw new Error(`could not download the analyzer (HTTP ${res.status})`);
  if (!total && !res.headers.get('Content-Encoding')) total = Number(res.headers.get('Content-Length')) || 0;
  let loaded = 0;
  let last = 0;
  const report = () => emit({ type: 'progress', phase: 'download', loaded, total: Math.max(total, loaded) });
  report();
  if (!res.body || typeof TransformStream === 'undefined' || !WebAssembly.compileStreaming) {
    const bytes = await res.arrayBuffer();
    loaded = bytes.byteLength;
    report();
    emit({ type: 'progress', phase: 'start' });
    return WebAssembly.compile(bytes);
  }
  const counted = res.body.pipeThrough(new TransformStream({
    transform(chunk, controller) {
      loaded += chunk.byteLength;
      const now = Date.now();
      if (now - last > 40) {
        last = now;
        report();
      }
      controller.enqueue(chunk);
    },
    flush() {
      report();
      emit({ type: 'progress', phase: 'start' });
    },
  }));
  return WebAssembly.compileStreaming(new Response(counted, { status: 200, headers: { 'Content-Type': 'application/wasm' } }));
}

let current = null;

/**
 * The page's one download of the module under `base` (the www/ folder's
 * URL): {promise: Promise<WebAssembly.Module>, subscribe(listener)}. A failed
 * download is forgotten, so the next call tries again.
 */
export function downloadModule(base) {
  if (current) return current;
  const listeners = new Set();
  let last = [];
  const emit = (ev) => {
    last = ev.phase === 'start' ? [...last.filter((e) => e.phase !== 'start'), ev] : [ev];
    for (const l of listeners) l(ev);
  };
  const promise = loadModule(base, emit);
  const download = {
    promise,
    subscribe(listener) {
      listeners.add(listener);
      for (const ev of last) listener(ev);
      return () => listeners.delete(listener);
    },
  };
  current = download;
  promise.catch(() => {
    if (current === download) current = null;
  });
  return download;
}
