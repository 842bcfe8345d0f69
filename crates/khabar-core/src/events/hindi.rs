//! Hindi event mentions from a lexicon: event verbs, event nouns and
//! light-verb constructions, with TimeML classes.
//!
//! Hindi news names most happenings with a noun and a light verb ("… की
//! घोषणा की", "उद्घाटन किया", "बाढ़ आई", "मौत हो गई", "सील कर दिया"), so a
//! list of verbs alone misses most of them, and a list of nouns alone
//! cannot tell "जांच की" (tested) from "जांच की रिपोर्ट" (the test's report).
//! There is no Hindi TimeML corpus on the machine to learn from, so this is
//! a lexicon (`data/events/hi-lexicon.tsv`) read by three passes over a
//! sentence's tokens:
//!
//! 1. **Light-verb constructions**: a lexicon noun, up to two particles or
//!    negations (भी, ही, नहीं), then a form of a light verb (कर, हो, दे, ले,
//!    आ, रख, रह, लग, मिल, …). The span runs from the noun to the light verb
//!    and keeps a compound's second verb after a bare stem ("सील कर दिया",
//!    "मौत हो गई"), never a tense or aspect auxiliary (है, था, रहा, चुका,
//!    सकता) nor the passive जा after a participle ("भर्ती की गई" gives
//!    "भर्ती की"). की/का/के/किए after a noun is a genitive unless the
//!    sentence ends, an auxiliary, a compound verb or a conjunction follows.
//!    The class comes from the noun, or from the noun with that light verb
//!    ("जारी किया" OCCURRENCE, "जारी रखा" ASPECTUAL).
//! 2. **Simple verbs**: a form of a lexicon verb (forms made by rule from
//!    the stem: कह → कहा, कही, कहे, कहने, कहते, कहेगा, कहकर …), with the
//!    compound's second verb after a bare stem ("पहुंच गयी"). A form that
//!    doubles as an auxiliary (गया, रहा, पाए) is a verb only where no verb
//!    comes right before it.
//! 3. **Event nouns** not followed by a light verb ("मौत के बाद", "बैठक").
//!
//! Negation (नहीं, न, मत) before the light verb or the verb is kept: the
//! mention is still returned, flagged `negated`, as TimeML keeps negated
//! events with a polarity. Spellings are normalized before look-up (ZWJ and
//! ZWNJ dropped, chandrabindu as anusvara, nukta of loanword letters
//! dropped, final ये/यी as ए/ई), so "पहुँच गयी" and "पहुंच गई" are one.
//!
//! Offsets are byte offsets of the text, like every `Tok` and every span
//! of `events::find`; [`hindi_events`] converts them to code points for
//! the evaluation.

use crate::segment::hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use crate::text::words::{tokenize, Tok};
use std::sync::OnceLock;

const LEXICON: &str = include_str!("../../data/events/hi-lexicon.tsv");

/// TimeML event classes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EventClass {
    /// Something that happens.
    Occurrence,
    /// Saying, telling, announcing.
    Reporting,
    /// A state that holds.
    State,
    /// The start, continuation or end of another event.
    Aspectual,
    /// An action that introduces another event (appeal, order, try).
    IAction,
    /// A state of mind about another event (fear, hope, consider).
    IState,
    /// Seeing, hearing.
    Perception,
}

impl EventClass {
    /// The TimeML name.
    pub fn as_str(self) -> &'static str {
        match self {
            EventClass::Occurrence => "OCCURRENCE",
            EventClass::Reporting => "REPORTING",
            EventClass::State => "STATE",
            EventClass::Aspectual => "ASPECTUAL",
            EventClass::IAction => "I_ACTION",
            EventClass::IState => "I_STATE",
            EventClass::Perception => "PERCEPTION",
        }
    }

    fn parse(s: &str) -> Option<EventClass> {
        Some(match s {
            "OCCURRENCE" => EventClass::Occurrence,
            "REPORTING" => EventClass::Reporting,
            "STATE" => EventClass::State,
            "ASPECTUAL" => EventClass::Aspectual,
            "I_ACTION" => EventClass::IAction,
            "I_STATE" => EventClass::IState,
            "PERCEPTION" => EventClass::Perception,
            _ => return None,
        })
    }
}

