// `npm run build:single`: one self-contained HTML file, dist/khabar.html,
// that works when opened from file:// (no server, no network).
//
// The page's ES modules are joined by a tiny bundler (each module becomes a
// function scope; static `import … from './x.js'` and `export` are rewritten),
// the worker's modules likewise into a second bundle kept as inert text and
// started from a blob: URL, the wasm is inlined as base64 and handed to
// `init({module_or_path: bytes})`, and the samples are inlined too. The CSP
// allows exactly the inline script and style by their SHA-256 hashes.
//
// Needs www/pkg (run `npm run build` first).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const WWW = join(ROOT, 'www');
const OUT = join(ROOT, 'dist/khabar.html');
const WASM = join(WWW, 'pkg/khabar_wasm_bg.wasm');

if (!existsSync(WASM)) {
  console.error('✖ www/pkg/khabar_wasm_bg.wasm is missing: run `npm run build` first.');
  process.exit(1);
}

const IMPORT_RE = /^import\s+([\s\S]*?)\s+from\s+'(\.{1,2}\/[^']+)';?[ \t]*$/gm;
const SIDE_EFFECT_IMPORT_RE = /^import\s+'(\.{1,2}\/[^']+)';?[ \t]*$/gm;

/** Joins the ES module graph under `entry` into one script. */
export function bundle(entry) {
  const ids = new Map(); // absolute path → module variable
  const chunks = [];
  const visit = (file) => {
    if (ids.has(file)) return ids.get(file);
    const name = `__khabar_mod_${ids.size}`;
    ids.set(file, name);
    let code = readFileSync(file, 'utf8');
    const deps = [];
    code = code.replace(IMPORT_RE, (_, clause, spec) => {
      const dep = resolve(dirname(file), spec);
      deps.push(dep);
      return `/* import ${relative(WWW, dep)} */ ${importBinding(clause.trim(), `\u0000${dep}\u0000`)}`;
    });
    code = code.replace(SIDE_EFFECT_IMPORT_RE, (_, spec) => {
      deps.push(resolve(dirname(file), spec));
      return '';
    });
    if (/^\s*import\s/m.test(code) || /\bimport\((?!'node:)/.test(code.replace(/\/\/.*$/gm, ''))) {
      throw new Error(`${relative(ROOT, file)}: an import the bundler cannot rewrite`);
    }
    const exported = [];
    code = code.replace(/^export\s+(async\s+function\*?|function\*?|class|const|let|var)\s+([A-Za-z_$][\w$]*)/gm, (_, kw, id) => {
      exported.push([id, id]);
      return `${kw} ${id}`;
    });
    code = code.replace(/^export\s*\{([^}]*)\};?/gm, (_, list) => {
      for (const part of list.split(',').map((p) => p.trim()).filter(Boolean)) {
        const m = part.match(/^([\w$]+)(?:\s+as\s+([\w$]+))?$/);
        if (!m) throw new Error(`${relative(ROOT, file)}: cannot read export ${part}`);
        exported.push([m[1], m[2] || m[1]]);
      }
      return '';
    });
    if (/^export\s/m.test(code)) throw new Error(`${relative(ROOT, file)}: an export the bundler cannot rewrite`);
    for (const dep of deps) visit(dep);
    code = code.replace(/\u0000([^\u0000]+)\u0000/g, (_, dep) => ids.get(dep));
    const table = exported.map(([local, as]) => `${JSON.stringify(as)}: ${local}`).join(', ');
    chunks.push(`// ---- ${relative(WWW, file)}\nconst ${name} = (() => {\n${code}\nreturn { ${table} };\n})();\n`);
    return name;
  };
  visit(resolve(entry));
  return chunks.join('\n');
}

function importBinding(clause, mod) {
  const out = [];
  let rest = clause;
  const ns = rest.match(/^\*\s+as\s+([\w$]+)$/);
  if (ns) return `const ${ns[1]} = ${mod};`;
  const def = rest.match(/^([\w$]+)\s*(,\s*)?/);
  if (def && !rest.startsWith('{')) {
    out.push(`const ${def[1]} = ${mod}.default;`);
    rest = rest.slice(def[0].length);
  }
  const named = rest.match(/^\{([\s\S]*)\}$/);
  if (named) {
    const parts = named[1].split(',').map((p) => p.trim()).filter(Boolean).map((p) => {
      const m = p.match(/^([\w$]+)(?:\s+as\s+([\w$]+))?$/);
      if (!m) throw new Error(`cannot read import ${p}`);
      return m[2] ? `${m[1]}: ${m[2]}` : m[1];
    });
    out.push(`const { ${parts.join(', ')} } = ${mod};`);
  } else if (rest.trim()) {
    throw new Error(`cannot read import clause ${clause}`);
  }
  return out.join(' ');
}

const sha256 = (s) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
const noCloseTag = (s, what) => {
  if (/<\/script/i.test(s)) throw new Error(`${what} contains "</script"`);
  return s;
};

function build() {
  const wasmB64 = readFileSync(WASM).toString('base64');
  // A classic script (see analyzer.js), where `import.meta` does not parse;
  // it is only used to find the .wasm, which this build passes in.
  const workerSource = noCloseTag(bundle(join(WWW, 'worker.js')).replaceAll('import.meta.url', 'self.location.href'), 'the worker bundle');
  const samples = {};
  for (const name of ['en-ani-nadda-murashko-2025-12-04.txt', 'hi-rajnath-putin-moscow-2024-12-10.txt']) {
    samples[`samples/${name}`] = readFileSync(join(WWW, 'samples', name), 'utf8');
  }
  const prelude = `// khabar single-file build: generated by \`npm run build:single\`, DO NOT EDIT.
const __khabarData = (id) => document.getElementById(id).textContent;
let __khabarWasm = null;
globalThis.__KHABAR_SINGLE__ = {
  workerSource: __khabarData('khabar-worker'),
  samples: JSON.parse(__khabarData('khabar-samples')),
  wasm() {
    if (!__khabarWasm) __khabarWasm = Uint8Array.from(atob(__khabarData('khabar-wasm').trim()), (c) => c.charCodeAt(0));
    return __khabarWasm.slice();
  },
};
`;
  const appSource = noCloseTag(prelude + bundle(join(WWW, 'app.js')), 'the page bundle');
  // The Devanagari fallback font travels inside the file (a data: URL).
  const font = readFileSync(join(WWW, 'fonts/noto-sans-devanagari-subset.woff2')).toString('base64');
  const css = readFileSync(join(WWW, 'style.css'), 'utf8')
    .replace("url('fonts/noto-sans-devanagari-subset.woff2')", `url(data:font/woff2;base64,${font})`);
  let html = readFileSync(join(WWW, 'index.html'), 'utf8');
  const csp = [
    "default-src 'none'",
    `script-src ${sha256(appSource)} 'wasm-unsafe-eval'`,
    'worker-src blob:',
    `style-src ${sha256(css)}`,
    'img-src data: blob:',
    'font-src data:',
    "connect-src 'none'",
    "object-src 'none'",
    "frame-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const replaceOnce = (re, to, what) => {
    if (!re.test(html)) throw new Error(`index.html: ${what} not found`);
    html = html.replace(re, () => to);
  };
  replaceOnce(/<meta http-equiv="Content-Security-Policy" content="[^"]*">/, `<meta http-equiv="Content-Security-Policy" content="${csp}">`, 'the CSP meta tag');
  replaceOnce(/\s*<link rel="manifest"[^>]*>/, '', 'the manifest link');
  // The module is inlined: no early download (boot.js) or preload of its name.
  replaceOnce(/\s*<link rel="preload" href="pkg\/assets.json"[^>]*>/, '', 'the assets preload');
  replaceOnce(/\s*<script type="module" async src="boot.js"><\/script>/, '', 'the boot script');
  replaceOnce(/<link rel="icon"[^>]*>/, `<link rel="icon" href="data:image/svg+xml;base64,${readFileSync(join(WWW, 'icon.svg')).toString('base64')}">`, 'the icon link');
  replaceOnce(/<link rel="stylesheet" href="style.css">/, `<style>${css}</style>`, 'the stylesheet link');
  replaceOnce(/<script type="module" src="app.js"><\/script>/,
    `<script type="text/plain" id="khabar-worker">${workerSource}</script>\n` +
    `<script type="application/json" id="khabar-samples">${JSON.stringify(samples).replace(/</g, '\\u003c')}</script>\n` +
    `<script type="application/octet-stream" id="khabar-wasm">${wasmB64}</script>\n` +
    `<script type="module">${appSource}</script>`, 'the app script');
  replaceOnce(/ · <a href="khabar.d.ts">TypeScript API<\/a>/, '', 'the API link');
  html = html.replace('<!doctype html>', '<!doctype html>\n<!-- generated by `npm run build:single` (scripts/build-single.mjs), DO NOT EDIT -->');
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, html);
  console.error(`dist/khabar.html: ${(html.length / 1024).toFixed(0)} KiB (wasm ${(wasmB64.length / 1024).toFixed(0)} KiB as base64)`);
}

if (import.meta.url === `file://${process.argv[1]}`) build();
