// Figures (money, percentages, quantities, counts) for a reader: a figure's
// normalized value in words ("₹2.5 lakh crore (2.5 trillion INR)"), its rows
// for the tables and the CSV, and the order "by value".
//
// Why a module of its own: like timex.js, this is formatting with no DOM, so
// the page, the HTML report and the CSV export read one definition.
//
// Rupee amounts use Indian grouping and words (lakh, crore: how the desk
// reads them), with the international reading beside them; everything else
// uses international grouping. Values are compared only within one kind and
// one unit: a rupee amount is never ranked against a dollar one (that would
// need an exchange rate, which the page does not have).

/** The kinds, in the order the tables group them. */
export const FIGURE_KINDS = ['money', 'percent', 'quantity', 'count'];

const SYMBOLS = { INR: '₹', USD: '$', EUR: '€', GBP: '£', JPY: '¥' };

const WORDS = {
  en: { lakh: 'lakh', crore: 'crore', lakhCrore: 'lakh crore', million: 'million', billion: 'billion', trillion: 'trillion', pp: 'percentage points', pp1: 'percentage point' },
  hi: { lakh: 'लाख', crore: 'करोड़', lakhCrore: 'लाख करोड़', million: 'मिलियन', billion: 'बिलियन', trillion: 'ट्रिलियन', pp: 'प्रतिशत अंक', pp1: 'प्रतिशत अंक' },
};

const INDIAN = [[1e12, 'lakhCrore'], [1e7, 'crore'], [1e5, 'lakh']];
const INTERNATIONAL = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']];

