//! Events: happenings with a date, and the document's timeline.
//!
//! An event is a trigger from `data/events/triggers.tsv` (met, visited,
//! signed, departed, arrived, said, began, launched, held; मुलाकात की, रवाना
//! हुए, बैठक की, दौरे पर, यात्रा, सह-अध्यक्षता) in a sentence, with
//!
//! - its **date**: the value of the nearest datable timex of the sentence
//!   (the time stage has already resolved relative and chained expressions).
//!   A reporting verb ("said", "कहा") takes a timex only when it is right
//!   next to it ("said on Thursday"), else the document date. A noun trigger
//!   ("visit", "यात्रा") with no date is no event. "Five months after X"
//!   (a duration followed by after/बाद) dates the noun triggers before it
//!   that long before the document date, at the duration's granularity;
//! - its **participants**: the PERSON and ORG entities named in the sentence;
//! - its **place**: a GPE, LOC or FAC named with a locative ("in Moscow",
//!   "मॉस्को में") or, for visits, as the destination ("visit to India",
//!   "रूस की यात्रा");
//! - its **text**: the sentence.
//!
//! One sentence gives at most one trigger-list event per date: a finite
//! verb wins over a noun, and reporting verbs only count when nothing else
//! happens in the sentence.
//!
//! **Learned events (English).** Beside the trigger list, English sentences
//! go through the TimeML detector of [`timeml`] (trained on TimeBank +
//! AQUAINT): "rebounded", "fell", "the sale", "the merger" are events the
//! list never named. Each gets its TimeML class, an anchor and its
//! relation to it: the rules of [`anchor`] (a timex of its clause, a
//! framing "On Monday, …", the document date for reports and present
//! perfects) where they fire, else the learned link model of [`tlink`]
//! (a timex of its sentence or the document date, with includes /
//! is_included / before / after / simultaneous). Every detected event is an
//! entry, but only the rules' anchors date one: the rest ("is",
//! "expected", a past "unveiled" before the document date) stays undated
//! and off the timeline, and no date is guessed. Its participants are
//! the PERSON and ORG entities of its own clause (coordination kept:
//! "Toyota and Ford"), not of the whole sentence. Hindi sentences go through the
//! lexicon detector of [`hindi`] (light-verb constructions: "घोषणा की",
//! "बाढ़ आई") in its place, with the same anchoring and participants.
//!
//! Every event has a `class` (trigger-list events take the detector's
//! class when it tagged the trigger, else REPORTING for speech and
//! OCCURRENCE), an `anchor` (the id of the timex its date comes from,
//! "dct" for the document's, or null) and an `anchor_rel`; an English
//! trigger-list event nothing dates is anchored by the link model and
//! stays undated.
//!
//! Events are numbered "v1", "v2", … in text order; the document's
//! timeline is [`timeline::document_timeline`].

mod anchor;
pub mod hindi;
pub mod rows;
pub mod timeline;
pub mod timeml;
pub mod tlink;

use crate::calendar::sort_key;
use crate::clause::dates::{place_near, Dates};
use crate::clause::triggers::{Found, Triggers};
use crate::clause::MAX_SENTENCE;
use crate::context::shared::Shared;
use crate::context::{Context, Plain};
use crate::model::{Entity, EntityType, Event, Timex, TimexType};
use crate::text::words::is_hindi;
use anchor::Anchor;

/// Finds the dated happenings of a document, in text order.
pub fn find(ctx: &Context<'_>, entities: &[Entity], timexes: &[Timex]) -> Vec<Event> {
    find_shared(ctx, &Shared::new(ctx, entities), timexes)
}