/// How a mention was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// Noun + light verb ("घोषणा की").
    LightVerb,
    /// A simple or compound verb ("कहा", "पहुंच गयी").
    Verb,
    /// An event noun on its own ("बैठक").
    Noun,
}

/// One event mention.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HiEvent {
    /// Byte offset of the first byte of the trigger.
    pub start: usize,
    /// Byte offset past the trigger.
    pub end: usize,
    /// The trigger text, `text[start..end]`.
    pub trigger: String,
    /// TimeML class.
    pub class: EventClass,
    /// A negation (नहीं, न, मत) before the verb.
    pub negated: bool,
    /// Light-verb construction, verb or noun.
    pub shape: Shape,
}

/// An event noun of the lexicon.
struct Noun {
    words: Vec<String>,
    class: EventClass,
    /// An event on its own, not only with a light verb.
    alone: bool,
}

/// A simple verb's form.
#[derive(Clone, Copy)]
struct VerbForm {
    class: EventClass,
    nobare: bool,
    afterpost: bool,
}

/// The parsed lexicon.
struct Lexicon {
    nouns: HashMap<String, Vec<Noun>>,
    /// (noun words joined by a space, light lemma) → class; noun "*" for any.
    lvc: HashMap<(String, String), EventClass>,
    verbs: HashMap<String, VerbForm>,
    /// Bare stems of every verb, light verb and compound second verb.
    stems: HashSet<String>,
    /// Light-verb form → lemma.
    light: HashMap<String, String>,
    /// Light-verb forms that are bare stems (कर, हो, दे).
    light_bare: HashSet<String>,
    vector: HashSet<String>,
    aux: HashSet<String>,
    /// Every form of every verb, light verb, vector and auxiliary.
    verbish: HashSet<String>,
    particle: HashSet<String>,
    neg: HashSet<String>,
    post: HashSet<String>,
    conj: HashSet<String>,
    not: Vec<Vec<String>>,
}

const AA: char = '\u{093E}';

/// The forms of a regular stem, with whether each is the bare stem.
fn forms(stem: &str, finite_only: bool) -> Vec<(String, bool)> {
    let mut out = vec![(stem.to_string(), true)];
    let last = stem.chars().last();
    let suffixes: &[&str] = match last {
        Some(AA | 'आ') => &[
            "या",
            "ई",
            "ए",
            "एं",
            "ने",
            "ना",
            "नी",
            "ता",
            "ती",
            "ते",
            "एगा",
            "एगी",
            "एंगे",
            "एंगी",
            "कर",
            "ओ",
            "ईं",
            "ऊं",
        ],
        Some(c) if is_consonant(c) || c == '\u{093C}' => &[
            "ा",
            "ी",
            "े",
            "ें",
            "ना",
            "ने",
            "नी",
            "ता",
            "ती",
            "ते",
            "ेगा",
            "ेगी",
            "ेंगे",
            "ेंगी",
            "कर",
            "ो",
            "ीं",
            "ूं",
        ],
        _ => &[],
    };
    for s in suffixes {
        if finite_only && (s.ends_with("ना") || s.ends_with("ने") || s.ends_with("नी") || *s == "कर")
        {
            continue;
        }
        out.push((normalize(&format!("{stem}{s}")), false));
    }
    out
}

fn is_consonant(c: char) -> bool {
    ('\u{0915}'..='\u{0939}').contains(&c) || ('\u{0958}'..='\u{095F}').contains(&c)
}

/// One spelling for the look-up: no joiners, anusvara for chandrabindu,
/// no nukta on loanword letters (ज़ = ज), ड़/ढ़ precomposed, final ये/यी/यें
/// as ए/ई/एं.
pub(crate) fn normalize(word: &str) -> String {
    let mut out: Vec<char> = Vec::with_capacity(word.len());
    for c in word.chars() {
        match c {
            '\u{200C}' | '\u{200D}' => {}
            '\u{0901}' => out.push('\u{0902}'),
            '\u{0958}' => out.push('क'),
            '\u{0959}' => out.push('ख'),
            '\u{095A}' => out.push('ग'),
            '\u{095B}' => out.push('ज'),
            '\u{095E}' => out.push('फ'),
            '\u{093C}' => match out.last().copied() {
                Some('ड') => {
                    out.pop();
                    out.push('\u{095C}');
                }
                Some('ढ') => {
                    out.pop();
                    out.push('\u{095D}');
                }
                Some('क' | 'ख' | 'ग' | 'ज' | 'फ') => {}
                _ => out.push(c),
            },
            _ => out.push(c),
        }
    }
    if out.len() >= 3 {
        let n = out.len();
        let tail: String = out[n - 2..].iter().collect();
        let with_nasal: String = out[n.saturating_sub(3)..].iter().collect();
        if with_nasal == "यें" {
            out.truncate(n - 3);
            out.extend(['ए', 'ं']);
        } else if with_nasal == "यीं" {
            out.truncate(n - 3);
            out.extend(['ई', 'ं']);
        } else if tail == "ये" {
            out.truncate(n - 2);
            out.push('ए');
        } else if tail == "यी" {
            out.truncate(n - 2);
            out.push('ई');
        }
    }
    out.into_iter().collect()
}

