//! TimeML events: the gold reader, the frozen dev split of TBAQ, and the
//! scores of `khabar-eval events` and `khabar-eval anchoring`.
//!
//! **The frozen split.** The TempEval-3 training data (TimeBank + AQUAINT,
//! 256 files) has no dev part, so one is fixed here: a document is dev when
//! the FNV-1a hash of its file name (without `.tml`) is 0 mod 5 ([`is_dev`]),
//! about a fifth of the documents. `khabar-train events` never trains on
//! them; the list is printed by `khabar-eval events --list`.
//!
//! **Events.** Each gold `<EVENT>` against the events khabar's tagger
//! finds in the TimeML text (with the `<DCT>` date as the reference):
//! strict = same span, relaxed = overlapping spans; class accuracy over the
//! relaxed matches.
//!
//! **Anchoring.** For each gold event with a TLINK to a timex, the full
//! pipeline's anchor of the event found at that place must be one of the
//! timexes it is linked to: a khabar timex overlapping the gold one, or
//! "dct" for the document time (`t0`). Events khabar did not find, and
//! gold timexes khabar did not find, count as misses. Reported twice: all
//! links, and links to timexes in the text (not the DCT). Where the anchor
//! is right, the event's `anchor_rel` is scored against the relation of
//! that gold link (seen from the event, TimeML's relations folded into
//! includes / is_included / before / after / simultaneous).

use crate::corpus::{attr, decode, element, iso_date};
use crate::score::{f1, ratio};
use std::collections::HashMap;
use std::path::Path;

/// A gold TimeML event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoldEvent {
    pub eid: String,
    pub class: String,
    /// Byte range in [`EventDoc::text`].
    pub start: usize,
    pub end: usize,
}

/// A gold TIMEX3 of the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoldTimex {
    pub tid: String,
    pub start: usize,
    pub end: usize,
}

/// A TimeML document with its events, timexes and event–timex links.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EventDoc {
    pub id: String,
    /// The TEXT element with its tags stripped.
    pub text: String,
    pub dct: Option<String>,
    pub events: Vec<GoldEvent>,
    pub timexes: Vec<GoldTimex>,
    /// (eid, tid, relType): every TLINK between an event and a timex,
    /// the relation seen from the event (a link written time-first,
    /// `timeID` … `relatedToEventInstance`, is inverted: the DCT
    /// IS_INCLUDED in "said" is "said" INCLUDES the DCT); `tid` is "t0"
    /// (or the DCT's own tid) for the document time.
    pub links: Vec<(String, String, String)>,
    /// The tid of the DCT.
    pub dct_tid: Option<String>,
}

/// FNV-1a of a file name: the split key.
pub fn split_hash(id: &str) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for &b in id.as_bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

/// Whether a TBAQ document (file name without `.tml`) is in the frozen dev
/// split.
pub fn is_dev(id: &str) -> bool {
    split_hash(id) % 5 == 0
}

