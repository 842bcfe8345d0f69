// The interface's strings in English and Hindi. The language defaults to the
// browser's (Hindi when it prefers `hi`), can be switched on the page and is
// remembered. Static text in index.html carries `data-i18n` (its text),
// `data-i18n-label` (aria-label) or `data-i18n-placeholder`; app.js and
// render.js call t(key, params).

const STRINGS = {
  en: {
    tagline: 'who, what, where and when in English and Hindi news',
    privacy: 'Everything runs in your browser: nothing you analyze leaves this page.',
    skip: 'Skip to results',
    dropHelp: 'Drop articles here',
    dropHelp2: '— text, HTML or Markdown files, several at once or a whole folder, or a CSV / JSONL batch (one article per row, with its date) — or',
    chooseFiles: 'choose files',
    or: 'or',
    aFolder: 'a folder',
    orPaste: '…or paste an article',
    pastePlaceholder: 'Paste article text or HTML here',
    analyzePaste: 'Analyze pasted text',
    sampleEn: 'Sample: English (ANI)',
    sampleHi: 'Sample: Hindi',
    bothSamples: 'Both samples',
    samples: 'Sample articles',
    refDate: 'Reference date',
    dateHelp: 'for new articles that carry no date',
    language: 'Language',
    uiLanguage: 'Interface',
    cancel: 'Cancel',
    export: 'Export:',
    clearAll: 'Clear all',
    undo: 'Undo',
    cleared: 'Cleared {n} document{s}.',
    restored: 'Restored {n} document{s}.',
    documents: 'Documents',
    results: 'Results',
    intro: 'Drop an article, paste one, or try a sample to see its people, organizations, places, dates, quotes and timeline.',
    announce: '{name} analyzed: {entities} entities, {dates} dates, {quotes} quotes.',
    failed: 'Failed.',
    analyzing: 'Analyzing…',
    waiting: 'Waiting…',
    cancelled: 'Cancelled',
    timeline: 'Timeline',
    timelineAll: 'Timeline across documents',
    text: 'Text',
    entities: 'Entities',
    quotes: 'Quotes',
    relations: 'Relations',
    links: 'Links',
    sections: 'Sections',
    language_: 'Language',
    referenceDate: 'Reference date',
    noReferenceDate: 'No reference date',
    from: 'from',
    dateline: 'Dateline',
    byline: 'Byline',
    editDate: 'Change',
    reanalyze: 'Re-analyze',
    dateOf: 'Reference date of {name}',
    rerunOthers: 'Re-analyze the {n} other document{s} with {date}',
    speakerUnknown: 'Speaker unknown',
    kind_direct: 'direct',
    kind_indirect: 'indirect',
    kind_mixed: 'mixed',
    kind_post: 'post',
    said: 'said',
    noQuotes: 'No quotes found.',
    noEntities: 'No entities found.',
    noRelations: 'No relations found.',
    noLinks: 'No links, handles or hashtags.',
    noDates: 'No dated events or dates found.',
    asList: 'As a list ({n})',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    published: 'Published',
    filter: 'Filter entities',
    allTypes: 'All types',
    sortBy: 'Sort by',
    sortDocs: 'documents',
    sortMentions: 'mentions',
    sortSalience: 'salience',
    sortName: 'name',
    showing: 'Showing {from}–{to} of {n}',
    prev: 'Previous',
    next: 'Next',
    entitiesAll: 'Entities across documents',
    network: 'Who appears with whom (people and organizations, same sentence; the 25 most salient)',
    src_row: 'batch', src_tab: 'set here', src_page: 'page', src_sample: 'sample',
    timeExpression: 'Time expression',
    quote: 'Quote',
    allDocuments: 'All documents',
    nDocuments: '{n} documents',
    nEntities: '{n} entities',
    network_: 'Network',
    person: 'Person',
    organization: 'Organization',
    colEntity: 'Entity',
    colType: 'Type',
    colAliases: 'Aliases',
    colDocuments: 'Documents',
    colDocs: 'Docs',
    colMentions: 'Mentions',
    roles: 'Roles',
    salience: 'Salience',
    otherDocuments: 'Other documents',
    mentionsN: 'Mentions ({n})',
    downloading: 'Downloading the analyzer: {loaded} of {total} MB…',
    downloadingNoSize: 'Downloading the analyzer…',
    starting: 'Starting the analyzer…',
    nextUp: '{n} document{s} will be analyzed next.',
    analyzingDoc: 'Analyzing {name} ({i} of {n})…',
    docsAnalyzed: '{n} document{s} analyzed',
    nFailed: '{n} failed',
    figures: 'Figures',
    figuresAll: 'Figures across documents',
    noFigures: 'No figures found.',
    figureLegend: 'Figure (money, percentage, quantity, count)',
    figkind_money: 'Money',
    figkind_percent: 'Percentage',
    figkind_quantity: 'Quantity',
    figkind_count: 'Count',
    allKinds: 'All kinds',
    colKind: 'Kind',
    colFigure: 'Figure',
    colValue: 'Value',
    colSubject: 'About',
    colDocument: 'Document',
    figSortNote: 'By value: within each kind and unit (rupees are sorted among rupees, dollars among dollars; currencies are never compared).',
    figuresCsv: 'Download figures (CSV)',
  },
  hi: {
    tagline: 'अंग्रेज़ी और हिन्दी ख़बरों में कौन, क्या, कहाँ और कब',
    privacy: 'सब कुछ आपके ब्राउज़र में चलता है: जो भी आप जाँचते हैं, वह इस पेज से बाहर नहीं जाता।',
    skip: 'नतीजों पर जाएँ',
    dropHelp: 'लेख यहाँ छोड़ें',
    dropHelp2: '— टेक्स्ट, HTML या Markdown फ़ाइलें, एक साथ कई या पूरा फ़ोल्डर, या CSV / JSONL बैच (हर पंक्ति में एक लेख, उसकी तारीख़ के साथ) — या',
    chooseFiles: 'फ़ाइलें चुनें',
    or: 'या',
    aFolder: 'एक फ़ोल्डर',
    orPaste: '…या लेख चिपकाएँ',
    pastePlaceholder: 'लेख का टेक्स्ट या HTML यहाँ चिपकाएँ',
    analyzePaste: 'चिपकाया टेक्स्ट जाँचें',
    sampleEn: 'नमूना: अंग्रेज़ी (ANI)',
    sampleHi: 'नमूना: हिन्दी',
    bothSamples: 'दोनों नमूने',
    samples: 'नमूना लेख',
    refDate: 'संदर्भ तारीख़',
    dateHelp: 'बिना तारीख़ वाले नए लेखों के लिए',
    language: 'भाषा',
    uiLanguage: 'इंटरफ़ेस',
    cancel: 'रद्द करें',
    export: 'निर्यात:',
    clearAll: 'सब हटाएँ',
    undo: 'वापस लाएँ',
    cleared: '{n} दस्तावेज़ हटाए गए।',
    restored: '{n} दस्तावेज़ वापस लाए गए।',
    documents: 'दस्तावेज़',
    results: 'नतीजे',
    intro: 'लेख छोड़ें, चिपकाएँ या कोई नमूना आज़माएँ: उसके लोग, संगठन, जगहें, तारीख़ें, उद्धरण और समयरेखा दिखेंगे।',
    announce: '{name} जाँचा गया: {entities} नाम, {dates} तारीख़ें, {quotes} उद्धरण।',
    failed: 'विफल।',
    analyzing: 'जाँच हो रही है…',
    waiting: 'प्रतीक्षा में…',
    cancelled: 'रद्द',
    timeline: 'समयरेखा',
    timelineAll: 'सभी दस्तावेज़ों की समयरेखा',
    text: 'पाठ',
    entities: 'नाम',
    quotes: 'उद्धरण',
    relations: 'संबंध',
    links: 'लिंक',
    sections: 'खंड',
    language_: 'भाषा',
    referenceDate: 'संदर्भ तारीख़',
    noReferenceDate: 'कोई संदर्भ तारीख़ नहीं',
    from: 'स्रोत',
    dateline: 'डेटलाइन',
    byline: 'लेखक',
    editDate: 'बदलें',
    reanalyze: 'फिर से जाँचें',
    dateOf: '{name} की संदर्भ तारीख़',
    rerunOthers: 'बाकी {n} दस्तावेज़ {date} के साथ फिर से जाँचें',
    speakerUnknown: 'वक्ता अज्ञात',
    kind_direct: 'प्रत्यक्ष',
    kind_indirect: 'अप्रत्यक्ष',
    kind_mixed: 'मिश्रित',
    kind_post: 'पोस्ट',
    said: 'ने कहा',
    noQuotes: 'कोई उद्धरण नहीं मिला।',
    noEntities: 'कोई नाम नहीं मिला।',
    noRelations: 'कोई संबंध नहीं मिला।',
    noLinks: 'कोई लिंक, हैंडल या हैशटैग नहीं।',
    noDates: 'कोई तारीख़ वाली घटना नहीं मिली।',
    asList: 'सूची के रूप में ({n})',
    zoomIn: 'ज़ूम इन',
    zoomOut: 'ज़ूम आउट',
    published: 'प्रकाशित',
    filter: 'नाम खोजें',
    allTypes: 'सभी प्रकार',
    sortBy: 'क्रम',
    sortDocs: 'दस्तावेज़',
    sortMentions: 'उल्लेख',
    sortSalience: 'महत्व',
    sortName: 'नाम',
    showing: '{n} में से {from}–{to}',
    prev: 'पिछले',
    next: 'अगले',
    entitiesAll: 'सभी दस्तावेज़ों के नाम',
    network: 'कौन किसके साथ (लोग और संगठन, एक ही वाक्य में; 25 सबसे अहम)',
    src_row: 'बैच', src_tab: 'यहाँ तय', src_page: 'पेज', src_sample: 'नमूना',
    timeExpression: 'समय-सूचक',
    quote: 'उद्धरण',
    allDocuments: 'सभी दस्तावेज़',
    nDocuments: '{n} दस्तावेज़',
    nEntities: '{n} नाम',
    network_: 'नेटवर्क',
    person: 'व्यक्ति',
    organization: 'संगठन',
    colEntity: 'नाम',
    colType: 'प्रकार',
    colAliases: 'अन्य रूप',
    colDocuments: 'दस्तावेज़',
    colDocs: 'दस्तावेज़ संख्या',
    colMentions: 'उल्लेख',
    roles: 'पद',
    salience: 'महत्व',
    otherDocuments: 'अन्य दस्तावेज़',
    mentionsN: 'उल्लेख ({n})',
    downloading: 'विश्लेषक डाउनलोड हो रहा है: {total} में से {loaded} MB…',
    downloadingNoSize: 'विश्लेषक डाउनलोड हो रहा है…',
    starting: 'विश्लेषक शुरू हो रहा है…',
    nextUp: 'इसके बाद {n} दस्तावेज़ जाँचे जाएँगे।',
    analyzingDoc: '{name} की जाँच ({n} में से {i})…',
    docsAnalyzed: '{n} दस्तावेज़ जाँचे गए',
    nFailed: '{n} विफल',
    figures: 'आँकड़े',
    figuresAll: 'सभी दस्तावेज़ों के आँकड़े',
    noFigures: 'कोई आँकड़ा नहीं मिला।',
    figureLegend: 'आँकड़ा (राशि, प्रतिशत, मात्रा, संख्या)',
    figkind_money: 'राशि',
    figkind_percent: 'प्रतिशत',
    figkind_quantity: 'मात्रा',
    figkind_count: 'संख्या',
    allKinds: 'सभी प्रकार',
    colKind: 'प्रकार',
    colFigure: 'आँकड़ा',
    colValue: 'मान',
    colSubject: 'किसके बारे में',
    colDocument: 'दस्तावेज़',
    figSortNote: 'मान के क्रम में: हर प्रकार और इकाई के भीतर (रुपये रुपयों के बीच, डॉलर डॉलरों के बीच; अलग-अलग मुद्राओं की तुलना नहीं होती)।',
    figuresCsv: 'आँकड़े डाउनलोड करें (CSV)',
  },
};

