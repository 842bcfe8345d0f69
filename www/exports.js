// Exports: JSON in the documented schema, CSV (entities, quotes, figures, timeline),
// TimelineJS JSON and a self-contained HTML report.
//
// The JSON export has the CLI's shape, {"documents": [...], "corpus": {...}},
// with offsets converted from UTF-16 code units to Unicode code points as
// docs/schema.md specifies, so it is interchangeable with `khabar analyze`.

import { parseTimex, describeTimex } from './timex.js';
import { renderReading, renderEntityPanel, renderQuotes, renderRelations, renderTimeline, renderLegend, timelineItems, el, figureKind } from './render.js';
import { figureRows, describeFigure } from './figures.js';

/** Maps UTF-16 offsets of `text` to code point offsets. */
function utf16ToCodePoints(text) {
  const map = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        map[i + 1] = cp;
        i++;
      }
    }
    cp++;
  }
  map[text.length] = cp;
  return (o) => (Number.isInteger(o) && o >= 0 && o <= text.length ? map[o] : o);
}

/**
 * The shortest decimal that reads back as the same 32-bit float: how the
 * CLI prints an f32 (salience), where JavaScript shows its f64 widening.
 */
export function f32(v) {
  if (typeof v !== 'number' || !Number.isFinite(v)) return v;
  const target = Math.fround(v);
  for (let p = 1; p <= 9; p++) {
    const d = Number(target.toPrecision(p));
    if (Math.fround(d) === target) return d;
  }
  return target;
}

/** A deep copy of an analysis with code point offsets (and f32 salience), as the CLI prints it. */
export function withCodePointOffsets(analysis) {
  const conv = utf16ToCodePoints(analysis.text || '');
  const fix = (s) => (s && typeof s === 'object' ? { ...s, start: conv(s.start), end: conv(s.end) } : s);
  return {
    ...analysis,
    dateline: analysis.dateline ? fix(analysis.dateline) : null,
    paragraphs: (analysis.paragraphs || []).map(fix),
    sentences: (analysis.sentences || []).map(fix),
    entities: (analysis.entities || []).map((e) => ({ ...e, salience: f32(e.salience), mentions: e.mentions.map(fix) })),
    timexes: (analysis.timexes || []).map(fix),
    ...(Array.isArray(analysis.figures) ? { figures: analysis.figures.map(fix) } : {}),
    quotes: (analysis.quotes || []).map(fix),
    events: (analysis.events || []).map(fix),
    relations: (analysis.relations || []).map(fix),
    embeds: (analysis.embeds || []).map(fix),
  };
}

export function toJson(analyses, corpus) {
  return JSON.stringify({ documents: analyses.map(withCodePointOffsets), corpus }, null, 2) + '\n';
}

/** One CSV cell; cells that a spreadsheet would run as a formula are defused. */
export function csvCell(value) {
  let s = value === null || value === undefined ? '' : Array.isArray(value) ? value.join('; ') : String(value);
  if (/^[=+@\t\r]/.test(s) || (/^-/.test(s) && !/^-?\d+(\.\d+)?$/.test(s))) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csv(header, rows) {
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function entitiesCsv(analyses, corpus) {
  const corpusOf = new Map();
  for (const ce of (corpus && corpus.entities) || []) for (const m of ce.mentions) corpusOf.set(`${m.doc}\u0000${m.entity}`, ce.id);
  const rows = [];
  for (const a of analyses) {
    for (const e of a.entities || []) {
      rows.push([a.id, e.id, corpusOf.get(`${a.id}\u0000${e.id}`) || '', e.type, e.name, e.aliases, e.roles, (e.salience || 0).toFixed(3), e.mentions.length]);
    }
  }
  return csv(['doc', 'entity', 'corpus_entity', 'type', 'name', 'aliases', 'roles', 'salience', 'mentions'], rows);
}

export function quotesCsv(analyses) {
  const rows = [];
  for (const a of analyses) {
    const names = new Map((a.entities || []).map((e) => [e.id, e.name]));
    const conv = utf16ToCodePoints(a.text || '');
    for (const q of a.quotes || []) {
      rows.push([a.id, q.speaker || '', q.speaker ? names.get(q.speaker) || '' : '', q.kind, q.cue || '', q.text, conv(q.start), conv(q.end)]);
    }
  }
  return csv(['doc', 'speaker', 'speaker_name', 'kind', 'cue', 'text', 'start', 'end'], rows);
}

/**
 * Every figure of every document: its kind, text, normalized value and unit,
 * approx, the range's high end, its subject's name and its sentence, with
 * offsets in code points (as the JSON export).
 */
export function figuresCsv(analyses) {
  const rows = [];
  for (const a of analyses) {
    const conv = utf16ToCodePoints(a.text || '');
    for (const r of figureRows(a, a.id, a.id)) {
      rows.push([a.id, r.kind, r.text, r.value === null ? '' : num(r.value), r.unit || '', r.approx ? 'true' : 'false',
        r.range_to === null ? '' : num(r.range_to), r.subject || '', r.subjectName || '', r.sentence, conv(r.start), conv(r.end)]);
    }
  }
  return csv(['doc', 'kind', 'text', 'value', 'unit', 'approx', 'range_to', 'subject', 'subject_name', 'sentence', 'start', 'end'], rows);
}

/** A number as a spreadsheet reads it: plain digits, never "1e+21". */
function num(v) {
  return Math.abs(v) < 1e21 ? String(v) : v.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 0 });
}