const formatters = new Map();
function fmt(locale, digits) {
  const key = `${locale}|${digits}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { maximumFractionDigits: digits, numberingSystem: 'latn' });
    formatters.set(key, f);
  }
  return f;
}

/** A number with Indian grouping (1,50,000) or international (150,000). */
export function groupNumber(v, indian) {
  const digits = Math.abs(v) >= 1 ? 2 : 6;
  return fmt(indian ? 'en-IN' : 'en-GB', digits).format(v);
}

const finite = (v) => typeof v === 'number' && Number.isFinite(v);

/**
 * `value` (and `to`, a range's high end) in one scale, the larger end's:
 * "2.5 lakh crore", "5–7 crore", "150,000". Returns the text.
 */
function scaled(value, to, scales, indian, words) {
  const top = Math.max(Math.abs(value), finite(to) ? Math.abs(to) : 0);
  const scale = scales.find(([n]) => top >= n);
  const div = scale ? scale[0] : 1;
  const num = (x) => groupNumber(x / div, indian);
  const nums = finite(to) && to !== value ? `${num(value)}–${num(to)}` : num(value);
  return scale ? `${nums} ${words[scale[1]]}` : nums;
}

/**
 * A figure's value for a reader: "≈ ₹2.5 lakh crore (2.5 trillion INR)",
 * "12.5%", "5–7%", "2,000 MW", "1.5 million (15 lakh)". `lang` is the
 * interface language ('en' or 'hi'). A figure without a usable value is ''.
 */
export function describeFigure(f, lang = 'en') {
  if (!f || !finite(f.value)) return '';
  const w = WORDS[lang] || WORDS.en;
  const to = finite(f.range_to) ? f.range_to : null;
  const approx = f.approx ? '≈ ' : '';
  const unit = typeof f.unit === 'string' && f.unit ? f.unit : null;
  let s;
  if (f.kind === 'money') {
    if (unit === 'INR' || !unit) {
      const main = `₹${scaled(f.value, to, INDIAN, true, w)}`;
      const top = Math.max(Math.abs(f.value), to === null ? 0 : Math.abs(to));
      s = top >= 1e5 ? `${main} (${scaled(f.value, to, INTERNATIONAL, false, w)} ${unit || 'INR'})` : main;
    } else {
      const sym = SYMBOLS[unit];
      const amount = scaled(f.value, to, INTERNATIONAL, false, w);
      s = sym ? `${sym}${amount} (${unit})` : `${unit} ${amount}`;
    }
  } else if (f.kind === 'percent') {
    const n = scaled(f.value, to, [], false, w);
    s = unit === 'pp' ? `${n} ${f.value === 1 && to === null ? w.pp1 : w.pp}` : `${n}%`;
  } else if (f.kind === 'count') {
    const intl = scaled(f.value, to, INTERNATIONAL, false, w);
    const top = Math.max(Math.abs(f.value), to === null ? 0 : Math.abs(to));
    s = top >= 1e5 ? `${intl} (${scaled(f.value, to, INDIAN, true, w)})` : intl;
    if (unit) s = `${s} ${unit}`;
  } else {
    const n = scaled(f.value, to, INTERNATIONAL, false, w);
    s = unit ? `${n} ${unit}` : n;
  }
  return approx + s;
}

/**
 * Sort key of a unit within its kind: rupees first, then by code; no unit
 * first of all. A percentage is one group ("%" or none), percentage points
 * another.
 */
function unitKey(f) {
  if (f.kind === 'percent') return f.unit === 'pp' ? 'pp' : '';
  if (!f.unit) return '';
  return f.kind === 'money' && f.unit === 'INR' ? '\u0001' : `\u0002${f.unit}`;
}

/**
 * Orders rows by value within one kind and one unit (kind, then unit, then
 * value, then the range's end); `dir` is 1 (ascending) or -1 (descending),
 * which reverses the values but keeps the groups where they are. Rows
 * without a value go last; ties keep document order.
 */
export function compareByValue(dir = 1) {
  return (a, b) => {
    const ka = FIGURE_KINDS.indexOf(a.kind);
    const kb = FIGURE_KINDS.indexOf(b.kind);
    if (ka !== kb) return (ka < 0 ? 99 : ka) - (kb < 0 ? 99 : kb);
    const ua = unitKey(a);
    const ub = unitKey(b);
    if (ua !== ub) return ua < ub ? -1 : 1;
    const va = finite(a.value);
    const vb = finite(b.value);
    if (va !== vb) return va ? -1 : 1;
    if (va && a.value !== b.value) return dir * (a.value - b.value);
    const ra = finite(a.range_to) ? a.range_to : a.value;
    const rb = finite(b.range_to) ? b.range_to : b.value;
    if (va && ra !== rb) return dir * (ra - rb);
    return a.order - b.order;
  };
}

/** Document order: by document, then position. */
export function compareByPosition(dir = 1) {
  return (a, b) => dir * (a.order - b.order);
}

/**
 * The figures of one analysis as table/CSV rows: the figure's own fields
 * plus its document, its subject's name, its sentence and an `order` (the
 * position across documents, from `base`). Figures whose offsets do not fit
 * the text are skipped.
 */
export function figureRows(analysis, docKey, docLabel, base = 0) {
  const text = analysis.text || '';
  const names = new Map((analysis.entities || []).map((e) => [e.id, e.name]));
  const sentences = analysis.sentences || [];
  const sentenceOf = (off) => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid].end <= off) lo = mid + 1;
      else if (sentences[mid].start > off) hi = mid - 1;
      else return sentences[mid];
    }
    return null;
  };
  const figures = (analysis.figures || [])
    .filter((f) => f && Number.isInteger(f.start) && Number.isInteger(f.end) && f.start >= 0 && f.end <= text.length && f.start < f.end)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  return figures.map((f, i) => {
    const s = sentenceOf(f.start);
    const sentence = (s ? text.slice(s.start, s.end) : text.slice(Math.max(0, f.start - 80), Math.min(text.length, f.end + 80))).replace(/\s+/g, ' ').trim();
    return {
      doc: docKey,
      docLabel: docLabel || docKey,
      kind: String(f.kind || ''),
      text: typeof f.text === 'string' ? f.text : text.slice(f.start, f.end),
      value: finite(f.value) ? f.value : null,
      unit: typeof f.unit === 'string' && f.unit ? f.unit : null,
      approx: !!f.approx,
      range_to: finite(f.range_to) ? f.range_to : null,
      subject: typeof f.subject === 'string' ? f.subject : null,
      subjectName: typeof f.subject === 'string' ? names.get(f.subject) || null : null,
      sentence,
      start: f.start,
      end: f.end,
      order: base + i,
    };
  });
}
