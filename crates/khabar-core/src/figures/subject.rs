//! The entity a figure is plainly about.
//!
//! A wrong subject is worse than none, so only the plainest sentence gets
//! one: its first words name an organization or a place ("Reliance posted
//! a profit of Rs 10,000 crore", "Maharashtra reported 2,000 new cases",
//! "रिलायंस ने 10,000 करोड़ रुपये …"), no other entity is named between
//! that name and the figure, and no reporting verb or quotation stands
//! between them (in "The RBI said inflation rose 6 per cent" the RBI is the
//! source, not what the figure is about), and the name stands at
//! most a few words before the figure. People are left out: in "Modi
//! announced a Rs 20 lakh crore package" the figure is the package's.

use crate::context::shared::Shared;
use crate::model::{EntityType, Figure};

/// The most words between the name and the figure: "Ola Electric, which
/// has sold over 6.8 lakh …" (four), not "The IMD classifies very heavy
/// rain as rainfall amounting to between 124.5 mm …" (ten).
const MAX_BETWEEN: usize = 6;

/// Sets the subject of each figure that has a plain one.
pub(super) fn assign(figures: &mut [Figure], shared: &Shared<'_>) {
    let lex = super::lexicon::lexicon();
    for f in figures.iter_mut() {
        let u = shared.units.partition_point(|u| u.1 <= f.start);
        let Some(&(from, _)) = shared.units.get(u).filter(|u| u.0 <= f.start) else {
            continue;
        };
        let ms = shared.mentions.within(from, f.start);
        let Some(first) = ms.first() else {
            continue;
        };
        if ms.iter().any(|m| m.entity != first.entity) {
            continue;
        }
        if !matches!(
            shared.mentions.kind(first),
            EntityType::Org | EntityType::Gpe
        ) {
            continue;
        }
        // The name opens the sentence, perhaps after "the".
        let toks = shared.words.range(from, f.start);
        let lead = toks.iter().take_while(|t| t.end <= first.start).count();
        let opens = lead == 0 || (lead == 1 && toks.first().is_some_and(|t| t.norm == "the"));
        if !opens {
            continue;
        }
        let last_end = ms.last().map_or(first.end, |m| m.end);
        // Close to the figure: a few words between the name and it.
        let between = toks
            .iter()
            .filter(|t| t.start >= last_end && t.word)
            .count();
        if between > MAX_BETWEEN {
            continue;
        }
        let clear = toks.iter().filter(|t| t.start >= last_end).all(|t| {
            let quote =
                !t.word && matches!(t.norm.as_str(), "\"" | "“" | "”" | ";" | ":" | "'" | "‘");
            let speech = t.word && lex.word(t.norm.as_str()).is_some_and(|w| w.speech);
            !quote && !speech
        });
        if clear {
            f.subject = shared.mentions.id(first.entity);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{analyze, Document, Options};

    /// (figure text, subject entity name) for each figure of `text`.
    fn subjects(text: &str) -> Vec<(String, Option<String>)> {
        let a = analyze(&Document::text(text), &Options::default()).unwrap_or_default();
        let name = |id: &str| a.entities.iter().find(|e| e.id == id).map(|e| e.name.clone());
        a.figures
            .iter()
            .map(|f| (f.text.clone(), f.subject.as_deref().and_then(name)))
            .collect()
    }

    #[test]
    fn only_the_plainest_sentences_get_a_subject() {
        let got = subjects(
            "Reliance Industries posted a profit of Rs 10,000 crore in the quarter.\n\n\
             The Reserve Bank of India said inflation rose 6 per cent.\n\n\
             Maharashtra reported 2,000 new cases on Monday.\n\n\
             Prime Minister Narendra Modi announced a Rs 20 lakh crore package.\n",
        );
        let want = [
            ("Rs 10,000 crore", Some("Reliance Industries")),
            // The bank is the source of the figure, not what it is about.
            ("6 per cent", None),
            ("2,000", Some("Maharashtra")),
            // People are left out: the figure is the package's.
            ("Rs 20 lakh crore", None),
        ];
        let want: Vec<(String, Option<String>)> = want
            .iter()
            .map(|(t, s)| (t.to_string(), s.map(str::to_string)))
            .collect();
        assert_eq!(got, want);
    }
}
