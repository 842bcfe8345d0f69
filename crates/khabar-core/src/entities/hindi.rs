//! The Hindi rules over one sentence.
//!
//! Hindi has no capitals: besides the gazetteer (its own pass), names come
//! from titles before them ("रक्षा मंत्री राजनाथ सिंह ने"), which end at a
//! case marker or function word, from "… जी", and from organization forms
//! ("रक्षा मंत्रालय", "… आयोग"), and from a word for a village, block or
//! district after a name the gazetteer cannot know ("मुंगेर के चुरम्बा
//! गांव").

use crate::entities::candidates::{prio, Raw};
use crate::entities::lexicon::class;
use crate::entities::rules::{Rules, MAX_TITLE};
use crate::model::EntityType;

/// Place words that name a building or a seat, not a settlement: the name
/// before them is not a village's ("बक्सर स्टेशन", "वाराणसी लोकसभा").
const NOT_SETTLEMENT: &[&str] = &["स्टेशन", "लोकसभा", "विधानसभा", "हवाईअड्डा"];

/// Words for an area that holds villages: "क्षेत्र के परतिया गांव",
/// "थाना के अकौनी गांव".
const AREA: &[&str] = &["क्षेत्र", "इलाके", "इलाका", "थाना", "थाने", "ब्लॉक", "ब्लाक"];

