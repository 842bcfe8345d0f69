//! Temporal expressions in English and Hindi, normalized to TIMEX3.
//!
//! One pass over the text's own tokens ([`scan`]): at each token the
//! language's grammar ([`english`], [`hindi`]) proposes the longest
//! expression starting there, built from the word lists in
//! `data/time/*.tsv` ([`lexicon`], [`numbers`]). A second pass resolves the
//! meanings in text order ([`anchor`]): against the reference date for
//! deictic expressions ("yesterday", पिछले साल), by the clause's tense for
//! bare dates ("on Tuesday" → the most recent Tuesday in a past-tense
//! sentence), and against the last resolved date for chained ones ("the
//! next day", "five months later"). Values are written by [`normalize`].
//!
//! Everything is linear in the text: each token starts at most one bounded
//! look-ahead, and lexicon lookups are hash probes.

mod anchor;
mod english;
mod grammar;
mod hindi;
mod lexicon;
mod normalize;
mod numbers;
mod scan;

use crate::context::Context;
use crate::model::Timex;
use grammar::{Parse, Sem, G};
use jiff::civil::Date;

/// Finds and normalizes the temporal expressions of a document.
pub fn recognize(ctx: &Context<'_>) -> Vec<Timex> {
    let breaks: Vec<usize> = ctx.sentences.iter().map(|s| s.start).collect();
    find_with_breaks(ctx.text, &breaks, ctx.reference, ctx.options.day_first)
}

/// Finds the temporal expressions of `text` against `reference` (the
/// document date); `day_first` reads "04/12/2025" as 4 December.
///
/// Offsets are byte offsets into `text`. This is the stage on its own,
/// for callers and tests that have no full analysis at hand.
pub fn find(text: &str, reference: Option<Date>, day_first: bool) -> Vec<Timex> {
    find_with_breaks(text, &[], reference, day_first)
}

fn find_with_breaks(
    text: &str,
    breaks: &[usize],
    reference: Option<Date>,
    day_first: bool,
) -> Vec<Timex> {
    let s = scan::scan(text, breaks);
    let lex = lexicon::lexicon();
    let ents = (0..s.toks.len())
        .map(|i| match s.toks[i].kind {
            scan::Kind::Word => lex.get(s.norm(i)),
            _ => &[],
        })
        .collect();
    let g = G {
        s: &s,
        lex,
        day_first,
        ents,
    };
    let parses = parse_all(&g);
    let narrative = is_narrative(&parses, reference);
    let mut anchor = anchor::Anchor::new(reference, narrative);
    let mut out = Vec::with_capacity(parses.len());
    for (k, &(i, ref p)) in parses.iter().enumerate() {
        let tense = anchor::tense(&g, i, p.end);
        anchor.clause = s.toks.get(i).map_or(0, scan::Tok::clause);
        anchor.frame = i > 0
            && g.w(i - 1) == "in"
            && (i == 1 || !g.same_clause(i - 2, i - 1))
            && g.punct(p.end) == Some(',');
        // "10:35 a.m. (0735 GMT) Friday", "at 10.30 am on Friday": a bare
        // time is on the day named right after it.
        if p.sem == Sem::TodOnly {
            if let Some((j, next)) = parses.get(k + 1) {
                if day_follows(&g, p.end, *j, &next.sem) {
                    let t = anchor::tense(&g, *j, next.end);
                    let _ = anchor.resolve(next, t);
                }
            }
        }
        let from_now = narrative
            && reference.is_some()
            && tense == anchor::Tense::Future
            && matches!(p.sem, Sem::Cal { y: None, .. })
            && anchor::ahead_of_now(&g, i);
        let resolved = if from_now {
            anchor.resolve_from_now(p)
        } else {
            anchor.resolve(p, tense)
        };
        let Some((kind, value)) = resolved else {
            continue;
        };
        // "the first nine months", "the six months ended Oct. 1"
        if let Sem::Duration {
            unit: lexicon::Unit::Month,
            n: numbers::Amount::N(n),
        } = p.sem
        {
            if (n == 6.0 || n == 9.0) && g.w(i) == "the" {
                anchor.results_span();
            }
        }
        let (Some(first), Some(last)) = (s.toks.get(i), s.toks.get(p.end.saturating_sub(1))) else {
            continue;
        };
        let (start, end) = (first.start(), last.end());
        let Some(t) = text.get(start..end) else {
            continue;
        };
        out.push(Timex {
            start,
            end,
            text: t.to_string(),
            kind,
            value,
        });
    }
    out
}

