// Serves www/ on http://127.0.0.1:$PORT (default 8080): a small static server
// with the right MIME types (application/wasm), security headers, and the
// delivery a newsroom deploy should copy (www/README.md, "Deploying"):
// - `Content-Encoding` negotiated from Accept-Encoding: the `.br` or `.gz`
//   that scripts/build.mjs writes beside the module is sent as it is; other
//   text files are gzipped on the fly (and kept in memory);
// - `Cache-Control: public, max-age=31536000, immutable` for content-hashed
//   names (`khabar_wasm_bg.<12 hex>.wasm`), `no-cache` plus an ETag for the
//   rest, so a rebuilt page shows at once and an unchanged one costs a 304;
// - a `Link: <pkg/…wasm>; rel=preload; as=fetch; crossorigin` header on a
//   page whose folder holds `pkg/assets.json`, so that the browser starts
//   downloading the analyzer with the page's first bytes instead of after
//   boot.js and its import have arrived (two round trips later).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { ROOT } from './lib.mjs';

const WWW = join(ROOT, 'www');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ts': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.wasm', '.txt', '.svg', '.ts']);
/** A content-hashed file name: safe to cache for a year. */
export const HASHED = /\.[0-9a-f]{12}\.[a-z0-9]+$/;

/** The encodings a request accepts (q=0 excluded), e.g. Set{'br','gzip'}. */
export function acceptedEncodings(header = '') {
  const out = new Set();
  for (const part of String(header).split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) out.add(name);
  }
  return out;
}

const gzipCache = new Map(); // path → {mtimeMs, body}

/**
 * The Link header that preloads the analyzer for a page in `dir`: the
 * hashed module name scripts/build.mjs wrote in `dir/pkg/assets.json`,
 * or null when there is none. The page's own fetch (wasm-loader.js, mode
 * cors, same-origin credentials) then takes the preloaded response.
 */
export async function preloadLink(dir) {
  try {
    const { wasm } = JSON.parse(await readFile(join(dir, 'pkg', 'assets.json'), 'utf8'));
    if (typeof wasm === 'string' && /^[\w.-]+\.wasm$/.test(wasm)) return `<pkg/${wasm}>; rel=preload; as=fetch; crossorigin`;
  } catch {
    /* no build yet */
  }
  return null;
}

async function encodedBody(path, info, accepted) {
  if (accepted.has('br')) {
    const s = await stat(`${path}.br`).catch(() => null);
    if (s && s.mtimeMs >= info.mtimeMs) return { body: await readFile(`${path}.br`), encoding: 'br' };
  }
  if (accepted.has('gzip')) {
    const s = await stat(`${path}.gz`).catch(() => null);
    if (s && s.mtimeMs >= info.mtimeMs) return { body: await readFile(`${path}.gz`), encoding: 'gzip' };
    if (COMPRESSIBLE.has(extname(path)) && info.size > 1024) {
      const hit = gzipCache.get(path);
      if (hit && hit.mtimeMs === info.mtimeMs) return { body: hit.body, encoding: 'gzip' };
      const body = gzipSync(await readFile(path), { level: 6 });
      gzipCache.set(path, { mtimeMs: info.mtimeMs, body });
      return { body, encoding: 'gzip' };
    }
  }
  return { body: await readFile(path), encoding: null };
}

export function serve(port, host = '127.0.0.1', root = WWW) {
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://localhost');
      let path = normalize(join(root, decodeURIComponent(url.pathname)));
      if (path !== root && !path.startsWith(root + sep)) {
        res.writeHead(403).end('forbidden');
        return;
      }
      let info = await stat(path).catch(() => null);
      if (info?.isDirectory()) {
        path = join(path, 'index.html');
        info = await stat(path);
      }
      if (!info) throw new Error('missing');
      const etag = `W/"${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}"`;
      const ext = extname(path);
      const headers = {
        'Content-Type': TYPES[ext] ?? 'application/octet-stream',
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': HASHED.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
        ETag: etag,
      };
      if (COMPRESSIBLE.has(ext)) headers.Vary = 'Accept-Encoding';
      if (ext === '.html') {
        const link = await preloadLink(dirname(path));
        if (link) headers.Link = link;
      }
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, headers).end();
        return;
      }
      const { body, encoding } = await encodedBody(path, info, COMPRESSIBLE.has(ext) ? acceptedEncodings(req.headers['accept-encoding']) : new Set());
      if (encoding) headers['Content-Encoding'] = encoding;
      headers['Content-Length'] = body.length;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT || 8080);
  await serve(port);
  console.log(`khabar is running at http://127.0.0.1:${port}/  (Ctrl-C to stop)`);
}
