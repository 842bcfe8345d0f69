// Shared helpers for the project's scripts: run a command, find tools.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Runs a command with inherited stdio; exits the process on failure. */
export function run(cmd, args, opts = {}) {
  const shown = [cmd, ...args].join(' ');
  console.error(`\n▶ ${shown}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: ROOT, ...opts });
  if (r.error) {
    console.error(`✖ could not start ${cmd}: ${r.error.message}`);
    process.exit(1);
  }
  if (r.status !== 0) {
    console.error(`✖ ${shown} failed (exit ${r.status ?? r.signal})`);
    if (!opts.allowFail) process.exit(r.status || 1);
  }
  return r.status === 0;
}

/** Runs a command and returns its trimmed stdout, or null when it fails. */
export function capture(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', cwd: ROOT, ...opts });
  if (r.error || r.status !== 0) return null;
  return r.stdout.trim();
}

/** The version of a crate as Cargo.lock pins it. */
export function lockedVersion(crate) {
  const lock = readFileSync(join(ROOT, 'Cargo.lock'), 'utf8');
  const re = new RegExp(`\\[\\[package\\]\\]\\nname = "${crate}"\\nversion = "([^"]+)"`);
  const m = lock.match(re);
  return m ? m[1] : null;
}

export function exists(p) {
  return existsSync(join(ROOT, p));
}
