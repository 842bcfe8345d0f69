//! TIMEX3 value strings: dates at every granularity, durations, times.

use super::grammar::Tod;
use super::lexicon::Unit;
use super::numbers::Amount;
use jiff::civil::Date;

/// How fine a resolved date is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Gran {
    Year,
    Half,
    Quarter,
    Season(&'static str),
    Month,
    Week,
    Weekend,
    Day,
}

/// "2025", "2025-H2", "2025-Q4", "2025-WI", "2025-12", "2025-W49", "2025-W49-WE", "2025-12-04".
pub(crate) fn date_value(d: Date, g: Gran) -> String {
    let y = year(i32::from(d.year()));
    match g {
        Gran::Year => y,
        Gran::Half => format!("{y}-H{}", if d.month() <= 6 { 1 } else { 2 }),
        Gran::Quarter => format!("{y}-Q{}", (d.month() - 1) / 3 + 1),
        Gran::Season(s) => format!("{y}-{s}"),
        Gran::Month => format!("{y}-{:02}", d.month()),
        Gran::Week | Gran::Weekend => {
            let w = d.iso_week_date();
            let base = format!("{}-W{:02}", year(i32::from(w.year())), w.week());
            if g == Gran::Weekend {
                base + "-WE"
            } else {
                base
            }
        }
        Gran::Day => format!("{y}-{:02}-{:02}", d.month(), d.day()),
    }
}

/// A year as four digits ("0490" for small years).
pub(crate) fn year(y: i32) -> String {
    if y < 0 {
        format!("BC{:04}", -y)
    } else {
        format!("{y:04}")
    }
}

/// A duration: "P3Y", "PT48H", "P1.5D", "PXY".
pub(crate) fn duration(u: Unit, n: Amount) -> String {
    let (t, unit, mul) = match u {
        Unit::Second => ("T", "S", 1.0),
        Unit::Minute => ("T", "M", 1.0),
        Unit::Hour => ("T", "H", 1.0),
        Unit::Day => ("", "D", 1.0),
        Unit::Week => ("", "W", 1.0),
        Unit::Fortnight => ("", "W", 2.0),
        Unit::Month => ("", "M", 1.0),
        Unit::Quarter => ("", "Q", 1.0),
        Unit::Year => ("", "Y", 1.0),
        // A counted decade or century is written in years, as TimeBank
        // does ("two decades" → P20Y); an unspecified one keeps its unit.
        Unit::Decade if n != Amount::X => ("", "Y", 10.0),
        Unit::Century if n != Amount::X => ("", "Y", 100.0),
        Unit::Decade => ("", "DE", 1.0),
        Unit::Century => ("", "CE", 1.0),
        Unit::Weekend => ("", "WE", 1.0),
    };
    match n {
        Amount::X => format!("P{t}X{unit}"),
        Amount::N(v) => {
            let v = v * mul;
            if v.fract() == 0.0 && v.abs() < 1e15 {
                return format!("P{t}{}{unit}", v as i64);
            }
            // A fraction goes to the next smaller unit when it comes out
            // whole, as TimeBank writes it: "2 1/2 years" → P2Y6M,
            // "5 1/2 hours" → PT5H30M, डेढ़ दिन → P1DT12H.
            let smaller = match (t, unit) {
                ("", "Y") => Some(("", "M", 12.0)),
                ("", "D") => Some(("T", "H", 24.0)),
                ("T", "H") => Some(("", "M", 60.0)),
                ("T", "M") => Some(("", "S", 60.0)),
                _ => None,
            };
            if let Some((t2, unit2, factor)) = smaller {
                let whole = v.trunc();
                let rest = (v - whole) * factor;
                if v > 0.0 && v < 1e9 && (rest - rest.round()).abs() < 1e-6 {
                    let rest = rest.round() as i64;
                    let head = if whole > 0.0 {
                        format!("{}{unit}", whole as i64)
                    } else {
                        String::new()
                    };
                    return format!("P{t}{head}{t2}{rest}{unit2}");
                }
            }
            format!("P{t}{v}{unit}")
        }
    }
}

/// Appends a part of the day or a clock time: "2024-12-10TEV", "2025-12-04T15:30".
pub(crate) fn with_tod(base: &str, tod: Tod) -> String {
    match tod {
        Tod::Part("") => base.to_string(),
        Tod::Part(p) => format!("{base}T{p}"),
        Tod::Clock(h, m) => format!("{base}T{h:02}:{m:02}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_at_each_granularity() {
        let d = Date::new(2025, 12, 4).unwrap_or_default();
        let table = [
            (Gran::Year, "2025"),
            (Gran::Half, "2025-H2"),
            (Gran::Quarter, "2025-Q4"),
            (Gran::Season("WI"), "2025-WI"),
            (Gran::Month, "2025-12"),
            (Gran::Week, "2025-W49"),
            (Gran::Weekend, "2025-W49-WE"),
            (Gran::Day, "2025-12-04"),
        ];
        for (g, want) in table {
            assert_eq!(date_value(d, g), want);
        }
        assert_eq!(duration(Unit::Hour, Amount::N(48.0)), "PT48H");
        // Fractions go to the next smaller unit when it comes out whole.
        assert_eq!(duration(Unit::Day, Amount::N(1.5)), "P1DT12H");
        assert_eq!(duration(Unit::Year, Amount::N(2.5)), "P2Y6M");
        assert_eq!(duration(Unit::Hour, Amount::N(5.5)), "PT5H30M");
        assert_eq!(duration(Unit::Minute, Amount::N(1.5)), "PT1M30S");
        assert_eq!(duration(Unit::Hour, Amount::N(0.5)), "PT30M");
        assert_eq!(duration(Unit::Week, Amount::N(1.5)), "P1.5W");
        assert_eq!(duration(Unit::Year, Amount::X), "PXY");
        assert_eq!(duration(Unit::Fortnight, Amount::N(1.0)), "P2W");
        assert_eq!(with_tod("2024-12-10", Tod::Part("EV")), "2024-12-10TEV");
        assert_eq!(
            with_tod("2025-12-04", Tod::Clock(15, 30)),
            "2025-12-04T15:30"
        );
    }
}
