// TIMEX3 values → ranges on a real date scale, for the timelines.
//
// parseTimex('2024-12-10') → {start, end, granularity:'day', label}
// where start/end are UTC milliseconds (end exclusive). Values that are not
// calendar points (durations "P2D", "PAST_REF", sets) give null.

const DAY = 86400000;

function utc(y, m = 0, d = 1, h = 0, min = 0) {
  const t = Date.UTC(y, m, d, h, min);
  // Date.UTC maps years 0..99 to 1900..1999; fix them.
  if (y >= 0 && y < 100) {
    const date = new Date(t);
    date.setUTCFullYear(y);
    return date.getTime();
  }
  return t;
}

const SEASONS = { SP: [2, 5], SU: [5, 8], FA: [8, 11], AU: [8, 11], WI: [11, 14] };

/** Parses a TIMEX3 value; null when it is not a point or range in time. */
export function parseTimex(value) {
  if (typeof value !== 'string') return null;
  const v = value.trim();
  let m;
  if ((m = v.match(/^(\d{4})-(\d{2})-(\d{2})(?:T(?:(\d{2})(?::(\d{2}))?|(MO|AF|EV|NI|DT|MI)))?/))) {
    const [y, mo, d] = [+m[1], +m[2] - 1, +m[3]];
    if (mo < 0 || mo > 11 || d < 1 || d > 31) return null;
    if (m[4] !== undefined) {
      const start = utc(y, mo, d, +m[4], m[5] ? +m[5] : 0);
      return { start, end: start + 3600000, granularity: 'time', label: v };
    }
    const start = utc(y, mo, d);
    return { start, end: start + DAY, granularity: 'day', label: v, part: m[6] || null };
  }
  if ((m = v.match(/^(\d{4})-W(\d{2})$/))) {
    // ISO week: the week with the year's first Thursday is week 1.
    const y = +m[1];
    const jan4 = utc(y, 0, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY;
    const start = monday + (+m[2] - 1) * 7 * DAY;
    return { start, end: start + 7 * DAY, granularity: 'week', label: v };
  }
  if ((m = v.match(/^(\d{4})-(\d{2})$/))) {
    const [y, mo] = [+m[1], +m[2] - 1];
    if (mo < 0 || mo > 11) return null;
    return { start: utc(y, mo), end: utc(y, mo + 1), granularity: 'month', label: v };
  }
  if ((m = v.match(/^(\d{4})-Q([1-4])$/))) {
    const [y, q] = [+m[1], +m[2]];
    return { start: utc(y, (q - 1) * 3), end: utc(y, q * 3), granularity: 'quarter', label: v };
  }
  if ((m = v.match(/^(\d{4})-H([12])$/))) {
    const [y, h] = [+m[1], +m[2]];
    return { start: utc(y, (h - 1) * 6), end: utc(y, h * 6), granularity: 'half-year', label: v };
  }
  if ((m = v.match(/^(\d{4})-(SP|SU|FA|AU|WI)$/))) {
    const [a, b] = SEASONS[m[2]];
    return { start: utc(+m[1], a), end: utc(+m[1], b), granularity: 'season', label: v };
  }
  if ((m = v.match(/^(\d{4})$/))) {
    return { start: utc(+m[1], 0), end: utc(+m[1] + 1, 0), granularity: 'year', label: v };
  }
  if ((m = v.match(/^(\d{3})X$/))) {
    return { start: utc(+m[1] * 10, 0), end: utc(+m[1] * 10 + 10, 0), granularity: 'decade', label: v };
  }
  if ((m = v.match(/^(\d{2})XX$/))) {
    return { start: utc(+m[1] * 100, 0), end: utc(+m[1] * 100 + 100, 0), granularity: 'century', label: v };
  }
  return null;
}

const WORDS = {
  en: {
    MO: 'morning', AF: 'afternoon', EV: 'evening', NI: 'night', DT: 'daytime', MI: 'midday',
    SP: 'spring', SU: 'summer', FA: 'autumn', AU: 'autumn', WI: 'winter',
    PRESENT_REF: 'now', PAST_REF: 'the past', FUTURE_REF: 'the future',
    week: (d) => `week of ${d}`, H1: (y) => `first half of ${y}`, H2: (y) => `second half of ${y}`,
    decade: (y) => `the ${y}s`, century: (y) => `the ${y}s`, noYear: (d) => `${d} (year not given)`,
    unit: { Y: ['year', 'years'], M: ['month', 'months'], W: ['week', 'weeks'], D: ['day', 'days'], H: ['hour', 'hours'], DE: ['decade', 'decades'], CE: ['century', 'centuries'] },
    some: (u) => `some ${u}`, unresolved: 'a date that could not be placed',
  },
  hi: {
    MO: 'सुबह', AF: 'दोपहर', EV: 'शाम', NI: 'रात', DT: 'दिन', MI: 'दोपहर',
    SP: 'वसंत', SU: 'गर्मी', FA: 'पतझड़', AU: 'पतझड़', WI: 'सर्दी',
    PRESENT_REF: 'अभी', PAST_REF: 'अतीत', FUTURE_REF: 'भविष्य',
    week: (d) => `${d} वाला सप्ताह`, H1: (y) => `${y} की पहली छमाही`, H2: (y) => `${y} की दूसरी छमाही`,
    decade: (y) => `${y} का दशक`, century: (y) => `${y} की सदी`, noYear: (d) => `${d} (वर्ष नहीं दिया)`,
    unit: { Y: ['वर्ष', 'वर्ष'], M: ['महीना', 'महीने'], W: ['सप्ताह', 'सप्ताह'], D: ['दिन', 'दिन'], H: ['घंटा', 'घंटे'], DE: ['दशक', 'दशक'], CE: ['सदी', 'सदियाँ'] },
    some: (u) => `कुछ ${u}`, unresolved: 'ऐसी तारीख़ जो तय नहीं हो सकी',
  },
};

const dateFormats = new Map();
/**
 * An Intl.DateTimeFormat in UTC, made once per locale and options: making
 * one costs far more than formatting with it, and a long article formats
 * thousands of dates.
 */
function dateFormat(lang, options) {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(lang, { timeZone: 'UTC', ...options });
    dateFormats.set(key, f);
  }
  return f;
}