/// [`find`] with the document's tokens and mentions already made.
pub(crate) fn find_shared(ctx: &Context<'_>, shared: &Shared<'_>, timexes: &[Timex]) -> Vec<Event> {
    let text = ctx.text;
    let trig = Triggers::shared();
    let mentions = &shared.mentions;
    let reference = ctx.reference.map(|d| d.to_string());
    let in_embed = |a: usize, b: usize| ctx.embeds.iter().any(|e| a < e.end && e.start < b);
    let timex_id = |i: usize| {
        timexes
            .get(i)
            .filter(|t| !t.id.is_empty())
            .map_or_else(|| format!("t{}", i + 1), |t| t.id.clone())
    };
    let all = &shared.words.all;
    let collecting = tlink::collecting();
    let mut out = Vec::new();
    for &(a, b) in &shared.units {
        // No real sentence is this long; a run-on blob is not worth a
        // quadratic look at its triggers and mentions.
        if in_embed(a, b) || b - a > MAX_SENTENCE {
            continue;
        }
        let toks = shared.words.range(a, b);
        // The learned English detector, or the Hindi lexicon's (light-verb
        // constructions, verbs, event nouns: `hindi`), in the same shape.
        let english = !is_hindi(text.get(a..b).unwrap_or(""));
        let tagged = if !english {
            // What comes before the ergative subject ("… पर गए राजनाथ सिंह
            // ने …") describes the subject; the sentence's events follow it.
            let subject_at = toks
                .iter()
                .find(|t| t.norm.as_str() == "ने")
                .map_or(a, |t| t.start);
            hindi::find(text, &toks)
                .into_iter()
                .filter(|h| h.start >= subject_at)
                .filter_map(|h| {
                    let class = timeml::CLASSES
                        .iter()
                        .position(|c| *c == h.class.as_str())?;
                    Some(timeml::Tagged {
                        start: h.start,
                        end: h.end,
                        token: all.partition_point(|t| t.start < h.start),
                        class,
                    })
                })
                .collect()
        } else {
            let i = all.partition_point(|t| t.start < a);
            let j = all.partition_point(|t| t.start < b);
            timeml::tag(text, all, i..j)
        };
        let found = trig.find(&toks);
        if found.is_empty() && tagged.is_empty() {
            continue;
        }
        // Timexes come in text order: find the sentence's by binary search.
        let first = timexes.partition_point(|t| t.start < a);
        let local: Vec<&Timex> = timexes[first..]
            .iter()
            .take_while(|t| t.start < b)
            .filter(|t| t.end <= b)
            .collect();
        let index_at =
            |start: usize| first + local.iter().position(|t| t.start == start).unwrap_or(0);
        let dates = Dates::new(&local, &toks, reference.as_deref());
        let slots: Vec<anchor::Slot> = local
            .iter()
            .enumerate()
            .map(|(k, t)| anchor::Slot {
                from: toks.partition_point(|x| x.start < t.start),
                to: toks.partition_point(|x| x.start < t.end),
                index: first + k,
                datable: datable(t, reference.as_deref()).is_some(),
                kind: t.kind,
            })
            .collect();
        // (token, class) of the detected events, for the link features.
        let events_at: Vec<(usize, usize)> = tagged
            .iter()
            .map(|g| (toks.partition_point(|x| x.start < g.start), g.class))
            .collect();
        let at = |ev: usize, class: usize| tlink::EventAt {
            toks: &toks,
            ev,
            class,
            events: &events_at,
        };
        if collecting && english {
            for &(ev, class) in &events_at {
                let Some(t) = toks.get(ev) else { continue };
                let rule = anchor::anchor_rule(
                    &toks,
                    ev,
                    &slots,
                    timeml::CLASSES.get(class) == Some(&"REPORTING"),
                );
                let cands = tlink::candidates(&at(ev, class), &slots, rule, None);
                let rule = rule.and_then(|(r, kind)| {
                    cands.iter().position(|c| c.anchor == r).map(|k| (k, kind))
                });
                let candidates = cands
                    .into_iter()
                    .map(|c| {
                        let span = match c.anchor {
                            Anchor::Timex(i) => timexes.get(i).map(|t| (t.start, t.end)),
                            Anchor::Dct => None,
                        };
                        (span, c.feats)
                    })
                    .collect();
                tlink::collect(tlink::LinkExample {
                    start: t.start,
                    end: t.end,
                    candidates,
                    rule,
                });
            }
        }
        // (date, trigger, anchor)
        let mut picked: Vec<(Option<String>, Found, Option<String>)> = Vec::new();
        for pass_reports in [false, true] {
            if pass_reports && !picked.is_empty() {
                break;
            }
            for (n, f) in found.iter().enumerate() {
                let t = &trig.list[f.trigger];
                let report = t.kind == "report";
                if report != pass_reports {
                    continue;
                }
                if report
                    && f.from > 0
                    && NOT_BEFORE_REPORT.contains(&toks[f.from - 1].norm.as_str())
                {
                    continue;
                }
                let (s, e) = (toks[f.from].start, toks[f.to - 1].end);
                let max = if report { 24 } else { usize::MAX };
                let mut date = dates
                    .nearest_at(s, e, max)
                    .map(|(at, v)| (v, Some(timex_id(index_at(at)))));
                if date.is_none() && !t.verb {
                    let next = found.get(n + 1).map_or(usize::MAX, |g| toks[g.from].start);
                    date = after_duration(text, &local, e, next, reference.as_deref())
                        .map(|(v, at)| (v, Some(timex_id(index_at(at)))));
                }
                if date.is_none() {
                    if report {
                        date = reference.clone().map(|r| (r, Some("dct".to_string())));
                    } else if !t.verb {
                        continue;
                    } else if anchor::perfect(&toks, f.to - 1) {
                        // "has departed": done by the time of writing.
                        date = reference.clone().map(|r| (r, Some("dct".to_string())));
                    }
                }
                let (date, anchor) = match date {
                    Some((d, a)) => (Some(d), a),
                    None => (None, None),
                };
                picked.push((date, *f, anchor));
            }
        }
        // One event per date: verbs over nouns, then text order.
        crate::util::sort::sort_by_key(&mut picked, |(d, f, _)| {
            (d.clone(), !trig.list[f.trigger].verb, f.from)
        });
        picked.dedup_by(|x, y| x.0 == y.0);
        crate::util::sort::sort_by_key(&mut picked, |(_, f, _)| f.from);
        // (position of the trigger, event) of this sentence.
        let mut here: Vec<(usize, usize, Event)> = Vec::new();
        for (date, f, mut anchor) in picked {
            let t = &trig.list[f.trigger];
            let (ts, te) = (toks[f.from].start, toks[f.to - 1].end);
            let tagged_here = tagged.iter().find(|g| g.start < te && ts < g.end);
            let anchor_rel = if english {
                let ev =
                    tagged_here.map_or(f.from, |g| toks.partition_point(|x| x.start < g.start));
                let class = tagged_here.map_or(usize::from(t.kind == "report"), |g| g.class);
                let e = at(ev, class);
                match anchor.as_deref() {
                    // A report or a present perfect on the document date.
                    Some("dct") => Some(0),
                    Some(id) => {
                        let i = (first..first + local.len()).find(|&i| timex_id(i) == id);
                        i.map(|i| tlink::relation(&e, &slots, Anchor::Timex(i)))
                    }
                    // Nothing dated it: the link model anchors it, and
                    // it stays undated (no date is guessed).
                    None => {
                        let d = tlink::decide(&e, &slots);
                        anchor = Some(anchored(d.anchor, timexes, None, &timex_id).1);
                        Some(d.rel)
                    }
                }
            } else {
                anchor.as_deref().map(|a| usize::from(a != "dct"))
            };
            let place = place_near(text, &toks, mentions, f, &t.kind);
            let mut participants: Vec<String> = Vec::new();
            for m in mentions.within(a, b) {
                if matches!(mentions.kind(&m), EntityType::Person | EntityType::Org) {
                    if let Some(id) = mentions.id(m.entity) {
                        if !participants.contains(&id) {
                            participants.push(id);
                        }
                    }
                }
            }
            let class = tagged_here.map_or(
                if t.kind == "report" {
                    "REPORTING"
                } else {
                    "OCCURRENCE"
                },
                |g| timeml::CLASSES[g.class],
            );
            here.push((
                ts,
                te,
                Event {
                    id: String::new(),
                    date,
                    start: a,
                    end: b,
                    text: text.get(a..b).unwrap_or("").to_string(),
                    trigger: text.get(ts..te).unwrap_or("").to_string(),
                    participants,
                    place: place.and_then(|e| mentions.id(e)),
                    class: class.to_string(),
                    anchor,
                    anchor_rel: anchor_rel
                        .and_then(|k| tlink::RELS.get(k))
                        .map(|r| r.to_string()),
                },
            ));
        }
        // The learned detector's events beyond the trigger list, each
        // anchored (see `tlink`; Hindi: the rules of `anchor`).
        for g in &tagged {
            if here.iter().any(|(ts, te, _)| *ts < g.end && g.start < *te) {
                continue;
            }
            let ev = toks.partition_point(|x| x.start < g.start);
            let reporting = timeml::CLASSES[g.class] == "REPORTING";
            // "the said land": an adjective, not a report.
            if reporting && ev > 0 && toks.get(ev - 1).is_some_and(|t| t.norm.as_str() == "the") {
                continue;
            }
            // English: the link model, where the rules (same clause,
            // framing adjunct, report or present perfect on the document
            // date) are silent; only the rules' anchors date the event,
            // as before: "posted" with nothing to date it is anchored to
            // the document date as before it, and undated. Hindi: the
            // rules.
            let (anchor, rel, dated) = if english {
                let d = tlink::decide(&at(ev, g.class), &slots);
                (d.anchor, d.rel, d.by_rule)
            } else {
                let Some((a, _)) = anchor::anchor_rule(&toks, ev, &slots, reporting) else {
                    continue;
                };
                (a, usize::from(a != Anchor::Dct), true)
            };
            let (date, anchor) = anchored(anchor, timexes, reference.as_deref(), &timex_id);
            let date = date.filter(|_| dated);
            let (cf, ct) = anchor::clause(&toks, ev);
            let (cs, ce) = (
                toks.get(cf).map_or(a, |t| t.start),
                toks.get(ct.saturating_sub(1)).map_or(b, |t| t.end),
            );
            let mut participants: Vec<String> = Vec::new();
            for m in mentions.within(cs, ce) {
                if matches!(mentions.kind(&m), EntityType::Person | EntityType::Org) {
                    if let Some(id) = mentions.id(m.entity) {
                        if !participants.contains(&id) {
                            participants.push(id);
                        }
                    }
                }
            }
            let f = Found {
                from: ev,
                to: ev + 1,
                trigger: 0,
            };
            let place = place_near(text, &toks, mentions, f, "");
            here.push((
                g.start,
                g.end,
                Event {
                    id: String::new(),
                    date,
                    start: a,
                    end: b,
                    text: text.get(a..b).unwrap_or("").to_string(),
                    trigger: text.get(g.start..g.end).unwrap_or("").to_string(),
                    participants,
                    place: place.and_then(|e| mentions.id(e)),
                    class: timeml::CLASSES[g.class].to_string(),
                    anchor: Some(anchor),
                    anchor_rel: tlink::RELS.get(rel).map(|r| r.to_string()),
                },
            ));
        }
        crate::util::sort::sort_by_key(&mut here, |(at, _, _)| *at);
        out.extend(here.into_iter().map(|(_, _, e)| e));
    }
    // The same happening told twice (the lead and a quoted post): same kind,
    // date and participants; keep the first telling.
    // A set, not a list: a 5 MB article has thousands of events.
    let mut seen: std::collections::HashSet<(String, Option<String>, Vec<String>)> =
        std::collections::HashSet::new();
    out.retain(|e| {
        let trigger = e.trigger.to_lowercase();
        let kind = trig
            .list
            .iter()
            .find(|t| joined_eq(&t.words, &trigger))
            .map_or(trigger, |t| t.kind.clone());
        if kind == "report"
            || e.class == "REPORTING"
            || e.participants.is_empty()
            || e.date.is_none()
        {
            return true;
        }
        let mut parts = e.participants.clone();
        crate::util::sort::sort(&mut parts);
        seen.insert((kind, e.date.clone(), parts))
    });
    for (i, e) in out.iter_mut().enumerate() {
        e.id = format!("v{}", i + 1);
    }
    out
}

