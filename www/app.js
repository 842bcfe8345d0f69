// The khabar page: input (drop, files, folders, paste, samples), one card per
// document, the reading view and panels, the corpus view and the exports.
// All analysis runs in the WebAssembly core inside a Web Worker.

import { createAnalyzer } from './analyzer.js';
import {
  el, renderReading, renderEntityPanel, renderLegend, renderQuotes, renderRelations, renderLinks,
  renderTimeline, timelineItems, renderNetwork, cooccurrence, sentenceAt, snippet, scriptOf, TYPE_LABEL,
} from './render.js';
import { parseTimex, describeTimex } from './timex.js';
import * as ex from './exports.js';

const $ = (id) => document.getElementById(id);
const TEXT_EXT = /\.(txt|html?|md|markdown|xml|text)$/i;

const state = {
  docs: [], // {key, label, status, analysis, error, input, opts, crash}
  queue: [],
  corpus: null,
  active: null, // a doc key or 'corpus'
  batch: { total: 0, done: 0 },
  running: false,
  reading: null, // {key, rangeOf}
};

const analyzer = createAnalyzer();
analyzer.on((ev) => {
  if (ev.type === 'restart' && ev.reason === 'crash') setStatus('The analyzer crashed on a document and was restarted; the other documents are not affected.');
});
analyzer.ready.then((v) => {
  $('version').textContent = `khabar ${v}`;
}, (e) => setStatus(`The analyzer could not start: ${e.message}`));

function setStatus(msg) {
  $('status').textContent = msg;
}

// ---------------------------------------------------------------- input

function uniqueKey(label) {
  const base = (label.replace(/\.[A-Za-z0-9]{1,10}$/, '').replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '') || 'doc').slice(0, 60);
  let key = base;
  for (let i = 2; state.docs.some((d) => d.key === key); i++) key = `${base}-${i}`;
  return key;
}

function options() {
  const opts = {};
  const date = $('ref-date').value;
  if (date) opts.date = date;
  const lang = $('lang').value;
  if (lang && lang !== 'auto') opts.lang = lang;
  return opts;
}

/** Adds documents to the queue: [{label, input, crash?}]. */
export function enqueue(items) {
  if (!items.length) return;
  if (!state.running) state.batch = { total: 0, done: 0 };
  const opts = options();
  const first = state.docs.length;
  for (const item of items) {
    const doc = { key: uniqueKey(item.label), label: item.label, status: 'queued', analysis: null, error: null, input: item.input, opts, crash: !!item.crash };
    state.docs.push(doc);
    state.queue.push(doc);
    state.batch.total++;
  }
  // Show the first of the documents just added.
  state.active = state.docs[first].key;
  renderTabs();
  renderView();
  runQueue();
}

async function runQueue() {
  if (state.running) return;
  state.running = true;
  showProgress();
  do {
    while (state.queue.length) {
      const doc = state.queue.shift();
      doc.status = 'running';
      renderTabs();
      showProgress(doc);
      try {
        if (doc.crash) await analyzer.crashForTest();
        doc.analysis = await analyzer.analyze(doc.input, { ...doc.opts, id: doc.key, name: doc.label });
        doc.status = 'done';
      } catch (error) {
        doc.status = error.cancelled ? 'cancelled' : 'error';
        doc.error = error.cancelled ? 'Cancelled.' : error.message;
      }
      doc.input = null;
      state.batch.done++;
      renderTabs();
      if (state.active === doc.key) renderView();
    }
    await updateCorpus();
  } while (state.queue.length);
  state.running = false;
  showProgress();
  const done = state.docs.filter((d) => d.status === 'done').length;
  const failed = state.docs.filter((d) => d.status === 'error').length;
  setStatus(`${done} document${done === 1 ? '' : 's'} analyzed${failed ? `, ${failed} failed` : ''}.`);
}