/**
 * A human label for any TIMEX3 value, never the raw value: "Tue 10 Dec 2024",
 * "July 2024", "Q3 2024", "summer 2024", "the 2020s", "3 days", "now".
 * `lang` is a locale ('en-GB' default, 'hi-IN' for Hindi).
 */
export function describeTimex(value, lang = 'en-GB') {
  const w = /^hi/.test(lang) ? WORDS.hi : WORDS.en;
  const r = parseTimex(value);
  if (!r) return describeOther(String(value ?? '').trim(), lang, w);
  const d = new Date(r.start);
  const fmt = (o) => dateFormat(lang, o).format(d);
  const y = d.getUTCFullYear();
  switch (r.granularity) {
    case 'time':
      return fmt({ weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).replace(/^([^\s,]+),/, '$1');
    case 'day': {
      // "Tue 10 Dec 2024" (en-GB puts a comma after the weekday).
      const day = fmt({ weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }).replace(/^([^\s,]+),/, '$1');
      return r.part && w[r.part] ? `${day}, ${w[r.part]}` : day;
    }
    case 'month':
      return fmt({ month: 'long', year: 'numeric' });
    case 'week':
      return w.week(fmt({ day: 'numeric', month: 'short', year: 'numeric' }));
    case 'quarter':
      return `Q${Math.floor(d.getUTCMonth() / 3) + 1} ${y}`;
    case 'half-year':
      return (d.getUTCMonth() < 6 ? w.H1 : w.H2)(y);
    case 'season': {
      const m = String(value).match(/-(SP|SU|FA|AU|WI)$/);
      return `${m ? w[m[1]] : ''} ${y}`.trim();
    }
    case 'year':
      return String(y);
    case 'decade':
      return w.decade(y);
    case 'century':
      return w.century(y);
    default:
      return String(y);
  }
}

function describeOther(v, lang, w) {
  if (w[v] && typeof w[v] === 'string') return w[v];
  let m;
  if ((m = v.match(/^PT?(\d+(?:\.\d+)?|X)(Y|M|W|D|H|DE|CE)$/))) {
    const [one, many] = w.unit[v.startsWith('PT') && m[2] === 'M' ? 'M' : m[2]] || ['', ''];
    if (v.startsWith('PT') && m[2] === 'M') return m[1] === 'X' ? w.some(/^hi/.test(lang) ? 'मिनट' : 'minutes') : `${m[1]} ${/^hi/.test(lang) ? 'मिनट' : m[1] === '1' ? 'minute' : 'minutes'}`;
    if (m[1] === 'X') return w.some(many);
    return `${m[1]} ${m[1] === '1' ? one : many}`;
  }
  if ((m = v.match(/^XXXX-(\d{2})-(\d{2})/))) {
    const d = new Date(Date.UTC(2000, +m[1] - 1, +m[2]));
    if (!Number.isNaN(d.getTime())) return w.noYear(dateFormat(lang, { day: 'numeric', month: 'long' }).format(d));
  }
  if ((m = v.match(/^XXXX-(\d{2})$/))) {
    const d = new Date(Date.UTC(2000, +m[1] - 1, 1));
    if (!Number.isNaN(d.getTime())) return w.noYear(dateFormat(lang, { month: 'long' }).format(d));
  }
  return w.unresolved;
}

/** Tick marks for a scale from `min` to `max` (ms): [{t, label}]. */
export function ticks(min, max, maxTicks = 8, lang = 'en-GB') {
  const span = Math.max(max - min, DAY);
  const steps = [
    ['day', 1], ['day', 2], ['day', 7], ['month', 1], ['month', 3], ['month', 6],
    ['year', 1], ['year', 2], ['year', 5], ['year', 10], ['year', 25], ['year', 50], ['year', 100],
  ];
  const approx = { day: DAY, month: 30.44 * DAY, year: 365.25 * DAY };
  let [unit, n] = steps[steps.length - 1];
  for (const [u, k] of steps) {
    if (span / (approx[u] * k) <= maxTicks) {
      [unit, n] = [u, k];
      break;
    }
  }
  const out = [];
  const start = new Date(min);
  let y = start.getUTCFullYear();
  let mo = start.getUTCMonth();
  let d = start.getUTCDate();
  let t;
  if (unit === 'year') {
    y = Math.ceil(y / n) * n;
    t = utc(y, 0);
  } else if (unit === 'month') {
    mo = Math.ceil(mo / n) * n;
    t = utc(y, mo);
  } else {
    t = utc(y, mo, d);
  }
  if (t < min) {
    if (unit === 'year') t = utc((y += n), 0);
    else if (unit === 'month') t = utc(y, (mo += n));
    else t = utc(y, mo, (d += n));
  }
  for (let i = 0; t <= max && i < 200; i++) {
    const date = new Date(t);
    const label = unit === 'year'
      ? String(date.getUTCFullYear())
      : unit === 'month'
        ? dateFormat(lang, { month: 'short', year: 'numeric' }).format(date)
        : dateFormat(lang, { day: 'numeric', month: 'short' }).format(date);
    out.push({ t, label });
    if (unit === 'year') t = utc((y += n), 0);
    else if (unit === 'month') t = utc(y, (mo += n));
    else t = utc(y, mo, (d += n));
  }
  return out;
}
