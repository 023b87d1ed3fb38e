/**
 * Language packs: the words of the genre in one language, as data (`vi.json`, `en.json`),
 * compiled once into lexicons over tokens. Adding a language is adding a pack file and
 * listing it here; the extractors only ever read a pack.
 *
 * The files are read on first use, not bundled into the code: a bundle that inlines this
 * module ships them in {@link BUNDLED_PACKS_DIR} beside its entry file (as the gazetteer
 * ships its data), so a cold start does not parse words it may never need.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentType } from '../../record';
import { keyOf, Lexicon } from '../tokens';
import { fold } from '../text';

export type PackLanguage = 'vi' | 'en';
export type Level = 'province' | 'district' | 'commune' | 'city';
export type RecipientKind = 'individual' | 'collective';
export type AwardClass = 'first' | 'second' | 'third';

/** The shape of a pack file. */
export interface PackData {
  readonly language: string;
  readonly titles: readonly string[];
  readonly titleQualifiers: readonly string[];
  readonly ranks: readonly string[];
  readonly honorifics: readonly string[];
  readonly honorificsBeforeRareName: readonly string[];
  readonly listIntroducers: readonly string[];
  /** Words before a title that make it the principal's, not the person's ("thừa ủy quyền của", "on behalf of"). */
  readonly principalMarkers: readonly string[];
  readonly linkBeforeName: readonly string[];
  /** Lower-case words that open a new clause inside a sentence ("while", "trong khi"): a title after them opens it. */
  readonly clauseOpeners: readonly string[];
  /** "khác" after a counted title before its list ("3 Phó Bí thư khác là ..."). */
  readonly listOthers: readonly string[];
  /** "this term" after a shared title, before its list ("Các Phó Chủ tịch UBND tỉnh trong nhiệm kỳ này, gồm ..."). */
  readonly currentTerm: readonly string[];
  /** "respectively": the titles after a verb go to the names before it, in order. */
  readonly respectively: readonly string[];
  /** Words that make a role verb a hope, not a fact ("nếu được bầu", "if elected"). */
  readonly conditionalMarkers: readonly string[];
  readonly chainJoiners: readonly string[];
  readonly concurrently: readonly string[];
  readonly roleVerbs: readonly string[];
  /** Words naming the post itself between a role verb and the title ("chức vụ", "the position of"). */
  readonly positionWords: readonly string[];
  readonly pluralMarkers: readonly string[];
  /** Plural titles ("Vice Chairmen"): a title that names several people. */
  readonly plurals: readonly string[];
  readonly roleWords: readonly string[];
  readonly levelWords: Readonly<Record<Level, readonly string[]>>;
  readonly levelSyllables: readonly string[];
  readonly bodyOfLevel: readonly string[];
  readonly placeBefore: readonly string[];
  readonly placeAfter: readonly string[];
  readonly namesakeBefore: readonly string[];
  readonly namesakeAfter: readonly string[];
  /** Verbs of speech next to a name ("said", "according to", "cho biết"): the name is a person's. */
  readonly speechVerbs: readonly string[];
  /** Words that put a name at the head of a group or a sitting ("headed by", "led by", "dẫn đầu"): the name is a person's. */
  readonly leadVerbs: readonly string[];
  /** Words after a name and a comma that describe a person ("a", "an": "Le Van Khoa, a farmer"). */
  readonly personDescribers: readonly string[];
  /** Words before a title and a name that commemorate that person ("ngày sinh", "birth anniversary of"): no person of the event. */
  readonly commemorations: readonly string[];
  readonly bylineMarkers: readonly string[];
  readonly neverName: readonly string[];
  readonly neverNameStart: readonly string[];
  readonly compounds: readonly string[];
  readonly bodyHeads: readonly string[];
  readonly bodyCompounds: readonly string[];
  readonly bodyActions: readonly string[];
  readonly roleTail: readonly string[];
  readonly abbreviations: Readonly<Record<string, string>>;
  readonly awards: Readonly<Record<string, readonly string[]>>;
  /**
   * Award words that name an award only right after a giving verb: Vietnamese "giải" is a
   * prize in "trao giải" but the start of many other words ("giải pháp", "giải quyết").
   */
  readonly awardsAfterGivingVerb: Readonly<Record<string, readonly string[]>>;
  readonly awardClasses: Readonly<Record<AwardClass, readonly string[]>>;
  readonly awardNames: Readonly<Record<string, readonly string[]>>;
  readonly givingVerbs: readonly string[];
  readonly passiveMarkers: readonly string[];
  readonly individualNouns: readonly string[];
  readonly collectiveNouns: readonly string[];
  readonly recipientModifiers: readonly string[];
  readonly numberWords: Readonly<Record<string, number>>;
  readonly pastYearMarkers: readonly string[];
  /**
   * Words that open a sentence telling a past term or the years behind ("Trong nhiệm kỳ
   * qua", "Over the past term"): awards in it are history, not handed out at the event.
   */
  readonly historyOpeners: readonly string[];
  /** Words before "N năm", "N years" that open such a sentence ("Qua 70 năm", "Over the past 75 years"). */
  readonly historyYearsOpeners: readonly string[];
  /** The word for years after the number ("năm", "years"). */
  readonly yearsWords: readonly string[];
  /** Words after "N năm", "N years" that make it the years behind ("5 năm qua", "5 years ago"). */
  readonly historyYearsClosers: readonly string[];
  /**
   * Words that count the recipients of a whole province, branch or country ("toàn tỉnh đã có",
   * "nationwide"): a tally of what was given everywhere, not what the event handed out.
   */
  readonly awardTallyMarkers: readonly string[];
  /**
   * Words right before a giving verb (a dash or comma between them) that make it part of a
   * body's name ("Hội đồng Thi đua - Khen thưởng"): no award is given there.
   */
  readonly givingVerbNamePrefixes: readonly string[];
  /** Words that tie a sentence to the event itself ("Dịp này", "At the ceremony"): never history. */
  readonly occasionMarkers: readonly string[];
  /**
   * Words before a giving verb that make the award a proposal or a plan ("đề nghị", "sẽ",
   * "will", "proposed"): nothing is handed out.
   */
  readonly awardPlanMarkers: readonly string[];
  /**
   * Words that tell an award received before, over the years ("từng", "nhiều năm liền",
   * "has been awarded"): history, unless the sentence ties itself to the event.
   */
  readonly awardPastMarkers: readonly string[];
  /** "lần" of "đã 3 lần được tặng", "times": a count of earlier awards, never of recipients. */
  readonly timesWords: readonly string[];
  /**
   * Words that open a breakdown of a total just given ("Trong đó", "of whom"): the counts
   * after them are parts of the award already counted, not more awards.
   */
  readonly breakdownOpeners: readonly string[];
  readonly awardShareMarkers: readonly string[];
  readonly dateWordsBeforeCount: readonly string[];
  readonly months: readonly string[];
  readonly weekdays: readonly string[];
  readonly partsOfDay: Readonly<Record<string, readonly string[]>>;
  readonly dateWords: readonly string[];
  readonly documentTypes: Readonly<Record<string, readonly string[]>>;
  readonly documentIssuerMarkers: readonly string[];
  readonly documentDateMarkers: readonly string[];
  /** Verbs that say a body issued the document named right after them ("ban hành", "issued"). */
  readonly documentIssueVerbs: readonly string[];
  /** The language puts a title's modifiers before it ("Hai Duong Provincial Party Secretary"). */
  readonly modifiersBeforeTitle: boolean;
  /** A title ends at its level word but for a place's name after it ("Chủ tịch UBND xã Tân Phong thông báo"). */
  readonly titleEndsAfterLevel: boolean;
  readonly titleModifierStops: readonly string[];
  /** Word -> the words after which it stays inside a title ("dự" only in "dự án"). */
  readonly roleStops: Readonly<Record<string, readonly string[]>>;
  /** A lower-case word that opens a body's remit after one of the listed words, before a capital ("Committee on Social Affairs"). */
  readonly remitLinks: Readonly<Record<string, readonly string[]>>;
  readonly roleLeadDrop: readonly string[];
  readonly roleTrailDrop: readonly string[];
  /** Verbs that end a title when written in lower case ("Phó Chủ tịch HĐND huyện chủ tọa", "... điều hành"). */
  readonly roleEndWords: readonly string[];
  /** Words that stand for the person last named ("He", "Ông") at the start of a sentence. */
  readonly pronouns: readonly string[];
  /** Words that make a title another one ("Phó", "Deputy", "Standing"): two titles repeat each other only when they share them. */
  readonly deputyWords: readonly string[];
  /** Words that name the same office another way ("Vice" and "Deputy", "Chairwoman" and "Chairman"): one word when titles are compared. */
  readonly roleSynonyms: Readonly<Record<string, string>>;
  /** The body whose head a title names when the text gives it of a place alone ("Chairman of X province" is the chairman of its People's Committee): the two are one office. */
  readonly placeHeadBodies: Readonly<Record<string, string>>;
  /** Awards written with words between their first and last ("cờ dẫn đầu phong trào thi đua"). */
  readonly awardGaps: readonly { readonly award: string; readonly first: string; readonly last: string; readonly within: number }[];
  /** Verbs that honour people without naming an award ("honoured 60 exemplary individuals"). */
  readonly honouringVerbs: readonly string[];
  /** Words that make a recipient a group without a count ("các tập thể", "the units"). */
  readonly pluralRecipients: readonly string[];
  readonly recipientIntroducers: readonly string[];
  /** Words that put the awards after them in a proposal, not in a hand-over ("đề nghị khen thưởng", "proposed ... for"). */
  readonly awardProposalMarkers: readonly string[];
  /** Words that name who gives an award right after it ("Bằng khen của Thủ tướng", "certificates of merit from the Prime Minister"). */
  readonly awardGiverMarkers: readonly string[];
  /** A proposal cited as the basis of an award given ("theo đề nghị của", "at the proposal of"): no proposal marker. */
  readonly awardProposalBases: readonly string[];
  /** Words that open a sentence telling who attended ("Dự hội nghị có", "Attending the ceremony were"). */
  readonly attendanceOpeners: readonly string[];
  /** Words anywhere in a sentence that tell who attended ("was attended by", "có sự tham dự của"). */
  readonly attendanceMarkers: readonly string[];
  /** The verb after an attendance opener that lists the guests ("Dự hội nghị có ...", "Attending ... were ..."). */
  readonly attendanceListVerbs: readonly string[];
  /** The word that closes the recipients before the award in "presented 15 individuals with certificates of merit". */
  readonly awardWithMarkers: readonly string[];
  /**
   * The article that opens the award where the language puts the person given it straight
   * after the verb ("awarded Mr. Dang Van Sinh the Labour Order"): only people may stand
   * between the verb and it.
   */
  readonly awardArticles: readonly string[];
  /** Awards that only people receive, whatever their kind ("Chiến sĩ thi đua", "the title of Emulation Fighter"). */
  readonly individualAwards: readonly string[];
  /** Words after an order's or a medal's word that open its name, where the language names it after ("the Medal for National Security"). */
  readonly awardNameLinks: readonly string[];
  /** A relative word between a person and the verb that tells what the person received ("Le Van An, who received the Labour Order"). */
  readonly recipientRelatives: readonly string[];
  /** Awards summed up as many, which the list after them names one by one ("đã được tặng nhiều phần thưởng cao quý, trong đó có ..."). */
  readonly awardSummaries: readonly string[];
  /** Openers of a sentence that goes on with the one before ("Theo đó, ...", "Accordingly, ..."): a proposal there goes on too. */
  readonly followUpOpeners: readonly string[];
  /** Words before a count that make it approximate ("hơn 700", "more than 700"): a tally, never the recipients of one event. */
  readonly approximateMarkers: readonly string[];
  /** Participles that make a passive right after the recipients they follow ("three collectives awarded the Labour Order"). */
  readonly participlePassives: readonly string[];
  /** A tally's opener and verb with a place's name between them ("toàn tỉnh Bắc Ninh đã có ...", "the whole of Binh Duong has had ..."). */
  readonly awardTallyOpeners: readonly string[];
  readonly awardTallyVerbs: readonly string[];
  /** The language puts describing words before a recipient noun ("15 outstanding union members"). */
  readonly modifiersBeforeRecipient: boolean;
  /** Words that end a noun phrase. */
  readonly phraseBreaks: readonly string[];
  /** The name of an order comes before the word for it ("Labour Order"), not after ("Huân chương Lao động"). */
  readonly awardOrderNamesBefore: boolean;
  /** "số", "No.": between a document's type word and its number. */
  readonly documentNumberWords: readonly string[];
  /** Words that end an issuer's name after a code and open the document's subject ("về", "on"). */
  readonly documentSubjectStops: readonly string[];
}

