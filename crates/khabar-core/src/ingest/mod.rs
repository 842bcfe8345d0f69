//! Ingestion: from the bytes of a file to plain text and metadata.
//!
//! The stages read off the module list: [`decode`] (bytes → text, or a named
//! refusal for binaries), then by format [`html`] (main text and metadata;
//! the page is read by `parse` into a `tree`, searched by `article`, and
//! written out as text by `dom`),
//! [`markdown`] or plain text; then, on the plain text whatever its origin,
//! [`dateline`] (the "date …" line and the wire dateline), [`embeds`]
//! (posts and their signature lines), [`furniture`] (captions, "Read also",
//! credits, share lines) and [`links`]; finally [`metadata`] decides which
//! publication date wins.
//!
//! The text handed on is the text a journalist sees: for plain text the file
//! itself (line endings normalized), for HTML the article's paragraphs
//! separated by blank lines. Every later offset refers to it.

pub(crate) mod article;
mod charref;
pub mod dateline;
pub mod decode;
mod dom;
pub mod embeds;
pub mod furniture;
pub mod html;
pub mod links;
pub mod markdown;
pub mod metadata;
mod page_meta;
mod parse;
mod tree;

use crate::document::{Document, Format, Options};
use crate::error::{Error, ErrorKind};
use crate::model::{Dateline, Embed, Links, Span};

/// What ingestion hands to the rest of the pipeline.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Ingested {
    /// The analysis id.
    pub id: String,
    /// The plain text; every later offset refers to it.
    pub text: String,
    /// The headline.
    pub title: Option<String>,
    /// The byline.
    pub byline: Option<String>,
    /// The reference date, ISO.
    pub published: Option<String>,
    /// Where `published` came from.
    pub published_source: Option<String>,
    /// The wire dateline.
    pub dateline: Option<Dateline>,
    /// Paragraph ranges of `text`.
    pub paragraphs: Vec<Span>,
    /// Ranges of `text` that are not article prose (captions, credits,
    /// "Read also" lines, the dateline, embedded posts' signature lines).
    pub furniture: Vec<Span>,
    /// Embedded posts.
    pub embeds: Vec<Embed>,
    /// URLs, handles, hashtags.
    pub links: Links,
    /// Notes for the user.
    pub warnings: Vec<String>,
}

