//! The lines of a text, as `str::split('\n')` gives them, found with
//! `memchr`: the ingestion scans read every line of a page's text, and the
//! standard library's search for one byte is not vectorized.

/// Every piece of `text` between line breaks, the empty ones and the one
/// after the last break included.
pub(crate) fn lines(text: &str) -> impl Iterator<Item = &str> {
    let mut from = Some(0);
    std::iter::from_fn(move || {
        let start = from?;
        let rest = text.get(start..)?;
        match memchr::memchr(b'\n', rest.as_bytes()) {
            Some(k) => {
                from = Some(start + k + 1);
                rest.get(..k)
            }
            None => {
                from = None;
                Some(rest)
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_pieces_as_split() {
        for t in ["", "a", "a\n", "\n\nb\nराजनाथ\n\n", "x\r\ny"] {
            assert_eq!(
                lines(t).collect::<Vec<_>>(),
                t.split('\n').collect::<Vec<_>>(),
                "{t:?}"
            );
        }
    }
}