/// The normalized words of a phrase.
fn words_of(p: &str) -> Vec<String> {
    tokenize(p, 0, p.len())
        .iter()
        .map(|t| normalize(t.norm.as_str()))
        .collect()
}

impl Lexicon {
    fn shared() -> &'static Lexicon {
        static LEX: OnceLock<Lexicon> = OnceLock::new();
        LEX.get_or_init(|| Lexicon::parse(LEXICON))
    }

    fn parse(data: &str) -> Lexicon {
        let mut lex = Lexicon {
            nouns: HashMap::default(),
            lvc: HashMap::default(),
            verbs: HashMap::default(),
            stems: HashSet::default(),
            light: HashMap::default(),
            light_bare: HashSet::default(),
            vector: HashSet::default(),
            aux: HashSet::default(),
            verbish: HashSet::default(),
            particle: HashSet::default(),
            neg: HashSet::default(),
            post: HashSet::default(),
            conj: HashSet::default(),
            not: Vec::new(),
        };
        for line in data.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            let (kind, word) = match (cols.first(), cols.get(1)) {
                (Some(k), Some(w)) => (*k, w.trim()),
                _ => continue,
            };
            let class = cols.get(2).and_then(|c| EventClass::parse(c));
            let extra = cols.get(3).copied().unwrap_or("-");
            let w = normalize(word);
            match kind {
                "noun" => {
                    let words = words_of(word);
                    if let (Some(class), Some(first)) = (class, words.first()) {
                        lex.nouns.entry(first.clone()).or_default().push(Noun {
                            words,
                            class,
                            alone: extra == "event",
                        });
                    }
                }
                "lvc" => {
                    if let Some(class) = class {
                        for lemma in extra.split(',') {
                            lex.lvc.insert((w.clone(), normalize(lemma)), class);
                        }
                    }
                }
                "verb" => {
                    if let Some(class) = class {
                        let v = VerbForm {
                            class,
                            nobare: extra == "nobare",
                            afterpost: extra == "afterpost",
                        };
                        for (f, _) in forms(&w, false) {
                            lex.verbish.insert(f.clone());
                            lex.verbs.entry(f).or_insert(v);
                        }
                        lex.stems.insert(w);
                    }
                }
                "verbform" => {
                    if let Some(class) = class {
                        lex.verbish.insert(w.clone());
                        lex.verbs.entry(w).or_insert(VerbForm {
                            class,
                            nobare: false,
                            afterpost: extra == "afterpost",
                        });
                    }
                }
                "light" => {
                    for (f, bare) in forms(&w, false) {
                        if bare {
                            lex.light_bare.insert(f.clone());
                        }
                        lex.verbish.insert(f.clone());
                        lex.light.entry(f).or_insert_with(|| w.clone());
                    }
                    lex.stems.insert(w);
                }
                "lightform" => {
                    let lemma = normalize(cols.get(2).copied().unwrap_or(""));
                    if extra == "bare" {
                        lex.light_bare.insert(w.clone());
                        lex.stems.insert(w.clone());
                    }
                    lex.verbish.insert(w.clone());
                    lex.light.insert(w, lemma);
                }
                "vector" => {
                    for (f, _) in forms(&w, false) {
                        lex.verbish.insert(f.clone());
                        lex.vector.insert(f);
                    }
                }
                "vectorform" => {
                    lex.verbish.insert(w.clone());
                    lex.vector.insert(w);
                }
                "aux" => {
                    lex.verbish.insert(w.clone());
                    lex.aux.insert(w);
                }
                "auxlemma" => {
                    for (f, _) in forms(&w, true) {
                        lex.verbish.insert(f.clone());
                        lex.aux.insert(f);
                    }
                }
                "particle" => {
                    lex.particle.insert(w);
                }
                "neg" => {
                    lex.neg.insert(w);
                }
                "post" => {
                    lex.post.insert(w);
                }
                "conj" => {
                    lex.conj.insert(w);
                }
                "not" => {
                    let p = words_of(word);
                    if !p.is_empty() {
                        lex.not.push(p);
                    }
                }
                _ => {}
            }
        }
        for v in lex.nouns.values_mut() {
            crate::util::sort::sort_by_key(v, |n| std::cmp::Reverse(n.words.len()));
        }
        lex
    }

    /// The longest lexicon noun at `i`: its length in tokens and entry.
    fn noun_at(&self, norms: &[String], i: usize) -> Option<(usize, &Noun)> {
        let cands = self.nouns.get(norms.get(i)?)?;
        cands.iter().find_map(|n| {
            let end = i + n.words.len();
            (norms.get(i..end)? == n.words.as_slice()).then_some((n.words.len(), n))
        })
    }

    /// The class of noun + light verb `lemma`.
    fn lvc_class(&self, noun: &Noun, lemma: &str) -> EventClass {
        let key = (noun.words.join(" "), lemma.to_string());
        if let Some(c) = self.lvc.get(&key) {
            return *c;
        }
        if noun.class == EventClass::Occurrence {
            if let Some(c) = self.lvc.get(&("*".to_string(), lemma.to_string())) {
                return *c;
            }
        }
        noun.class
    }
}

