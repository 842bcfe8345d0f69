//! The English grammar: absolute dates, relative dates, times, durations
//! and sets, with TimeML span boundaries ("on", "in", "by" stay outside;
//! "the" of "the third quarter" is inside).
//!
//! One family of forms per file: [`lexical`] (words and phrases straight
//! from the lexicon), [`dates`] (calendar dates), [`years`] (years,
//! fiscal years, quarters), [`relative`] (weekdays, seasons, "last week",
//! "that day"), [`clocks`] (times of day), [`counts`] (durations, "two
//! days ago", sets) and [`the_forms`] (everything that starts with "the").
//! [`parse`] offers each family the position and keeps the longest.
//!
//! Examples, read against 2025-12-05 (a Friday) and replayed by
//! `every_family_example_reads_as_documented` in `time/mod.rs`:
//!
//! | text | span | value |
//! |---|---|---|
//! | Growth slowed in early 2024. | early 2024 | 2024 |
//! | Polls close in mid-June. | mid-June | 2025-06 |
//! | Prices fell late last year. | late last year | 2024 |
//! | Rain fell earlier this month. | earlier this month | 2025-12 |

mod clocks;
mod counts;
mod dates;
mod lexical;
mod relative;
mod the_forms;
mod years;

pub(crate) use lexical::lexical;

pub(crate) use years::year_context_ok;

use super::grammar::{longer, longest, Parse, Sem, G};
use super::lexicon::Class;
use super::lexicon::Lex;
use clocks::{clock, noon_day};
use counts::{count, set};
use dates::{day_first, month_first, numeric, range_second};
use relative::{current, relative, season, that, weekday};
use the_forms::the_forms;
use years::{bare_century, fiscal, quarter, spoken_year, year};

/// The longest English temporal expression starting at token `i`.
pub(crate) fn parse(g: &G<'_>, i: usize) -> Option<Parse> {
    let the = if g.w(i) == "the" {
        the_forms(g, i)
    } else {
        None
    };
    let best = longer(lexical(g, i), the);
    longer(longer(best, modified(g, i)), core(g, i))
}

/// Everything but the modifiers and "the …" forms.
fn core(g: &G<'_>, i: usize) -> Option<Parse> {
    longest([
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
    ])
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

/// Does the phrase ending before `end` end a noun phrase: nothing, a
/// mark, a new clause or a function word follows?
fn noun_ends_phrase(g: &G<'_>, end: usize) -> bool {
    let next = g.w(end);
    next.is_empty() || !g.same_clause(end.saturating_sub(1), end) || g.is(end, Class::NounFollower)
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
