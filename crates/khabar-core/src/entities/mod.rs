//! Named entities: who and what an article names, as entities with their
//! mentions, aliases, roles and salience.
//!
//! [`recognize`] runs the passes below in this order, each linear in the
//! text (resolving overlaps: n log n in the proposals). The first four propose mentions ([`candidates::Raw`]), each with a
//! priority ([`candidates::prio`]) saying how far it is trusted; the fifth
//! keeps the best of overlapping proposals; the rest build on what was
//! kept.
//!
//! 1. [`gazetteer`]: the Devanagari names of the gazetteer, wherever they
//!    stand as whole words; then [`spelled_places`]: Devanagari spellings
//!    of the places it knows only in Latin script (सांगली = Sangli).
//! 2. [`rules`], per sentence (and the dateline and the signature lines of
//!    embedded posts): the [`english`] rules (capitalized runs cut into
//!    titles and names, typed by the gazetteer or their form, acronyms,
//!    apposition), then the [`hindi`] rules (titles before a name, "… जी",
//!    "… मंत्रालय").
//! 3. [`embeds`]: the author a post's signature line names.
//! 4. [`tagger_merge`]: the learned tagger's ([`ner`]) candidates, trimmed
//!    at their [`edges`], join the proposals. It comes after the rules
//!    because it weighs itself against them: it drops the bare guesses it
//!    does not support, and a rule it reads better steps back.
//! 5. [`candidates::resolve`]: of overlapping proposals the most trusted
//!    wins (gazetteer hits and title-cued names, then typed forms, then the
//!    tagger, then bare guesses), then the longer.
//!    Then [`bounds`] closes brackets ("JD(U)") and takes in initials
//!    ("B S Sandhu") and "X and Y Department", and reads a name before a
//!    word for a government as who leads it ("योगी सरकार", "Vajpayee
//!    Government") and a Devanagari place before a form word as the
//!    organization ("दिल्ली पुलिस"); [`evidence`] makes a lone
//!    word of a full person name that person; [`noise`] drops what never names anything: sentence-initial
//!    adverbs ("Sadly,"), shouted words ("YES"), tickers, site furniture.
//! 6. [`repeats`]: the words of the people kept, found again ("Singh",
//!    "Putin's", "पुतिन" by its phonetic key) where nothing was kept.
//! 7. [`trained`]: in Hindi text, the names the training data annotates
//!    consistently, where nothing was kept; then an epithet before a
//!    person's name joins it ("छत्रपति शिवाजी").
//! 8. [`group`]: the mentions (and @handles) that name the same thing are
//!    grouped, across scripts.
//! 9. [`build`]: each group becomes an entity (type, name, aliases,
//!    [`roles`]); [`salience`] orders them and numbers them "e1", "e2", …
//!
//! [`lexicon`] holds the compiled-in word lists and gazetteers every pass
//! looks up, [`tokens`] the tokens the rules read, [`translit`] the
//! phonetic keys that match names across scripts.

pub(crate) mod bounds;
pub(crate) mod build;
pub(crate) mod candidates;
pub(crate) mod cues;
pub(crate) mod edges;
pub(crate) mod embeds;
pub(crate) mod english;
pub(crate) mod evidence;
pub(crate) mod gazetteer;
pub(crate) mod group;
pub(crate) mod hindi;
pub(crate) mod lexicon;
pub(crate) mod lists;
pub mod ner;
pub(crate) mod noise;
pub(crate) mod repeats;
pub(crate) mod roles;
pub(crate) mod rules;
pub(crate) mod salience;
pub(crate) mod spelled_places;
pub(crate) mod tagger_merge;
pub(crate) mod tokens;
pub(crate) mod trained;
pub mod translit;

pub use roles::role_holder;

use crate::context::Context;
use crate::model::Entity;

/// Finds the entities of a document, sorted by salience.
pub fn recognize(ctx: &Context<'_>) -> Vec<Entity> {
    let text = ctx.text;
    if text.is_empty() {
        return Vec::new();
    }
    let lex = lexicon::get();
    let mut found = Vec::new();

    // Proposals, in this order (the order breaks ties in step 5).
    let hits = gazetteer::scan(text, lex, &mut found);
    spelled_places::find(text, lex, &hits, &mut found);
    let toks = rules::run(ctx, lex, &mut found);
    embeds::authors(ctx, &mut found);
    tagger_merge::combine(ctx, lex, &mut found);

    // What is kept, and what it brings.
    let mut accepted = candidates::resolve(found);
    bounds::fix(text, lex, &mut accepted);
    bounds::governments(text, lex, &mut accepted);
    bounds::generic_bodies(text, lex, &mut accepted);
    bounds::laws(text, lex, &mut accepted);
    noise::drop(text, lex, &mut accepted);
    evidence::titled_names(text, lex, &mut accepted);
    evidence::role_people(text, lex, &mut accepted);
    evidence::people(text, lex, &mut accepted);
    evidence::headline_people(text, lex, &mut accepted);
    evidence::places(text, lex, &mut accepted);
    lists::harmonize(text, lex, &mut accepted);
    evidence::same_name(text, &mut accepted);
    repeats::find(text, lex, &toks, &mut accepted);
    trained::trained_names(text, lex, &mut accepted);
    trained::epithets(text, lex, &mut accepted);
    noise::locative_people(text, &mut accepted);

    // Entities.
    let (mentions, glosses) = group::mentions(text, accepted, &toks);
    let roots = group::group(&mentions, &glosses, lex);
    build::entities(ctx, &mentions, &roots)
}