/// Is the parse at token `j` a day (a weekday or a date with its day) that
/// follows a bare time ending at `end` with only "on", a time zone or a
/// parenthesis between ("(0735 GMT)")? Resolving such a day twice gives
/// the same value, so it may be resolved ahead of the time.
fn day_follows(g: &G<'_>, end: usize, j: usize, sem: &Sem) -> bool {
    let day = matches!(
        sem,
        Sem::Weekday {
            rel: None | Some(-1..=1),
            ..
        }
    ) || matches!(sem, Sem::Cal { d: Some(_), .. });
    day && j >= end
        && j - end <= 6
        && end > 0
        && g.same_clause(end - 1, j)
        && (end..j).all(|t| {
            g.num(t).is_some()
                || matches!(g.punct(t), Some('(' | ')' | ','))
                || english::time_zone(g.w(t))
                || matches!(g.w(t), "on" | "local" | "time")
        })
}

/// Words outside the lexicon that can start an expression.
const TRIGGERS: &[&str] = &[
    "the",
    "early",
    "late",
    "mid",
    "earlier",
    "later",
    "end",
    "every",
    "each",
    "recent",
    "that",
    "fy",
    "fiscal",
    "q",
    "वर्ष",
    "साल",
];

/// Every expression, left to right, longest first at each token.
fn parse_all(g: &G<'_>) -> Vec<(usize, Parse)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < g.len() {
        let w = g.w(i);
        let p = if !w.is_empty()
            && g.lx(i).is_empty()
            && g.lex.phrase_len(w) == 1
            && !TRIGGERS.contains(&w)
        {
            // Most words start nothing: skip them without running the grammars.
            None
        } else if w.is_empty() {
            if g.num(i).is_some() {
                let devanagari = |j: usize| {
                    g.w(j)
                        .chars()
                        .next()
                        .is_some_and(|c| ('\u{0900}'..='\u{097F}').contains(&c))
                };
                if devanagari(i + 1) || (i > 0 && devanagari(i - 1)) {
                    longest(hindi::parse(g, i), english::parse(g, i))
                } else {
                    english::parse(g, i)
                }
            } else {
                None
            }
        } else if w.is_ascii() {
            english::parse(g, i)
        } else if w
            .chars()
            .next()
            .is_some_and(|c| ('\u{0900}'..='\u{097F}').contains(&c))
        {
            hindi::parse(g, i)
        } else {
            None
        };
        match p {
            Some(p) if p.end > i => {
                let next = p.end;
                out.push((i, p));
                i = next;
            }
            _ => i += 1,
        }
    }
    out
}

fn longest(a: Option<Parse>, b: Option<Parse>) -> Option<Parse> {
    match (a, b) {
        (Some(a), Some(b)) => Some(if b.end > a.end { b } else { a }),
        (a, b) => a.or(b),
    }
}

