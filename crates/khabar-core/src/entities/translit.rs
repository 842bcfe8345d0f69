//! A phonetic key shared by Devanagari and Latin spellings of a name.
//!
//! राजनाथ सिंह and Rajnath Singh, पुतिन and Putin, बेलौसोव and Belousov
//! must meet in one key. Full transliteration with schwa deletion is not
//! needed for that: the key is the word's consonant skeleton, with sounds
//! the two scripts spell differently folded together:
//!
//! - vowels are dropped (so schwa deletion does not matter: राजनाथ is
//!   *r-j-n-th* whether read Rajnath or Rajanatha);
//! - aspiration is dropped (थ = th = t; भ = bh = b) and so is every other h;
//! - dentals and retroflexes merge (त/ट → t, द/ड → d, न/ण → n);
//! - श/ष/स and sh/s → s; फ/फ़, ph and f → p; ज़, z and j → j; क़, q, c(k) → k;
//! - the nasal before a consonant (anusvara ं, "n", and "ng" as in Singh) → n;
//! - y, v and w count only before a vowel (Moscow ↔ मॉस्को, Andrey ↔ एंड्री);
//! - doubled consonants collapse (Nadda ↔ नड्डा).
//!
//! Words are keyed separately and joined with a space. The key is lossy on
//! purpose; callers compare keys only between names of the same type.

use crate::segment::chars;

/// The phonetic key of a name in Latin or Devanagari script.
pub fn key(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for word in name
        .split(|c: char| !is_key_char(c))
        .filter(|w| !w.is_empty())
    {
        // The words' keys are written straight into `out`, after a space
        // that is taken back when the word has no key. The space also keeps
        // a word's first consonant from merging with the last one of the
        // word before it.
        let before = out.len();
        if before > 0 {
            out.push(' ');
        }
        let mark = out.len();
        if word.chars().any(is_deva) {
            deva_key(word, &mut out);
        } else {
            latin_key(word, &mut out);
        }
        if out.len() == mark {
            out.truncate(before);
        }
    }
    out
}

#[inline]
fn is_key_char(c: char) -> bool {
    is_deva(c) || chars::is_alphanumeric(c)
}

#[inline]
fn is_deva(c: char) -> bool {
    ('\u{0900}'..='\u{097F}').contains(&c) && c != '\u{0964}' && c != '\u{0965}'
}

/// Pushes `c` unless it repeats the last consonant.
#[inline]
fn push(out: &mut String, c: char) {
    if !out.ends_with(c) {
        out.push(c);
    }
}

/// The key of a word in Latin script, appended to `out`.
fn latin_key(word: &str, out: &mut String) {
    // The word's ASCII letters in lower case: on the stack for any word of
    // a real name, on the heap beyond that.
    let mut stack = [0u8; 48];
    let mut heap = Vec::new();
    let mut n = 0;
    let mut add = |b: u8| {
        if n < stack.len() {
            stack[n] = b;
        } else {
            if heap.is_empty() {
                heap.extend_from_slice(&stack);
            }
            heap.push(b);
        }
        n += 1;
    };
    for c in word.chars() {
        if c.is_ascii() {
            if c.is_ascii_alphabetic() {
                add(c.to_ascii_lowercase() as u8);
            }
        } else {
            // "İ" lowers to "i̇", the Kelvin sign to "k".
            for l in c.to_lowercase().filter(char::is_ascii_alphabetic) {
                add(l as u8);
            }
        }
    }
    let w: &[u8] = if n <= stack.len() { &stack[..n] } else { &heap };
    let vowel = |i: usize| matches!(w.get(i), Some(b'a' | b'e' | b'i' | b'o' | b'u'));
    let mut i = 0;
    while let Some(&c) = w.get(i) {
        let next = w.get(i + 1).copied();
        match c {
            b'a' | b'e' | b'i' | b'o' | b'u' | b'h' => {}
            b'y' | b'w' | b'v' => {
                if vowel(i + 1) {
                    push(out, if c == b'y' { 'y' } else { 'v' });
                }
            }
            b'c' => {
                if next == Some(b'h') {
                    push(out, 'c');
                    i += 1;
                } else if matches!(next, Some(b'e' | b'i' | b'y')) {
                    push(out, 's');
                } else {
                    push(out, 'k');
                }
            }
            b's' => {
                push(out, 's');
                if next == Some(b'h') {
                    i += 1;
                }
            }
            b'p' => {
                push(out, 'p');
                if next == Some(b'h') {
                    i += 1;
                }
            }
            b'f' => push(out, 'p'),
            b'z' => push(out, 'j'),
            b'q' => push(out, 'k'),
            b'x' => {
                push(out, 'k');
                push(out, 's');
            }
            b'n' => {
                push(out, 'n');
                // "ng" not followed by a vowel is the nasal of Singh (सिंह).
                if next == Some(b'g') && !vowel(i + 2) {
                    i += 1;
                }
            }
            b'm' if matches!(next, Some(b'b' | b'p')) => push(out, 'n'),
            _ => push(out, char::from(c)),
        }
        i += 1;
    }
}