async function updateCorpus() {
  const analyses = doneAnalyses();
  state.corpus = null;
  if (analyses.length) {
    try {
      state.corpus = await analyzer.merge(analyses);
    } catch (error) {
      setStatus(`Could not merge the documents: ${error.message}`);
    }
  }
  renderTabs();
  // A document's view only needs its entity panel redone (the "+1 doc"
  // counts); rebuilding a long reading view would waste seconds.
  if (state.reading && state.reading.key === state.active && state.reading.refreshEntities) state.reading.refreshEntities();
  else renderView();
}

function doneAnalyses() {
  return state.docs.filter((d) => d.status === 'done').map((d) => d.analysis);
}

function showProgress(current) {
  const area = $('progress-area');
  area.hidden = !state.running;
  const bar = $('progress');
  bar.max = Math.max(1, state.batch.total);
  bar.value = state.batch.done;
  $('progress-label').textContent = current
    ? `Analyzing ${current.label} (${state.batch.done + 1} of ${state.batch.total})…`
    : 'Analyzing…';
  $('exports').hidden = !state.docs.length;
}

function cancel() {
  for (const doc of state.queue) {
    doc.status = 'cancelled';
    doc.error = 'Cancelled.';
    doc.input = null;
    state.batch.done++;
  }
  state.queue = [];
  analyzer.cancel();
  setStatus('Cancelled.');
  renderTabs();
}

async function filesFromDrop(dataTransfer) {
  const entries = [...(dataTransfer.items || [])]
    .map((it) => (it.kind === 'file' && it.webkitGetAsEntry ? it.webkitGetAsEntry() : null));
  if (!entries.length || entries.some((e) => !e)) return [...(dataTransfer.files || [])];
  const files = [];
  const walk = async (entry, inFolder) => {
    if (entry.isFile) {
      const file = await new Promise((res, rej) => entry.file(res, rej));
      if (!inFolder || (TEXT_EXT.test(file.name) && !file.name.startsWith('.'))) files.push(file);
    } else if (entry.isDirectory) {
      const reader = entry.createReader();
      for (;;) {
        const batch = await new Promise((res, rej) => reader.readEntries(res, rej));
        if (!batch.length) break;
        batch.sort((a, b) => a.name.localeCompare(b.name));
        for (const child of batch) await walk(child, true);
      }
    }
  };
  for (const entry of entries) await walk(entry, false);
  return files;
}

function addFiles(files) {
  enqueue([...files].map((file) => ({ label: file.name, input: file })));
}

async function loadSamples(urls) {
  try {
    const items = [];
    const inlined = globalThis.__KHABAR_SINGLE__ && globalThis.__KHABAR_SINGLE__.samples;
    for (const url of urls) {
      if (inlined && inlined[url] !== undefined) {
        items.push({ label: url.split('/').pop(), input: inlined[url] });
        continue;
      }
      const res = await fetch(url);
      if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
      items.push({ label: url.split('/').pop(), input: await res.text() });
    }
    enqueue(items);
  } catch (error) {
    setStatus(`Could not load the sample: ${error.message}`);
  }
}

