// The khabar page: input (drop, files, folders, paste, samples), one card per
// document, the reading view and panels, the corpus view and the exports.
// All analysis runs in the WebAssembly core inside a Web Worker.

import { createAnalyzer } from './analyzer.js';
import {
  el, renderReading, renderEntityPanel, renderLegend, renderQuotes, renderRelations, renderLinks,
  renderTimeline, timelineItems, eventItem, renderNetwork, cooccurrence, sentenceAt, snippet, scriptOf, typeLabel, ENTITY_TYPES, timexTitle,
  renderFigureTable,
} from './render.js';
import { figureRows } from './figures.js';
import { describeTimex, parseTimex } from './timex.js';
import { t, lang as uiLang, setLang, applyStatic, locale } from './i18n.js';
import { parseBatch, isBatchFile } from './batch.js';
import * as ex from './exports.js';

const $ = (id) => document.getElementById(id);
const TEXT_EXT = /\.(txt|html?|md|markdown|xml|text|csv|jsonl|ndjson)$/i;

const state = {
  docs: [], // {key, label, status, analysis, error, input, opts, crash}
  queue: [],
  corpus: null,
  active: null, // a doc key or 'corpus'
  batch: { total: 0, done: 0 },
  running: false,
  reading: null, // {key, rangeOf}
  // The analyzer module while it downloads: {phase:'download'|'start', loaded, total}; null once ready.
  loading: { phase: 'download', loaded: 0, total: 0 },
};

const analyzer = createAnalyzer();

// The first date a page formats loads the browser's locale data (30–40 ms
// in Chromium), and the first result formats several: do it while the
// analyzer downloads, so that it is not on the way to the first result.
(globalThis.requestIdleCallback || ((f) => setTimeout(f, 50)))(() => {
  for (const lang of new Set([locale(), 'en-GB', 'hi-IN'])) describeTimex('2024-12-10', lang);
});
analyzer.on((ev) => {
  if (ev.type === 'restart' && ev.reason === 'crash') setStatus('The analyzer crashed on a document and was restarted; the other documents are not affected.');
  if (ev.type === 'progress' && state.loading) {
    state.loading = { ...state.loading, ...ev };
    showProgress(state.current);
  }
  if (ev.type === 'ready') {
    state.loading = null;
    showProgress(state.current);
  }
});
analyzer.ready.then((v) => {
  state.loading = null;
  showProgress(state.current);
  $('version').textContent = `khabar ${v}`;
}, (e) => {
  state.loading = null;
  showProgress(state.current);
  setStatus(`The analyzer could not start: ${e.message}`);
}).finally(registerServiceWorker);

function setStatus(msg) {
  $('status').textContent = msg;
}

/**
 * After the page's reference date changes: it applies to new documents and
 * to those without a date of their own; offer to re-analyze the latter.
 */
function offerRerun() {
  const date = $('ref-date').value;
  const others = state.docs.filter((d) => d.status === 'done' && !['row', 'tab', 'sample'].includes(d.dateFrom) &&
    (!d.analysis.published || d.analysis.published_source === 'caller') && d.analysis.published !== date);
  if (!date || !others.length) return;
  const button = el('button', { type: 'button', id: 'rerun-others', text: t('rerunOthers', { n: others.length, date: describeTimex(date, locale()) }), onclick: () => {
    button.remove();
    for (const d of others) reanalyze(d, date, 'page');
  } });
  $('status').replaceChildren(button);
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

/**
 * Adds documents to the queue: [{label, input, date?, dateFrom?, format?, id?, crash?}].
 * A document's own date (a batch row's, or set on its tab) wins over the
 * page's reference date, which applies to the others.
 */
export function enqueue(items) {
  if (!items.length) return;
  if (!state.running) state.batch = { total: 0, done: 0 };
  const first = state.docs.length;
  for (const item of items) {
    const opts = options();
    let dateFrom = opts.date ? 'page' : null;
    if (item.date) {
      opts.date = item.date;
      dateFrom = item.dateFrom || 'row';
    }
    if (item.format) opts.format = item.format;
    const doc = {
      key: uniqueKey(item.id || item.label), label: item.label, status: 'queued', analysis: null, error: null,
      input: item.input, source: item.input, opts, dateFrom, crash: !!item.crash,
    };
    state.docs.push(doc);
    state.queue.push(doc);
    state.batch.total++;
  }
  // Show the first of the documents just added, and bring it into view when done.
  state.active = state.docs[first].key;
  state.reveal = true;
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
      if (state.active === doc.key) {
        renderView();
        if (state.reveal) revealResult(doc);
      }
    }
    await updateCorpus();
  } while (state.queue.length);
  state.running = false;
  if (serviceWorkerAsked) registerServiceWorker();
  showProgress();
  const done = state.docs.filter((d) => d.status === 'done').length;
  const failed = state.docs.filter((d) => d.status === 'error').length;
  // One document: its announcement (revealResult) stays.
  if (state.batch.total > 1 || !$('status').textContent) setStatus(`${t('docsAnalyzed', { n: done })}${failed ? `, ${t('nFailed', { n: failed })}` : ''}.`);
}

