// DOM rendering of analyses: the reading view, the panels, the SVG timeline
// and the co-occurrence network. Shared by the page, the web component and
// the HTML report.
//
// Security: a document's content is only ever put in the page as text
// (textContent / text nodes / attribute values), never parsed as HTML.

import { parseTimex, describeTimex, ticks } from './timex.js';
import { t as tr, locale, lang as uiLang } from './i18n.js';
import { describeFigure, compareByValue, compareByPosition, FIGURE_KINDS } from './figures.js';

export const ENTITY_TYPES = [
  ['PERSON', 'Person'],
  ['ORG', 'Organization'],
  ['GPE', 'Country, state, city'],
  ['LOC', 'Location'],
  ['FAC', 'Facility'],
  ['NORP', 'Nationality, group'],
  ['EVENT', 'Event'],
  ['PRODUCT', 'Product'],
  ['WORK_OF_ART', 'Work of art'],
  ['LAW', 'Law'],
  ['LANGUAGE', 'Language'],
  ['MISC', 'Other'],
];
export const TYPE_LABEL = Object.fromEntries(ENTITY_TYPES);

/** An entity type's name in the interface language. */
export function typeLabel(type) {
  const s = tr(`type_${type}`);
  return s === `type_${type}` ? TYPE_LABEL[type] || type : s;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Creates an element: attributes are set as attributes, children as nodes or text. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

/** Creates an SVG element. */
export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

function setAttrs(node, attrs) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'text') node.textContent = String(v);
    else if (k.startsWith('on') && typeof v === 'function') node.addEventListener(k.slice(2), v);
    else if (k === 'dataset') Object.assign(node.dataset, v);
    else node.setAttribute(k, v === true ? '' : String(v));
  }
}

