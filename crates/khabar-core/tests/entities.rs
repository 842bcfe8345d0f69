//! Entities on real text: golden tables for the two sample articles (the
//! people, organizations and places a reader would list, with aliases,
//! cross-script merges and roles), cross-document merging, and
//! false-positive tables (titles alone, sentence-initial words, months and
//! weekdays, Hindi function words must not become entities).
//!
//! The tables are data, `tests/entities-cases/*.tsv`, replayed by
//! [`check`] and [`false_positives`]: a new case is a new row there.

use khabar_core::model::{Analysis, Entity, EntityType};
use khabar_core::{analyze, merge, Document, Options};

fn sample(name: &str) -> String {
    let path = format!("{}/../../www/samples/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn run(text: &str) -> Analysis {
    analyze(&Document::text(text), &Options::default()).expect("analysis")
}

/// The entity that has `name` as its name or one of its aliases.
fn find<'a>(a: &'a Analysis, name: &str) -> &'a Entity {
    a.entities
        .iter()
        .find(|e| e.name == name || e.aliases.iter().any(|x| x == name))
        .unwrap_or_else(|| {
            let all: Vec<String> = a
                .entities
                .iter()
                .map(|e| format!("{} {:?} {:?}", e.name, e.kind, e.aliases))
                .collect();
            panic!("no entity {name:?}; entities: {all:#?}")
        })
}

/// The rows of a table (`tests/entities-cases/*.tsv`): the tab-separated
/// fields of every line that is neither blank nor a `#` comment.
fn rows(tsv: &str) -> Vec<Vec<&str>> {
    tsv.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').collect())
        .collect()
}

