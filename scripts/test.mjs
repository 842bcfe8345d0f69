// Every test, in order, from a fresh clone: what `npm test` and CI run.
//   setup (wasm32 target, pinned wasm-bindgen CLI, npm packages, chromium)
//   → fmt → clippy → Rust tests → build → the Python wheel → binding tests
//   in Node → end-to-end tests in Chromium → the npm package (pack, install,
//   Node, Vite) → evaluation guard → benchmark smoke run.
// Stops at the first failing step.
import { spawn } from 'node:child_process';
import { readdirSync, existsSync, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, run } from './lib.mjs';

// The native builds of npm test (Rust tests, the CLI the end-to-end tests
// drive, the Python wheel, the evaluation guard, the benchmark smoke run)
// link without cross-crate LTO: each of the ~20 test and bench binaries
// otherwise re-optimizes all of khabar-core at link time (the Rust tests
// step took about 12 of the 24 minutes of a cold run on two cores). LTO
// changes speed, not behaviour; the browser build (profile `wasm`, which
// sets its own `lto`) and a user's `cargo build --release` keep it.
process.env.CARGO_PROFILE_RELEASE_LTO ??= 'false';
process.env.CARGO_PROFILE_RELEASE_CODEGEN_UNITS ??= '16';

/**
 * Starts `node args…` in the background with its output in a log file;
 * resolves to {code, log} when it ends. A step that needs its work awaits
 * it and, when it failed, names the log and does the work again in view.
 */
function background(logName, args) {
  const log = join(tmpdir(), `khabar-${logName}-${process.pid}.log`);
  const fd = openSync(log, 'w');
  const child = spawn('node', args, { cwd: ROOT, stdio: ['ignore', fd, fd] });
  return new Promise((resolve) => {
    child.on('error', () => resolve({ code: 1, log }));
    child.on('exit', (code) => resolve({ code, log }));
  });
}

// The Python step's preparation (venv, pinned packages, the binding's lints
// and its wheel, which builds khabar-core a second time: see tests/py/run.mjs)
// runs in the background from the end of setup (which may hold the apt
// lock), filling the single-threaded gaps of the main build; the Python
// step waits for it, then finds nothing left to build.
let pythonReady = null;
// The browser module's compile (`cargo build --profile wasm`, whose
// whole-program optimization runs on one core for minutes) also starts in
// the background at the end of setup, in its own target directory, and
// fills the gaps of the format, clippy and Rust test steps; the build step
// waits for it and then only runs wasm-bindgen, wasm-opt and the
// compression.
let wasmReady = null;

const steps = [];
function step(name, fn) {
  steps.push([name, fn]);
}
function testFiles(dir) {
  const full = join(ROOT, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full)
    .filter((f) => /\.test\.m?js$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

step('setup', () => run('node', ['scripts/setup.mjs', '--browser']));
step('format', () => run('cargo', ['fmt', '--all', '--check']));
step('clippy', () => run('cargo', ['clippy', '--workspace', '--all-targets', '--', '-D', 'warnings']));
// Release: the 50 MB and pathological-input tests take minutes unoptimized.
// Property tests explore from a fixed seed here, so that a run is repeatable;
// a bare `cargo test` explores new cases every time (set PROPTEST_RNG_SEED
// to replay one).
step('rust tests', () =>
  run('cargo', ['test', '--workspace', '--release'], {
    env: { ...process.env, PROPTEST_RNG_SEED: process.env.PROPTEST_RNG_SEED ?? '20261123' },
  }),
);
step('build', async () => {
  if (wasmReady) {
    const { code, log } = await wasmReady;
    if (code !== 0) console.error(`(the background compile of the module failed, see ${log}; trying again here)`);
  }
  run('node', ['scripts/build.mjs']);
});
step('python wheel (maturin, pytest, spaCy)', async () => {
  if (pythonReady) {
    const { code, log } = await pythonReady;
    if (code !== 0) console.error(`(the background preparation failed, see ${log}; trying again here)`);
  }
  run('node', ['tests/py/run.mjs']);
});
step('binding tests (Node)', () => {
  const files = testFiles('tests/js');
  if (files.length) run('node', ['--test', ...files]);
  else console.error('no tests/js yet');
});
step('end-to-end tests (Chromium)', () => {
  const files = testFiles('tests/e2e');
  if (files.length) run('node', ['--test', '--test-concurrency=1', ...files]);
  else console.error('no tests/e2e yet');
});
// The npm package as a user installs it: npm pack, the tarball's files,
// npm publish --dry-run, npm install into a fresh project, then Node and a
// Vite bundle (Vite from the registry, pinned; cached in ~/.npm) in Chromium.
step('package (npm pack, install, Node, Vite in Chromium)', () => {
  const files = testFiles('tests/package');
  if (files.length) run('node', ['--test', '--test-concurrency=1', ...files]);
  else console.error('no tests/package yet');
});
step('evaluation guard', () => {
  if (existsSync(join(ROOT, 'crates/khabar-eval'))) {
    run('cargo', ['run', '--release', '-q', '-p', 'khabar-eval', '--', 'guard']);
  } else console.error('no khabar-eval yet');
});
step('benchmark smoke run', () => {
  // Each benchmark once, on small inputs: proves they build and run. By
  // name and with --workspace, so that cargo resolves the features as the
  // Rust tests step did and reuses its build (`-p khabar-core --benches`
  // recompiled the core and eight dependencies: 67 of this step's seconds).
  const benches = readdirSync(join(ROOT, 'crates'))
    .flatMap((c) => (existsSync(join(ROOT, 'crates', c, 'benches')) ? readdirSync(join(ROOT, 'crates', c, 'benches')) : []))
    .filter((f) => f.endsWith('.rs'))
    .flatMap((f) => ['--bench', f.slice(0, -3)]);
  run('cargo', ['test', '--release', '--workspace', ...benches]);
  run('node', ['bench/wasm-bench.mjs', '--quick']);
});
step('fuzz targets build', () => run('cargo', ['check', '--manifest-path', 'fuzz/Cargo.toml', '--bins']));

let passed = 0;
const t0 = Date.now();
const times = [];
for (const [name, fn] of steps) {
  console.error(`\n═══ ${name}`);
  const t = Date.now();
  await fn();
  times.push(`${name} ${Math.round((Date.now() - t) / 1000)} s`);
  passed += 1;
  if (name === 'setup') {
    pythonReady = background('py-prepare', ['tests/py/run.mjs', '--prepare']);
    wasmReady = background('wasm-compile', ['scripts/build.mjs', '--compile-only']);
  }
}
console.log(`\nstep times: ${times.join(' · ')}`);
console.log(`\nnpm test: all ${passed} steps green in ${Math.round((Date.now() - t0) / 1000)} s`);
console.log(`steps: ${passed} passed, 0 failed`);
