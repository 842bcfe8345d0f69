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

/// The phonetic key of a name in Latin or Devanagari script.
pub fn key(name: &str) -> String {
    let mut out = String::new();
    for word in name
        .split(|c: char| !is_key_char(c))
        .filter(|w| !w.is_empty())
    {
        let k = if word.chars().any(is_deva) {
            deva_key(word)
        } else {
            latin_key(word)
        };
        if k.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&k);
    }
    out
}

fn is_key_char(c: char) -> bool {
    c.is_alphanumeric() || is_deva(c)
}

fn is_deva(c: char) -> bool {
    ('\u{0900}'..='\u{097F}').contains(&c) && c != '\u{0964}' && c != '\u{0965}'
}

/// Pushes `c` unless it repeats the last consonant.
fn push(out: &mut String, c: char) {
    if !out.ends_with(c) {
        out.push(c);
    }
}

fn latin_key(word: &str) -> String {
    let w: Vec<char> = word
        .chars()
        .flat_map(char::to_lowercase)
        .filter(|c| c.is_ascii_alphabetic())
        .collect();
    let vowel = |i: usize| matches!(w.get(i), Some('a' | 'e' | 'i' | 'o' | 'u'));
    let mut out = String::new();
    let mut i = 0;
    while i < w.len() {
        let c = w[i];
        let next = w.get(i + 1).copied();
        match c {
            'a' | 'e' | 'i' | 'o' | 'u' | 'h' => {}
            'y' | 'w' | 'v' => {
                if vowel(i + 1) {
                    push(&mut out, if c == 'y' { 'y' } else { 'v' });
                }
            }
            'c' => {
                if next == Some('h') {
                    push(&mut out, 'c');
                    i += 1;
                } else if matches!(next, Some('e' | 'i' | 'y')) {
                    push(&mut out, 's');
                } else {
                    push(&mut out, 'k');
                }
            }
            's' => {
                push(&mut out, 's');
                if next == Some('h') {
                    i += 1;
                }
            }
            'p' => {
                push(&mut out, 'p');
                if next == Some('h') {
                    i += 1;
                }
            }
            'f' => push(&mut out, 'p'),
            'z' => push(&mut out, 'j'),
            'q' => push(&mut out, 'k'),
            'x' => {
                push(&mut out, 'k');
                push(&mut out, 's');
            }
            'n' => {
                push(&mut out, 'n');
                // "ng" not followed by a vowel is the nasal of Singh (सिंह).
                if next == Some('g') && !vowel(i + 2) {
                    i += 1;
                }
            }
            'm' if matches!(next, Some('b' | 'p')) => push(&mut out, 'n'),
            _ => push(&mut out, c),
        }
        i += 1;
    }
    out
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

fn deva_key(word: &str) -> String {
    let chars: Vec<char> = word.chars().collect();
    let mut out = String::new();
    for (i, &c) in chars.iter().enumerate() {
        let next = chars.get(i + 1).copied();
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
                        chars.get(i + 2).copied()
                    } else {
                        next
                    };
                    if !matches!(after, None | Some('\u{094D}')) {
                        push(&mut out, k);
                    }
                }
                _ => push(&mut out, k),
            }
        } else if c == '\u{0902}' {
            // Anusvara: the nasal of the next consonant.
            push(&mut out, 'n');
        } else if c.is_ascii_digit() {
            out.push(c);
        }
    }
    out
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
