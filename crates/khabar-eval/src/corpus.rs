//! Readers for the gold formats: CoNLL columns, `token<TAB>tag` files,
//! TimeML `.tml` and ILTIMEX XML.
//!
//! Each reader turns a file's text into documents that carry their own
//! plain text, so the runner can hand exactly that text to
//! `khabar_core::analyze` and compare offsets.

use crate::score::{chunks, Chunk, TimexSpan};

/// A gold NER sentence: tokens and their tags, already mapped to
/// `O`/`B-X`/`I-X` with X in PER, ORG, LOC, MISC.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NerSentence {
    /// The tokens.
    pub tokens: Vec<String>,
    /// One tag per token.
    pub tags: Vec<String>,
}

/// A gold NER document: sentences in order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NerDoc {
    /// "testa-12", "dev-340", …
    pub id: String,
    /// The sentences.
    pub sentences: Vec<NerSentence>,
}

/// A NER document laid out as plain text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NerLayout {
    /// Tokens joined with spaces, sentences with newlines.
    pub text: String,
    /// Byte range of every token in `text`, in document order.
    pub tokens: Vec<(usize, usize)>,
    /// Gold chunks in document token indices.
    pub gold: Vec<Chunk>,
}

impl NerDoc {
    /// Rebuilds the text: tokens joined with a space, sentences with a
    /// newline; keeps the byte range of every token.
    pub fn layout(&self) -> NerLayout {
        let mut out = NerLayout::default();
        for (si, sentence) in self.sentences.iter().enumerate() {
            if si > 0 {
                out.text.push('\n');
            }
            let offset = out.tokens.len();
            for (ti, token) in sentence.tokens.iter().enumerate() {
                if ti > 0 {
                    out.text.push(' ');
                }
                let start = out.text.len();
                out.text.push_str(token);
                out.tokens.push((start, out.text.len()));
            }
            let tags: Vec<&str> = sentence.tags.iter().map(String::as_str).collect();
            out.gold.extend(chunks(&tags, offset));
        }
        out
    }

    /// How many tokens the document has.
    pub fn token_count(&self) -> usize {
        self.sentences.iter().map(|s| s.tokens.len()).sum()
    }
}

/// Maps a tag `B-X`/`I-X` through `label` (X → PER/ORG/LOC/MISC, or `None`
/// to drop it); anything else (`O`, `-`, `-NETI`, …) becomes `O`.
pub fn map_tag(tag: &str, label: impl Fn(&str) -> Option<&'static str>) -> String {
    match tag.split_once('-') {
        Some((p @ ("B" | "I"), x)) => match label(x) {
            Some(l) => format!("{p}-{l}"),
            None => "O".to_string(),
        },
        _ => "O".to_string(),
    }
}

/// CoNLL-2003 labels are kept as they are.
pub fn conll_label(x: &str) -> Option<&'static str> {
    match x {
        "PER" => Some("PER"),
        "ORG" => Some("ORG"),
        "LOC" => Some("LOC"),
        "MISC" => Some("MISC"),
        _ => None,
    }
}

/// IL-NER: NEP person, NEL location, NEO organisation; the rest is dropped.
pub fn ilner_label(x: &str) -> Option<&'static str> {
    match x {
        "NEP" => Some("PER"),
        "NEL" => Some("LOC"),
        "NEO" => Some("ORG"),
        _ => None,
    }
}

/// HiNER: PERSON, LOCATION, ORGANIZATION; the rest is dropped.
pub fn hiner_label(x: &str) -> Option<&'static str> {
    match x {
        "PERSON" => Some("PER"),
        "LOCATION" => Some("LOC"),
        "ORGANIZATION" => Some("ORG"),
        _ => None,
    }
}