/// The date an anchor gives (when the relation lets it date the event)
/// and its id.
fn anchored(
    anchor: Anchor,
    timexes: &[Timex],
    reference: Option<&str>,
    timex_id: &dyn Fn(usize) -> String,
) -> (Option<String>, String) {
    match anchor {
        Anchor::Timex(i) => (
            timexes.get(i).and_then(|t| datable(t, reference)),
            timex_id(i),
        ),
        Anchor::Dct => (reference.map(str::to_string), "dct".to_string()),
    }
}

/// The date a timex gives: its value when it names a point in time
/// ("PRESENT_REF" is the document date).
fn datable(t: &Timex, reference: Option<&str>) -> Option<String> {
    if !matches!(t.kind, TimexType::Date | TimexType::Time) {
        return None;
    }
    if t.value == "PRESENT_REF" {
        return reference.map(str::to_string);
    }
    sort_key(&t.value).map(|_| t.value.clone())
}

/// Whether `words` joined with single spaces is `s`, without joining them.
fn joined_eq(words: &[String], s: &str) -> bool {
    let mut rest = s;
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            let Some(r) = rest.strip_prefix(' ') else {
                return false;
            };
            rest = r;
        }
        let Some(r) = rest.strip_prefix(w.as_str()) else {
            return false;
        };
        rest = r;
    }
    rest.is_empty()
}

