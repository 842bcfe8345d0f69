// khabar: the public JavaScript API, for browsers and Node >= 20.16.
//
//   import { init, analyze, merge } from 'khabar';
//   await init();                       // optional: analyze() calls it
//   const a = await analyze(text, { date: '2024-12-10', lang: 'auto' });
//   const corpus = merge([a, b]);
//
// All analysis happens in the WebAssembly core (www/pkg, built by
// `npm run build`). Offsets in the results are UTF-16 code units, so
// `a.text.slice(m.start, m.end) === m.text` holds for every span.
// Types: www/khabar.d.ts.

import wasmInit, { analyzeText, analyzeBytes, mergeAnalyses, version as wasmVersion } from './pkg/khabar_wasm.js';

let ready = null;

function isNode() {
  return typeof process !== 'undefined' && !!(process.versions && process.versions.node) &&
    typeof window === 'undefined' && typeof self === 'undefined';
}

// Node's fs, out of a bundler's sight: an `import('node:fs/promises')` in
// this file makes Vite warn that it externalized a Node module (and ship a
// stub chunk for it) and webpack 5 fail on the `node:` scheme in a browser
// build. process.getBuiltinModule (Node >= 20.16) needs no import at all;
// the package's engines field asks for such a Node.
function nodeFs() {
  const fs = process.getBuiltinModule?.('node:fs/promises');
  if (!fs) {
    throw new Error('khabar needs Node >= 20.16 to read its .wasm (process.getBuiltinModule); ' +
      'on an older Node, pass the bytes of the file `khabar/wasm` to init()');
  }
  return fs;
}

/**
 * Loads the WebAssembly module once; later calls return the same promise.
 * `source` is optional: the .wasm bytes (Uint8Array/ArrayBuffer), a
 * WebAssembly.Module, a URL or a Response, for hosts that load it themselves
 * (the single-file build passes the inlined bytes).
 */
export function init(source) {
  if (ready) return ready;
  ready = (async () => {
    let moduleOrPath = source;
    if (moduleOrPath && typeof moduleOrPath === 'object' && 'module_or_path' in moduleOrPath) {
      moduleOrPath = moduleOrPath.module_or_path;
    }
    if (moduleOrPath === undefined) {
      // A literal path next to import.meta.url: bundlers that follow
      // new URL(…, import.meta.url) (Vite; webpack 5, Parcel 2) emit the
      // .wasm as an asset and rewrite the URL (tests/package).
      const url = new URL('./pkg/khabar_wasm_bg.wasm', import.meta.url);
      if (isNode()) {
        moduleOrPath = await nodeFs().readFile(url);
      } else {
        moduleOrPath = url;
      }
    }
    await wasmInit({ module_or_path: moduleOrPath });
  })();
  ready.catch(() => {
    ready = null;
  });
  return ready;
}

function wasmOptions(opts, name) {
  const out = {};
  if (opts) {
    for (const key of ['id', 'name', 'date', 'lang', 'format']) {
      if (opts[key] !== undefined && opts[key] !== null && opts[key] !== '') out[key] = String(opts[key]);
    }
  }
  if (name && out.name === undefined) out.name = name;
  return out;
}

/**
 * Analyzes one article: a string (plain text or HTML), a File/Blob, or the
 * raw bytes of a file (Uint8Array/ArrayBuffer; any encoding is detected).
 * Options: {date: 'YYYY-MM-DD', lang: 'auto'|'en'|'hi', id, name, format}.
 * Rejects with an Error that says what went wrong (binary file, too large…).
 */
export async function analyze(input, opts = {}) {
  await init();
  if (typeof input === 'string') return analyzeText(input, wasmOptions(opts));
  if (input instanceof Uint8Array) return analyzeBytes(input, wasmOptions(opts));
  if (input instanceof ArrayBuffer) return analyzeBytes(new Uint8Array(input), wasmOptions(opts));
  if (input && typeof input.arrayBuffer === 'function') {
    const bytes = new Uint8Array(await input.arrayBuffer());
    return analyzeBytes(bytes, wasmOptions(opts, typeof input.name === 'string' ? input.name : undefined));
  }
  throw new TypeError('analyze() expects a string, a File/Blob, a Uint8Array or an ArrayBuffer');
}

/** Merges analyses into one corpus: one entity table and one timeline. */
export function merge(analyses) {
  if (!ready) throw new Error('call `await init()` (or analyze()) before merge()');
  return mergeAnalyses(Array.from(analyses));
}

/** Merges analyses, loading the module first when needed. */
export async function mergeAsync(analyses) {
  await init();
  return mergeAnalyses(Array.from(analyses));
}

/** The analyzer's version (after init). */
export function version() {
  return wasmVersion();
}
