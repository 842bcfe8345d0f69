//! Bytes → text: byte-order marks, UTF-8, legacy encodings, binary files.
//!
//! Journalists hand khabar whatever their tools saved: UTF-8 from the web,
//! UTF-16 from Word's "Unicode text", Windows-1252 from old desk systems.
//! A byte-order mark decides first; valid UTF-8 is taken as is; anything else
//! goes to `chardetng`, the detector Firefox uses. Binary formats are refused
//! with a message that names the format and says what to do instead.
//!
//! Line endings are normalized to `\n` and NUL and other C0 controls (but
//! tab and newline) become spaces, so every later offset refers to clean text.

use crate::error::{Error, ErrorKind};

/// Decoded text and what the decoder noticed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    /// The text, with `\n` line endings.
    pub text: String,
    /// The encoding the bytes were read in ("UTF-8", "UTF-16LE", "windows-1252", …).
    pub encoding: &'static str,
    /// Notes for the user (invalid bytes replaced, encoding guessed).
    pub warnings: Vec<String>,
}

/// Magic numbers of formats people mistake for articles.
const SIGNATURES: &[(&[u8], &str)] = &[
    (b"%PDF", "a PDF"),
    (b"\x89PNG", "a PNG image"),
    (b"\xFF\xD8\xFF", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (
        b"PK\x03\x04",
        "a ZIP archive (or a .docx/.odt/.epub document)",
    ),
    (
        b"\xD0\xCF\x11\xE0",
        "an old Microsoft Office document (.doc/.xls)",
    ),
    (b"{\\rtf", "an RTF document"),
    (b"\x1F\x8B", "a gzip archive"),
    (b"7z\xBC\xAF", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"\x7FELF", "a program (ELF executable)"),
    (b"MZ", "a Windows program"),
    (b"ID3", "an MP3 audio file"),
    (b"OggS", "an Ogg media file"),
    (b"\x1A\x45\xDF\xA3", "a WebM/Matroska video"),
    (b"wOFF", "a web font"),
    (b"\x00asm", "a WebAssembly module"),
    (b"SQLite format 3", "a SQLite database"),
];

/// Decodes `bytes`, or refuses them when they are a binary format.
pub fn decode(bytes: &[u8]) -> Result<Decoded, Error> {
    if let Some(what) = sniff_binary(bytes) {
        let advice = if what == "a PDF" || what.contains("document") {
            "; save the article as text or HTML"
        } else {
            "; khabar reads text, HTML and Markdown articles"
        };
        return Err(Error::new(
            ErrorKind::Binary,
            format!("this looks like {what}, not an article{advice}"),
        ));
    }
    let mut warnings = Vec::new();
    let (raw, encoding): (std::borrow::Cow<'_, str>, &'static str) = if let Some((enc, bom)) =
        encoding_rs::Encoding::for_bom(bytes)
    {
        let (text, had_errors) = enc.decode_without_bom_handling(&bytes[bom..]);
        if had_errors {
            warnings.push(format!(
                    "the file has a {} byte-order mark but contains invalid sequences; they were replaced with \u{FFFD}",
                    enc.name()
                ));
        }
        (text, enc.name())
    } else if let Some(enc) = utf16_without_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(bytes);
        warnings.push(format!(
            "read as {} (no byte-order mark, detected from the byte pattern)",
            enc.name()
        ));
        (text, enc.name())
    } else {
        match std::str::from_utf8(bytes) {
            Ok(s) => (std::borrow::Cow::Borrowed(s), "UTF-8"),
            Err(_) => guess(bytes, &mut warnings),
        }
    };
    if raw.contains('\u{0}') && looks_binary(&raw) {
        return Err(Error::new(
            ErrorKind::Binary,
            "this looks like a binary file, not an article; save the article as text or HTML",
        ));
    }
    Ok(Decoded {
        text: normalize(&raw),
        encoding,
        warnings,
    })
}

