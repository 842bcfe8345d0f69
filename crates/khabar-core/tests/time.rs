//! Temporal expressions: tables of text → (span, TIMEX3 value) against an
//! explicit reference date, a false-positive suite, and golden checks on
//! the two sample articles.

use khabar_core::time::find;
use khabar_core::TimexType;

fn date(s: &str) -> Option<jiff::civil::Date> {
    s.parse().ok()
}

/// Finds the timexes of `text` as (text, value) pairs.
fn found(text: &str, reference: &str) -> Vec<(String, String)> {
    find(text, date(reference), true)
        .into_iter()
        .map(|t| (t.text, t.value))
        .collect()
}

/// Reference date, text, the expected (span, value) pairs in order.
type Row<'a> = (&'a str, &'a str, &'a [(&'a str, &'a str)]);

/// Checks every row of a table.
fn check(table: &[Row<'_>]) {
    let mut failures = Vec::new();
    for (reference, text, want) in table {
        let got = found(text, reference);
        let want: Vec<(String, String)> = want
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        if got != want {
            failures.push(format!(
                "{text:?} @ {reference}\n   want {want:?}\n    got {got:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn english_absolute() {
    check(&[
        (
            "2025-12-05",
            "They met on December 4.",
            &[("December 4", "2025-12-04")],
        ),
        (
            "2025-12-05",
            "They met on Dec. 4, 2024.",
            &[("Dec. 4, 2024", "2024-12-04")],
        ),
        (
            "2025-12-05",
            "Signed on 4 December 2025 in Delhi.",
            &[("4 December 2025", "2025-12-04")],
        ),
        (
            "2025-12-05",
            "Filed 2025-12-04.",
            &[("2025-12-04", "2025-12-04")],
        ),
        (
            "2025-12-05",
            "Notice dated 04/12/2025.",
            &[("04/12/2025", "2025-12-04")],
        ),
        (
            "2025-12-05",
            "Held in June 2025.",
            &[("June 2025", "2025-06")],
        ),
        ("2025-12-05", "Since 2021, trade grew.", &[("2021", "2021")]),
        (
            "2025-12-05",
            "Popular in the 1990s.",
            &[("the 1990s", "199")],
        ),
        (
            "2025-12-05",
            "Revenue for FY2024-25 rose.",
            &[("FY2024-25", "FY2024")],
        ),
        ("2025-12-05", "Profit fell in Q3.", &[("Q3", "2025-Q3")]),
        (
            "2025-12-05",
            "Profit fell in the third quarter.",
            &[("the third quarter", "2025-Q3")],
        ),
        (
            "2009-12-19",
            "Carthage fell in 146 BC.",
            &[("146 BC", "BC0146")],
        ),
        (
            "2009-12-19",
            "Throughout 1915-17, the war went on.",
            &[("1915", "1915"), ("17", "1917")],
        ),
    ]);
}

#[test]
fn english_relative_and_tense() {
    // 2024-09-12 is a Thursday.
    check(&[
        (
            "2024-09-12",
            "He arrived today.",
            &[("today", "2024-09-12")],
        ),
        (
            "2024-09-12",
            "He arrived yesterday.",
            &[("yesterday", "2024-09-11")],
        ),
        (
            "2024-09-12",
            "The talks were held on Tuesday.",
            &[("Tuesday", "2024-09-10")],
        ),
        (
            "2024-09-12",
            "He will visit Leh on Tuesday.",
            &[("Tuesday", "2024-09-17")],
        ),
        (
            "2024-09-12",
            "The talks were held on March 3.",
            &[("March 3", "2024-03-03")],
        ),
        (
            "2024-09-12",
            "Prices rose last week.",
            &[("last week", "2024-W36")],
        ),
        (
            "2024-09-12",
            "Polls are due next month.",
            &[("next month", "2024-10")],
        ),
        (
            "2024-09-12",
            "Growth slowed this year.",
            &[("this year", "2024")],
        ),
        (
            "2024-09-12",
            "It closed two days ago.",
            &[("two days ago", "2024-09-10")],
        ),
        (
            "2024-09-12",
            "Rates were cut earlier this month.",
            &[("earlier this month", "2024-09")],
        ),
        (
            "2024-09-12",
            "They last met on September 1 this year.",
            &[("September 1 this year", "2024-09-01")],
        ),
        (
            "2024-09-12",
            "He left in April. Five months later he returned.",
            &[("April", "2024-04"), ("Five months later", "2024-09")],
        ),
        (
            "2024-09-12",
            "He landed on June 3. He left the next day.",
            &[("June 3", "2024-06-03"), ("the next day", "2024-06-04")],
        ),
        (
            "2024-09-12",
            "The leaders met last Friday.",
            &[("last Friday", "2024-09-06")],
        ),
        (
            "2024-09-12",
            "Markets are open now.",
            &[("now", "PRESENT_REF")],
        ),
    ]);
}

#[test]
fn english_times_durations_sets() {
    check(&[
        (
            "2024-09-12",
            "The meeting starts at 3 pm IST.",
            &[("3 pm IST", "2024-09-12T15:00")],
        ),
        (
            "2024-09-12",
            "The flight left at 15:30 hrs.",
            &[("15:30 hrs", "2024-09-12T15:30")],
        ),
        (
            "2024-09-12",
            "They met Tuesday evening.",
            &[("Tuesday evening", "2024-09-10TEV")],
        ),
        ("2024-09-12", "A two-day visit.", &[("two-day", "P2D")]),
        (
            "2024-09-12",
            "He served three years in jail.",
            &[("three years", "P3Y")],
        ),
        (
            "2024-09-12",
            "Talks lasted 48 hours.",
            &[("48 hours", "PT48H")],
        ),
        (
            "2024-09-12",
            "The market opens every Monday.",
            &[("every Monday", "XXXX-WXX-1")],
        ),
        (
            "2024-09-12",
            "The report is published annually.",
            &[("annually", "P1Y")],
        ),
    ]);
}

#[test]
fn hindi() {
    // 2024-12-10 is a Tuesday.
    check(&[
        (
            "2024-12-10",
            "राजनाथ सिंह ने मंगलवार को पुतिन से मुलाकात की.",
            &[("मंगलवार", "2024-12-10")],
        ),
        (
            "2024-12-10",
            "वह रविवार को रवाना हुए थे.",
            &[("रविवार", "2024-12-08")],
        ),
        ("2024-12-10", "आज बैठक हुई.", &[("आज", "2024-12-10")]),
        ("2024-12-10", "कल बैठक हुई थी.", &[("कल", "2024-12-09")]),
        ("2024-12-10", "कल बैठक होगी.", &[("कल", "2024-12-11")]),
        ("2024-12-10", "वह कल दिल्ली आएंगे.", &[("कल", "2024-12-11")]),
        ("2024-12-10", "परसों चुनाव हुआ था.", &[("परसों", "2024-12-08")]),
        ("2024-12-10", "पिछले साल समझौता हुआ.", &[("पिछले साल", "2023")]),
        (
            "2024-12-10",
            "अगले महीने चुनाव होंगे.",
            &[("अगले महीने", "2025-01")],
        ),
        ("2024-12-10", "इस साल व्यापार बढ़ा.", &[("इस साल", "2024")]),
        (
            "2024-12-10",
            "10 दिसंबर 2024 को बैठक हुई.",
            &[("10 दिसंबर 2024", "2024-12-10")],
        ),
        (
            "2024-12-10",
            "१० दिसम्बर २०२४ को बैठक हुई.",
            &[("१० दिसम्बर २०२४", "2024-12-10")],
        ),
        ("2024-12-10", "सन् 2021 में यात्रा हुई.", &[("सन् 2021", "2021")]),
        (
            "2024-12-10",
            "रूस की तीन दिवसीय यात्रा.",
            &[("तीन दिवसीय", "P3D")],
        ),
        (
            "2024-12-10",
            "दो साल पहले समझौता हुआ.",
            &[("दो साल पहले", "2022")],
        ),
        (
            "2024-12-10",
            "पाँच महीने बाद वह लौटे.",
            &[("पाँच महीने बाद", "2025-05")],
        ),
        // Counted from the day named just before, not from the reference.
        (
            "2024-12-10",
            "दिवाली से एक दिन पहले वह घर गए.",
            &[("दिवाली", "2024-10-31"), ("एक दिन पहले", "2024-10-30")],
        ),
        (
            "2024-12-10",
            "8 दिसंबर के दो दिन बाद बैठक हुई.",
            &[("8 दिसंबर", "2024-12-08"), ("दो दिन बाद", "2024-12-10")],
        ),
        // "N तारीख": a day of the month said, or of the one the tense points to.
        (
            "2024-12-10",
            "इस महीने की 15 तारीख को चुनाव होंगे.",
            &[("इस महीने की 15 तारीख", "2024-12-15")],
        ),
        (
            "2024-12-10",
            "अगले महीने की 5 तारीख को बैठक होगी.",
            &[("अगले महीने की 5 तारीख", "2025-01-05")],
        ),
        (
            "2024-12-10",
            "28 तारीख को हादसा हुआ था.",
            &[("28 तारीख", "2024-11-28")],
        ),
        (
            "2024-12-10",
            "सोमवार देर रात बारिश हुई.",
            &[("सोमवार देर रात", "2024-12-09TNI")],
        ),
        (
            "2024-12-10",
            "घटना गुरुवार देर रात करीब 1 बजे हुई. देर रात उन्होंने सूचना दी.",
            &[
                ("गुरुवार देर रात करीब 1 बजे", "2024-12-05T01:00"),
                ("देर रात", "2024-12-05TNI"),
            ],
        ),
        (
            "2024-12-10",
            "सुबह साढ़े दस बजे बैठक हुई. रात सवा नौ बजे हादसा हुआ. ढाई बजे वे लौटे.",
            &[
                ("सुबह साढ़े दस बजे", "2024-12-10T10:30"),
                ("रात सवा नौ बजे", "2024-12-10T21:15"),
                ("ढाई बजे", "2024-12-10T02:30"),
            ],
        ),
        (
            "2024-12-10",
            "8 दिसंबर को वह मास्को गए. अगले ही दिन वह लौट आए. अगली सुबह बैठक हुई.",
            &[
                ("8 दिसंबर", "2024-12-08"),
                ("अगले ही दिन", "2024-12-09"),
                ("अगली सुबह", "2024-12-10TMO"),
            ],
        ),
        (
            "2024-12-10",
            "इक्कीसवीं सदी में 60 के दशक का फैशन लौटा. महिला दिवस पर कार्यक्रम हुआ.",
            &[
                ("इक्कीसवीं सदी", "20"),
                ("60 के दशक", "196"),
                ("महिला दिवस", "2024-03-08"),
            ],
        ),
        (
            "2024-12-10",
            "इस महीने के आखिर में चुनाव होंगे. साल के अंत तक काम पूरा होगा.",
            &[("इस महीने के आखिर", "2024-12"), ("साल के अंत", "2024")],
        ),
        (
            "2024-12-10",
            "सोमवार की सुबह हादसा हुआ. अगले दिन शाम मौत हो गई.",
            &[
                ("सोमवार की सुबह", "2024-12-09TMO"),
                ("अगले दिन शाम", "2024-12-10TEV"),
            ],
        ),
        (
            "2024-12-10",
            "अगले साल अप्रैल में चुनाव होंगे. पिछले साल जून में बाढ़ आई थी.",
            &[("अगले साल अप्रैल", "2025-04"), ("पिछले साल जून", "2023-06")],
        ),
        (
            "2024-12-10",
            "होली के दिन हादसा हुआ. एक जनवरी 2025 से नियम लागू होगा.",
            &[
                ("होली के दिन", "2024-03-25"),
                ("एक जनवरी 2025", "2025-01-01"),
            ],
        ),
        (
            "2024-12-10",
            "रात लगभग 12 बजे हादसा हुआ.",
            &[("रात लगभग 12 बजे", "2024-12-10T24:00")],
        ),
        // A fine is not a year.
        (
            "2024-12-10",
            "मालिक को 1000 जुर्माने के साथ सोमवार को सजा हुई.",
            &[("सोमवार", "2024-12-09")],
        ),
        // … but "अब से" is from today.
        (
            "2024-12-10",
            "अब से दो साल बाद चुनाव होंगे.",
            &[("दो साल बाद", "2026")],
        ),
        (
            "2024-12-10",
            "मंगलवार शाम बैठक हुई.",
            &[("मंगलवार शाम", "2024-12-10TEV")],
        ),
        (
            "2024-12-10",
            "सुबह 10 बजे बैठक हुई.",
            &[("सुबह 10 बजे", "2024-12-10T10:00")],
        ),
        ("2024-12-10", "हर साल मेला लगता है.", &[("हर साल", "P1Y")]),
        (
            "2024-12-10",
            "तीन सौ साल पुराना किला.",
            &[("तीन सौ साल", "P300Y")],
        ),
    ]);
}

#[test]
fn without_a_reference_date_nothing_is_invented() {
    let got: Vec<(String, String)> = find(
        "He left yesterday and will return on Tuesday, March 3 or later this year.",
        None,
        true,
    )
    .into_iter()
    .map(|t| (t.text, t.value))
    .collect();
    assert_eq!(
        got,
        vec![
            ("yesterday".to_string(), "PAST_REF".to_string()),
            ("Tuesday, March 3".to_string(), "XXXX-03-03".to_string()),
            ("later this year".to_string(), "PRESENT_REF".to_string()),
        ]
    );
}

#[test]
fn false_positives_stay_clean() {
    let texts = [
        "Speaking at the 22nd India-Russia Inter-Governmental Commission meeting.",
        "We were also eagerly awaiting the visit.",
        "We may see more talks. Thousands march in Delhi.",
        "Mar Thoma Church leaders met the Bishop.",
        "India received the S-400 systems and ordered the 737 MAX.",
        "India won the match 2-1 after extra time.",
        "He was booked under Section 144 and Section 2021 of the code.",
        "Call 011-2301 2021 or +91 98100 12345 for details.",
        "The phone costs Rs 2,021 or $1999 and 2000 people bought it.",
        "The Sensex rose 1,200 points to 81,500.",
        "चौकी नंबर 2021 पर 2000 लोग जमा हुए.",
        "किसानों का मार्च दिल्ली पहुंचा.",
    ];
    let mut failures = Vec::new();
    for t in texts {
        let got = find(t, date("2025-12-04"), true);
        if !got.is_empty() {
            failures.push(format!(
                "{t:?} → {:?}",
                got.iter().map(|x| &x.text).collect::<Vec<_>>()
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn offsets_are_byte_offsets_at_char_boundaries() {
    let text = "😀 मंगलवार को बैठक हुई, on Friday evening 😀";
    for t in find(text, date("2024-12-10"), true) {
        assert_eq!(&text[t.start..t.end], t.text);
    }
}

#[test]
fn never_panics_on_odd_input() {
    let odd = [
        "",
        " ",
        "9999-99-99",
        "31/02/2024",
        "99:99 pm",
        "Q9",
        "FY",
        "the",
        "December 32",
        "१२३४५६७८९०१२३४५६७८९०",
        "0000 BC",
        "कल",
        "99999999999999999999 years ago",
        "a\u{0301}\u{093C} 12-",
        "Tuesday, ",
        "early",
        "the end of",
    ];
    for t in odd {
        let _ = find(t, date("2024-01-01"), true);
        let _ = find(t, None, false);
    }
}

#[test]
fn golden_samples() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../www/samples/");
    let en = std::fs::read_to_string(format!("{root}en-ani-nadda-murashko-2025-12-04.txt"));
    let hi = std::fs::read_to_string(format!("{root}hi-rajnath-putin-moscow-2024-12-10.txt"));
    let (Ok(en), Ok(hi)) = (en, hi) else {
        eprintln!("skipped: www/samples not found");
        return;
    };
    let values = |text: &str, d: &str| -> Vec<String> {
        find(text, date(d), true)
            .into_iter()
            .map(|t| format!("{}={}", t.text, t.value))
            .collect()
    };
    let got = values(&en, "2025-12-04");
    for want in [
        "December 4=2025-12-04",
        "Thursday=2025-12-04",
        "June 2025=2025-06",
        "two-day=P2D",
        "2021=2021",
        "2022=2022",
        "September 1 this year=2025-09-01",
    ] {
        assert!(got.iter().any(|g| g == want), "missing {want} in {got:?}");
    }
    assert!(!got.iter().any(|g| g.starts_with("22nd")), "{got:?}");
    let got = values(&hi, "2024-12-10");
    for want in [
        "मंगलवार=2024-12-10",
        "रविवार=2024-12-08",
        "तीन दिवसीय=P3D",
        "December 10, 2024=2024-12-10",
    ] {
        assert!(got.iter().any(|g| g == want), "missing {want} in {got:?}");
    }
    let five = find(&hi, date("2024-12-10"), true)
        .into_iter()
        .find(|t| t.text.contains("महीने"))
        .map(|t| (t.kind, t.value));
    assert_eq!(five, Some((TimexType::Duration, "P5M".to_string())));
}