/// Reads a TimeML file.
pub fn read_events_doc(id: &str, xml: &str) -> Result<EventDoc, String> {
    let dct_el = element(xml, "DCT");
    let dct = dct_el
        .and_then(|d| attr(d, "value"))
        .and_then(|v| iso_date(&v));
    let dct_tid = dct_el.and_then(|d| attr(d, "tid"));
    let body = element(xml, "TEXT")
        .ok_or_else(|| format!("{id}: expected a <TEXT> element, found none"))?;
    let mut text = String::with_capacity(body.len());
    let mut events = Vec::new();
    let mut timexes = Vec::new();
    // (name, attrs, start)
    let mut open: Vec<(String, String, usize)> = Vec::new();
    let mut rest = body;
    while let Some(i) = rest.find(['<', '&']) {
        text.push_str(&rest[..i]);
        rest = &rest[i..];
        if rest.starts_with('&') {
            match rest.find(';').filter(|&e| e <= 10) {
                Some(e) => {
                    text.push_str(&decode(&rest[..=e]));
                    rest = &rest[e + 1..];
                }
                None => {
                    text.push('&');
                    rest = &rest[1..];
                }
            }
            continue;
        }
        let Some(close) = rest.find('>') else {
            text.push('<');
            rest = &rest[1..];
            continue;
        };
        let tag = &rest[1..close];
        rest = &rest[close + 1..];
        let name = tag
            .trim_start_matches('/')
            .split(|c: char| c.is_whitespace() || c == '/')
            .next()
            .unwrap_or("")
            .to_string();
        if tag.starts_with('/') {
            if let Some(k) = open.iter().rposition(|(n, _, _)| *n == name) {
                let (n, attrs, start) = open.remove(k);
                let end = text.len();
                if n == "EVENT" {
                    events.push(GoldEvent {
                        eid: attr(&attrs, "eid").unwrap_or_default(),
                        class: attr(&attrs, "class").unwrap_or_default(),
                        start,
                        end,
                    });
                } else if n == "TIMEX3" {
                    timexes.push(GoldTimex {
                        tid: attr(&attrs, "tid").unwrap_or_default(),
                        start,
                        end,
                    });
                }
            }
        } else if !tag.ends_with('/') {
            open.push((name, tag.to_string(), text.len()));
        }
    }
    text.push_str(rest);
    events.sort_by_key(|e| e.start);
    timexes.sort_by_key(|t| t.start);
    // Instances and links come after TEXT.
    let mut instance: HashMap<String, String> = HashMap::new();
    let mut links = Vec::new();
    let tags = |name: &'static str| {
        let open = format!("<{name} ");
        xml.match_indices(open.as_str())
            .filter_map(|(at, _)| xml.get(at..).and_then(|r| r.find('>').map(|e| &r[..e])))
            .collect::<Vec<&str>>()
    };
    for t in tags("MAKEINSTANCE") {
        if let (Some(ei), Some(e)) = (attr(t, "eiid"), attr(t, "eventID")) {
            instance.insert(ei, e);
        }
    }
    for t in tags("TLINK") {
        let rel = attr(t, "relType").unwrap_or_default();
        let pair = match (
            attr(t, "eventInstanceID"),
            attr(t, "relatedToTime"),
            attr(t, "timeID"),
            attr(t, "relatedToEventInstance"),
        ) {
            (Some(ei), Some(tid), _, _) => Some((ei, tid, rel)),
            (_, _, Some(tid), Some(ei)) => Some((ei, tid, inverse(&rel).to_string())),
            _ => None,
        };
        if let Some((ei, tid, rel)) = pair {
            if let Some(eid) = instance.get(&ei) {
                links.push((eid.clone(), tid, rel));
            }
        }
    }
    Ok(EventDoc {
        id: id.to_string(),
        text,
        dct,
        events,
        timexes,
        links,
        dct_tid,
    })
}

/// The TimeML relation seen from the other side.
pub fn inverse(rel: &str) -> &str {
    match rel {
        "BEFORE" => "AFTER",
        "AFTER" => "BEFORE",
        "IBEFORE" => "IAFTER",
        "IAFTER" => "IBEFORE",
        "INCLUDES" => "IS_INCLUDED",
        "IS_INCLUDED" => "INCLUDES",
        "BEGINS" => "BEGUN_BY",
        "BEGUN_BY" => "BEGINS",
        "ENDS" => "ENDED_BY",
        "ENDED_BY" => "ENDS",
        "DURING" => "DURING_INV",
        "DURING_INV" => "DURING",
        r => r,
    }
}

/// Every `.tml` of `TimeBank/` and `AQUAINT/` under `dir`, in file-name
/// order.
pub fn read_tbaq(dir: &Path) -> Result<Vec<EventDoc>, String> {
    let mut files = Vec::new();
    for sub in ["TimeBank", "AQUAINT"] {
        let d = dir.join(sub);
        let entries =
            std::fs::read_dir(&d).map_err(|e| format!("cannot read {}: {e}", d.display()))?;
        for e in entries.flatten() {
            let p = e.path();
            if p.extension().is_some_and(|x| x == "tml") {
                files.push(p);
            }
        }
    }
    files.sort_by(|a, b| a.file_name().cmp(&b.file_name()));
    let mut out = Vec::new();
    for p in files {
        let id = p
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let xml =
            std::fs::read_to_string(&p).map_err(|e| format!("cannot read {}: {e}", p.display()))?;
        out.push(read_events_doc(&id, &xml)?);
    }
    Ok(out)
}

