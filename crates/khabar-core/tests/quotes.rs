//! Golden tests for quotes: tables of (text, entities, expected quotes).
//!
//! Entities are hand-built (`ents`), so these tests pin the quote stage
//! alone; the sample tests at the end run the whole pipeline.

mod common;

use common::builders::{ents, sample};
use common::table::replay;
use khabar_core::model::{Embed, Entity, QuoteKind};
use khabar_core::quotes::find_in_text;

type Row<'a> = (&'a str, &'a str, &'a [(&'a str, &'a str, QuoteKind)]);

fn check(rows: &[Row<'_>]) {
    replay(rows, |(text, spec, want)| {
        let entities = ents(text, spec);
        let got: Vec<(String, String, QuoteKind)> = find_in_text(text, &entities, &[])
            .into_iter()
            .map(|q| {
                let speaker = q
                    .speaker
                    .and_then(|id| entities.iter().find(|e| e.id == id))
                    .map(|e| e.name.clone())
                    .unwrap_or_default();
                (q.text, speaker, q.kind)
            })
            .collect();
        let want: Vec<(String, String, QuoteKind)> = want
            .iter()
            .map(|&(t, s, k)| (t.to_string(), s.to_string(), k))
            .collect();
        (text.to_string(), want, got)
    });
}

use QuoteKind::{Direct as D, Indirect as I, Post as P};

const SINGH: &str = "Rajnath Singh|Singh#Defence Minister";

#[test]
fn english_patterns() {
    let rows: &[Row<'_>] = &[
        // Cue before.
        ("Rajnath Singh said, \"We will strengthen ties with Russia.\"", SINGH, &[("We will strengthen ties with Russia.", "Rajnath Singh", D)]),
        ("Singh told reporters: \"The talks were very productive.\"", SINGH, &[("The talks were very productive.", "Rajnath Singh", D)]),
        ("According to Singh, \"the talks were very productive.\"", SINGH, &[("the talks were very productive.", "Rajnath Singh", D)]),
        // Cue after.
        ("\"We will strengthen ties with Russia,\" Rajnath Singh said.", SINGH, &[("We will strengthen ties with Russia,", "Rajnath Singh", D)]),
        ("\"We will strengthen ties,\" said Rajnath Singh.", SINGH, &[("We will strengthen ties,", "Rajnath Singh", D)]),
        ("“Curly quotes work too,” Singh told reporters.", SINGH, &[("Curly quotes work too,", "Rajnath Singh", D)]),
        ("\"The talks were productive,\" according to Singh.", SINGH, &[("The talks were productive,", "Rajnath Singh", D)]),
        ("\"We are committed,\" Singh added, \"to deepen cooperation between both countries.\"", SINGH, &[("We are committed,", "Rajnath Singh", D), ("to deepen cooperation between both countries.", "Rajnath Singh", D)]),
        // Posts.
        ("In a post shared on X, JP Nadda said, \"Met Mr. Mikhail Murashko today.\"", "JP Nadda|Nadda;Mikhail Murashko", &[("Met Mr. Mikhail Murashko today.", "JP Nadda", P)]),
        ("Nadda wrote on X: \"Discussed health sector issues with Russia.\"", "JP Nadda|Nadda", &[("Discussed health sector issues with Russia.", "JP Nadda", P)]),
        ("Modi tweeted, \"Congratulations to the team on a great win!\"", "Narendra Modi|Modi", &[("Congratulations to the team on a great win!", "Narendra Modi", P)]),
        // Role nominals.
        ("\"Russia is India's strategic partner,\" the Defence Minister said.", SINGH, &[("Russia is India's strategic partner,", "Rajnath Singh", D)]),
        ("Defence Minister Rajnath Singh arrived in Moscow. \"Russia is a partner,\" the Defence Minister said.", "Rajnath Singh|Singh", &[("Russia is a partner,", "Rajnath Singh", D)]),
        // Pronouns and continuations.
        ("Rajnath Singh spoke at the summit. \"We were eagerly awaiting the visit,\" he added.", SINGH, &[("We were eagerly awaiting the visit,", "Rajnath Singh", D)]),
        ("\"Russia is a partner,\" Singh said. \"We were awaiting the visit,\" he added.", SINGH, &[("Russia is a partner,", "Rajnath Singh", D), ("We were awaiting the visit,", "Rajnath Singh", D)]),
        ("Singh was asked about the deal. \"Yes,\" he said.", SINGH, &[("Yes,", "Rajnath Singh", D)]),
        ("\"Russia is a partner,\" Singh said. \"Our relationship has been maintained despite everything.\"", SINGH, &[("Russia is a partner,", "Rajnath Singh", D), ("Our relationship has been maintained despite everything.", "Rajnath Singh", D)]),
        // A quote over two paragraphs.
        ("Singh said: \"Russia is our partner.\n\n\"Our ties will grow stronger,\" he said.", SINGH, &[("Russia is our partner.\n\n\"Our ties will grow stronger,", "Rajnath Singh", D)]),
        // Indirect speech.
        ("Defence Minister Rajnath Singh on Thursday said that Russia remains India's strategic partner.", SINGH, &[("Russia remains India's strategic partner", "Rajnath Singh", I)]),
        ("Speaking at the meeting, Singh said that ties will grow.", SINGH, &[("ties will grow", "Rajnath Singh", I)]),
        ("Singh told Putin that India has always stood with Russia.", "Rajnath Singh|Singh;Vladimir Putin|Putin", &[("India has always stood with Russia", "Rajnath Singh", I)]),
        ("Singh said the talks with Russia were very productive.", SINGH, &[("the talks with Russia were very productive", "Rajnath Singh", I)]),
        ("The talks were very productive, Singh said.", SINGH, &[("The talks were very productive", "Rajnath Singh", I)]),
        ("The talks were very productive, said Singh.", SINGH, &[("The talks were very productive", "Rajnath Singh", I)]),
        ("Ten agreements are being prepared for signing, TASS reported.", "ORG:TASS", &[("Ten agreements are being prepared for signing", "TASS", I)]),
        ("Putin has departed for his two-day visit to India, as reported by TASS.", "ORG:TASS;Vladimir Putin|Putin", &[("Putin has departed for his two-day visit to India", "TASS", I)]),
        ("According to TASS, the delegation will hold comprehensive discussions.", "ORG:TASS", &[("the delegation will hold comprehensive discussions", "TASS", I)]),
        ("Modi, who met Putin on Monday, said that ties are strong.", "Narendra Modi|Modi;Vladimir Putin|Putin", &[("ties are strong", "Narendra Modi", I)]),
        ("The Ministry of External Affairs said that the visit was a success.", "ORG:Ministry of External Affairs", &[("the visit was a success", "Ministry of External Affairs", I)]),
        // No speaker in the text.
        ("According to officials, the delegation will arrive on Monday.", "", &[("the delegation will arrive on Monday", "", I)]),
        ("\"The situation is under control,\" officials said.", "", &[("The situation is under control,", "", D)]),
        ("\"This is a long quote with no attribution at all.\"", "", &[("This is a long quote with no attribution at all.", "", D)]),
        // Hard cases: scare quotes, nesting, non-speech "said".
        ("The so-called \"peace plan\" was rejected.", "", &[]),
        ("He called it a 'historic' day.", "", &[]),
        ("The news was posted on 'X' yesterday.", "", &[]),
        ("\"He told me 'never give up' and I listened,\" Singh said.", SINGH, &[("He told me 'never give up' and I listened,", "Rajnath Singh", D)]),
        ("The said property was sold to the buyer last year.", "", &[]),
        ("Putin's visit, the Leaders' Summit and Hon'ble guests were discussed.", "", &[]),
        ("😀 \"Quote with emoji 😀 inside it,\" Singh said.", SINGH, &[("Quote with emoji 😀 inside it,", "Rajnath Singh", D)]),
    ];
    assert!(rows.len() >= 30);
    check(rows);
}

const RS: &str = "राजनाथ सिंह|राजनाथ|सिंह#रक्षा मंत्री";

#[test]
fn hindi_patterns() {
    let rows: &[Row<'_>] = &[
        // Reported speech with कि.
        ("राजनाथ सिंह ने कहा कि भारत रूस के साथ खड़ा है।", RS, &[("भारत रूस के साथ खड़ा है", "राजनाथ सिंह", I)]),
        ("सिंह ने पुतिन को बताया कि भारत हमेशा अपने रूसी मित्रों के साथ खड़ा रहा है.", "राजनाथ सिंह|सिंह;व्लादिमीर पुतिन|पुतिन", &[("भारत हमेशा अपने रूसी मित्रों के साथ खड़ा रहा है", "राजनाथ सिंह", I)]),
        ("राजनाथ सिंह ने बताया कि दोनों देशों ने कई समझौतों पर हस्ताक्षर किए।", RS, &[("दोनों देशों ने कई समझौतों पर हस्ताक्षर किए", "राजनाथ सिंह", I)]),
        ("विदेश मंत्री एस जयशंकर ने कहा कि भारत शांति चाहता है।", "एस जयशंकर|जयशंकर", &[("भारत शांति चाहता है", "एस जयशंकर", I)]),
        ("मुख्यमंत्री योगी आदित्यनाथ ने कहा कि राज्य में कानून व्यवस्था बेहतर है।", "योगी आदित्यनाथ", &[("राज्य में कानून व्यवस्था बेहतर है", "योगी आदित्यनाथ", I)]),
        ("राहुल गांधी का कहना है कि सरकार विफल रही है।", "राहुल गांधी", &[("सरकार विफल रही है", "राहुल गांधी", I)]),
        ("मोदी ने ट्वीट कर कहा कि टीम को बधाई।", "नरेंद्र मोदी|मोदी", &[("टीम को बधाई", "नरेंद्र मोदी", I)]),
        // Role nominals.
        ("रक्षा मंत्री ने 'एक्स' पर कहा कि मॉस्को में पुतिन से मिलकर खुशी हुई.", RS, &[("मॉस्को में पुतिन से मिलकर खुशी हुई", "राजनाथ सिंह", I)]),
        ("रक्षा मंत्री राजनाथ सिंह मॉस्को पहुंचे। रक्षा मंत्री ने कहा कि दोनों देशों के संबंध मजबूत हैं।", "राजनाथ सिंह|सिंह", &[("दोनों देशों के संबंध मजबूत हैं", "राजनाथ सिंह", I)]),
        ("प्रधानमंत्री ने कहा कि देश आगे बढ़ रहा है।", "नरेंद्र मोदी|मोदी#प्रधानमंत्री", &[("देश आगे बढ़ रहा है", "नरेंद्र मोदी", I)]),
        // Pronouns.
        ("राजनाथ सिंह ने बेलौसोव से मुलाकात की। उन्होंने कहा कि भारत-रूस संबंध बहुत मजबूत हैं।", "राजनाथ सिंह|राजनाथ;आंद्रेई बेलौसोव|बेलौसोव", &[("भारत-रूस संबंध बहुत मजबूत हैं", "राजनाथ सिंह", I)]),
        ("राजनाथ सिंह मॉस्को पहुंचे। 'हम रूस के साथ हैं', उन्होंने कहा।", RS, &[("हम रूस के साथ हैं", "राजनाथ सिंह", D)]),
        ("राजनाथ सिंह मॉस्को पहुंचे। उन्होंने उम्मीद जताई कि दोनों देश मिलकर काम करेंगे।", RS, &[("दोनों देश मिलकर काम करेंगे", "राजनाथ सिंह", I)]),
        // Direct quotes.
        ("बैठक में राजनाथ ने कहा कि भारत-रूस की दोस्ती 'सबसे ऊंचे पर्वत से भी ऊंची है'.", RS, &[("सबसे ऊंचे पर्वत से भी ऊंची है", "राजनाथ सिंह", D)]),
        ("\"हम रूस के साथ हैं,\" राजनाथ सिंह ने कहा।", RS, &[("हम रूस के साथ हैं,", "राजनाथ सिंह", D)]),
        ("राजनाथ सिंह ने कहा, \"हम रूस के साथ हमेशा खड़े रहेंगे।\"", RS, &[("हम रूस के साथ हमेशा खड़े रहेंगे।", "राजनाथ सिंह", D)]),
        ("राजनाथ ने कहा, “भारत रूस का मित्र है।”", RS, &[("भारत रूस का मित्र है।", "राजनाथ सिंह", D)]),
        ("सिंह ने कहा: 'हम तैयार हैं।'", RS, &[("हम तैयार हैं।", "राजनाथ सिंह", D)]),
        ("'यह ऐतिहासिक दिन है', प्रधानमंत्री मोदी ने कहा।", "नरेंद्र मोदी|मोदी", &[("यह ऐतिहासिक दिन है", "नरेंद्र मोदी", D)]),
        ("'हम जीतेंगे', सिंह बोले।", RS, &[("हम जीतेंगे", "राजनाथ सिंह", D)]),
        // Posts.
        ("मोदी ने ट्वीट किया, \"टीम को शानदार जीत की बधाई।\"", "नरेंद्र मोदी|मोदी", &[("टीम को शानदार जीत की बधाई।", "नरेंद्र मोदी", P)]),
        ("राजनाथ ने लिखा, \"मॉस्को में पुतिन से मिलकर खुशी हुई।\"", RS, &[("मॉस्को में पुतिन से मिलकर खुशी हुई।", "राजनाथ सिंह", P)]),
        // According to.
        ("रक्षा मंत्रालय के मुताबिक, दोनों देशों ने कई समझौतों पर हस्ताक्षर किए।", "ORG:रक्षा मंत्रालय", &[("दोनों देशों ने कई समझौतों पर हस्ताक्षर किए", "रक्षा मंत्रालय", I)]),
        ("टीएएसएस के अनुसार रूसी प्रतिनिधिमंडल व्यापक चर्चा करेगा।", "ORG:टीएएसएस", &[("रूसी प्रतिनिधिमंडल व्यापक चर्चा करेगा", "टीएएसएस", I)]),
        ("सूत्रों के मुताबिक, बैठक अगले सप्ताह होगी।", "", &[("बैठक अगले सप्ताह होगी", "", I)]),
        ("नियमों के अनुसार बैठक हर साल होती है।", "", &[]),
        // Statements and chains.
        ("रक्षा मंत्रालय के बयान में कहा गया है कि दोनों देशों के बीच सहयोग बढ़ेगा।", "ORG:रक्षा मंत्रालय", &[("दोनों देशों के बीच सहयोग बढ़ेगा", "रक्षा मंत्रालय", I)]),
        ("रक्षा मंत्रालय के बयान में कहा गया है कि सिंह ने पुतिन को बताया कि भारत हमेशा रूस के साथ खड़ा रहा है।", "ORG:रक्षा मंत्रालय;राजनाथ सिंह|सिंह;व्लादिमीर पुतिन|पुतिन", &[("भारत हमेशा रूस के साथ खड़ा रहा है", "राजनाथ सिंह", I)]),
        ("दोनों देशों के संबंध बहुत मजबूत हैं, राजनाथ सिंह ने कहा।", RS, &[("दोनों देशों के संबंध बहुत मजबूत हैं", "राजनाथ सिंह", I)]),
        // No speaker.
        ("बैठक के दौरान दोनों नेताओं ने कहा कि साझेदारी में अपार संभावनाएं हैं।", "", &[("साझेदारी में अपार संभावनाएं हैं", "", I)]),
        ("\"यह एक लंबा उद्धरण है जिसका कोई वक्ता नहीं है।\"", "", &[("यह एक लंबा उद्धरण है जिसका कोई वक्ता नहीं है।", "", D)]),
        // Hard cases.
        ("उन्होंने इसे 'ऐतिहासिक' दिन बताया।", "", &[]),
        ("उन्होंने 'एक्स' पर एक वीडियो साझा किया।", "", &[]),
        ("\"उन्होंने कहा था 'कभी हार मत मानो' और हमने माना,\" सिंह ने कहा।", RS, &[("उन्होंने कहा था 'कभी हार मत मानो' और हमने माना,", "राजनाथ सिंह", D)]),
        ("यह पता चला कि बैठक रद्द हो गई है।", "", &[]),
    ];
    assert!(rows.len() >= 30);
    check(rows);
}

fn embed(text: &str, post: &str, author: &str, handle: &str) -> Embed {
    let start = text.find(post).expect("post in text");
    Embed {
        kind: "twitter".into(),
        author: Some(author.into()),
        handle: Some(handle.into()),
        date: Some("2024-12-10".into()),
        text: post.into(),
        start,
        end: start + post.len(),
    }
}

#[test]
fn embedded_posts_are_quotes_by_their_author() {
    let text = "राजनाथ सिंह मॉस्को में थे।\nGlad to call on \"President\" Putin, he said \"we are friends\" today.\n— Rajnath Singh (@rajnathsingh) December 10, 2024\nबाकी खबर।";
    let post = "Glad to call on \"President\" Putin, he said \"we are friends\" today.";
    let entities = ents(text, "राजनाथ सिंह|Rajnath Singh|@rajnathsingh");
    let quotes = find_in_text(
        text,
        &entities,
        &[embed(text, post, "Rajnath Singh", "rajnathsingh")],
    );
    // One post; the quotation marks inside it give no quote of their own.
    assert_eq!(quotes.len(), 1, "{quotes:?}");
    assert_eq!(quotes[0].kind, P);
    assert_eq!(quotes[0].text, post);
    assert_eq!(quotes[0].speaker.as_deref(), Some("e1"));
    // Matched by handle alone.
    let entities = ents(text, "राजनाथ सिंह|@rajnathsingh");
    let quotes = find_in_text(
        text,
        &entities,
        &[embed(text, post, "R. Singh", "@rajnathsingh")],
    );
    assert_eq!(quotes[0].speaker.as_deref(), Some("e1"));
    // An unknown author: no speaker.
    let quotes = find_in_text(text, &entities, &[embed(text, post, "Someone", "someone")]);
    assert_eq!(quotes[0].speaker, None);
}

#[test]
fn never_panics_on_odd_input() {
    for text in [
        "\"",
        "'",
        "“",
        "”\"'‘’",
        "\"\n\n\"",
        "कि",
        "ने कहा कि",
        "said that",
        ", said",
        "according to",
        "के मुताबिक",
        "a\u{0301}\"b\"",
        "\"😀\" he said.",
    ] {
        let _ = find_in_text(text, &[], &[]);
    }
}

fn show(text: &str, entities: &[Entity], embeds: &[Embed]) -> Vec<(String, String, QuoteKind)> {
    find_in_text(text, entities, embeds)
        .into_iter()
        .map(|q| {
            let speaker = q
                .speaker
                .and_then(|id| entities.iter().find(|e| e.id == id))
                .map(|e| e.name.clone())
                .unwrap_or_default();
            (q.text, speaker, q.kind)
        })
        .collect()
}

/// The English sample with the entities a reader would mark.
#[test]
fn english_sample_with_hand_built_entities() {
    let text = sample("en-ani-nadda-murashko-2025-12-04.txt");
    let entities = ents(&text, "Jagat Prakash Nadda|JP Nadda#Union Minister of Health & Family Welfare;Mikhail Murashko#Health Minister;Vladimir Putin|Putin#President;Rajnath Singh|Singh#Defence Minister;Narendra Modi#Prime Minister;ORG:TASS;GPE:India;GPE:Russia|Russian Federation");
    let got = show(&text, &entities, &[]);
    let want: Vec<(String, String, QuoteKind)> = [
        (
            "Met Mr. Mikhail Murashko, Hon'ble Health",
            "Jagat Prakash Nadda",
            P,
        ),
        (
            "Russia remains India's strategic partner",
            "Rajnath Singh",
            I,
        ),
        (
            "the meeting between Prime Minister Naren",
            "Rajnath Singh",
            I,
        ),
        (
            "Russia is India's strategic partner in t",
            "Rajnath Singh",
            D,
        ),
        (
            "We were also eagerly awaiting the visit ",
            "Rajnath Singh",
            D,
        ),
        ("Russian President Vladimir Putin has dep", "TASS", I),
        ("the Russian delegation will hold compreh", "", I),
        ("Ten intergovernmental documents and more", "TASS", I),
    ]
    .iter()
    .map(|&(t, s, k)| (t.to_string(), s.to_string(), k))
    .collect();
    assert_prefixes(&got, &want);
}

/// The embedded posts of the Hindi sample, as the ingestion stage gives them.
fn hindi_embeds(text: &str) -> Vec<Embed> {
    [
        "Glad to call on the Russian President",
        "Had a very productive IRIGC-M&MTC",
    ]
    .iter()
    .map(|head| {
        let start = text.find(head).expect("tweet in sample");
        let line_end = start + text[start..].find('\n').expect("line end");
        let sig_end = line_end + 1 + text[line_end + 1..].find('\n').expect("signature end");
        Embed {
            kind: "twitter".into(),
            author: Some("Rajnath Singh".into()),
            handle: Some("rajnathsingh".into()),
            date: Some("2024-12-10".into()),
            text: text[start..line_end].to_string(),
            start,
            end: sig_end,
        }
    })
    .collect()
}

/// The Hindi sample with the entities a reader would mark.
#[test]
fn hindi_sample_with_hand_built_entities() {
    let text = sample("hi-rajnath-putin-moscow-2024-12-10.txt");
    let entities = ents(&text, "राजनाथ सिंह|राजनाथ|सिंह|Rajnath Singh#रक्षा मंत्री;व्लादिमीर पुतिन|पुतिन|Vladimir Putin#राष्ट्रपति;एंड्री बेलौसोव|बेलौसोव|Andrey Belousov;नरेंद्र मोदी|मोदी;GPE:भारत;GPE:रूस;GPE:मॉस्को|Moscow;ORG:रक्षा मंत्रालय");
    let got = show(&text, &entities, &hindi_embeds(&text));
    let want: Vec<(String, String, QuoteKind)> = [
        ("सबसे ऊंचे पर्वत से भी ऊंची और सबसे गहरे महासागर", "राजनाथ सिंह", D),
        ("भारत-रूस के बीच साझेदारी", "", I),
        ("Glad to call on the Russian President Mr", "राजनाथ सिंह", P),
        (
            "भारत हमेशा अपने रूसी मित्रों के साथ खड़ा रहा है और",
            "राजनाथ सिंह",
            I,
        ),
        (
            "मॉस्को के क्रेमलिन में रूसी राष्ट्रपति व्लादिमीर पुतिन",
            "राजनाथ सिंह",
            I,
        ),
        ("Had a very productive IRIGC-M&MTC meetin", "राजनाथ सिंह", P),
        (
            "भारत-रूस संबंध बहुत मजबूत हैं और एक विशेषाधिकार प्र",
            "राजनाथ सिंह",
            I,
        ),
    ]
    .iter()
    .map(|&(t, s, k)| (t.to_string(), s.to_string(), k))
    .collect();
    assert_prefixes(&got, &want);
}

/// Each quote found starts with the expected words and has the expected speaker and kind.
fn assert_prefixes(got: &[(String, String, QuoteKind)], want: &[(String, String, QuoteKind)]) {
    let ok = got.len() == want.len()
        && got
            .iter()
            .zip(want)
            .all(|(g, w)| g.0.starts_with(&w.0) && g.1 == w.1 && g.2 == w.2);
    assert!(ok, "want {want:#?}\ngot {got:#?}");
}

/// The whole pipeline on a sample: (quote start words, speaker name contains, kind).
fn pipeline_quotes(
    name: &str,
    date: &str,
) -> (khabar_core::Analysis, Vec<(String, String, QuoteKind)>) {
    let doc = khabar_core::Document::text(sample(name)).with_date(date);
    let a = khabar_core::analyze(&doc, &khabar_core::Options::default()).expect("analysis");
    let got = a
        .quotes
        .iter()
        .map(|q| {
            let speaker = q
                .speaker
                .as_ref()
                .and_then(|id| a.entities.iter().find(|e| &e.id == id))
                .map(|e| e.name.clone())
                .unwrap_or_default();
            (q.text.clone(), speaker, q.kind)
        })
        .collect();
    (a, got)
}

fn has(
    got: &[(String, String, QuoteKind)],
    start: &str,
    speaker: &str,
    kinds: &[QuoteKind],
) -> bool {
    got.iter()
        .any(|(t, s, k)| t.starts_with(start) && s.contains(speaker) && kinds.contains(k))
}

#[test]

fn english_sample_pipeline() {
    let (_, got) = pipeline_quotes("en-ani-nadda-murashko-2025-12-04.txt", "2025-12-04");
    assert!(
        has(&got, "Met Mr. Mikhail Murashko", "Nadda", &[P, D]),
        "{got:#?}"
    );
    assert!(
        has(
            &got,
            "Russia remains India's strategic partner",
            "Singh",
            &[I]
        ),
        "{got:#?}"
    );
    assert!(
        has(&got, "Russia is India's strategic partner", "Singh", &[D]),
        "{got:#?}"
    );
    assert!(
        has(&got, "We were also eagerly awaiting", "Singh", &[D]),
        "{got:#?}"
    );
}

#[test]

fn hindi_sample_pipeline() {
    let (_, got) = pipeline_quotes("hi-rajnath-putin-moscow-2024-12-10.txt", "2024-12-10");
    let singh = |s: &str| s.contains("राजनाथ") || s.contains("Rajnath");
    let ok = |start: &str, kinds: &[QuoteKind]| {
        got.iter()
            .any(|(t, s, k)| t.starts_with(start) && singh(s) && kinds.contains(k))
    };
    assert!(ok("सबसे ऊंचे पर्वत", &[D]), "{got:#?}");
    assert!(ok("Glad to call on", &[P]), "{got:#?}");
    assert!(ok("Had a very productive", &[P]), "{got:#?}");
    assert!(ok("भारत हमेशा अपने रूसी मित्रों", &[I]), "{got:#?}");
    assert!(ok("मॉस्को के क्रेमलिन", &[I]), "{got:#?}");
    assert!(ok("भारत-रूस संबंध बहुत मजबूत", &[I]), "{got:#?}");
}
