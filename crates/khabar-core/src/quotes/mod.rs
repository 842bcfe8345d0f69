//! Quotes: direct and indirect speech and posts, with their speakers.
//!
//! Three sources of quotes, in English and Hindi:
//!
//! - **Direct**: words inside quotation marks (" “ ” ' ‘ ’), found by
//!   [`marks`], attributed through a cue after the quote (`"…," he added`,
//!   `"…," said Singh`, `'…', उन्होंने कहा`) or before it (`JP Nadda said,
//!   "…"`, `राजनाथ ने कहा कि … '…'`, `According to X, "…"`).
//! - **Indirect**: reported speech without marks, opened by a speech verb
//!   and a complementizer (`X said that …`, `X told reporters that …`,
//!   `सिंह ने पुतिन को बताया कि …`, `बयान में कहा गया है कि …`), a bare
//!   complement after "said" (`Singh said the talks …`), a trailing cue
//!   (`…, TASS reported.`, `…, as reported by TASS.`) or an "according to"
//!   phrase (`X के मुताबिक …`).
//! - **Posts**: each embedded post of the ingestion stage is a quote of kind
//!   `post` by the entity whose name, alias or @handle matches its author.
//!   A direct quote whose cue says it was posted ("In a post shared on X,
//!   JP Nadda said, "…"", "wrote on X") is also of kind `post`.
//!
//! Speakers are resolved by `clause::speaker`: names, role nominals and
//! pronouns (shared with the relation stage).
//!
//! # Hard cases, decided
//!
//! - **Nested quotes** are part of the outer quote: a single-quoted phrase
//!   inside a double-quoted one is not a quote of its own.
//! - **Scare quotes** are not speech: a quoted phrase of fewer than three
//!   words with no speech cue right next to it ("a 'historic' day"), or a
//!   short quoted name followed by a postposition or after "on" (रक्षा मंत्री
//!   ने 'एक्स' पर कहा — the platform X) is skipped. A quote of four or more
//!   words with no cue is kept: it continues the previous speaker when the
//!   previous quote is at most three paragraphs away, else its speaker is null.
//! - **No speaker in the text**: the quote is kept with `speaker: null`
//!   ("officials said", "दोनों नेताओं ने कहा", "according to sources").
//! - **Quotes inside posts** belong to the post: quotation marks inside an
//!   embedded post give no separate quote, and reported speech is not looked
//!   for inside posts.
//! - **Direct inside indirect** ("राजनाथ ने कहा कि दोस्ती 'सबसे ऊंचे …'"):
//!   one direct quote, attributed through the indirect cue; no separate
//!   indirect quote.
//! - **Chains of reporting** ("the ministry's statement said that Singh told
//!   Putin that …"): the innermost cue wins: one indirect quote by Singh.
//!
//! Quote `text` is always `analysis.text[start..end]`; for a quote spread
//! over paragraphs it therefore includes the paragraph breaks and the
//! reopening marks.

mod marks;

use crate::clause::cues::{LangCues, Lexicon};
use crate::clause::speaker::{Resolver, Who};
use crate::context::mentions::Mentions;
use crate::context::shared::Shared;
use crate::context::{Context, Plain};
use crate::model::{Embed, Entity, EntityType, Quote, QuoteKind};
use crate::text::chars::DANDA;
use crate::text::words::{is_hindi, starts_with, Tok, Words};
use marks::Marked;

/// A quote before its speaker is resolved.
#[derive(Clone, Debug)]
struct Cand {
    start: usize,
    end: usize,
    kind: QuoteKind,
    /// The cue's byte range.
    cue: Option<(usize, usize)>,
    who: Who,
}

/// Finds who said what, in text order.
pub fn find(ctx: &Context<'_>, entities: &[Entity]) -> Vec<Quote> {
    find_shared(ctx, &Shared::new(ctx, entities))
}

