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
  if ((m = v.match(/^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2})(?::(\d{2}))?)?/))) {
    const [y, mo, d] = [+m[1], +m[2] - 1, +m[3]];
    if (mo < 0 || mo > 11 || d < 1 || d > 31) return null;
    if (m[4] !== undefined) {
      const start = utc(y, mo, d, +m[4], m[5] ? +m[5] : 0);
      return { start, end: start + 3600000, granularity: 'time', label: v };
    }
    const start = utc(y, mo, d);
    return { start, end: start + DAY, granularity: 'day', label: v };
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

/** A human label for a TIMEX3 value ("10 Dec 2024", "June 2025", "P2D"). */
export function describeTimex(value, lang = 'en-GB') {
  const r = parseTimex(value);
  if (!r) return value;
  const d = new Date(r.start);
  const fmt = (o) => new Intl.DateTimeFormat(lang, { timeZone: 'UTC', ...o }).format(d);
  switch (r.granularity) {
    case 'time':
      return fmt({ day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
    case 'day':
      return fmt({ day: 'numeric', month: 'short', year: 'numeric' });
    case 'month':
      return fmt({ month: 'long', year: 'numeric' });
    case 'week':
      return `week of ${fmt({ day: 'numeric', month: 'short', year: 'numeric' })}`;
    default:
      return value;
  }
}

/** Tick marks for a scale from `min` to `max` (ms): [{t, label}]. */
export function ticks(min, max, maxTicks = 8) {
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
        ? new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'short', year: 'numeric' }).format(date)
        : new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short' }).format(date);
    out.push({ t, label });
    if (unit === 'year') t = utc((y += n), 0);
    else if (unit === 'month') t = utc(y, (mo += n));
    else t = utc(y, mo, (d += n));
  }
  return out;
}
