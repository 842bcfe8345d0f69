// TypeScript declarations for khabar's JavaScript API (www/khabar.js).
//
// These mirror crates/khabar-core/src/model.rs field by field; change them
// together (and docs/schema.md). Every `start`/`end` is an offset in UTF-16
// code units into `Analysis.text`, as JavaScript strings count, so
// `analysis.text.slice(span.start, span.end) === span.text`.

/** The kinds of named entity, after OntoNotes. */
export type EntityType =
  | 'PERSON'
  | 'ORG'
  | 'GPE'
  | 'LOC'
  | 'FAC'
  | 'NORP'
  | 'EVENT'
  | 'PRODUCT'
  | 'WORK_OF_ART'
  | 'LAW'
  | 'LANGUAGE'
  | 'MISC';

/** TIMEX3 types. */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** What a figure measures. */
export type FigureKind = 'money' | 'percent' | 'quantity' | 'count';

/** How a quote was reported. */
export type QuoteKind = 'direct' | 'indirect' | 'post';

/** The analysis of one article. */
export interface Analysis {
  /** The caller's id, else one derived from the file name or the title. */
  id: string;
  /** BCP-47 code of the article's main language ("en", "hi", "und", …). */
  language: string;
  /** The reference date (ISO `YYYY-MM-DD`) every relative date is resolved against. */
  published: string | null;
  /** Where `published` came from: `caller`, `html-meta`, `json-ld`, `time-element`, `date-line`, `dateline`, `embed`; null when none. */
  published_source: string | null;
  /** The headline, when the input has one. */
  title: string | null;
  /** The author line ("By …"), when the input has one. */
  byline: string | null;
  /** The wire dateline ("New Delhi [India], December 4 (ANI):"). */
  dateline: Dateline | null;
  /** The plain text analyzed; every offset refers to it. */
  text: string;
  /** Paragraphs of `text`, in order. */
  paragraphs: Span[];
  /** Sentences of `text` that later stages read (furniture excluded). */
  sentences: Sentence[];
  /** People, organizations, places, … sorted by salience, highest first. */
  entities: Entity[];
  /** Temporal expressions with TIMEX3 values, in text order. */
  timexes: Timex[];
  /** Money, percentages, quantities and counts with their values, in text order. */
  figures: Figure[];
  /** Direct and indirect speech and embedded posts, in text order. */
  quotes: Quote[];
  /** Happenings with a date, in text order. */
  events: Event[];
  /** Who met whom, who visited where, who holds which role. */
  relations: Relation[];
  /** URLs, @handles and #hashtags found in the text. */
  links: Links;
  /** Embedded social-media posts (tweets, Instagram, YouTube, …). */
  embeds: Embed[];
  /** Human-readable notes about the input ("no publication date found", …). */
  warnings: string[];
}

/** A plain range of `text`. */
export interface Span {
  start: number;
  end: number;
}

/** The wire dateline that opens many agency stories. */
export interface Dateline {
  /** The place(s) as written, joined with " / " when there are several. */
  place: string | null;
  /** The date written in the dateline, resolved to ISO when possible. */
  date: string | null;
  /** The agency: ANI, PTI, IANS, Reuters, AP, AFP, … */
  agency: string | null;
  start: number;
  end: number;
}

/** A sentence and the language it is written in. */
export interface Sentence {
  start: number;
  end: number;
  /** BCP-47 code: "en", "hi", or "und" when undecidable. */
  language: string;
}

/** One entity of an article: all its mentions grouped. */
export interface Entity {
  /** Stable within the analysis: "e1", "e2", … */
  id: string;
  type: EntityType;
  /** The canonical (fullest) name. */
  name: string;
  /** Other names it goes by in the article, other scripts included. */
  aliases: string[];
  /** Titles and roles attached to it ("Defence Minister"). */
  roles: string[];
  /** 0..1: how central it is to the article. */
  salience: number;
  mentions: Mention[];
}

/** One place in the text where an entity is named. */
export interface Mention {
  start: number;
  end: number;
  text: string;
}

/** A temporal expression with its normalized TIMEX3 value. */
export interface Timex {
  start: number;
  end: number;
  text: string;
  type: TimexType;
  /** TIMEX3 value: "2025-12-04", "2025-06", "2025-W49", "P2D", "PAST_REF", … */
  value: string;
  /** "t1", "t2", … in text order: what an event's `anchor` names. */
  id: string;
}

/** A number the text states, with its normalized value. */
export interface Figure {
  start: number;
  end: number;
  /** The figure as written ("Rs 1,500 crore", "₹2.5 lakh crore"). */
  text: string;
  kind: FigureKind;
  /** The value with every scale applied (2.5 lakh crore → 2.5e12), in `unit`; the low end of a range. */
  value: number;
  /** ISO 4217 code for money ("INR"), "%" or "pp" for a percentage, a unit symbol for a quantity ("km", "MW", "°C"); null for a count. */
  unit: string | null;
  /** Hedged by the text: "about", "more than", लगभग, से अधिक. */
  approx: boolean;
  /** The high end of a range ("Rs 5-7 crore" → 7e7); absent otherwise. */
  range_to?: number;
  /** The entity id the figure is plainly about in its sentence, or null. */
  subject: string | null;
}