/// [`find`] with the document's tokens and mentions already made.
pub(crate) fn find_shared(ctx: &Context<'_>, shared: &Shared<'_>) -> Vec<Quote> {
    let text = ctx.text;
    let lex = Lexicon::shared();
    let mentions = &shared.mentions;
    let embeds: Vec<(usize, usize)> = ctx
        .embeds
        .iter()
        .filter(|e| e.start < e.end && e.end <= text.len())
        .map(|e| (e.start, e.end))
        .collect();
    let in_embed = |a: usize, b: usize| embeds.iter().any(|&(s, e)| a < e && s < b);
    let marked: Vec<Marked> = marks::find(text)
        .into_iter()
        .filter(|m| !in_embed(m.open, m.close))
        .collect();
    let resolver = Resolver {
        source: text,
        mentions,
        all: &shared.words.all,
        masked: marked.iter().map(|m| (m.open, m.close)).collect(),
        titles: Default::default(),
    };
    let words = &shared.words;
    let mut direct = direct_quotes(text, &marked, &resolver, lex, words);
    let mut indirect = Vec::new();
    for &(a, b) in &shared.units {
        if !in_embed(a, b) {
            indirect_quotes(text, a, b, &resolver, lex, words, &mut indirect);
        }
    }
    // A direct quote inside reported speech takes that speech's cue.
    indirect.retain(|ind| {
        let mut inside = false;
        for d in direct.iter_mut() {
            if d.start < ind.end && ind.start < d.end {
                inside = true;
                if d.cue.is_none() || matches!(d.who, Who::Nothing | Who::Unknown) {
                    d.cue = ind.cue;
                    d.who = ind.who;
                }
            }
        }
        !inside
    });
    let mut cands = direct;
    cands.extend(indirect);
    cands.extend(posts(text, ctx.embeds, mentions));
    crate::util::sort::sort_by_key(&mut cands, |c| (c.start, c.end));
    cands.dedup_by(|b, a| a.start == b.start && a.end == b.end);
    resolve(text, cands, &resolver)
}

/// Runs [`find`] on plain text with no document date: for tests and tools
/// that bring their own entities (and embedded posts).
pub fn find_in_text(text: &str, entities: &[Entity], embeds: &[Embed]) -> Vec<Quote> {
    let plain = Plain::new(text);
    let ctx = plain.context().with_embeds(embeds);
    find(&ctx, entities)
}

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | DANDA | '|')
}

/// The start of the sentence that ends at `to`, no earlier than `floor`.
fn sentence_start(text: &str, floor: usize, to: usize) -> usize {
    let Some(slice) = text.get(floor..to) else {
        return to;
    };
    let mut start = floor;
    let mut prev_terminal = false;
    for (i, c) in slice.char_indices() {
        if c == '\n' || (prev_terminal && c.is_whitespace()) {
            start = floor + i + c.len_utf8();
        }
        prev_terminal = is_terminal(c);
    }
    start
}

/// The end of the sentence that starts at `from`, no later than `ceil`.
fn sentence_end(text: &str, from: usize, ceil: usize) -> usize {
    let Some(slice) = text.get(from..ceil) else {
        return from;
    };
    let mut prev_terminal = false;
    for (i, c) in slice.char_indices() {
        if c == '\n' || (prev_terminal && c.is_whitespace()) {
            return from + i;
        }
        prev_terminal = is_terminal(c) && i > 0;
    }
    ceil
}

fn count_words(toks: &[Tok]) -> usize {
    toks.iter().filter(|t| t.word).count()
}

/// Whether the tokens say the words were posted on social media.
fn says_posted(toks: &[Tok], cues: &LangCues) -> bool {
    toks.iter().enumerate().any(|(i, t)| {
        if t.norm == "x" {
            i > 0 && toks[i - 1].norm == "on"
        } else {
            cues.post_ctx.contains(t.norm.as_str())
        }
    })
}

/// The speech verb of a cue (through token `to`), with a Hindi subject
/// marker just before it.
fn cue_span(toks: &[Tok], v: usize, to: usize) -> (usize, usize) {
    let from = if v > 0 && toks[v - 1].norm == "ने" {
        v - 1
    } else {
        v
    };
    let to = to.max(v).min(toks.len().saturating_sub(1));
    (toks[from].start, toks[to].end)
}

fn is_speech_verb(toks: &[Tok], v: usize, cues: &LangCues) -> bool {
    let t = &toks[v];
    t.word
        && cues.verbs.contains(t.norm.as_str())
        && !(v > 0 && cues.not_before.contains(toks[v - 1].norm.as_str()))
        && !(v + 1 < toks.len() && toks[v + 1].norm == "to" && t.norm == "said")
}

