// Builds everything: the wasm module for the page and for Node (www/pkg),
// optimized with binaryen's wasm-opt from npm, and the native CLI.
// Usage: node scripts/build.mjs [--no-cli] [--compile-only]
//   --compile-only: only `cargo build` of the module (npm test runs this in
//   the background from its start, beside the native builds)
import { existsSync, statSync, renameSync, readFileSync, writeFileSync, readdirSync, unlinkSync, copyFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';
import { join } from 'node:path';
import { ROOT, run } from './lib.mjs';

// The browser build has a target directory of its own, so that it can
// compile while native builds hold the main one (cargo locks a target
// directory per build): npm test starts it in the background at its start.
const wasmTarget = join(ROOT, 'target', 'wasm');
const wasmOut = join(wasmTarget, 'wasm32-unknown-unknown/wasm/khabar_wasm.wasm');
run('cargo', ['build', '--profile', 'wasm', '--target', 'wasm32-unknown-unknown', '-p', 'khabar-wasm'], {
  env: { ...process.env, CARGO_TARGET_DIR: wasmTarget },
});
if (process.argv.includes('--compile-only')) process.exit(0);
run('wasm-bindgen', ['--target', 'web', '--out-dir', 'www/pkg', '--no-typescript', wasmOut]);

// wasm-opt from the npm package `binaryen` (Debian's v108 breaks the
// externref table: see TOOLCHAIN.md). Without its memory-packing pass:
// that pass cuts the data segments at every run of zeros, which makes the
// raw module smaller (4.54 MB against 5.05) but leaves thousands of
// segment headers between the NER weights, and gzip then does far worse:
// 1,828,212 bytes gzipped with the pass, 1,501,107 without (binaryen 132,
// 2026-12-02; see docs/BENCHMARKS.md, "Size budget").
const wasmOpt = join(ROOT, 'node_modules/.bin/wasm-opt');
const bg = join(ROOT, 'www/pkg/khabar_wasm_bg.wasm');
if (existsSync(wasmOpt)) {
  const before = statSync(bg).size;
  run(wasmOpt, ['-Oz', '--enable-bulk-memory', '--enable-sign-ext', '--enable-reference-types',
    '--enable-nontrapping-float-to-int', '--enable-mutable-globals', '--skip-pass=memory-packing', bg, '-o', bg.replace(/\.wasm$/, '.opt.wasm')]);
  renameSync(bg.replace(/\.wasm$/, '.opt.wasm'), bg);
  console.error(`wasm-opt: ${before} → ${statSync(bg).size} bytes`);
} else {
  console.error('wasm-opt not found (npm install binaryen); the .wasm is left unoptimized');
}

// Delivery: a copy of the module under a content-hashed name (served with
// `Cache-Control: immutable`), `pkg/assets.json` naming it with its size (the
// worker's download progress counts against it), and precompressed `.br` and
// `.gz` beside the module and its glue, for servers that send them as they
// are (scripts/serve.mjs, nginx `brotli_static`/`gzip_static`; www/README.md).
const pkg = join(ROOT, 'www/pkg');
const wasmBytes = readFileSync(bg);
const hash = createHash('sha256').update(wasmBytes).digest('hex').slice(0, 12);
const hashed = `khabar_wasm_bg.${hash}.wasm`;
for (const f of readdirSync(pkg)) {
  if (/^khabar_wasm_bg\.[0-9a-f]{12}\.wasm/.test(f) && !f.startsWith(hashed)) unlinkSync(join(pkg, f));
}
copyFileSync(bg, join(pkg, hashed));
writeFileSync(join(pkg, 'assets.json'), `${JSON.stringify({ wasm: hashed, bytes: wasmBytes.length })}\n`);
for (const names of [[hashed, 'khabar_wasm_bg.wasm'], ['khabar_wasm.js']]) {
  const body = readFileSync(join(pkg, names[0]));
  const br = brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_LGWIN]: 24, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length } });
  const gz = gzipSync(body, { level: 9 });
  for (const name of names) {
    writeFileSync(join(pkg, `${name}.br`), br);
    writeFileSync(join(pkg, `${name}.gz`), gz);
  }
  console.error(`${names.join(', ')}: ${body.length} bytes, ${br.length} brotli, ${gz.length} gzip`);
}

if (!process.argv.includes('--no-cli')) {
  run('cargo', ['build', '--release', '-p', 'khabar-cli']);
}
