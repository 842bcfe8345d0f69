//! The Hindi grammar: मंगलवार (को stays outside), आज, कल, परसों, पिछले साल,
//! 10 दिसंबर 2024, सन् 2021, तीन दिवसीय, पांच महीने बाद, दो साल पहले,
//! सुबह 10 बजे, हर साल, with Devanagari digits and number words.
//!
//! Examples, read against 2025-12-05 (a Friday) and replayed by
//! `every_family_example_reads_as_documented` in `time/mod.rs`:
//!
//! | text | span | value |
//! |---|---|---|
//! | 10 दिसंबर 2024 को बैठक हुई। | 10 दिसंबर 2024 | 2024-12-10 |
//! | मंगलवार को बैठक हुई। | मंगलवार | 2025-12-02 |
//! | कल बैठक होगी। | कल | 2025-12-06 |
//! | पिछले साल चुनाव हुए। | पिछले साल | 2024 |
//! | तीन दिन पहले वह आया। | तीन दिन पहले | 2025-12-02 |
//! | सुबह 10 बजे बैठक हुई। | सुबह 10 बजे | 2025-12-05T10:00 |
//! | हर साल मेला लगता है। | हर साल | P1Y |
//! | वह ढाई साल जेल में रहा। | ढाई साल | P2Y6M |

use super::english::{lexical, year_context_ok};
use super::grammar::{longest, Parse, Sem, Tod, G};
use super::lexicon::Class;
use super::lexicon::{Lex, Unit};
use super::numbers::{amount, Amount};

/// The longest Hindi temporal expression starting at token `i`.
pub(crate) fn parse(g: &G<'_>, i: usize) -> Option<Parse> {
    longest([
        lexical(g, i),
        date(g, i),
        year(g, i),
        weekday(g, i),
        deictic(g, i),
        relative(g, i),
        count(g, i),
        tod(g, i),
        set(g, i),
        misc(g, i),
    ])
}

/// "10 दिसंबर 2024", "26 फरवरी", "दिसंबर 2024", "जनवरी".
fn date(g: &G<'_>, i: usize) -> Option<Parse> {
    // "एक जनवरी", "दो फरवरी": a day in words before a month.
    if let Some(d) = g.find(i, |e| match e {
        Lex::Number(n) if n.fract() == 0.0 && (1.0..=31.0).contains(n) => Some(*n as u8),
        _ => None,
    }) {
        if let Some(m) = g.month(i + 1) {
            let (end, y) = year_after(g, i + 2);
            return Some(Parse::new(end, Sem::Cal { y, m, d: Some(d) }));
        }
    }
    if let Some((j, d)) = g.day(i) {
        // "15 तारीख को": a day of the month in context.
        if g.w(j) == "तारीख" {
            return Some(Parse::new(j + 1, Sem::MonthDay { d, months: None }));
        }
        if let Some(m) = g.month(j) {
            let (end, y) = year_after(g, j + 1);
            return Some(Parse::new(end, Sem::Cal { y, m, d: Some(d) }));
        }
        return None;
    }
    let m = g.month(i)?;
    let (end, y) = year_after(g, i + 1);
    if y.is_some() {
        return Some(Parse::new(end, Sem::Cal { y, m, d: None }));
    }
    if m == 3 && !g.is(i + 1, Class::MonthAfter) && g.rel(i.wrapping_sub(1)).is_none() {
        return None;
    }
    Some(Parse::new(
        i + 1,
        Sem::Cal {
            y: None,
            m,
            d: None,
        },
    ))
}

fn year_after(g: &G<'_>, i: usize) -> (usize, Option<i32>) {
    let j = if g.punct(i) == Some(',') { i + 1 } else { i };
    match g.year4(j) {
        Some(y) if !g.glued_number_after(j + 1) => (j + 1, Some(y)),
        _ => (i, None),
    }
}