function append(node, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/** The text of a sentence-sized snippet around a span. */
export function snippet(text, start, end, width = 60) {
  // Cut at spaces, so no word (or Devanagari vowel sign) is split.
  let a = Math.max(0, start - width);
  if (a > 0) {
    const sp = text.indexOf(' ', a);
    if (sp >= 0 && sp < start) a = sp + 1;
  }
  let b = Math.min(text.length, end + width);
  if (b < text.length) {
    const sp = text.lastIndexOf(' ', b);
    if (sp > end) b = sp;
  }
  return [a > 0 ? '…' : '', text.slice(a, start), text.slice(start, end), text.slice(end, b), b < text.length ? '…' : ''];
}

/** Index of the sentence containing `offset` (binary search), or -1. */
export function sentenceAt(analysis, offset) {
  const s = analysis.sentences || [];
  let lo = 0;
  let hi = s.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (s[mid].end <= offset) lo = mid + 1;
    else if (s[mid].start > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}

const entityIndexes = new WeakMap();

/** id → entity of an analysis (built once per analysis). */
function entityIndex(analysis) {
  let map = entityIndexes.get(analysis);
  if (!map || map.size !== (analysis.entities || []).length) {
    map = new Map();
    for (const e of analysis.entities || []) map.set(e.id, e);
    entityIndexes.set(analysis, map);
  }
  return map;
}

/** Below this many UTF-16 units the reading view is built at once. */
const SYNC_LIMIT = 300000;
/**
 * Paragraph blocks per section of the reading view. A section, not each
 * paragraph, skips layout and paint off screen (CSS content-visibility):
 * the browser checks every such element against the viewport each frame,
 * and with one per paragraph a 5 MB article's 17,000 made every frame
 * slower than the last: its view took 90 s to build after the analysis,
 * in sections (and 40 ms slices) 6 s.
 */
const BLOCKS_PER_SECTION = 32;
/**
 * Time slices of a long build (ms): the first shows the top of the text,
 * the next stay under the 50 ms of a "long task" while leaving few frames
 * (each one lays out what was added) between them.
 */
const FIRST_SLICE = 30;
const SLICE = 40;

/**
 * The reading view: the text with mentions, timexes and quotes marked.
 * Returns {node, rangeOf(start, end), done}. Long texts are built one
 * paragraph block at a time between frames (`done` resolves when all are
 * in), and sections of blocks off screen skip layout (CSS
 * content-visibility), so a 5 MB article does not freeze the page.
 */
export function renderReading(analysis, { idPrefix = 'd', onEntity, onFigure, sync = false } = {}) {
  const text = analysis.text || '';
  const entities = entityIndex(analysis);
  const valid = (s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= text.length && s.start < s.end;

  // Blocks: the paragraphs, plus any non-blank text between them.
  const paras = (analysis.paragraphs || []).filter((p) => Number.isInteger(p.start) && Number.isInteger(p.end) && p.start >= 0 && p.end <= text.length && p.start < p.end)
    .sort((a, b) => a.start - b.start);
  const blocks = [];
  let pos = 0;
  for (const p of paras.length ? paras : [{ start: 0, end: text.length }]) {
    if (p.start < pos) continue; // overlapping paragraph: skip
    if (p.start > pos && text.slice(pos, p.start).trim()) blocks.push({ start: pos, end: p.start, spans: [] });
    blocks.push({ start: p.start, end: p.end, spans: [] });
    pos = p.end;
  }
  if (pos < text.length && text.slice(pos).trim()) blocks.push({ start: pos, end: text.length, spans: [] });
  const blockAt = (off) => {
    let lo = 0;
    let hi = blocks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (blocks[mid].end <= off) lo = mid + 1;
      else if (blocks[mid].start > off) hi = mid - 1;
      else return mid;
    }
    return lo < blocks.length ? lo : -1; // in a gap: the next block
  };
  // Each span goes to its block; one crossing blocks is split at their edges.
  const add = (s) => {
    let i = blockAt(s.start);
    let start = s.start;
    while (i >= 0 && i < blocks.length && start < s.end) {
      const b = blocks[i];
      const a = Math.max(start, b.start);
      const e = Math.min(s.end, b.end);
      if (a < e) b.spans.push({ ...s, start: a, end: e });
      start = b.end;
      i += 1;
    }
  };
  for (const q of analysis.quotes || []) if (valid(q)) add({ start: q.start, end: q.end, rank: 0, kind: 'quote', q });
  for (const e of analysis.entities || []) {
    for (const m of e.mentions || []) if (valid(m)) add({ start: m.start, end: m.end, rank: 1, kind: 'ent', e });
  }
  for (const t of analysis.timexes || []) if (valid(t)) add({ start: t.start, end: t.end, rank: 2, kind: 'timex', t });
  for (const f of analysis.figures || []) if (f && valid(f)) add({ start: f.start, end: f.end, rank: 3, kind: 'figure', f });
  (analysis.sentences || []).forEach((s, i) => {
    if (!Number.isInteger(s.start) || s.start < 0 || s.start > text.length) return;
    const bi = blockAt(s.start);
    if (bi >= 0) blocks[bi].spans.push({ start: Math.max(s.start, blocks[bi].start), end: Math.max(s.start, blocks[bi].start), rank: -1, kind: 'anchor', i });
  });

  const textNodes = []; // [{node, start}] in text order, for offset → DOM lookups
  const container = el('div', { class: 'reading', lang: analysis.language && analysis.language !== 'und' ? analysis.language : null });
  const build = (parentEl, node) => {
    let at = node.start;
    const emitText = (to) => {
      if (to > at) {
        const t = document.createTextNode(text.slice(at, to));
        textNodes.push({ node: t, start: at });
        parentEl.append(t);
        at = to;
      }
    };
    for (const child of node.children) {
      emitText(child.start);
      const elNode = makeSpanElement(child, entities, idPrefix, !!onFigure);
      parentEl.append(elNode);
      if (child.kind !== 'anchor') {
        build(elNode, child);
        at = child.end;
        // A button never holds another: a figure inside or around an entity
        // mark is reached by arrow keys but is not a button itself.
        if (child.kind === 'figure' && elNode.hasAttribute('role') && (parentEl.closest('mark.ent') || elNode.querySelector('mark.ent'))) elNode.removeAttribute('role');
      }
    }
    emitText(node.end);
  };
  const buildBlock = (b) => {
    b.spans.sort((x, y) => x.start - y.start || y.end - x.end || x.rank - y.rank);
    // Nest the spans into a tree; a span crossing its parent's end is clipped.
    const root = { start: b.start, end: b.end, children: [] };
    const stack = [root];
    for (const s of b.spans) {
      while (stack.length > 1 && stack[stack.length - 1].end <= s.start) stack.pop();
      const parent = stack[stack.length - 1];
      const node = { ...s, end: Math.min(s.end, parent.end), children: [] };
      if (node.end < node.start || (node.end === node.start && s.kind !== 'anchor')) continue;
      parent.children.push(node);
      if (node.end > node.start) stack.push(node);
    }
    b.spans = null;
    const div = el('div', { class: 'para' });
    build(div, root);
    if (!section || section.childElementCount >= BLOCKS_PER_SECTION) {
      section = el('div', { class: 'para-section' });
      container.append(section);
    }
    section.append(div);
  };
  let section = null;

  let next = 0;
  const buildSome = (budgetMs) => {
    const t0 = performance.now();
    while (next < blocks.length && (budgetMs === Infinity || performance.now() - t0 < budgetMs)) buildBlock(blocks[next++]);
  };
  let done;
  let cancelled = false;
  if (sync || text.length <= SYNC_LIMIT) {
    buildSome(Infinity);
    done = Promise.resolve();
  } else {
    container.setAttribute('aria-busy', 'true');
    buildSome(FIRST_SLICE);
    done = new Promise((resolve) => {
      const step = () => {
        if (cancelled) return resolve();
        buildSome(SLICE);
        if (next < blocks.length) setTimeout(step, 0);
        else {
          container.removeAttribute('aria-busy');
          resolve();
        }
      };
      setTimeout(step, 0);
    });
  }

  // One tab stop for the whole text: arrow keys move between highlights.
  roving(container, 'mark.ent, .timex, .figure');
  // A click or Enter acts on the innermost highlight: an entity opens its
  // details, a figure its row in the figures table.
  if (onEntity || onFigure) {
    const act = (node) => {
      if (node.matches('mark.ent')) onEntity && onEntity(node.dataset.entity);
      else onFigure && onFigure(Number(node.dataset.start));
    };
    container.addEventListener('click', (ev) => {
      const node = ev.target.closest && ev.target.closest('mark.ent, .figure');
      if (node) act(node);
    });
    container.addEventListener('keydown', (ev) => {
      const node = ev.target.closest && ev.target.closest('mark.ent, .figure');
      if (node && (ev.key === 'Enter' || ev.key === ' ')) {
        ev.preventDefault();
        act(node);
      }
    });
  }

  /** A DOM Range over [start, end) of the text (of what is built so far). */
  const rangeOf = (start, end) => {
    const find = (off) => {
      let lo = 0;
      let hi = textNodes.length - 1;
      let best = 0;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (textNodes[mid].start <= off) {
          best = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      const tn = textNodes[best];
      if (!tn) return null;
      return [tn.node, Math.max(0, Math.min(off - tn.start, tn.node.length))];
    };
    const a = find(start);
    const b = find(end);
    if (!a || !b) return null;
    const range = document.createRange();
    range.setStart(a[0], a[1]);
    range.setEnd(b[0], b[1]);
    return range;
  };
  /** Stops building (the view was replaced). */
  const cancel = () => {
    cancelled = true;
  };
  return { node: container, rangeOf, done, cancel };
}

function makeSpanElement(s, entities, idPrefix, figureButtons) {
  if (s.kind === 'anchor') {
    return el('span', { class: 'sent-anchor', id: `${idPrefix}-s${s.i}`, tabindex: '-1' });
  }
  if (s.kind === 'ent') {
    const e = s.e;
    return el('mark', {
      class: `ent ent-${e.type}`,
      'data-type': e.type,
      'data-entity': e.id,
      tabindex: '-1',
      role: 'button',
      title: `${TYPE_LABEL[e.type] || e.type}: ${e.name}`,
    });
  }
  if (s.kind === 'timex') {
    const t = s.t;
    return el('span', {
      class: `timex timex-${t.type}`,
      'data-value': t.value,
      'data-type': t.type,
      tabindex: '-1',
      title: timexTitle(t.type, t.value),
    });
  }
  if (s.kind === 'figure') {
    const f = s.f;
    return el('span', {
      class: `figure figure-${/^[a-z]+$/.test(f.kind) ? f.kind : 'other'}`,
      'data-kind': f.kind,
      'data-value': Number.isFinite(f.value) ? String(f.value) : null,
      'data-unit': f.unit || null,
      'data-start': f.start,
      tabindex: '-1',
      role: figureButtons ? 'button' : null,
      title: figureTitle(f, entities),
    });
  }
  const q = s.q;
  const speaker = q.speaker ? entities.get(q.speaker) : null;
  return el('span', {
    class: `quote quote-${q.kind}`,
    'data-kind': q.kind,
    'data-speaker': q.speaker || '',
    'data-speaker-name': speaker ? speaker.name : tr('speakerUnknown'),
    title: `${quoteKind(q.kind)} — ${speaker ? speaker.name : tr('speakerUnknown')}${q.cue ? ` (“${q.cue}”)` : ''}`,
  });
}

/** A quote's kind in the interface language ("direct", "प्रत्यक्ष"). */
export function quoteKind(kind) {
  return tr(`kind_${kind}`);
}

/**
 * A time expression's tooltip: its meaning in words, plus the ISO value when
 * it is a plain calendar date (never a raw TIMEX3 code such as "…TMO").
 */
export function timexTitle(type, value) {
  const human = describeTimex(value, locale());
  const iso = /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value) && human !== value ? ` (${value})` : '';
  return `${type === 'DURATION' ? '⟷ ' : type === 'SET' ? '↻ ' : ''}${human}${iso}`;
}

/** A figure's tooltip: its kind and value in words, and what it is about. */
export function figureTitle(f, entities) {
  const value = describeFigure(f, uiLang());
  const subject = f.subject && entities ? entities.get(f.subject) : null;
  return `${figureKind(f.kind)}: ${value || f.text || ''}${subject ? ` — ${subject.name}` : ''}`;
}

/** A figure kind's name in the interface language ("Money", "राशि"). */
export function figureKind(kind) {
  const s = tr(`figkind_${kind}`);
  return s === `figkind_${kind}` ? String(kind || '') : s;
}

/** Entities grouped by type, each group sorted by salience. */
export function renderEntityPanel(analysis, { onEntity, counts } = {}) {
  const wrap = el('div', { class: 'entity-groups' });
  const byType = new Map();
  for (const e of analysis.entities || []) {
    if (!byType.has(e.type)) byType.set(e.type, []);
    byType.get(e.type).push(e);
  }
  if (!byType.size) wrap.append(el('p', { class: 'empty', text: tr('noEntities') }));
  for (const [type] of ENTITY_TYPES) {
    const list = byType.get(type);
    if (!list) continue;
    list.sort((a, b) => (b.salience || 0) - (a.salience || 0) || a.name.localeCompare(b.name));
    const ul = el('ul', { class: 'entity-list' });
    for (const e of list) {
      const other = counts ? counts(e) : 0;
      ul.append(el('li', {},
        el('button', { type: 'button', class: `ent-chip ent-${e.type}`, tabindex: '-1', 'data-entity': e.id, 'data-type': e.type, onclick: () => onEntity && onEntity(e.id) },
          el('span', { class: 'ent-name', text: e.name }),
          el('span', { class: 'ent-count', 'aria-label': `${e.mentions.length} mentions`, text: `×${e.mentions.length}` }),
          other ? el('span', { class: 'ent-docs', text: `+${other} doc${other > 1 ? 's' : ''}` }) : null,
          el('span', { class: 'salience', 'aria-hidden': 'true' }, salienceBar(e.salience)))));
    }
    wrap.append(el('section', { class: 'entity-group', 'data-type': type },
      el('h4', {}, el('span', { class: `swatch ent-${type}`, 'aria-hidden': 'true' }), `${typeLabel(type)} (${list.length})`), ul));
  }
  roving(wrap, '.ent-chip');
  return wrap;
}

function salienceBar(s) {
  const bar = el('span', { class: 'salience-fill' });
  bar.style.width = `${Math.round(Math.max(0, Math.min(1, s || 0)) * 100)}%`;
  return bar;
}

/** The colour legend of entity types. */
export function renderLegend(types) {
  const present = new Set(types);
  return el('ul', { class: 'legend', 'aria-label': 'Highlight colours' },
    ENTITY_TYPES.filter(([t]) => !types || present.has(t)).map(([t]) =>
      el('li', {}, el('mark', { class: `ent ent-${t}`, 'data-type': t, text: t }), ` ${typeLabel(t)}`)),
    el('li', {}, el('span', { class: 'timex', text: 'date' }), ` ${tr('timeExpression')}`),
    el('li', {}, el('span', { class: 'figure', text: '₹5' }), ` ${tr('figureLegend')}`),
    el('li', {}, el('span', { class: 'quote quote-direct', 'data-speaker-name': 'speaker', text: 'quote' }), ` ${tr('quote')}`));
}

/** Quotes grouped by speaker. */
export function renderQuotes(analysis, { onGoto } = {}) {
  const entities = entityIndex(analysis);
  const groups = new Map();
  for (const q of analysis.quotes || []) {
    const key = q.speaker || '';
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(q);
  }
  const wrap = el('div', { class: 'quotes' });
  if (!groups.size) wrap.append(el('p', { class: 'empty', text: tr('noQuotes') }));
  const keys = [...groups.keys()].sort((a, b) => (a === '') - (b === '') || groups.get(b).length - groups.get(a).length);
  const PER_SPEAKER = 200;
  for (const key of keys) {
    const speaker = key ? entities.get(key) : null;
    wrap.append(el('section', { class: 'quote-group', 'data-speaker': key },
      el('h4', { text: speaker ? speaker.name : key ? key : tr('speakerUnknown') }),
      groups.get(key).length > PER_SPEAKER ? el('p', { class: 'empty', text: `The first ${PER_SPEAKER} of ${groups.get(key).length} (all in the CSV export).` }) : null,
      el('ul', {}, groups.get(key).slice(0, PER_SPEAKER).map((q) =>
        el('li', {},
          el('button', { type: 'button', class: 'link', onclick: () => onGoto && onGoto(q.start, q.end) },
            el('span', { class: `kind kind-${q.kind}`, text: quoteKind(q.kind) }), ' ',
            el('span', { class: 'quote-text', text: q.text })),
          q.cue ? el('span', { class: 'cue', text: ` — ${q.cue}` }) : null)))));
  }
  return wrap;
}

/**
 * Figures as a table: kind, the figure as written (a button to its place in
 * the text), its value in words and its subject, with the document in front
 * when `showDoc`. Sortable by value (within one kind and unit: rupees are not
 * ranked against dollars) or by position, through buttons in the column
 * headers that carry `aria-sort`; a kind filter; pages of 100 rows.
 * `rows` come from figureRows (figures.js). The returned element has
 * `showFigure(doc, start)`, which brings one figure's row into view.
 */
export function renderFigureTable(rows, { showDoc = false, onGoto, idPrefix = 'fig' } = {}) {
  const wrap = el('div', { class: 'figure-table' });
  if (!rows.length) {
    wrap.append(el('p', { class: 'empty', text: tr('noFigures') }));
    wrap.showFigure = () => {};
    return wrap;
  }
  const PAGE = 100;
  const lang = uiLang();
  const st = { kind: '', sort: 'position', dir: 1, page: 0 };
  const kinds = FIGURE_KINDS.filter((k) => rows.some((r) => r.kind === k));
  const kindSel = el('select', { class: 'fig-kind', id: `${idPrefix}-kind` }, el('option', { value: '', text: `${tr('allKinds')} (${rows.length})` }),
    kinds.map((k) => el('option', { value: k, text: `${figureKind(k)} (${rows.filter((r) => r.kind === k).length})` })));
  const tbody = el('tbody');
  const count = el('p', { class: 'ent-count-line fig-count-line', 'aria-live': 'polite' });
  const prev = el('button', { type: 'button', class: 'fig-prev', text: tr('prev') });
  const next = el('button', { type: 'button', class: 'fig-next', text: tr('next') });
  const sortable = (key, label) => {
    const arrow = el('span', { class: 'sort-arrow', 'aria-hidden': 'true' });
    const button = el('button', { type: 'button', class: 'link sort-button', 'data-sort': key }, label, arrow);
    const th = el('th', { scope: 'col', class: `sortable sort-${key}` }, button);
    button.addEventListener('click', () => {
      if (st.sort === key) st.dir = -st.dir;
      else {
        st.sort = key;
        st.dir = 1;
      }
      st.page = 0;
      draw();
    });
    th.update = () => {
      const on = st.sort === key;
      th.setAttribute('aria-sort', on ? (st.dir > 0 ? 'ascending' : 'descending') : 'none');
      arrow.textContent = on ? (st.dir > 0 ? ' ▲' : ' ▼') : ' ↕';
    };
    return th;
  };
  const figureTh = sortable('position', tr('colFigure'));
  const valueTh = sortable('value', tr('colValue'));
  const row = (r) => el('tr', { 'data-doc': r.doc, 'data-start': r.start, 'data-kind': r.kind, 'data-value': r.value === null ? null : String(r.value), 'data-unit': r.unit },
    showDoc ? el('td', { class: 'fig-doc' }, el('button', { type: 'button', class: 'link doc-link', title: r.docLabel, text: r.docLabel, onclick: () => onGoto && onGoto(r) })) : null,
    el('td', {}, el('span', { class: `figkind figkind-${/^[a-z]+$/.test(r.kind) ? r.kind : 'other'}`, text: figureKind(r.kind) })),
    el('th', { scope: 'row', class: 'fig-text' }, el('button', { type: 'button', class: 'link fig-goto', title: r.sentence, text: r.text, onclick: () => onGoto && onGoto(r) })),
    el('td', { class: 'fig-value', text: describeFigure(r, lang) || '—' }),
    el('td', { class: 'fig-subject', text: r.subjectName || '—' }));
  let shown = rows;
  const draw = () => {
    const cmp = st.sort === 'value' ? compareByValue(st.dir) : compareByPosition(st.dir);
    shown = rows.filter((r) => !st.kind || r.kind === st.kind).sort(cmp);
    const pages = Math.max(1, Math.ceil(shown.length / PAGE));
    st.page = Math.min(st.page, pages - 1);
    const from = st.page * PAGE;
    tbody.replaceChildren(...shown.slice(from, from + PAGE).map(row));
    count.textContent = tr('showing', { from: from + 1, to: Math.min(shown.length, from + PAGE), n: shown.length });
    prev.disabled = st.page === 0;
    next.disabled = st.page >= pages - 1;
    prev.hidden = next.hidden = pages <= 1;
    figureTh.update();
    valueTh.update();
  };
  kindSel.addEventListener('change', () => {
    st.kind = kindSel.value;
    st.page = 0;
    draw();
  });
  prev.addEventListener('click', () => {
    st.page -= 1;
    draw();
  });
  next.addEventListener('click', () => {
    st.page += 1;
    draw();
  });
  wrap.append(
    el('div', { class: 'table-tools' },
      el('label', { for: `${idPrefix}-kind` }, `${tr('colKind')} `), kindSel),
    el('p', { class: 'hint fig-sort-note', id: `${idPrefix}-note`, text: tr('figSortNote') }),
    el('div', { class: 'table-scroll' }, el('table', { class: `figures${showDoc ? ' corpus-figures' : ''}`, 'aria-describedby': `${idPrefix}-note` },
      el('thead', {}, el('tr', {},
        showDoc ? el('th', { scope: 'col', text: tr('colDocument') }) : null,
        el('th', { scope: 'col', text: tr('colKind') }), figureTh, valueTh, el('th', { scope: 'col', text: tr('colSubject') }))),
      tbody)),
    el('div', { class: 'pager' }, prev, count, next));
  /** Shows one figure's row: clears the filter when it hides it, finds its page. */
  wrap.showFigure = (doc, start) => {
    const find = () => shown.findIndex((r) => r.doc === doc && r.start === start);
    if (find() < 0 && st.kind) {
      st.kind = '';
      kindSel.value = '';
      draw();
    }
    const i = find();
    if (i < 0) return;
    st.page = Math.floor(i / PAGE);
    draw();
    const tr_ = [...tbody.rows].find((x) => x.dataset.doc === doc && Number(x.dataset.start) === start);
    if (tr_) {
      tr_.scrollIntoView({ block: 'nearest' });
      tr_.classList.add('flash');
      tr_.querySelector('.fig-goto')?.focus({ preventScroll: true });
    }
  };
  draw();
  return wrap;
}

/** Relations as a table. */
export function renderRelations(analysis, { onGoto } = {}) {
  const entities = entityIndex(analysis);
  const name = (id) => (id ? (entities.get(id) || { name: id }).name : '—');
  const rels = analysis.relations || [];
  if (!rels.length) return el('p', { class: 'empty', text: tr('noRelations') });
  return el('div', { class: 'table-scroll' }, el('table', { class: 'relations' },
    el('thead', {}, el('tr', {}, ['Relation', 'Subject', 'Object', 'Place', 'Date', ''].map((h) => el('th', { scope: 'col', text: h })))),
    el('tbody', {}, rels.map((r) => el('tr', {},
      el('td', { text: r.kind }), el('td', { text: name(r.subject) }), el('td', { text: name(r.object) }),
      el('td', { text: name(r.place) }), el('td', { text: r.date ? describeTimex(r.date, locale()) : '—' }),
      el('td', {}, el('button', { type: 'button', class: 'link', onclick: () => onGoto && onGoto(r.start, r.end), text: 'show' })))))));
}

/** URLs, handles, hashtags and warnings, as plain text. */
export function renderLinks(analysis) {
  const links = analysis.links || { urls: [], handles: [], hashtags: [] };
  const items = [
    ['URLs', links.urls],
    ['Handles', links.handles],
    ['Hashtags', links.hashtags],
  ].filter(([, l]) => l && l.length);
  if (!items.length) return el('p', { class: 'empty', text: tr('noLinks') });
  return el('dl', { class: 'links' }, items.map(([k, l]) => [el('dt', { text: k }), el('dd', {}, el('ul', {}, l.map((x) => el('li', {}, el('code', { text: x })))))]));
}

/** "Rajnath Singh met Vladimir Putin, Moscow": an event's trigger, participants and place. */
export function eventSummary(analysis, v) {
  const entities = entityIndex(analysis);
  const name = (id) => (entities.get(id) || {}).name;
  const people = (v.participants || []).map(name).filter(Boolean);
  const place = v.place ? name(v.place) : null;
  const trigger = (v.trigger || '').trim();
  let s;
  if (analysis.language === 'hi') s = [people.join(', '), trigger].filter(Boolean).join(' — ');
  else if (people.length) s = [people[0], trigger, people.slice(1).join(', ')].filter(Boolean).join(' ');
  else s = trigger;
  if (place && !people.includes(place)) s = s ? `${s}, ${place}` : place;
  return s || clip(v.text || '', 80);
}

function clip(s, n) {
  const t = String(s).replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
}

/**
 * Timeline items of one analysis: its events with a date, else its DATE
 * timexes; each with the range it covers, a one-line summary (an event's
 * "who did what, where", else its sentence) and where it comes from.
 */
export function timelineItems(analysis, docKey, docLabel) {
  const items = [];
  const events = (analysis.events || []).filter((v) => v.date && parseTimex(v.date));
  if (events.length) {
    for (const v of events) items.push(eventItem(analysis, v, docKey, docLabel));
  } else {
    for (const t of analysis.timexes || []) {
      const range = t.type === 'DATE' || t.type === 'TIME' ? parseTimex(t.value) : null;
      if (!range) continue;
      const si = sentenceAt(analysis, t.start);
      const s = si >= 0 ? analysis.sentences[si] : { start: t.start, end: t.end };
      const text = (analysis.text || '').slice(s.start, s.end).trim();
      items.push({ range, value: t.value, text, summary: clip(text, 90), doc: docKey, docLabel, start: t.start, end: t.end, kind: 'timex' });
    }
  }
  if (analysis.published && parseTimex(analysis.published)) {
    const title = analysis.title || docLabel || docKey;
    items.push({ range: parseTimex(analysis.published), value: analysis.published, text: `${tr('published')}: ${title}`, summary: `${tr('published')}: ${clip(title, 70)}`, doc: docKey, docLabel, start: null, end: null, kind: 'published' });
  }
  return items;
}

/** One event of an analysis as a timeline item. */
export function eventItem(analysis, v, docKey, docLabel, date = v.date) {
  return { range: parseTimex(date), value: date, text: v.text || v.trigger, summary: eventSummary(analysis, v), doc: docKey, docLabel, start: v.start, end: v.end, kind: 'event', eventClass: v.class || null };
}

function defaultWidth() {
  const w = typeof window !== 'undefined' ? window.innerWidth || 800 : 800;
  return Math.round(Math.max(320, Math.min(1400, w - 72)));
}

/**
 * Moves focus among `selector` items inside `container` with the arrow keys,
 * Home and End, leaving one tab stop for the whole group (roving tabindex).
 * Items may be added later (a long reading view builds in steps).
 */
export function roving(container, selector) {
  const items = () => [...container.querySelectorAll(selector)];
  const first = container.querySelector(selector);
  if (first) first.setAttribute('tabindex', '0');
  container.addEventListener('focusin', (ev) => {
    const item = ev.target.closest && ev.target.closest(selector);
    if (!item || !container.contains(item)) return;
    for (const n of container.querySelectorAll(`${selector}[tabindex="0"]`)) if (n !== item) n.setAttribute('tabindex', '-1');
    item.setAttribute('tabindex', '0');
  });
  container.addEventListener('keydown', (ev) => {
    const item = ev.target.closest && ev.target.closest(selector);
    if (!item || !['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'Home', 'End'].includes(ev.key)) return;
    const list = items();
    const i = list.indexOf(item);
    let j = i;
    if (ev.key === 'ArrowRight' || ev.key === 'ArrowDown') j = Math.min(list.length - 1, i + 1);
    else if (ev.key === 'ArrowLeft' || ev.key === 'ArrowUp') j = Math.max(0, i - 1);
    else if (ev.key === 'Home') j = 0;
    else j = list.length - 1;
    ev.preventDefault();
    if (j !== i && list[j]) list[j].focus();
  });
}

/** Runs `fn` on a click, Enter or Space: an SVG group acting as a button. */
function activatable(g, fn) {
  g.addEventListener('click', fn);
  g.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' || ev.key === ' ') {
      ev.preventDefault();
      fn();
    }
  });
}

const CARD_W = 250;
const MAX_CARDS = 300;
const MAX_LANES = 40;
const LINE_H = 15;

/**
 * The visual timeline: an SVG on a real date scale, one card per item (its
 * date in words, what happened, which document), same-day items stacked in
 * lanes, zoom buttons and horizontal scrolling for long spans, plus an
 * equivalent list. Items form one tab stop (arrow keys move between them).
 */
export function renderTimeline(items, { onSelect, title = tr('timeline'), width = defaultWidth(), showDoc = false } = {}) {
  const wrap = el('div', { class: 'timeline' });
  const usable = items.filter((i) => i.range);
  if (!usable.length) {
    wrap.append(el('p', { class: 'empty', text: tr('noDates') }));
    return wrap;
  }
  usable.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end || (a.start ?? 0) - (b.start ?? 0));
  const loc = locale();
  // A news story's items each get a card; a book-length text's (thousands)
  // share one card per date, saying how many more it holds.
  let cards = usable;
  if (usable.length > MAX_CARDS) {
    const byValue = new Map();
    for (const item of usable) {
      const g = byValue.get(item.value);
      if (g) g.more += 1;
      else byValue.set(item.value, { ...item, more: 0 });
    }
    cards = [...byValue.values()];
  }
  const scroller = el('div', { class: 'timeline-scroll' });
  let zoom = 0; // 0: fit, chosen below
  const draw = () => {
    let min = cards.reduce((m, i) => Math.min(m, i.range.start), Infinity);
    let max = cards.reduce((m, i) => Math.max(m, i.range.end), -Infinity);
    const pad = Math.max((max - min) * 0.03, 86400000);
    min -= pad;
    max += pad;
    const lines = showDoc ? 3 : 2;
    const laneH = lines * LINE_H + 24;
    const layout = (w) => {
      const left = 12;
      const right = w - 12;
      const x = (tm) => left + ((tm - min) / (max - min)) * (right - left);
      const laneEnds = [];
      const placed = cards.map((item) => {
        const x0 = x(item.range.start);
        const x1 = Math.max(x(item.range.end), x0 + 2);
        const point = item.range.granularity === 'day' || item.range.granularity === 'time' || x1 - x0 < 6;
        const anchor = point ? (x0 + x1) / 2 : x0;
        // A card starts at its mark, or ends there near the right edge.
        const flip = anchor + CARD_W > right;
        const from = flip ? anchor - CARD_W : anchor;
        const to = flip ? Math.max(anchor, x1) : Math.max(anchor + CARD_W, x1);
        let lane = laneEnds.findIndex((end) => end < from - 6);
        if (lane < 0 && laneEnds.length < MAX_LANES) {
          lane = laneEnds.length;
          laneEnds.push(0);
        } else if (lane < 0) {
          // Past the last lane: the one free soonest (cards may overlap).
          lane = laneEnds.indexOf(Math.min(...laneEnds));
        }
        laneEnds[lane] = to;
        return { item, x0, x1, lane, point, flip, anchor };
      });
      return { placed, lanes: laneEnds.length, x, left, right };
    };
    // Fit: widen while that saves lanes (same-day items stack whatever the
    // width), up to 32× wider; then scroll to where most items are.
    let fit = false;
    if (!zoom) {
      zoom = 1;
      fit = true;
      for (let lanes = layout(width).lanes; zoom < 32 && lanes > 6;) {
        const wider = layout(width * zoom * 2).lanes;
        if (wider >= lanes) break;
        zoom *= 2;
        lanes = wider;
      }
    }
    const w = Math.round(width * zoom);
    const { placed, lanes, x, left, right } = layout(w);
    const axisY = 24;
    const height = axisY + 12 + lanes * laneH;
    const root = svg('svg', {
      class: 'timeline-svg', viewBox: `0 0 ${w} ${height}`, width: w, height, role: 'group',
      'aria-label': `${title}: ${usable.length} · ${describeTimex(usable[0].value, loc)} – ${describeTimex(usable[usable.length - 1].value, loc)}`,
    });
    root.append(svg('line', { x1: left, x2: right, y1: axisY, y2: axisY, class: 'axis' }));
    for (const tk of ticks(min, max, Math.max(3, Math.floor(w / 110)), loc)) {
      const tx = x(tk.t);
      const labelW = tk.label.length * 6.5;
      // Labels never cross the edges: right-aligned near the right one.
      const end = tx + 2 + labelW > w - 2;
      root.append(svg('line', { x1: tx, x2: tx, y1: axisY - 4, y2: height, class: 'tick' }));
      root.append(svg('text', { x: end ? tx - 2 : Math.max(2, tx + 2), y: axisY - 8, 'text-anchor': end ? 'end' : 'start', class: 'tick-label', text: tk.label }));
    }
    placed.forEach(({ item, x0, x1, lane, point, flip, anchor }, idx) => {
      const y = axisY + 16 + lane * laneH;
      const when = describeTimex(item.value, loc);
      const what = clip(`${item.summary || item.text || ''}${item.more ? ` (+${item.more})` : ''}`, 40);
      const docLine = showDoc && item.docLabel ? clip(item.docLabel, 40) : null;
      // A report ("said", "told") is drawn lighter than what happened.
      const reporting = item.eventClass === 'REPORTING' ? ' tl-reporting' : '';
      const g = svg('g', {
        class: `tl-item tl-${item.kind}${reporting}`, tabindex: '-1', role: 'button', 'data-value': item.value,
        'data-doc': item.doc, 'data-granularity': item.range.granularity, 'data-class': item.eventClass || null,
      });
      // Its name (no aria-label: the title holds the visible text, in full, then the sentence).
      const full = `${item.summary || item.text || ''}${item.more ? ` (+${item.more})` : ''}`;
      g.append(svg('title', { text: `${when}. ${full}.${item.docLabel ? ` ${item.docLabel}.` : ''}${item.text && item.text !== full ? `\n${item.text}` : ''}` }));
      if (point) g.append(svg('circle', { cx: anchor, cy: y, r: 5, class: 'tl-point' }));
      else g.append(svg('rect', { x: x0, y: y - 5, width: x1 - x0, height: 10, rx: 3, class: 'tl-range' }));
      // A point's text sits beside it; a range's under its bar.
      const tx = point ? (flip ? anchor - 8 : anchor + 8) : flip ? Math.max(x1, anchor) : x0;
      const ta = flip ? 'end' : 'start';
      const ty = point ? y + 4 : y + 19;
      // The whole card takes clicks, not just its ink.
      const hx = flip ? Math.min(tx - CARD_W, x0) : Math.min(x0, anchor);
      g.append(svg('rect', { class: 'tl-hit', x: Math.max(0, hx - 6), y: y - 8, width: Math.min(w - Math.max(0, hx - 6), Math.max(CARD_W, x1 - x0) + 14), height: laneH - 10 }));
      g.append(svg('text', { x: tx, y: ty, 'text-anchor': ta, class: 'tl-date', text: when }));
      g.append(svg('text', { x: tx, y: ty + LINE_H, 'text-anchor': ta, class: 'tl-label', text: what }));
      if (docLine) g.append(svg('text', { x: tx, y: ty + 2 * LINE_H, 'text-anchor': ta, class: 'tl-doc-label', text: docLine }));
      activatable(g, () => onSelect && onSelect(item, idx));
      root.append(g);
    });
    const had = scroller.firstChild;
    const focusedIdx = had ? [...had.querySelectorAll('.tl-item')].indexOf(document.activeElement) : -1;
    scroller.replaceChildren(root);
    if (fit && zoom > 1) {
      const xs = placed.map((p) => p.anchor).sort((a, b) => a - b);
      const median = xs[Math.floor(xs.length / 2)];
      requestAnimationFrame(() => {
        scroller.scrollLeft = Math.max(0, median - scroller.clientWidth / 2);
      });
    }
    roving(root, '.tl-item');
    if (focusedIdx >= 0) root.querySelectorAll('.tl-item')[focusedIdx]?.focus();
  };
  const zoomBy = (f, center) => {
    const before = scroller.scrollLeft + (center ?? scroller.clientWidth / 2);
    const old = zoom;
    zoom = Math.max(1, Math.min(64, zoom * f));
    if (zoom === old) return;
    draw();
    scroller.scrollLeft = (before * zoom) / old - (center ?? scroller.clientWidth / 2);
  };
  const tools = el('div', { class: 'timeline-tools' },
    el('button', { type: 'button', class: 'zoom-out', 'aria-label': tr('zoomOut'), title: tr('zoomOut'), text: '−', onclick: () => zoomBy(0.5) }),
    el('button', { type: 'button', class: 'zoom-in', 'aria-label': tr('zoomIn'), title: tr('zoomIn'), text: '+', onclick: () => zoomBy(2) }));
  draw();
  wrap.append(tools, scroller);
  // The same items as a list, built when opened (a long article has thousands).
  const LIST_MAX = 2000;
  const details = el('details', { class: 'timeline-details' }, el('summary', { text: tr('asList', { n: usable.length }) }));
  details.addEventListener('toggle', () => {
    if (!details.open || details.querySelector('ol')) return;
    details.append(el('ol', { class: 'timeline-list' }, usable.slice(0, LIST_MAX).map((item) =>
      el('li', { 'data-value': item.value },
        el('button', { type: 'button', class: 'link', onclick: () => onSelect && onSelect(item) },
          el('time', { datetime: /^\d{4}(-\d{2}){0,2}$/.test(item.value) ? item.value : null, text: describeTimex(item.value, loc) }),
          item.docLabel ? el('span', { class: 'tl-doc', text: ` · ${item.docLabel}` }) : null),
        el('span', { class: 'tl-text', text: ` ${item.summary && item.kind === 'event' ? `${item.summary} — ` : ''}${item.text}` })))));
    if (usable.length > LIST_MAX) details.append(el('p', { class: 'empty', text: `… +${usable.length - LIST_MAX} (CSV)` }));
  });
  wrap.append(details);
  return wrap;
}