const POSTPOSITIONS: &[&str] = &["पर", "में", "को", "से", "के", "की", "का", "ने"];

fn direct_quotes(
    text: &str,
    marked: &[Marked],
    res: &Resolver<'_>,
    lex: &Lexicon,
    words: &Words<'_>,
) -> Vec<Cand> {
    let mut out = Vec::new();
    for (i, m) in marked.iter().enumerate() {
        // Look no further than the neighbouring quotes: linear in the text.
        let prev_close = if i > 0 { marked[i - 1].close } else { 0 }.min(m.open);
        let next_open = marked
            .get(i + 1)
            .map_or(text.len(), |n| n.open)
            .max(m.close);
        let line_start = text
            .get(prev_close..m.open)
            .and_then(|s| s.rfind('\n'))
            .map_or(prev_close, |p| prev_close + p + 1);
        let line_end = text
            .get(m.close..next_open)
            .and_then(|s| s.find('\n'))
            .map_or(next_open, |p| m.close + p);
        let pre_from = sentence_start(text, line_start.max(prev_close).min(m.open), m.open);
        let post_to = sentence_end(text, m.close, line_end.min(next_open).max(m.close));
        let pre = words.range(pre_from, m.open);
        let post = words.range(m.close, post_to);
        let inner = words.range(m.start, m.end);
        let n_words = count_words(&inner);
        let hindi = is_hindi(text.get(pre_from..post_to).unwrap_or(""))
            || (pre.is_empty()
                && post.is_empty()
                && is_hindi(text.get(m.start..m.end).unwrap_or("")));
        let cues = lex.get(hindi);
        // A short quoted name: 'एक्स' पर, on 'X'.
        let followed_by_postposition = post
            .first()
            .is_some_and(|t| POSTPOSITIONS.contains(&t.norm.as_str()));
        let after_on = pre
            .last()
            .is_some_and(|t| t.norm == "on" || t.norm == "the");
        if n_words <= 3 && (followed_by_postposition || after_on) {
            continue;
        }
        let mut who = Who::Nothing;
        let mut cue = None;
        let mut immediate = false;
        let mut posted = false;
        // A cue after the quote.
        let lead = post.iter().take_while(|t| !t.word).count();
        let punct_after = inner
            .last()
            .is_some_and(|t| matches!(t.norm.as_str(), "," | "." | "!" | "?" | "।"))
            || post[..lead]
                .iter()
                .any(|t| matches!(t.norm.as_str(), "," | ":" | "—" | "-"));
        let limit = post.len().min(lead + 8);
        let stop = post[..limit]
            .iter()
            .position(|t| matches!(t.norm.as_str(), "." | "।" | "?" | "!" | "\"" | "“"))
            .unwrap_or(limit)
            .max(lead);
        if let Some(p) = cues.preps.iter().find(|p| starts_with(&post, lead, p)) {
            who = res.after(&post[lead + p.len()..], cues);
            cue = Some((post[lead].start, post[lead + p.len() - 1].end));
            immediate = punct_after;
        } else if let Some(v) = (lead..stop).find(|&v| is_speech_verb(&post, v, cues)) {
            let subject = &post[lead..v];
            if hindi || !subject.iter().any(|t| cues.comps.contains(t.norm.as_str())) {
                who = res.before(subject, cues, hindi);
                if who == Who::Nothing {
                    who = res.after(&post[v + 1..], cues);
                }
                cue = Some(cue_span(&post, v, v));
                immediate = punct_after;
                posted = cues.post_verbs.contains(post[v].norm.as_str());
            }
        }
        // A cue before the quote.
        if cue.is_none() {
            let window = pre.len().saturating_sub(14);
            let verb = (window..pre.len())
                .rev()
                .find(|&v| is_speech_verb(&pre, v, cues));
            let prep = (0..pre.len()).find_map(|p| {
                cues.preps
                    .iter()
                    .find(|pp| starts_with(&pre, p, pp))
                    .map(|pp| (p, pp.len()))
            });
            if let Some(v) = verb {
                let between = &pre[v + 1..];
                let ok = count_words(between) <= 10
                    && !between.iter().any(|t| t.norm == "." || t.norm == "।");
                if ok {
                    let from = pre[..v]
                        .iter()
                        .rposition(|t| cues.comps.contains(t.norm.as_str()))
                        .map_or(0, |c| c + 1);
                    who = res.before(&pre[from..v], cues, hindi);
                    let comp = between
                        .iter()
                        .position(|t| cues.comps.contains(t.norm.as_str()))
                        .map_or(v, |c| v + 1 + c);
                    cue = Some(cue_span(&pre, v, comp));
                    immediate = (count_words(between) == 0
                        && between.iter().any(|t| t.norm == "," || t.norm == ":"))
                        || (count_words(between) == 1
                            && cues.comps.contains(between[0].norm.as_str()));
                    posted = cues.post_verbs.contains(pre[v].norm.as_str());
                }
            } else if let Some((p, len)) = prep {
                who = res.after(&pre[p + len..], cues);
                cue = Some((pre[p].start, pre[p + len - 1].end));
                immediate = true;
            }
        }
        posted = posted || (cue.is_some() && (says_posted(&pre, cues) || says_posted(&post, cues)));
        let keep = if cue.is_some() {
            n_words >= 3 || (immediate && n_words >= 1)
        } else {
            let ends_sentence = inner
                .last()
                .is_some_and(|t| matches!(t.norm.as_str(), "." | "?" | "!" | "।" | ","));
            who = Who::Inherit;
            n_words >= 6 || (n_words >= 4 && ends_sentence)
        };
        if keep {
            out.push(Cand {
                start: m.start,
                end: m.end,
                kind: if posted {
                    QuoteKind::Post
                } else {
                    QuoteKind::Direct
                },
                cue,
                who,
            });
        }
    }
    out
}