/// "2021", "सन् 2021", "वर्ष 2021", "1990 के दशक", "2012-13".
fn year(g: &G<'_>, i: usize) -> Option<Parse> {
    // "60 के दशक", "90 के दशक": the sixties and nineties of the 1900s.
    if let Some((n, 2)) = g.num(i) {
        if n % 10 == 0 && g.w(i + 1) == "के" && g.w(i + 2) == "दशक" {
            return Some(Parse::new(i + 3, Sem::Decade(190 + n as i32 / 10)));
        }
    }
    let lead = g.has(i, Lex::Era) || matches!(g.w(i), "वर्ष" | "साल");
    let j = if lead { i + 1 } else { i };
    let y = g.year4(j)?;
    if g.punct(j + 1) == Some('-') && g.attached(j + 1) {
        if let Some((n, 2)) = g.num(j + 2) {
            if n as i32 == (y + 1) % 100 {
                return Some(Parse::new(j + 3, Sem::FiscalYear(y)));
            }
        }
    }
    if g.w(j + 1) == "के" && g.w(j + 2) == "दशक" {
        return Some(Parse::new(j + 3, Sem::Decade(y / 10)));
    }
    if !lead && !year_context_ok(g, j, j + 1) {
        return None;
    }
    Some(Parse::new(j + 1, Sem::Year(y)))
}

/// "मंगलवार", "पिछले मंगलवार", "रविवार रात".
fn weekday(g: &G<'_>, i: usize) -> Option<Parse> {
    let (rel, j) = match g.rel(i) {
        Some(r) => (Some(r), i + 1),
        None => (None, i),
    };
    let wd = g.weekday(j)?;
    let mut p = Parse::new(j + 1, Sem::Weekday { wd, rel });
    with_tod(g, &mut p);
    Some(p)
}

/// 1 when token `k` is "देर" before a part of the day ("देर रात", late at
/// night), else 0: how far the part of the day stands from `k`.
fn late_at(g: &G<'_>, k: usize) -> usize {
    usize::from(g.w(k) == "देर" && g.tod(k + 1).is_some())
}

/// A part of the day and maybe a clock after a date: "रविवार रात", "आज सुबह 10 बजे".
fn with_tod(g: &G<'_>, p: &mut Parse) {
    // "सोमवार की सुबह": the genitive between.
    let of = usize::from(
        matches!(g.w(p.end), "की" | "के") && g.tod(p.end + 1 + late_at(g, p.end + 1)).is_some(),
    );
    // "सोमवार देर रात": late in that part of the day.
    let late = late_at(g, p.end + of);
    if let Some(t) = g.tod(p.end + of + late) {
        p.tod = Some(t);
        p.end += 1 + of + late;
        if let Some((end, c)) = clock_after(g, p.end, t) {
            p.tod = Some(c);
            p.end = end;
        }
    } else if let Some((end, c)) = clock_after(g, p.end, Tod::Part("")) {
        p.tod = Some(c);
        p.end = end;
    }
}

/// "10 बजे", "5.30 बजे" after a part of the day.
fn clock_after(g: &G<'_>, i: usize, part: Tod) -> Option<(usize, Tod)> {
    // "रात करीब 1 बजे", "सुबह लगभग 10 बजे"
    let about = matches!(g.w(i), "करीब" | "लगभग" | "तकरीबन");
    let i = i + usize::from(about && g.w(i + 1) != "बजे");
    let (j, h, m) = clock_digits(g, i).or_else(|| clock_words(g, i))?;
    if g.w(j) != "बजे" {
        return None;
    }
    let mut h = h;
    if matches!(part, Tod::Part("AF" | "EV" | "NI"))
        && h < 12
        && !(matches!(part, Tod::Part("NI")) && h <= 4)
    {
        h += 12;
    }
    // "रात 12 बजे" is midnight, the end of that day, not noon; "रात 12:30
    // बजे" half an hour after it.
    if matches!(part, Tod::Part("NI")) && h == 12 {
        h = if m == 0 { 24 } else { 0 };
    }
    Some((j + 1, Tod::Clock(h, m)))
}