/// Event detection figures.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EventScores {
    pub docs: usize,
    pub gold: usize,
    pub predicted: usize,
    pub strict: usize,
    pub relaxed_gold: usize,
    pub relaxed_pred: usize,
    pub class_right: usize,
}

impl EventScores {
    /// (precision, recall, F1), relaxed.
    pub fn relaxed(&self) -> (f64, f64, f64) {
        let p = ratio(self.relaxed_pred, self.predicted);
        let r = ratio(self.relaxed_gold, self.gold);
        (p, r, f1(p, r))
    }
    /// (precision, recall, F1), strict.
    pub fn strict(&self) -> (f64, f64, f64) {
        let p = ratio(self.strict, self.predicted);
        let r = ratio(self.strict, self.gold);
        (p, r, f1(p, r))
    }
    /// Right classes over relaxed matches of gold events.
    pub fn class_accuracy(&self) -> f64 {
        ratio(self.class_right, self.relaxed_gold)
    }
}

/// Scores predicted (start, end, class) spans against a document's gold.
pub fn score_events(doc: &EventDoc, predicted: &[(usize, usize, String)], s: &mut EventScores) {
    s.docs += 1;
    s.gold += doc.events.len();
    s.predicted += predicted.len();
    for g in &doc.events {
        if predicted.iter().any(|p| p.0 == g.start && p.1 == g.end) {
            s.strict += 1;
        }
        if let Some(p) = predicted.iter().find(|p| p.0 < g.end && g.start < p.1) {
            s.relaxed_gold += 1;
            if p.2 == g.class {
                s.class_right += 1;
            }
        }
    }
    for p in predicted {
        if doc.events.iter().any(|g| p.0 < g.end && g.start < p.1) {
            s.relaxed_pred += 1;
        }
    }
}

/// Anchoring figures: (right, total) over all links, and over links to
/// timexes of the text; and the relation right over the right anchors.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AnchorScores {
    pub all: (usize, usize),
    pub text: (usize, usize),
    /// (relation right, anchors right that have a relation): the
    /// relation of the gold link to the chosen anchor, folded as in
    /// `khabar_core::events::tlink::rel_index`.
    pub rel: (usize, usize),
    /// Gold events with a link whose event khabar did not find.
    pub unfound: usize,
}

/// A found event: (start, end, anchor, relation to the anchor).
pub type FoundEvent = (usize, usize, Option<String>, Option<String>);

/// Scores khabar's anchors of one document. `found` are khabar's events,
/// `timexes` khabar's timexes as (id, start, end).
pub fn score_anchors(
    doc: &EventDoc,
    found: &[FoundEvent],
    timexes: &[(String, usize, usize)],
    s: &mut AnchorScores,
) {
    for g in &doc.events {
        let Some(m) = match_anchor(doc, g, found, timexes) else {
            continue;
        };
        if m.hit.is_none() {
            s.unfound += 1;
        }
        let right = m.link.is_some();
        if let (Some((_, gold)), Some(rel)) = (m.link, m.hit.and_then(|p| p.3.as_deref())) {
            s.rel.1 += 1;
            let gold = khabar_core::events::tlink::rel_index(gold);
            if gold.and_then(|k| khabar_core::events::tlink::RELS.get(k)) == Some(&rel) {
                s.rel.0 += 1;
            }
        }
        s.all.1 += 1;
        if right {
            s.all.0 += 1;
        }
        if m.in_text {
            s.text.1 += 1;
            if right {
                s.text.0 += 1;
            }
        }
    }
}

