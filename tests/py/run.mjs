// The Python wheel's tests: build the abi3 wheel with maturin, install it in
// a venv outside the repository, run pytest on tests/py/test_*.py (the CLI's
// JSON byte for byte, encodings, 10 MB, binary files, threads, merge, the
// spaCy component).
//   node tests/py/run.mjs        (npm test runs it after the CLI is built)
//   node tests/py/run.mjs --prepare   (all but the tests: venv, packages, lints, wheel)
// The venv is ~/.cache/khabar-py-venv (KHABAR_PY_VENV to move it), created
// once and reused; its packages are pinned in tests/py/requirements.txt.
// The wheel is built into a temporary directory and removed afterwards.
//
// Cost: crates/khabar-py is its own Cargo workspace, built with the release
// profile into target/py, so a second run compiles nothing that has not
// changed. It cannot reuse the CLI's build of khabar-core: pyo3's proc
// macros turn on syn's `visit-mut`, which changes serde_derive and
// cssparser-macros and so every crate above them (docs/python.md, "Building
// the wheel"); as a member of the main workspace it would also change the
// main workspace's builds. Its format and lints are checked here too.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, run, capture } from '../../scripts/lib.mjs';

const venv = process.env.KHABAR_PY_VENV ?? join(homedir(), '.cache', 'khabar-py-venv');
const py = join(venv, 'bin', 'python');
const python3 = process.env.PYTHON ?? 'python3';

function seconds(t0) {
  return ((Date.now() - t0) / 1000).toFixed(1);
}

// 1. The venv. Debian's python3 lacks ensurepip without python3-venv:
//    install it the way scripts/setup.mjs installs chromium.
const version = capture(python3, ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])']);
if (!version) {
  console.error(`✖ no ${python3}: the Python tests need CPython ≥ 3.9 (set PYTHON=…)`);
  process.exit(1);
}
const [major, minor] = version.split('.').map(Number);
if (major !== 3 || minor < 9) {
  console.error(`✖ ${python3} is Python ${version}; the wheel needs CPython ≥ 3.9 (set PYTHON=…)`);
  process.exit(1);
}
// A venv whose base interpreter is gone (Python upgraded) is made anew.
if (existsSync(py) && capture(py, ['-c', 'import sys']) === null) {
  rmSync(venv, { recursive: true, force: true });
}
if (!existsSync(py)) {
  const ok = run(python3, ['-m', 'venv', venv], { allowFail: true });
  if (!ok) {
    rmSync(venv, { recursive: true, force: true });
    const sudo = process.getuid && process.getuid() === 0 ? [] : ['sudo'];
    const apt = (args) => (sudo.length ? run('sudo', ['apt-get', ...args]) : run('apt-get', args));
    apt(['update']);
    apt(['install', '-y', '--no-install-recommends', 'python3-venv']);
    run(python3, ['-m', 'venv', venv]);
  }
}

// 2. The pinned packages, installed again only when the pins change.
const requirements = join(ROOT, 'tests', 'py', 'requirements.txt');
const stamp = join(venv, '.khabar-requirements');
const wanted = readFileSync(requirements, 'utf8');
if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== wanted) {
  run(py, ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '-r', requirements]);
  writeFileSync(stamp, wanted);
}

// 3. The binding's format and lints (the main workspace's steps do not see
//    this crate).
const manifest = join('crates', 'khabar-py', 'Cargo.toml');
const cargoEnv = { ...process.env, CARGO_TARGET_DIR: join(ROOT, 'target', 'py') };
run('cargo', ['fmt', '--manifest-path', manifest, '--check']);
run('cargo', ['clippy', '--manifest-path', manifest, '--', '-D', 'warnings'], { env: cargoEnv });

// 4. The wheel, into a temporary directory, installed into the venv.
const out = mkdtempSync(join(tmpdir(), 'khabar-wheel-'));
const t0 = Date.now();
let ok = run(join(venv, 'bin', 'maturin'), [
  'build', '--release', '--manifest-path', manifest, '--interpreter', py, '--out', out,
], { allowFail: true, env: cargoEnv });
const wheels = ok ? readdirSync(out).filter((f) => f.endsWith('.whl')) : [];
if (ok && wheels.length !== 1) {
  console.error(`✖ expected one wheel in ${out}, found ${wheels.join(', ') || 'none'}`);
  ok = false;
}
if (ok) {
  console.error(`wheel ${wheels[0]} built in ${seconds(t0)} s`);
  ok = run(py, ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '--force-reinstall', '--no-deps',
    join(out, wheels[0])], { allowFail: true });
}
rmSync(out, { recursive: true, force: true });
if (!ok) process.exit(1);

// `--prepare` stops here: npm test runs everything above in the background
// from the end of its setup step, so that the downloads and the wheel's own
// build of khabar-core fill the gaps of the main build; the step itself
// then finds it all done (maturin recompiles nothing).
if (process.argv.includes('--prepare')) process.exit(0);

// 5. The CLI the tests compare against (npm test has built it already).
if (!existsSync(join(ROOT, 'target', 'release', 'khabar'))) {
  run('cargo', ['build', '--release', '-p', 'khabar-cli']);
}

// 6. The tests (from the repository root; no cache folder left behind).
const t1 = Date.now();
run(py, ['-m', 'pytest', '-p', 'no:cacheprovider', '-q', 'tests/py'], {
  env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' },
});
console.error(`pytest: ${seconds(t1)} s`);