/**
 * Brings a finished document into view: its heading scrolled to the top and
 * focused (so keyboard and screen-reader users land on it), and a summary
 * announced in the status line (aria-live).
 */
function revealResult(doc) {
  state.reveal = false;
  const head = $('view').querySelector('.doc-head h2, .error-card h2');
  if (head) {
    head.setAttribute('tabindex', '-1');
    head.scrollIntoView({ block: 'start' });
    head.focus({ preventScroll: true });
  }
  const a = doc.analysis;
  setStatus(a
    ? t('announce', { name: doc.label, entities: a.entities.length, dates: a.timexes.length, quotes: a.quotes.length })
    : `${doc.label}: ${doc.error || t('failed')}`);
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

const mb = (n) => (n / 1048576).toFixed(1);

/**
 * The progress area: the analyzer's download (bytes of the module) until it
 * is ready, then the documents analyzed of the batch.
 */
function showProgress(current) {
  state.current = current;
  const area = $('progress-area');
  const bar = $('progress');
  const loading = state.loading;
  area.hidden = !state.running && !(loading && loading.total);
  area.dataset.phase = loading ? loading.phase : 'analyze';
  if (loading) {
    const waiting = state.running ? ` ${t('nextUp', { n: state.batch.total })}` : '';
    if (loading.phase === 'download' && loading.total) {
      bar.max = loading.total;
      bar.value = Math.min(loading.loaded, loading.total);
      $('progress-label').textContent = `${t('downloading', { loaded: mb(loading.loaded), total: mb(loading.total) })}${waiting}`;
    } else {
      bar.removeAttribute('value'); // indeterminate: size not known yet, or compiling
      $('progress-label').textContent = `${t(loading.phase === 'download' ? 'downloadingNoSize' : 'starting')}${waiting}`;
    }
    $('cancel').hidden = !state.running;
  } else {
    $('cancel').hidden = false;
    bar.max = Math.max(1, state.batch.total);
    bar.value = state.batch.done;
    $('progress-label').textContent = current
      ? t('analyzingDoc', { name: current.label, i: state.batch.done + 1, n: state.batch.total })
      : t('analyzing');
  }
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

/** Files → documents: a CSV or JSONL batch gives one per row, with its date. */
async function addFiles(files) {
  const items = [];
  const problems = [];
  for (const file of files) {
    if (!isBatchFile(file.name)) {
      items.push({ label: file.name, input: file });
      continue;
    }
    try {
      const batch = await parseBatch(file);
      items.push(...batch.items);
      problems.push(...batch.problems);
    } catch (error) {
      problems.push(`${file.name}: ${error.message}`);
    }
  }
  enqueue(items);
  if (problems.length) setStatus(`${problems.slice(0, 3).join('; ')}${problems.length > 3 ? ` (+${problems.length - 3})` : ''}`);
}

/**
 * A sample as a document: a leading "date YYYY-MM-DD" line (the corpus's
 * metadata) becomes the document's date instead of text at its top.
 */
function sampleItem(url, text) {
  const m = /^\s*date (\d{4}-\d{2}-\d{2})\s+/.exec(text);
  return m
    ? { label: url.split('/').pop(), input: text.slice(m[0].length), date: m[1], dateFrom: 'sample' }
    : { label: url.split('/').pop(), input: text };
}

async function loadSamples(urls) {
  try {
    const items = [];
    const inlined = globalThis.__KHABAR_SINGLE__ && globalThis.__KHABAR_SINGLE__.samples;
    for (const url of urls) {
      if (inlined && inlined[url] !== undefined) {
        items.push(sampleItem(url, inlined[url]));
        continue;
      }
      const res = await fetch(url);
      if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
      items.push(sampleItem(url, await res.text()));
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
    // Kept until the next change, so "Undo" brings everything back.
    const saved = { docs: state.docs.filter((d) => d.status === 'done'), active: state.active };
    analyzer.forget();
    state.docs = [];
    state.corpus = null;
    state.active = null;
    renderTabs();
    renderView();
    $('exports').hidden = true;
    const undo = el('button', { type: 'button', id: 'undo-clear', class: 'undo', text: t('undo'), onclick: async () => {
      undo.remove();
      state.docs = saved.docs.concat(state.docs);
      state.active = saved.docs.some((d) => d.key === saved.active) ? saved.active : (state.docs[0] || {}).key || null;
      await updateCorpus();
      renderTabs();
      renderView();
      setStatus(t('restored', { n: saved.docs.length }));
    } });
    $('status').replaceChildren(t('cleared', { n: saved.docs.length }), ' ', undo);
  });
  $('ref-date').addEventListener('change', offerRerun);
  $('ui-lang').value = uiLang();
  $('ui-lang').addEventListener('change', () => {
    setLang($('ui-lang').value);
    renderTabs();
    renderView();
    showProgress(state.current);
  });
  for (const b of document.querySelectorAll('[data-export]')) b.addEventListener('click', () => exportAs(b.dataset.export));
}

// ---------------------------------------------------------------- tabs

/** The name a document goes by: its title when the page has one, else the file name. */
function docName(doc) {
  return (doc.analysis && doc.analysis.title) || doc.label;
}

/** "10 Dec 2024 (dateline)": a document's reference date and where it came from. */
function dateInfo(doc) {
  const a = doc.analysis;
  if (!a || !a.published) return t('noReferenceDate');
  const from = a.published_source === 'caller' && ['row', 'tab', 'page', 'sample'].includes(doc.dateFrom) ? t(`src_${doc.dateFrom}`) : a.published_source;
  return `${describeTimex(a.published, locale())}${from ? ` (${from})` : ''}`;
}

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
      tab.append(el('span', { class: 'doc-label', text: docName(doc) }));
      if (docName(doc) !== doc.label) tab.title = doc.label;
      const a = doc.analysis;
      const info = doc.status === 'done'
        ? `${a.language} · ${dateInfo(doc)} · ${a.entities.length} ${t('entities').toLowerCase()}`
        : doc.status === 'error' ? `Error: ${doc.error}` : doc.status === 'cancelled' ? t('cancelled') : doc.status === 'running' ? t('analyzing') : t('waiting');
      tab.append(el('span', { class: 'doc-info', text: info }));
      if (doc.status === 'error') tab.setAttribute('aria-label', `${doc.label}: error: ${doc.error}`);
    } else {
      tab.append(el('span', { class: 'doc-label', text: t('allDocuments') }), el('span', { class: 'doc-info', text: `${t('nDocuments', { n: done.length })} · ${t('nEntities', { n: (state.corpus && state.corpus.entities.length) || 0 })}` }));
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

/** Analyzes a document again (its own date, or the page's when `date` is null). */
function reanalyze(doc, date, dateFrom) {
  if (!doc.source && doc.source !== '') return;
  if (!state.running) state.batch = { total: 0, done: 0 };
  doc.opts = { ...doc.opts };
  if (date) doc.opts.date = date;
  else delete doc.opts.date;
  doc.dateFrom = date ? dateFrom : null;
  doc.status = 'queued';
  doc.input = doc.source;
  doc.analysis = null;
  state.queue.push(doc);
  state.batch.total++;
  if (state.active === doc.key) state.reveal = true;
  renderTabs();
  if (state.active === doc.key) renderView();
  runQueue();
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
    view.append(el('p', { class: 'empty intro', text: t('intro') }));
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
    `${t('language_')}: ${a.language}`,
    a.dateline ? `${t('dateline')}: ${[a.dateline.place, a.dateline.date ? describeTimex(a.dateline.date, locale()) : null, a.dateline.agency].filter(Boolean).join(' · ')}` : null,
    a.byline ? `${t('byline')}: ${a.byline}` : null,
  ].filter(Boolean);
  view.append(el('header', { class: 'doc-head' },
    el('h2', { text: docName(doc) }),
    docDateControl(doc),
    el('p', { class: 'doc-meta', text: meta.join(' — ') }),
    a.warnings.length ? el('ul', { class: 'warnings', 'aria-label': 'Warnings' }, a.warnings.map((w) => el('li', { text: w }))) : null));

  let figureTable = null;
  const reading = renderReading(a, { idPrefix: `d-${doc.key}`, onEntity: (id) => showEntity(doc.key, id), onFigure: (start) => figureTable && figureTable.showFigure(doc.key, start) });
  state.reading = { key: doc.key, ...reading };
  const goto = (start, end) => gotoRange(doc.key, start, end);

  const timeline = el('section', { id: 'sec-timeline', class: 'panel timeline-panel', 'aria-labelledby': 'tl-h' }, el('h3', { id: 'tl-h', text: t('timeline') }),
    renderTimeline(timelineItems(a, doc.key, docName(doc)), { onSelect: (item) => item.start !== null && goto(item.start, item.end) }));
  const otherDocs = (e) => {
    const ce = corpusEntityOf(doc.key, e.id);
    return ce ? new Set(ce.mentions.filter((m) => m.doc !== doc.key).map((m) => m.doc)).size : 0;
  };
  const entityPanel = () => renderEntityPanel(a, { onEntity: (id) => showEntity(doc.key, id), counts: otherDocs });
  const entitySection = el('section', { id: 'sec-entities', class: 'panel', 'aria-labelledby': 'ent-h' }, el('h3', { id: 'ent-h', text: t('entities') }), entityPanel());
  state.reading.refreshEntities = () => entitySection.lastChild.replaceWith(entityPanel());
  figureTable = renderFigureTable(figureRows(a, doc.key, docName(doc)), { idPrefix: 'fig-d', onGoto: (r) => goto(r.start, r.end) });
  const aside = el('aside', { class: 'panels', 'aria-label': 'Analysis' },
    el('section', { id: 'entity-detail', class: 'panel entity-detail', 'aria-live': 'polite', hidden: true }),
    entitySection,
    el('section', { id: 'sec-figures', class: 'panel', 'aria-labelledby': 'fig-h' }, el('h3', { id: 'fig-h', text: t('figures') }), figureTable),
    el('section', { id: 'sec-quotes', class: 'panel', 'aria-labelledby': 'q-h' }, el('h3', { id: 'q-h', text: t('quotes') }), renderQuotes(a, { onGoto: goto })),
    el('section', { id: 'sec-relations', class: 'panel', 'aria-labelledby': 'r-h' }, el('h3', { id: 'r-h', text: t('relations') }), renderRelations(a, { onGoto: goto })),
    el('section', { id: 'sec-links', class: 'panel', 'aria-labelledby': 'l-h' }, el('h3', { id: 'l-h', text: t('links') }), renderLinks(a)));
  const article = el('article', { id: 'sec-text', class: 'reading-wrap', 'aria-label': `${t('text')}: ${docName(doc)}` },
    renderLegend((a.entities || []).map((e) => e.type)), reading.node);
  view.append(sectionBar([['sec-text', t('text')], ['sec-timeline', t('timeline')], ['sec-entities', t('entities')], ['sec-figures', t('figures')], ['sec-quotes', t('quotes')], ['sec-relations', t('relations')]]),
    timeline, el('div', { class: 'doc-layout' }, article, aside));
}

/**
 * The sections of a view as a bar of links; on a phone it sticks to the top
 * of the screen, so every panel is one tap away however long the article.
 */
function sectionBar(sections) {
  return el('nav', { class: 'section-bar', 'aria-label': t('sections') }, el('ul', {}, sections.map(([id, label]) =>
    el('li', {}, el('a', { href: `#${id}`, onclick: (ev) => {
      ev.preventDefault();
      const target = document.getElementById(id);
      if (!target) return;
      target.scrollIntoView({ block: 'start' });
      // Panels above may still be laying out (the timeline draws on a
      // later frame): land on the section again once they have.
      requestAnimationFrame(() => requestAnimationFrame(() => target.scrollIntoView({ block: 'start' })));
      setTimeout(() => target.scrollIntoView({ block: 'start' }), 300);
      const h = target.querySelector('h3, .reading') || target;
      if (!h.hasAttribute('tabindex')) h.setAttribute('tabindex', '-1');
      h.focus({ preventScroll: true });
    }, text: label })))));
}

/**
 * A document's reference date, where it came from, and a control to change
 * it: the document is analyzed again with the new date.
 */
function docDateControl(doc) {
  const a = doc.analysis;
  const id = `date-${doc.key}`;
  const input = el('input', { type: 'date', id, class: 'doc-date-input', value: /^\d{4}-\d{2}-\d{2}$/.test(a.published || '') ? a.published : '' });
  const form = el('span', { class: 'doc-date-edit', hidden: true },
    el('label', { for: id, class: 'visually-hidden', text: t('dateOf', { name: docName(doc) }) }), input,
    el('button', { type: 'button', class: 'doc-date-apply', onclick: () => input.value && reanalyze(doc, input.value, 'tab'), text: t('reanalyze') }));
  const edit = el('button', { type: 'button', class: 'link doc-date-change', 'aria-expanded': 'false', onclick: () => {
    form.hidden = !form.hidden;
    edit.setAttribute('aria-expanded', String(!form.hidden));
    if (!form.hidden) input.focus();
  }, text: t('editDate') });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' && input.value) reanalyze(doc, input.value, 'tab');
  });
  return el('p', { class: 'doc-date' }, `${t('referenceDate')}: `, el('strong', { class: 'doc-date-value', text: dateInfo(doc) }), ' ', edit, ' ', form);
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
      el('dt', { text: t('colType') }), el('dd', { text: `${typeLabel(e.type)} (${e.type})` }),
      el('dt', { text: t('colAliases') }), el('dd', { class: 'aliases', text: e.aliases.length ? e.aliases.join(', ') : '—' }),
      el('dt', { text: t('roles') }), el('dd', { class: 'roles', text: e.roles.length ? e.roles.join(', ') : '—' }),
      el('dt', { text: t('salience') }), el('dd', { text: (e.salience || 0).toFixed(2) }),
      el('dt', { text: t('otherDocuments') }), el('dd', { class: 'other-docs' }, others.length
        ? el('ul', {}, others.map((m) => {
          const od = docByKey(m.doc);
          const oe = od && od.analysis ? od.analysis.entities.find((x) => x.id === m.entity) : null;
          return el('li', {}, el('button', { type: 'button', class: 'link', 'data-doc': m.doc, onclick: () => showEntity(m.doc, m.entity), text: `${od ? od.label : m.doc}${oe ? ` — as “${oe.name}”` : ''}` }));
        }))
        : '—')),
    el('h4', { text: t('mentionsN', { n: e.mentions.length }) }),
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
  view.append(el('header', { class: 'doc-head' }, el('h2', { text: t('allDocuments') }),
    el('p', { class: 'doc-meta', text: `${done.length} documents · ${corpus ? corpus.entities.length : 0} merged entities · languages: ${[...new Set(done.map((d) => d.analysis.language))].join(', ')}` })));
  if (!corpus) {
    view.append(el('p', { class: 'empty', text: 'The documents could not be merged.' }));
    return;
  }
  view.append(sectionBar([['sec-ctl', t('timeline')], ['sec-cent', t('entities')], ['sec-cfig', t('figures')], ['sec-net', t('network_')]]));
  const byKey = new Map(done.map((d) => [d.key, d]));
  // One timeline across documents.
  let items = [];
  if (corpus.timeline.length) {
    for (const tl of corpus.timeline) {
      const d = byKey.get(tl.doc);
      const ev = d && d.analysis.events.find((v) => v.id === tl.event);
      if (ev) items.push(eventItem(d.analysis, ev, tl.doc, docName(d), tl.date));
      else items.push({ range: parseTimex(tl.date), value: tl.date, text: tl.text, summary: tl.text, doc: tl.doc, docLabel: d ? docName(d) : tl.doc, start: null, end: null, kind: 'event' });
    }
  } else {
    for (const d of done) items = items.concat(timelineItems(d.analysis, d.key, docName(d)));
  }
  view.append(el('section', { id: 'sec-ctl', class: 'panel timeline-panel', 'aria-labelledby': 'ctl-h' }, el('h3', { id: 'ctl-h', text: t('timelineAll') }),
    renderTimeline(items, { title: t('timelineAll'), showDoc: true, onSelect: (item) => item.start !== null && gotoRange(item.doc, item.start, item.end) })));

  view.append(el('section', { id: 'sec-cent', class: 'panel', 'aria-labelledby': 'cent-h' }, el('h3', { id: 'cent-h', text: t('entitiesAll') }),
    corpus.entities.length ? entityTable(corpus, byKey) : el('p', { class: 'empty', text: t('noEntities') })));

  // Every document's figures in one table, and their CSV.
  const figures = [];
  for (const d of done) figures.push(...figureRows(d.analysis, d.key, docName(d), figures.length));
  view.append(el('section', { id: 'sec-cfig', class: 'panel', 'aria-labelledby': 'cfig-h' }, el('h3', { id: 'cfig-h', text: t('figuresAll') }),
    figures.length ? el('p', { class: 'fig-export' }, el('button', { type: 'button', class: 'figures-csv', onclick: () => exportAs('figures-csv'), text: t('figuresCsv') })) : null,
    renderFigureTable(figures, { showDoc: true, idPrefix: 'fig-c', onGoto: (r) => gotoRange(r.doc, r.start, r.end) })));

  const analysesById = new Map(done.map((d) => [d.key, d.analysis]));
  const net = cooccurrence(corpus, analysesById);
  view.append(el('section', { id: 'sec-net', class: 'panel', 'aria-labelledby': 'net-h' }, el('h3', { id: 'net-h', text: t('network') }),
    el('ul', { class: 'network-legend', 'aria-hidden': 'true' },
      el('li', {}, el('span', { class: 'dot ent-PERSON' }), t('person')), el('li', {}, el('span', { class: 'dot ent-ORG' }), t('organization')),
      el('li', { text: 'Line: named in the same sentence (thicker = more often)' })),
    renderNetwork(net, { onNode: (id) => {
      const table = view.querySelector('.entity-table');
      if (table && table.showEntity) table.showEntity(id);
    } })));
}

