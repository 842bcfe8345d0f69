// Helpers of the package test: npm run as a user would run it (outside this
// repository, with none of the npm_* variables that `npm test` exports to its
// children), the tarball's file list, and the relative imports of its modules.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** The version of Vite the bundling test installs (pinned: a new major may change the output). */
export const VITE_VERSION = '8.4.1';

/** The TypeScript the types test checks with (7: the native compiler, seconds to install and run). */
export const TYPESCRIPT_VERSION = '7.0.2';

/**
 * The environment for a nested npm: the caller's, minus what npm itself set
 * for `npm test` (npm_config_local_prefix and friends would point the nested
 * npm back at this repository), with the audit, funding and update notices off.
 * The npm cache stays the user's (~/.npm, or npm_config_cache when the caller
 * set one): a warm cache makes the installs offline, a cold one downloads.
 */
export function npmEnv() {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!/^npm_(config|package|lifecycle|command|execpath|node_execpath)/i.test(k)) env[k] = v;
  }
  const cache = process.env.npm_config_cache;
  if (cache) env.npm_config_cache = cache;
  return { ...env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
}

/** Runs a command; resolves to {stdout, stderr}, rejects with both in the message. */
export function exec(cmd, args, { cwd, env = npmEnv(), timeout = 300000 } = {}) {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { cwd, env, timeout, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      if (error) {
        error.message = `${cmd} ${args.join(' ')} (in ${cwd}) failed: ${error.message}\n${stdout}\n${stderr}`;
        reject(error);
      } else resolve({ stdout, stderr });
    });
  });
}

/** `npm …` in `cwd`. */
export function npm(args, cwd, opts = {}) {
  return exec('npm', args, { cwd, ...opts });
}

/** The paths inside a .tgz made by npm pack, without the `package/` prefix. */
export async function tarballFiles(tarball) {
  const { stdout } = await exec('tar', ['-tzf', tarball]);
  return stdout.split('\n').filter((l) => l && !l.endsWith('/')).map((l) => l.replace(/^package\//, ''));
}

/**
 * Every relative module a shipped file reaches: static and dynamic imports,
 * `export … from`, and `new URL('./x', import.meta.url)` (the wasm, the
 * worker, the stylesheet); a CSS file's `url(…)`. Paths are package-relative.
 */
export async function relativeReferences(dir, file) {
  const text = await readFile(join(dir, file), 'utf8');
  const patterns = file.endsWith('.css')
    ? [/url\(\s*['"]?([^'")]+)['"]?\s*\)/g]
    : [/\bfrom\s*['"](\.{1,2}\/[^'"]+)['"]/g, /\bimport\s*\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g,
      /\bimport\s*['"](\.{1,2}\/[^'"]+)['"]/g, /new URL\(\s*['"]([^'"]+)['"]\s*,\s*import\.meta\.url\s*\)/g];
  const out = new Set();
  for (const re of patterns) {
    for (const m of text.matchAll(re)) {
      if (/^[a-z]+:/i.test(m[1]) || m[1].startsWith('/')) continue;
      out.add(posix.normalize(posix.join(posix.dirname(file), m[1])));
    }
  }
  return [...out];
}