/// Light-verb forms that are also genitive postpositions.
const GENITIVE_LIKE: &[&str] = &["की", "के", "का", "किए"];

/// The event mentions of one sentence: `toks` are its tokens (byte offsets
/// of `text`), as `Words::range` gives them. Mentions come in text order
/// and never overlap.
pub(crate) fn find(text: &str, toks: &[Tok]) -> Vec<HiEvent> {
    let lex = Lexicon::shared();
    let n = toks.len();
    let norms: Vec<String> = toks
        .iter()
        .map(|t| {
            if t.word {
                normalize(t.norm.as_str())
            } else {
                t.norm.as_str().to_string()
            }
        })
        .collect();
    let mut used = vec![false; n];
    for p in &lex.not {
        for i in 0..n {
            if norms.get(i..i + p.len()) == Some(p.as_slice()) {
                used[i..i + p.len()].iter_mut().for_each(|u| *u = true);
            }
        }
    }
    let is = |set: &HashSet<String>, k: usize| norms.get(k).is_some_and(|w| set.contains(w));
    let is_neg = |k: usize| is(&lex.neg, k);
    let mut found: Vec<(usize, usize, EventClass, bool, Shape)> = Vec::new();

    // 1 and 3: nouns, with a light verb when one follows.
    let mut i = 0;
    while i < n {
        let Some((len, noun)) = (!used[i]).then(|| lex.noun_at(&norms, i)).flatten() else {
            i += 1;
            continue;
        };
        let j = i + len;
        let mut k = j;
        while k < n && k - j < 2 && (is(&lex.particle, k) || is_neg(k)) && !used[k] {
            k += 1;
        }
        let light = norms
            .get(k)
            .filter(|_| k < n && !used[k])
            .and_then(|w| lex.light.get(w));
        let genitive = GENITIVE_LIKE.contains(&norms.get(k).map_or("", |s| s.as_str()))
            && toks.get(k + 1).is_some_and(|t| {
                t.word
                    && !is(&lex.aux, k + 1)
                    && !is(&lex.vector, k + 1)
                    && !is(&lex.conj, k + 1)
                    && !is_neg(k + 1)
            });
        if let (Some(lemma), false) = (light, genitive) {
            let mut end = k + 1;
            if is(&lex.light_bare, k)
                && is(&lex.vector, end)
                && !used.get(end).copied().unwrap_or(true)
            {
                end += 1;
            }
            let negated = (j..k).any(is_neg) || (i > 0 && is_neg(i - 1) && k == j);
            found.push((
                i,
                end,
                lex.lvc_class(noun, lemma),
                negated,
                Shape::LightVerb,
            ));
            used[i..end].iter_mut().for_each(|u| *u = true);
            i = end;
        } else if noun.alone {
            found.push((i, j, noun.class, false, Shape::Noun));
            used[i..j].iter_mut().for_each(|u| *u = true);
            i = j;
        } else {
            i += 1;
        }
    }

    // 2: simple and compound verbs.
    let mut i = 0;
    while i < n {
        let form = norms.get(i).and_then(|w| lex.verbs.get(w));
        let Some(v) = form.filter(|_| !used[i] && toks[i].word) else {
            i += 1;
            continue;
        };
        let bare = lex.stems.contains(&norms[i]);
        let next_vector = is(&lex.vector, i + 1) && !used.get(i + 1).copied().unwrap_or(true);
        let next_kar = norms.get(i + 1).is_some_and(|w| w == "कर")
            && !used.get(i + 1).copied().unwrap_or(true);
        let auxlike = is(&lex.aux, i) || is(&lex.vector, i);
        let prev_verb = i > 0 && is(&lex.verbish, i - 1) && toks[i - 1].word;
        let ok = if bare && !(next_vector || next_kar || is(&lex.aux, i + 1)) {
            // A bare stem is a verb only before an auxiliary or a second verb
            // ("थम रहा", "पहुंच गयी", "बढ़ कर"); else it is a noun or a
            // participle of another word.
            false
        } else if bare && v.nobare && !next_vector {
            false
        } else if v.afterpost {
            i > 0 && is(&lex.post, i - 1)
        } else {
            !(auxlike && prev_verb)
        };
        if !ok {
            i += 1;
            continue;
        }
        let end = if bare && (next_vector || next_kar) {
            i + 2
        } else {
            i + 1
        };
        let negated =
            i > 0 && (is_neg(i - 1) || (i > 1 && is(&lex.particle, i - 1) && is_neg(i - 2)));
        found.push((i, end, v.class, negated, Shape::Verb));
        used[i..end].iter_mut().for_each(|u| *u = true);
        i = end;
    }

    crate::util::sort::sort_by_key(&mut found, |f| f.0);
    found
        .into_iter()
        .filter_map(|(a, b, class, negated, shape)| {
            let (start, end) = (toks.get(a)?.start, toks.get(b.checked_sub(1)?)?.end);
            Some(HiEvent {
                start,
                end,
                trigger: text.get(start..end)?.to_string(),
                class,
                negated,
                shape,
            })
        })
        .collect()
}