/** A pack compiled for matching: phrase lists as lexicons, word lists as sets of key forms. */
export interface LanguagePack {
  readonly language: PackLanguage;
  readonly data: PackData;
  readonly titles: Lexicon;
  readonly titleQualifiers: Lexicon;
  readonly ranks: Lexicon;
  readonly honorifics: Lexicon;
  readonly honorificsBeforeRareName: Lexicon;
  readonly listIntroducers: Lexicon;
  readonly principalMarkers: Lexicon;
  readonly linkBeforeName: Lexicon;
  readonly clauseOpeners: Lexicon;
  readonly listOthers: Lexicon;
  readonly currentTerm: Lexicon;
  readonly respectively: Lexicon;
  readonly conditionalMarkers: Lexicon;
  readonly chainJoiners: Lexicon;
  readonly concurrently: Lexicon;
  readonly roleVerbs: Lexicon;
  readonly positionWords: Lexicon;
  readonly pluralMarkers: Lexicon;
  /** Plural titles (key form). */
  readonly plurals: ReadonlySet<string>;
  readonly roleWords: ReadonlySet<string>;
  readonly levelWords: Lexicon<Level>;
  readonly levelSyllables: ReadonlySet<string>;
  readonly bodyOfLevel: Lexicon;
  readonly placeBefore: Lexicon;
  readonly placeAfter: ReadonlySet<string>;
  readonly namesakeBefore: Lexicon;
  readonly namesakeAfter: ReadonlySet<string>;
  readonly commemorations: Lexicon;
  readonly speechVerbs: Lexicon;
  readonly leadVerbs: Lexicon;
  readonly personDescribers: Lexicon;
  readonly bylineMarkers: Lexicon;
  readonly neverName: ReadonlySet<string>;
  readonly neverNameStart: ReadonlySet<string>;
  readonly compounds: Lexicon;
  readonly bodyHeads: Lexicon;
  readonly bodyCompounds: Lexicon;
  readonly bodyActions: Lexicon;
  readonly roleTail: Lexicon;
  /** Abbreviation -> its words in full. */
  readonly abbreviations: Lexicon<string>;
  /** Award phrase -> the award's English name in the record. */
  readonly awards: Lexicon<string>;
  readonly awardsAfterGivingVerb: Lexicon<string>;
  readonly awardClasses: Lexicon<AwardClass>;
  readonly awardNames: Lexicon<string>;
  readonly givingVerbs: Lexicon;
  readonly passiveMarkers: Lexicon;
  readonly recipients: Lexicon<RecipientKind>;
  readonly recipientModifiers: Lexicon;
  readonly numberWords: ReadonlyMap<string, number>;
  readonly pastYearMarkers: Lexicon;
  readonly historyOpeners: Lexicon;
  readonly historyYearsOpeners: Lexicon;
  readonly yearsWords: Lexicon;
  readonly historyYearsClosers: Lexicon;
  readonly awardTallyMarkers: Lexicon;
  readonly givingVerbNamePrefixes: Lexicon;
  readonly occasionMarkers: Lexicon;
  readonly awardPlanMarkers: Lexicon;
  readonly awardPastMarkers: Lexicon;
  readonly timesWords: Lexicon;
  readonly breakdownOpeners: Lexicon;
  readonly awardShareMarkers: Lexicon;
  readonly dateWordsBeforeCount: ReadonlySet<string>;
  readonly documentTypes: Lexicon<DocumentType>;
  readonly modifiersBeforeTitle: boolean;
  readonly titleEndsAfterLevel: boolean;
  readonly titleModifierStops: ReadonlySet<string>;
  readonly roleStops: ReadonlyMap<string, ReadonlySet<string>>;
  readonly remitLinks: ReadonlyMap<string, ReadonlySet<string>>;
  /** Months and weekdays (key form). */
  readonly calendarWords: ReadonlySet<string>;
  readonly roleLeadDrop: ReadonlySet<string>;
  readonly roleTrailDrop: ReadonlySet<string>;
  readonly roleEndWords: Lexicon;
  readonly pronouns: Lexicon;
  readonly awardGaps: readonly { readonly award: string; readonly first: Lexicon; readonly last: Lexicon; readonly within: number }[];
  readonly honouringVerbs: Lexicon;
  readonly pluralRecipients: Lexicon;
  readonly recipientIntroducers: Lexicon;
  readonly awardProposalMarkers: Lexicon;
  readonly awardGiverMarkers: Lexicon;
  readonly awardProposalBases: Lexicon;
  readonly attendanceOpeners: Lexicon;
  readonly attendanceMarkers: Lexicon;
  readonly attendanceListVerbs: Lexicon;
  readonly awardWithMarkers: Lexicon;
  readonly awardArticles: Lexicon;
  readonly individualAwards: Lexicon;
  readonly awardNameLinks: Lexicon;
  readonly recipientRelatives: Lexicon;
  readonly awardSummaries: Lexicon;
  readonly followUpOpeners: Lexicon;
  readonly approximateMarkers: Lexicon;
  readonly participlePassives: Lexicon;
  readonly awardTallyOpeners: Lexicon;
  readonly awardTallyVerbs: Lexicon;
  readonly modifiersBeforeRecipient: boolean;
  readonly phraseBreaks: ReadonlySet<string>;
  readonly awardOrderNamesBefore: boolean;
  readonly documentNumberWords: Lexicon;
  readonly documentSubjectStops: Lexicon;
  readonly documentIssuerMarkers: Lexicon;
  readonly documentDateMarkers: Lexicon;
  readonly documentIssueVerbs: Lexicon;
  /** Every level word, key form, single words only ("tỉnh", "provincial"): generic in a title. */
  readonly levelKeys: ReadonlySet<string>;
}

