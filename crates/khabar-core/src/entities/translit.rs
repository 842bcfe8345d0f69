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

/// The spelling keys of one word, for finding a Devanagari spelling of a
/// place the gazetteer knows only in Latin script: सांगली = Sangli, सतारा =
/// Satara, झांसी = Jhansi, ब्रुसेल्स = Brussels.
///
/// [`key`] is too lossy for that: without vowels, भंडारा (Bhandara) and
/// बंदर ("monkey") meet. This key keeps every vowel but *a* (so the
/// inherent vowel and schwa deletion do not matter: नागपुर is *n-g-p-u-r*
/// whether read Nagpur or Nagapura), keeps aspiration the way Indian
/// place names are spelt in English (भ = bh, छ = chh, श = sh), and folds
/// only what the two scripts write differently: long and short vowels
/// (ī = ee = i, ū = oo = u), ai → i and au → u, w = v, z = j, f = ph,
/// doubled letters. The flaps ड़ and ढ़ are spelt r/rh in some names
/// (Aligarh) and d/dh in others (Gadchiroli), so a Devanagari word with
/// one yields two keys. Empty when the word has anything but letters of
/// one script.
pub fn spelling_keys(word: &str) -> Vec<String> {
    if word.is_empty() {
        return Vec::new();
    }
    if word.bytes().all(|b| b.is_ascii_alphabetic()) {
        return vec![fold(&latin_spelling(word))];
    }
    if !word.chars().all(is_deva) {
        return Vec::new();
    }
    let flap = deva_spelling(word, false);
    let stop = deva_spelling(word, true);
    let mut keys = vec![fold(&flap)];
    if stop != flap {
        keys.push(fold(&stop));
    }
    keys
}

/// A Latin word spelt out the way [`deva_spelling`] spells Devanagari.
fn latin_spelling(word: &str) -> String {
    let w: Vec<u8> = word.bytes().map(|b| b.to_ascii_lowercase()).collect();
    let mut out = String::with_capacity(w.len() + 2);
    for (i, &c) in w.iter().enumerate() {
        let next = w.get(i + 1).copied();
        match c {
            b'c' if next == Some(b'h') => out.push('c'),
            b'c' if matches!(next, Some(b'e' | b'i' | b'y')) => out.push('s'),
            b'c' | b'q' => out.push('k'),
            b'w' => out.push('v'),
            b'z' => out.push('j'),
            b'f' => out.push_str("ph"),
            b'x' => out.push_str("ks"),
            b'm' if matches!(next, Some(b'b' | b'p')) => out.push('n'),
            _ => out.push(char::from(c)),
        }
    }
    out
}