/// One gold event with its links to timexes, against khabar's events.
struct AnchorMatch<'a> {
    /// (tid, relType) of each of its gold links.
    linked: Vec<(&'a str, &'a str)>,
    /// One of them is to a timex of the text, not the DCT.
    in_text: bool,
    /// Khabar's event at its place.
    hit: Option<&'a FoundEvent>,
    /// The gold link khabar's anchor matches, if any.
    link: Option<(&'a str, &'a str)>,
}

/// How khabar anchored the gold event `g`; `None` when it has no link to
/// a timex.
fn match_anchor<'a>(
    doc: &'a EventDoc,
    g: &GoldEvent,
    found: &'a [FoundEvent],
    timexes: &[(String, usize, usize)],
) -> Option<AnchorMatch<'a>> {
    let dct_tid = doc.dct_tid.as_deref().unwrap_or("t0");
    let linked: Vec<(&str, &str)> = doc
        .links
        .iter()
        .filter(|l| l.0 == g.eid)
        .map(|l| (l.1.as_str(), l.2.as_str()))
        .collect();
    if linked.is_empty() {
        return None;
    }
    let in_text = linked.iter().any(|t| t.0 != dct_tid && t.0 != "t0");
    let hit = found.iter().find(|p| p.0 < g.end && g.start < p.1);
    let link = match hit.and_then(|p| p.2.as_deref()) {
        Some("dct") => linked
            .iter()
            .find(|t| t.0 == dct_tid || t.0 == "t0")
            .copied(),
        Some(a) => timexes.iter().find(|t| t.0 == a).and_then(|&(_, ks, ke)| {
            linked
                .iter()
                .find(|(tid, _)| {
                    doc.timexes
                        .iter()
                        .any(|gt| gt.tid == *tid && gt.start < ke && ks < gt.end)
                })
                .copied()
        }),
        None => None,
    };
    Some(AnchorMatch {
        linked,
        in_text,
        hit,
        link,
    })
}