/// A historical narrative (most written years far from the reference
/// date) resolves bare dates against the text's own chronology.
fn is_narrative(parses: &[(usize, Parse)], reference: Option<Date>) -> bool {
    let years = parses.iter().filter_map(|(_, p)| match p.sem {
        Sem::Cal { y: Some(y), .. } | Sem::Year(y) | Sem::Quarter { y: Some(y), .. } => Some(y),
        Sem::Season { y: Some(y), .. } => Some(y),
        Sem::Bc(y) => Some(-y),
        _ => None,
    });
    let Some(r) = reference else {
        return true;
    };
    let ry = i32::from(r.year());
    let (mut far, mut near) = (0, 0);
    for y in years {
        if (y - ry).abs() >= 2 {
            far += 1;
        } else {
            near += 1;
        }
    }
    far >= 5 && far > 2 * near
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reference date, text, expected (span, value) pairs in order.
    type Row = (
        &'static str,
        &'static str,
        &'static [(&'static str, &'static str)],
    );

    fn check(table: &[Row]) {
        let mut failures = Vec::new();
        for (reference, text, want) in table {
            let got: Vec<(String, String)> = find(text, reference.parse().ok(), true)
                .into_iter()
                .map(|t| (t.text, t.value))
                .collect();
            let want: Vec<(String, String)> = want
                .iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect();
            if got != want {
                failures.push(format!(
                    "{text:?} @ {reference}\n  want {want:?}\n   got {got:?}"
                ));
            }
        }
        assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    }

    /// Issue 5: classes of errors found on the TIMEX gold sets, one row each.
    #[test]
    fn issue_5_value_conventions() {
        check(&[
            // A weekday that is the reference date's own weekday is that day.
            (
                "2025-12-05",
                "The court will rule on Friday.",
                &[("Friday", "2025-12-05")],
            ),
            (
                "2025-12-05",
                "He could not be reached Wednesday.",
                &[("Wednesday", "2025-12-03")],
            ),
            // "the past decade" in news is the ten years to the document date.
            (
                "1998-10-25",
                "Threats became routine over the past decade, the worst in the past century.",
                &[("the past decade", "P10Y"), ("the past century", "P100Y")],
            ),
            // "will one day" is some day ahead; "for one day" is a length.
            (
                "2025-12-05",
                "Islam will one day be the largest religion here. The fair ran for one day.",
                &[("one day", "FUTURE_REF"), ("one day", "P1D")],
            ),
            // "The day before <a day>" is one expression, that day less one.
            (
                "2000-02-24",
                "The day before last Tuesday's hearing, he went home.",
                &[("The day before last Tuesday", "2000-02-21")],
            ),
            (
                "2026-01-05",
                "Shops reopened the day after Christmas.",
                &[("the day after Christmas", "2025-12-26")],
            ),
            (
                "2025-12-05",
                "He left the day before 10 December 2024.",
                &[("the day before 10 December 2024", "2024-12-09")],
            ),
            // … but the day after an event is not the reference date's neighbour.
            (
                "2025-12-05",
                "He left the day before. Talks ended in June.",
                &[("the day before", "2025-12-04"), ("June", "2025-06")],
            ),
            // "set" is a plan only as "set to" / "set for".
            (
                "1998-02-06",
                "its record high set on Aug. 6.",
                &[("Aug. 6", "1997-08-06")],
            ),
            // A possessive day is past; "by" a month is a deadline ahead.
            (
                "2000-01-07",
                "They would fight Wednesday's ruling.",
                &[("Wednesday", "2000-01-05")],
            ),
            (
                "1998-02-13",
                "It will double its flights by August.",
                &[("August", "1998-08")],
            ),
            (
                "2000-01-15",
                "It ordered him home by Jan. 14.",
                &[("Jan. 14", "2000-01-14")],
            ),
            // "the future" is a time; "the future president" is not.
            (
                "2025-12-05",
                "India looks to the future.",
                &[("the future", "FUTURE_REF")],
            ),
            ("2025-12-05", "He met the future president.", &[]),
            // "daily" as a frequency, not a newspaper.
            ("2025-12-05", "Trains run daily.", &[("daily", "P1D")]),
            ("2025-12-05", "It told the Hindi daily.", &[]),
            ("2025-12-05", "He posts quarterly results.", &[]),
            // Discourse phrases in news are not dates.
            ("2025-12-05", "At the same time, prices rose.", &[]),
            // Unambiguous season words need no cue; "the" is inside the span.
            (
                "2025-12-05",
                "Parliament meets for its winter session.",
                &[("winter", "2025-WI")],
            ),
            (
                "2025-12-05",
                "Snow fell in the winter.",
                &[("the winter", "2025-WI")],
            ),
            ("2025-12-05", "after the fall of Kabul", &[]),
            // Counted decades and centuries in years, as TimeBank writes them.
            ("2025-12-05", "for two decades", &[("two decades", "P20Y")]),
            // "N more units", unspecified "coming weeks".
            (
                "2025-12-05",
                "for two more weeks",
                &[("two more weeks", "P2W")],
            ),
            ("2025-12-05", "in coming weeks", &[("coming weeks", "PXW")]),
            // Clock times without a colon, and a time with its date.
            (
                "2025-12-05",
                "The train left at 1130 hrs.",
                &[("1130 hrs", "2025-12-05T11:30")],
            ),
            (
                "2025-12-05",
                "Doors open 720pm.",
                &[("720pm", "2025-12-05T19:20")],
            ),
            (
                "1989-11-02",
                "bids are due by 5 p.m. EST Nov. 9.",
                &[("5 p.m. EST Nov. 9", "1989-11-09T17:00")],
            ),
            // "a long day" is a day's length.
            ("2025-12-05", "It was a long day.", &[("day", "P1D")]),
            // A range's second date is a date.
            (
                "2025-12-05",
                "the battle (14 August-24 August 1914)",
                &[
                    ("14 August", "2025-08-14"),
                    ("24 August 1914", "1914-08-24"),
                ],
            ),
            // Dates before the common era, and not inside codes.
            (
                "2009-12-19",
                "In April 480 BC the fleet sailed.",
                &[("April 480 BC", "BC0480-04")],
            ),
            ("2009-12-19", "see t.co/Gt9Yg2BC6O", &[]),
        ]);
    }

    /// Issue 5, third round: classes found by `khabar-eval tempeval --values`.
    #[test]
    fn issue_5_news_conventions() {
        check(&[
            // A month with "last/this/next year" is one expression.
            (
                "1998-02-19",
                "In June last year the leadership split.",
                &[("June last year", "1997-06")],
            ),
            (
                "2024-12-10",
                "Members join in April next year.",
                &[("April next year", "2025-04")],
            ),
            // "had been due", "next to", "vacation plans": no plan ahead.
            (
                "1989-10-30",
                "The offer had been due to expire Friday evening.",
                &[("Friday evening", "1989-10-27TEV")],
            ),
            (
                "1998-08-08",
                "A bomb exploded next to the embassy Friday morning.",
                &[("Friday morning", "1998-08-07TMO")],
            ),
            (
                "1998-08-17",
                "On Friday, Albright set aside vacation plans.",
                &[("Friday", "1998-08-14")],
            ),
            // A plan told in the past is still ahead; "by" after a past verb is past.
            (
                "2000-01-07",
                "Protesters were planning a rally on Saturday.",
                &[("Saturday", "2000-01-08")],
            ),
            (
                "1990-08-16",
                "Two members had filed reports by Wednesday.",
                &[("Wednesday", "1990-08-15")],
            ),
            (
                "1989-10-27",
                "Shares are to resume trading in Paris Tuesday.",
                &[("Tuesday", "1989-10-31")],
            ),
            // A date moved ahead: "adjourned till Monday".
            (
                "2000-03-30",
                "Officials postponed until Tuesday morning any action.",
                &[("Tuesday morning", "2000-04-04TMO")],
            ),
            (
                "2024-12-05",
                "The court adjourned the hearing till Monday.",
                &[("Monday", "2024-12-09")],
            ),
            // "the previous Friday" counts from the last date named.
            (
                "1989-10-30",
                "Stocks fell Friday, down 4% from the previous Friday.",
                &[("Friday", "1989-10-27"), ("the previous Friday", "1989-10-20")],
            ),
            // "recent years" is PAST_REF; "the past year" is last year in news.
            ("1998-02-13", "in recent years", &[("recent years", "PAST_REF")]),
            (
                "1998-03-03",
                "Prices rose over the past year.",
                &[("the past year", "1997")],
            ),
            // Quarters of results: the one reported, and the one compared.
            (
                "1989-11-01",
                "Net sales for this year's third quarter fell; U.K. sales for last year's quarter rose.",
                &[
                    ("this year's third quarter", "1989-Q3"),
                    ("last year's quarter", "1988-Q3"),
                ],
            ),
            (
                "1989-10-26",
                "For the quarter ended Sept. 30, Delta earned more than in the quarter a year ago.",
                &[
                    ("the quarter", "1989-Q3"),
                    ("Sept. 30", "1989-09-30"),
                    ("the quarter a year ago", "1988-Q3"),
                ],
            ),
            (
                "1989-11-02",
                "Profit fell in the latest quarter; the current quarter began well.",
                &[
                    ("the latest quarter", "1989-Q3"),
                    ("the current quarter", "1989-Q4"),
                ],
            ),
            (
                "1989-10-30",
                "It earned $376,000 in the 1988 quarter, after a year-earlier loss.",
                &[("the 1988 quarter", "1988-Q3"), ("year-earlier", "1988-Q3")],
            ),
            // Fractions.
            (
                "1998-02-27",
                "They lived in camps for 2 1/2 years.",
                &[("2 1/2 years", "P2Y6M")],
            ),
            (
                "1998-01-14",
                "It lasted an hour and a half.",
                &[("an hour and a half", "PT1H30M")],
            ),
            ("2024-12-10", "वह ढाई साल जेल में रहा।", &[("ढाई साल", "P2Y6M")]),
            (
                "2024-12-10",
                "साढ़े तीन घंटे तक बैठक चली।",
                &[("साढ़े तीन घंटे", "PT3H30M")],
            ),
            // Ages said in years.
            (
                "2009-12-19",
                "all males who were 18 years old",
                &[("18 years old", "P18Y")],
            ),
            // Feasts that move: computed, or from holidays.tsv.
            (
                "2000-01-07",
                "He was rescued on Thanksgiving Day.",
                &[("Thanksgiving Day", "1999-11-25")],
            ),
            (
                "2024-04-02",
                "Churches were full on Good Friday.",
                &[("Good Friday", "2024-03-29")],
            ),
            (
                "2024-11-05",
                "Sales peaked before Diwali.",
                &[("Diwali", "2024-10-31")],
            ),
            (
                "2025-03-10",
                "होली पर बाजार सजेंगे।",
                &[("होली", "2025-03-14")],
            ),
            // A year said in words; a century without "the".
            (
                "1998-01-15",
                "In nineteen ninety-one Keating was convicted.",
                &[("nineteen ninety-one", "1991")],
            ),
            (
                "1998-02-19",
                "the fabled 11th century temple",
                &[("11th century", "10")],
            ),
            // "that year", "later that month": the last date named.
            (
                "2009-12-19",
                "In June 1943 the army landed. Later that month it moved.",
                &[("June 1943", "1943-06"), ("Later that month", "1943-06")],
            ),
        ]);
    }

    /// Issue 5, fourth round: classes found by `khabar-eval tempeval --values`.
    #[test]
    fn issue_5_round_four() {
        check(&[
            // A bare time takes the day named right after it.
            (
                "1998-08-08",
                "The blast occurred at about 10:35 a.m. (0735 GMT) Friday.",
                &[("10:35 a.m.", "1998-08-07T10:35"), ("Friday", "1998-08-07")],
            ),
            (
                "2024-12-07",
                "The blast occurred at 10.30 am on Friday.",
                &[("10.30 am", "2024-12-06T10:30"), ("Friday", "2024-12-06")],
            ),
            // "4 in the morning"; "…, Castro said" does not make it past.
            (
                "2000-04-05",
                "The father will leave at 4 in the morning (4 a.m. EDT Thursday), Castro said.",
                &[
                    ("4 in the morning", "2000-04-06T04:00"),
                    ("4 a.m. EDT Thursday", "2000-04-06T04:00"),
                ],
            ),
            // Deadlines: "given until", "effective"; "the deadline" alone tells no tense.
            (
                "2000-04-03",
                "The INS has given the relatives until 9 a.m. Tuesday to sign.",
                &[("9 a.m. Tuesday", "2000-04-04T09:00")],
            ),
            (
                "1989-10-26",
                "It created an office of the chairman, effective Feb. 1.",
                &[("Feb. 1", "1990-02-01")],
            ),
            (
                "2000-01-15",
                "The agency ordered him home and set Friday as the deadline.",
                &[("Friday", "2000-01-14")],
            ),
            // The quarter reported: not a forecast, not an earlier one compared.
            (
                "1989-10-26",
                "Profit fell in the third quarter. Demand may recover by the third quarter of 1990. In the year-ago period, it earned more.",
                &[
                    ("the third quarter", "1989-Q3"),
                    ("the third quarter of 1990", "1990-Q3"),
                    ("the year-ago period", "1988-Q3"),
                ],
            ),
            (
                "1989-11-01",
                "Third-quarter profit rose after a flat second quarter. In the 1989 period, costs fell.",
                &[
                    ("Third-quarter", "1989-Q3"),
                    ("second quarter", "1989-Q2"),
                    ("the 1989 period", "1989-Q3"),
                ],
            ),
            // Halves and years of results stories.
            (
                "1989-10-26",
                "Earnings will be lower for the last half of 1989 and the first two quarters of 1990.",
                &[
                    ("the last half of 1989", "1989-H2"),
                    ("the first two quarters of 1990", "1990-H1"),
                ],
            ),
            (
                "1989-11-02",
                "For the year ended Sept. 30, it earned $5 million. Sales for the full year rose, and profit will rise by year-end.",
                &[
                    ("the year", "P1Y"),
                    ("Sept. 30", "1989-09-30"),
                    ("the full year", "1989"),
                    ("year-end", "1989"),
                ],
            ),
            (
                "1998-02-05",
                "He promised to halve unemployment by the year two thousand.",
                &[("the year two thousand", "2000")],
            ),
            ("1989-11-02", "Sales were little changed at 2.46 billion guilders.", &[]),
            // Longer spans.
            (
                "1998-02-19",
                "Talks stalled in mid-1996, after the post-1959 exodus.",
                &[("mid-1996", "1996"), ("1959", "1959")],
            ),
            (
                "1989-10-30",
                "The index fell eight trading days after Oct. 12.",
                &[("eight trading days", "P8D"), ("Oct. 12", "1989-10-12")],
            ),
            (
                "2000-02-24",
                "It may be resolved in a hearing the week of March 6.",
                &[("the week of March 6", "2000-W10")],
            ),
            ("1998-03-22", "Orangemen march each July.", &[("each July", "XXXX-07")]),
            (
                "1989-11-02",
                "In London at mid-afternoon yesterday, shares rose.",
                &[("mid-afternoon yesterday", "1989-11-01TAF")],
            ),
            (
                "1998-02-27",
                "Prices fell in the winter of nineteen ninety-four and in January nineteen ninety-seven.",
                &[
                    ("the winter of nineteen ninety-four", "1994-WI"),
                    ("January nineteen ninety-seven", "1997-01"),
                ],
            ),
            // Rates are sets; fractions, titles and "later in the day" are not times.
            (
                "1998-02-13",
                "Qantas will fly four flights a week, saving $500 million a year.",
                &[("a week", "P1W"), ("a year", "P1Y")],
            ),
            (
                "1990-08-15",
                "Iraq imports about three-quarters of its food and a quarter of its fuel.",
                &[],
            ),
            (
                "1991-02-25",
                "Baker said on ABC-TV's \"This Week With David Brinkley\" that talks failed.",
                &[],
            ),
            ("1999-03-12", "For Poland, high noon comes today.", &[("today", "1999-03-12")]),
            (
                "1998-08-08",
                "Two bombs exploded earlier in the day, and officials spoke later in the day.",
                &[],
            ),
            (
                "1989-10-27",
                "It changed from a fiscal year to a calendar year in 1988.",
                &[("1988", "1988")],
            ),
            // Decades in words; a month framing a sentence is a past one.
            (
                "1998-03-03",
                "Apocalyptic fantasies flourished in the nineties.",
                &[("the nineties", "199")],
            ),
            (
                "1989-10-27",
                "In January, the company brought in a new chief executive.",
                &[("January", "1989-01")],
            ),
            (
                "1989-10-27",
                "The bank agreed to buy the company in January.",
                &[("January", "1990-01")],
            ),
            // "…a year ago. Sales rose from a year earlier": the same comparison.
            (
                "1989-10-26",
                "Output fell 8% from a year ago. Costs rose compared with a year earlier.",
                &[("a year ago", "1988"), ("a year earlier", "1988")],
            ),
            (
                "2024-05-01",
                "He joined the firm two years ago. A year earlier, he had left Delhi.",
                &[("two years ago", "2022"), ("A year earlier", "2021")],
            ),
            // "that same day" after a month: a day of that month.
            (
                "1999-02-06",
                "The site went up in October. His name was crossed out that same day.",
                &[("October", "1998-10"), ("that same day", "1998-10-XX")],
            ),
        ]);
    }

    /// Issue 5, round five: TimeBank's conventions counted over the whole
    /// corpus, one row per rule.
    #[test]
    fn issue_5_round_five() {
        check(&[
            // "the near term" and "the short term" look ahead, as "the near
            // future" does.
            (
                "2024-03-05",
                "We don't minimize the challenges of the near term or the short term.",
                &[("the near term", "FUTURE_REF"), ("the short term", "FUTURE_REF")],
            ),
            // A sentence opened by "Now," or "Currently," is a discourse
            // marker; "now" inside the clause stays a time.
            (
                "2024-03-05",
                "Prices fell for months. Now, the bank says, they will rise. Rates are now higher.",
                &[("months", "PXM"), ("now", "PRESENT_REF")],
            ),
            (
                "2024-03-05",
                "He said \"It failed.\" Currently, the firm has 40 stores.",
                &[],
            ),
            // An age beside a name is left; a predicate age is a length.
            (
                "2024-03-05",
                "Mr. Rao, 52 years old, will succeed her. Staff 55 years old or older may retire.",
                &[],
            ),
            (
                "2024-03-05",
                "The soldiers were 18 years old. She's 16 days old.",
                &[("18 years old", "P18Y"), ("16 days old", "P16D")],
            ),
            // A frequency after an amount is a rate of that amount; "average
            // daily volume" is a statistic; "gather daily" stays a set.
            (
                "2024-03-05",
                "Sales should rise 8% annually, to 10,000 units annually, and average daily volume fell.",
                &[],
            ),
            (
                "2024-03-05",
                "Protesters gather daily outside the court.",
                &[("daily", "P1D")],
            ),
            // Vague lengths TimeBank leaves: "minutes apart", "a matter of days".
            (
                "2024-03-05",
                "The blasts came minutes apart; a deal is a matter of days away.",
                &[],
            ),
            // "current" before a noun is the present, unless "then current"
            // or a current account; "the current quarter" is still a quarter.
            (
                "2024-03-05",
                "Current market conditions are weak; his current wife agreed.",
                &[("current", "PRESENT_REF")],
            ),
            (
                "2024-03-05",
                "Holders may buy at the then current price; the current account deficit grew in the current quarter.",
                &[("the current quarter", "2024-Q1")],
            ),
            // "the foreseeable future" is an idiom for "indefinitely".
            (
                "2024-03-05",
                "Troops will stay for the foreseeable future, and the future looks bright.",
                &[("the future", "FUTURE_REF")],
            ),
            // A bare time in a past-tense sentence is on the last day named.
            (
                "2024-03-05",
                "The doctor was killed on Oct. 23. He was shot at 10 p.m. in his kitchen.",
                &[("Oct. 23", "2023-10-23"), ("10 p.m.", "2023-10-23T22:00")],
            ),
            // Both days of a range or a pair are dates.
            (
                "2024-03-05",
                "Talks were held on 6-7 January 2020 and from 15 to 22 February 2021.",
                &[
                    ("6", "2020-01-06"),
                    ("7 January 2020", "2020-01-07"),
                    ("15", "2021-02-15"),
                    ("22 February 2021", "2021-02-22"),
                ],
            ),
            (
                "2024-03-05",
                "The summit will be held on April 24 and 25, 2025, after talks on May 13-15, 2024.",
                &[
                    ("April 24", "2025-04-24"),
                    ("25, 2025", "2025-04-25"),
                    ("May 13", "2024-05-13"),
                    ("15, 2024", "2024-05-15"),
                ],
            ),
            ("2024-03-05", "The team won 3-2 on a 4 and 5 split.", &[]),
            (
                "2024-06-01",
                "On May 4 and 5 others were hurt.",
                &[("May 4", "2024-05-04")],
            ),
        ]);
    }

    /// Issue 5, sixth round: each row a general rule of English news usage.
    #[test]
    fn issue_5_round_six() {
        check(&[
            // Irregular past forms tell the past as "-ed" forms do: the
            // January a new chief was brought in is this year's, the Monday
            // a minister spent in Delhi the one just gone.
            (
                "1989-10-27",
                "In January, the company brought in a new chief executive, who will remain chairman.",
                &[("January", "1989-01")],
            ),
            (
                "2024-03-06",
                "The minister spent Monday in Delhi and will fly to Mumbai.",
                &[("Monday", "2024-03-04")],
            ),
            // After "the first nine months" a results story compares whole
            // parts of the year: "the 1988 period" and "a year earlier" are
            // 1988, until a quarter is named again.
            (
                "1989-11-02",
                "Net rose in the third quarter. In the first nine months, net was $306 million, \
                 compared with a loss in the 1988 period. Sales were up from a year earlier.",
                &[
                    ("the third quarter", "1989-Q3"),
                    ("the first nine months", "P9M"),
                    ("the 1988 period", "1988"),
                    ("a year earlier", "1988"),
                ],
            ),
            (
                "1989-11-02",
                "In the first nine months, profit rose. In the third quarter, profit fell from a year earlier.",
                &[
                    ("the first nine months", "P9M"),
                    ("the third quarter", "1989-Q3"),
                    ("a year earlier", "1988-Q3"),
                ],
            ),
            // "the current fiscal year that …": a relative clause does not
            // make the current year a year of the story.
            (
                "1989-11-02",
                "It expects sales in the current fiscal year that are slightly above forecasts.",
                &[("the current fiscal year", "1989")],
            ),
            (
                "1989-11-02",
                "Prices rose in the year that followed.",
                &[],
            ),
            // "a couple of" counts two, after "next" or "past" too.
            (
                "1989-10-26",
                "Over the next couple of years sales will double, as they did in the past couple of weeks.",
                &[
                    ("the next couple of years", "P2Y"),
                    ("the past couple of weeks", "P2W"),
                ],
            ),
            // "the year-earlier nine months" is a span's length, as "the nine
            // months" is.
            (
                "1989-10-26",
                "Net for the year-earlier nine months included a gain.",
                &[("the year-earlier nine months", "P9M")],
            ),
            // A history resolves bare months along its own story, but a
            // month its writer still looks ahead to ("is expected to … in
            // April") is the coming one, and the story's date stays.
            (
                "1999-03-12",
                "NATO was founded in 1949. Greece and Turkey joined in 1952, Germany in 1955, \
                 France left in 1966 and Spain joined in 1982. The issue is expected to dominate a summit set for \
                 Washington in April. In May 1982 Spain signed; in June it joined.",
                &[
                    ("1949", "1949"),
                    ("1952", "1952"),
                    ("1955", "1955"),
                    ("1966", "1966"),
                    ("1982", "1982"),
                    ("April", "1999-04"),
                    ("May 1982", "1982-05"),
                    ("June", "1982-06"),
                ],
            ),
            (
                "1999-03-12",
                "NATO was founded in 1949. Greece and Turkey joined in 1952, Germany in 1955, \
                 France left in 1966 and Spain joined in 1982. A summit was set for April, and it was to meet in May.",
                &[
                    ("1949", "1949"),
                    ("1952", "1952"),
                    ("1955", "1955"),
                    ("1966", "1966"),
                    ("1982", "1982"),
                    ("April", "1982-04"),
                    ("May", "1982-05"),
                ],
            ),
        ]);
    }

    /// Issue 5: a history ("narrative") resolves against its own chronology.
    #[test]
    fn issue_5_narrative_anchoring() {
        let text = "The war began in 1914. In 1915 the army retreated. By 1916 and 1917 \
                    it held. The armistice was signed on 11 November 1918. Fighting \
                    stopped at 11 a.m. Two years ago a memorial opened. In the night of \
                    12 November 1918 crowds gathered. By the end of the year all was quiet.";
        let got: Vec<(String, String)> = find(text, "2009-12-19".parse().ok(), true)
            .into_iter()
            .map(|t| (t.text, t.value))
            .collect();
        let want = [
            ("1914", "1914"),
            ("1915", "1915"),
            ("1916", "1916"),
            ("1917", "1917"),
            ("11 November 1918", "1918-11-11"),
            ("11 a.m.", "1918-11-11T11:00"),
            ("Two years ago", "2007"),
            ("the night of 12 November 1918", "1918-11-12TNI"),
            ("the end of the year", "1918"),
        ];
        let want: Vec<(String, String)> = want
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        assert_eq!(got, want);
    }

    #[test]
    #[ignore]
    fn print_samples() {
        for (f, d) in [
            ("en-ani-nadda-murashko-2025-12-04.txt", "2025-12-04"),
            ("hi-rajnath-putin-moscow-2024-12-10.txt", "2024-12-10"),
        ] {
            let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../www/samples/").to_string() + f;
            let Ok(text) = std::fs::read_to_string(path) else {
                continue;
            };
            for t in find(&text, d.parse().ok(), true) {
                eprintln!("{:?}\t{:?}\t{}", t.text, t.kind, t.value);
            }
        }
    }
}