impl Rules<'_> {
    fn deva_name_word(&self, k: usize) -> bool {
        self.is_deva_word(k) && {
            let w = self.word(k);
            !self.lex.hindi_stop(w)
                && !self.lex.is(
                    w,
                    class::TITLE_HEAD
                        | class::TITLE_MOD
                        | class::HONORIFIC
                        | class::NAME_SUFFIX
                        | class::ROLE,
                )
        }
    }

    pub(super) fn hindi(&self, found: &mut Vec<Raw>) {
        self.settlements(found);
        let n = self.toks.len();
        let mut k = 0;
        while k < n {
            if !self.is_deva_word(k) {
                k += 1;
                continue;
            }
            let w = self.word(k);
            let c = self.lex.class(w);
            // Titles: "रक्षा मंत्री राजनाथ सिंह", "रूसी राष्ट्रपति व्लादिमीर पुतिन", "श्री …".
            if c & (class::TITLE_HEAD | class::TITLE_MOD | class::HONORIFIC | class::ROLE) != 0
                || self.known(w).is_some_and(|kn| kn.kind == EntityType::Norp)
            {
                let mut j = k;
                let mut last_key = None;
                while j < n && j < k + MAX_TITLE && self.is_deva_word(j) {
                    let cj = self.lex.class(self.word(j));
                    if cj & (class::TITLE_HEAD | class::HONORIFIC | class::ROLE) != 0 {
                        last_key = Some(j);
                    } else if cj & class::TITLE_MOD == 0
                        && self
                            .known(self.word(j))
                            .is_none_or(|kn| kn.kind != EntityType::Norp)
                    {
                        break;
                    }
                    j += 1;
                }
                if let Some(last) = last_key {
                    // "डॉ. विलियम": the abbreviation's dot.
                    let t_end = last + 1 + usize::from(self.is_punct(last + 1, "."));
                    let mut e = t_end;
                    // After a role word ("फुटबॉलर") the name holds no
                    // common word ("खिलाड़ी ठीक हैं", "आरोपी शर्मा पढ़ा लिखा
                    // है").
                    let role = self.lex.is(self.word(last), class::ROLE);
                    let uncommon = |e: usize| !role || !self.lex.hindi_common(self.word(e));
                    while e < n
                        && e < t_end + 3
                        && self.deva_name_word(e)
                        && !self.is_place(e)
                        && uncommon(e)
                    {
                        e += 1;
                    }
                    if e > t_end {
                        let (s, en) = self.span(t_end, e);
                        let idx = self.push(found, s, en, EntityType::Person, prio::STRONG);
                        // A word for what someone does is a role only before
                        // a name of two words: one word after "कारोबारी" or
                        // "वैज्ञानिक" is as often a noun ("बिकवाली").
                        let titled =
                            (k..t_end).any(|t| self.lex.is(self.word(t), class::TITLE_HEAD));
                        if titled || e - t_end >= 2 {
                            found[idx].role = self.hindi_role(k, t_end);
                        }
                        k = e;
                        continue;
                    }
                    k = t_end;
                    continue;
                }
            }
            // "मोदी जी": the word(s) before the respectful suffix.
            if self.lex.is(w, class::NAME_SUFFIX)
                && k > 0
                && self.deva_name_word(k - 1)
                && !self.is_place(k - 1)
            {
                let mut s = k - 1;
                if s > 0 && self.deva_name_word(s - 1) && !self.is_place(s - 1) {
                    s -= 1;
                }
                let (start, end) = self.span(s, k);
                self.push(found, start, end, EntityType::Person, prio::FORM);
            }
            // Organization forms: "रक्षा मंत्रालय", "भारत-रूस अंतर-सरकारी आयोग".
            if c & class::ORG_HEAD != 0 && k > 0 {
                // Back over portfolio words ("गृह"), hyphenated
                // compounds ("अंतर-सरकारी") and places; any other word only
                // right before the head.
                let mut s = k;
                while s > 0 && k - s < 4 && self.is_deva_word(s - 1) {
                    let p = self.word(s - 1);
                    // "श्रम एवं रोजगार मंत्रालय": a conjunction between two
                    // name words.
                    if matches!(p, "एवं" | "तथा" | "और")
                        && s >= 2
                        && self.is_deva_word(s - 2)
                        && !self.lex.hindi_stop(self.word(s - 2))
                        && s < k
                    {
                        s -= 2;
                        continue;
                    }
                    let stop = self.lex.hi_stop.contains(p)
                        || self.lex.is(p, class::POSTPOSITION | class::CALENDAR);
                    let strong =
                        self.lex.is(p, class::TITLE_MOD) || p.contains('-') || self.is_place(s - 1);
                    if !(strong || (!stop && s == k)) {
                        break;
                    }
                    s -= 1;
                    // A country or demonym opens the name: "भारतीय नौसेना".
                    if self.is_place(s) {
                        break;
                    }
                }
                // "अमेरिकी कंपनी फाइजर": a kind of organization after a
                // demonym alone is no name; the name after it is.
                let generic = c & class::ORG_CUE != 0
                    && s + 1 == k
                    && self
                        .known(self.word(s))
                        .is_some_and(|kn| kn.kind == EntityType::Norp);
                if s < k && !generic {
                    let (start, end) = self.span(s, k + 1);
                    // Opened by a country or demonym, it outranks that word.
                    let p = if self.is_place(s) {
                        prio::STRONG
                    } else {
                        prio::FILL
                    };
                    self.push(found, start, end, EntityType::Org, p);
                }
            }
            // "स्पेन के अखबार मार्का", "क्लब जुवेंटस": the name right after
            // a word for a kind of organization, when no common word and
            // no verb's infinitive ("अखबार पढ़ना", "अखबार छूने से").
            if c & class::ORG_CUE != 0 {
                let infinitive = |w: &str| {
                    w.chars().count() > 2
                        && ["ना", "ने", "नी", "ऩा", "ऩे", "ऩी"]
                            .iter()
                            .any(|e| w.ends_with(e))
                };
                let mut e = k + 1;
                while e < n
                    && e < k + 3
                    && self.deva_name_word(e)
                    && !self.lex.hindi_common(self.word(e))
                    && !infinitive(self.word(e))
                    && !self.lex.is(self.word(e), class::ORG_HEAD | class::ORG_CUE)
                    && !self.is_place(e)
                {
                    e += 1;
                }
                // A name that goes on into a form word ("कंपनी एनटीपीसी
                // लिमिटेड") is the form rule's.
                let form = e < n && self.lex.is(self.word(e), class::ORG_HEAD);
                if e > k + 1 && !form {
                    let (start, end) = self.span(k + 1, e);
                    self.push(found, start, end, EntityType::Org, prio::STRONG);
                    k = e;
                    continue;
                }
            }
            k += 1;
        }
    }

    /// Villages, blocks and districts the gazetteer cannot know, named
    /// before a word for one (the lexicon's Devanagari `place_cue`s):
    /// "मुंगेर के चुरम्बा गांव", "क्षेत्र के जगिना हबीबपुर गांव", "देवघर
    /// जिले के सारवां प्रखंड". A word before "गांव" is as often an ordinary
    /// word ("मजदूर शहर के", "पूरे जिले में", "हुड़दंग शहर से"), so the name
    /// needs more: it follows a genitive after a known place or a word for
    /// an area ("मुंगेर के", "थाना क्षेत्र के"), or the place word goes on
    /// into "निवासी" (resident of). One or two words, neither an ordinary
    /// Hindi word nor one of the lexicon's.
    fn settlements(&self, found: &mut Vec<Raw>) {
        let n = self.toks.len();
        let name_word = |j: usize| {
            let w = self.word(j);
            self.deva_name_word(j)
                && w.chars().count() >= 3
                && !self.lex.hindi_common(w)
                && self.lex.class(w) == 0
                && !self.is_place(j)
        };
        for k in 1..n {
            let cue = self.word(k);
            if !self.is_deva_word(k)
                || !self.lex.is(cue, class::PLACE_CUE)
                || NOT_SETTLEMENT.contains(&cue)
                || !name_word(k - 1)
            {
                continue;
            }
            // A second name word only after a boundary: "के जगिना हबीबपुर".
            let mut a = k - 1;
            if a >= 2 && name_word(a - 1) && self.lex.hindi_stop(self.word(a - 2)) {
                a -= 1;
            }
            let genitive = a >= 2
                && matches!(self.word(a - 1), "के" | "का" | "की")
                && (self.is_place(a - 2)
                    || AREA.contains(&self.word(a - 2))
                    || self.lex.is(self.word(a - 2), class::PLACE_CUE));
            let resident = k + 1 < n && self.word(k + 1) == "निवासी";
            if genitive || resident {
                let (s, e) = self.span(a, k);
                self.push(found, s, e, EntityType::Gpe, prio::STRONG);
            }
        }
    }

    /// Whether the word at `k` is a gazetteer place (so not a person's name).
    fn is_place(&self, k: usize) -> bool {
        self.known(self.word(k)).is_some_and(|kn| {
            matches!(
                kn.kind,
                EntityType::Gpe | EntityType::Loc | EntityType::Norp
            )
        })
    }

    fn hindi_role(&self, a: usize, b: usize) -> Option<String> {
        let mut s = a;
        let mut b = b;
        while s < b && self.lex.is(self.word(s), class::HONORIFIC) {
            s += 1;
        }
        // "विदेश मंत्री डॉ. एस. जयशंकर": the honorific closing the title is
        // not part of the role.
        while b > s
            && (self.lex.is(self.word(b - 1), class::HONORIFIC) || self.is_punct(b - 1, "."))
        {
            b -= 1;
        }
        // A word for what someone does is the role too ("फुटबॉलर डेनियल
        // रुगानी"): with it, the name stands without the tagger's support.
        if s >= b || !(s..b).any(|k| self.lex.is(self.word(k), class::TITLE_HEAD | class::ROLE)) {
            return None;
        }
        let (start, end) = self.span(s, b);
        Some(self.slice(start, end).to_string())
    }
}