/**
 * Co-occurrence network of people and organizations: nodes are corpus
 * entities, an edge joins two that appear in the same sentence.
 */
export function cooccurrence(corpus, analysesById) {
  const wanted = new Set(['PERSON', 'ORG']);
  const docEntityToCorpus = new Map();
  const nodes = [];
  const salienceOf = new Map(); // "doc\0entity" → the entity's salience in that document
  for (const [docId, a] of analysesById) for (const e of a.entities || []) salienceOf.set(`${docId}\u0000${e.id}`, e.salience || 0);
  (corpus.entities || []).forEach((ce, order) => {
    if (!wanted.has(ce.type)) return;
    // Rank: salience summed over the documents it is in (each document's
    // entity once), then mentions; never the name.
    const seen = new Set();
    let salience = 0;
    for (const m of ce.mentions) {
      const k = `${m.doc}\u0000${m.entity}`;
      if (seen.has(k)) continue;
      seen.add(k);
      salience += salienceOf.get(k) || 0;
    }
    nodes.push({ id: ce.id, name: ce.name, type: ce.type, weight: ce.mentions.length, salience, docs: new Set(ce.mentions.map((m) => m.doc)).size, order });
    for (const m of ce.mentions) docEntityToCorpus.set(`${m.doc}\u0000${m.entity}`, ce.id);
  });
  const edges = new Map();
  for (const [docId, a] of analysesById) {
    const bySentence = new Map();
    for (const e of a.entities || []) {
      const cid = docEntityToCorpus.get(`${docId}\u0000${e.id}`);
      if (!cid) continue;
      for (const m of e.mentions) {
        const si = sentenceAt(a, m.start);
        if (!bySentence.has(si)) bySentence.set(si, new Set());
        bySentence.get(si).add(cid);
      }
    }
    for (const set of bySentence.values()) {
      const ids = [...set].sort();
      for (let i = 0; i < ids.length && i < 50; i++) {
        for (let j = i + 1; j < ids.length && j < 50; j++) {
          const key = `${ids[i]}|${ids[j]}`;
          edges.set(key, (edges.get(key) || 0) + 1);
        }
      }
    }
  }
  return { nodes, edges: [...edges].map(([k, w]) => ({ a: k.split('|')[0], b: k.split('|')[1], weight: w })) };
}

