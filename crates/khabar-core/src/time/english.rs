//! The English grammar: absolute dates, relative dates, times, durations
//! and sets, with TimeML span boundaries ("on", "in", "by" stay outside;
//! "the" of "the third quarter" is inside).

use super::grammar::{Parse, QYear, Sem, Tod, G};
use super::lexicon::{Lex, Unit};
use super::numbers::{amount, and_a_half, Amount};

/// Words after which "May" and "March" are months, not a verb or a noun.
const MONTH_CUES: &[&str] = &[
    "in",
    "of",
    "since",
    "until",
    "till",
    "by",
    "early",
    "late",
    "mid",
    "last",
    "next",
    "this",
    "during",
    "from",
    "to",
    "through",
    "before",
    "after",
    "between",
    "and",
    "or",
    "-",
    "end",
    "beginning",
    "start",
    "middle",
    "on",
    "that",
    "each",
    "every",
];

/// Words after which a season word ("fall", "spring") is a season.
const SEASON_CUES: &[&str] = &[
    "in", "this", "last", "next", "early", "late", "the", "of", "during", "since", "until", "by",
    "mid", "that", "past", "coming",
];

/// The longest English temporal expression starting at token `i`.
pub(crate) fn parse(g: &G<'_>, i: usize) -> Option<Parse> {
    let mut best: Option<Parse> = None;
    let mut offer = |p: Option<Parse>| {
        if let Some(p) = p {
            if best.as_ref().is_none_or(|b| p.end > b.end) {
                best = Some(p);
            }
        }
    };
    offer(lexical(g, i));
    if g.w(i) == "the" {
        offer(the_forms(g, i));
    }
    offer(modified(g, i));
    offer(core(g, i));
    best
}

/// Everything but the modifiers and "the …" forms.
fn core(g: &G<'_>, i: usize) -> Option<Parse> {
    let mut best: Option<Parse> = None;
    for p in [
        month_first(g, i),
        day_first(g, i),
        range_second(g, i),
        numeric(g, i),
        year(g, i),
        fiscal(g, i),
        quarter(g, i),
        weekday(g, i),
        season(g, i),
        relative(g, i),
        clock(g, i),
        count(g, i),
        set(g, i),
        that(g, i),
        spoken_year(g, i),
        bare_century(g, i),
        current(g, i),
    ]
    .into_iter()
    .flatten()
    {
        if best.as_ref().is_none_or(|b| p.end > b.end) {
            best = Some(p);
        }
    }
    best
}