/// "10", "5.30", "8:30" before बजे: the token after, the hour and minute.
fn clock_digits(g: &G<'_>, i: usize) -> Option<(usize, u8, u8)> {
    let (h, d) = g.num(i)?;
    if d > 2 || h > 24 {
        return None;
    }
    let mut j = i + 1;
    let mut m = 0;
    if matches!(g.punct(j), Some('.' | ':')) && g.attached(j) {
        if let Some((mm, 2)) = g.num(j + 1).filter(|&(mm, _)| mm < 60) {
            m = mm;
            j += 2;
        }
    }
    Some((j, h as u8, m as u8))
}

/// "दस", "ढाई" (2:30), "साढ़े दस" (10:30), "सवा नौ" (9:15), "पौने आठ"
/// (7:45) before बजे: hours in words, quarters by the fraction words.
fn clock_words(g: &G<'_>, i: usize) -> Option<(usize, u8, u8)> {
    if g.num(i).is_some() {
        return None;
    }
    let (j, Amount::N(v)) = amount(g, i)? else {
        return None;
    };
    let quarters = v * 4.0;
    if !(1.0..=96.0).contains(&quarters) || quarters.fract() != 0.0 {
        return None;
    }
    let q = quarters as u32;
    Some((j, (q / 4) as u8, (q % 4 * 15) as u8))
}

/// "आज", "कल", "परसों", with a part of the day.
fn deictic(g: &G<'_>, i: usize) -> Option<Parse> {
    let sem = g.find(i, |e| match e {
        Lex::Deictic(n) => Some(Sem::Deictic(*n)),
        Lex::HiKal(n) => Some(Sem::HiKal(*n)),
        _ => None,
    })?;
    let mut p = Parse::new(i + 1, sem);
    with_tod(g, &mut p);
    Some(p)
}

/// "पिछले साल", "अगले महीने", "इस सप्ताह", "पिछली सर्दियों".
fn relative(g: &G<'_>, i: usize) -> Option<Parse> {
    let off = g.rel(i)?;
    // "अगले ही दिन": the emphatic ही between.
    let j = i + 1 + usize::from(g.w(i + 1) == "ही" && g.unit(i + 2) == Some(Unit::Day));
    // "अगले दिन", "पिछले दिन": the day after / before the one just told;
    // "अगली सुबह": its morning.
    let next_day = |end: usize| {
        Parse::new(
            end,
            Sem::ChainUnit {
                unit: Unit::Day,
                off,
            },
        )
    };
    if off != 0 && g.unit(j) == Some(Unit::Day) && !g.w(j).ends_with("ों") {
        let mut p = next_day(j + 1);
        with_tod(g, &mut p);
        return Some(p);
    }
    if off == 1 {
        if let Some(t @ Tod::Part("MO" | "EV" | "NI" | "AF")) = g.tod(j) {
            let mut p = next_day(j + 1);
            p.tod = Some(t);
            return Some(p);
        }
    }
    if let Some(u) = g.unit(j) {
        // "इस महीने की 15 तारीख", "अगले महीने की 5 तारीख"
        if u == Unit::Month && matches!(g.w(j + 1), "की" | "के") {
            if let Some((k, d)) = g.day(j + 2).filter(|&(k, _)| g.w(k) == "तारीख") {
                return Some(Parse::new(
                    k + 1,
                    Sem::MonthDay {
                        d,
                        months: Some(off),
                    },
                ));
            }
        }
        if matches!(
            u,
            Unit::Week | Unit::Month | Unit::Quarter | Unit::Year | Unit::Decade | Unit::Century
        ) {
            // "अगले साल अप्रैल", "पिछले साल जून में": that month of that year.
            if u == Unit::Year {
                if let Some(m) = g.month(j + 1) {
                    return Some(Parse::new(j + 2, Sem::YearCal { m, off }));
                }
            }
            // "इस महीने के आखिर", "पिछले साल के अंत": the end stays inside.
            let end = if g.w(j + 1) == "के" && matches!(g.w(j + 2), "अंत" | "आखिर")
            {
                j + 3
            } else {
                j + 1
            };
            return Some(Parse::new(end, Sem::RelUnit { unit: u, off }));
        }
        if u == Unit::Day && off == 0 {
            return Some(Parse::new(j + 1, Sem::Deictic(0)));
        }
    }
    if let Some(m) = g.month(j) {
        return Some(Parse::new(j + 1, Sem::RelCal { m, d: None, off }));
    }
    if let Some(s) = g.season(j) {
        return Some(Parse::new(
            j + 1,
            Sem::Season {
                s,
                y: None,
                rel: Some(off),
            },
        ));
    }
    None
}

