//! Temporal expressions in English and Hindi, normalized to TIMEX3.
//!
//! One pass over the text's own tokens ([`scan`]): at each token the
//! language's grammar ([`english`], [`hindi`]) proposes the longest
//! expression starting there, built from the word lists in
//! `data/time/*.tsv` ([`lexicon`], [`numbers`]). A second pass resolves the
//! meanings in text order ([`resolve`]): against the reference date for
//! deictic expressions ("yesterday", पिछले साल), by the clause's
//! [`tense`] for bare dates ("on Tuesday" → the most recent Tuesday in a
//! past-tense sentence), and against the last resolved date for chained
//! ones ("the next day", "five months later"), with the date arithmetic
//! and feasts of [`calendar`]. Values are written by [`normalize`].
//!
//! The behaviour is pinned by the tables of `tests/data/time/*.tsv`
//! (replayed by `tests/time.rs`) and by each grammar family's examples.
//!
//! Everything is linear in the text: each token starts at most one bounded
//! look-ahead, and lexicon lookups are hash probes.

mod calendar;
mod english;
mod grammar;
mod hindi;
mod lexicon;
mod normalize;
mod numbers;
mod resolve;
mod scan;
mod tense;

use crate::context::Context;
use crate::model::Timex;
use crate::text::atoms::{Atom, Atoms};
use grammar::{longer, Parse, Sem, G};
use jiff::civil::Date;
use lexicon::Class;

/// Finds and normalizes the temporal expressions of a document.
pub fn recognize(ctx: &Context<'_>) -> Vec<Timex> {
    let breaks: Vec<usize> = ctx.sentences.iter().map(|s| s.start).collect();
    find_with_breaks(
        ctx.text,
        &ctx.atoms.all,
        &breaks,
        ctx.reference,
        ctx.options.day_first,
    )
}

/// Finds the temporal expressions of `text` against `reference` (the
/// document date); `day_first` reads "04/12/2025" as 4 December.
///
/// Offsets are byte offsets into `text`. This is the stage on its own,
/// for callers and tests that have no full analysis at hand.
pub fn find(text: &str, reference: Option<Date>, day_first: bool) -> Vec<Timex> {
    let atoms = Atoms::scan(text);
    find_with_breaks(text, &atoms.all, &[], reference, day_first)
}

fn find_with_breaks(
    text: &str,
    atoms: &[Atom],
    breaks: &[usize],
    reference: Option<Date>,
    day_first: bool,
) -> Vec<Timex> {
    let s = scan::scan(text, atoms, breaks);
    let lex = lexicon::lexicon();
    let ents = (0..s.toks.len())
        .map(|i| match s.toks[i].kind {
            scan::Kind::Word => lex.lookup(s.norm(i)),
            _ => (&[][..], 0),
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
    let mut anchor = resolve::Anchor::new(reference, narrative);
    let mut out = Vec::with_capacity(parses.len());
    for (k, &(i, ref p)) in parses.iter().enumerate() {
        let tense = tense::tense(&g, i, p.end);
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
                    let t = tense::tense(&g, *j, next.end);
                    let _ = anchor.resolve(next, t);
                }
            }
        }
        let from_now = narrative
            && reference.is_some()
            && tense == tense::Tense::Future
            && matches!(p.sem, Sem::Cal { y: None, .. })
            && tense::ahead_of_now(&g, i);
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
            id: String::new(),
        });
    }
    for (n, t) in out.iter_mut().enumerate() {
        t.id = format!("t{}", n + 1);
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
                || g.is(t, Class::TimeZone)
                || matches!(g.w(t), "on" | "local" | "time")
        })
}

/// Every expression, left to right, longest first at each token.
fn parse_all(g: &G<'_>) -> Vec<(usize, Parse)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < g.len() {
        let w = g.w(i);
        let p = if !w.is_empty()
            && g.lx(i).is_empty()
            && g.lex.phrase_len(w) == 1
            && !g.is(i, Class::Starts)
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
                    longer(hindi::parse(g, i), english::parse(g, i))
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

/// A historical narrative (most written years far from the reference
/// date) resolves bare dates against the text's own chronology.
fn is_narrative(parses: &[(usize, Parse)], reference: Option<Date>) -> bool {
    let years = parses.iter().filter_map(|(_, p)| match p.sem {
        Sem::Cal { y: Some(y), .. } | Sem::Year(y) | Sem::Quarter { y: Some(y), .. } => Some(y),
        Sem::Season { y: Some(y), .. } => Some(y),
        Sem::Bc(y) => Some(-y),
        _ => None,
    });
    // Without a reference date nothing is narrated against: a year the
    // text mentions in passing ("the 2023 edition") must not become the
    // date a bare "Sunday" is counted from.
    let Some(r) = reference else {
        return false;
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

    /// The grammar families, each with its examples in its module doc.
    const FAMILIES: &[(&str, &str)] = &[
        ("english", include_str!("english/mod.rs")),
        ("english::lexical", include_str!("english/lexical.rs")),
        ("english::dates", include_str!("english/dates.rs")),
        ("english::years", include_str!("english/years.rs")),
        ("english::relative", include_str!("english/relative.rs")),
        ("english::clocks", include_str!("english/clocks.rs")),
        ("english::counts", include_str!("english/counts.rs")),
        ("english::the_forms", include_str!("english/the_forms.rs")),
        ("hindi", include_str!("hindi.rs")),
    ];

    /// The rows of a module doc's examples table: `//! | text | span | value |`.
    fn examples(source: &str) -> Vec<(&str, &str, &str)> {
        source
            .lines()
            .filter_map(|l| l.strip_prefix("//! | ")?.strip_suffix(" |"))
            .filter_map(|row| {
                let mut cols = row.split(" | ");
                Some((cols.next()?, cols.next()?, cols.next()?))
            })
            .filter(|row| *row != ("text", "span", "value"))
            .collect()
    }

    /// Every grammar family's documented examples read as documented:
    /// the span is found with that value.
    #[test]
    fn every_family_example_reads_as_documented() {
        let mut failures = Vec::new();
        for (family, source) in FAMILIES {
            let rows = examples(source);
            assert!(rows.len() >= 4, "{family}: too few examples");
            for (text, span, value) in rows {
                let got = find(text, "2025-12-05".parse().ok(), true);
                if !got.iter().any(|t| t.text == span && t.value == value) {
                    let got: Vec<(String, String)> =
                        got.into_iter().map(|t| (t.text, t.value)).collect();
                    failures.push(format!(
                        "{family}: {text:?} want ({span:?}, {value:?}) got {got:?}"
                    ));
                }
            }
        }
        assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    }
}