const PAGE_SIZE = 100;
const DOCS_SHOWN = 3;

/** The documents an entity is in: the first three, and a button for the rest. */
function docCell(ce, docs, byKey) {
  const link = (k) => el('button', { type: 'button', class: 'link doc-link', title: (byKey.get(k) || { label: k }).label, onclick: () => {
    const m = ce.mentions.find((x) => x.doc === k);
    showEntity(k, m.entity);
  }, text: byKey.get(k) ? docName(byKey.get(k)) : k });
  const cell = el('td', { class: 'doc-cell' }, docs.slice(0, DOCS_SHOWN).map(link));
  if (docs.length > DOCS_SHOWN) {
    const more = el('button', { type: 'button', class: 'link more-docs', 'aria-label': `+${docs.length - DOCS_SHOWN} more documents with ${ce.name}`, text: `+${docs.length - DOCS_SHOWN} more`, onclick: () => {
      more.replaceWith(...docs.slice(DOCS_SHOWN).map(link));
      cell.querySelector(`.doc-link:nth-of-type(${DOCS_SHOWN + 1})`)?.focus();
    } });
    cell.append(more);
  }
  return cell;
}

/**
 * The merged entity table, findable at corpus scale: a text filter (names
 * and aliases, any script), a type filter, sorting by documents, mentions,
 * summed salience or name, and pages of 100 rows.
 */