/// Words that make a following "said" no speech ("the said land").
const NOT_BEFORE_REPORT: &[&str] = &["the", "be", "been", "is", "was", "were", "are"];

/// "… X के पांच महीने बाद", "five months after X": a duration timex after the
/// trigger, followed or preceded by after/बाद/later, dates X that long
/// before the document date.
fn after_duration(
    text: &str,
    local: &[&Timex],
    e: usize,
    next_trigger: usize,
    reference: Option<&str>,
) -> Option<(String, usize)> {
    let date: jiff::civil::Date = reference?.parse().ok()?;
    for t in local {
        if t.start < e || t.start > next_trigger || t.kind != TimexType::Duration {
            continue;
        }
        let following: String = text.get(t.end..).unwrap_or("").chars().take(8).collect();
        let around = format!("{} {}", t.text, following);
        if !["बाद", "after", "later"].iter().any(|w| around.contains(w)) {
            continue;
        }
        let v = t.value.strip_prefix('P')?;
        let unit = v.chars().last()?;
        let n: i64 = v.get(..v.len() - 1)?.parse().ok()?;
        let span = match unit {
            'Y' => jiff::Span::new().years(n),
            'M' => jiff::Span::new().months(n),
            'W' => jiff::Span::new().weeks(n),
            'D' => jiff::Span::new().days(n),
            _ => return None,
        };
        let then = date.checked_sub(span).ok()?;
        let value = match unit {
            'Y' => format!("{:04}", then.year()),
            'M' => format!("{:04}-{:02}", then.year(), then.month()),
            _ => then.to_string(),
        };
        return Some((value, t.start));
    }
    None
}