function wireInput() {
  const zone = $('dropzone');
  const input = $('file-input');
  input.addEventListener('change', () => {
    addFiles(input.files);
    input.value = '';
  });
  // Never let the browser open a dropped file itself.
  for (const type of ['dragover', 'drop']) document.addEventListener(type, (ev) => ev.preventDefault());
  zone.addEventListener('dragenter', () => zone.classList.add('over'));
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  document.addEventListener('drop', async (ev) => {
    zone.classList.remove('over');
    if (!ev.dataTransfer) return;
    addFiles(await filesFromDrop(ev.dataTransfer));
  });
  const folder = $('folder-input');
  folder.addEventListener('change', () => {
    // A folder: its text, HTML and Markdown files, in path order.
    const files = [...folder.files]
      .filter((f) => TEXT_EXT.test(f.name) && !(f.webkitRelativePath || f.name).split('/').some((part) => part.startsWith('.')))
      .sort((a, b) => (a.webkitRelativePath || a.name).localeCompare(b.webkitRelativePath || b.name));
    if (!files.length) setStatus('That folder has no .txt, .html or .md files.');
    addFiles(files);
    folder.value = '';
  });
  $('analyze-paste').addEventListener('click', () => {
    const text = $('paste-box').value;
    if (!text.trim()) {
      setStatus('Paste some text first.');
      return;
    }
    const n = state.docs.filter((d) => d.label.startsWith('Pasted text')).length + 1;
    enqueue([{ label: `Pasted text ${n}`, input: text }]);
  });
  for (const b of document.querySelectorAll('button.sample')) b.addEventListener('click', () => loadSamples([b.dataset.sample]));
  $('both-samples').addEventListener('click', () => loadSamples([...document.querySelectorAll('button.sample')].map((b) => b.dataset.sample)));
  $('cancel').addEventListener('click', cancel);
  $('clear').addEventListener('click', () => {
    if (state.running) cancel();
    analyzer.forget();
    state.docs = [];
    state.corpus = null;
    state.active = null;
    renderTabs();
    renderView();
    $('exports').hidden = true;
    setStatus('Cleared.');
  });
  for (const b of document.querySelectorAll('[data-export]')) b.addEventListener('click', () => exportAs(b.dataset.export));
}

// ---------------------------------------------------------------- tabs

function renderTabs() {
  $('exports').hidden = !state.docs.length;
  const tabs = $('doc-tabs');
  tabs.replaceChildren();
  const done = state.docs.filter((d) => d.status === 'done');
  const all = [...state.docs.map((d) => ({ key: d.key, doc: d }))];
  if (done.length >= 2) all.push({ key: 'corpus', doc: null });
  for (const { key, doc } of all) {
    const selected = state.active === key;
    const tab = el('button', {
      type: 'button', role: 'tab', id: `tab-${key}`, class: `doc-card status-${doc ? doc.status : 'corpus'}`,
      'aria-selected': selected ? 'true' : 'false', 'aria-controls': 'view', tabindex: selected ? '0' : '-1', 'data-doc': key,
    });
    if (doc) {
      tab.append(el('span', { class: 'doc-label', text: doc.label }));
      const a = doc.analysis;
      const info = doc.status === 'done'
        ? `${a.language} · ${a.entities.length} entities · ${a.timexes.length} dates · ${a.quotes.length} quotes`
        : doc.status === 'error' ? `Error: ${doc.error}` : doc.status === 'cancelled' ? 'Cancelled' : doc.status === 'running' ? 'Analyzing…' : 'Waiting…';
      tab.append(el('span', { class: 'doc-info', text: info }));
      if (doc.status === 'error') tab.setAttribute('aria-label', `${doc.label}: error: ${doc.error}`);
    } else {
      tab.append(el('span', { class: 'doc-label', text: 'All documents' }), el('span', { class: 'doc-info', text: `${done.length} documents · ${(state.corpus && state.corpus.entities.length) || 0} entities` }));
    }
    tab.addEventListener('click', () => activate(key));
    tabs.append(tab);
  }
  tabs.onkeydown = (ev) => {
    const list = [...tabs.querySelectorAll('[role=tab]')];
    const i = list.indexOf(document.activeElement);
    if (i < 0) return;
    let j = null;
    if (ev.key === 'ArrowRight' || ev.key === 'ArrowDown') j = (i + 1) % list.length;
    if (ev.key === 'ArrowLeft' || ev.key === 'ArrowUp') j = (i - 1 + list.length) % list.length;
    if (ev.key === 'Home') j = 0;
    if (ev.key === 'End') j = list.length - 1;
    if (j !== null) {
      ev.preventDefault();
      activate(list[j].dataset.doc);
      $(`tab-${list[j].dataset.doc}`)?.focus();
    }
  };
}

function activate(key) {
  state.active = key;
  renderTabs();
  renderView();
}

// ---------------------------------------------------------------- views

function docByKey(key) {
  return state.docs.find((d) => d.key === key);
}