/// "पांच महीने बाद", "दो साल पहले", "छह महीने", "तीन दिवसीय", "अगले 6 महीने",
/// "दिन भर", "कई सालों".
fn count(g: &G<'_>, i: usize) -> Option<Parse> {
    // "दिन भर", "साल भर"
    if let Some(u) = g.unit(i) {
        // "साल के अंत", "इस महीने के आखिर": the year's / month's end.
        if matches!(u, Unit::Year | Unit::Month | Unit::Week)
            && g.w(i + 1) == "के"
            && matches!(g.w(i + 2), "अंत" | "आखिर" | "आखिरी")
            && !g.w(i).ends_with("ों")
        {
            return Some(Parse::new(i + 3, Sem::StoryUnit(u)));
        }
        if g.has(i + 1, Lex::SpanAll) {
            return Some(Parse::new(
                i + 2,
                Sem::Duration {
                    unit: u,
                    n: Amount::N(1.0),
                },
            ));
        }
        // Plural units alone: "दिनों", "सालों", "वर्षों".
        if matches!(
            g.w(i),
            "दिनों"
                | "सालों"
                | "वर्षों"
                | "महीनों"
                | "बरसों"
                | "घंटों"
                | "दशकों"
        ) {
            return Some(Parse::new(
                i + 1,
                Sem::Duration {
                    unit: u,
                    n: Amount::X,
                },
            ));
        }
        return None;
    }
    let (k, lead) = match g.rel(i) {
        Some(_) if g.w(i) != "इस" => (i + 1, true),
        _ => (i, false),
    };
    if g.num(k).is_some() && k > 0 && g.attached(k) && g.num(k - 1).is_some() {
        return None;
    }
    let (j, n) = amount(g, k)?;
    if let Some(u) = g.find(j, |e| match e {
        Lex::UnitAdj(u) => Some(*u),
        _ => None,
    }) {
        return Some(Parse::new(j + 1, Sem::Duration { unit: u, n }));
    }
    let u = g.unit(j)?;
    let end = j + 1;
    if lead {
        return Some(Parse::new(end, Sem::Duration { unit: u, n }));
    }
    if g.has(end, Lex::SpanAll) {
        return Some(Parse::new(end + 1, Sem::Duration { unit: u, n }));
    }
    let dir = g.find(end, |e| match e {
        Lex::Dir(d) => Some(*d),
        _ => None,
    });
    if let Some(dir) = dir {
        // "दिवाली से एक दिन पहले", "10 दिसंबर के दो दिन बाद": counted from
        // the day just named.
        let linked = i >= 2 && matches!(g.w(i - 1), "के" | "से");
        if linked && names_a_day(g, i - 2) {
            return Some(Parse::new(
                end + 1,
                Sem::Shift {
                    unit: u,
                    n,
                    dir,
                    chain: true,
                },
            ));
        }
        // "X के पांच महीने बाद": five months after an event named before it.
        if i > 0 && g.w(i - 1) == "के" {
            return Some(Parse::new(end + 1, Sem::Duration { unit: u, n }));
        }
        let chain = dir > 0;
        return Some(Parse::new(
            end + 1,
            Sem::Shift {
                unit: u,
                n,
                dir,
                chain,
            },
        ));
    }
    Some(Parse::new(end, Sem::Duration { unit: u, n }))
}