/// Reads a document.
pub fn ingest(doc: &Document, options: &Options) -> Result<Ingested, Error> {
    if doc.bytes.len() > options.max_bytes {
        return Err(Error::new(
            ErrorKind::TooLarge,
            format!(
                "the document is {} bytes, over the limit of {} bytes; split it into smaller files",
                doc.bytes.len(),
                options.max_bytes
            ),
        ));
    }
    let caller_date = match &doc.date {
        Some(d) => match d.trim().parse::<jiff::civil::Date>() {
            Ok(date) => Some(date),
            Err(_) => {
                return Err(Error::new(
                    ErrorKind::InvalidInput,
                    format!("expected a date as YYYY-MM-DD, but found {d:?}"),
                ))
            }
        },
        None => None,
    };
    let decoded = decode::decode(&doc.bytes)?;
    let mut warnings = decoded.warnings;
    let format = resolve_format(doc.format, doc.name.as_deref(), &decoded.text);
    let mut out = Ingested::default();
    let mut page_date: Option<(String, &'static str)> = None;
    let text = match format {
        Format::Html => {
            let x = html::extract(&decoded.text);
            warnings.extend(x.warnings);
            out.title = x.title;
            out.byline = x.byline;
            out.embeds = x.embeds;
            out.furniture = x.furniture;
            page_date = x.date;
            x.text
        }
        Format::Markdown => {
            let (t, title) = markdown::to_text(&decoded.text);
            out.title = title;
            t
        }
        Format::Text | Format::Auto => decoded.text,
    };
    out.paragraphs = crate::segment::paragraphs(&text);
    if text.trim().is_empty() && !warnings.iter().any(|w| w.contains("no article text")) {
        warnings.push("the document is empty".to_string());
    }

    // Leading furniture: a "date …" line, a headline, a byline, the dateline.
    let mut date_line: Option<metadata::PartialDate> = None;
    let mut dateline_date: Option<metadata::PartialDate> = None;
    let mut k = 0;
    let mut cursor = out.paragraphs.first().map_or(0, |p| p.start);
    while k < out.paragraphs.len() && k < 4 {
        let p = out.paragraphs[k];
        let ptext = &text[p.start..p.end];
        if cursor < p.start {
            cursor = p.start;
        }
        if date_line.is_none() {
            if let Some((d, s, e)) = dateline::date_line(&text, cursor) {
                date_line = Some(d);
                out.furniture.push(Span {
                    start: s,
                    end: e.min(p.end.max(s)),
                });
                cursor = e;
                if e >= p.end {
                    k += 1;
                }
                continue;
            }
        }
        if out.title.as_deref() == Some(ptext) && k + 1 < out.paragraphs.len() {
            k += 1;
            continue;
        }
        if let Some(b) = byline_of(ptext) {
            out.byline.get_or_insert_with(|| b.to_string());
            out.furniture.push(p);
            k += 1;
            continue;
        }
        if let Some(d) = dateline::parse(&text, cursor) {
            out.furniture.push(Span {
                start: d.start,
                end: d.end,
            });
            out.dateline = Some(Dateline {
                place: d.place,
                date: d.date.map(|x| x.iso()),
                agency: d.agency.map(str::to_string),
                start: d.start,
                end: d.end,
            });
            dateline_date = d.date;
            break;
        }
        if out.title.is_none()
            && k == 0
            && format != Format::Html
            && is_headline(ptext, out.paragraphs.len())
        {
            out.title = Some(ptext.to_string());
            k += 1;
            continue;
        }
        break;
    }

    let (mut text_embeds, signatures) = embeds::find(&text, &out.paragraphs);
    out.furniture.extend(signatures);
    text_embeds.retain(|e| {
        !out.embeds
            .iter()
            .any(|h| h.start < e.end && e.start < h.end)
    });
    out.embeds.extend(text_embeds);
    crate::util::sort::sort_by_key(&mut out.embeds, |e| (e.start, e.end));
    out.furniture.extend(furniture::find(&text));
    crate::util::sort::sort_by_key(&mut out.furniture, |f| (f.start, f.end));
    out.furniture.dedup();
    out.links = links::find(&text);
    out.text = text;

    // Which date wins.
    let latest_embed = out
        .embeds
        .iter()
        .filter_map(|e| e.date.as_deref()?.parse::<jiff::civil::Date>().ok())
        .max();
    let full = |d: Option<metadata::PartialDate>| d.and_then(|d| d.date());
    let (published, source): (Option<jiff::civil::Date>, Option<&str>) =
        if let Some(d) = caller_date {
            (Some(d), Some("caller"))
        } else if let Some((d, src)) = page_date
            .as_ref()
            .and_then(|(d, s)| Some((d.parse().ok()?, *s)))
        {
            (Some(d), Some(src))
        } else if let Some(d) = full(date_line) {
            (Some(d), Some("date-line"))
        } else {
            (None, None)
        };
    // A yearless dateline takes its year from the winner, else from the
    // latest post (the story comes after it).
    if let (Some(dl), Some(d)) = (out.dateline.as_mut(), dateline_date) {
        let resolved = match (d.year, published, latest_embed) {
            (Some(_), _, _) => Some(d),
            (None, Some(p), _) => metadata::year_not_after(d, p),
            (None, None, Some(e)) => metadata::year_not_before(d, e),
            (None, None, None) => None,
        };
        if let Some(r) = resolved {
            dateline_date = Some(r);
            dl.date = Some(r.iso());
        }
    }
    let (published, source) = match (published, source) {
        (Some(p), Some(s)) => (Some(p), Some(s)),
        _ => match (full(dateline_date), latest_embed) {
            (Some(d), _) => (Some(d), Some("dateline")),
            (None, Some(e)) => (Some(e), Some("embed")),
            (None, None) => (None, None),
        },
    };
    out.published = published.map(|d| d.to_string());
    out.published_source = source.map(str::to_string);
    out.id = doc
        .id
        .clone()
        .or_else(|| doc.name.clone())
        .or_else(|| out.title.as_deref().map(slug).filter(|s| !s.is_empty()))
        .unwrap_or_else(|| "doc".to_string());
    out.warnings = warnings;
    Ok(out)
}

/// The format to read the text as.
fn resolve_format(format: Format, name: Option<&str>, text: &str) -> Format {
    if format != Format::Auto {
        return format;
    }
    let ext = name
        .and_then(|n| n.rsplit_once('.'))
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "html" | "htm" | "xhtml" | "shtml" => Format::Html,
        "md" | "markdown" => Format::Markdown,
        "txt" | "text" => Format::Text,
        _ if html::looks_like_html(text) => Format::Html,
        _ => Format::Text,
    }
}

/// "By Staff Reporter", "By Ravi Sharma and Anu K" → the names.
fn byline_of(p: &str) -> Option<&str> {
    let rest = p.strip_prefix("By ").or_else(|| p.strip_prefix("BY "))?;
    let ok = rest.len() < 100
        && !rest.contains(['.', '।', ':', '"', '\n'])
        && rest.split_whitespace().count() <= 8
        && rest.chars().next().is_some_and(char::is_uppercase);
    ok.then(|| rest.trim())
}

/// A first line that reads as a headline: short, one line, no final stop.
fn is_headline(p: &str, paragraphs: usize) -> bool {
    paragraphs >= 2
        && p.len() < 250
        && !p.contains('\n')
        && p.split_whitespace().count() >= 2
        && !p.ends_with(['.', '।', '|', ':', ',', ';'])
}