/** Entity types: [English, Hindi], one line each. */
const TYPE_NAMES = {
  PERSON: ['Person', 'व्यक्ति'],
  ORG: ['Organization', 'संगठन'],
  GPE: ['Country, state, city', 'देश, राज्य, शहर'],
  LOC: ['Location', 'स्थान'],
  FAC: ['Facility', 'इमारत, सुविधा'],
  NORP: ['Nationality, group', 'राष्ट्रीयता, समूह'],
  EVENT: ['Event', 'घटना'],
  PRODUCT: ['Product', 'उत्पाद'],
  WORK_OF_ART: ['Work of art', 'कृति'],
  LAW: ['Law', 'क़ानून'],
  LANGUAGE: ['Language', 'भाषा'],
  MISC: ['Other', 'अन्य'],
};

const KEY = 'khabar-ui-lang';
let current = 'en';

function initial() {
  try {
    const saved = globalThis.localStorage && localStorage.getItem(KEY);
    if (saved && STRINGS[saved]) return saved;
  } catch {
    /* storage blocked: fall back to the browser's language */
  }
  const langs = (globalThis.navigator && (navigator.languages || [navigator.language])) || [];
  for (const l of langs) {
    const base = String(l).toLowerCase().split('-')[0];
    if (base === 'hi') return 'hi';
    if (base === 'en') return 'en';
  }
  return 'en';
}
current = initial();