/// Token `k` ends an expression naming a day or a month: a weekday, a
/// feast, a month ("10 दिसंबर"), आज or कल, a year.
fn names_a_day(g: &G<'_>, k: usize) -> bool {
    g.lx(k).iter().any(|e| {
        matches!(
            e,
            Lex::Weekday(_) | Lex::Holiday(_) | Lex::Month(_) | Lex::Deictic(_) | Lex::HiKal(_)
        )
    }) || g.year4(k).is_some()
}

/// "सुबह", "शाम", "सुबह 10 बजे", "10 बजे".
fn tod(g: &G<'_>, i: usize) -> Option<Parse> {
    // "देर रात": late at night.
    let late = late_at(g, i);
    if let Some(t) = g.tod(i + late) {
        let mut p = Parse {
            end: i + late + 1,
            sem: Sem::TodOnly,
            tod: Some(t),
        };
        if let Some((end, c)) = clock_after(g, p.end, t) {
            p.end = end;
            p.tod = Some(c);
        }
        return Some(p);
    }
    let (end, c) = clock_after(g, i, Tod::Part(""))?;
    Some(Parse {
        end,
        sem: Sem::TodOnly,
        tod: Some(c),
    })
}

/// "हर साल", "हर सोमवार", "प्रति दिन", "हर रोज".
fn set(g: &G<'_>, i: usize) -> Option<Parse> {
    if !g.has(i, Lex::Every) {
        return None;
    }
    let j = i + 1;
    if let Some(wd) = g.weekday(j) {
        return Some(Parse::new(j + 1, Sem::Set(format!("XXXX-WXX-{wd}"))));
    }
    if let Some(u) = g.unit(j) {
        return Some(Parse::new(
            j + 1,
            Sem::Set(super::normalize::duration(u, Amount::N(1.0))),
        ));
    }
    if let Some(v) = g.find(j, |e| match e {
        Lex::Set(v) => Some(*v),
        _ => None,
    }) {
        return Some(Parse::new(j + 1, Sem::Set(v.to_string())));
    }
    if let Some(Tod::Part(t)) = g.tod(j) {
        return Some(Parse::new(j + 1, Sem::Set(format!("XXXX-XX-XXT{t}"))));
    }
    None
}

/// "दूसरे दिन", "सर्दियों", festivals.
fn misc(g: &G<'_>, i: usize) -> Option<Parse> {
    // "होली के दिन": the feast's day.
    if let Some(p) = lexical(g, i).filter(|p| matches!(p.sem, Sem::Holiday { .. })) {
        if g.w(p.end) == "के" && g.unit(p.end + 1) == Some(Unit::Day) && g.w(p.end + 1) != "दिनों"
        {
            return Some(Parse::new(p.end + 2, p.sem));
        }
    }
    if let Some(n) = g.find(i, |e| match e {
        Lex::Ordinal(n) if *n > 1 => Some(*n),
        _ => None,
    }) {
        // "इक्कीसवीं सदी": the 21st century, 20xx.
        if g.unit(i + 1) == Some(Unit::Century) && n > 1 {
            return Some(Parse::new(i + 2, Sem::Century(n - 1)));
        }
        if g.w(i + 1) == "दिन" {
            return Some(Parse::new(
                i + 2,
                Sem::ChainUnit {
                    unit: Unit::Day,
                    off: n - 1,
                },
            ));
        }
    }
    if let Some(s) = g.season(i) {
        if g.w(i) != "बरसात" {
            return Some(Parse::new(
                i + 1,
                Sem::Season {
                    s,
                    y: None,
                    rel: None,
                },
            ));
        }
    }
    None
}