/** The pack file of each language. */
const PACK_FILE_OF: Readonly<Record<PackLanguage, string>> = { vi: 'vi.json', en: 'en.json' };
const NAMES_FILE = 'names.json';
/** The provincial press and portals (read by the publisher module). */
export const PUBLISHERS_FILE = 'publishers.json';
/** Every data file of the packs, which a bundle that inlines this module ships in {@link BUNDLED_PACKS_DIR}. */
export const PACK_FILES: readonly string[] = [...Object.values(PACK_FILE_OF), NAMES_FILE, PUBLISHERS_FILE];
/** Directory beside a bundle's entry file that holds the pack files (the parser's Lambda bundle copies them there). */
export const BUNDLED_PACKS_DIR = 'normalizer-packs';

/**
 * Where the pack files may be: beside this module (sources, tests), in
 * {@link BUNDLED_PACKS_DIR} beside a bundle that inlined this module, or in the sources
 * seen from the CLI bundle in dist/.
 */
const PACK_DIRS: readonly string[] = [__dirname, join(__dirname, BUNDLED_PACKS_DIR), join(__dirname, '..', 'shared', 'domain', 'normalizer', 'packs')];

/** A data file of the packs, parsed. */
export function readPackFile<T>(name: string): T {
  const failures: string[] = [];
  for (const dir of PACK_DIRS) {
    try {
      return JSON.parse(readFileSync(join(dir, name), 'utf8')) as T;
    } catch (cause) {
      failures.push(`${join(dir, name)}: ${(cause as Error).message}`);
    }
  }
  throw new Error(`language pack file ${name} not found (${failures.join('; ')})`);
}