/// Runs [`find`] on plain text with a reference date: for tests and tools
/// that bring their own entities and timexes.
pub fn find_in_text(
    text: &str,
    entities: &[Entity],
    timexes: &[Timex],
    reference: Option<&str>,
) -> Vec<Event> {
    let plain = Plain::new(text);
    let ctx = plain
        .context()
        .with_reference(reference.and_then(|r| r.parse().ok()));
    find(&ctx, entities, timexes)
}

#[cfg(test)]
mod tests {
    use super::joined_eq;

    #[test]
    fn joined_eq_is_join_then_compare() {
        let w = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<String>>();
        let table: &[(&[&str], &str)] = &[
            (&["met"], "met"),
            (&["met"], "met "),
            (&["met"], "me"),
            (&["held", "talks"], "held talks"),
            (&["held", "talks"], "held  talks"),
            (&["held", "talks"], "heldtalks"),
            (&["held", "talks"], "held talk"),
            (&["मुलाकात", "की"], "मुलाकात की"),
            (&[], ""),
            (&[], " "),
            (&["", ""], " "),
        ];
        for &(words, s) in table {
            let words = w(words);
            assert_eq!(
                joined_eq(&words, s),
                words.join(" ") == s,
                "{words:?} {s:?}"
            );
        }
    }
}
