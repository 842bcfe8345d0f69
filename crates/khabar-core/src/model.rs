//! The output contract: every type that leaves the core.
//!
//! These types are what the CLI prints, what the wasm binding hands to
//! JavaScript and what other tools parse, so they are documented field by
//! field in `docs/schema.md` and mirrored in `www/khabar.d.ts`. Change them
//! only together with both.
//!
//! Offsets: inside the core every `start`/`end` is a **byte** offset into
//! [`Analysis::text`]. The boundaries convert them once, with
//! [`crate::offsets::convert`]: code points for the CLI's JSON, UTF-16 code
//! units for the JavaScript API.

use serde::{Deserialize, Serialize};

/// The analysis of one article.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    /// The caller's id, else one derived from the file name or the title.
    pub id: String,
    /// BCP-47 code of the article's main language ("en", "hi", "und", …).
    pub language: String,
    /// The reference date (ISO `YYYY-MM-DD`) every relative date is resolved against.
    pub published: Option<String>,
    /// Where `published` came from: `caller`, `html-meta`, `json-ld`,
    /// `time-element`, `date-line`, `dateline`, `embed`; null when none.
    pub published_source: Option<String>,
    /// The headline, when the input has one.
    pub title: Option<String>,
    /// The author line ("By …"), when the input has one.
    pub byline: Option<String>,
    /// The wire dateline ("New Delhi [India], December 4 (ANI):").
    pub dateline: Option<Dateline>,
    /// The plain text analyzed; every offset refers to it.
    pub text: String,
    /// Paragraphs of `text`, in order.
    pub paragraphs: Vec<Span>,
    /// Sentences of `text` that later stages read (furniture excluded).
    pub sentences: Vec<Sentence>,
    /// People, organizations, places, … sorted by salience, highest first.
    pub entities: Vec<Entity>,
    /// Temporal expressions with TIMEX3 values, in text order.
    pub timexes: Vec<Timex>,
    /// Money, percentages, quantities and counts with their values, in text order.
    #[serde(default)]
    pub figures: Vec<Figure>,
    /// Direct and indirect speech and embedded posts, in text order.
    pub quotes: Vec<Quote>,
    /// Happenings with a date, in text order.
    pub events: Vec<Event>,
    /// Who met whom, who visited where, who holds which role.
    pub relations: Vec<Relation>,
    /// URLs, @handles and #hashtags found in the text.
    pub links: Links,
    /// Embedded social-media posts (tweets, Instagram, YouTube, …).
    pub embeds: Vec<Embed>,
    /// Human-readable notes about the input ("This article carries no date: …", …).
    pub warnings: Vec<String>,
}

/// A plain range of `text`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

/// The wire dateline that opens many agency stories.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Dateline {
    /// The place(s) as written, joined with " / " when there are several.
    pub place: Option<String>,
    /// The date written in the dateline, resolved to ISO when possible.
    pub date: Option<String>,
    /// The agency: ANI, PTI, IANS, Reuters, AP, AFP, …
    pub agency: Option<String>,
    pub start: usize,
    pub end: usize,
}

/// A sentence and the language it is written in.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    /// BCP-47 code: "en", "hi", or "und" when undecidable.
    pub language: String,
}

/// The kinds of named entity, after OntoNotes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum EntityType {
    Person,
    Org,
    /// Countries, states, cities: places with a government.
    Gpe,
    /// Other locations: rivers, mountains, regions.
    Loc,
    /// Buildings, airports, bridges.
    Fac,
    /// Nationalities, religious and political groups.
    Norp,
    Event,
    Product,
    WorkOfArt,
    Law,
    Language,
    Misc,
}

impl EntityType {
    /// The name used in the JSON ("PERSON", "GPE", …).
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Person => "PERSON",
            EntityType::Org => "ORG",
            EntityType::Gpe => "GPE",
            EntityType::Loc => "LOC",
            EntityType::Fac => "FAC",
            EntityType::Norp => "NORP",
            EntityType::Event => "EVENT",
            EntityType::Product => "PRODUCT",
            EntityType::WorkOfArt => "WORK_OF_ART",
            EntityType::Law => "LAW",
            EntityType::Language => "LANGUAGE",
            EntityType::Misc => "MISC",
        }
    }
}

/// One entity of an article: all its mentions grouped.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Stable within the analysis: "e1", "e2", …
    pub id: String,
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// The canonical (fullest) name.
    pub name: String,
    /// Other names it goes by in the article, other scripts included.
    pub aliases: Vec<String>,
    /// Titles and roles attached to it ("Defence Minister").
    pub roles: Vec<String>,
    /// 0..1: how central it is to the article.
    pub salience: f32,
    pub mentions: Vec<Mention>,
}

/// One place in the text where an entity is named.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// TIMEX3 types.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum TimexType {
    Date,
    Time,
    Duration,
    Set,
}

/// A temporal expression with its normalized TIMEX3 value.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Timex {
    pub start: usize,
    pub end: usize,
    pub text: String,
    #[serde(rename = "type")]
    pub kind: TimexType,
    /// TIMEX3 value: "2025-12-04", "2025-06", "2025-W49", "P2D", "PAST_REF", …
    pub value: String,
    /// "t1", "t2", … in text order: what an event's `anchor` names.
    #[serde(default)]
    pub id: String,
}