const TEMPORAL: &[&str] = &[
    "today",
    "yesterday",
    "tonight",
    "here",
    "also",
    "earlier",
    "later",
    "recently",
    "further",
    "again",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "on",
    "this",
    "last",
    "week",
    "morning",
    "evening",
    "afternoon",
];
const NOT_COMPLEMENT: &[&str] = &[
    "in", "at", "to", "for", "with", "of", "by", "from", "about", "during", "after", "before",
    "while", "as", "and", "or", "but", "so", "no", "yes", "goodbye", "sorry", "thanks", "he",
    "she", "they",
];

/// One reported-speech cue in a sentence.
struct Hit {
    verb: usize,
    /// Complement token range.
    comp: (usize, usize),
    cue: (usize, usize),
    who: Who,
    /// Whether an unresolved subject still counts (a "that" clause does; a
    /// bare "said" with no known subject does not).
    firm: bool,
}

fn indirect_quotes(
    text: &str,
    a: usize,
    b: usize,
    res: &Resolver<'_>,
    lex: &Lexicon,
    words: &Words<'_>,
    out: &mut Vec<Cand>,
) {
    let toks = words.range(a, b);
    if toks.is_empty() {
        return;
    }
    let hindi = is_hindi(text.get(a..b).unwrap_or(""));
    let cues = lex.get(hindi);
    let n = toks.len();
    // Prefix counts keep every test below O(1): linear in the sentence.
    let mut prefix_words = vec![0usize; n + 1];
    let mut last_comma = vec![None; n + 1];
    for (i, t) in toks.iter().enumerate() {
        prefix_words[i + 1] = prefix_words[i] + usize::from(t.word);
        last_comma[i + 1] = if t.norm == "," {
            Some(i)
        } else {
            last_comma[i]
        };
    }
    let mut next_comp = vec![n; n + 1];
    for i in (0..n).rev() {
        next_comp[i] = if cues.comps.contains(toks[i].norm.as_str()) {
            i
        } else {
            next_comp[i + 1]
        };
    }
    // Subjects and sources are looked for in a bounded window.
    let near = |from: usize, to: usize| &toks[from.max(to.saturating_sub(40))..to];
    let ahead = |from: usize| &toks[from.min(n)..(from + 40).min(n)];
    let mut hits: Vec<Hit> = Vec::new();
    let mut prev_comp = 0usize;
    for k in 0..n {
        if !toks[k].word || res.is_masked(toks[k].start) {
            continue;
        }
        // "X said that …", "X ने कहा कि …".
        if cues.comps.contains(toks[k].norm.as_str()) {
            let back = k.saturating_sub(if hindi { 3 } else { 7 });
            let verb = (back..k).rev().find(|&v| {
                is_speech_verb(&toks, v, cues)
                    && toks[v + 1..k]
                        .iter()
                        .all(|t| t.norm != "\"" && t.norm != "." && t.norm != "।")
            });
            if let Some(v) = verb {
                let who = res.before(near(prev_comp.min(v), v), cues, hindi);
                hits.push(Hit {
                    verb: v,
                    comp: (k + 1, n),
                    cue: cue_span(&toks, v, k),
                    who,
                    firm: true,
                });
                prev_comp = k + 1;
            }
            continue;
        }
        if let Some(p) = cues.preps.iter().find(|p| starts_with(&toks, k, p)) {
            let after = k + p.len();
            let cue = (toks[k].start, toks[after - 1].end);
            if hindi {
                // "X के मुताबिक, …": the source is before the cue.
                let src = near(prev_comp.min(k), k);
                let who = res.before(src, cues, hindi);
                let from = if toks.get(after).is_some_and(|t| t.norm == ",") {
                    after + 1
                } else {
                    after
                };
                let sourced = src.iter().any(|t| cues.sources.contains(t.norm.as_str()));
                if matches!(who, Who::Entity(_) | Who::Pronoun(_)) || sourced {
                    hits.push(Hit {
                        verb: k,
                        comp: (from, n),
                        cue,
                        who,
                        firm: true,
                    });
                }
            } else if prefix_words[k] <= 1 {
                if let Some(c) = ahead(after).iter().position(|t| t.norm == ",") {
                    let src = &toks[after..after + c];
                    let who = res.after(src, cues);
                    let sourced = src.iter().any(|t| cues.sources.contains(t.norm.as_str()));
                    if matches!(who, Who::Entity(_) | Who::Pronoun(_)) || sourced {
                        hits.push(Hit {
                            verb: k,
                            comp: (after + c + 1, n),
                            cue,
                            who,
                            firm: true,
                        });
                    }
                }
            } else if k > 0 && toks[k - 1].norm == "," {
                hits.push(Hit {
                    verb: k,
                    comp: (0, k - 1),
                    cue,
                    who: res.after(ahead(after), cues),
                    firm: true,
                });
            }
            continue;
        }
        if let Some(p) = cues.reported_by.iter().find(|p| starts_with(&toks, k, p)) {
            if k > 0 && toks[k - 1].norm == "," {
                let after = k + p.len();
                hits.push(Hit {
                    verb: k,
                    comp: (0, k - 1),
                    cue: (toks[k].start, toks[after - 1].end),
                    who: res.after(ahead(after), cues),
                    firm: true,
                });
            }
            continue;
        }
        if !is_speech_verb(&toks, k, cues) {
            continue;
        }
        // "…, X said." / "…, said X." / "…, X ने कहा।"
        let tail = prefix_words[n] - prefix_words[k + 1];
        let comma = last_comma[k];
        if tail <= 4 && next_comp[k + 1] == n {
            let marked = |c: usize| {
                !hindi
                    || toks[c + 1..k]
                        .iter()
                        .any(|t| t.norm == "ने" || cues.pronouns.contains(t.norm.as_str()))
            };
            if let Some(c) = comma.filter(|&c| k - c <= 6 && prefix_words[c] >= 4 && marked(c)) {
                let subject = &toks[c + 1..k];
                let mut who = res.before(subject, cues, hindi);
                if who == Who::Nothing {
                    who = res.after(ahead(k + 1), cues);
                }
                hits.push(Hit {
                    verb: k,
                    comp: (0, c),
                    cue: cue_span(&toks, k, k),
                    who,
                    firm: true,
                });
                continue;
            }
        }
        // "X said the talks …" (English, a bare complement).
        if !hindi && cues.bare.contains(toks[k].norm.as_str()) {
            let mut s = k + 1;
            while s < n && TEMPORAL.contains(&toks[s].norm.as_str()) {
                s += 1;
            }
            let starts_ok = toks.get(s).is_some_and(|t| {
                t.word
                    && !NOT_COMPLEMENT.contains(&t.norm.as_str())
                    && !cues.comps.contains(t.norm.as_str())
            });
            let later_comp = toks[k + 1..n.min(k + 9)]
                .iter()
                .any(|t| cues.comps.contains(t.norm.as_str()));
            if starts_ok && !later_comp && prefix_words[n] - prefix_words[s] >= 4 {
                let who = res.before(near(prev_comp.min(k), k), cues, hindi);
                hits.push(Hit {
                    verb: k,
                    comp: (s, n),
                    cue: cue_span(&toks, k, k),
                    who,
                    firm: false,
                });
            }
        }
    }
    // The innermost cue wins: drop a hit whose complement holds another cue.
    let mut verbs: Vec<usize> = hits.iter().map(|h| h.verb).collect();
    crate::util::sort::sort(&mut verbs);
    for h in &hits {
        let (s, e) = h.comp;
        let inside = verbs.partition_point(|&v| v < e) - verbs.partition_point(|&v| v < s);
        let own = usize::from(h.verb >= s && h.verb < e);
        if inside > own {
            continue;
        }
        if !h.firm && !matches!(h.who, Who::Entity(_) | Who::Pronoun(_)) {
            continue;
        }
        let mut s = s;
        let mut e = e.min(n);
        while s < e && !toks[s].word {
            s += 1;
        }
        while e > s && !toks[e - 1].word && !matches!(toks[e - 1].norm.as_str(), ")" | "%") {
            e -= 1;
        }
        if prefix_words[e] - prefix_words[s] < 3 {
            continue;
        }
        out.push(Cand {
            start: toks[s].start,
            end: toks[e - 1].end,
            kind: QuoteKind::Indirect,
            cue: Some(h.cue),
            who: h.who,
        });
    }
}