/** Corpus entity of a document's entity, and the other documents it is in. */
function corpusEntityOf(docKey, entityId) {
  if (!state.corpus) return null;
  return state.corpus.entities.find((ce) => ce.mentions.some((m) => m.doc === docKey && m.entity === entityId)) || null;
}

function renderView() {
  const view = $('view');
  if (state.reading && state.reading.cancel) state.reading.cancel();
  view.replaceChildren();
  view.setAttribute('role', 'tabpanel');
  state.reading = null;
  if (!state.active) {
    view.removeAttribute('aria-labelledby');
    view.append(el('p', { class: 'empty intro', text: 'Drop an article, paste one, or try a sample to see its people, organizations, places, dates, quotes and timeline.' }));
    return;
  }
  view.setAttribute('aria-labelledby', `tab-${state.active}`);
  if (state.active === 'corpus') return renderCorpus(view);
  const doc = docByKey(state.active);
  if (!doc) return;
  if (doc.status === 'error' || doc.status === 'cancelled') {
    view.append(el('div', { class: 'error-card', role: 'alert' }, el('h2', { text: doc.label }), el('p', { text: doc.error || 'Failed.' })));
    return;
  }
  if (doc.status !== 'done') {
    view.append(el('p', { class: 'empty', text: `${doc.label}: analyzing…` }));
    return;
  }
  renderDoc(view, doc);
}

function renderDoc(view, doc) {
  const a = doc.analysis;
  const meta = [
    `Language: ${a.language}`,
    a.published ? `Reference date: ${a.published}${a.published_source ? ` (from ${a.published_source})` : ''}` : 'No reference date',
    a.dateline ? `Dateline: ${[a.dateline.place, a.dateline.date, a.dateline.agency].filter(Boolean).join(' · ')}` : null,
    a.byline ? `Byline: ${a.byline}` : null,
  ].filter(Boolean);
  view.append(el('header', { class: 'doc-head' },
    el('h2', { text: a.title || doc.label }),
    el('p', { class: 'doc-meta', text: meta.join(' — ') }),
    a.warnings.length ? el('ul', { class: 'warnings', 'aria-label': 'Warnings' }, a.warnings.map((w) => el('li', { text: w }))) : null));

  const reading = renderReading(a, { idPrefix: `d-${doc.key}`, onEntity: (id) => showEntity(doc.key, id) });
  state.reading = { key: doc.key, ...reading };
  const goto = (start, end) => gotoRange(doc.key, start, end);

  const timeline = el('section', { class: 'panel timeline-panel', 'aria-labelledby': 'tl-h' }, el('h3', { id: 'tl-h', text: 'Timeline' }),
    renderTimeline(timelineItems(a, doc.key, doc.label), { onSelect: (item) => item.start !== null && goto(item.start, item.end) }));
  const otherDocs = (e) => {
    const ce = corpusEntityOf(doc.key, e.id);
    return ce ? new Set(ce.mentions.filter((m) => m.doc !== doc.key).map((m) => m.doc)).size : 0;
  };
  const entityPanel = () => renderEntityPanel(a, { onEntity: (id) => showEntity(doc.key, id), counts: otherDocs });
  const entitySection = el('section', { class: 'panel', 'aria-labelledby': 'ent-h' }, el('h3', { id: 'ent-h', text: 'Entities' }), entityPanel());
  state.reading.refreshEntities = () => entitySection.lastChild.replaceWith(entityPanel());
  const aside = el('aside', { class: 'panels', 'aria-label': 'Analysis' },
    el('section', { id: 'entity-detail', class: 'panel entity-detail', 'aria-live': 'polite', hidden: true }),
    entitySection,
    el('section', { class: 'panel', 'aria-labelledby': 'q-h' }, el('h3', { id: 'q-h', text: 'Quotes' }), renderQuotes(a, { onGoto: goto })),
    el('section', { class: 'panel', 'aria-labelledby': 'r-h' }, el('h3', { id: 'r-h', text: 'Relations' }), renderRelations(a, { onGoto: goto })),
    el('section', { class: 'panel', 'aria-labelledby': 'l-h' }, el('h3', { id: 'l-h', text: 'Links' }), renderLinks(a)));
  const article = el('article', { class: 'reading-wrap', 'aria-label': `Text of ${doc.label}` },
    renderLegend((a.entities || []).map((e) => e.type)), reading.node);
  view.append(timeline, el('div', { class: 'doc-layout' }, article, aside));
}