/// What a figure measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FigureKind {
    /// An amount of a currency: "Rs 1,500 crore", "USD 100 billion".
    Money,
    /// A percentage or percentage points: "12.5 per cent", "पांच फीसदी".
    Percent,
    /// An amount with a unit of measure: "40 mm", "2,000 MW".
    Quantity,
    /// A number of things: "15 lakh" (doses), "2,000" (people).
    Count,
}

/// A number the text states, with its normalized value.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    pub start: usize,
    pub end: usize,
    /// The figure as written ("Rs 1,500 crore", "₹2.5 lakh crore").
    pub text: String,
    pub kind: FigureKind,
    /// The value with every scale applied (2.5 lakh crore → 2.5e12), in
    /// `unit`; the low end of a range.
    pub value: f64,
    /// ISO 4217 code for money ("INR"), "%" or "pp" for a percentage, a
    /// unit symbol for a quantity ("km", "MW", "°C"); null for a count.
    pub unit: Option<String>,
    /// Hedged by the text: "about", "more than", लगभग, से अधिक.
    pub approx: bool,
    /// The high end of a range ("Rs 5-7 crore" → 7e7); absent otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub range_to: Option<f64>,
    /// The entity id the figure is plainly about in its sentence, or null.
    pub subject: Option<String>,
}

/// How a quote was reported.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// Words inside quotation marks.
    Direct,
    /// Reported speech: "X said that …".
    Indirect,
    /// An embedded social-media post.
    Post,
}

/// Something someone said or posted.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// The speaker's entity id, or null when the text does not say.
    pub speaker: Option<String>,
    /// The words that signal speech ("said", "ने कहा कि", "posted on X").
    pub cue: Option<String>,
    pub kind: QuoteKind,
}

/// A happening with a date.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    /// "v1", "v2", …
    pub id: String,
    /// TIMEX3 value of the date that governs it, or null.
    pub date: Option<String>,
    pub start: usize,
    pub end: usize,
    /// The sentence (or clause) that reports it.
    pub text: String,
    /// The word(s) that name it: "met", "मुलाकात की".
    pub trigger: String,
    /// Entity ids of who took part.
    pub participants: Vec<String>,
    /// Entity id of where it happened.
    pub place: Option<String>,
    /// TimeML class: OCCURRENCE, REPORTING, STATE, ASPECTUAL, I_ACTION,
    /// I_STATE or PERCEPTION.
    #[serde(default)]
    pub class: String,
    /// What dates it: a timex id ("t3"), "dct" for the document date, or
    /// null when nothing in the text does.
    #[serde(default)]
    pub anchor: Option<String>,
    /// How it stands to its anchor (TimeML, seen from the event):
    /// "includes", "is_included", "before", "after", "simultaneous", or
    /// null with no anchor. The date comes from the anchor only when the
    /// relation puts the event at that time (or a timex of its own clause
    /// governs it): a past event linked to "dct" as "before" is undated.
    #[serde(default)]
    pub anchor_rel: Option<String>,
}

/// A relation between entities, with the sentence as evidence.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Relation {
    /// "meeting", "visit", "co-chair", "signing", "role".
    pub kind: String,
    /// Entity id of the subject.
    pub subject: Option<String>,
    /// Entity id of the object (for "role": the organization or place), or null.
    pub object: Option<String>,
    /// Entity id of the place, or null.
    pub place: Option<String>,
    /// TIMEX3 value, or null.
    pub date: Option<String>,
    pub start: usize,
    pub end: usize,
}

/// URLs, handles and hashtags, each once, in order of first appearance.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Links {
    pub urls: Vec<String>,
    pub handles: Vec<String>,
    pub hashtags: Vec<String>,
}

/// An embedded post.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Embed {
    /// "twitter", "instagram", "youtube", "facebook".
    pub kind: String,
    pub author: Option<String>,
    /// Without the "@".
    pub handle: Option<String>,
    /// ISO date of the post, when given.
    pub date: Option<String>,
    /// The post's own words.
    pub text: String,
    pub start: usize,
    pub end: usize,
}

/// Several analyses merged: one entity table and one timeline.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Corpus {
    /// The ids of the documents, in input order.
    pub documents: Vec<String>,
    pub entities: Vec<CorpusEntity>,
    /// Sorted by date, then by document order.
    pub timeline: Vec<TimelineEntry>,
}

/// An entity merged across documents and scripts.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CorpusEntity {
    /// "c1", "c2", …
    pub id: String,
    #[serde(rename = "type")]
    pub kind: EntityType,
    pub name: String,
    pub aliases: Vec<String>,
    pub mentions: Vec<CorpusMention>,
}

/// Where a corpus entity occurs: a document id and that document's entity id.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CorpusMention {
    pub doc: String,
    pub entity: String,
}

/// One event on the merged timeline.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimelineEntry {
    /// TIMEX3 value.
    pub date: String,
    /// Document id.
    pub doc: String,
    /// The event's id in that document.
    pub event: String,
    pub text: String,
    /// Corpus entity ids.
    pub participants: Vec<String>,
    /// The same happening as reported by other documents (collapsed into
    /// this entry): each a document id and that document's event id.
    pub also: Vec<EventRef>,
}

/// A reference to one document's event.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventRef {
    /// Document id.
    pub doc: String,
    /// The event's id in that document.
    pub event: String,
}
