// <khabar-analyzer>: the analyzer as a web component a CMS can drop into any
// page with two lines of HTML:
//
//   <script type="module" src="/khabar/khabar-analyzer.js"></script>
//   <khabar-analyzer date="2024-12-10" lang="auto"></khabar-analyzer>
//
// Text inside the element is analyzed at once; otherwise the reader pastes
// or picks a file. Attributes: `date` (reference date), `lang`
// (auto|en|hi). API: `el.analyze(textOrFile)` → Promise<Analysis>; events:
// `khabar-analyzed` (detail: the Analysis) and `khabar-error` (detail: message).
// Everything renders in a shadow root; the document's content is text only.

import { createAnalyzer } from './analyzer.js';
import { el, renderReading, renderEntityPanel, renderLegend, renderQuotes, renderTimeline, timelineItems } from './render.js';

const STYLE_URL = new URL('./style.css', import.meta.url).href;
const COMPONENT_CSS = `
:host { display: block; font: 16px/1.55 system-ui, sans-serif; color: #1a1a1a; border: 1px solid #d0d5dc; border-radius: 8px; padding: .75rem;
  --fg: #1a1a1a; --muted: #555; --bg: #fff; --panel: #f7f8fa; --line: #d0d5dc; --accent: #1c3d5a; --focus: #c2410c; --err: #b02a37; }
.k-input { display: grid; gap: .5rem; }
.k-input textarea { width: 100%; box-sizing: border-box; }
.k-row { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; }
.k-result { display: grid; gap: .75rem; margin-top: .75rem; }
.k-error { color: #b02a37; }
`;

let shared = null;
function sharedAnalyzer() {
  if (!shared) shared = createAnalyzer({ workerUrl: new URL('./worker.js', import.meta.url) });
  return shared;
}

class KhabarAnalyzer extends HTMLElement {
  static get observedAttributes() {
    return ['date', 'lang'];
  }

  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    const link = el('link', { rel: 'stylesheet', href: STYLE_URL });
    const style = document.createElement('style');
    style.textContent = COMPONENT_CSS;
    this.textarea = el('textarea', { rows: '5', 'aria-label': 'Article text', placeholder: 'Paste a news article (English or Hindi)' });
    this.file = el('input', { type: 'file', accept: '.txt,.html,.htm,.md,text/*', 'aria-label': 'Article file' });
    this.button = el('button', { type: 'button', text: 'Analyze' });
    this.status = el('p', { role: 'status', 'aria-live': 'polite', class: 'k-status' });
    this.result = el('div', { class: 'k-result' });
    root.append(link, style,
      el('div', { class: 'k-input' }, this.textarea, el('div', { class: 'k-row' }, this.button, this.file)),
      this.status, this.result);
    this.button.addEventListener('click', () => this.analyze(this.textarea.value).catch(() => {}));
    this.file.addEventListener('change', () => {
      const f = this.file.files && this.file.files[0];
      if (f) this.analyze(f).catch(() => {});
    });
    const initial = (this.textContent || '').trim();
    if (initial) {
      this.textarea.value = initial;
      this.analyze(initial).catch(() => {});
    }
  }

  /** Analyzes text, HTML or a File and shows the result. */
  async analyze(input) {
    if (typeof input === 'string' && !input.trim()) {
      this.status.textContent = 'Paste some text first.';
      throw new Error('empty input');
    }
    this.status.textContent = 'Analyzing…';
    const opts = {};
    if (this.getAttribute('date')) opts.date = this.getAttribute('date');
    if (this.getAttribute('lang')) opts.lang = this.getAttribute('lang');
    try {
      const analysis = await sharedAnalyzer().analyze(input, opts);
      this.analysis = analysis;
      this.show(analysis);
      this.status.textContent = `${analysis.entities.length} entities, ${analysis.timexes.length} dates, ${analysis.quotes.length} quotes.`;
      this.dispatchEvent(new CustomEvent('khabar-analyzed', { detail: analysis, bubbles: true, composed: true }));
      return analysis;
    } catch (error) {
      this.status.textContent = '';
      this.result.replaceChildren(el('p', { class: 'k-error', role: 'alert', text: error.message }));
      this.dispatchEvent(new CustomEvent('khabar-error', { detail: error.message, bubbles: true, composed: true }));
      throw error;
    }
  }

  show(a) {
    const reading = renderReading(a, { idPrefix: 'k' });
    const goto = (start, end) => {
      const range = reading.rangeOf(start, end);
      if (range) range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    };
    this.result.replaceChildren(
      el('section', { class: 'panel', 'aria-label': 'Timeline' }, el('h3', { text: 'Timeline' }),
        renderTimeline(timelineItems(a, a.id, a.id), { onSelect: (item) => item.start !== null && goto(item.start, item.end), width: Math.max(320, Math.min(1200, this.clientWidth - 48)) })),
      el('div', { class: 'doc-layout' },
        el('article', { class: 'reading-wrap', 'aria-label': 'Article text' }, renderLegend(a.entities.map((e) => e.type)), reading.node),
        el('aside', { class: 'panels', 'aria-label': 'Analysis' },
          el('section', { class: 'panel', 'aria-label': 'Entities' }, el('h3', { text: 'Entities' }), renderEntityPanel(a, {})),
          el('section', { class: 'panel', 'aria-label': 'Quotes' }, el('h3', { text: 'Quotes' }), renderQuotes(a, { onGoto: goto })))));
  }
}

if (!customElements.get('khabar-analyzer')) customElements.define('khabar-analyzer', KhabarAnalyzer);

export { KhabarAnalyzer };