async function gotoRange(docKey, start, end) {
  if (!state.reading || state.reading.key !== docKey) {
    activate(docKey);
  }
  if (state.reading) await state.reading.done;
  const range = state.reading && state.reading.rangeOf(start, end);
  if (!range) return;
  if (globalThis.CSS && CSS.highlights && globalThis.Highlight) {
    CSS.highlights.set('khabar-focus', new Highlight(range));
  }
  const doc = docByKey(docKey);
  const si = doc && doc.analysis ? sentenceAt(doc.analysis, start) : -1;
  const anchor = si >= 0 ? document.getElementById(`d-${docKey}-s${si}`) : null;
  const target = range.startContainer.parentElement;
  (target || anchor)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  anchor?.focus({ preventScroll: true });
  for (const n of document.querySelectorAll('.reading .focused')) n.classList.remove('focused');
  if (anchor) anchor.classList.add('focused');
}

function showEntity(docKey, entityId) {
  const doc = docByKey(docKey);
  if (!doc || !doc.analysis) return;
  if (state.active !== docKey) activate(docKey);
  const a = doc.analysis;
  const e = a.entities.find((x) => x.id === entityId);
  const box = $('entity-detail');
  if (!e || !box) return;
  for (const m of document.querySelectorAll('.reading mark.ent.active')) m.classList.remove('active');
  for (const m of document.querySelectorAll(`.reading mark.ent[data-entity="${CSS.escape(entityId)}"]`)) m.classList.add('active');
  const ce = corpusEntityOf(docKey, entityId);
  const others = ce ? ce.mentions.filter((m) => m.doc !== docKey) : [];
  box.hidden = false;
  box.replaceChildren(
    el('h3', {}, el('span', { class: `swatch ent-${e.type}`, 'aria-hidden': 'true' }), e.name),
    el('button', { type: 'button', class: 'close', 'aria-label': 'Close entity details', text: '×', onclick: () => { box.hidden = true; } }),
    el('dl', {},
      el('dt', { text: 'Type' }), el('dd', { text: `${TYPE_LABEL[e.type] || e.type} (${e.type})` }),
      el('dt', { text: 'Aliases' }), el('dd', { class: 'aliases', text: e.aliases.length ? e.aliases.join(', ') : '—' }),
      el('dt', { text: 'Roles' }), el('dd', { class: 'roles', text: e.roles.length ? e.roles.join(', ') : '—' }),
      el('dt', { text: 'Salience' }), el('dd', { text: (e.salience || 0).toFixed(2) }),
      el('dt', { text: 'Other documents' }), el('dd', { class: 'other-docs' }, others.length
        ? el('ul', {}, others.map((m) => {
          const od = docByKey(m.doc);
          const oe = od && od.analysis ? od.analysis.entities.find((x) => x.id === m.entity) : null;
          return el('li', {}, el('button', { type: 'button', class: 'link', 'data-doc': m.doc, onclick: () => showEntity(m.doc, m.entity), text: `${od ? od.label : m.doc}${oe ? ` — as “${oe.name}”` : ''}` }));
        }))
        : '—')),
    el('h4', { text: `Mentions (${e.mentions.length})` }),
    e.mentions.length > 500 ? el('p', { class: 'empty', text: 'The first 500:' }) : '',
    el('ol', { class: 'mentions' }, e.mentions.slice(0, 500).map((m) => {
      const [pre, before, hit, after, post] = snippet(a.text, m.start, m.end, 40);
      return el('li', {}, el('button', { type: 'button', class: 'link mention-link', onclick: () => gotoRange(docKey, m.start, m.end) },
        pre, before, el('strong', { text: hit }), after, post));
    })));
  box.scrollIntoView({ block: 'nearest' });
  box.querySelector('h3').setAttribute('tabindex', '-1');
  box.querySelector('h3').focus({ preventScroll: true });
}