/// Where `word` stands in `text` as a whole word for the `nth` time (0
/// first).
pub fn word_at(text: &str, word: &str, nth: usize) -> Option<usize> {
    if word.is_empty() {
        return None;
    }
    text.match_indices(word)
        .filter(|&(k, _)| {
            let before = text[..k].chars().next_back();
            let after = text[k + word.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
        .nth(nth)
        .map(|(k, _)| k)
}

/// `khabar-eval events` and `khabar-eval anchoring` on the frozen dev
/// split: the lines of the report, or why not.
pub fn report(
    dir: &Path,
    what: &str,
    list: bool,
    errors: usize,
    train: bool,
) -> Result<String, String> {
    let docs = read_tbaq(&dir.join("en-timex-tempeval3"))?;
    // `--train`: the other four fifths, for checking hand rules.
    let dev: Vec<&EventDoc> = docs.iter().filter(|d| is_dev(&d.id) != train).collect();
    let split = if train {
        "training four-fifths (the models were trained here)"
    } else {
        "frozen dev split"
    };
    if list {
        return Ok(dev
            .iter()
            .map(|d| d.id.clone())
            .collect::<Vec<_>>()
            .join("\n"));
    }
    if what == "events" {
        let mut s = EventScores::default();
        for d in &dev {
            let predicted: Vec<(usize, usize, String)> =
                khabar_core::events::timeml::tag_text(&d.text)
                    .into_iter()
                    .map(|t| {
                        let class = khabar_core::events::timeml::CLASSES[t.class];
                        (t.start, t.end, class.to_string())
                    })
                    .collect();
            score_events(d, &predicted, &mut s);
        }
        let (rp, rr, rf) = s.relaxed();
        let (sp, sr, sf) = s.strict();
        return Ok(format!(
            "TimeML events, TBAQ {split} ({} documents, {} gold events, {} predicted)\n\
             relaxed  P {rp:.3}  R {rr:.3}  F1 {rf:.3}\n\
             strict   P {sp:.3}  R {sr:.3}  F1 {sf:.3}\n\
             class accuracy (relaxed matches) {:.3}",
            s.docs,
            s.gold,
            s.predicted,
            s.class_accuracy()
        ));
    }
    let mut a = AnchorScores::default();
    let mut skipped = 0;
    let mut listed = String::new();
    let mut room = errors;
    for d in &dev {
        let mut input = khabar_core::Document::text(d.text.clone()).with_id(d.id.clone());
        if let Some(dct) = &d.dct {
            input = input.with_date(dct.clone());
        }
        let Ok(analysis) = crate::run::analyze_doc(&input) else {
            skipped += 1;
            continue;
        };
        // Ingestion may trim the text: shift offsets back.
        let Some(shift) = d.text.find(analysis.text.as_str()) else {
            skipped += 1;
            continue;
        };
        // The event's own word: its trigger inside its sentence, as a
        // whole word ("is" not in "This"), the n-th time for the n-th
        // event of the sentence with that trigger (events come in text
        // order).
        let found: Vec<FoundEvent> = analysis
            .events
            .iter()
            .enumerate()
            .filter_map(|(i, e)| {
                let nth = analysis.events[..i]
                    .iter()
                    .filter(|o| o.start == e.start && o.trigger == e.trigger)
                    .count();
                let k = word_at(analysis.text.get(e.start..e.end)?, &e.trigger, nth)?;
                let s = shift + e.start + k;
                Some((
                    s,
                    s + e.trigger.len(),
                    e.anchor.clone(),
                    e.anchor_rel.clone(),
                ))
            })
            .collect();
        let timexes: Vec<(String, usize, usize)> = analysis
            .timexes
            .iter()
            .map(|t| (t.id.clone(), shift + t.start, shift + t.end))
            .collect();
        anchor_errors(d, &found, &timexes, &mut listed, &mut room);
        score_anchors(d, &found, &timexes, &mut a);
    }
    let listed = if listed.is_empty() {
        String::new()
    } else {
        format!("\n{listed}")
    };
    Ok(format!(
        "Event anchoring, TBAQ {split} ({} documents, {skipped} not analyzed)\n\
         gold events with a TLINK to a timex: {} — anchor right {:.3}\n\
         … to a timex of the text (not the DCT): {} — anchor right {:.3}\n\
         relation to the anchor, where the anchor is right: {} — right {:.3}\n\
         gold linked events khabar has no entry for (the detector missed them): {}\n\
         … the linked events khabar found: {} — anchor right {:.3}",
        dev.len(),
        a.all.1,
        ratio(a.all.0, a.all.1),
        a.text.1,
        ratio(a.text.0, a.text.1),
        a.rel.1,
        ratio(a.rel.0, a.rel.1),
        a.unfound,
        a.all.1 - a.unfound,
        ratio(a.all.0, a.all.1 - a.unfound)
    ) + &listed)
}

/// Appends to `out` one line per wrong anchor of a document, while
/// `room` (lines still wanted) lasts: the event in its context, what
/// khabar chose and what the gold links are. The caller passes dev (or,
/// with `--train`, training) documents, never a test set.
fn anchor_errors(
    doc: &EventDoc,
    found: &[FoundEvent],
    timexes: &[(String, usize, usize)],
    out: &mut String,
    room: &mut usize,
) {
    if *room == 0 {
        return;
    }
    let dct_tid = doc.dct_tid.as_deref().unwrap_or("t0");
    // What the detector finds on the whole text, to tell its misses from
    // events the pipeline dropped.
    let tagged = khabar_core::events::timeml::tag_text(&doc.text);
    let timex_text = |tid: &str| -> &str {
        if tid == dct_tid || tid == "t0" {
            return "DCT";
        }
        doc.timexes
            .iter()
            .find(|t| t.tid == tid)
            .and_then(|t| doc.text.get(t.start..t.end))
            .unwrap_or("?")
    };
    for g in &doc.events {
        if *room == 0 {
            return;
        }
        let Some(m) = match_anchor(doc, g, found, timexes) else {
            continue;
        };
        if m.link.is_some() {
            continue;
        }
        let chosen = match m.hit {
            None if tagged.iter().any(|t| t.start < g.end && g.start < t.end) => {
                "DROPPED (the detector finds it alone)"
            }
            None => "MISSED",
            Some((_, _, None, _)) => "null",
            Some((_, _, Some(a), _)) if a == "dct" => "DCT",
            Some((_, _, Some(a), _)) => timexes
                .iter()
                .find(|t| &t.0 == a)
                .and_then(|t| doc.text.get(t.1..t.2))
                .unwrap_or("?"),
        };
        let gold: Vec<String> = m
            .linked
            .iter()
            .map(|&(tid, rel)| format!("{}:{rel}", timex_text(tid)))
            .collect();
        out.push_str(&format!(
            "{} {} | chose {chosen} | gold {} | {}\n",
            doc.id,
            g.class,
            gold.join(", "),
            crate::run::context(&doc.text, g.start, g.end)
        ));
        *room -= 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = r#"<TimeML><DOCID>X</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TEXT>Stocks <EVENT eid="e1" class="OCCURRENCE">fell</EVENT> on <TIMEX3 tid="t1" type="DATE" value="1998-01-07">Wednesday</TIMEX3>, officials <EVENT eid="e2" class="REPORTING">said</EVENT> &amp; left.</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" />
<MAKEINSTANCE eventID="e2" eiid="ei2" tense="PAST" />
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1" />
<TLINK lid="l2" relType="IS_INCLUDED" timeID="t0" relatedToEventInstance="ei2" />
</TimeML>"#;

    #[test]
    fn reads_events_timexes_and_links() {
        let d = read_events_doc("X", DOC).expect("doc");
        assert_eq!(d.text, "Stocks fell on Wednesday, officials said & left.");
        assert_eq!(d.dct.as_deref(), Some("1998-01-08"));
        assert_eq!(d.events.len(), 2);
        assert_eq!(&d.text[d.events[0].start..d.events[0].end], "fell");
        assert_eq!(d.events[1].class, "REPORTING");
        assert_eq!(&d.text[d.timexes[0].start..d.timexes[0].end], "Wednesday");
        assert_eq!(
            d.links,
            [
                ("e1".into(), "t1".into(), "IS_INCLUDED".into()),
                ("e2".into(), "t0".into(), "INCLUDES".into())
            ]
        );
    }

    #[test]
    fn scores_spans_classes_and_anchors() {
        let d = read_events_doc("X", DOC).expect("doc");
        let mut s = EventScores::default();
        score_events(
            &d,
            &[(7, 11, "OCCURRENCE".into()), (0, 6, "STATE".into())],
            &mut s,
        );
        assert_eq!(
            (s.gold, s.predicted, s.strict, s.relaxed_gold),
            (2, 2, 1, 1)
        );
        assert_eq!(s.class_accuracy(), 1.0);
        let mut a = AnchorScores::default();
        let found = [
            (
                7,
                11,
                Some("t1".to_string()),
                Some("is_included".to_string()),
            ),
            (36, 40, Some("dct".into()), Some("before".into())),
        ];
        score_anchors(&d, &found, &[("t1".into(), 15, 24)], &mut a);
        assert_eq!(a.all, (2, 2));
        assert_eq!(a.text, (1, 1));
        assert_eq!(a.rel, (1, 2));
    }

    #[test]
    fn a_trigger_is_found_as_a_whole_word() {
        let table: &[(&str, &str, usize, Option<usize>)] = &[
            ("This is it.", "is", 0, Some(5)),
            ("He said it, she said.", "said", 1, Some(16)),
            ("He said it.", "said", 1, None),
            ("Saids.", "said", 0, None),
            ("x", "", 0, None),
        ];
        for &(text, word, nth, want) in table {
            assert_eq!(word_at(text, word, nth), want, "{text} / {word}");
        }
    }

    #[test]
    fn the_split_is_a_fifth_and_fixed() {
        let dev = (0..1000).filter(|i| is_dev(&format!("doc{i}"))).count();
        assert!((150..250).contains(&dev), "{dev}");
        assert_eq!(
            is_dev("APW19980807.0261"),
            split_hash("APW19980807.0261") % 5 == 0
        );
    }
}
