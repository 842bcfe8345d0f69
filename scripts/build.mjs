// Builds everything: the wasm module for the page and for Node (www/pkg),
// optimized with binaryen's wasm-opt from npm, and the native CLI.
// Usage: node scripts/build.mjs [--no-cli]
import { existsSync, statSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, run } from './lib.mjs';

const wasmOut = join(ROOT, 'target/wasm32-unknown-unknown/wasm/khabar_wasm.wasm');
run('cargo', ['build', '--profile', 'wasm', '--target', 'wasm32-unknown-unknown', '-p', 'khabar-wasm']);
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

if (!process.argv.includes('--no-cli')) {
  run('cargo', ['build', '--release', '-p', 'khabar-cli']);
}