/// Reads CoNLL-2003 (`token POS chunk NER`, IOB1 in the fourth column;
/// blank line = sentence end; `-DOCSTART-` = new document).
pub fn read_conll(text: &str, prefix: &str) -> Vec<NerDoc> {
    let mut docs: Vec<NerDoc> = Vec::new();
    let mut doc = NerDoc::default();
    let mut sentence = NerSentence::default();
    let flush_sentence = |doc: &mut NerDoc, sentence: &mut NerSentence| {
        if !sentence.tokens.is_empty() {
            doc.sentences.push(std::mem::take(sentence));
        }
    };
    for line in text.lines() {
        let cols: Vec<&str> = line.split_whitespace().collect();
        if cols.is_empty() {
            flush_sentence(&mut doc, &mut sentence);
            continue;
        }
        if cols[0] == "-DOCSTART-" {
            flush_sentence(&mut doc, &mut sentence);
            if !doc.sentences.is_empty() {
                docs.push(std::mem::take(&mut doc));
            }
            continue;
        }
        let tag = cols.last().copied().unwrap_or("O");
        sentence.tokens.push(cols[0].to_string());
        sentence.tags.push(map_tag(tag, conll_label));
    }
    flush_sentence(&mut doc, &mut sentence);
    if !doc.sentences.is_empty() {
        docs.push(doc);
    }
    for (i, d) in docs.iter_mut().enumerate() {
        d.id = format!("{prefix}-{}", i + 1);
    }
    docs
}

/// Reads `token<TAB>tag` sentences separated by blank lines (IL-NER,
/// HiNER), mapping tags with `label`.
pub fn read_tabbed(text: &str, label: fn(&str) -> Option<&'static str>) -> Vec<NerSentence> {
    let mut out = Vec::new();
    let mut sentence = NerSentence::default();
    for line in text.lines() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            if !sentence.tokens.is_empty() {
                out.push(std::mem::take(&mut sentence));
            }
            continue;
        }
        let (token, tag) = match line.rsplit_once('\t') {
            Some((t, g)) => (t.trim(), g.trim()),
            None => (line.trim(), "O"),
        };
        if token.is_empty() {
            continue;
        }
        sentence.tokens.push(token.to_string());
        sentence.tags.push(map_tag(tag, label));
    }
    if !sentence.tokens.is_empty() {
        out.push(sentence);
    }
    out
}

/// A gold TIMEX document.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TimexDoc {
    /// The file name without extension.
    pub id: String,
    /// The content of the TEXT element with every tag stripped and
    /// character references decoded.
    pub text: String,
    /// The document creation time as `YYYY-MM-DD`, when the file has one.
    pub dct: Option<String>,
    /// Gold timexes, byte offsets into `text`.
    pub gold: Vec<TimexSpan>,
}

/// Reads a TimeML file: the TEXT element's content with its tags stripped
/// (offsets kept), its TIMEX3 elements as gold, the DCT's value as the
/// reference date.
pub fn read_tml(id: &str, xml: &str) -> Result<TimexDoc, String> {
    let dct = element(xml, "DCT")
        .and_then(|d| attr(d, "value"))
        .and_then(|v| iso_date(&v));
    let body = element(xml, "TEXT")
        .ok_or_else(|| format!("{id}: expected a <TEXT> element, found none"))?;
    let (text, gold) = strip(body, "TIMEX3", |attrs| {
        (
            attr(attrs, "type").unwrap_or_default().to_ascii_uppercase(),
            attr(attrs, "value").unwrap_or_default(),
        )
    });
    Ok(TimexDoc {
        id: id.to_string(),
        text,
        dct,
        gold,
    })
}

/// Reads an ILTIMEX2012 file: `<ILTIMEX TYPE="D|P|F|T">` spans inside
/// TEXT, no values, no document date. Types map to TIMEX3: D → DATE,
/// P (period) → DURATION, F (frequency) → SET, T → TIME.
pub fn read_iltimex(id: &str, xml: &str) -> Result<TimexDoc, String> {
    let body = element(xml, "TEXT")
        .ok_or_else(|| format!("{id}: expected a <TEXT> element, found none"))?;
    let (text, gold) = strip(body, "ILTIMEX", |attrs| {
        let kind = match attr(attrs, "TYPE").unwrap_or_default().as_str() {
            "D" => "DATE",
            "P" => "DURATION",
            "F" => "SET",
            "T" => "TIME",
            _ => "",
        };
        (kind.to_string(), String::new())
    });
    Ok(TimexDoc {
        id: id.to_string(),
        text,
        dct: None,
        gold,
    })
}

