// Batches: one file holding many articles, as a CMS exports them.
//   .csv   a header row naming the columns: text | article | body | content
//          (or html), and optionally date | published, title | headline, id
//   .jsonl one JSON object per line: {"id", "text" | "html", "date"?, "title"?}
//          (the CLI's batch format)
// Each row becomes one document with its own reference date.

const TEXT_COLS = ['text', 'article', 'body', 'content', 'story'];
const HTML_COLS = ['html', 'article_html', 'body_html', 'content_html'];
const DATE_COLS = ['date', 'published', 'published_at', 'pubdate', 'publish_date', 'dateline_date', 'created_at'];
const TITLE_COLS = ['title', 'headline', 'name'];
const ID_COLS = ['id', 'slug', 'guid', 'uuid', 'article_id'];

/** True for a file that is a batch (by its name). */
export function isBatchFile(name) {
  return /\.(csv|jsonl|ndjson)$/i.test(name || '');
}

/** RFC 4180 CSV → rows of cells (quoted fields, "" escapes, CRLF or LF). */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows.filter((r) => r.some((x) => x.trim() !== ''));
}

/**
 * A date as the analyzer takes it (YYYY-MM-DD), from ISO dates and
 * timestamps ("2024-12-10T09:30:00+05:30" is 10 December), or null.
 */
export function normalizeDate(value) {
  const v = String(value ?? '').trim();
  if (!v) return null;
  const m = v.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  const d = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$/.test(v)
    ? (() => {
      // Indian exports write day first: 10/12/2024 is 10 December.
      const [dd, mm, yy] = v.split(/[/.-]/).map(Number);
      return new Date(Date.UTC(yy, mm - 1, dd));
    })()
    : new Date(v);
  if (Number.isNaN(d.getTime())) return null;
  return d.toISOString().slice(0, 10);
}

const pick = (obj, cols) => {
  for (const c of cols) if (obj[c] !== undefined && obj[c] !== null && String(obj[c]).trim() !== '') return obj[c];
  return undefined;
};

function item(obj, n, fileName) {
  const html = pick(obj, HTML_COLS);
  const text = pick(obj, TEXT_COLS);
  const input = text !== undefined ? String(text) : html !== undefined ? String(html) : null;
  if (input === null) return null;
  const id = pick(obj, ID_COLS);
  const title = pick(obj, TITLE_COLS);
  const rawDate = pick(obj, DATE_COLS);
  const date = normalizeDate(rawDate);
  const stem = fileName.replace(/\.[^.]+$/, '');
  return {
    label: title !== undefined ? String(title) : id !== undefined ? String(id) : `${stem} #${n}`,
    id: id !== undefined ? String(id) : `${stem}-${n}`,
    input,
    format: text === undefined && html !== undefined ? 'html' : undefined,
    date: date || undefined,
    dateFrom: date ? 'row' : undefined,
    badDate: rawDate !== undefined && !date ? String(rawDate) : undefined,
  };
}

/**
 * The documents of a batch file: {items, problems}. Rows without text are
 * reported in `problems` (with their line), not silently dropped.
 */
export async function parseBatch(file) {
  const text = typeof file === 'string' ? file : await file.text();
  const name = file.name || 'batch';
  const items = [];
  const problems = [];
  if (/\.csv$/i.test(name)) {
    const rows = parseCsv(text);
    if (!rows.length) return { items, problems: [`${name}: empty`] };
    const header = rows[0].map((h) => h.trim().toLowerCase().replace(/\s+/g, '_'));
    if (!header.some((h) => TEXT_COLS.includes(h) || HTML_COLS.includes(h))) {
      return { items, problems: [`${name}: no text column (expected one of ${[...TEXT_COLS, ...HTML_COLS].join(', ')})`] };
    }
    rows.slice(1).forEach((r, i) => {
      const obj = Object.fromEntries(header.map((h, j) => [h, r[j]]));
      const it = item(obj, i + 1, name);
      if (it) items.push(it);
      else problems.push(`${name} row ${i + 2}: no text`);
    });
  } else {
    text.split(/\r?\n/).forEach((line, i) => {
      if (!line.trim()) return;
      let obj;
      try {
        obj = JSON.parse(line);
      } catch {
        problems.push(`${name} line ${i + 1}: not JSON`);
        return;
      }
      if (!obj || typeof obj !== 'object' || Array.isArray(obj)) {
        problems.push(`${name} line ${i + 1}: not an object`);
        return;
      }
      const lower = Object.fromEntries(Object.entries(obj).map(([k, v]) => [k.toLowerCase(), v]));
      const it = item(lower, items.length + 1, name);
      if (it) items.push(it);
      else problems.push(`${name} line ${i + 1}: no "text" or "html"`);
    });
  }
  return { items, problems };
}
