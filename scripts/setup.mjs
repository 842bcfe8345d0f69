// Installs what the build and the tests need, skipping what is already there:
//   the wasm32 target, the wasm-bindgen CLI at exactly the version Cargo.lock
//   pins, npm packages, and (with --browser) Debian's chromium.
// Usage: node scripts/setup.mjs [--browser]
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, run, capture, lockedVersion, exists } from './lib.mjs';

const wantBrowser = process.argv.includes('--browser');

// 1. The wasm32 target.
const targets = capture('rustup', ['target', 'list', '--installed']) ?? '';
if (!targets.split('\n').includes('wasm32-unknown-unknown')) {
  run('rustup', ['target', 'add', 'wasm32-unknown-unknown']);
}

// 2. The wasm-bindgen CLI, pinned by Cargo.lock (the CLI and the library
//    must match exactly). Not --locked: that fails on this registry.
if (!exists('Cargo.lock')) run('cargo', ['generate-lockfile']);
const pinned = lockedVersion('wasm-bindgen');
if (!pinned) {
  console.error('✖ Cargo.lock does not pin wasm-bindgen; run `cargo generate-lockfile`.');
  process.exit(1);
}
const have = capture('wasm-bindgen', ['--version']);
if (!have || !have.includes(pinned)) {
  console.error(`wasm-bindgen CLI ${have ?? 'missing'}; installing ${pinned} (takes a few minutes, once)`);
  run('cargo', ['install', 'wasm-bindgen-cli', '--version', `=${pinned}`, '--force']);
}

// 3. npm packages: install when node_modules is missing or older than the lock.
const lockFile = exists('package-lock.json') ? 'package-lock.json' : 'package.json';
const stamp = 'node_modules/.package-lock.json';
const stale =
  !exists(stamp) ||
  statSync(join(ROOT, lockFile)).mtimeMs > statSync(join(ROOT, stamp)).mtimeMs;
if (stale) {
  if (exists('package-lock.json')) run('npm', ['ci', '--no-audit', '--no-fund']);
  else run('npm', ['install', '--no-audit', '--no-fund']);
}

// 4. Debian's chromium for the browser tests (never a browser download),
//    and a Devanagari font so Hindi renders in screenshots.
const haveFont = existsSync('/usr/share/fonts/truetype/lohit-devanagari') || existsSync('/usr/share/fonts/truetype/noto');
if (wantBrowser && (!existsSync('/usr/bin/chromium') || !haveFont)) {
  const sudo = process.getuid && process.getuid() === 0 ? [] : ['sudo'];
  const apt = (args) => (sudo.length ? run('sudo', ['apt-get', ...args]) : run('apt-get', args));
  apt(['update']);
  apt(['install', '-y', '--no-install-recommends', 'chromium', 'chromium-driver', 'fonts-lohit-deva']);
}
