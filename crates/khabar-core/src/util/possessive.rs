//! English possessives on names: "Putin's", "Putin’s", "the Ministers'".

/// A word without its possessive "'s" (or "’s"): "Putin's" → "Putin".
pub(crate) fn strip_possessive_s(w: &str) -> &str {
    w.strip_suffix("'s")
        .or_else(|| w.strip_suffix("\u{2019}s"))
        .unwrap_or(w)
}

/// A word without its possessive "'s", "’s" or bare "'": "Putin's" →
/// "Putin", "Ministers'" → "Ministers".
pub(crate) fn strip_possessive(w: &str) -> &str {
    let s = strip_possessive_s(w);
    if s.len() < w.len() {
        s
    } else {
        w.strip_suffix('\'').unwrap_or(w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn possessives_come_off_names() {
        let cases: &[(&str, &str, &str)] = &[
            // (word, without 's, without any possessive)
            ("Putin's", "Putin", "Putin"),
            ("Putin\u{2019}s", "Putin", "Putin"),
            ("Ministers'", "Ministers'", "Ministers"),
            ("Hon'ble", "Hon'ble", "Hon'ble"),
            ("पुतिन", "पुतिन", "पुतिन"),
            ("'s", "", ""),
        ];
        for &(w, s, any) in cases {
            assert_eq!(strip_possessive_s(w), s, "{w}");
            assert_eq!(strip_possessive(w), any, "{w}");
        }
    }
}