/// "Putin meets Rajnath in Moscow" → "putin-meets-rajnath-in-moscow".
fn slug(title: &str) -> String {
    let mut s = String::new();
    for w in title.split(|c: char| !(c.is_alphanumeric() || crate::segment::is_word_char(c))) {
        if w.is_empty() {
            continue;
        }
        if !s.is_empty() {
            s.push('-');
        }
        s.extend(w.chars().flat_map(char::to_lowercase));
        if s.len() > 60 {
            break;
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> Ingested {
        ingest(
            &Document::bytes(text.as_bytes().to_vec()),
            &Options::default(),
        )
        .expect("ingests")
    }

    #[test]
    fn english_sample_shape() {
        let x = run(" date 2025-12-04 New Delhi [India], December 4 (ANI): Union Minister met him.\n\nHe left. (ANI)\n");
        assert_eq!(x.published.as_deref(), Some("2025-12-04"));
        assert_eq!(x.published_source.as_deref(), Some("date-line"));
        let d = x.dateline.expect("dateline");
        assert_eq!(d.place.as_deref(), Some("New Delhi"));
        assert_eq!(d.date.as_deref(), Some("2025-12-04"));
        assert_eq!(d.agency.as_deref(), Some("ANI"));
        assert_eq!(
            &x.text[x.furniture[0].start..x.furniture[1].end],
            "date 2025-12-04 New Delhi [India], December 4 (ANI): "
        );
    }

    #[test]
    fn headline_then_wire_dateline() {
        let x = run("Rajnath meets Putin in Moscow\nMOSCOW, Dec 10 (PTI) - Defence Minister Rajnath Singh met Putin.\n");
        assert_eq!(x.title.as_deref(), Some("Rajnath meets Putin in Moscow"));
        assert_eq!(
            x.dateline.as_ref().and_then(|d| d.agency.as_deref()),
            Some("PTI")
        );
        assert_eq!(x.published, None);
        assert_eq!(
            x.dateline.as_ref().and_then(|d| d.date.as_deref()),
            Some("XXXX-12-10")
        );
    }

    #[test]
    fn caller_date_wins_and_fixes_the_dateline_year() {
        let doc = Document::text("MOSCOW, Dec 31 (PTI) - Text.").with_date("2025-01-01");
        let x = ingest(&doc, &Options::default()).expect("ingests");
        assert_eq!(x.published_source.as_deref(), Some("caller"));
        assert_eq!(
            x.dateline.and_then(|d| d.date).as_deref(),
            Some("2024-12-31")
        );
        let bad = Document::text("x").with_date("04/12/2025");
        assert_eq!(
            ingest(&bad, &Options::default())
                .map(|_| ())
                .map_err(|e| e.kind()),
            Err(ErrorKind::InvalidInput)
        );
    }

    #[test]
    fn empty_and_binary() {
        let x = run("");
        assert!(x.warnings.iter().any(|w| w == "the document is empty"));
        let e = ingest(
            &Document::bytes(b"%PDF-1.4 stuff".to_vec()),
            &Options::default(),
        )
        .map(|_| ())
        .map_err(|e| e.kind());
        assert_eq!(e, Err(ErrorKind::Binary));
    }

    /// Pseudo-random inputs in every format: an analysis or a named error,
    /// never a panic, and every range inside the text on char boundaries.
    #[test]
    fn never_panics() {
        const PIECES: &[&str] = &[
            "<p>",
            "</p>",
            "<blockquote class=\"twitter-tweet\">",
            "— A (@a) December 10, 2024",
            "date 2024-12-10 ",
            "NEW DELHI, Dec 3 (PTI) - ",
            "मॉस्को/ नई दिल्ली: ",
            "(ANI)",
            "\n",
            "\n\n",
            "यह भी पढ़ें",
            "Read also:",
            "# ",
            "[x](y)",
            "**",
            "<script>",
            "<meta property=\"article:published_time\" content=\"2024-02-30\">",
            "<time datetime=\"x\">",
            "{\"@type\":\"NewsArticle\"}",
            "😀",
            "\u{0}",
            "\r\n",
            "é",
            "।",
            ". ",
            "By A B",
            "A post shared by X (@y) on",
            "(@",
            "https://t.co/x",
            "<iframe src=\"https://youtube.com/embed/x\">",
        ];
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        for round in 0..1500 {
            let mut text = String::new();
            for _ in 0..(round % 30) {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                text.push_str(PIECES[(state % PIECES.len() as u64) as usize]);
            }
            let format = [Format::Auto, Format::Text, Format::Html, Format::Markdown][round % 4];
            let doc = Document::text(text.clone()).with_format(format);
            let Ok(x) = ingest(&doc, &Options::default()) else {
                continue;
            };
            let ok = |s: usize, e: usize| {
                s <= e
                    && e <= x.text.len()
                    && x.text.is_char_boundary(s)
                    && x.text.is_char_boundary(e)
            };
            for f in x.furniture.iter().chain(&x.paragraphs) {
                assert!(ok(f.start, f.end), "{text:?}");
            }
            for e in &x.embeds {
                assert!(ok(e.start, e.end), "{text:?}");
            }
            if let Some(d) = &x.dateline {
                assert!(ok(d.start, d.end), "{text:?}");
            }
        }
    }

    #[test]
    fn slugs() {
        assert_eq!(
            slug("Putin meets Rajnath, in Moscow!"),
            "putin-meets-rajnath-in-moscow"
        );
        assert_eq!(slug("राजनाथ सिंह"), "राजनाथ-सिंह");
    }
}