const packData = new Map<PackLanguage, PackData>();

/** The data of a language's pack as its file has it, read on first use and kept. */
export function packDataFor(language: PackLanguage): PackData {
  let data = packData.get(language);
  if (!data) {
    data = readPackFile<PackData>(PACK_FILE_OF[language]);
    packData.set(language, data);
  }
  return data;
}

const keys = (words: readonly string[]): Set<string> => new Set(words.map(keyOf));
const lexicon = (phrases: readonly string[]): Lexicon => new Lexicon(phrases);
const grouped = <V extends string>(groups: Readonly<Record<string, readonly string[]>>): Lexicon<V> =>
  new Lexicon<V>(Object.entries(groups).flatMap(([value, phrases]) => phrases.map((phrase) => [phrase, value as V] as const)));

function compile(language: PackLanguage, data: PackData): LanguagePack {
  return {
    language,
    data,
    titles: lexicon(data.titles),
    titleQualifiers: lexicon(data.titleQualifiers),
    ranks: lexicon(data.ranks),
    honorifics: lexicon(data.honorifics),
    honorificsBeforeRareName: lexicon(data.honorificsBeforeRareName),
    listIntroducers: lexicon(data.listIntroducers),
    principalMarkers: lexicon(data.principalMarkers),
    linkBeforeName: lexicon(data.linkBeforeName),
    clauseOpeners: lexicon(data.clauseOpeners),
    listOthers: lexicon(data.listOthers),
    currentTerm: lexicon(data.currentTerm),
    respectively: lexicon(data.respectively),
    conditionalMarkers: lexicon(data.conditionalMarkers),
    chainJoiners: lexicon(data.chainJoiners),
    concurrently: lexicon(data.concurrently),
    roleVerbs: lexicon(data.roleVerbs),
    positionWords: lexicon(data.positionWords),
    pluralMarkers: lexicon(data.pluralMarkers),
    plurals: keys(data.plurals),
    roleWords: keys(data.roleWords),
    levelWords: grouped<Level>(data.levelWords),
    levelSyllables: keys(data.levelSyllables),
    bodyOfLevel: lexicon(data.bodyOfLevel),
    placeBefore: lexicon(data.placeBefore),
    placeAfter: keys(data.placeAfter),
    namesakeBefore: lexicon(data.namesakeBefore),
    namesakeAfter: keys(data.namesakeAfter),
    commemorations: lexicon(data.commemorations),
    speechVerbs: lexicon(data.speechVerbs),
    leadVerbs: lexicon(data.leadVerbs),
    personDescribers: lexicon(data.personDescribers),
    bylineMarkers: lexicon(data.bylineMarkers),
    neverName: keys(data.neverName),
    neverNameStart: keys(data.neverNameStart),
    compounds: lexicon(data.compounds),
    bodyHeads: lexicon(data.bodyHeads),
    bodyCompounds: lexicon(data.bodyCompounds),
    bodyActions: lexicon(data.bodyActions),
    roleTail: lexicon(data.roleTail),
    abbreviations: new Lexicon<string>(Object.entries(data.abbreviations)),
    awards: grouped<string>(data.awards),
    awardsAfterGivingVerb: grouped<string>(data.awardsAfterGivingVerb),
    awardClasses: grouped<AwardClass>(data.awardClasses),
    awardNames: grouped<string>(data.awardNames),
    givingVerbs: lexicon(data.givingVerbs),
    passiveMarkers: lexicon(data.passiveMarkers),
    recipients: new Lexicon<RecipientKind>([
      ...data.individualNouns.map((noun) => [noun, 'individual'] as const),
      ...data.collectiveNouns.map((noun) => [noun, 'collective'] as const),
    ]),
    recipientModifiers: lexicon(data.recipientModifiers),
    numberWords: new Map(Object.entries(data.numberWords).map(([word, value]) => [keyOf(word), value])),
    pastYearMarkers: lexicon(data.pastYearMarkers),
    historyOpeners: lexicon(data.historyOpeners),
    historyYearsOpeners: lexicon(data.historyYearsOpeners),
    yearsWords: lexicon(data.yearsWords),
    historyYearsClosers: lexicon(data.historyYearsClosers),
    awardTallyMarkers: lexicon(data.awardTallyMarkers),
    givingVerbNamePrefixes: lexicon(data.givingVerbNamePrefixes),
    occasionMarkers: lexicon(data.occasionMarkers),
    awardPlanMarkers: lexicon(data.awardPlanMarkers),
    awardPastMarkers: lexicon(data.awardPastMarkers),
    timesWords: lexicon(data.timesWords),
    breakdownOpeners: lexicon(data.breakdownOpeners),
    awardShareMarkers: lexicon(data.awardShareMarkers),
    dateWordsBeforeCount: keys(data.dateWordsBeforeCount),
    documentTypes: grouped<DocumentType>(data.documentTypes),
    modifiersBeforeTitle: data.modifiersBeforeTitle,
    titleEndsAfterLevel: data.titleEndsAfterLevel,
    titleModifierStops: keys(data.titleModifierStops),
    roleStops: new Map(Object.entries(data.roleStops).map(([word, after]) => [keyOf(word), keys(after)])),
    remitLinks: new Map(Object.entries(data.remitLinks).map(([word, after]) => [keyOf(word), keys(after)])),
    calendarWords: keys([...data.months, ...data.weekdays]),
    roleLeadDrop: keys(data.roleLeadDrop),
    roleTrailDrop: keys(data.roleTrailDrop),
    roleEndWords: lexicon(data.roleEndWords),
    pronouns: lexicon(data.pronouns),
    awardGaps: data.awardGaps.map((gap) => ({ award: gap.award, first: lexicon([gap.first]), last: lexicon([gap.last]), within: gap.within })),
    honouringVerbs: lexicon(data.honouringVerbs),
    pluralRecipients: lexicon(data.pluralRecipients),
    recipientIntroducers: lexicon(data.recipientIntroducers),
    awardProposalMarkers: lexicon(data.awardProposalMarkers),
    awardGiverMarkers: lexicon(data.awardGiverMarkers),
    awardProposalBases: lexicon(data.awardProposalBases),
    attendanceOpeners: lexicon(data.attendanceOpeners),
    attendanceMarkers: lexicon(data.attendanceMarkers),
    attendanceListVerbs: lexicon(data.attendanceListVerbs),
    awardWithMarkers: lexicon(data.awardWithMarkers),
    awardArticles: lexicon(data.awardArticles),
    individualAwards: lexicon(data.individualAwards),
    awardNameLinks: lexicon(data.awardNameLinks),
    recipientRelatives: lexicon(data.recipientRelatives),
    awardSummaries: lexicon(data.awardSummaries),
    followUpOpeners: lexicon(data.followUpOpeners),
    approximateMarkers: lexicon(data.approximateMarkers),
    participlePassives: lexicon(data.participlePassives),
    awardTallyOpeners: lexicon(data.awardTallyOpeners),
    awardTallyVerbs: lexicon(data.awardTallyVerbs),
    modifiersBeforeRecipient: data.modifiersBeforeRecipient,
    phraseBreaks: keys(data.phraseBreaks),
    awardOrderNamesBefore: data.awardOrderNamesBefore,
    documentNumberWords: lexicon(data.documentNumberWords),
    documentSubjectStops: lexicon(data.documentSubjectStops),
    documentIssuerMarkers: lexicon(data.documentIssuerMarkers),
    documentDateMarkers: lexicon(data.documentDateMarkers),
    documentIssueVerbs: lexicon(data.documentIssueVerbs),
    levelKeys: keys(Object.values(data.levelWords).flat().flatMap((phrase) => phrase.split(' '))),
  };
}