/// Embedded posts: quotes of kind `post` by the entity matching the author.
fn posts(text: &str, embeds: &[Embed], mentions: &Mentions<'_>) -> Vec<Cand> {
    let mut out = Vec::new();
    for e in embeds {
        if e.start >= e.end || e.end > text.len() {
            continue;
        }
        let body = e.text.trim();
        let (start, end) = match text.get(e.start..e.end).and_then(|s| s.find(body)) {
            Some(p) if !body.is_empty() => (e.start + p, e.start + p + body.len()),
            _ => (e.start, e.end),
        };
        if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
            continue;
        }
        let who = mentions.author_of(e).map_or(Who::Unknown, Who::Entity);
        out.push(Cand {
            start,
            end,
            kind: QuoteKind::Post,
            cue: None,
            who,
        });
    }
    out
}

/// Resolves pronouns and inherited speakers in text order.
fn resolve(text: &str, cands: Vec<Cand>, res: &Resolver<'_>) -> Vec<Quote> {
    let mut out = Vec::new();
    // (entity, start of its quote, end of its quote)
    let mut last: Option<(usize, usize, usize)> = None;
    let person = |e: usize| {
        res.mentions
            .entities
            .get(e)
            .is_some_and(|x| x.kind == EntityType::Person)
    };
    for c in cands {
        let entity = match c.who {
            Who::Entity(e) => Some(e),
            Who::Pronoun(pos) => {
                let recent = res.recent_subject(pos, pos.saturating_sub(4000));
                match (last.filter(|l| person(l.0)), recent) {
                    (Some(l), Some(r)) => Some(if l.1 >= r.1 { l.0 } else { r.0 }),
                    (Some(l), None) => Some(l.0),
                    (None, Some(r)) => Some(r.0),
                    (None, None) => None,
                }
            }
            Who::Inherit => last
                .filter(|l| {
                    let gap = text.get(l.2..c.start).unwrap_or("");
                    gap.len() < 6000 && gap.lines().filter(|x| !x.trim().is_empty()).count() <= 3
                })
                .map(|l| l.0),
            Who::Unknown | Who::Nothing => None,
        };
        if let Some(e) = entity {
            last = Some((e, c.start, c.end));
        }
        let Some(body) = text.get(c.start..c.end) else {
            continue;
        };
        out.push(Quote {
            start: c.start,
            end: c.end,
            text: body.to_string(),
            speaker: entity.and_then(|e| res.mentions.id(e)),
            cue: c.cue.and_then(|(a, b)| text.get(a..b)).map(str::to_string),
            kind: c.kind,
        });
    }
    out
}