function entityTable(corpus, byKey) {
  const salienceOf = new Map();
  const mentionsOf = new Map();
  for (const d of byKey.values()) {
    for (const e of d.analysis.entities) {
      salienceOf.set(`${d.key}\u0000${e.id}`, e.salience || 0);
      mentionsOf.set(`${d.key}\u0000${e.id}`, e.mentions.length);
    }
  }
  const all = corpus.entities.map((ce, order) => {
    const names = [ce.name, ...ce.aliases];
    const docs = [...new Set(ce.mentions.map((m) => m.doc))];
    const pairs = new Set(ce.mentions.map((m) => `${m.doc}\u0000${m.entity}`));
    let salience = 0;
    let mentions = 0;
    for (const p of pairs) {
      salience += salienceOf.get(p) || 0;
      mentions += mentionsOf.get(p) || 0;
    }
    return { ce, names, docs, salience, mentions: mentions || ce.mentions.length, order, haystack: names.join('\n').toLocaleLowerCase() };
  });
  const st = { q: '', type: '', sort: 'docs', page: 0 };
  const search = el('input', { type: 'search', class: 'ent-filter', id: 'ent-filter', placeholder: t('filter') });
  const types = [...new Set(corpus.entities.map((e) => e.type))];
  const typeSel = el('select', { class: 'ent-type', id: 'ent-type' }, el('option', { value: '', text: t('allTypes') }),
    ENTITY_TYPES.filter(([ty]) => types.includes(ty)).map(([ty]) => el('option', { value: ty, text: `${typeLabel(ty)} (${all.filter((r) => r.ce.type === ty).length})` })));
  const sortSel = el('select', { class: 'ent-sort', id: 'ent-sort' },
    [['docs', t('sortDocs')], ['mentions', t('sortMentions')], ['salience', t('sortSalience')], ['name', t('sortName')]].map(([v, l]) => el('option', { value: v, text: l })));
  const tbody = el('tbody');
  const count = el('p', { class: 'ent-count-line', 'aria-live': 'polite' });
  const prev = el('button', { type: 'button', class: 'ent-prev', text: t('prev') });
  const next = el('button', { type: 'button', class: 'ent-next', text: t('next') });
  const pager = el('div', { class: 'pager' }, prev, count, next);
  const cmp = {
    docs: (a, b) => b.docs.length - a.docs.length || b.salience - a.salience || b.mentions - a.mentions || a.order - b.order,
    mentions: (a, b) => b.mentions - a.mentions || b.salience - a.salience || a.order - b.order,
    salience: (a, b) => b.salience - a.salience || b.mentions - a.mentions || a.order - b.order,
    name: (a, b) => a.ce.name.localeCompare(b.ce.name) || a.order - b.order,
  };
  let rows = all;
  const row = ({ ce, names, docs, mentions }) => {
    const scripts = [...new Set(names.map(scriptOf).filter((x) => x !== 'other'))];
    return el('tr', { 'data-entity': ce.id, class: scripts.length > 1 ? 'cross-script' : null },
      el('th', { scope: 'row' }, el('span', { class: `swatch ent-${ce.type}`, 'aria-hidden': 'true' }), ce.name),
      el('td', { text: ce.type }),
      el('td', {}, ce.aliases.join(', '), scripts.length > 1 ? el('span', { class: 'badge', title: 'Merged across scripts', text: ` ${scripts.join(' + ')}` }) : null),
      docCell(ce, docs, byKey),
      el('td', { text: String(docs.length) }),
      el('td', { text: String(mentions) }));
  };
  const draw = () => {
    const q = st.q.trim().toLocaleLowerCase();
    rows = all.filter((r) => (!st.type || r.ce.type === st.type) && (!q || r.haystack.includes(q))).sort(cmp[st.sort]);
    const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
    st.page = Math.min(st.page, pages - 1);
    const from = st.page * PAGE_SIZE;
    tbody.replaceChildren(...rows.slice(from, from + PAGE_SIZE).map(row));
    count.textContent = rows.length ? t('showing', { from: from + 1, to: Math.min(rows.length, from + PAGE_SIZE), n: rows.length }) : t('noEntities');
    prev.disabled = st.page === 0;
    next.disabled = st.page >= pages - 1;
    prev.hidden = next.hidden = pages <= 1;
  };
  search.addEventListener('input', () => {
    st.q = search.value;
    st.page = 0;
    draw();
  });
  typeSel.addEventListener('change', () => {
    st.type = typeSel.value;
    st.page = 0;
    draw();
  });
  sortSel.addEventListener('change', () => {
    st.sort = sortSel.value;
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
  const wrap = el('div', { class: 'entity-table' },
    el('div', { class: 'table-tools' },
      el('label', { for: 'ent-filter', class: 'visually-hidden', text: t('filter') }), search,
      el('label', { for: 'ent-type', class: 'visually-hidden', text: t('allTypes') }), typeSel,
      el('label', { for: 'ent-sort' }, `${t('sortBy')} `), sortSel),
    el('div', { class: 'table-scroll' }, el('table', { class: 'corpus-entities' },
      el('thead', {}, el('tr', {}, ['colEntity', 'colType', 'colAliases', 'colDocuments', 'colDocs', 'colMentions'].map((h) => el('th', { scope: 'col', text: t(h) })))),
      tbody)),
    pager);
  /** Shows one entity's row (from the network): clears filters, finds its page. */
  wrap.showEntity = (id) => {
    if (!rows.some((r) => r.ce.id === id)) {
      st.q = '';
      st.type = '';
      search.value = '';
      typeSel.value = '';
      draw();
    }
    const i = rows.findIndex((r) => r.ce.id === id);
    if (i < 0) return;
    st.page = Math.floor(i / PAGE_SIZE);
    draw();
    const tr = tbody.querySelector(`tr[data-entity="${CSS.escape(id)}"]`);
    if (tr) {
      tr.scrollIntoView({ block: 'center' });
      tr.classList.add('flash');
      tr.querySelector('button')?.focus({ preventScroll: true });
    }
  };
  draw();
  return wrap;
}

// ---------------------------------------------------------------- tooltip

function wireTooltip() {
  const tip = $('tooltip');
  const show = (target) => {
    tip.textContent = target.classList.contains('figure') ? target.getAttribute('title') || '' : timexTitle(target.dataset.type, target.dataset.value);
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
    const t = ev.target.closest && ev.target.closest('.reading .timex, .reading .figure');
    if (t) show(t);
  });
  document.addEventListener('mouseout', (ev) => {
    if (ev.target.closest && ev.target.closest('.reading .timex, .reading .figure')) hide();
  });
  document.addEventListener('focusin', (ev) => {
    const t = ev.target.closest && ev.target.closest('.reading .timex, .reading .figure');
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
    case 'figures-csv':
      return ex.download(`${stem}-figures.csv`, ex.figuresCsv(analyses), 'text/csv');
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

applyStatic();
wireInput();
wireTooltip();
renderView();
/**
 * Registers the service worker that keeps khabar working offline, once the
 * analyzer is up (analyzer.ready settles) and no batch is running: its
 * install step downloads every file of the page, and on a first visit that
 * would share the link and the cores with the module's download and the
 * first analysis, and delay the first result.
 */
let serviceWorkerAsked = false;
function registerServiceWorker() {
  serviceWorkerAsked = true;
  if (state.running) return; // the batch's end calls again
  if ('serviceWorker' in navigator && /^https?:$/.test(location.protocol) && !globalThis.__KHABAR_SINGLE__) {
    const idle = globalThis.requestIdleCallback || ((f) => setTimeout(f, 200));
    idle(() => navigator.serviceWorker.register('sw.js').catch(() => {}), { timeout: 3000 });
  }
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