const compiled = new Map<PackLanguage, LanguagePack>();

/** The pack of a language, compiled on first use and kept. */
export function packFor(language: PackLanguage): LanguagePack {
  let pack = compiled.get(language);
  if (!pack) {
    pack = compile(language, packDataFor(language));
    compiled.set(language, pack);
  }
  return pack;
}

export const PACK_LANGUAGES: readonly PackLanguage[] = Object.keys(PACK_FILE_OF) as PackLanguage[];

/** Vietnamese family names (key form), shared by every language: English texts write them folded. */
export interface NameData {
  /** Family names that start a name whatever follows. */
  readonly familyNames: ReadonlySet<string>;
  /** Folded spellings of those, for text written without diacritics. */
  readonly foldedFamilyNames: ReadonlySet<string>;
  /** Family names that are also usual given names: they start a name before a middle name. */
  readonly ambiguousFamilyNames: ReadonlySet<string>;
  /** Folded spellings of those ("Van Thi Bach Tuyet"). */
  readonly foldedAmbiguousFamilyNames: ReadonlySet<string>;
  readonly middleNames: ReadonlySet<string>;
  readonly foldedMiddleNames: ReadonlySet<string>;
}

/** The shape of names.json. */
interface NamesFile {
  readonly familyNames: readonly string[];
  readonly ambiguousFamilyNames: readonly string[];
  readonly middleNames: readonly string[];
}

let nameData: NameData | null = null;

export function namesData(): NameData {
  if (!nameData) {
    const names = readPackFile<NamesFile>(NAMES_FILE);
    const ambiguous = keys(names.ambiguousFamilyNames);
    const family = [...keys(names.familyNames)].filter((name) => !ambiguous.has(name));
    nameData = {
      familyNames: new Set(family),
      foldedFamilyNames: new Set(family.map(fold)),
      ambiguousFamilyNames: ambiguous,
      foldedAmbiguousFamilyNames: new Set(names.ambiguousFamilyNames.map(fold)),
      middleNames: keys(names.middleNames),
      foldedMiddleNames: new Set(names.middleNames.map(fold)),
    };
  }
  return nameData;
}