/// A Devanagari word spelt in Latin letters, the flaps as r/rh or, with
/// `stops`, as d/dh.
fn deva_spelling(word: &str, stops: bool) -> String {
    let mut out = String::with_capacity(word.len());
    let mut chars = word.chars().peekable();
    while let Some(c) = chars.next() {
        let nukta = chars.peek() == Some(&'\u{093C}');
        if nukta {
            chars.next();
        }
        let consonant = matches!(c, '\u{0915}'..='\u{0939}' | '\u{0958}'..='\u{095F}');
        let s = match (c, nukta) {
            ('ड', true) | ('\u{095C}', _) => {
                if stops {
                    "d"
                } else {
                    "r"
                }
            }
            ('ढ', true) | ('\u{095D}', _) => {
                if stops {
                    "dh"
                } else {
                    "rh"
                }
            }
            ('क' | '\u{0958}', _) => "k",
            ('ख' | '\u{0959}', _) => "kh",
            ('ग' | '\u{095A}', _) => "g",
            ('घ', _) => "gh",
            ('ङ' | 'ञ' | 'ण' | 'न' | '\u{0929}', _) => "n",
            ('च', _) => "ch",
            ('छ', _) => "chh",
            ('ज' | '\u{095B}', _) => "j",
            ('झ', _) => "jh",
            ('ट' | 'त', _) => "t",
            ('ठ' | 'थ', _) => "th",
            ('ड' | 'द', _) => "d",
            ('ढ' | 'ध', _) => "dh",
            ('प', _) => "p",
            ('फ' | '\u{095E}', _) => "ph",
            ('ब', _) => "b",
            ('भ', _) => "bh",
            ('म', _) => "m",
            ('य' | '\u{095F}', _) => "y",
            ('र' | '\u{0931}', _) => "r",
            ('ल' | 'ळ' | '\u{0934}', _) => "l",
            ('व', _) => "v",
            ('श' | 'ष', _) => "sh",
            ('स', _) => "s",
            ('ह', _) => "h",
            ('अ' | 'आ' | 'ा', _) => "a",
            ('इ' | 'ई' | 'ि' | 'ी', _) => "i",
            ('उ' | 'ऊ' | 'ु' | 'ू', _) => "u",
            ('ऋ' | 'ृ', _) => "ri",
            ('ए' | 'े' | 'ऍ' | 'ॅ', _) => "e",
            ('ऐ' | 'ै', _) => "ai",
            ('ओ' | 'ो' | 'ऑ' | 'ॉ', _) => "o",
            ('औ' | 'ौ', _) => "au",
            ('ं' | 'ँ', _) => {
                // The nasal before a labial is written m in English
                // ("Sambalpur"); the Latin side folds that m to n.
                "n"
            }
            _ => "",
        };
        out.push_str(s);
        // The inherent vowel, unless a vowel sign or a virama follows.
        let sign = chars
            .peek()
            .is_some_and(|&n| matches!(n, '\u{093E}'..='\u{094D}' | '\u{0962}' | '\u{0963}'));
        if consonant && !sign {
            out.push('?');
        }
    }
    // A word-final inherent vowel is never spoken.
    if out.ends_with('?') {
        out.pop();
    }
    out
}

/// Whether the Devanagari `word` can be read as the Latin `name` letter
/// for letter: the spelling keys (which drop every *a*) already agree, and
/// the *a*s fit: ā and अ/आ need an *a* in the Latin name, the inherent
/// vowel may have one or not (schwa deletion), a virama or a vowel sign
/// none. So सत्र is not Satara (no vowel between t and r), and छीन is not
/// China (a word-final inherent vowel is silent).
pub fn spells(word: &str, name: &str) -> bool {
    if !name.bytes().all(|b| b.is_ascii_alphabetic()) || !word.chars().all(is_deva) {
        return false;
    }
    let latin = collapse(&long_vowels(&latin_spelling(name)));
    [false, true].into_iter().any(|stops| {
        let deva = collapse(&deva_spelling(word, stops));
        fits(deva.as_bytes(), latin.as_bytes())
    })
}

/// `s` with doubled letters collapsed (a '?' keeps letters apart).
fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

/// Whether the pattern `p` ('?' = an optional *a*) matches all of `t`: a
/// table over the two lengths, so that no input takes more than their
/// product.
fn fits(p: &[u8], t: &[u8]) -> bool {
    if p.len() > 64 || t.len() > 64 {
        return false;
    }
    // ok[j]: p[..i] matches t[..j], row by row.
    let mut ok = vec![false; t.len() + 1];
    ok[0] = true;
    for &pc in p {
        let mut next = vec![false; t.len() + 1];
        for j in 0..=t.len() {
            if !ok[j] {
                continue;
            }
            if pc == b'?' {
                next[j] = true;
                if t.get(j) == Some(&b'a') {
                    next[j + 1] = true;
                }
            } else if t.get(j) == Some(&pc) {
                next[j + 1] = true;
            }
        }
        ok = next;
    }
    ok[t.len()]
}

/// English long vowels as the short ones Devanagari spellings give: ee →
/// i, oo → u.
fn long_vowels(spelling: &str) -> String {
    spelling.replace("ee", "i").replace("oo", "u")
}