/// Words and phrases straight from the lexicon: "now", "the past",
/// "Christmas", "daily", "today", "tonight", "noon".
pub(crate) fn lexical(g: &G<'_>, i: usize) -> Option<Parse> {
    let first = g.w(i);
    if first.is_empty() {
        return None;
    }
    let max = g.lex.phrase_len(first);
    let mut key = String::new();
    let mut found: Option<(usize, &'static [Lex])> = None;
    let mut k = i;
    for n in 1..=max {
        let w = g.w(k);
        if w.is_empty() || (n > 1 && !g.same_clause(i, k)) {
            break;
        }
        if n > 1 {
            key.push(' ');
        }
        key.push_str(w);
        k += 1;
        // "new year's day": the possessive is split off by the scanner.
        if n < max
            && g.punct(k) == Some('\'')
            && g.attached(k)
            && g.w(k + 1) == "s"
            && g.attached(k + 1)
        {
            key.push_str("'s");
            k += 2;
        }
        let e = g.lex.get(&key);
        if !e.is_empty() {
            found = Some((k, e));
        }
    }
    let (end, entries) = found?;
    let latin = first.is_ascii();
    let last = g.w(end.saturating_sub(1));
    for e in entries {
        let p = match *e {
            // "the future" as a time, not "the future president".
            Lex::Ref(_) if last == "future" && !noun_ends_phrase(g, end) => continue,
            // "for the foreseeable future": an idiom for "indefinitely",
            // which TimeBank leaves unmarked.
            Lex::Ref(_) if first == "future" && i > 0 && g.w(i - 1) == "foreseeable" => continue,
            // "Now, he says …", "Currently, the company has …": a discourse
            // marker opening the sentence, which TimeBank leaves unmarked.
            Lex::Ref(_) if end == i + 1 && opens_sentence(g, i) && g.punct(end) == Some(',') => {
                continue
            }
            Lex::Ref(v) => Parse::new(end, Sem::Ref(v)),
            Lex::StoryRef(v) => Parse::new(end, Sem::StoryRef(v)),
            // "daily" as an adverb or adjective, not "the Hindi daily" (a paper).
            Lex::Set(_) if end == i + 1 && !frequency_word(g, i) => continue,
            Lex::Set(v) => Parse::new(end, Sem::Set(v.to_string())),
            Lex::Dur(v) => Parse::new(end, Sem::DurValue(v)),
            Lex::Holiday(feast) => {
                if latin && !g.cap(i) && matches!(first, "holi" | "eid" | "easter" | "may") {
                    continue;
                }
                Parse::new(end, Sem::Holiday { feast, y: None })
            }
            Lex::Deictic(n) => {
                let mut p = Parse::new(end, Sem::Deictic(n));
                if let Some(t) = g.tod(end) {
                    p.tod = Some(t);
                    p.end += 1;
                }
                p
            }
            Lex::DeicticTod(t) => Parse {
                end,
                sem: Sem::Deictic(0),
                tod: Some(Tod::Part(t)),
            },
            // "High Noon" (a film), "high noon" (a showdown).
            Lex::Clock(..)
                if i > 0
                    && g.same_clause(i - 1, i)
                    && (g.w(i - 1) == "high" || (g.cap(i) && g.cap(i - 1))) =>
            {
                continue
            }
            Lex::Clock(h, m) => noon_day(g, end, Tod::Clock(h, m)).unwrap_or(Parse {
                end,
                sem: Sem::TodOnly,
                tod: Some(Tod::Clock(h, m)),
            }),
            _ => continue,
        };
        return Some(p);
    }
    None
}

/// Does token `i` open its sentence: the first of its clause, or after
/// only quotation marks that follow the previous sentence's full stop
/// (`withdraw." Now, …`)?
fn opens_sentence(g: &G<'_>, i: usize) -> bool {
    let mut k = i;
    while k > 0 && matches!(g.punct(k - 1), Some('"' | '\'' | '`' | '“' | '‘')) {
        k -= 1;
    }
    k == 0 || !g.same_clause(k - 1, k) || (k < i && matches!(g.punct(k - 1), Some('.' | '!' | '?')))
}

/// Words that may follow a time noun ("the future") without making it a
/// modifier of the next word ("the future president").
const NOUN_FOLLOWERS: &[&str] = &[
    "of", "and", "or", "for", "is", "will", "with", "in", "that", "as", "but", "to", "at", "on",
    "by", "was", "are", "were", "has", "had", "holds", "looks", "lies", "from", "than", "when",
    "where", "remains", "i", "we", "you", "he", "she", "they", "it", "if", "so", "because",
    "which", "who", "too", "now", "here", "there",
];

/// Does the phrase ending before `end` end a noun phrase: nothing, a
/// mark, a new clause or a function word follows?
fn noun_ends_phrase(g: &G<'_>, end: usize) -> bool {
    let next = g.w(end);
    next.is_empty() || !g.same_clause(end.saturating_sub(1), end) || NOUN_FOLLOWERS.contains(&next)
}

/// Is the frequency word at `i` ("daily", "weekly") an adverb or an
/// adjective rather than a newspaper ("the Hindi daily", "Daily Mail")?
fn frequency_word(g: &G<'_>, i: usize) -> bool {
    let first_in_clause = i == 0 || !g.same_clause(i - 1, i) || g.w(i - 1).is_empty();
    if g.cap(i) && !first_in_clause {
        return false;
    }
    let prev = if i > 0 { g.w(i - 1) } else { "" };
    let next = g.w(i + 1);
    let modifies = !next.is_empty() && g.same_clause(i, i + 1) && !g.cap(i + 1);
    if modifies && !NOUN_FOLLOWERS.contains(&next) {
        // "quarterly results" is a kind of report, not a recurring time;
        // "average daily volume" is a statistic.
        return g.w(i) != "quarterly" && prev != "average";
    }
    // "to rise 8.5% annually", "10,000 units annually", "C$17.9 million
    // annually": the rate of an amount, which TimeBank does not mark.
    if i > 0 && g.same_clause(i - 1, i) && after_amount(g, i - 1) {
        return false;
    }
    // A determiner or an adjective before it, and nothing after: a noun.
    !(matches!(prev, "the" | "a" | "an" | "this" | "that" | "its")
        || (!prev.is_empty() && i > 0 && g.cap(i - 1) && !first_in_clause)
        || matches!(
            prev,
            "english"
                | "hindi"
                | "urdu"
                | "national"
                | "local"
                | "regional"
                | "leading"
                | "vernacular"
                | "financial"
                | "business"
                | "morning"
                | "evening"
        ))
}

/// Does an amount end at token `k`: a number, a percentage, "million",
/// or a plural noun counted by a number ("10,000 units")?
fn after_amount(g: &G<'_>, k: usize) -> bool {
    let w = g.w(k);
    g.num(k).is_some()
        || g.punct(k) == Some('%')
        || matches!(
            w,
            "percent" | "pct" | "million" | "billion" | "trillion" | "crore" | "lakh" | "thousand"
        )
        || (k > 0 && g.num(k - 1).is_some() && g.unit(k).is_none() && rate_before(g, k))
}

/// "early 2024", "late last year", "mid-June", "earlier this month".
fn modified(g: &G<'_>, i: usize) -> Option<Parse> {
    let w = g.w(i);
    if !matches!(w, "early" | "late" | "mid" | "earlier" | "later" | "end") {
        return None;
    }
    let mut j = i + 1;
    if g.punct(j) == Some('-') {
        j += 1;
    }
    // "mid-afternoon yesterday", "mid morning"
    if w == "mid" {
        if let Some(t) = g.tod(j) {
            return noon_day(g, j + 1, t).or(Some(Parse {
                end: j + 1,
                sem: Sem::TodOnly,
                tod: Some(t),
            }));
        }
    }
    let p = core(g, j)?;
    match p.sem {
        Sem::Cal { .. }
        | Sem::Year(_)
        | Sem::Decade(_)
        | Sem::Century(_)
        | Sem::RelUnit { .. }
        | Sem::RelCal { .. }
        | Sem::YearCal { .. }
        | Sem::Season { .. }
        | Sem::Quarter { .. }
        | Sem::ChainUnit { off: 0, .. }
        | Sem::Bc(_) => Some(p),
        _ => None,
    }
}

/// Forms that start with "the".
fn the_forms(g: &G<'_>, i: usize) -> Option<Parse> {
    let j = i + 1;
    let w = g.w(j);
    // the 1990s
    if let Some(y) = g.year4(j) {
        if g.attached(j + 1) && g.w(j + 1) == "s" {
            return Some(Parse::new(j + 2, Sem::Decade(y / 10)));
        }
    }
    // the 20th century, the nineteenth century
    if let Some((k, n)) = ordinal(g, j) {
        if matches!(g.w(k), "century") && n > 0 {
            return Some(Parse::new(k + 1, Sem::Century(n - 1)));
        }
        // the third quarter (of 1998), the first half
        if (1..=4).contains(&n) {
            let k2 = if g.punct(k) == Some('-') { k + 1 } else { k };
            if g.w(k2) == "quarter" {
                let (end, y) = of_year(g, k2 + 1);
                return Some(Parse::new(end, Sem::Quarter { q: n as u8, y }));
            }
            if g.w(k2) == "half" && n <= 2 {
                let (end, y) = of_year(g, k2 + 1);
                return Some(Parse::new(end, Sem::Half { h: n as u8, y }));
            }
        }
        // the 22nd of December
        if g.w(k) == "of" {
            if let Some(m) = any_month(g, k + 1) {
                let (end, y) = comma_year(g, m.0);
                if (1..=31).contains(&n) {
                    return Some(Parse::new(
                        end,
                        Sem::Cal {
                            y,
                            m: m.1,
                            d: Some(n as u8),
                        },
                    ));
                }
            }
        }
    }
    // the 1988 third quarter; the 1988 quarter, the 1989 period (the
    // quarter being reported, in that year)
    if let Some(y) = g.year4(j) {
        if let Some(p) = quarter(g, j + 1) {
            if let Sem::Quarter { q, y: None } = p.sem {
                return Some(Parse::new(p.end, Sem::Quarter { q, y: Some(y) }));
            }
        }
        if matches!(g.w(j + 1), "quarter" | "period") && g.same_clause(j, j + 1) {
            return Some(Parse::new(
                j + 2,
                Sem::QuarterIn {
                    q: None,
                    y: QYear::Abs(y),
                },
            ));
        }
        return None;
    }
    // the nineties, the early sixties: decades of the 1900s
    let kd = if matches!(w, "early" | "late" | "mid") {
        j + 1
    } else {
        j
    };
    if let Some(d) = g.decade(kd) {
        if noun_ends_phrase(g, kd + 1) {
            return Some(Parse::new(kd + 1, Sem::Decade(d)));
        }
    }
    // the previous Friday, the following Monday
    if matches!(w, "previous" | "following") {
        if let Some(p) = weekday(g, j) {
            return Some(p);
        }
    }
    // the year 2000, the year two thousand
    if w == "year" {
        if let Some(y) = g.year4(j + 1) {
            return Some(Parse::new(j + 2, Sem::Year(y)));
        }
        if let Some(p) = spoken_year(g, j + 1).or_else(|| two_thousand(g, j + 1)) {
            return Some(p);
        }
    }
    // Results stories: "the year ended Sept. 30" (a year's length, as
    // TimeBank marks it), "for the year", "the current fiscal year", "the
    // full year" (the reference's year), "the latest fiscal year" (the last).
    let (k, latest) = match w {
        "current" | "full" | "whole" | "entire" => (j + 1, false),
        "latest" => (j + 1, true),
        _ => (j, false),
    };
    let k = if g.w(k) == "fiscal" { k + 1 } else { k };
    // Not "the Year III" of the French Republican calendar.
    if g.w(k) == "year"
        && !g.cap(k)
        && !(g.punct(k + 1) == Some('-') || g.punct(k + 1) == Some('\''))
    {
        if matches!(g.w(k + 1), "ended" | "ending") && !latest {
            return Some(Parse::new(
                k + 1,
                Sem::Duration {
                    unit: Unit::Year,
                    n: Amount::N(1.0),
                },
            ));
        }
        // "the year before", "the year that he died": a year of the story;
        // "the current fiscal year that …" is still the current one ("the
        // full year of 1990" is left to its year).
        let named = k > j && g.w(k + 1) != "of";
        if named
            || !matches!(
                g.w(k + 1),
                "before" | "after" | "earlier" | "later" | "ago" | "of" | "in" | "when" | "that"
            )
        {
            let sem = if latest {
                Sem::PastUnit(Unit::Year)
            } else {
                Sem::StoryUnit(Unit::Year)
            };
            return Some(Parse::new(k + 1, sem));
        }
    }
    // the last half of 1989, the first two quarters of 1990
    let half = match (w, g.w(j + 1), g.w(j + 2)) {
        ("last" | "latter", "half", _) => Some((2, j + 2)),
        ("first", "two", "quarters") => Some((1, j + 3)),
        ("last", "two", "quarters") => Some((2, j + 3)),
        _ => None,
    };
    if let Some((h, k)) = half {
        let (end, y) = of_year(g, k);
        // "the last half of the '80s" is not a half-year.
        if y.is_some() || g.w(k) != "of" {
            return Some(Parse::new(end, Sem::Half { h, y }));
        }
    }
    // the past two months, the first nine months, the next 10 days, the nine months
    let k = if matches!(
        w,
        "past"
            | "last"
            | "next"
            | "coming"
            | "first"
            | "previous"
            | "following"
            | "latest"
            | "initial"
            | "final"
    ) {
        j + 1
    } else {
        j
    };
    if let Some((k2, n)) = amount(g, k) {
        if g.w(k) != "a" && g.w(k) != "an" {
            if let Some(u) = g.unit(k2) {
                return Some(Parse::new(k2 + 1, Sem::Duration { unit: u, n }));
            }
        }
    }
    // the past year (the year before), the past week (a duration), the
    // previous day, the following week
    if let Some(u) = g.unit(j + 1) {
        match w {
            "past" | "last"
                if matches!(
                    u,
                    Unit::Month | Unit::Quarter | Unit::Year | Unit::Decade | Unit::Century
                ) && !g.w(j + 1).ends_with('s') =>
            {
                return Some(Parse::new(j + 2, Sem::PastUnit(u)))
            }
            "past" | "last" if !matches!(u, Unit::Weekend) => {
                return Some(Parse::new(
                    j + 2,
                    Sem::Duration {
                        unit: u,
                        n: Amount::N(1.0),
                    },
                ))
            }
            "previous" | "preceding" | "prior" => {
                return Some(Parse::new(j + 2, Sem::ChainUnit { unit: u, off: -1 }))
            }
            "next" | "following" | "subsequent" => {
                return Some(Parse::new(j + 2, Sem::ChainUnit { unit: u, off: 1 }))
            }
            "same" => return Some(Parse::new(j + 2, Sem::ChainUnit { unit: u, off: 0 })),
            "latest" | "recent" if u == Unit::Quarter => {
                return Some(Parse::new(j + 2, Sem::LatestQuarter(0)))
            }
            "current" if u == Unit::Quarter => {
                return Some(Parse::new(j + 2, Sem::LatestQuarter(1)))
            }
            _ => {}
        }
    }
    // the day before, the day after; the day after Christmas
    if w == "day" && g.same_clause(j, j + 1) {
        let off = match g.w(j + 1) {
            "before" => -1,
            "after" => 1,
            _ => 0,
        };
        if let Some(p) = (off != 0)
            // Not `parse`: "the day before the day before …" must not recurse.
            .then(|| [lexical(g, j + 2), core(g, j + 2)])
            .into_iter()
            .flatten()
            .flatten()
            .max_by_key(|p| p.end)
            .filter(|p| names_a_day(&p.sem))
        {
            let of = Box::new(p.sem);
            return Some(Parse::new(p.end, Sem::DayBeside { of, off }));
        }
        if off != 0 && !next_is_word(g, j + 2) {
            return Some(Parse::new(
                j + 2,
                Sem::ChainUnit {
                    unit: Unit::Day,
                    off,
                },
            ));
        }
    }
    // the latest period (of a company's results)
    if w == "latest" && g.w(j + 1) == "period" {
        return Some(Parse::new(j + 2, Sem::LatestQuarter(0)));
    }
    // the quarter, the quarter a year ago, the quarter ended Sept. 30; not
    // "the quarter-to-quarter comparison"
    if w == "quarter" && !(g.punct(j + 1) == Some('-') && g.attached(j + 1)) {
        if let Some(end) = a_year_back(g, j + 1) {
            return Some(Parse::new(end, Sem::year_ago_quarter(None)));
        }
        if matches!(g.w(j + 1), "ended" | "ending") {
            if let Some(p) = month_first(g, j + 2) {
                if let Sem::Cal { y, m, d: Some(_) } = p.sem {
                    let q = (m - 1) / 3 + 1;
                    return Some(Parse::new(j + 1, Sem::Quarter { q, y }));
                }
            }
        }
        return Some(Parse::new(j + 1, Sem::QuarterAnchor(0)));
    }
    // the same period last year, the corresponding quarter a year earlier
    let k = if matches!(w, "same" | "comparable" | "corresponding") {
        j + 1
    } else {
        j
    };
    if matches!(g.w(k), "quarter" | "period") && k > j {
        if let Some(end) = a_year_back(g, k + 1) {
            return Some(Parse::new(end, Sem::year_ago_quarter(None)));
        }
    }
    // the year-earlier quarter, the comparable year-ago period, the
    // year-ago third quarter
    if let Some(k2) = year_ago(g, k) {
        if matches!(g.w(k2), "quarter" | "period") {
            return Some(Parse::new(k2 + 1, Sem::QuarterAnchor(-4)));
        }
        // "the year-earlier nine months": the span's length, as "the nine
        // months" is.
        if let Some((k3, n)) = amount(g, k2).filter(|_| !matches!(g.w(k2), "a" | "an")) {
            if let Some(u @ (Unit::Month | Unit::Week | Unit::Day)) = g.unit(k3) {
                return Some(Parse::new(k3 + 1, Sem::Duration { unit: u, n }));
            }
        }
        if let Some(p) = quarter(g, k2) {
            if let Sem::Quarter { q, y: None } = p.sem {
                return Some(Parse::new(p.end, Sem::year_ago_quarter(Some(q))));
            }
        }
    }
    match w {
        "weekend" => {
            return Some(Parse::new(
                j + 1,
                Sem::RelUnit {
                    unit: Unit::Weekend,
                    off: 0,
                },
            ))
        }
        "week" => {
            // "the week of March 6"
            if g.w(j + 1) == "of" {
                let p = month_first(g, j + 2).or_else(|| day_first(g, j + 2));
                if let Some(Parse {
                    end,
                    sem: Sem::Cal { y, m, d: Some(d) },
                    ..
                }) = p
                {
                    return Some(Parse::new(end, Sem::WeekOf { y, m, d }));
                }
            }
            return Some(Parse::new(
                j + 1,
                Sem::RelUnit {
                    unit: Unit::Week,
                    off: 0,
                },
            ));
        }
        // "later in the day", "during the day Friday": a part of a day
        // already named, which TimeBank leaves unmarked.
        "day"
            if i > 1
                && (g.w(i - 1) == "during"
                    || (g.w(i - 1) == "in"
                        && matches!(g.w(i - 2), "later" | "earlier" | "late" | "early"))) =>
        {
            return None
        }
        "day" => {
            return Some(Parse::new(
                j + 1,
                Sem::ChainUnit {
                    unit: Unit::Day,
                    off: 0,
                },
            ))
        }
        _ => {}
    }
    if let Some(t) = g.tod(j) {
        // "the night of April 18, 1775", "the morning of 31 January"
        if g.w(j + 1) == "of" {
            if let Some(p) = core(g, j + 2) {
                if matches!(p.sem, Sem::Cal { d: Some(_), .. } | Sem::Weekday { .. }) {
                    return Some(Parse { tod: Some(t), ..p });
                }
            }
        }
        return Some(Parse {
            end: j + 1,
            sem: Sem::TodOnly,
            tod: Some(t),
        });
    }
    // the spring of 1918, the spring of 480 BC, the winter, the early summer
    let js = if matches!(w, "early" | "late") {
        j + 1
    } else {
        j
    };
    if let Some(s) = g.season(js) {
        if g.w(js + 1) == "of" {
            if let (end, Some(y)) = of_year(g, js + 1) {
                return Some(Parse::new(
                    end,
                    Sem::Season {
                        s,
                        y: Some(y),
                        rel: None,
                    },
                ));
            }
        }
        // "the fall of Rome", "the monsoon session": not the season itself.
        let of_or_noun = g.w(js + 1) == "of"
            || (!g.w(js + 1).is_empty()
                && g.same_clause(js, js + 1)
                && !noun_ends_phrase(g, js + 1));
        if !of_or_noun && g.w(js) != "monsoon" && !g.cap(js) {
            return Some(Parse::new(
                js + 1,
                Sem::Season {
                    s,
                    y: None,
                    rel: None,
                },
            ));
        }
    }
    // the end of 1990, the beginning of the year, the middle of June
    if matches!(
        w,
        "end" | "beginning" | "start" | "middle" | "close" | "turn"
    ) && g.w(j + 1) == "of"
    {
        let k = j + 2;
        let inner = if g.w(k) == "the" {
            the_forms(g, k)
        } else {
            None
        }
        .or_else(|| core(g, k));
        if let Some(p) = inner {
            return Some(p);
        }
        if g.w(k) == "the" && g.w(k + 1) == "year" {
            return Some(Parse::new(k + 2, Sem::StoryUnit(Unit::Year)));
        }
        if g.w(k) == "the" && g.w(k + 1) == "month" {
            return Some(Parse::new(k + 2, Sem::StoryUnit(Unit::Month)));
        }
    }
    None
}

/// "year-earlier", "year-ago" at `i`: the token after it.
fn year_ago(g: &G<'_>, i: usize) -> Option<usize> {
    (g.w(i) == "year"
        && g.punct(i + 1) == Some('-')
        && g.attached(i + 1)
        && matches!(g.w(i + 2), "earlier" | "ago"))
    .then_some(i + 3)
}

/// "a year ago", "a year earlier", "last year" at `i`: the token after it.
fn a_year_back(g: &G<'_>, i: usize) -> Option<usize> {
    if g.w(i) == "a" && g.w(i + 1) == "year" && matches!(g.w(i + 2), "ago" | "earlier") {
        return Some(i + 3);
    }
    (g.w(i) == "last" && g.w(i + 1) == "year").then_some(i + 2)
}

/// The expression names one day: a date with its day, a weekday, a feast.
fn names_a_day(sem: &Sem) -> bool {
    matches!(
        sem,
        Sem::Cal { d: Some(_), .. }
            | Sem::RelCal { d: Some(_), .. }
            | Sem::Weekday { .. }
            | Sem::Holiday { .. }
            | Sem::Deictic(_)
    )
}

fn next_is_word(g: &G<'_>, i: usize) -> bool {
    !g.w(i).is_empty() && g.same_clause(i - 1, i) && !matches!(g.w(i), "and" | "but" | "when")
}

/// An ordinal: "third", "22nd"; returns the token after it and the number.
fn ordinal(g: &G<'_>, i: usize) -> Option<(usize, i32)> {
    if let Some((v, d)) = g.num(i) {
        if d <= 2 && g.attached(i + 1) && matches!(g.w(i + 1), "st" | "nd" | "rd" | "th") {
            return Some((i + 2, v as i32));
        }
        return None;
    }
    let n = g.find(i, |e| match e {
        Lex::Ordinal(n) if *n > 0 => Some(*n),
        _ => None,
    })?;
    Some((i + 1, n))
}

/// A year of four digits, or any year before the common era ("480 BC",
/// "1200 B.C."): the token after it and the year (negative before the era).
fn year_or_bc(g: &G<'_>, i: usize) -> Option<(usize, i32)> {
    if let Some(p) = year(g, i) {
        match p.sem {
            Sem::Bc(n) => return Some((p.end, -n)),
            Sem::Year(y) if p.end == i + 1 => return Some((p.end, y)),
            _ => {}
        }
    }
    None
}

/// " of 1998", " 1998", ", 1998" after a quarter or a month; returns the end and the year.
fn of_year(g: &G<'_>, i: usize) -> (usize, Option<i32>) {
    let j = if g.w(i) == "of" || g.punct(i) == Some(',') {
        i + 1
    } else {
        i
    };
    if let Some(y) = g.year4(j) {
        if !g.glued_number_after(j + 1) {
            return (j + 1, Some(y));
        }
    }
    if let Some((end, y)) = year_or_bc(g, j) {
        if y < 0 {
            return (end, Some(y));
        }
    }
    // "January nineteen ninety-seven"
    if let Some(Parse {
        end,
        sem: Sem::Year(y),
        ..
    }) = spoken_year(g, j)
    {
        return (end, Some(y));
    }
    (i, None)
}

/// A month name: full, or abbreviated ("Dec.", "Sept"); returns the token after it.
fn any_month(g: &G<'_>, i: usize) -> Option<(usize, u8)> {
    if let Some(m) = g.month(i) {
        return Some((i + 1, m));
    }
    let m = g.find(i, |e| match e {
        Lex::MonthAbbr(m) => Some(*m),
        _ => None,
    })?;
    if g.punct(i + 1) == Some('.') && g.attached(i + 1) {
        Some((i + 2, m))
    } else {
        Some((i + 1, m))
    }
}

/// An optional ", 2025" / " 2025" after a day.
fn comma_year(g: &G<'_>, i: usize) -> (usize, Option<i32>) {
    let j = if g.punct(i) == Some(',') { i + 1 } else { i };
    if let Some(y) = g.year4(j) {
        if !g.glued_number_after(j + 1) && g.same_clause(i.saturating_sub(1), j) {
            return (j + 1, Some(y));
        }
    }
    (i, None)
}

/// "December 4", "Dec. 4, 2025", "June 2025", "December".
fn month_first(g: &G<'_>, i: usize) -> Option<Parse> {
    let full = g.month(i).is_some();
    let (j, m) = any_month(g, i)?;
    if !g.cap(i) {
        return None;
    }
    // Day.
    if let Some((k, d)) = g.day(j) {
        if g.same_clause(i, j) && !g.glued_number_after(j + 1) || g.punct(j + 1) == Some('-') {
            let (end, mut y) = comma_year(g, k);
            // "April 24 and 25, 2025": the pair's year.
            if y.is_none() && range_link(g, k) {
                if let Some((e, _)) = g.day(k + 1) {
                    y = comma_year(g, e).1;
                }
            }
            if y.is_none() {
                // "September 1 this year"
                if let Some(off) = g.rel(k) {
                    if g.w(k + 1) == "year" {
                        return Some(Parse::new(k + 2, Sem::RelCal { m, d: Some(d), off }));
                    }
                }
            }
            return Some(Parse::new(end, Sem::Cal { y, m, d: Some(d) }));
        }
    }
    // Year.
    let (end, y) = of_year(g, j);
    if y.is_some() {
        return Some(Parse::new(end, Sem::Cal { y, m, d: None }));
    }
    // "June last year", "April next year", "February this year".
    if let Some(off) = g.rel(j) {
        if g.w(j + 1) == "year" && matches!(g.w(j), "last" | "this" | "next") {
            return Some(Parse::new(j + 2, Sem::YearCal { m, off }));
        }
    }
    if !full {
        return None;
    }
    if matches!(m, 3 | 5) {
        let prev = if i > 0 { g.w(i - 1) } else { "" };
        let prev = if prev.is_empty() && i > 0 && g.punct(i - 1) == Some('-') {
            "-"
        } else {
            prev
        };
        if !MONTH_CUES.contains(&prev) {
            return None;
        }
    }
    Some(Parse::new(
        j,
        Sem::Cal {
            y: None,
            m,
            d: None,
        },
    ))
}

/// "4 December 2025", "4th of December".
fn day_first(g: &G<'_>, i: usize) -> Option<Parse> {
    // The second date of a range is a date too: "14 August-24 August", "12-14 July".
    let range_end = i > 1
        && matches!(g.punct(i - 1), Some('-' | '–'))
        && (g.num(i - 2).is_some() || any_month(g, i - 2).is_some() || g.year4(i - 2).is_some());
    if i > 0
        && g.attached(i)
        && !range_end
        && !matches!(g.punct(i - 1), Some('(' | '"' | '\'' | '['))
    {
        return None;
    }
    let (j, d) = g.day(i)?;
    // The first day of a range or a pair takes the month of the second:
    // "6-7 January 1916", "15 to 22 February", "4 and 5 May" (one hop,
    // so a long run of dashed numbers costs no more than one).
    if range_link(g, j) {
        if let Some(Parse {
            sem: Sem::Cal { y, m, d: Some(_) },
            ..
        }) = day_month(g, j + 1)
        {
            return Some(Parse::new(j, Sem::Cal { y, m, d: Some(d) }));
        }
    }
    day_month(g, i)
}

/// "4 December 2025", "4th of December" at `i`, a day of the month first.
fn day_month(g: &G<'_>, i: usize) -> Option<Parse> {
    let (mut j, d) = g.day(i)?;
    if g.w(j) == "of" {
        j += 1;
    }
    let (k, m) = any_month(g, j)?;
    if g.month(j).is_none() && !g.cap(j) {
        return None;
    }
    let (end, y) = comma_year(g, k);
    Some(Parse::new(end, Sem::Cal { y, m, d: Some(d) }))
}

/// Does token `k` join two days of a range or a pair: an attached dash,
/// "to", "and", "through"?
fn range_link(g: &G<'_>, k: usize) -> bool {
    match g.punct(k) {
        Some('-' | '–') => g.attached(k) && g.attached(k + 1),
        _ => matches!(g.w(k), "to" | "and" | "through") && g.num(k + 1).is_some(),
    }
}

/// The second day of a range or a pair after a month: "April 13-15",
/// "May 4 and 5", "January 25 to 29, 1905".
fn range_second(g: &G<'_>, i: usize) -> Option<Parse> {
    if i < 3 || !range_link(g, i - 1) || !g.same_clause(i - 3, i) {
        return None;
    }
    let (end, d) = g.day(i)?;
    let (_, first) = g.day(i - 2)?;
    if first >= d && g.punct(i - 1).is_some() {
        return None;
    }
    let m = match g.month(i - 3) {
        Some(m) if g.cap(i - 3) => m,
        _ => match (i > 3).then(|| any_month(g, i - 4)).flatten() {
            Some((k, m)) if k == i - 2 && g.cap(i - 4) => m,
            _ => return None,
        },
    };
    if g.glued_number_after(end) || g.unit(end).is_some() || any_month(g, end).is_some() {
        return None;
    }
    // "on May 4 and 5 others died": a count, not a day.
    let next = g.w(end);
    if g.punct(i - 1).is_none()
        && !next.is_empty()
        && !g.cap(end)
        && !NOUN_FOLLOWERS.contains(&next)
        && !matches!(
            next,
            "during" | "after" | "before" | "until" | "respectively"
        )
    {
        return None;
    }
    let (end, y) = comma_year(g, end);
    Some(Parse::new(end, Sem::Cal { y, m, d: Some(d) }))
}

/// "2025-12-04", "04/12/2025", "4.12.2025".
fn numeric(g: &G<'_>, i: usize) -> Option<Parse> {
    if i > 0
        && g.attached(i)
        && (g.num(i - 1).is_some() || matches!(g.punct(i - 1), Some('-' | '/' | '.' | ':' | '+')))
    {
        return None;
    }
    let (a, da) = g.num(i)?;
    let sep = g.punct(i + 1)?;
    if !matches!(sep, '-' | '/' | '.') || !g.attached(i + 1) || !g.attached(i + 2) {
        return None;
    }
    let (b, db) = g.num(i + 2)?;
    if g.punct(i + 3) != Some(sep) || !g.attached(i + 3) || !g.attached(i + 4) {
        return None;
    }
    let (c, dc) = g.num(i + 4)?;
    if g.glued_number_after(i + 5) {
        return None;
    }
    let end = i + 5;
    if da == 4 && db <= 2 && dc <= 2 {
        let (y, m, d) = (a as i32, b as u8, c as u8);
        return valid(y, m, d).then(|| {
            Parse::new(
                end,
                Sem::Cal {
                    y: Some(y),
                    m,
                    d: Some(d),
                },
            )
        });
    }
    if da > 2 || db > 2 || !(dc == 4 || dc == 2) {
        return None;
    }
    let y = if dc == 4 {
        c as i32
    } else if c < 50 {
        2000 + c as i32
    } else {
        1900 + c as i32
    };
    let (d, m) = if a > 12 || (g.day_first && b <= 12) {
        (a, b)
    } else {
        (b, a)
    };
    let (m, d) = (m as u8, d as u8);
    valid(y, m, d).then(|| {
        Parse::new(
            end,
            Sem::Cal {
                y: Some(y),
                m,
                d: Some(d),
            },
        )
    })
}

fn valid(y: i32, m: u8, d: u8) -> bool {
    i16::try_from(y)
        .ok()
        .and_then(|y| jiff::civil::Date::new(y, m as i8, d as i8).ok())
        .is_some()
}

/// Is the number at `i` free to be a year (not a price, a label, a quantity)?
pub(crate) fn year_context_ok(g: &G<'_>, i: usize, end: usize) -> bool {
    if i > 0 && g.num(i - 1).is_some() {
        // Digit groups: phone numbers, "2301 2021".
        return false;
    }
    if i > 0 {
        if g.attached(i) {
            if g.num(i - 1).is_some() {
                return false;
            }
            if let Some(p) = g.punct(i - 1) {
                if matches!(p, '$' | '₹' | '£' | '€' | '#' | '+' | '/' | '.' | ',' | ':')
                    || (p == '-' && i > 1 && g.attached(i - 1) && !year_prefix(g.w(i - 2)))
                {
                    return false;
                }
            }
            if !g.w(i - 1).is_empty() && !matches!(g.w(i - 1), "fy" | "mid") {
                return false;
            }
        }
        if g.has(i - 1, Lex::NotYearBefore) || matches!(g.punct(i - 1), Some('$' | '₹' | '£' | '€'))
        {
            return false;
        }
        if i > 1 && g.punct(i - 1) == Some('.') && g.has(i - 2, Lex::NotYearBefore) {
            return false;
        }
    }
    if g.glued_number_after(end) || g.has(end, Lex::NotYearAfter) {
        return false;
    }
    if g.attached(end) && !g.w(end).is_empty() {
        return false;
    }
    if g.num(end).is_some() {
        return false;
    }
    true
}

/// A prefix hyphenated to a year that leaves it the year itself:
/// "mid-1996", "post-1959", "pre-1990", where a year after a hyphen is
/// otherwise the second year of a range ("1915-17") or no year at all.
fn year_prefix(w: &str) -> bool {
    matches!(w, "mid" | "post" | "pre")
}

/// "2021", "1990s", "1915-17", "490 BC".
fn year(g: &G<'_>, i: usize) -> Option<Parse> {
    let (v, d) = g.num(i)?;
    // The second year of a range: "1915-17", "1861–1865"; but "mid-1996",
    // "post-1959" are the year itself.
    if i >= 2
        && g.attached(i)
        && matches!(g.punct(i - 1), Some('-' | '–'))
        && g.attached(i - 1)
        && !year_prefix(g.w(i - 2))
    {
        if let Some(first) = g.year4(i - 2) {
            let second = match d {
                4 => v as i32,
                2 => first - first % 100 + v as i32,
                _ => return None,
            };
            if second > first && second - first < 100 && !g.glued_number_after(i + 1) {
                return Some(Parse::new(i + 1, Sem::Year(second)));
            }
        }
        return None;
    }
    // 490 BC, 1200 B.C.; not inside a code ("Gt9Yg2BC6O").
    let free = i == 0 || !g.attached(i) || g.w(i - 1).is_empty();
    if d <= 4 && v > 0 && free {
        let mut k = i + 1;
        let bc = match g.w(k) {
            "bc" | "bce" => {
                k += 1;
                true
            }
            "b" if g.punct(k + 1) == Some('.') && g.w(k + 2) == "c" => {
                k += 3;
                if g.punct(k) == Some('.') && g.attached(k) {
                    k += 1;
                }
                true
            }
            _ => false,
        };
        if bc && !(g.attached(k) && !g.w(k).is_empty() || g.num(k).is_some() && g.attached(k)) {
            return Some(Parse::new(k, Sem::Bc(v as i32)));
        }
    }
    let y = g.year4(i)?;
    // 1990s
    if g.attached(i + 1) && g.w(i + 1) == "s" {
        return Some(Parse::new(i + 2, Sem::Decade(y / 10)));
    }
    // 1915-17, 1861–1865: each year on its own, as TimeML marks them.
    if matches!(g.punct(i + 1), Some('-' | '–')) && g.attached(i + 1) && g.attached(i + 2) {
        if let Some((n, d2)) = g.num(i + 2) {
            if (d2 == 2 || d2 == 4) && !g.glued_number_after(i + 3) && (1000..2200).contains(&y) {
                let ok = d2 == 4 || (n as i32) > y % 100 || (n as i32 + 100) - y % 100 < 20;
                if ok {
                    return Some(Parse::new(i + 1, Sem::Year(y)));
                }
            }
        }
    }
    if !(1200..=2100).contains(&y) || !year_context_ok(g, i, i + 1) {
        return None;
    }
    Some(Parse::new(i + 1, Sem::Year(y)))
}

/// "FY2024-25", "FY25", "fiscal 1989", "fiscal year 2024".
fn fiscal(g: &G<'_>, i: usize) -> Option<Parse> {
    let w = g.w(i);
    let j = match w {
        "fy" => i + 1,
        "fiscal" if g.w(i + 1) == "year" => i + 2,
        "fiscal" => i + 1,
        _ => return None,
    };
    // "fiscal 1989" names the year as TimeML does; "FY2024-25" stays a fiscal year.
    if w == "fiscal" {
        let y = g.year4(j)?;
        if !(g.punct(j + 1) == Some('-') && g.attached(j + 1)) {
            return Some(Parse::new(j + 1, Sem::Year(y)));
        }
    }
    let j = if g.punct(j) == Some('\'') { j + 1 } else { j };
    let (v, d) = g.num(j)?;
    let y = match d {
        4 => v as i32,
        2 if w == "fy" => 2000 + v as i32,
        _ => return None,
    };
    let mut end = j + 1;
    if g.punct(end) == Some('-') && g.attached(end) {
        if let Some((_, 2 | 4)) = g.num(end + 1) {
            end += 2;
            if d == 2 {
                // FY24-25 names the year starting in 2024.
                return Some(Parse::new(end, Sem::FiscalYear(y)));
            }
        }
    } else if d == 2 {
        // FY25 is the year ending in 2025.
        return Some(Parse::new(end, Sem::FiscalYear(y - 1)));
    }
    Some(Parse::new(end, Sem::FiscalYear(y)))
}

/// "Q3", "Q3 2024", "third quarter", "third-quarter", "first half of 2024".
fn quarter(g: &G<'_>, i: usize) -> Option<Parse> {
    if g.w(i) == "q" && g.cap(i) && g.attached(i + 1) {
        let (q, _) = g.num(i + 1)?;
        if !(1..=4).contains(&q) || g.glued_number_after(i + 2) {
            return None;
        }
        let (end, y) = of_year(g, i + 2);
        if y.is_none() {
            if let Some(p) = fiscal(g, i + 2) {
                if let Sem::FiscalYear(fy) = p.sem {
                    // Indian fiscal quarters: Q1 is April–June of the year the FY starts.
                    let (qq, yy) = if q == 4 {
                        (1, fy + 1)
                    } else {
                        (q as u8 + 1, fy)
                    };
                    return Some(Parse::new(p.end, Sem::Quarter { q: qq, y: Some(yy) }));
                }
            }
        }
        return Some(Parse::new(end, Sem::Quarter { q: q as u8, y }));
    }
    let (k, n) = ordinal(g, i)?;
    if !(1..=4).contains(&n) {
        return None;
    }
    let k2 = if g.punct(k) == Some('-') && g.attached(k) {
        k + 1
    } else {
        k
    };
    match g.w(k2) {
        "quarter" => {
            let (end, y) = of_year(g, k2 + 1);
            Some(Parse::new(end, Sem::Quarter { q: n as u8, y }))
        }
        "half" if n <= 2 => {
            let (end, y) = of_year(g, k2 + 1);
            Some(Parse::new(end, Sem::Half { h: n as u8, y }))
        }
        _ => None,
    }
}

/// "Friday", "last Friday", "Friday morning", "Friday, Dec. 4".
fn weekday(g: &G<'_>, i: usize) -> Option<Parse> {
    let (rel, j) = match g.rel(i) {
        Some(r) if g.w(i) != "past" && g.w(i) != "current" => {
            // "this coming Friday"
            if g.w(i + 1) == "coming" {
                (Some(1), i + 2)
            } else if matches!(g.w(i), "previous" | "preceding" | "following") {
                // Chained to the last date named: ±2.
                (Some(2 * r.signum()), i + 1)
            } else {
                (Some(r), i + 1)
            }
        }
        _ => (None, i),
    };
    let (k, wd) = if let Some(wd) = g.weekday(j) {
        (j + 1, wd)
    } else {
        let wd = g.find(j, |e| match e {
            Lex::WeekdayAbbr(d) => Some(*d),
            _ => None,
        })?;
        if rel.is_some() || matches!(g.w(j), "tues" | "thur" | "thurs") {
            // "this Sat", "tues": no full date needed.
            return Some(Parse::new(j + 1, Sem::Weekday { wd, rel }));
        }
        if !g.cap(j) || !(g.punct(j + 1) == Some('.') || g.punct(j + 1) == Some(',')) {
            return None;
        }
        let k = if g.punct(j + 1) == Some('.') {
            j + 2
        } else {
            j + 1
        };
        let date = if g.punct(k) == Some(',') { k + 1 } else { k };
        // Abbreviated weekdays only in full dates: "Thu, Dec 4".
        let p = month_first(g, date).or_else(|| day_first(g, date))?;
        return Some(p);
    };
    // "Friday, Dec. 4, 2025"
    let date = if g.punct(k) == Some(',') { k + 1 } else { k };
    if let Some(p) = month_first(g, date).or_else(|| day_first(g, date)) {
        if matches!(p.sem, Sem::Cal { d: Some(_), .. }) {
            return Some(p);
        }
    }
    let mut p = Parse::new(k, Sem::Weekday { wd, rel });
    if let Some(t) = g.tod(k) {
        p.tod = Some(t);
        p.end += 1;
    }
    Some(p)
}

/// "last fall", "summer 2024", "in spring".
fn season(g: &G<'_>, i: usize) -> Option<Parse> {
    let (rel, j) = match g.rel(i) {
        Some(r) if g.w(i) != "current" => (Some(r), i + 1),
        _ => (None, i),
    };
    let s = g.season(j)?;
    // "summer 2024", "autumn of 1789", "spring of 480 BC"
    let y_at = if g.w(j + 1) == "of" { j + 2 } else { j + 1 };
    if let Some((end, y)) = year_or_bc(g, y_at) {
        return Some(Parse::new(
            end,
            Sem::Season {
                s,
                y: Some(y),
                rel: None,
            },
        ));
    }
    if rel.is_none() {
        let prev = if i > 0 { g.w(i - 1) } else { "" };
        // "winter", "summer" and "autumn" name nothing else; "spring" and
        // "fall" need a cue ("in spring", not "hot spring").
        let plain = matches!(g.w(j), "winter" | "summer" | "autumn")
            && (!g.cap(j) || i == 0 || !g.same_clause(i - 1, i) || g.w(i - 1).is_empty());
        if plain && prev != "the" {
            return Some(Parse::new(j + 1, Sem::Season { s, y: None, rel }));
        }
        if !SEASON_CUES.contains(&prev) || g.w(j) == "monsoon" && prev == "the" {
            return None;
        }
        // "in fall" but not "in spring water"
        if !g.w(j + 1).is_empty()
            && g.same_clause(j, j + 1)
            && !matches!(
                g.w(j + 1),
                "and" | "or" | "when" | "as" | "the" | "he" | "she" | "it" | "they" | "we"
            )
        {
            return None;
        }
    }
    Some(Parse::new(j + 1, Sem::Season { s, y: None, rel }))
}

/// "current" before a noun ("his current wife", "current market
/// conditions"): TimeML's PRESENT_REF, as TimeBank and WikiWars mark it
/// more often than not. "The current year" and "the current quarter" are
/// read by the "the" forms; "then current" is not now; a current account
/// is not a time.
fn current(g: &G<'_>, i: usize) -> Option<Parse> {
    if g.w(i) != "current" || matches!(g.w(i + 1), "fiscal" | "account" | "accounts" | "affairs") {
        return None;
    }
    adjective_before_noun(g, i).then(|| Parse::new(i + 1, Sem::Ref("PRESENT_REF")))
}

/// Is the lower-case word at `i` an adjective before a noun: a lower-case
/// word that is no time unit follows in its clause, and "then" ("the then
/// current owner") does not come before it?
fn adjective_before_noun(g: &G<'_>, i: usize) -> bool {
    let next = g.w(i + 1);
    !g.cap(i)
        && !next.is_empty()
        && !g.cap(i + 1)
        && g.same_clause(i, i + 1)
        && g.unit(i + 1).is_none()
        && !NOUN_FOLLOWERS.contains(&next)
        && !(i > 0 && g.w(i - 1) == "then")
}

/// "last week", "this year", "next month", "last April", "this morning", "last night".
fn relative(g: &G<'_>, i: usize) -> Option<Parse> {
    let w = g.w(i);
    let off = g.rel(i)?;
    if matches!(w, "past" | "previous" | "following" | "current") {
        return None;
    }
    let j = i + 1;
    // ABC's "This Week": a title, the unit capitalized too.
    if g.cap(i) && g.cap(j) && i > 0 && g.same_clause(i - 1, i) {
        return None;
    }
    if let Some(u) = g.unit(j) {
        // "in coming weeks": an unspecified stretch, not one week.
        if g.w(j).ends_with('s') && u != Unit::Weekend {
            return Some(Parse::new(
                j + 1,
                Sem::Duration {
                    unit: u,
                    n: Amount::X,
                },
            ));
        }
        // "this year's third quarter", "last year's quarter"
        if u == Unit::Year && g.punct(j + 1) == Some('\'') && g.attached(j + 1) && g.w(j + 2) == "s"
        {
            let k = j + 3;
            if let Some(p) = quarter(g, k) {
                if let Sem::Quarter { q, y: None } = p.sem {
                    let y = QYear::Ref(off);
                    return Some(Parse::new(p.end, Sem::QuarterIn { q: Some(q), y }));
                }
            }
            if matches!(g.w(k), "quarter" | "period") {
                let y = QYear::Ref(off);
                return Some(Parse::new(k + 1, Sem::QuarterIn { q: None, y }));
            }
        }
        if matches!(
            u,
            Unit::Week
                | Unit::Month
                | Unit::Quarter
                | Unit::Year
                | Unit::Weekend
                | Unit::Decade
                | Unit::Century
        ) {
            return Some(Parse::new(j + 1, Sem::RelUnit { unit: u, off }));
        }
    }
    if let Some(m) = g.month(j) {
        if g.cap(j) {
            return Some(Parse::new(j + 1, Sem::RelCal { m, d: None, off }));
        }
    }
    if let Some(t) = g.tod(j) {
        let day = match (w, t) {
            ("last", Tod::Part("NI")) => -1,
            ("this", _) => 0,
            _ => return None,
        };
        return Some(Parse {
            end: j + 1,
            sem: Sem::Deictic(day),
            tod: Some(t),
        });
    }
    None
}

/// A year said in words, as broadcast transcripts write it: "nineteen
/// ninety-six", "eighteen twelve".
fn spoken_year(g: &G<'_>, i: usize) -> Option<Parse> {
    let century = g.find(i, |e| match e {
        Lex::Number(n) if (16.0..=19.0).contains(n) => Some(*n as i32),
        _ => None,
    })?;
    if g.num(i + 1).is_some() || !g.same_clause(i, i + 1) {
        return None;
    }
    let (end, Amount::N(v)) = amount(g, i + 1)? else {
        return None;
    };
    if !(10.0..100.0).contains(&v) || v.fract() != 0.0 || g.unit(end).is_some() {
        return None;
    }
    Some(Parse::new(end, Sem::Year(century * 100 + v as i32)))
}

/// "two thousand" as a year, as broadcast transcripts say it after "the
/// year".
fn two_thousand(g: &G<'_>, i: usize) -> Option<Parse> {
    let (end, Amount::N(v)) = amount(g, i)? else {
        return None;
    };
    ((2000.0..2100.0).contains(&v) && v.fract() == 0.0 && g.unit(end).is_none())
        .then(|| Parse::new(end, Sem::Year(v as i32)))
}

/// "the 11th century temple" without its "the": "20th century".
fn bare_century(g: &G<'_>, i: usize) -> Option<Parse> {
    let (k, n) = ordinal(g, i)?;
    let k2 = if g.punct(k) == Some('-') && g.attached(k) {
        k + 1
    } else {
        k
    };
    (g.w(k2) == "century" && (1..=30).contains(&n)).then(|| Parse::new(k2 + 1, Sem::Century(n - 1)))
}

/// "that year", "that same day", "that morning": the year, day … of the
/// last date named.
fn that(g: &G<'_>, i: usize) -> Option<Parse> {
    if g.w(i) != "that" {
        return None;
    }
    let j = if g.w(i + 1) == "same" { i + 2 } else { i + 1 };
    if !g.same_clause(i, j) {
        return None;
    }
    let w = g.w(j);
    if let Some(t) = g.tod(j) {
        if matches!(w, "morning" | "afternoon" | "evening" | "night") {
            return Some(Parse {
                end: j + 1,
                sem: Sem::ChainUnit {
                    unit: Unit::Day,
                    off: 0,
                },
                tod: Some(t),
            });
        }
    }
    let u = match w {
        "day" => Unit::Day,
        "week" => Unit::Week,
        "month" => Unit::Month,
        "year" => Unit::Year,
        _ => return None,
    };
    Some(Parse::new(j + 1, Sem::ChainUnit { unit: u, off: 0 }))
}

/// Adjectives that make "day" a span of time lived through ("a long day").
const DAY_ADJECTIVES: &[&str] = &[
    "long",
    "busy",
    "hectic",
    "tiring",
    "productive",
    "great",
    "good",
    "nice",
    "lovely",
    "wonderful",
    "beautiful",
    "fun",
    "hot",
    "cold",
    "chilly",
    "rainy",
    "sunny",
    "quality",
    "successful",
    "lazy",
    "perfect",
    "bad",
    "tough",
    "hard",
    "exhausting",
    "full",
];

/// Words before a predicate age: a copula or "turned" ("was 18 years
/// old", "turned 60 years old"), or an adverb after one ("was nearly 18").
const AGE_VERBS: &[&str] = &[
    "is", "was", "were", "are", "be", "been", "being", "am", "turned", "turns", "turn", "became",
    "become", "becomes", "aged", "nearly", "almost", "about", "only", "just",
];

/// "two days ago", "five months later", "three years", "48 hours", "two-day",
/// "years" (unspecified), "recent years".
fn count(g: &G<'_>, i: usize) -> Option<Parse> {
    // "Islam will one day be …": some day ahead, not a day's length.
    if g.w(i) == "one"
        && g.w(i + 1) == "day"
        && i > 0
        && matches!(
            g.w(i - 1),
            "will" | "would" | "may" | "might" | "could" | "can" | "shall" | "should"
        )
    {
        return Some(Parse::new(i + 2, Sem::Ref("FUTURE_REF")));
    }
    if let Some(u) = g.unit(i) {
        // Bare plural units: "for years", "in recent years"; "year-earlier".
        let w = g.w(i);
        if let Some(p) = year_ago(g, i).and_then(|k| quarter(g, k)) {
            if let Sem::Quarter { q, y: None } = p.sem {
                return Some(Parse::new(p.end, Sem::year_ago_quarter(Some(q))));
            }
        }
        // "year-end", "year end", "year's end": the reference's year.
        let end_at = match (g.punct(i + 1), g.w(i + 1)) {
            (Some('-'), _) if g.attached(i + 1) => Some(i + 2),
            (Some('\''), _) if g.attached(i + 1) && g.w(i + 2) == "s" => Some(i + 3),
            (None, "end") => Some(i + 1),
            _ => None,
        };
        if let Some(k) = end_at {
            // Not "the year-end" (left to "the"), nor a title's "Pharmacy Year-end party".
            let title = g.cap(i) && i > 0 && !g.w(i - 1).is_empty() && g.same_clause(i - 1, i);
            if w == "year" && g.w(k) == "end" && !(i > 0 && g.w(i - 1) == "the") && !title {
                return Some(Parse::new(k + 1, Sem::StoryUnit(Unit::Year)));
            }
        }
        if w == "year"
            && g.punct(i + 1) == Some('-')
            && g.attached(i + 1)
            && matches!(g.w(i + 2), "earlier" | "ago")
        {
            let end = if matches!(g.w(i + 3), "quarter" | "period" | "level" | "levels") {
                i + 4
            } else {
                i + 3
            };
            return Some(Parse::new(end, Sem::QuarterAnchor(-4)));
        }
        if w == "weekend" {
            return Some(Parse::new(
                i + 1,
                Sem::RelUnit {
                    unit: Unit::Weekend,
                    off: 0,
                },
            ));
        }
        // "a long day", "a busy day": a day's length, as TimeML marks it.
        if w == "day" && i > 0 && DAY_ADJECTIVES.contains(&g.w(i - 1)) && g.same_clause(i - 1, i) {
            return Some(Parse::new(
                i + 1,
                Sem::Duration {
                    unit: Unit::Day,
                    n: Amount::N(1.0),
                },
            ));
        }
        // Not the "years" of an age left alone below ("52 years old"), nor
        // the vague "minutes apart", "a matter of days", which TimeBank
        // leaves unmarked.
        let matter_of = i >= 2 && g.w(i - 1) == "of" && g.w(i - 2) == "matter";
        if w.ends_with('s')
            && !matches!(u, Unit::Weekend | Unit::Second | Unit::Quarter)
            && !g.cap(i)
            && !matches!(g.w(i + 1), "old" | "apart")
            && !matter_of
        {
            return Some(Parse::new(
                i + 1,
                Sem::Duration {
                    unit: u,
                    n: Amount::X,
                },
            ));
        }
        return None;
    }
    // "at night", "during the afternoon" (with "the" above), "weekend".
    if let Some(t) = g.tod(i) {
        let prev = if i > 0 { g.w(i - 1) } else { "" };
        if matches!(
            prev,
            "at" | "by" | "during" | "all" | "through" | "overnight"
        ) {
            return Some(Parse {
                end: i + 1,
                sem: Sem::TodOnly,
                tod: Some(t),
            });
        }
        return None;
    }
    if g.w(i) == "recent" {
        // "in recent years", "recent days": TimeML's PAST_REF, a date.
        if g.unit(i + 1).is_some() && g.w(i + 1).ends_with('s') {
            return Some(Parse::new(i + 2, Sem::Ref("PAST_REF")));
        }
        return None;
    }
    if g.num(i).is_some()
        && i > 0
        && g.attached(i)
        && (g.num(i - 1).is_some()
            || matches!(
                g.punct(i - 1),
                Some('-' | '/' | '.' | ',' | ':' | '$' | '₹')
            ))
    {
        return None;
    }
    let (j, n) = amount(g, i)?;
    // "two more weeks", "20 more years"
    let j = if g.w(j) == "more" && g.unit(j + 1).is_some() {
        j + 1
    } else {
        j
    };
    // "eight trading days", "10 working days" (but "a calendar year" is a
    // kind of year, not a length)
    let j = if matches!(
        g.w(j),
        "trading" | "business" | "working" | "calendar" | "school" | "court"
    ) && g.unit(j + 1).is_some()
        && !matches!(g.w(i), "a" | "an")
    {
        j + 1
    } else {
        j
    };
    // "two-day", "48-hour"
    let (j, hyphen) = if g.punct(j) == Some('-') && g.attached(j) && g.attached(j + 1) {
        (j + 1, true)
    } else {
        (j, false)
    };
    let u = g.unit(j)?;
    if !g.same_clause(i, j) || (u == Unit::Second && matches!(g.w(i), "a" | "an")) {
        return None;
    }
    let mut end = j + 1;
    // A fraction: "three-quarters of its food", "a quarter of the market".
    if u == Unit::Quarter && g.w(end) == "of" && g.year4(end + 1).is_none() {
        return None;
    }
    // "a year-earlier loss": "year-earlier" is read on its own.
    if g.punct(end) == Some('-') && g.attached(end) && matches!(g.w(end + 1), "earlier" | "ago") {
        return None;
    }
    // "an hour and a half", "a minute and a half"
    let n = match n {
        Amount::N(v) if !hyphen => {
            let (e, v) = and_a_half(g, end, v);
            end = e;
            Amount::N(v)
        }
        n => n,
    };
    // Ages: "he was 20 years old" is a length of time, as TimeML marks it
    // (WikiWars does); an age set beside a name ("Mr. Smith, 52 years old,
    // will …", "employees 55 years old or older") describes the person and
    // TimeBank leaves it, as it does the adjective "five-year-old".
    if g.w(end) == "old" {
        // "she's 16 days old": the copula contracted.
        let prev = if i > 0 { g.w(i - 1) } else { "" };
        let contracted = matches!(prev, "s" | "m" | "re")
            && g.attached(i - 1)
            && matches!(g.punct(i.saturating_sub(2)), Some('\'' | '’'));
        if opens_sentence(g, i) || contracted || AGE_VERBS.contains(&prev) {
            return Some(Parse::new(end + 1, Sem::Duration { unit: u, n }));
        }
        return None;
    }
    if g.punct(end) == Some('-') && g.w(end + 1) == "old" {
        return None;
    }
    if hyphen {
        return Some(Parse::new(end, Sem::Duration { unit: u, n }));
    }
    // "a week or so ago"
    if g.w(end) == "or"
        && g.w(end + 1) == "so"
        && matches!(g.w(end + 2), "ago" | "earlier" | "later")
    {
        end += 2;
    }
    let dir_word = g.w(end);
    let shift = |dir: i32, chain: bool, e: usize| {
        Some(Parse::new(
            e,
            Sem::Shift {
                unit: u,
                n,
                dir,
                chain,
            },
        ))
    };
    match dir_word {
        "ago" => return shift(-1, false, end + 1),
        "hence" => return shift(1, false, end + 1),
        "from" if g.w(end + 1) == "now" => return shift(1, false, end + 2),
        "earlier" => return shift(-1, true, end + 1),
        "later" => return shift(1, true, end + 1),
        _ => {}
    }
    // "a week" after "twice": left to sets; "a year" inside "$5 a year" is a rate.
    if matches!(g.w(i), "a" | "an")
        && i > 0
        && (g.num(i - 1).is_some()
            || matches!(g.w(i - 1), "once" | "twice" | "thrice" | "times" | "per"))
    {
        return None;
    }
    // "$500 million a year", "four flights a week", "interviews a day": a
    // rate, TimeML's SET.
    if matches!(g.w(i), "a" | "an") && i > 0 && g.same_clause(i - 1, i) && rate_before(g, i - 1) {
        return Some(Parse::new(end, Sem::Set(super::anchor::duration(u, n))));
    }
    Some(Parse::new(end, Sem::Duration { unit: u, n }))
}

/// Does the word at `i` count something, so that "a year" after it is a
/// rate: an amount ("million", "crore") or a plural noun ("flights",
/// "interviews"), not a time unit ("24 hours a day" is left alone).
fn rate_before(g: &G<'_>, i: usize) -> bool {
    let w = g.w(i);
    if matches!(
        w,
        "million" | "billion" | "trillion" | "crore" | "crores" | "lakh" | "lakhs" | "thousand"
    ) {
        return true;
    }
    w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && g.unit(i).is_none()
        && !g.cap(i)
        && !matches!(
            w,
            "was" | "has" | "does" | "is" | "this" | "its" | "his" | "hers"
        )
}

/// "3 pm", "3:30 p.m. IST", "15:30 hrs", "10 o'clock".
fn clock(g: &G<'_>, i: usize) -> Option<Parse> {
    if i > 0
        && g.attached(i)
        && (g.num(i - 1).is_some()
            || matches!(g.punct(i - 1), Some('-' | '/' | '.' | ':' | '$' | '₹')))
    {
        return None;
    }
    let (h, dh) = g.num(i)?;
    if dh == 3 || dh == 4 {
        return compact_clock(g, i);
    }
    if dh > 2 || h > 24 {
        return None;
    }
    let mut j = i + 1;
    let mut min = 0u64;
    let mut colon = false;
    if matches!(g.punct(j), Some(':' | '.')) && g.attached(j) && g.attached(j + 1) {
        if let Some((m, 2)) = g.num(j + 1) {
            if m < 60 {
                min = m;
                colon = true;
                j += 2;
            }
        }
    }
    let mut h = h as u8;
    let mut ok = false;
    match g.w(j) {
        "am" | "pm" => {
            if g.w(j) == "pm" && h < 12 {
                h += 12;
            }
            if g.w(j) == "am" && h == 12 {
                h = 0;
            }
            j += 1;
            ok = h <= 24;
        }
        "a" | "p" if g.punct(j + 1) == Some('.') && g.w(j + 2) == "m" => {
            if g.w(j) == "p" && h < 12 {
                h += 12;
            }
            if g.w(j) == "a" && h == 12 {
                h = 0;
            }
            j += 3;
            if g.punct(j) == Some('.') && g.attached(j) {
                j += 1;
            }
            ok = true;
        }
        "hrs" | "hours" | "hour" | "hr" if colon => {
            j += 1;
            ok = true;
        }
        "o'clock" => {
            j += 1;
            ok = true;
        }
        // "4 in the morning", "9 in the evening", "11 at night"
        "in" | "at" if !colon && (1..=12).contains(&h) => {
            let k = if g.w(j) == "in" && g.w(j + 1) == "the" {
                j + 2
            } else {
                j + 1
            };
            let part = match (g.w(j), g.w(k)) {
                ("in", "morning") => Some(false),
                ("in", "afternoon" | "evening") => Some(true),
                ("at", "night") => Some(h >= 6),
                _ => None,
            };
            if let Some(pm) = part {
                if pm && h < 12 {
                    h += 12;
                }
                if !pm && h == 12 {
                    h = 0;
                }
                j = k + 1;
                ok = true;
            }
        }
        _ => {
            if colon
                && (matches!(g.w(j), "ist" | "gmt" | "utc" | "et" | "est" | "pst")
                    || (i > 0 && g.w(i - 1) == "at"))
            {
                ok = true;
            }
        }
    }
    // "at 2.46 billion guilders": an amount, not a time.
    if !ok
        || h > 24
        || matches!(
            g.w(j),
            "billion" | "million" | "trillion" | "crore" | "lakh"
        )
    {
        return None;
    }
    if time_zone(g.w(j)) {
        j += 1;
    }
    let tod = Tod::Clock(h, min as u8);
    noon_day(g, j, tod).or(Some(Parse {
        end: j,
        sem: Sem::TodOnly,
        tod: Some(tod),
    }))
}

/// A time zone written after a clock time: "3 pm IST", "0735 GMT".
pub(crate) fn time_zone(w: &str) -> bool {
    matches!(
        w,
        "ist" | "gmt" | "utc" | "et" | "est" | "edt" | "pst" | "pdt"
    )
}

/// Clock times written without a colon: "720pm", "1130 pm", "at 1130 hrs"
/// (Indian copy), "0930 hours".
fn compact_clock(g: &G<'_>, i: usize) -> Option<Parse> {
    let (v, dh) = g.num(i)?;
    let (mut h, m) = ((v / 100) as u8, (v % 100) as u8);
    if m >= 60 {
        return None;
    }
    let mut j = i + 1;
    match g.w(j) {
        "am" | "pm" if (1..=12).contains(&h) => {
            if g.w(j) == "pm" && h < 12 {
                h += 12;
            }
            if g.w(j) == "am" && h == 12 {
                h = 0;
            }
            j += 1;
        }
        "hrs" | "hours" | "hr"
            if dh == 4
                && h < 24
                && i > 0
                && matches!(
                    g.w(i - 1),
                    "at" | "by"
                        | "around"
                        | "till"
                        | "until"
                        | "from"
                        | "since"
                        | "before"
                        | "after"
                        | "about"
                ) =>
        {
            j += 1;
        }
        _ => return None,
    }
    if time_zone(g.w(j)) {
        j += 1;
    }
    let tod = Tod::Clock(h, m);
    noon_day(g, j, tod).or(Some(Parse {
        end: j,
        sem: Sem::TodOnly,
        tod: Some(tod),
    }))
}

/// A day right after a time: "noon Thursday", "3 pm yesterday".
pub(crate) fn noon_day(g: &G<'_>, j: usize, tod: Tod) -> Option<Parse> {
    if let Some(wd) = g.weekday(j) {
        if g.cap(j) {
            return Some(Parse {
                end: j + 1,
                sem: Sem::Weekday { wd, rel: None },
                tod: Some(tod),
            });
        }
    }
    if let Some(n) = g.find(j, |e| match e {
        Lex::Deictic(n) => Some(*n),
        _ => None,
    }) {
        return Some(Parse {
            end: j + 1,
            sem: Sem::Deictic(n),
            tod: Some(tod),
        });
    }
    // "5 p.m. EST Nov. 9", "9:34 p.m., March 19"
    let k = if g.punct(j) == Some(',') && g.same_clause(j, j + 1) {
        j + 1
    } else {
        j
    };
    let p = month_first(g, k).or_else(|| day_first(g, k))?;
    match p.sem {
        Sem::Cal { d: Some(_), .. } => Some(Parse {
            tod: Some(tod),
            ..p
        }),
        _ => None,
    }
}

/// "every Monday", "each year", "every two weeks", "Mondays".
fn set(g: &G<'_>, i: usize) -> Option<Parse> {
    if let Some(wd) = g.find(i, |e| match e {
        Lex::WeekdaySet(d) => Some(*d),
        _ => None,
    }) {
        if g.cap(i) {
            return Some(Parse::new(i + 1, Sem::Set(format!("XXXX-WXX-{wd}"))));
        }
    }
    if !matches!(g.w(i), "every" | "each") {
        return None;
    }
    let j = i + 1;
    let wd = g.weekday(j).or_else(|| {
        g.find(j, |e| match e {
            Lex::WeekdayAbbr(d) => Some(*d),
            _ => None,
        })
    });
    if let Some(wd) = wd {
        return Some(Parse::new(j + 1, Sem::Set(format!("XXXX-WXX-{wd}"))));
    }
    // "each July", "every March"
    if let Some(m) = g.month(j) {
        if g.cap(j) {
            return Some(Parse::new(j + 1, Sem::Set(format!("XXXX-{m:02}"))));
        }
    }
    if let Some(Tod::Part(t)) = g.tod(j) {
        return Some(Parse::new(j + 1, Sem::Set(format!("XXXX-XX-XXT{t}"))));
    }
    if let Some(u) = g.unit(j) {
        return Some(Parse::new(
            j + 1,
            Sem::Set(super::anchor::duration(u, Amount::N(1.0))),
        ));
    }
    let (k, n) = amount(g, j)?;
    let u = g.unit(k)?;
    Some(Parse::new(k + 1, Sem::Set(super::anchor::duration(u, n))))
}