/// Names the binary format `bytes` start with, if any.
fn sniff_binary(bytes: &[u8]) -> Option<&'static str> {
    for (magic, what) in SIGNATURES {
        if bytes.starts_with(magic) {
            // "MZ" and "ID3" are short: demand some binary noise as well.
            if magic.len() <= 3 && !has_binary_noise(bytes) {
                continue;
            }
            return Some(what);
        }
    }
    if bytes.len() >= 12 && &bytes[..4] == b"RIFF" {
        return Some("a RIFF media file (WebP, WAV or AVI)");
    }
    None
}

/// Control bytes other than whitespace in the first kilobyte.
fn has_binary_noise(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(1024)];
    head.iter()
        .filter(|&&b| b < 0x09 || (0x0E..0x1B).contains(&b))
        .count()
        > 2
}

/// UTF-16 without a byte-order mark: every other byte is zero in ASCII-heavy text.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = &bytes[..bytes.len().min(4096) & !1];
    if head.len() < 8 {
        return None;
    }
    let pairs = head.len() / 2;
    let (mut even_zero, mut odd_zero) = (0usize, 0usize);
    for pair in head.chunks_exact(2) {
        even_zero += usize::from(pair[0] == 0);
        odd_zero += usize::from(pair[1] == 0);
    }
    if odd_zero * 10 >= pairs * 4 && even_zero * 20 < pairs {
        Some(encoding_rs::UTF_16LE)
    } else if even_zero * 10 >= pairs * 4 && odd_zero * 20 < pairs {
        Some(encoding_rs::UTF_16BE)
    } else {
        None
    }
}

/// Invalid UTF-8 without a mark: ask `chardetng`; if it still says UTF-8,
/// replace the bad bytes and say so.
fn guess<'a>(
    bytes: &'a [u8],
    warnings: &mut Vec<String>,
) -> (std::borrow::Cow<'a, str>, &'static str) {
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    let sample = &bytes[..bytes.len().min(64 * 1024)];
    detector.feed(sample, sample.len() == bytes.len());
    let enc = detector.guess(None, chardetng::Utf8Detection::Allow);
    if enc == encoding_rs::UTF_8 || looks_mostly_utf8(bytes) {
        let (text, _) = encoding_rs::UTF_8.decode_without_bom_handling(bytes);
        let bad = text.matches('\u{FFFD}').count();
        warnings.push(format!(
            "the file is not valid UTF-8: {bad} invalid byte sequence{} replaced with \u{FFFD}",
            if bad == 1 { " was" } else { "s were" }
        ));
        return (text, "UTF-8");
    }
    let (text, _) = enc.decode_without_bom_handling(bytes);
    warnings.push(format!(
        "the file is not UTF-8; read it as {} (detected)",
        enc.name()
    ));
    (text, enc.name())
}

/// True when most non-ASCII bytes form valid UTF-8 sequences (a UTF-8 file
/// with a few corrupt bytes, not a legacy encoding).
fn looks_mostly_utf8(bytes: &[u8]) -> bool {
    let mut valid_multibyte = 0usize;
    let mut invalid = 0usize;
    let mut rest = bytes;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                valid_multibyte += s.bytes().filter(|b| *b >= 0xC0).count();
                break;
            }
            Err(e) => {
                let (good, after) = rest.split_at(e.valid_up_to());
                valid_multibyte += good.iter().filter(|b| **b >= 0xC0).count();
                invalid += 1;
                let skip = e.error_len().unwrap_or(after.len()).max(1).min(after.len());
                rest = &after[skip..];
                if rest.is_empty() {
                    break;
                }
            }
        }
    }
    valid_multibyte > invalid * 4
}

/// Decoded text with many NULs or control characters is a binary file.
fn looks_binary(text: &str) -> bool {
    let head: Vec<char> = text.chars().take(4096).collect();
    let controls = head
        .iter()
        .filter(|&&c| c == '\u{0}' || (c < ' ' && !matches!(c, '\n' | '\r' | '\t' | '\u{c}')))
        .count();
    controls * 10 > head.len()
}