/// The content between `<name …>` and the matching `</name>` (first one).
pub(crate) fn element<'a>(xml: &'a str, name: &str) -> Option<&'a str> {
    let open = format!("<{name}");
    let mut from = 0;
    let start = loop {
        let at = from + xml.get(from..)?.find(&open)?;
        let after = xml.get(at + open.len()..)?;
        if after.starts_with('>') || after.starts_with(char::is_whitespace) {
            break at + xml.get(at..)?.find('>')? + 1;
        }
        from = at + open.len();
    };
    let end = start + xml.get(start..)?.find(&format!("</{name}>"))?;
    xml.get(start..end)
}

/// The value of attribute `name` in a tag's text (`name="value"`).
pub(crate) fn attr(tag: &str, name: &str) -> Option<String> {
    let mut from = 0;
    while let Some(at) = tag.get(from..)?.find(name) {
        let at = from + at;
        let before_ok = at == 0 || tag[..at].ends_with(|c: char| c.is_whitespace() || c == '<');
        let rest = tag.get(at + name.len()..)?.trim_start();
        if before_ok {
            if let Some(rest) = rest.strip_prefix('=') {
                let rest = rest.trim_start();
                let quote = rest.chars().next()?;
                if quote == '"' || quote == '\'' {
                    let inner = &rest[1..];
                    let end = inner.find(quote)?;
                    return Some(decode(&inner[..end]));
                }
            }
        }
        from = at + name.len();
    }
    None
}

/// `1998-01-08`, `1998-01-08T10:00`, `19980108` → `1998-01-08`.
pub(crate) fn iso_date(v: &str) -> Option<String> {
    let b = v.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| b.get(r).is_some_and(|s| s.iter().all(u8::is_ascii_digit));
    if digits(0..4)
        && b.get(4) == Some(&b'-')
        && digits(5..7)
        && b.get(7) == Some(&b'-')
        && digits(8..10)
    {
        return v.get(..10).map(str::to_string);
    }
    if digits(0..8) && b.get(8).is_none_or(|c| !c.is_ascii_digit()) {
        return Some(format!("{}-{}-{}", &v[..4], &v[4..6], &v[6..8]));
    }
    None
}

/// Strips every tag from `body`, decoding character references, and
/// collects the spans of the elements called `name` (with what `read`
/// makes of their attributes: type and value).
fn strip(
    body: &str,
    name: &str,
    read: impl Fn(&str) -> (String, String),
) -> (String, Vec<TimexSpan>) {
    let mut text = String::with_capacity(body.len());
    let mut spans = Vec::new();
    let mut open: Vec<(usize, String, String)> = Vec::new();
    let mut rest = body;
    while let Some(i) = rest.find(['<', '&']) {
        text.push_str(&rest[..i]);
        rest = &rest[i..];
        if rest.starts_with('&') {
            let end = rest.find(';').filter(|&e| e <= 10);
            match end {
                Some(e) => {
                    text.push_str(&decode(&rest[..=e]));
                    rest = &rest[e + 1..];
                }
                None => {
                    text.push('&');
                    rest = &rest[1..];
                }
            }
            continue;
        }
        let Some(close) = rest.find('>') else {
            // A stray '<' with no tag after it: keep it as text.
            text.push('<');
            rest = &rest[1..];
            continue;
        };
        let tag = &rest[1..close];
        rest = &rest[close + 1..];
        let tag_name = tag
            .trim_start_matches('/')
            .split(|c: char| c.is_whitespace() || c == '/')
            .next()
            .unwrap_or("");
        if tag_name != name {
            continue;
        }
        if tag.starts_with('/') {
            if let Some((start, kind, value)) = open.pop() {
                spans.push(TimexSpan {
                    start,
                    end: text.len(),
                    kind,
                    value,
                });
            }
        } else if !tag.ends_with('/') {
            let (kind, value) = read(tag);
            open.push((text.len(), kind, value));
        }
    }
    text.push_str(rest);
    spans.sort_by_key(|s| (s.start, s.end));
    (text, spans)
}

