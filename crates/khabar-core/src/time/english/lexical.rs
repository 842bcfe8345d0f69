//! Words and phrases straight from the lexicon: "now", "the past",
//! "Christmas", "daily", "today", "tonight", "noon".
//!
//! Examples, read against 2025-12-05 (a Friday) and replayed by
//! `every_family_example_reads_as_documented` in `time/mod.rs`:
//!
//! | text | span | value |
//! |---|---|---|
//! | Trains run daily. | daily | P1D |
//! | He is here right now. | right now | PRESENT_REF |
//! | Shops shut on Christmas. | Christmas | 2025-12-25 |
//! | She left yesterday. | yesterday | 2025-12-04 |
//! | See you tonight. | tonight | 2025-12-05TNI |
//! | The vote is at noon. | noon | 2025-12-05T12:00 |
//! | It took a long time. | a long time | PXY |

use super::super::grammar::{Parse, Sem, Tod, G};
use super::super::lexicon::Class;
use super::super::lexicon::Lex;
use super::clocks::noon_day;
use super::counts::rate_before;
use super::{noun_ends_phrase, opens_sentence};

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

/// Is the frequency word at `i` ("daily", "weekly") an adverb or an
/// adjective rather than a newspaper ("the Hindi daily", "Daily Mail")?
pub(super) fn frequency_word(g: &G<'_>, i: usize) -> bool {
    let first_in_clause = i == 0 || !g.same_clause(i - 1, i) || g.w(i - 1).is_empty();
    if g.cap(i) && !first_in_clause {
        return false;
    }
    let prev = if i > 0 { g.w(i - 1) } else { "" };
    let next = g.w(i + 1);
    let modifies = !next.is_empty() && g.same_clause(i, i + 1) && !g.cap(i + 1);
    if modifies && !g.is(i + 1, Class::NounFollower) {
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
        || (i > 0 && g.is(i - 1, Class::PaperAdjective)))
}

/// Does an amount end at token `k`: a number, a percentage, "million",
/// or a plural noun counted by a number ("10,000 units")?
pub(super) fn after_amount(g: &G<'_>, k: usize) -> bool {
    let w = g.w(k);
    g.num(k).is_some()
        || g.punct(k) == Some('%')
        || matches!(
            w,
            "percent" | "pct" | "million" | "billion" | "trillion" | "crore" | "lakh" | "thousand"
        )
        || (k > 0 && g.num(k - 1).is_some() && g.unit(k).is_none() && rate_before(g, k))
}