/// Folds a spelling into its key: long vowels shortened, every *a* (and
/// inherent-vowel mark) dropped, doubled letters collapsed.
fn fold(spelling: &str) -> String {
    let without_a: String = long_vowels(spelling)
        .chars()
        .filter(|&c| c != 'a' && c != '?')
        .collect();
    collapse(&without_a)
}

/// The names of the Latin letters as Hindi writes them, for acronyms
/// spelled out in Devanagari ("यूके" UK, "एमपी" MP, "सीबीआई" CBI).
const LETTER_NAMES: &[&str] = &[
    "डब्ल्यू",
    "डब्लू",
    "क्यू",
    "एक्स",
    "जेड",
    "ज़ेड",
    "वाई",
    "एफ",
    "एच",
    "एल",
    "एम",
    "एन",
    "आर",
    "एस",
    "बी",
    "सी",
    "डी",
    "जी",
    "जे",
    "के",
    "पी",
    "टी",
    "यू",
    "वी",
    "आई",
    "आइ",
    "ए",
    "ई",
    "ओ",
];

/// Whether a Devanagari word is an acronym spelled out letter by letter:
/// two or more letter names and nothing else ("यूके", "एमपी"; not "मोदी").
pub fn spells_letters(word: &str) -> bool {
    fn rest(w: &str, letters: usize) -> bool {
        if w.is_empty() {
            return letters >= 2;
        }
        LETTER_NAMES
            .iter()
            .any(|l| w.strip_prefix(l).is_some_and(|r| rest(r, letters + 1)))
    }
    rest(word, 0)
}

#[cfg(test)]
mod tests {
    use super::{key, spelling_keys, spells, spells_letters};

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

    #[test]
    fn devanagari_spellings_of_places() {
        let table = [
            ("सांगली", "Sangli"),
            ("सतारा", "Satara"),
            ("झांसी", "Jhansi"),
            ("भंडारा", "Bhandara"),
            ("नागपुर", "Nagpur"),
            ("ब्रुसेल्स", "Brussels"),
            ("अलीगढ़", "Aligarh"),
            ("भीलवाड़ा", "Bhilwara"),
            ("विजयवाड़ा", "Vijayawada"),
            ("संबलपुर", "Sambalpur"),
            ("छत्तीसगढ़", "Chhattisgarh"),
        ];
        for (hi, en) in table {
            let en_key = &spelling_keys(en)[0];
            assert!(
                spelling_keys(hi).contains(en_key),
                "{hi} {:?} vs {en} {en_key}",
                spelling_keys(hi)
            );
            assert!(spells(hi, en), "{hi} vs {en}");
        }
    }

    #[test]
    fn spelling_keys_keep_vowels_and_aspiration() {
        // The consonant skeleton would merge these; the spelling key must not.
        let table = [("बंदर", "Bhandara"), ("स्थान", "Satna"), ("सितार", "Satara")];
        for (hi, en) in table {
            let en_key = &spelling_keys(en)[0];
            assert!(!spelling_keys(hi).contains(en_key), "{hi} vs {en}");
        }
        // Same keys, but the vowels do not fit.
        for (hi, en) in [("सत्र", "Satara"), ("छीन", "China"), ("नागपुर", "Nagpura")]
        {
            assert!(!spells(hi, en), "{hi} vs {en}");
        }
        assert!(spelling_keys("Delhi2").is_empty());
        assert!(spelling_keys("दिल्ली-NCR").is_empty());
    }

    #[test]
    fn acronyms_spelled_letter_by_letter() {
        for w in ["यूके", "एमपी", "सीबीआई", "एनडीए", "डब्ल्यूएचओ"]
        {
            assert!(spells_letters(w), "{w}");
        }
        for w in ["मोदी", "केजरीवाल", "सऊदी", "ए", "इमरान"]
        {
            assert!(!spells_letters(w), "{w}");
        }
    }
}