/// Decodes the five XML entities and numeric character references.
pub(crate) fn decode(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let Some(end) = rest.find(';').filter(|&e| e <= 10) else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let entity = &rest[1..end];
        let ch = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => entity
                .strip_prefix("#x")
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| entity.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match ch {
            Some(c) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conll_documents_and_layout() {
        let data = "-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\nGerman JJ I-NP I-MISC\ncall NN I-NP O\n\nPeter NNP I-NP I-PER\nBlackburn NNP I-NP I-PER\n\n-DOCSTART- -X- O O\n\nBRUSSELS NNP I-NP I-LOC\n";
        let docs = read_conll(data, "testa");
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].id, "testa-1");
        let l = docs[0].layout();
        assert_eq!(l.text, "EU rejects German call\nPeter Blackburn");
        assert_eq!(l.tokens[4], (23, 28));
        let gold: Vec<(usize, usize, &str)> = l
            .gold
            .iter()
            .map(|c| (c.start, c.end, c.label.as_str()))
            .collect();
        assert_eq!(gold, vec![(0, 1, "ORG"), (2, 3, "MISC"), (4, 6, "PER")]);
        assert_eq!(docs[1].layout().gold.len(), 1);
    }

    #[test]
    fn tabbed_tags_are_mapped() {
        let data = "राजनाथ\tB-NEP\nसिंह\tI-NEP\nने\tO\n1943\tB-NETI\nदिल्ली\t-NEL\n\nभारत\tB-NEL\n";
        let s = read_tabbed(data, ilner_label);
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].tags, vec!["B-PER", "I-PER", "O", "O", "O"]);
        assert_eq!(s[1].tags, vec!["B-LOC"]);
        let h = read_tabbed(
            "अमरीकी\tB-ORGANIZATION\nसेना\tI-ORGANIZATION\nहिंदी\tB-LANGUAGE\n",
            hiner_label,
        );
        assert_eq!(h[0].tags, vec!["B-ORG", "I-ORG", "O"]);
    }

    #[test]
    fn tml_text_offsets_and_dct() {
        let xml = r#"<?xml version="1.0" ?>
<TimeML><DOCID>X</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TEXT>
A &amp; B <EVENT eid="e1">fell</EVENT> <TIMEX3 tid="t1" type="DURATION" value="P1W">last week</TIMEX3>, on <TIMEX3 tid="t2" type="DATE" value="1998-01-07">Wednesday</TIMEX3>.
</TEXT>
<TLINK lid="l1"/>
</TimeML>"#;
        let d = read_tml("x", xml).expect("parses");
        assert_eq!(d.dct.as_deref(), Some("1998-01-08"));
        assert_eq!(d.text, "\nA & B fell last week, on Wednesday.\n");
        assert_eq!(d.gold.len(), 2);
        let g = &d.gold[0];
        assert_eq!(&d.text[g.start..g.end], "last week");
        assert_eq!((g.kind.as_str(), g.value.as_str()), ("DURATION", "P1W"));
        let g = &d.gold[1];
        assert_eq!(&d.text[g.start..g.end], "Wednesday");
        assert_eq!(g.value, "1998-01-07");
    }

    #[test]
    fn iltimex_spans_and_types() {
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<DOC><TEXT>\nयह कमिटी <ILTIMEX TYPE=\"P\">अगले 6 महीने</ILTIMEX> में <ILTIMEX TYPE=\"D\">आज</ILTIMEX></TEXT></DOC>";
        let d = read_iltimex("C-1", xml).expect("parses");
        assert_eq!(d.dct, None);
        assert_eq!(d.gold.len(), 2);
        assert_eq!(&d.text[d.gold[0].start..d.gold[0].end], "अगले 6 महीने");
        assert_eq!(d.gold[0].kind, "DURATION");
        assert_eq!(d.gold[1].kind, "DATE");
    }

    #[test]
    fn dates_are_normalized() {
        let table = [
            ("1998-01-08", Some("1998-01-08")),
            ("1998-01-08T10:30:00", Some("1998-01-08")),
            ("19980108", Some("1998-01-08")),
            ("1998", None),
            ("", None),
            ("PRESENT_REF", None),
        ];
        for (input, want) in table {
            assert_eq!(iso_date(input).as_deref(), want, "{input}");
        }
    }

    #[test]
    fn malformed_markup_does_not_panic() {
        for xml in [
            "<TEXT>a < b & c &#xZZ; <TIMEX3 type=\"DATE\">x</TEXT>",
            "<TEXT></TEXT>",
            "<TEXT>&#128512;</TEXT>",
        ] {
            assert!(read_tml("m", xml).is_ok());
        }
        assert!(read_tml("m", "no text").is_err());
        assert_eq!(
            read_tml("m", "<TEXT>&#128512;</TEXT>")
                .map(|d| d.text)
                .ok()
                .as_deref(),
            Some("😀")
        );
    }
}