/// A field holding a list, its items separated by "|"; a missing or empty
/// field is an empty list.
fn list(field: Option<&&str>) -> Vec<String> {
    field
        .into_iter()
        .flat_map(|f| f.split('|'))
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// Checks `a` against a golden table: in each row, every name of the first
/// field is the same entity (its name or an alias), of the type of the
/// second field ("PERSON", "GPE", …), with every role of the third. Also
/// checks that mention offsets hold and that ids follow salience order.
fn check(a: &Analysis, table: &str) {
    let rows = rows(table);
    assert!(!rows.is_empty(), "an empty table");
    for row in &rows {
        let names = list(row.first());
        let kind = row.get(1).copied().unwrap_or("");
        let e = find(a, &names[0]);
        assert_eq!(e.kind.as_str(), kind, "type of {}", names[0]);
        for n in &names[1..] {
            let other = find(a, n);
            assert_eq!(
                other.id, e.id,
                "{} = {} (got {:?} and {:?})",
                names[0], n, e.name, other.name
            );
        }
        for r in list(row.get(2)) {
            assert!(
                e.roles.contains(&r),
                "{}: role {r:?} missing from {:?}",
                e.name,
                e.roles
            );
        }
        for m in &e.mentions {
            assert_eq!(
                &a.text[m.start..m.end],
                m.text,
                "mention offsets of {}",
                e.name
            );
        }
    }
    // Ids follow salience order.
    for (i, e) in a.entities.iter().enumerate() {
        assert_eq!(e.id, format!("e{}", i + 1));
        assert!((0.0..=1.0).contains(&e.salience));
        if i > 0 {
            assert!(a.entities[i - 1].salience >= e.salience);
        }
    }
}

use EntityType::{Gpe, Org};

#[test]
fn english_sample_yields_the_entities_a_reader_would_list() {
    let a = run(&sample("en-ani-nadda-murashko-2025-12-04.txt"));
    check(&a, include_str!("entities-cases/golden-en.tsv"));
    // The protagonists lead the list.
    let top: Vec<&str> = a.entities.iter().take(6).map(|e| e.name.as_str()).collect();
    for who in ["Jagat Prakash Nadda", "Vladimir Putin"] {
        assert!(top.contains(&who), "{who} not in the top 6: {top:?}");
    }
    // No junk: titles and courtesy words are not entities.
    for e in &a.entities {
        for bad in [
            "Health Minister",
            "Defence Minister",
            "His Excellency",
            "Summit",
            "Thursday",
            "Special",
        ] {
            assert_ne!(e.name, bad);
        }
    }
}

#[test]
fn hindi_sample_yields_the_entities_a_reader_would_list() {
    let a = run(&sample("hi-rajnath-putin-moscow-2024-12-10.txt"));
    check(&a, include_str!("entities-cases/golden-hi.tsv"));
    assert_eq!(
        a.entities[0].name, "राजनाथ सिंह",
        "the protagonist is the most salient"
    );
    for e in &a.entities {
        for bad in ["रक्षा मंत्री", "मंगलवार", "रविवार", "एक्स"]
        {
            assert_ne!(e.name, bad);
        }
        // Two countries joined by a hyphen are the two countries ("भारत-रूस
        // की दोस्ती", "India-Russia Special and…" in the tweet).
        for m in &e.mentions {
            assert!(
                !matches!(m.text.as_str(), "भारत-रूस" | "India-Russia Special"),
                "{} ({:?})",
                m.text,
                e.kind
            );
        }
    }
    let india = find(&a, "भारत");
    assert!(
        india.mentions.iter().any(|m| m.text == "India"),
        "{india:?}"
    );
}

#[test]
fn well_known_organizations_keep_their_type_and_merge_across_scripts() {
    let en = run(
        "Finance Minister Nirmala Sitharaman will present the budget in the Lok Sabha. \
         WhatsApp vs Telegram: the ICMR issued an advisory.",
    );
    for name in ["Lok Sabha", "Telegram", "ICMR"] {
        assert_eq!(find(&en, name).kind, Org, "{name}");
    }
    let hi = run("आईसीएमआर ने बुधवार को नई सलाह जारी की।");
    let corpus = merge(&[en, hi]);
    let icmr = corpus
        .entities
        .iter()
        .find(|e| e.name == "ICMR" || e.aliases.iter().any(|x| x == "ICMR"))
        .expect("ICMR");
    assert!(
        icmr.name == "आईसीएमआर" || icmr.aliases.iter().any(|x| x == "आईसीएमआर"),
        "{icmr:?}"
    );
}

#[test]
fn hyphenated_country_pairs_are_the_countries() {
    let a = run("उन्होंने कहा कि भारत-रूस संबंध बहुत मजबूत हैं। India-Pakistan ties are tense.");
    for name in ["भारत", "रूस", "India", "Pakistan"] {
        assert_eq!(find(&a, name).kind, Gpe, "{name}");
    }
    for e in &a.entities {
        assert!(!e.name.contains('-'), "{}", e.name);
    }
}

#[test]
fn hindi_initials_stay_in_the_name() {
    // Devanagari initials are letter names with a dot; the dot neither ends
    // the sentence nor the name, and the honorific is not the role.
    let a = run("विदेश मंत्री डॉ. एस. जयशंकर ने सोमवार को कहा कि हर्ष वी. पंत से बात हुई।");
    check(&a, "एस. जयशंकर\tPERSON\tविदेश मंत्री\nहर्ष वी. पंत\tPERSON\n");
    for e in &a.entities {
        assert!(
            !matches!(e.name.as_str(), "एस" | "हर्ष वी" | "पंत"),
            "{}",
            e.name
        );
    }
}

#[test]
fn hindi_spellings_of_places_known_in_english() {
    // The gazetteer has Sangli, Satara and Karnal only in Latin script;
    // their Devanagari spellings are found by reading them out, where a
    // list with a known place or a place word confirms them.
    let a = run(
        "महाराष्ट्र के पुणे , सांगली , सतारा और सोलापुर जिलों में भारी बारिश हुई। \
         करनाल जिले में स्कूल बंद रहे।",
    );
    for name in ["सांगली", "सतारा", "करनाल"] {
        assert_eq!(find(&a, name).kind, Gpe, "{name}");
    }
    let en = run("Schools in Sangli and Karnal were shut on Monday.");
    let corpus = merge(&[a, en]);
    for (hi, en) in [("सांगली", "Sangli"), ("करनाल", "Karnal")] {
        let e = corpus
            .entities
            .iter()
            .find(|e| e.name == hi || e.aliases.iter().any(|x| x == hi))
            .expect(hi);
        assert!(
            e.name == en || e.aliases.iter().any(|x| x == en),
            "{hi} = {en}: {e:?}"
        );
    }
}

#[test]
fn the_samples_merge_across_scripts() {
    let en = run(&sample("en-ani-nadda-murashko-2025-12-04.txt"));
    let hi = run(&sample("hi-rajnath-putin-moscow-2024-12-10.txt"));
    let corpus = merge(&[en, hi]);
    let id = |name: &str| {
        corpus
            .entities
            .iter()
            .find(|e| e.name == name || e.aliases.iter().any(|a| a == name))
            .map(|e| e.id.clone())
            .unwrap_or_else(|| panic!("no corpus entity {name}"))
    };
    for (a, b) in [
        ("राजनाथ सिंह", "Rajnath Singh"),
        ("व्लादिमीर पुतिन", "Vladimir Putin"),
        ("मॉस्को", "Moscow"),
        ("भारत", "India"),
        ("रूस", "Russian Federation"),
    ] {
        assert_eq!(id(a), id(b), "{a} = {b}");
    }
    assert_ne!(id("Rajnath Singh"), id("Vladimir Putin"));
    // One corpus entity per (document, entity).
    let n: usize = corpus.entities.iter().map(|e| e.mentions.len()).sum();
    assert!(n > 20);
}

/// Fails listing every failure, when there are any.
fn assert_none(failures: &[String]) {
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Replays a story table: in each row, the text of the first field (`\n`
/// stands for a line break) has exactly the entities of the second field,
/// `|`-separated, each written `name=TYPE` and, when more names must be
/// the same entity, `name~other~…=TYPE`.
fn stories(table: &str) {
    let rows = rows(table);
    let mut failures = Vec::new();
    for row in &rows {
        let text = row[0].replace("\\n", "\n");
        let a = run(&text);
        let wanted = list(row.get(1));
        let has = |e: &Entity, n: &str| e.name == n || e.aliases.iter().any(|x| x == n);
        for item in &wanted {
            let (names, kind) = item.rsplit_once('=').unwrap_or((item, ""));
            let names: Vec<&str> = names.split('~').collect();
            let Some(e) = a.entities.iter().find(|e| has(e, names[0])) else {
                failures.push(format!("{text:?}: missing {:?}", names[0]));
                continue;
            };
            if e.kind.as_str() != kind {
                failures.push(format!("{text:?}: {:?} is {:?}", names[0], e.kind));
            }
            for n in &names[1..] {
                if !has(e, n) {
                    failures.push(format!("{text:?}: {n:?} not merged into {:?}", e.name));
                }
            }
        }
        if a.entities.len() != wanted.len() {
            let all: Vec<String> = a
                .entities
                .iter()
                .map(|e| format!("{}={} {:?}", e.name, e.kind.as_str(), e.aliases))
                .collect();
            failures.push(format!("{text:?}: entities {all:?}"));
        }
    }
    assert_none(&failures);
}

#[test]
fn a_title_glossed_by_its_acronym_cues_the_name_after_it() {
    // "Director General of Police (DGP)" is a title: the acronym spells it,
    // and the name after the brackets is the person who holds it.
    let a = run("Director General of Police (DGP) Anil Verma visited the site.");
    let verma = find(&a, "Anil Verma");
    assert_eq!(verma.kind, EntityType::Person);
    assert!(
        verma
            .roles
            .iter()
            .any(|r| r == "Director General of Police"),
        "{verma:?}"
    );
    for e in &a.entities {
        assert_ne!(e.name, "Director General of Police");
    }
}

#[test]
fn english_stories_type_merge_and_bound_names_by_evidence() {
    stories(include_str!("entities-cases/stories-en.tsv"));
}

#[test]
fn hindi_stories_type_merge_and_bound_names_by_evidence() {
    stories(include_str!("entities-cases/stories-hi.tsv"));
}

/// Replays a false-positive table: in each row, the sentence of the first
/// field has no mention but those of the second ("|"-separated), and has
/// all of them.
fn false_positives(table: &str) {
    let rows = rows(table);
    assert!(rows.len() >= 50, "only {} rows", rows.len());
    let mut failures = Vec::new();
    for row in &rows {
        let text = row[0];
        let allowed = list(row.get(1));
        let a = run(text);
        for e in &a.entities {
            for m in &e.mentions {
                if !allowed.contains(&m.text) {
                    failures.push(format!("{text:?}: unexpected {:?} {:?}", e.kind, m.text));
                }
            }
        }
        for want in &allowed {
            if !a
                .entities
                .iter()
                .any(|e| e.mentions.iter().any(|m| m.text == *want))
            {
                failures.push(format!("{text:?}: missing {want:?}"));
            }
        }
    }
    assert_none(&failures);
}

#[test]
fn english_titles_dates_and_common_words_alone_are_no_entities() {
    false_positives(include_str!("entities-cases/false-positives-en.tsv"));
}

#[test]
fn hindi_titles_dates_and_function_words_alone_are_no_entities() {
    false_positives(include_str!("entities-cases/false-positives-hi.tsv"));
}

#[test]
fn never_panics_on_odd_input() {
    for text in [
        "",
        " ",
        "(",
        "A",
        "@",
        "@@@ ###",
        "Mr.",
        "Mr. .",
        "राजनाथ (",
        "( Andrey",
        "J.P.",
        "\u{200D}\u{094D}",
        "India-",
        "-India",
        "श्री",
        "😀 Putin's 😀 पुतिन 😀",
        "Minister of",
        "of the and &",
    ] {
        let a = run(text);
        for e in &a.entities {
            for m in &e.mentions {
                assert_eq!(&a.text[m.start..m.end], m.text);
            }
        }
    }
}