/** The network's nodes in rank order: summed salience, then mentions, then first appearance. */
export function rankNodes(nodes) {
  return [...nodes].sort((a, b) => (b.salience || 0) - (a.salience || 0) || b.weight - a.weight || (a.order ?? 0) - (b.order ?? 0));
}

/**
 * Draws the network of the 25 highest-ranked nodes on an ellipse
 * (deterministic), labels outside it, away from their neighbours.
 */
export function renderNetwork({ nodes, edges }, { onNode, width = 860, height = 620, top = 25 } = {}) {
  if (!nodes.length) return el('p', { class: 'empty', text: 'No people or organizations to connect.' });
  const shown = rankNodes(nodes).slice(0, top);
  const pos = new Map();
  const rx = width / 2 - 190;
  const ry = height / 2 - 60;
  shown.forEach((n, i) => {
    const ang = (2 * Math.PI * i) / shown.length - Math.PI / 2;
    pos.set(n.id, { x: width / 2 + rx * Math.cos(ang), y: height / 2 + ry * Math.sin(ang), ang });
  });
  const root = svg('svg', { class: 'network-svg', viewBox: `0 0 ${width} ${height}`, width: '100%', role: 'group', 'aria-label': `Co-occurrence network of ${shown.length} people and organizations` });
  const maxW = Math.max(1, ...edges.map((e) => e.weight));
  for (const e of edges) {
    const a = pos.get(e.a);
    const b = pos.get(e.b);
    if (!a || !b) continue;
    const line = svg('line', { x1: a.x, y1: a.y, x2: b.x, y2: b.y, class: 'edge', 'data-a': e.a, 'data-b': e.b });
    line.style.strokeWidth = String(1 + (3 * e.weight) / maxW);
    line.append(svg('title', { text: `${e.weight} shared sentence${e.weight > 1 ? 's' : ''}` }));
    root.append(line);
  }
  for (const n of shown) {
    const p = pos.get(n.id);
    const visible = n.name.length > 26 ? `${n.name.slice(0, 25)}…` : n.name;
    const g = svg('g', {
      class: `node ent-${n.type}`, tabindex: '0', role: 'button', 'data-entity': n.id,
      'aria-label': visible === n.name ? `${n.name} (${n.type})` : `${visible} (${n.name}, ${n.type})`,
    });
    g.append(svg('circle', { cx: p.x, cy: p.y, r: 5 + Math.min(9, Math.sqrt(n.weight) * 1.5), class: `node-dot ent-${n.type}` }));
    const anchor = Math.cos(p.ang) < -0.1 ? 'end' : Math.cos(p.ang) > 0.1 ? 'start' : 'middle';
    const dx = anchor === 'end' ? -14 : anchor === 'start' ? 14 : 0;
    const dy = anchor === 'middle' ? (Math.sin(p.ang) < 0 ? -16 : 24) : 4;
    g.append(svg('title', { text: `${n.name} (${n.type})` }));
    g.append(svg('text', { x: p.x + dx, y: p.y + dy, 'text-anchor': anchor, class: 'node-label', text: visible }));
    activatable(g, () => onNode && onNode(n.id));
    root.append(g);
  }
  return root;
}

/** True when a string mixes scripts (e.g. a Latin name with a Devanagari alias). */
export function scriptOf(s) {
  if (/[\u0900-\u097F]/.test(s)) return 'Devanagari';
  if (/[A-Za-z]/.test(s)) return 'Latin';
  return 'other';
}