function renderCorpus(view) {
  const corpus = state.corpus;
  const done = state.docs.filter((d) => d.status === 'done');
  view.append(el('header', { class: 'doc-head' }, el('h2', { text: 'All documents' }),
    el('p', { class: 'doc-meta', text: `${done.length} documents · ${corpus ? corpus.entities.length : 0} merged entities · languages: ${[...new Set(done.map((d) => d.analysis.language))].join(', ')}` })));
  if (!corpus) {
    view.append(el('p', { class: 'empty', text: 'The documents could not be merged.' }));
    return;
  }
  const byKey = new Map(done.map((d) => [d.key, d]));
  // One timeline across documents.
  let items = [];
  if (corpus.timeline.length) {
    for (const t of corpus.timeline) {
      const d = byKey.get(t.doc);
      const ev = d && d.analysis.events.find((v) => v.id === t.event);
      items.push({ range: parseTimex(t.date), value: t.date, text: t.text, doc: t.doc, docLabel: d ? d.label : t.doc, start: ev ? ev.start : null, end: ev ? ev.end : null, kind: 'event' });
    }
  } else {
    for (const d of done) items = items.concat(timelineItems(d.analysis, d.key, d.label));
  }
  view.append(el('section', { class: 'panel timeline-panel', 'aria-labelledby': 'ctl-h' }, el('h3', { id: 'ctl-h', text: 'Timeline across documents' }),
    renderTimeline(items, { title: 'Timeline across documents', onSelect: (item) => item.start !== null && gotoRange(item.doc, item.start, item.end) })));

  // One entity table, cross-script merges visible.
  const rows = corpus.entities.map((ce) => {
    const names = [ce.name, ...ce.aliases];
    const scripts = [...new Set(names.map(scriptOf).filter((s) => s !== 'other'))];
    const docs = [...new Set(ce.mentions.map((m) => m.doc))];
    return el('tr', { 'data-entity': ce.id, class: scripts.length > 1 ? 'cross-script' : null },
      el('th', { scope: 'row' }, el('span', { class: `swatch ent-${ce.type}`, 'aria-hidden': 'true' }), ce.name),
      el('td', { text: ce.type }),
      el('td', {}, ce.aliases.join(', '), scripts.length > 1 ? el('span', { class: 'badge', title: 'Merged across scripts', text: ` ${scripts.join(' + ')}` }) : null),
      el('td', {}, docs.map((k) => el('button', { type: 'button', class: 'link doc-link', onclick: () => {
        const m = ce.mentions.find((x) => x.doc === k);
        showEntity(k, m.entity);
      }, text: (byKey.get(k) || { label: k }).label }))),
      el('td', { text: String(ce.mentions.length) }));
  });
  view.append(el('section', { class: 'panel', 'aria-labelledby': 'cent-h' }, el('h3', { id: 'cent-h', text: 'Entities across documents' }),
    rows.length
      ? el('div', { class: 'table-scroll' }, el('table', { class: 'corpus-entities' },
        el('thead', {}, el('tr', {}, ['Entity', 'Type', 'Aliases', 'Documents', 'Docs'].map((h) => el('th', { scope: 'col', text: h })))),
        el('tbody', {}, rows)))
      : el('p', { class: 'empty', text: 'No entities found.' })));

  const analysesById = new Map(done.map((d) => [d.key, d.analysis]));
  const net = cooccurrence(corpus, analysesById);
  view.append(el('section', { class: 'panel', 'aria-labelledby': 'net-h' }, el('h3', { id: 'net-h', text: 'Who appears with whom (people and organizations, same sentence)' }),
    el('ul', { class: 'network-legend', 'aria-hidden': 'true' },
      el('li', {}, el('span', { class: 'dot ent-PERSON' }), 'Person'), el('li', {}, el('span', { class: 'dot ent-ORG' }), 'Organization'),
      el('li', { text: 'Line: named in the same sentence (thicker = more often)' })),
    renderNetwork(net, { onNode: (id) => {
      const row = view.querySelector(`tr[data-entity="${CSS.escape(id)}"]`);
      if (row) {
        row.scrollIntoView({ block: 'center' });
        row.classList.add('flash');
        row.querySelector('button')?.focus({ preventScroll: true });
      }
    } })));
}