/** The interface language: 'en' or 'hi'. */
export function lang() {
  return current;
}

/** A BCP 47 locale for dates in the interface language. */
export function locale() {
  return current === 'hi' ? 'hi-IN' : 'en-GB';
}

/** The string `key` in the interface language, with {name} parameters filled. */
export function t(key, params = {}) {
  const type = key.startsWith('type_') ? TYPE_NAMES[key.slice(5)] : null;
  const s = type ? type[current === 'hi' ? 1 : 0] : STRINGS[current][key] ?? STRINGS.en[key] ?? key;
  // {s}: the English plural ending for {n}.
  const all = { s: params.n === 1 ? '' : 's', ...params };
  return s.replace(/\{(\w+)\}/g, (m, k) => (all[k] !== undefined ? String(all[k]) : m));
}

/** Switches the interface language (remembered) and relabels index.html's static text. */
export function setLang(l) {
  if (!STRINGS[l]) return;
  current = l;
  try {
    localStorage.setItem(KEY, l);
  } catch {
    /* not remembered */
  }
  applyStatic();
}

/** Fills the `data-i18n*` elements of the document. */
export function applyStatic(root = document) {
  root.documentElement && root.documentElement.setAttribute('lang', current);
  for (const n of root.querySelectorAll('[data-i18n]')) n.textContent = t(n.dataset.i18n);
  for (const n of root.querySelectorAll('[data-i18n-label]')) n.setAttribute('aria-label', t(n.dataset.i18nLabel));
  for (const n of root.querySelectorAll('[data-i18n-placeholder]')) n.setAttribute('placeholder', t(n.dataset.i18nPlaceholder));
}