/** The timeline rows: the corpus timeline, else each document's dated items. */
export function timelineRows(analyses, corpus) {
  if (corpus && corpus.timeline && corpus.timeline.length) {
    return corpus.timeline.map((t) => ({ date: t.date, granularity: (parseTimex(t.date) || {}).granularity || '', doc: t.doc, event: t.event, text: t.text, participants: t.participants }));
  }
  const rows = [];
  for (const a of analyses) {
    for (const item of timelineItems(a, a.id, a.id)) {
      if (item.kind === 'published') continue;
      rows.push({ date: item.value, granularity: item.range.granularity, doc: a.id, event: '', text: item.text, participants: [] });
    }
  }
  rows.sort((x, y) => (parseTimex(x.date).start - parseTimex(y.date).start) || 0);
  return rows;
}

export function timelineCsv(analyses, corpus) {
  return csv(['date', 'granularity', 'doc', 'event', 'text', 'participants'],
    timelineRows(analyses, corpus).map((r) => [r.date, r.granularity, r.doc, r.event, r.text, r.participants]));
}

function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

/** TimelineJS 3 JSON; its text fields are HTML, so everything is escaped. */
export function timelineJs(analyses, corpus, title = 'khabar timeline') {
  const events = [];
  for (const r of timelineRows(analyses, corpus)) {
    const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(r.date);
    if (!m) continue;
    const start_date = { year: m[1] };
    if (m[2]) start_date.month = String(+m[2]);
    if (m[3]) start_date.day = String(+m[3]);
    events.push({
      start_date,
      display_date: describeTimex(r.date), // "Tue 10 Dec 2024", never a raw TIMEX3 value
      text: { headline: escapeHtml(r.text.length > 90 ? `${r.text.slice(0, 88)}…` : r.text), text: escapeHtml(r.text) },
      group: escapeHtml(r.doc),
      unique_id: `${r.doc}-${r.event || events.length + 1}`.replace(/[^A-Za-z0-9_-]/g, '_'),
    });
  }
  return JSON.stringify({ title: { text: { headline: escapeHtml(title), text: escapeHtml(`${analyses.length} document(s) analyzed by khabar`) } }, events }, null, 2) + '\n';
}

const REPORT_CSS = `body{font:16px/1.55 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
.reading{white-space:pre-wrap;border:1px solid #ccc;padding:1rem;border-radius:6px}
mark.ent{border-radius:3px;padding:0 2px;color:#111}
.ent-PERSON{background:#ffd8a8}.ent-ORG{background:#a5d8ff}.ent-GPE{background:#b2f2bb}.ent-LOC{background:#d8f5a2}
.ent-FAC{background:#eebefa}.ent-NORP{background:#ffec99}.ent-EVENT{background:#fcc2d7}.ent-PRODUCT{background:#c5f6fa}
.ent-WORK_OF_ART{background:#e9ecef}.ent-LAW{background:#d0bfff}.ent-LANGUAGE{background:#c3fae8}.ent-MISC{background:#dee2e6}
.timex{text-decoration:underline dotted 2px #0b7285;text-underline-offset:3px}
.timex::after{content:" [" attr(data-value) "]";font-size:.75em;color:#0b7285}
.quote{background:#f1f3f5;border-bottom:2px solid #868e96}
.figure{outline:1.5px solid #9a3412;outline-offset:1px;border-radius:2px}
.quote::before{content:attr(data-speaker-name) ": ";font-size:.75em;font-weight:600;color:#495057}
.legend,.entity-list{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.4rem}
.ent-chip{border:0;border-radius:4px;padding:.1rem .4rem;font:inherit}.ent-count,.ent-docs{margin-left:.3rem;font-size:.8em}
.salience{display:none}.swatch{display:inline-block;width:.8em;height:.8em;margin-right:.3em}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .5rem;text-align:left}
svg text{font-size:11px;fill:#333}.axis,.tick{stroke:#999}.tl-point,.tl-range{fill:#1864ab}.timeline-details{display:none}
button.link{all:unset}`;