/// The class of a Devanagari consonant, or `None` for anything else.
/// Precomposed nukta letters are written as escapes so the source does not
/// depend on normalization.
fn deva_consonant(c: char) -> Option<char> {
    Some(match c {
        'क' | 'ख' | '\u{0958}' | '\u{0959}' => 'k',
        'ग' | 'घ' | '\u{095A}' => 'g',
        'ङ' | 'ञ' | 'ण' | 'न' | '\u{0929}' => 'n',
        'च' | 'छ' => 'c',
        'ज' | 'झ' | '\u{095B}' => 'j',
        'ट' | 'ठ' | 'त' | 'थ' => 't',
        'ड' | 'ढ' | 'द' | 'ध' => 'd',
        '\u{095C}' | '\u{095D}' | 'र' | '\u{0931}' => 'r',
        'प' | 'फ' | '\u{095E}' => 'p',
        'ब' | 'भ' => 'b',
        'म' => 'm',
        'य' | '\u{095F}' => 'y',
        'ल' | 'ळ' | '\u{0934}' => 'l',
        'व' => 'v',
        'श' | 'ष' | 'स' => 's',
        'ह' => 'h',
        _ => return None,
    })
}

/// The key of a word with Devanagari letters, appended to `out`.
fn deva_key(word: &str, out: &mut String) {
    let mut it = word.chars();
    // The current char and the two after it.
    let mut cur = it.next();
    let mut next = it.next();
    let mut after_next = it.next();
    while let Some(c) = cur {
        // ड़ and ढ़ written as base + nukta are the flap r.
        let k = if matches!(c, 'ड' | 'ढ') && next == Some('\u{093C}') {
            Some('r')
        } else {
            deva_consonant(c)
        };
        if let Some(k) = k {
            match k {
                'h' => {}
                'y' | 'v' => {
                    // A vowel follows unless a virama follows or the word ends.
                    let after = if next == Some('\u{093C}') {
                        after_next
                    } else {
                        next
                    };
                    if !matches!(after, None | Some('\u{094D}')) {
                        push(out, k);
                    }
                }
                _ => push(out, k),
            }
        } else if c == '\u{0902}' {
            // Anusvara: the nasal of the next consonant.
            push(out, 'n');
        } else if c.is_ascii_digit() {
            out.push(c);
        }
        cur = next;
        next = after_next;
        after_next = it.next();
    }
}

#[cfg(test)]
mod tests {
    use super::key;

    #[test]
    fn devanagari_and_latin_meet() {
        let table = [
            ("राजनाथ सिंह", "Rajnath Singh"),
            ("राजनाथ", "Rajnath"),
            ("सिंह", "Singh"),
            ("पुतिन", "Putin"),
            ("व्लादिमीर पुतिन", "Vladimir Putin"),
            ("बेलौसोव", "Belousov"),
            ("एंड्री बेलौसोव", "Andrey Belousov"),
            ("मॉस्को", "Moscow"),
            ("नरेंद्र मोदी", "Narendra Modi"),
            ("क्रेमलिन", "Kremlin"),
            ("जगत प्रकाश नड्डा", "Jagat Prakash Nadda"),
            ("मिखाइल मुराशको", "Mikhail Murashko"),
            ("तिआंजिन", "Tianjin"),
            ("दिल्ली", "Delhi"),
            ("शर्मा", "Sharma"),
            ("विजय", "Vijay"),
        ];
        for (hi, en) in table {
            assert_eq!(key(hi), key(en), "{hi} vs {en}");
            assert!(!key(hi).is_empty());
        }
    }

    #[test]
    fn different_names_differ() {
        let table = [("Putin", "Modi"), ("राजनाथ", "नरेंद्र"), ("Moscow", "Mumbai")];
        for (a, b) in table {
            assert_ne!(key(a), key(b), "{a} vs {b}");
        }
    }
}