// ---------------------------------------------------------------- tooltip

function wireTooltip() {
  const tip = $('tooltip');
  const show = (target) => {
    const value = target.dataset.value;
    tip.textContent = `${target.dataset.type}: ${value}${describeTimex(value) !== value ? ` — ${describeTimex(value)}` : ''}`;
    tip.hidden = false;
    const r = target.getBoundingClientRect();
    tip.style.left = `${Math.max(4, Math.min(window.scrollX + r.left, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 4))}px`;
    tip.style.top = `${window.scrollY + r.bottom + 6}px`;
    target.setAttribute('aria-describedby', 'tooltip');
  };
  const hide = () => {
    tip.hidden = true;
  };
  document.addEventListener('mouseover', (ev) => {
    const t = ev.target.closest && ev.target.closest('.reading .timex');
    if (t) show(t);
  });
  document.addEventListener('mouseout', (ev) => {
    if (ev.target.closest && ev.target.closest('.reading .timex')) hide();
  });
  document.addEventListener('focusin', (ev) => {
    const t = ev.target.closest && ev.target.closest('.reading .timex');
    if (t) show(t);
    else hide();
  });
  document.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape') hide();
  });
}

// ---------------------------------------------------------------- exports

function exportAs(kind) {
  const analyses = doneAnalyses();
  if (!analyses.length) {
    setStatus('Nothing to export yet.');
    return;
  }
  const corpus = state.corpus || { documents: analyses.map((a) => a.id), entities: [], timeline: [] };
  const stem = analyses.length === 1 ? analyses[0].id : 'khabar';
  switch (kind) {
    case 'json':
      return ex.download(`${stem}.json`, ex.toJson(analyses, corpus), 'application/json');
    case 'entities-csv':
      return ex.download(`${stem}-entities.csv`, ex.entitiesCsv(analyses, corpus), 'text/csv');
    case 'quotes-csv':
      return ex.download(`${stem}-quotes.csv`, ex.quotesCsv(analyses), 'text/csv');
    case 'timeline-csv':
      return ex.download(`${stem}-timeline.csv`, ex.timelineCsv(analyses, corpus), 'text/csv');
    case 'timelinejs':
      return ex.download(`${stem}-timelinejs.json`, ex.timelineJs(analyses, corpus, stem), 'application/json');
    case 'html':
      return ex.download(`${stem}-report.html`, ex.htmlReport(analyses, corpus), 'text/html');
    default:
      return undefined;
  }
}

// ---------------------------------------------------------------- start

wireInput();
wireTooltip();
renderView();
if ('serviceWorker' in navigator && /^https?:$/.test(location.protocol) && !globalThis.__KHABAR_SINGLE__) {
  navigator.serviceWorker.register('sw.js').catch(() => {});
}

// A small handle for tests and power users (the page works without it).
globalThis.khabarApp = {
  state,
  enqueue,
  /** 'worker' or 'main-thread': where the analyzer runs. */
  get analyzerMode() {
    return analyzer.fallback || !analyzer.worker ? 'main-thread' : 'worker';
  },
  crashAnalyzer: () => enqueue([{ label: 'crash test', input: '', crash: true }]),
  /** Shows analyses made elsewhere (e.g. by the CLI, with UTF-16 offsets). */
  async addAnalyses(list) {
    for (const { label, analysis } of list) {
      state.docs.push({ key: analysis.id, label: label || analysis.id, status: 'done', analysis, error: null, input: null, opts: {} });
    }
    state.active = state.active || (list[0] && list[0].analysis.id);
    await updateCorpus();
  },
};