/** A self-contained HTML report: no scripts, no external resources. */
export function htmlReport(analyses, corpus, { generated = '' } = {}) {
  const doc = document.implementation.createHTMLDocument('khabar report');
  const body = doc.body;
  const sections = [];
  sections.push(el('h1', { text: 'khabar report' }));
  if (generated) sections.push(el('p', { text: generated }));
  for (const a of analyses) {
    const section = el('section', { class: 'doc', 'data-doc': a.id });
    section.append(el('h2', { text: a.title || a.id }));
    section.append(el('p', { text: `Document ${a.id} · language ${a.language} · reference date ${a.published || 'none'}${a.dateline ? ` · dateline ${[a.dateline.place, a.dateline.date, a.dateline.agency].filter(Boolean).join(', ')}` : ''}` }));
    section.append(el('h3', { text: 'Entities' }), renderEntityPanel(a));
    section.append(el('h3', { text: 'Quotes' }), renderQuotes(a));
    section.append(el('h3', { text: 'Relations' }), renderRelations(a));
    section.append(el('h3', { text: 'Timeline' }), renderTimeline(timelineItems(a, a.id, a.id)));
    const figures = figureRows(a, a.id, a.id);
    if (figures.length) {
      section.append(el('h3', { text: 'Figures' }), el('table', { class: 'figures' },
        el('thead', {}, el('tr', {}, ['Kind', 'Figure', 'Value', 'Subject'].map((h) => el('th', { text: h })))),
        el('tbody', {}, figures.map((r) => el('tr', {}, el('td', { text: figureKind(r.kind) }), el('td', { text: r.text }),
          el('td', { text: describeFigure(r) || '—' }), el('td', { text: r.subjectName || '—' }))))));
    }
    section.append(el('h3', { text: 'Text' }), renderLegend((a.entities || []).map((e) => e.type)), renderReading(a, { sync: true }).node);
    sections.push(section);
  }
  if (corpus && analyses.length > 1) {
    const rows = (corpus.entities || []).map((e) => el('tr', {}, el('td', { text: e.name }), el('td', { text: e.type }), el('td', { text: e.aliases.join(', ') }), el('td', { text: [...new Set(e.mentions.map((m) => m.doc))].join(', ') })));
    sections.push(el('section', { class: 'corpus' }, el('h2', { text: 'All documents' }),
      el('table', {}, el('thead', {}, el('tr', {}, ['Entity', 'Type', 'Aliases', 'Documents'].map((h) => el('th', { text: h })))), el('tbody', {}, rows))));
  }
  // Adopt the nodes (built in the page's document) into the report.
  for (const s of sections) body.append(doc.importNode(s, true));
  for (const n of body.querySelectorAll('[tabindex],[role="button"]')) {
    n.removeAttribute('tabindex');
    n.removeAttribute('role');
  }
  const head = `<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"><meta name="viewport" content="width=device-width, initial-scale=1"><title>khabar report</title><style>${REPORT_CSS}</style>`;
  return `<!doctype html>\n<html lang="en"><head>${head}</head><body>${body.innerHTML}</body></html>\n`;
}

/** Offers `content` as a download. */
export function download(filename, content, type) {
  // A UTF-8 byte order mark makes Excel read Hindi CSVs as UTF-8 (not mojibake).
  const bom = /^text\/csv/.test(type) && !content.startsWith('\uFEFF') ? '\uFEFF' : '';
  const blob = new Blob([bom, content], { type: /^text\/csv/.test(type) ? 'text/csv;charset=utf-8' : type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30000);
}