/// `\r\n` and `\r` → `\n`; other C0 controls but tab → space; no-break and
/// other odd spaces stay (they are whitespace to the tokenizer anyway).
pub fn normalize(raw: &str) -> String {
    // In blocks of 64 bytes without an early exit, so that the test
    // vectorizes: it runs over every page in full.
    let control = |b: &u8| *b < 0x20 && *b != b'\n' && *b != b'\t';
    let needs = raw
        .as_bytes()
        .chunks(64)
        .any(|block| block.iter().fold(false, |seen, b| seen | control(b)));
    if !needs {
        return raw.to_string();
    }
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push('\n');
            }
            '\n' | '\t' => out.push(c),
            c if c < ' ' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings() {
        let cases: &[(&[u8], &str, &str)] = &[
            (b"plain ascii", "plain ascii", "UTF-8"),
            ("नई दिल्ली".as_bytes(), "नई दिल्ली", "UTF-8"),
            (b"\xEF\xBB\xBFbom", "bom", "UTF-8"),
            (b"\xFF\xFEh\x00i\x00", "hi", "UTF-16LE"),
            (b"\xFE\xFF\x00h\x00i", "hi", "UTF-16BE"),
            (b"a\r\nb\rc", "a\nb\nc", "UTF-8"),
            (
                b"Caf\xe9 in S\xe3o Paulo, na\xefve r\xe9sum\xe9 \x93quoted\x94",
                "Café in São Paulo, naïve résumé “quoted”",
                "windows-1252",
            ),
        ];
        for (bytes, text, enc) in cases {
            let d = decode(bytes).expect("decodes");
            assert_eq!(d.text, *text, "{bytes:?}");
            assert_eq!(d.encoding, *enc, "{bytes:?}");
        }
    }

    #[test]
    fn utf16_without_bom_is_detected() {
        let bytes: Vec<u8> = "Hello, world. This is text."
            .encode_utf16()
            .flat_map(|u| u.to_le_bytes())
            .collect();
        let d = decode(&bytes).expect("decodes");
        assert_eq!(d.text, "Hello, world. This is text.");
    }

    #[test]
    fn invalid_utf8_is_replaced_with_a_warning() {
        let mut bytes = "राजनाथ सिंह ने कहा कि भारत".as_bytes().to_vec();
        bytes.insert(6, 0xFF);
        let d = decode(&bytes).expect("decodes");
        assert!(d.text.contains('\u{FFFD}'));
        assert!(
            d.warnings[0].contains("not valid UTF-8"),
            "{:?}",
            d.warnings
        );
    }

    #[test]
    fn binaries_are_refused_by_name() {
        let cases: &[(&[u8], &str)] = &[
            (b"%PDF-1.7\n%\xE2\xE3\xCF\xD3", "PDF"),
            (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "PNG"),
            (b"PK\x03\x04\x14\0\x06\0", "ZIP"),
            (
                b"\0\0\0\x01\x02\x03\x04\x05\x06\x07\x08\0\0\0\0\0\0\0\x01",
                "binary",
            ),
        ];
        for (bytes, name) in cases {
            let e = decode(bytes).expect_err("refused");
            assert_eq!(e.kind(), ErrorKind::Binary);
            assert!(e.message().contains(name), "{}", e.message());
        }
        let pdf = decode(b"%PDF-1.4 ...").expect_err("pdf");
        assert!(pdf.message().contains("save the article as text or HTML"));
    }

    #[test]
    fn text_starting_like_a_signature_is_still_text() {
        assert!(decode(b"MZ is a name in this article about a player.").is_ok());
        assert!(decode(b"ID3 tags are metadata in MP3 files, the report said.").is_ok());
    }
}