/// Sentence ends for [`hindi_events`]: dandas and sentence punctuation.
fn ends_sentence(t: &Tok) -> bool {
    !t.word && matches!(t.norm.as_str(), "।" | "॥" | "|" | "." | "?" | "!")
}

/// Evaluation hook: the Hindi event mentions of a whole text as
/// `(start, end, class)` in **code points** (Python `str` indices), the
/// offsets of the annotated sets. The text is cut into sentences at dandas,
/// sentence punctuation and line breaks, and [`find`] runs on each. Used by
/// `khabar-eval hi-events`; the pipeline calls [`find`] with its own
/// sentences.
pub fn hindi_events(text: &str) -> Vec<(usize, usize, &'static str)> {
    let toks = tokenize(text, 0, text.len());
    let mut out = Vec::new();
    let mut from = 0;
    for k in 0..=toks.len() {
        let cut = match (toks.get(k), k.checked_sub(1).and_then(|p| toks.get(p))) {
            (None, _) => true,
            (Some(t), _) if ends_sentence(t) => true,
            (Some(t), Some(p)) => text
                .get(p.end..t.start)
                .is_some_and(|gap| gap.contains('\n')),
            (Some(_), None) => false,
        };
        if !cut {
            continue;
        }
        if let Some(sentence) = toks.get(from..k) {
            out.extend(find(text, sentence));
        }
        from = if toks.get(k).is_some_and(ends_sentence) {
            k + 1
        } else {
            k
        };
    }
    // Byte offset → code point index, in one pass (mentions are in order).
    let mut cps = Vec::with_capacity(out.len());
    let (mut byte, mut count) = (0usize, 0usize);
    let mut to_cp = |b: usize| {
        let step = text.get(byte..b).map_or(0, |s| s.chars().count());
        count += step;
        byte = byte.max(b);
        count
    };
    for e in &out {
        let s = to_cp(e.start);
        let t = to_cp(e.end);
        cps.push((s, t, e.class.as_str()));
    }
    cps
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (trigger, class, negated) of every mention of `s`.
    fn run(s: &str) -> Vec<(String, &'static str, bool)> {
        let toks = tokenize(s, 0, s.len());
        find(s, &toks)
            .into_iter()
            .map(|e| (e.trigger, e.class.as_str(), e.negated))
            .collect()
    }

    fn triggers(s: &str) -> Vec<String> {
        run(s).into_iter().map(|(t, _, _)| t).collect()
    }

    #[test]
    fn kar_family_light_verbs() {
        assert_eq!(
            run("सरकार ने नई योजना की घोषणा की है।"),
            [("घोषणा की".to_string(), "REPORTING", false)]
        );
        assert_eq!(triggers("मुख्यमंत्री ने पुल का उद्घाटन किया।"), ["उद्घाटन किया"]);
        assert_eq!(
            triggers("पुलिस ने तीन लोगों को गिरफ्तार किया है"),
            ["गिरफ्तार किया"]
        );
        assert_eq!(triggers("वे कल बैठक करेंगे"), ["बैठक करेंगे"]);
        assert_eq!(triggers("इलाके को सील कर दिया गया है"), ["सील कर दिया"]);
    }

    #[test]
    fn ho_family_keeps_the_compound_but_not_the_auxiliary() {
        assert_eq!(triggers("दो लोगों की मौत हो गई है।"), ["मौत हो गई"]);
        assert_eq!(triggers("अब तक 11 लोगों की मौत हो चुकी है"), ["मौत हो"]);
        assert_eq!(triggers("बैठक हुई"), ["बैठक हुई"]);
        assert_eq!(triggers("शनिवार को बैठक होगी"), ["बैठक होगी"]);
    }

    #[test]
    fn aa_de_le_rakh_rah_families() {
        assert_eq!(triggers("जिले में बाढ़ आई"), ["बाढ़ आई"]);
        assert_eq!(triggers("चार नए मामले सामने आए हैं"), ["सामने आए"]);
        assert_eq!(
            run("मंत्री ने इसकी जानकारी दी।"),
            [("जानकारी दी".to_string(), "REPORTING", false)]
        );
        assert_eq!(
            triggers("आईएमए का सहयोग भी लिया जा रहा है"),
            ["सहयोग भी लिया"]
        );
        assert_eq!(
            run("लॉकडाउन जारी रखने का फैसला"),
            [
                ("लॉकडाउन".to_string(), "OCCURRENCE", false),
                ("जारी रखने".to_string(), "ASPECTUAL", false),
                ("फैसला".to_string(), "I_ACTION", false),
            ]
        );
        assert_eq!(run("परीक्षाएं जारी रहेंगी")[1].1, "ASPECTUAL");
        assert_eq!(run("दिशा-निर्देश जारी किए हैं")[0].1, "OCCURRENCE");
        assert_eq!(run("स्कूल बंद रहेंगे")[0], ("बंद रहेंगे".to_string(), "STATE", false));
    }

    #[test]
    fn genitive_ki_is_no_light_verb() {
        // "जांच की व्यवस्था": the test's arrangement; "जांच की गई": tested.
        assert_eq!(triggers("नमूने की जांच की व्यवस्था है"), ["जांच"]);
        assert_eq!(triggers("330 लोगों की जांच की गई"), ["जांच की"]);
        assert_eq!(triggers("लोगों की जांच की और घर भेजा"), ["जांच की", "भेजा"]);
    }

    #[test]
    fn negation_is_kept_and_flagged() {
        assert_eq!(
            run("वायरस की पुष्टि नहीं हुई है"),
            [("पुष्टि नहीं हुई".to_string(), "OCCURRENCE", true)]
        );
        assert_eq!(
            run("संख्या नहीं बढ़ी"),
            [("बढ़ी".to_string(), "OCCURRENCE", true)]
        );
        assert_eq!(run("सरकार ने पुष्टि नहीं की है")[0].1, "REPORTING");
    }

    #[test]
    fn simple_and_compound_verbs() {
        assert_eq!(
            run("उन्होंने कहा कि")[0],
            ("कहा".to_string(), "REPORTING", false)
        );
        assert_eq!(triggers("डॉक्टरों की टीम वहां पहुँच गयी थी"), ["पहुँच गयी"]);
        assert_eq!(triggers("संख्या बढ़ कर 49 हो गई"), ["बढ़ कर"]);
        assert_eq!(triggers("कोरोना का कहर नहीं थम रहा"), ["थम"]);
        assert_eq!(run("कहर नहीं थम रहा")[0].1, "ASPECTUAL");
        // The passive गया after a participle is an auxiliary.
        assert_eq!(triggers("टीम को भेजा गया है"), ["भेजा"]);
        // गए after a postposition is the verb "went".
        assert_eq!(triggers("वे एकांतवास में गए"), ["गए"]);
        assert_eq!(triggers("वे रोज घर गए"), Vec::<String>::new());
    }

    #[test]
    fn every_class_has_a_word() {
        let table = [
            ("उन्होंने बताया", "REPORTING"),
            ("लोगों से अपील की", "I_ACTION"),
            ("संक्रमण की आशंका है", "I_STATE"),
            ("उसे मानकर चलें", "I_STATE"),
            ("लोगों ने देखा", "PERCEPTION"),
            ("काम शुरू हुआ", "ASPECTUAL"),
            ("सावधान रहना होगा", "STATE"),
            ("सड़क पर हमला हुआ", "OCCURRENCE"),
        ];
        for (s, class) in table {
            let got = run(s);
            assert!(got.iter().any(|e| e.1 == class), "{s}: {got:?}");
        }
    }

    #[test]
    fn nouns_alone_and_idioms_that_are_no_event() {
        assert_eq!(triggers("मौत के बाद चुनाव टल गया"), ["मौत", "चुनाव"]);
        assert_eq!(triggers("मामलों को देखते हुए"), Vec::<String>::new());
        assert_eq!(
            triggers("अंतिम संस्कार करने से मना कर दिया"),
            ["अंतिम संस्कार करने", "मना कर दिया"]
        );
    }

    #[test]
    fn spellings_are_normalized() {
        assert_eq!(normalize("पहुँच"), "पहुंच");
        assert_eq!(normalize("गयी"), "गई");
        assert_eq!(normalize("आये"), "आए");
        assert_eq!(normalize("स्\u{200D}वास्\u{200D}थ्\u{200D}य"), "स्वास्थ्य");
        assert_eq!(normalize("ब\u{0922}\u{093C}ी"), "ब\u{095D}ी");
        assert_eq!(normalize("ये"), "ये");
    }

    #[test]
    fn hook_gives_code_points_and_cuts_sentences() {
        let text = "ए बैठक हुई।\nउसने कहा";
        let got = hindi_events(text);
        let chars: Vec<char> = text.chars().collect();
        let slice = |s: usize, e: usize| chars[s..e].iter().collect::<String>();
        let texts: Vec<String> = got.iter().map(|&(s, e, _)| slice(s, e)).collect();
        assert_eq!(texts, ["बैठक हुई", "कहा"]);
        assert_eq!(got[0].2, "OCCURRENCE");
        // A light verb never reaches across a danda.
        assert_eq!(hindi_events("बैठक। हुई").len(), 1);
    }

    #[test]
    fn never_panics_on_odd_input() {
        for s in [
            "",
            "।",
            "की",
            "कर दिया",
            "\u{093C}\u{093C}",
            "नहीं नहीं की",
            "a की b",
            "ये",
        ] {
            let _ = hindi_events(s);
        }
    }

    #[test]
    fn the_lexicon_parses_every_line() {
        let lex = Lexicon::shared();
        assert!(lex.nouns.len() > 100);
        assert!(lex.light.contains_key("किया"));
        assert!(lex.vector.contains("दिया"));
        assert!(lex.aux.contains("रहा"));
        assert!(!lex.aux.contains("रहना"));
        for line in LEXICON
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
        {
            let cols: Vec<&str> = line.split('\t').collect();
            assert_eq!(cols.len(), 4, "{line}");
            if matches!(cols[0], "noun" | "verb" | "lvc") {
                assert!(EventClass::parse(cols[2]).is_some(), "{line}");
            }
        }
    }
}