/** Something someone said or posted. */
export interface Quote {
  start: number;
  end: number;
  text: string;
  /** The speaker's entity id, or null when the text does not say. */
  speaker: string | null;
  /** The words that signal speech ("said", "ने कहा कि", "posted on X"). */
  cue: string | null;
  kind: QuoteKind;
}

/** A happening with a date. */
export interface Event {
  /** "v1", "v2", … */
  id: string;
  /** TIMEX3 value of the date that governs it, or null. */
  date: string | null;
  start: number;
  end: number;
  /** The sentence (or clause) that reports it. */
  text: string;
  /** The word(s) that name it: "met", "मुलाकात की". */
  trigger: string;
  /** Entity ids of who took part. */
  participants: string[];
  /** Entity id of where it happened. */
  place: string | null;
  /** TimeML class: "OCCURRENCE", "REPORTING", "STATE", "ASPECTUAL", "I_ACTION", "I_STATE" or "PERCEPTION". */
  class: string;
  /** What dates it: a timex id ("t3"), "dct" for the document date, or null. */
  anchor: string | null;
  /**
   * How it stands to its anchor, seen from the event (TimeML, folded):
   * "includes", "is_included", "before", "after", "simultaneous", or null
   * with no anchor. `date` comes from the anchor only when the relation
   * puts the event at that time (or the anchor is a timex of its clause).
   */
  anchor_rel: string | null;
}

/** A relation between entities, with the sentence as evidence. */
export interface Relation {
  /** "meeting", "visit", "co-chair", "signing", "role". */
  kind: string;
  /** Entity id of the subject. */
  subject: string | null;
  /** Entity id of the object (for "role": the organization or place), or null. */
  object: string | null;
  /** Entity id of the place, or null. */
  place: string | null;
  /** TIMEX3 value, or null. */
  date: string | null;
  start: number;
  end: number;
}

/** URLs, handles and hashtags, each once, in order of first appearance. */
export interface Links {
  urls: string[];
  handles: string[];
  hashtags: string[];
}

/** An embedded post. */
export interface Embed {
  /** "twitter", "instagram", "youtube", "facebook". */
  kind: string;
  author: string | null;
  /** Without the "@". */
  handle: string | null;
  /** ISO date of the post, when given. */
  date: string | null;
  /** The post's own words. */
  text: string;
  start: number;
  end: number;
}

/** Several analyses merged: one entity table and one timeline. */
export interface Corpus {
  /** The ids of the documents, in input order. */
  documents: string[];
  entities: CorpusEntity[];
  /** Sorted by date, then by document order. */
  timeline: TimelineEntry[];
}

/** An entity merged across documents and scripts. */
export interface CorpusEntity {
  /** "c1", "c2", … */
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  mentions: CorpusMention[];
}

/** Where a corpus entity occurs: a document id and that document's entity id. */
export interface CorpusMention {
  doc: string;
  entity: string;
}

/** One event on the merged timeline. */
export interface TimelineEntry {
  /** TIMEX3 value. */
  date: string;
  /** Document id. */
  doc: string;
  /** The event's id in that document. */
  event: string;
  text: string;
  /** Corpus entity ids. */
  participants: string[];
  /** The same happening as reported by other documents, collapsed into this entry. */
  also: EventRef[];
}

/** A reference to one document's event. */
export interface EventRef {
  /** Document id. */
  doc: string;
  /** The event's id in that document. */
  event: string;
}

/** Options of {@link analyze}. */
export interface AnalyzeOptions {
  /** Caller's id for the document. */
  id?: string;
  /** A file name, used to derive the id and guess the format. */
  name?: string;
  /** Reference date `YYYY-MM-DD` for articles that carry none. */
  date?: string;
  /** Language hint; default "auto". */
  lang?: 'auto' | 'en' | 'hi';
  /** Input format; default "auto" (sniffed). */
  format?: 'auto' | 'text' | 'html' | 'markdown';
}

/** What {@link init} accepts to load the WebAssembly module itself. */
export type WasmSource =
  | BufferSource
  | WebAssembly.Module
  | URL
  | string
  | Response
  | Promise<Response>
  | { module_or_path: BufferSource | WebAssembly.Module | URL | string | Response | Promise<Response> };

/** Loads the WebAssembly module once (idempotent). Optional: analyze() calls it. */
export function init(source?: WasmSource): Promise<void>;

/** Analyzes one article: text or HTML as a string, a File/Blob, or raw bytes. */
export function analyze(input: string | Blob | Uint8Array | ArrayBuffer, options?: AnalyzeOptions): Promise<Analysis>;

/** Merges analyses into one corpus (after init). */
export function merge(analyses: Iterable<Analysis>): Corpus;

/** Like {@link merge}, loading the module first when needed. */
export function mergeAsync(analyses: Iterable<Analysis>): Promise<Corpus>;

/** The analyzer's version (after init). */
export function version(): string;

/** The `<khabar-analyzer>` element of www/khabar-analyzer.js. */
export interface KhabarAnalyzerElement extends HTMLElement {
  /** The last analysis shown. */
  analysis?: Analysis;
  /** Analyzes text, HTML or a file and shows the result. */
  analyze(input: string | Blob): Promise<Analysis>;
}

declare global {
  interface HTMLElementTagNameMap {
    'khabar-analyzer': KhabarAnalyzerElement;
  }
  interface HTMLElementEventMap {
    'khabar-analyzed': CustomEvent<Analysis>;
    'khabar-error': CustomEvent<string>;
  }
}
