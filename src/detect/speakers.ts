/**
 * Attribution: who said a quote, and who a figure is attributed to.
 *
 * News copy attributes speech in a handful of shapes — `"…," said X`, `"…," X said`,
 * `X said: "…"`, `X said it was "…"`, `according to X`, `X cited reports as saying that "…"`,
 * `the paper quoted X as saying` — so attribution looks for a cue verb on either side of the
 * quote within its sentence and takes the noun phrase that goes with it.
 *
 * Names are resolved at article level: the state remembers every person named so far (by
 * surname), the roles they were given ("chief executive Geoff Dixon"), and the latest person
 * and organisation mentioned, so "Mr Dixon", "he", "the chief executive", "it" and "the company"
 * become the fullest name the article gave earlier. The state is created per article and passed
 * down explicitly; nothing here is global except the word lists.
 */

import { monthNamesButMay, weekdayNames } from './calendar.js';
import type { WordTally } from './counts.js';
import { numberWords } from './number-words.js';
import type { Range, Token } from './sentences.js';
import { firstAtLeast, isCapitalised, isDigitCode, textIs, tokenAt, tokenize } from './sentences.js';
import { isAgencyName } from './source-tags.js';
import { addWordClass, wordClass } from './word-classes.js';

/** Words from a space-separated list, as a Set built once at module load. */
function words(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}

/** Finite forms of verbs that attribute speech or writing (lower-case). */
const cueVerbs = words(`
  said says say told tells added adds warned warns insisted insists noted argued argues explained explains
  stated declared declares claimed announced announces commented remarked remarks admitted admits confirmed confirms
  denied denies predicted predicts reported wrote writes asked asks replied replies responded continued
  conceded concedes acknowledged acknowledges stressed stresses emphasised emphasized emphasises emphasizes
  urged urges suggested suggests believes believed thinks thought blamed blames expected expects described
  describes called calls ruled rules concluded observed recalled recalls maintained maintains complained
  cautioned agreed agrees estimated estimates forecast forecasts promised promises vowed vows pledged hoped
  hopes feared fears reckoned reckons asserted asserts alleged alleges contended countered joked boasted
  exclaimed testified reiterated reiterates repeated hailed criticised criticized dismissed welcomed
  indicated indicates disclosed revealed reveals quoted cited accused accuses branded labelled labeled
  announced insisted tweeted told posted
`);

/** Verbs that attribute a figure to a source ("Israel says that 1,200 …"): saying and reporting only. */
const figureCues = words(`
  said says say told tells added adds reported estimated announced announces predicted predicts claimed
  stated noted wrote writes warned warns confirmed confirms revealed reveals disclosed showed calculated
  acknowledged acknowledges estimates pointed show shows showing expects expect forecasts forecast found finds
`);

/** Figure cues whose subject is data, not a speaker: "NHS England figures show …". */
const dataCues = words('show shows showed showing');

/**
 * The figure cues `isFigureCueHere` reads the subject of. The older cues ("said", "estimated")
 * keep their subjects as they were.
 */
const newFigureCues = words(
  'pointed estimates acknowledged acknowledges show shows showed showing expects expect forecasts forecast found finds',
);

/**
 * Figure cues of expectation and finding, whose subject must name who: "Toshiba expects sales to
 * reach 300bn yen", "a recent Newsweek magazine poll found"; not "the market expects" or "the
 * study found", which name no one.
 */
const namedSubjectCues = words('expects expect forecasts forecast found finds');

/** What data cues have as their subject: "figures show", "the survey showed". */
const dataNouns = words(`
  figures figure data statistics numbers report reports survey surveys poll polls study research analysis
  estimates results accounts records census return returns index sheet bulletin
`);

/** Words after "estimates" that make it a noun ("estimates from the World Bank", "estimates, which"). */
const estimateNounFollowers = words('from by of for in on at which who');

/**
 * Whether the figure cue at `verb` attributes here. Out of line: only a figure cue reaches it.
 * - "pointed" does only as "pointed out" ("pointed to a rise" does not);
 * - "estimates" is a noun before a preposition or punctuation ("Early estimates from the World
 *   Bank", "Wall Street estimates, which range …");
 * - a subject after "and" and a name is half a name ("S and P pointed out", "Phillips and Drew
 *   estimates"): better no source than "P" or "Drew" (for these cues only: see `newFigureCues`);
 * - "show" has data as its subject, and the source is who owns the data (`namesDataOwner`).
 */
function isFigureCueHere(view: BlockView, floor: number, verb: number): boolean {
  const { tokens } = view;
  const token = tokens[verb] as Token;
  const lower = token.lower;
  const next = tokens[verb + 1];
  if (lower === 'pointed' && next?.lower !== 'out') return false;
  if (lower === 'estimates' && (next === undefined || !next.word || estimateNounFollowers.has(next.lower)))
    return false;
  const subject = subjectPhrase(view, floor, verb);
  if (subject !== undefined && subject.start - 2 >= floor) {
    const before = tokens[subject.start - 1] as Token;
    if (before.lower === 'and' && isNameWord(tokens[subject.start - 2] as Token)) return false;
  }
  if (namedSubjectCues.has(lower)) {
    // "found that 70% …" reports; "found five other people", "has found it difficult" do not.
    if ((lower === 'found' || lower === 'finds') && next?.lower !== 'that') return false;
    if (subject === undefined) return false;
    if (namesDataOwner(view, floor, subject)) return true;
    if (peopleOfNamedBody(view, subject)) return true;
    return isWholeName(view, subject.start, subject.end) && !namesPeople((tokens[subject.end - 1] as Token).lower);
  }
  if (!dataCues.has(lower)) return true;
  // "the Consumer Electronics Show", "the Geneva Auto Show": the noun, in a name.
  if (token.text !== lower || subject === undefined) return false;
  return namesDataOwner(view, floor, subject);
}

/**
 * Whether a subject is people of a named body: "Analysts at Cornwall Insight", "Economists from
 * Capital Economics" (who expect or forecast speak for it); not "Analysts" alone.
 */
function peopleOfNamedBody(view: BlockView, subject: Range): boolean {
  const { tokens } = view;
  const people = tokens[subject.start] as Token;
  const preposition = tokens[subject.start + 1];
  if (!peopleNouns.has(people.lower) || preposition === undefined) return false;
  if (preposition.lower !== 'at' && preposition.lower !== 'from' && preposition.lower !== 'with') return false;
  return subject.start + 2 < subject.end && isWholeName(view, subject.start + 2, subject.end);
}

/**
 * Whether a cue of finding or forecasting ends the clause after a figure: "…, the report
 * found.", "…, the IMF forecast on Tuesday.", "…, Sensor Tower estimates." There it can only be
 * a verb, so the tests `isFigureCueHere` makes of it before a figure (a noun "estimates", "found
 * five people", the named subject an expectation needs) do not apply.
 */
function isClauseFinalFinding(tokens: readonly Token[], verb: number): boolean {
  if (!findingCues.has((tokens[verb] as Token).lower)) return false;
  const next = tokens[verb + 1];
  if (next !== undefined && next.word && !clauseEndAdverbials.has(next.lower)) return false;
  // The clause after the comma opens with its subject: a name, a determiner or people ("the
  // report found", "researchers found"), not "ahead of IMF forecasts," (a noun).
  for (let position = verb - 1; position >= 0 && position > verb - 16; position--) {
    if (!isComma(tokens[position])) continue;
    const first = tokens[position + 1] as Token;
    return isCapitalised(first.text) || determiners.has(first.lower) || isPeopleNoun(first.lower);
  }
  return false;
}

/** Cues of finding and forecasting that `isClauseFinalFinding` reads at a clause's end. */
const findingCues = words('found finds forecast forecasts estimates expects expect');

/** Words that may follow a verb ending its clause: "the IMF forecast on Tuesday". */
const clauseEndAdverbials = words(`
  on in last this earlier yesterday today recently monday tuesday wednesday thursday friday saturday sunday
`);

/** Whether a quantity follows (`added` as a gain): "5.3%", "three crews", "about 100 mln stg". */
function addsQuantity(tokens: readonly Token[], index: number): boolean {
  let token = tokens[index];
  if (token !== undefined && approximators.has(token.lower)) token = tokens[index + 1];
  if (token === undefined || !token.word) return false;
  if (isDigitCode(token.text.charCodeAt(0))) return true;
  return token.lower !== 'a' && token.lower !== 'an' && numberWords.has(token.lower);
}

/** Words before a quantity: "added about 100 mln stg". */
const approximators = words('about some another nearly almost around roughly over more less up');

/**
 * Whether the subject of "show" names who owns the data: a name with a data noun in it or
 * before it ("NHS England figures show", "research by the TowerGroup showed", "figures from the
 * Ministry of Agriculture show"), or an owner's possessive ("the association's monthly survey").
 * "The figures show" names nobody, and "It shows" is most often a document. A lone capitalised
 * word is a name only after another word ("But Bundesbank statistics", "by Webroot"): at the
 * start of the sentence it may be an adjective ("Official figures", "Preliminary figures"), and a
 * nationality is none ("preliminary Norwegian data").
 */
function namesDataOwner(view: BlockView, floor: number, subject: Range): boolean {
  const { tokens } = view;
  let data = false;
  for (let index = Math.max(floor, subject.start - 8); index < subject.end && !data; index++) {
    data = dataNouns.has((tokens[index] as Token).lower);
  }
  if (!data) return false;
  for (let index = subject.start; index < subject.end; index++) {
    const token = tokens[index] as Token;
    // "the association's survey" has an owner; "today's figures" has none.
    if (endsWithPossessive(token.text) && !isNameWord(token) && !timePossessives.has(token.lower)) return true;
  }
  // "figures from the trade ministry show": a public body is an owner too, named or not ("the
  // bank" would stand for the last organisation named, which may be no bank: see `latest`).
  const by = tokenAt(tokens, subject.start - 1)?.lower;
  if ((by === 'from' || by === 'by') && institutionNouns.has((tokens[subject.end - 1] as Token).lower)) return true;
  const runs = capitalisedRuns(view, subject.start, subject.end);
  for (let index = 0; index < runs.length; index++) {
    const run = runs[index] as Run;
    if (run.end - run.start > 1 || hasOrganisationWord(tokens, run.start, run.end)) return true;
    const text = (tokens[run.start] as Token).text;
    if (text.length > 1 && isUpperCase(text)) return true;
    const before = tokens[run.start - 1];
    // After a comma ("…, Eurostat data showed") the capital is the name's, not the sentence's.
    const named = run.start > floor ? before?.word === true : before !== undefined && isComma(before);
    if (named && !/(?:ian|ean|ese|ish|i)$/.test(text)) return true;
  }
  return false;
}

/** Possessives of time, which own no data: "today's figures", "last year's survey". */
const timePossessives = words(`
  today's yesterday's tomorrow's week's month's year's quarter's today’s yesterday’s week’s month’s year’s
  quarter’s
`);

/** Present participles that continue an attribution: `…, adding: "…"`. */
const participles = words(`
  adding saying warning noting insisting arguing explaining telling stressing claiming stating declaring
  describing calling predicting urging suggesting asking replying conceding acknowledging
`);

/** Verbs whose object is the speaker when it names one: "the paper quoted Mr X as saying". */
const quotingVerbs = words('quoted quotes quoting cited cites citing');

/** Verbs that take "X as saying": "cited reports as saying", "reports a source as saying". */
const asSayingVerbs = words('quoted quotes quoting cited cites citing reports reported reporting');

/** Verbs that only read as attribution after the quote ("…," the paper reports). */
const trailingOnlyVerbs = words('reports quotes notes states writes cites');

/** Cue forms that are also nouns ("forecast", "estimates", "calls"). */
const nounLikeCues = words(
  'forecast forecasts estimates calls claims notes rules hopes fears promises pledges vows urges',
);

/** Whether the word before a noun-like cue can be its subject: a name, a pronoun, "also". */
function actsAsVerb(previous: Token | undefined): boolean {
  if (!previous?.word) return false;
  const lower = previous.lower;
  if (/^(?:he|she|it|they|we|i|who|also|which|that|has|have|had|will|would|now)$/.test(lower)) return true;
  return isCapitalised(previous.text) && !capitalStops.has(previous.text);
}

/** Auxiliaries kept in the cue ("have said"). */
const auxiliaries = words('has have had was were is are will would');

/** Adverbs that sit between a subject and its verb and are skipped ("also said"). */
const adverbs = words(`
  also later earlier previously then recently repeatedly reportedly once further however meanwhile though
  too instead nonetheless therefore separately again still already yesterday today now subsequently
  publicly privately quickly immediately simply only just often widely generally usually commonly
  originally formally officially firmly strongly sharply openly repeatedly
`);

/** Words that end a subject noun phrase when walking back from the verb. */
const phraseBoundaries = words(`
  that which who whom whose and but or nor while as because after before when if although though since so
  where whereas until than whether unless once whilst with without for from in on at by of to into about
  over under between during against among via per is are was were be been being has have had will would
  can could may might should must do does did not what how why
`);

/** Words after an inverted verb that end the speaker ("said X in a statement"). */
const inversionStops = words(`
  who which that in on at during after before when as while adding saying but and according of for from
  to with by yesterday today last this on
`);

/** Capitalised function words that do not start a name. */
const capitalStops = words(`
  The A An But And Or Nor In On At By For From With Of To As If It Its He She They We I You His Her Their
  Our My Your This That These Those However Meanwhile Moreover Also After Before When While Although Though
  Since So Yet Still Then There Here What Which Who Why How Where Some Many Most More Other Others All Both
  Each Every Such Last Next Earlier Later Now Today Yesterday Currently Separately According Among Despite
  During Under Over Even Only Just Not No Instead Indeed Nevertheless Nonetheless Furthermore Overall Until
  Unlike Like Analysts Shares Sales Profits Prices Investors Officials Experts Critics Sources Police
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July
  August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
`);

/** Courtesy titles and ranks that come before a name and are not part of it. */
const titles = words(`
  Mr Mrs Ms Miss Dr Prof Professor Sir Dame Lord Lady President Chairman Chairwoman Chancellor Premier Prime
  Minister Secretary Judge Justice Senator Sen Rep Representative Congressman Congresswoman Governor Gov
  General Gen Colonel Col Lt Lieutenant Major Maj Captain Capt Commander Cmdr Brigadier Admiral Adm Sergeant
  Sgt King Queen Prince Princess Pope Cardinal Bishop Archbishop Rev Reverend Father Sheikh Ayatollah Imam
  Rabbi Ambassador Mayor Deputy Vice Chief Executive Officer Director Head Leader Spokesman Spokeswoman
  Economist Analyst Attorney Treasurer Speaker Commissioner Inspector Superintendent Detective Constable
  Chairperson CEO Boss Coach Manager Editor Agent Supreme Foreign Finance Defence Defense Interior Home
  Trade Economy Industry Energy Health Justice Labour Labor Transport Environment Culture Education MP MEP
  Staff State Prosecutor Cllr Councillor Councilor Councilmember Councilman Councilwoman Coroner Magistrate
  Det Insp Supt DCI DSI PCSO
`);

/** Courtesy titles proper: a name after them is a person's. */
const courtesyTitles = words(
  'Mr Mrs Ms Miss Dr Prof Professor Sir Dame Lord Lady President Senator Sen Judge Governor Gov General Gen',
);

/** Words that make a capitalised run an organisation rather than a person. */
const organisationWords = words(`
  Bank Ministry Corp Corporation Inc Ltd Plc PLC Group Company Co Association Union Council Agency Office
  Department Commission Institute University College School News Times Post Journal Telegraph Guardian
  Herald Tribune Gazette Review Network Channel Television TV Radio Press Reuters Reuter Service Services
  Authority Board Committee Fund Trust Foundation Federation Organisation Organization Party Government Court
  Parliament Congress Senate House Airlines Airways Motors Holdings Industries Systems Technologies
  Electronics Communications Energy Oil Petroleum Steel Mining Coal Capital Partners Securities Investments
  Exchange Markets Research Centre Center Club Hospital Church Police Army Force Forces Movement Brigades
  Front Alliance League Reserve Treasury Opec OPEC Nasdaq Street Media Magazine Agency International Global
  Financial Chronicle Express Mail Mirror Standard Economist Week Weekly Daily Online Software Microsoft
  Games Entertainment Pictures Studios Records Music Insurance Assurance Brothers Bros Associates Consulting
  Foods Stores Airport Railways Rail Telecom Mobile Networks Labs Laboratories Pharmaceuticals Motor Cars
  Unit Intelligence Institution Initiative Programme Program Project Centre Society Consortium Forum
  Group Authority Bureau Jazeera Customs Administration AB AG GmbH NV BV SpA Bhd Pty Oy ASA Cie KK
`);

/** Generic heads that refer back to an organisation: "the company", "the firm". */
const organisationNouns = words(`
  company firm group bank producer maker manufacturer carrier airline retailer operator giant insurer chain
  business corporation conglomerate supplier provider lender broker exchange agency regulator watchdog
  government ministry department union authority council organisation organization body club team publisher
  developer network broadcaster miner brewer builder store supermarket utility fund subsidiary unit venture
  newspaper paper daily magazine channel station website site partnership consortium administration
`);

/** Role nouns that make the capitalised run next to them a person ("chief executive X"). */
const roleNouns = words(`
  chairman chairwoman chair executive president director spokesman spokeswoman spokesperson minister
  secretary governor analyst economist editor head boss founder leader officer ceo cfo manager strategist
  professor researcher judge ambassador chancellor premier senator adviser advisor aide counsel lawyer
  attorney commissioner chief correspondent consultant partner owner trader dealer expert lecturer
  vice-president vice-chairman secretary-general deputy treasurer candidate member representative official
  commander general colonel mayor coach inventor designer author writer analyst inspector co-ordinator
  coordinator campaigner co-author co-founder creator scientist engineer activist fellow student teacher
  specialist architect economist historian psychologist doctor surgeon pilot spokesperson
`);

/** Indefinite phrases that name an unnamed source: "a source close to …", "an official". */
const sourceNouns = words(`
  source sources official officials spokesman spokeswoman spokesperson person executive analyst insider aide
  diplomat banker trader dealer adviser advisor
`);

/** Plural nouns for people who can be quoted: "quoted several lawmakers as saying". */
const peopleNouns = words(`
  officials lawmakers legislators analysts executives sources people diplomats ministers aides insiders
  experts economists traders dealers bankers investors politicians officers spokesmen members leaders
  residents witnesses workers employees managers directors bosses critics campaigners observers
  police authorities medics paramedics relatives families parents troops victims fans
`);

/** Documents that speak for their owner: "Mr Tanzi's statement said". */
const documentNouns = words(
  'statement statements report letter note website site filing communique release figures data statistics',
);

/** Words that cannot be a speaker on their own. */
const determiners = words('the a an this that these those its their his her our my your some any each every');

/** Pronouns that point back to a person. */
const personPronouns = words('he she him her');

/** Pronouns that point back to an organisation. */
const organisationPronouns = words('it its they them');

/**
 * Common first names: a two-word capitalised run that starts with one is a person. A short
 * list is enough because roles, titles and speech verbs catch most other names.
 */
const firstNames = words(`
  Aaron Adam Adrian Ahmed Alan Albert Alex Alexander Alfred Ali Alice Alison Amanda Amy Andrew Andy Angela Ann
  Anna Anne Anthony Antonio Arnold Arthur Barbara Barry Ben Benjamin Bernard Bill Bob Brian Bruce Carl Carlos
  Carol Caroline Catherine Charles Charlie Chris Christian Christine Christopher Claire Colin Craig Daniel
  Dave David Dennis Derek Diana Dominic Donald Douglas Ed Edward Elizabeth Emma Eric Frank Fred Gary Geoff
  Geoffrey George Gerald Gerry Gordon Graham Greg Hans Harold Harry Helen Henry Hugh Ian Jack James Jane Janet
  Jason Jean Jeff Jennifer Jeremy Jim Joe John Jonathan Jose Joseph Juan Julia Julian Karen Keith Kenneth
  Kevin Larry Laura Lee Linda Lisa Louis Mark Martin Mary Matthew Michael Michel Mike Mohammed Muhammad
  Nancy Neil Nick Nicholas Nigel Oliver Patrick Paul Peter Philip Phil Pierre Rachel Ralph Raymond Richard
  Robert Robin Roger Ronald Rupert Ruth Sam Sarah Scott Sean Simon Stephen Steve Steven Stuart Susan Thomas
  Tim Timothy Tom Tony Victor Walter William Yasser Ahmad Hassan Hussein Ismail Ebrahim Hossein Ali Omar
  Vladimir Mikhail Boris Dmitry Sergei Igor Gerhard Jacques Nicolas Francois Silvio Romano Jose Luiz Lula
  Junichiro Toshihiko Kenji Hiroshi Takeshi Wen Hu Li Zhang Manmohan Sonia Atal Pervez Kofi Thabo Nelson
  Ariel Ehud Benjamin Shimon Mahmoud Ismail Khaled Saddam Kim Alberto Carlo Giovanni Paolo Angelo Bernie
  Lord Gavin Alistair Alastair Ken Jon Josh Luke Ross Ray Roy Rod Ron Stan Ted Terry Tessa Vince Warren Wayne
  Adrian Barrington Oliver Toyoo Fathi Geoff Gerry Chris Tony Ernst Kazuo Akio Howard Lloyd Malcolm Marcus
  Norman Owen Percy Rex Rhodri Trevor Alun Gwyn Angus Hamish Ruairi Fergus Seamus Declan Brendan Liam
  Ronan Niall Conor Gareth Dafydd Sian Bronwen Nia Leo Max Felix Hugo Guy Giles Nikolai Jurgen Klaus Karl
  Heinz Wolfgang Helmut Franz Jean-Claude Jean-Pierre Dominique Philippe Alain Laurent Thierry Jacob
  Samuel Isaac Abraham Moshe David Yitzhak Ehud Natan Mohamed Abdul Abdullah Said Rashid Hamid Nasser
  Vijay Rahul Sunil Anil Ravi Lakshmi Ratan Mukesh Azim Narayana Steve Jeff Marc Meg Carly Sergey Larry
`);

/** A name found in the text, for resolving pronouns and titles by position. */
interface Mention {
  readonly position: number;
  readonly name: string;
  readonly kind: 'person' | 'organisation';
  /** True when the name is the speaker of a cue or the subject of a sentence, not only mentioned. */
  readonly speaker?: boolean;
}

/** Article-level attribution state, carried from block to block. */
export interface SpeakerState {
  /** Full person names by lower-cased surname. */
  readonly people: Map<string, string>;
  /** Names by lower-cased role ("chief executive" → "Geoff Dixon"). */
  readonly roles: Map<string, string>;
  /** Person-shaped names not confirmed as people, by lower-cased surname, for "Mr X". */
  readonly candidates: Map<string, string>;
  /** Full names by acronym: "EIU" → "Economist Intelligence Unit". */
  readonly acronyms: Map<string, string>;
  /** The latest person named before the current block. */
  lastPerson: string | undefined;
  /** The latest organisation named as a subject or speaker before the current block. */
  lastOrganisation: string | undefined;
  /** The latest person who spoke (was the subject of a cue) before the current block. */
  lastSpeaker: { name: string; block: number } | undefined;
  /** The last organisation that spoke ("Harbour Light Marine Corp said"), and in which block. */
  lastSpeakingOrganisation: { name: string; block: number } | undefined;
  /** The latest attribution an unattributed quote may inherit, with the block it was in. */
  lastAttribution: { speaker: string; cue: string | null; block: number } | undefined;
  /** Index of the current block. */
  block: number;
  /** Who the lead attributes its news to (", the Financial Times has reported"). */
  leadSource: string | undefined;
  /** What is known of each name of the article that needs no state (see `nameFactsOf`). */
  readonly names: Map<string, NameFacts>;
  /**
   * The organisations named in full so far ("Alcan Aluminium Ltd") by the short names the
   * article may use afterwards ("Alcan said"): see `learnOrganisation`.
   */
  readonly organisations: Map<string, string>;
  /** Unnamed groups of sources by their head noun ("sources" → "Finance Ministry sources"). */
  readonly groups: Map<string, string>;
  /** The latest such group of several (a plural head), and in which block, for "they". */
  lastGroup: { phrase: string; block: number } | undefined;
  /** The initials of organisations' names, as `initialsOf` worked them out. */
  readonly initials: Map<string, string>;
}

/**
 * The facts about a name that do not depend on the article state, worked out once per name and
 * article: an article names and quotes the same few people block after block, and splitting and
 * testing each name again every time was most of `noteSpeaker` and part of `learnNames`.
 */
interface NameFacts {
  /** Its words (`nameWords`). */
  readonly parts: readonly string[];
  /** A single word: a person only when the article already knows it as one (`state.people`). */
  readonly single: boolean;
  /** A name of several words that reads as a person's (`looksLikePersonName`). */
  readonly personShaped: boolean;
  /** The last word lower-cased (the `state.candidates` key); undefined for one word. */
  readonly last: string | undefined;
  /** A person's keys in `state.people`: the lower-cased surname and "mr " + it; undefined for one word. */
  readonly surname: string | undefined;
  readonly mister: string | undefined;
  /** For `noteSpeaker`, set when it first meets the name: the name lower-cased (one word only). */
  lower: string | undefined;
  /** For `noteSpeaker`: an unnamed person ("a banker", `isPersonPhrase`). */
  personPhrase: boolean | undefined;
  /** For `noteSpeaker`: whether the name has a capital letter (a lower-case phrase is no organisation). */
  capital: boolean | undefined;
}

/**
 * A fresh per-article state.
 *
 * @returns The state.
 */
export function createSpeakerState(): SpeakerState {
  return {
    people: new Map(),
    roles: new Map(),
    candidates: new Map(),
    acronyms: new Map(),
    lastPerson: undefined,
    lastOrganisation: undefined,
    lastSpeaker: undefined,
    lastSpeakingOrganisation: undefined,
    lastAttribution: undefined,
    block: 0,
    leadSource: undefined,
    names: new Map(),
    organisations: new Map(),
    groups: new Map(),
    lastGroup: undefined,
    initials: new Map(),
  };
}

/** A block prepared for attribution: its tokens, which tokens are quoted, and its mentions. */
export interface BlockView {
  readonly text: string;
  readonly tokens: readonly Token[];
  /**
   * Per token: 1 inside a quotation (its words are not searched for cues or names), else 0.
   * Read only: a block that quotes nothing shares one mask of zeros, which may be longer.
   */
  readonly quoted: Uint8Array;
  /** Names learnt from the block when it was prepared (`learnNames`), by position. */
  readonly mentions: Mention[];
  /**
   * Speakers noted while its quotes are attributed (`noteSpeaker`), by position. Kept apart from
   * `mentions`, which span the whole block: a speaker noted for each of thousands of quotes would
   * otherwise be inserted among them, quadratic in a long paragraph. Read together, a mention
   * here comes after a learnt one at the same position.
   */
  readonly spoken: Mention[];
  /** True when the block is upper case (wire headlines), where capitals say nothing. */
  readonly shouting: boolean;
  /** Indices of the tokens at which a statistic may start (`tokenize`'s `figures`). */
  readonly figures: readonly number[];
  /** Indices of the words that may start with a capital (`tokenize`'s `capitals`), in order. */
  readonly capitals: readonly number[];
  /** The words of the text (`countWords`), counted by `tokenize` for the article's counts. */
  readonly words: number;
  /**
   * The first token of the sentence `clauseEnds` was found for (-1 before any): the figures of a
   * sentence come one after another, and each would otherwise look for them again.
   */
  clauseSentence: number;
  /** The commas of that sentence that end a clause with an attribution (`isAttributedClauseEnd`). */
  clauseEnds: number[];
}

/** An attribution found for a quote or a figure. */
export interface Attribution {
  /** The resolved speaker, or null when the phrase could not be resolved. */
  readonly speaker: string | null;
  /** The cue as written ("said", "told BBC News", "according to"). */
  readonly cue: string | null;
  /** True when the cue is right next to the quote (`"…," he said`, `X said: "…"`). */
  readonly adjacent: boolean;
  /** Where the cue is, for ordering mentions. */
  readonly position: number;
}

/**
 * Tokenize a block and learn the names it mentions (people, roles, organisations).
 *
 * @param text The block's plain text.
 * @param quoted Ranges of the block that are inside quotations (marks included).
 * @param state The article state (names are registered in it).
 * @param earlier A view made of the same text before (the headline's, whose names are learnt
 *   before the body): its tokens are taken rather than made again.
 * @returns The view used by the attribution functions.
 */
export function createBlockView(
  text: string,
  quoted: readonly Range[],
  state: SpeakerState,
  earlier?: BlockView,
): BlockView {
  const view =
    earlier !== undefined && earlier.text === text
      ? viewOf(text, earlier.tokens, quoted, earlier.figures, earlier.capitals, earlier.words)
      : tokenizedView(text, quoted);
  if (!view.shouting) learnNames(view, state);
  return view;
}

/** A view of a text tokenized here. */
function tokenizedView(text: string, quoted: readonly Range[]): BlockView {
  // The tokenizer lists the words a statistic may start at, for findStatistics.
  const figures: number[] = [];
  const tally: WordTally = { words: 0 };
  const capitals: number[] = [];
  const tokens = tokenize(text, 0, text.length, figures, tally, capitals);
  return viewOf(text, tokens, quoted, figures, capitals, tally.words);
}

function viewOf(
  text: string,
  tokens: readonly Token[],
  quoted: readonly Range[],
  figures: readonly number[],
  capitals: readonly number[],
  words: number,
): BlockView {
  return {
    text,
    tokens,
    quoted: quotedMask(tokens, quoted),
    mentions: [],
    spoken: [],
    shouting: isShoutingText(text),
    figures,
    capitals,
    words,
    clauseSentence: -1,
    clauseEnds: [],
  };
}

/** Whether a text is upper case (more than 8 letters, none lower case). */
function isShoutingText(text: string): boolean {
  // A lower-case ASCII letter can never survive upper-casing: no need to collect the letters. It
  // is found by the same loop (most blocks have one among their first characters): `/[a-z]/`
  // cost a regular expression run per block.
  // What is left is all capitals when it is ASCII: count them rather than collect the letters
  // with a Unicode regular expression (1% of a parse, on tables and wire headlines).
  let capitals = 0;
  let ascii = true;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 97 && code <= 122) return false;
    if (code >= 128) ascii = false;
    else if (code >= 65 && code <= 90) capitals++;
  }
  return ascii ? capitals > 8 : isUpperCaseText(text);
}

function isUpperCaseText(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length > 8 && letters === letters.toUpperCase();
}

/**
 * Which tokens lie inside a quoted range (1) or not (0). The ranges (outermost quotes) are sorted
 * and disjoint, so one pass with two cursors does it; testing every token against every range is
 * quadratic on a paragraph of thousands of quotes. A typed array: most blocks quote nothing, and
 * a zeroed one is all they need.
 */
function quotedMask(tokens: readonly Token[], quoted: readonly Range[]): Uint8Array {
  if (quoted.length === 0) return unquotedMask(tokens.length);
  const mask = new Uint8Array(tokens.length);
  let disjoint = true;
  for (let index = 1; index < quoted.length; index++) {
    if ((quoted[index] as Range).start < (quoted[index - 1] as Range).end) disjoint = false;
  }
  let cursor = 0;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    if (!disjoint) {
      if (quoted.some((range) => token.start >= range.start && token.end <= range.end)) mask[index] = 1;
      continue;
    }
    while (cursor < quoted.length && (quoted[cursor] as Range).end < token.end) cursor++;
    const range = quoted[cursor];
    if (range !== undefined && token.start >= range.start && token.end <= range.end) mask[index] = 1;
  }
  return mask;
}

/**
 * A mask of at least `length` zeros, shared by the blocks that quote nothing (most of them) and
 * never written to: a typed array made per block cost 0.6% of a parse.
 */
function unquotedMask(length: number): Uint8Array {
  if (zeros.length < length) zeros = new Uint8Array(Math.max(length, zeros.length * 2));
  return zeros;
}

/** The zeros `unquotedMask` hands out; replaced by a longer one when a block needs it. */
let zeros = new Uint8Array(1024);

/**
 * Close a block: its last person and organisation become the article's latest.
 *
 * @param view The block.
 * @param state The article state.
 */
export function finishBlock(view: BlockView, state: SpeakerState): void {
  const { mentions, spoken } = view;
  let learnt = 0;
  let noted = 0;
  while (learnt < mentions.length || noted < spoken.length) {
    const fromLearnt =
      noted === spoken.length ||
      (learnt < mentions.length && (mentions[learnt] as Mention).position <= (spoken[noted] as Mention).position);
    const mention = (fromLearnt ? mentions[learnt++] : spoken[noted++]) as Mention;
    if (mention.kind === 'person') state.lastPerson = mention.name;
    else state.lastOrganisation = mention.name;
    if (mention.kind === 'person' && mention.speaker) state.lastSpeaker = { name: mention.name, block: state.block };
    if (mention.kind === 'organisation' && mention.speaker) {
      state.lastSpeakingOrganisation = { name: mention.name, block: state.block };
    }
  }
  state.block++;
}

/**
 * Record a speaker found for a quote so that later pronouns in the block can refer to it.
 *
 * @param view The block.
 * @param state The article state.
 * @param name The speaker.
 * @param position Where the attribution is.
 */
export function noteSpeaker(view: BlockView, state: SpeakerState, name: string, position: number): void {
  // `looksLikePersonName(name) || isPersonPhrase(name)`, from facts kept per name: they split and
  // tested the same names again for every sentence they spoke.
  const facts = nameFactsOf(name, state);
  if (facts.personPhrase === undefined) {
    facts.lower = facts.single ? name.toLowerCase() : undefined;
    facts.personPhrase = endsInPersonNoun(facts) && isPersonPhrase(name);
    facts.capital = /\p{Lu}/u.test(name);
  }
  const person =
    (facts.single ? state.people.get(facts.lower as string) !== undefined : facts.personShaped) || facts.personPhrase;
  // "the track predicted in last year's Budget": a lower-case phrase that is no person is no
  // organisation either, and must not become what "it" refers to.
  if (!person && !facts.capital) return;
  // Only a named person is known by a surname: an unnamed one ("the U.S. Officials", "a senior
  // banker") filed under "officials" became the fuller name of the next "U.S. Officials".
  if (facts.personShaped) registerFacts(facts, name, state);
  insertMention(view.spoken, { position, name, kind: person ? 'person' : 'organisation', speaker: true });
}

/**
 * Whether a name's last word is a source or role noun ("banker", "official"), from its facts:
 * `isPersonPhrase` needs this, and split the name again to find the word (1.6M of 896.6M
 * instructions in callgrind over a quarter of the corpus), so `noteSpeaker` asks it only when
 * this holds. Needs `facts.lower` set for a single word.
 */
function endsInPersonNoun(facts: NameFacts): boolean {
  const head = (facts.single ? facts.lower : facts.last) as string;
  return sourceNouns.has(head) || roleNouns.has(head);
}

/** The state-free facts about a name, worked out when the article first meets it. */
function nameFactsOf(name: string, state: SpeakerState): NameFacts {
  let facts = state.names.get(name);
  if (facts !== undefined) return facts;
  const parts = nameWords(name);
  const single = parts.length === 1;
  const last = parts[parts.length - 1] as string;
  // Its keys in `state.people` as a person, for a name of two words or more.
  const surname = single ? undefined : withoutApostropheS(last).toLowerCase();
  facts = {
    parts,
    single,
    personShaped: !single && looksLikePersonName(name, state, parts),
    last: single ? undefined : last.toLowerCase(),
    surname,
    mister: surname === undefined ? undefined : `mr ${surname}`,
    lower: undefined,
    personPhrase: undefined,
    capital: undefined,
  };
  state.names.set(name, facts);
  return facts;
}

/** Register a person of two words or more under its surname and "Mr" + surname (one word: nothing). */
function registerFacts(facts: NameFacts, name: string, state: SpeakerState): void {
  if (facts.surname === undefined) return;
  state.people.set(facts.surname, name);
  // "Mr Dixon" is "Geoff Dixon" too.
  state.people.set(facts.mister as string, name);
}

/**
 * Find who said a quote: a cue after it (`"…," X said`) or before it (`X said "…"`) in its
 * sentence.
 *
 * @param view The block.
 * @param sentence The sentence range the quote sits in.
 * @param open Index of the opening mark.
 * @param close Index of the closing mark, or -1 when the quote is unclosed.
 * @param state The article state.
 * @returns The attribution, or undefined when the sentence has none.
 */
export function attributeQuote(
  view: BlockView,
  sentence: Range,
  open: number,
  close: number,
  state: SpeakerState,
): Attribution | undefined {
  const { tokens } = view;
  const first = firstTokenAt(tokens, sentence.start);
  const openToken = firstTokenAt(tokens, open);
  const last = firstTokenAt(tokens, sentence.end);
  if (close >= 0) {
    const inner = view.text.slice(open + 1, close).trimEnd();
    const after = firstTokenAt(tokens, close + 1);
    const openEnded = /[,?!.…\-–—]$/.test(inner) || isBareAttribution(view, inner, after);
    const trailing = trailingAttribution(view, after, last, openEnded, state);
    if (trailing?.speaker) return trailing;
    // `"Who pays?" Jane Doe asked.`: the sentence split after the question mark, but a name
    // and a verb right after it still attribute the quote.
    if (/[?!]$/.test(inner) && after === last && isCapitalised(tokens[after]?.text ?? '')) {
      const next = trailingAttribution(view, after, Math.min(tokens.length, after + 6), true, state);
      if (next?.speaker) return next;
    }
    const leading = leadingAttribution(view, first, openToken, state);
    if (leading?.speaker) return leading;
    return framedAttribution(view, first, openToken, state) ?? trailing ?? leading;
  }
  const leading = leadingAttribution(view, first, openToken, state);
  if (leading?.speaker) return leading;
  return framedAttribution(view, first, openToken, state) ?? leading;
}

/**
 * Attribution shapes without a verb of saying before the quote, tried when no other cue names a
 * speaker (rare shapes, out of line as `invertedName` is):
 * - `As X put it, "…"`;
 * - `In the words of X, "…"`;
 * - `X was blunt: "…"`: a name, a copula and an adjective of manner, then a colon;
 * - `A statement from X read: "…"`: a document from someone, and "read".
 * Each gives a speaker only when it resolves to one.
 */
function framedAttribution(
  view: BlockView,
  first: number,
  openToken: number,
  state: SpeakerState,
): Attribution | undefined {
  const { tokens } = view;
  const mark = openToken - 1;
  if (mark - 2 < first || view.quoted[mark]) return undefined;
  const punctuation = (tokens[mark] as Token).text;
  if (punctuation === ',') return asPutIt(view, first, mark, state) ?? inTheWordsOf(view, first, mark, state);
  if (punctuation === ':') return mannerOfSaying(view, first, mark, state) ?? documentRead(view, first, mark, state);
  return undefined;
}

/** `As the economist Kate Barker put it, "…"`: the speaker between "as" and "put it". */
function asPutIt(view: BlockView, first: number, comma: number, state: SpeakerState): Attribution | undefined {
  const { tokens } = view;
  const put = comma - 2;
  if ((tokens[comma - 1] as Token).lower !== 'it' || !putVerbs.has((tokens[put] as Token).lower)) return undefined;
  for (let as = put - 2; as >= first && as >= put - 10; as--) {
    const token = tokens[as] as Token;
    if (!token.word || view.quoted[as]) return undefined;
    if (token.lower !== 'as') continue;
    const putToken = tokens[put] as Token;
    return framed(
      view,
      as + 1,
      put,
      putToken.start,
      view.text.slice(putToken.start, (tokens[comma - 1] as Token).end),
      state,
    );
  }
  return undefined;
}

/** `In the words of one resident, "…"`: the speaker after "the words of". */
function inTheWordsOf(view: BlockView, first: number, comma: number, state: SpeakerState): Attribution | undefined {
  const { tokens } = view;
  for (let of = comma - 2; of - 1 >= first && of >= comma - 10; of--) {
    const token = tokens[of] as Token;
    if (!token.word || view.quoted[of]) return undefined;
    if (token.lower !== 'of' || (tokens[of - 1] as Token).lower !== 'words') continue;
    // The cue as written: "In the words of", "in the words of".
    let start = of - 1;
    if (start - 1 >= first && (tokens[start - 1] as Token).lower === 'the') start--;
    if (start - 1 >= first && (tokens[start - 1] as Token).lower === 'in') start--;
    const cueStart = (tokens[start] as Token).start;
    return framed(view, of + 1, comma, cueStart, view.text.slice(cueStart, token.end), state);
  }
  return undefined;
}

/** `Mr Smith, who has lived there for 30 years, was blunt: "…"`: the subject of "was blunt". */
function mannerOfSaying(view: BlockView, first: number, colon: number, state: SpeakerState): Attribution | undefined {
  const { tokens } = view;
  const adjective = tokens[colon - 1] as Token;
  const copula = colon - 2;
  if (!mannerAdjectives.has(adjective.lower) || !copulas.has((tokens[copula] as Token).lower)) return undefined;
  const subject = subjectPhrase(view, first, copula);
  // A person: a name, a pronoun or a role ("The minister was blunt"), not "The result was clear".
  if (subject === undefined || !isPersonHead(tokens[subject.end - 1] as Token)) return undefined;
  const cueStart = (tokens[copula] as Token).start;
  return framed(view, subject.start, subject.end, cueStart, view.text.slice(cueStart, adjective.end), state);
}

/** Whether the last word of a subject makes it a person: a name, "he"/"she", a role or people. */
function isPersonHead(token: Token): boolean {
  if (isNameWord(token)) return true;
  const lower = token.lower;
  return (
    personPronouns.has(lower) ||
    lower === 'they' ||
    roleNouns.has(lower) ||
    sourceNouns.has(lower) ||
    isPeopleNoun(lower)
  );
}

/** `A statement from Downing Street read: "…"`: whose document it is. */
function documentRead(view: BlockView, first: number, colon: number, state: SpeakerState): Attribution | undefined {
  const { tokens } = view;
  const read = colon - 1;
  const verb = (tokens[read] as Token).lower;
  if (verb !== 'read' && verb !== 'reads') return undefined;
  const subject = subjectPhrase(view, first, read);
  if (subject === undefined || subject.start - 2 < first) return undefined;
  // "from", "by" or "of" before the name, and a document within three words before that
  // ("A statement from", "a letter signed by").
  const preposition = (tokens[subject.start - 1] as Token).lower;
  if (preposition !== 'from' && preposition !== 'by' && preposition !== 'of') return undefined;
  for (let index = subject.start - 2; index >= first && index >= subject.start - 4; index--) {
    if (!documentNouns.has((tokens[index] as Token).lower)) continue;
    let start = index;
    if (start - 1 >= first && isDeterminer(tokens[start - 1])) start--;
    const cueStart = (tokens[start] as Token).start;
    return framed(
      view,
      subject.start,
      subject.end,
      cueStart,
      view.text.slice(cueStart, (tokens[read] as Token).end),
      state,
    );
  }
  return undefined;
}

/** The attribution of a framed shape: the phrase `[start, end)` resolved, when it names someone. */
function framed(
  view: BlockView,
  start: number,
  end: number,
  position: number,
  cue: string,
  state: SpeakerState,
): Attribution | undefined {
  if (end <= start) return undefined;
  const speaker = resolvePhrase(view, start, end, position, state);
  if (speaker === null) return undefined;
  return { speaker, cue, adjacent: true, position };
}

/** "put it" in `As X put it`. */
const putVerbs = words('put puts');

/** Forms of "be" in `X was blunt:`. */
const copulas = words('was is were are');

/** Adjectives of manner that introduce speech after a copula and before a colon: `X was blunt:`. */
const mannerAdjectives = words(`
  blunt clear adamant unequivocal emphatic defiant candid frank direct firm forthright scathing succinct
  unapologetic unrepentant philosophical upbeat optimistic pessimistic gloomy cautious measured scornful
  dismissive furious angry bitter critical sceptical skeptical confident categorical explicit brief terse
  realistic honest straightforward
`);

/**
 * `"People are moving online faster than expected" said Lee Rainie`: a draft that leaves out
 * the comma inside the quote still attributes it when a cue verb (or a pronoun and one) comes
 * straight after the closing mark. Only for a quote of four words or more: a short quoted
 * phrase before a verb is usually a term being named (`the "reform" said nothing`), not speech.
 */
function isBareAttribution(view: BlockView, inner: string, after: number): boolean {
  const { tokens } = view;
  const next = tokenAt(tokens, after);
  if (next === undefined || !next.word || view.quoted[after]) return false;
  const verb = personPronouns.has(next.lower) || next.lower === 'they' ? tokenAt(tokens, after + 1) : next;
  if (verb === undefined || (verb.classes & wordClass.cueVerb) === 0) return false;
  let spaces = 0;
  for (let index = 0; index < inner.length && spaces < 3; index++) if (inner.charCodeAt(index) === 32) spaces++;
  return spaces >= 3;
}

/**
 * The index of the first token that starts at or after an offset.
 *
 * @param tokens Tokens in order.
 * @param offset A character offset.
 * @returns A token index (tokens.length when none).
 */
export function firstTokenAt(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((tokens[middle] as Token).start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Find who a figure at `index` is attributed to in its sentence: "according to X", "X said
 * (that) …" before it, or ", X said" after it.
 *
 * @param view The block.
 * @param sentence The sentence the figure is in.
 * @param index Where the figure starts.
 * @param state The article state.
 * @param owner Whom the sentence before attributed its news to, for a document this one cites.
 * @returns The source, or null.
 */
export function attributeFigure(
  view: BlockView,
  sentence: Range,
  index: number,
  state: SpeakerState,
  owner?: string,
): string | null {
  const source = figureSource(view, sentence, index, state);
  if (owner === undefined) return source;
  // "The company said …. The accounts also showed a deficit of 1.87 billion crowns": a document
  // with no owner of its own is the one the sentence before named (not two sentences back).
  if (source === null ? documentShows(view, sentence, index) : isBareDocument(source)) {
    return documentOwner(owner, state) ?? source;
  }
  return source;
}

/** `attributeFigure` without the owner of the sentence before. */
function figureSource(view: BlockView, sentence: Range, index: number, state: SpeakerState): string | null {
  const { tokens } = view;
  const at = firstTokenAt(tokens, index);
  // Only the tokens near the figure are searched: a sentence of thousands of figures would
  // otherwise be read in full for each of them (quadratic).
  const first = Math.max(firstTokenAt(tokens, sentence.start), at - attributionWindow);
  const last = Math.min(firstTokenAt(tokens, sentence.end), at + attributionWindow);
  if (!hasFlag(tokens, first, last, figureSourceFlags)) return null;
  // "Exports rose 5%, the ministry said, and imports fell 3%, according to the central bank.":
  // a clause that ends in an attribution is a sentence of its own for its figures. A clause
  // with none is not ("…, the report said, and 77% to a mobile network" is the report's too).
  const ends = attributedClauseEnds(view, sentence, state);
  let clauseFirst = first;
  let clauseLast = last;
  for (const end of ends) {
    if (end < first) continue;
    if (end >= last) break;
    if (end < at) clauseFirst = end + 1;
    else {
      clauseLast = end;
      break;
    }
  }
  if (clauseFirst === first && clauseLast === last) return sourceBetween(view, first, at, last, state);
  return sourceBetween(view, clauseFirst, at, clauseLast, state) ?? sourceBetween(view, first, at, last, state);
}

/** Who a figure at token `at` is attributed to by the tokens in `[first, last)`. */
function sourceBetween(view: BlockView, first: number, at: number, last: number, state: SpeakerState): string | null {
  const { tokens } = view;
  const according = findAccordingTo(view, first, last, state);
  if (according) return according.speaker;
  const leading = leadingAttribution(view, first, at, state, figureCues);
  // "ICI expects … 35 pct …, chairman Denys Henderson told analysts": who said so comes first.
  if (leading?.speaker && !isExpectation(leading.cue)) return leading.speaker;
  // ", Qantas said." — a cue after the figure, set off by a comma.
  for (let position = at; position < last; position++) {
    if (((tokens[position] as Token).classes & wordClass.comma) === 0 || view.quoted[position]) continue;
    const found = trailingAttribution(view, position, last, true, state, figureCues);
    if (found?.speaker) return found.speaker;
  }
  return leading?.speaker ?? null;
}

/** The commas of a sentence that end a clause with an attribution, cached on the view. */
function attributedClauseEnds(view: BlockView, sentence: Range, state: SpeakerState): number[] {
  const { tokens } = view;
  const first = firstTokenAt(tokens, sentence.start);
  if (view.clauseSentence === first) return view.clauseEnds;
  const last = firstTokenAt(tokens, sentence.end);
  const ends: number[] = [];
  for (let position = first; position < last; position++) {
    // The comma test first, in the loop: a call per token cost 0.6% of a parse.
    if (((tokens[position] as Token).classes & wordClass.comma) === 0) continue;
    if (isAttributedClauseEnd(view, first, position, state)) ends.push(position);
  }
  view.clauseSentence = first;
  view.clauseEnds = ends;
  return ends;
}

/**
 * Whether the comma at `comma` ends a clause with an attribution of its own and a new clause
 * starts after it: ", the ministry said, while Russia …", ", according to the bank, and …".
 * Hot only in sentences with a comma before one of `clauseJoiners`, which few have.
 */
function isAttributedClauseEnd(view: BlockView, first: number, comma: number, state: SpeakerState): boolean {
  const { tokens } = view;
  if (((tokens[comma] as Token).classes & wordClass.comma) === 0 || view.quoted[comma]) return false;
  if (!clauseJoiners.has(tokenAt(tokens, comma + 1)?.lower ?? '')) return false;
  // The attribution starts at a comma a few words back ("…, the kingdom's energy ministry said
  // in a statement,").
  for (let position = comma - 2; position >= first && position > comma - 16; position--) {
    if (((tokens[position] as Token).classes & wordClass.comma) === 0 || view.quoted[position]) continue;
    // Most clauses joined by ", and" hold no cue at all: no attribution to look for.
    if (!hasFlag(tokens, position + 1, comma, clauseCueFlags)) return false;
    return Boolean(trailingAttribution(view, position, comma, false, state, figureCues)?.speaker);
  }
  return false;
}

/** The classes of the words an attribution at the end of a clause needs one of. */
const clauseCueFlags = wordClass.cueVerb | wordClass.cueFigure | wordClass.cueAccording;

/** Words that start a new clause after a comma. */
const clauseJoiners = words('and but while whereas although though');

/**
 * The organisation a sentence's source is, for the document a next sentence cites: a name that
 * is no person's and no document's.
 *
 * @param speaker The sentence's source.
 * @param state The article state.
 * @returns The name, or undefined.
 */
function documentOwner(speaker: string, state: SpeakerState): string | undefined {
  if (looksLikePersonName(speaker, state) || !ownerName.test(speaker)) return undefined;
  return speaker;
}

/**
 * A name an owner may have: capitalised words, joined by "of", "and", "for" or "&", maybe after
 * "the" ("the Bank of Canada", "Gartner"); not "The company", "A Capel-Cure official" or
 * "Congressionally-mandated".
 */
const ownerName =
  /^(?:[Tt]he )?\p{Lu}[\p{L}\d.'’&]*(?:-\p{Lu}[\p{L}\d.'’&]*)*(?: (?:(?:of|and|for|the|de|&) )*\p{Lu}[\p{L}\d.'’&]*(?:-\p{Lu}[\p{L}\d.'’&]*)*)*$/u;

/** Whether a source is a document without an owner: "the report", "The accounts". */
function isBareDocument(source: string): boolean {
  const space = source.indexOf(' ');
  if (space < 0 || source.indexOf(' ', space + 1) >= 0) return false;
  const first = source.slice(0, space);
  return (first === 'the' || first === 'The') && ownerlessDocuments.has(source.slice(space + 1));
}

/** Documents that a sentence may cite without naming whose they are. */
const ownerlessDocuments = words(
  'report statement accounts survey study figures data statistics results document filing review',
);

/**
 * Whether the sentence opens with "The <document>" and one of `showingCues` shortly after it,
 * before the figure at `index`: "The accounts also showed a deficit of …".
 */
function documentShows(view: BlockView, sentence: Range, index: number): boolean {
  const { tokens } = view;
  const first = firstTokenAt(tokens, sentence.start);
  const at = firstTokenAt(tokens, index);
  const the = tokens[first];
  const noun = tokens[first + 1];
  if (the?.lower !== 'the' || noun === undefined || !ownerlessDocuments.has(noun.lower)) return false;
  for (let position = first + 2; position < at && position < first + 5; position++) {
    const lower = (tokens[position] as Token).lower;
    if (showingCues.has(lower)) return true;
    if (!adverbs.has(lower) && !auxiliaries.has(lower)) return false;
  }
  return false;
}

/** Verbs of a document stating a figure. */
const showingCues = words('showed shows show said says found forecast forecasts estimated put');

/** Whether a cue ("expects", "has forecast") is one of expectation or finding (`namedSubjectCues`). */
function isExpectation(cue: string | null): boolean {
  if (cue === null) return false;
  return namedSubjectCues.has(cue.slice(cue.lastIndexOf(' ') + 1).toLowerCase());
}

/**
 * Who a sentence attributes its news to, for a lead paragraph: "according to X" or the
 * speaker of its first cue verb.
 *
 * @param view The block.
 * @param sentence The sentence.
 * @param state The article state.
 * @returns The source, or undefined.
 */
export function sentenceSource(view: BlockView, sentence: Range, state: SpeakerState): Attribution | undefined {
  const { tokens } = view;
  const first = firstTokenAt(tokens, sentence.start);
  const last = firstTokenAt(tokens, sentence.end);
  if (!hasFlag(tokens, first, last, sentenceSourceFlags)) return undefined;
  const according = findAccordingTo(view, first, last, state);
  if (according) return according;
  for (let position = first; position < last; position++) {
    if (((tokens[position] as Token).classes & wordClass.comma) === 0 || view.quoted[position]) continue;
    const found = trailingAttribution(view, position, last, true, state);
    if (found?.speaker) return found;
  }
  return leadingAttribution(view, first, last, state);
}

/**
 * Whether a token in `[first, last)` has one of the flags of `mask`. Every attribution shape
 * needs a cue word ("said", "according", "as saying", "adding") inside the range searched, and
 * most sentences have none: this one read of the tokens' classes lets them skip the searches
 * (trailing attributions tried at every comma, and the walk back from the sentence end).
 */
function hasFlag(tokens: readonly Token[], first: number, last: number, mask: number): boolean {
  for (let position = first; position < last; position++) {
    if (((tokens[position] as Token).classes & mask) !== 0) return true;
  }
  return false;
}

/**
 * The speaker an unattributed direct quote inherits: the latest attribution in this block or
 * the one before it (quotes that follow an attributed one are the same speaker's).
 *
 * @param state The article state.
 * @returns The inherited speaker, or undefined.
 */
export function inheritedSpeaker(state: SpeakerState): { speaker: string; cue: string | null } | undefined {
  const last = state.lastAttribution;
  if (!last || state.block - last.block > 1) return undefined;
  return { speaker: last.speaker, cue: last.cue };
}

/**
 * Whether the text from `from` to `to` (a quote's sentence, up to its opening mark) has a person
 * other than `speaker` as its subject: `Mr Smith shook his head: "…"` is no more words of the
 * speaker before, whom an unattributed quote would otherwise inherit.
 *
 * @param view The block.
 * @param from Where the sentence starts.
 * @param to Where the quote opens.
 * @param speaker The speaker the quote would inherit.
 * @returns True when another person is the subject.
 */
export function namesOtherSubject(view: BlockView, from: number, to: number, speaker: string): boolean {
  const { mentions } = view;
  for (let index = countBefore(mentions, from); index < mentions.length; index++) {
    const mention = mentions[index] as Mention;
    if (mention.position >= to) break;
    if (mention.kind === 'person' && mention.speaker === true && mention.name !== speaker) return true;
  }
  return false;
}

/**
 * Remember an attribution for later unattributed quotes.
 *
 * @param state The article state.
 * @param speaker The speaker.
 * @param cue The cue.
 */
export function rememberAttribution(state: SpeakerState, speaker: string, cue: string | null): void {
  state.lastAttribution = { speaker, cue, block: state.block };
}

// ---------------------------------------------------------------------------------------------
// Attribution shapes

function trailingAttribution(
  view: BlockView,
  from: number,
  to: number,
  openEnded: boolean,
  state: SpeakerState,
  verbs: ReadonlySet<string> = cueVerbs,
): Attribution | undefined {
  const { tokens } = view;
  let index = from;
  const lead = tokens[index];
  if (!lead) return undefined;
  // After the quote: a comma or dash (`"…", he said`), or words straight after a quote that
  // ends in punctuation (`"…," he said`, `"significant." he said`).
  if (lead.text === ',' || lead.text === '—' || lead.text === '–' || lead.text === '-') index++;
  else if (!openEnded) return undefined;
  // `"…," and, according to Reuters, once told …` starts a new clause, not an attribution.
  if (clauseOpeners.has(tokenAt(tokens, index)?.lower ?? '')) return undefined;
  const start = tokenAt(tokens, index);
  if (!start?.word) return undefined;
  const startLower = start.lower;

  // ", according to X"
  if (startLower === 'according' && tokenAt(tokens, index + 1)?.lower === 'to') {
    return accordingFrom(view, index, to, state);
  }

  // Inverted: "said Mr Irish", "added the company".
  let verbIndex = index;
  if (adverbs.has(startLower)) verbIndex++;
  const verb = tokens[verbIndex];
  // Not "told": what follows it is who was told (", D-Calif., told reporters"), never the speaker.
  // Nor a data cue: in "6,000 companies, showing their latest products" no one shows a figure.
  if (
    verb &&
    isTrailingCue(view, verbIndex, verbs) &&
    !quotingVerbs.has(verb.lower) &&
    !isToldText(verb.lower) &&
    !dataCues.has(verb.lower)
  ) {
    const end = phraseEnd(view, verbIndex + 1, to, inversionStops);
    if (end > verbIndex + 1) {
      const speaker = resolvePhrase(view, verbIndex + 1, end, verb.start, state);
      return { speaker, cue: verb.text, adjacent: true, position: verb.start };
    }
  }

  // Subject first: "he said", "Fathi Bin Shatwan, Libya's oil minister, told Reuters".
  // 16 tokens; `subjectLimit` may allow more, asked only when the search gets that far (most
  // searches end at the first word that is no name).
  const shortLimit = Math.min(to, index + 16);
  let limit = shortLimit;
  for (let position = index; position < limit; position++) {
    if (position === shortLimit - 1) limit = subjectLimit(view, index, to);
    const token = tokens[position] as Token;
    if (view.quoted[position]) return undefined;
    if (!token.word) {
      if (token.text === '.' && isInitial(tokenAt(tokens, position - 1))) continue;
      if (token.text === ',' || token.text === '&' || token.text === '’' || token.text === "'") continue;
      // "Rep. Nancy Pelosi, D-Calif., told": the full stop of an abbreviation before a comma.
      if (token.text === '.' && isComma(tokenAt(tokens, position + 1))) continue;
      // "Jeff Joseph, from the Consumer Electronics Association (CEA) told …"
      if (token.text === '(') {
        while (position < limit && (tokens[position] as Token).text !== ')') position++;
        continue;
      }
      return undefined;
    }
    const lower = token.lower;
    // "a local councillor, who asked not to be named, told the BBC": the relative clause is
    // read over, its verb ("asked") is not the cue.
    if (lower === 'who' && isComma(tokenAt(tokens, position - 1))) {
      position = relativeClauseEnd(view, position, limit);
      continue;
    }
    if (
      !isTrailingCue(view, position, verbs) ||
      (nounLikeCues.has(lower) && !actsAsVerb(tokenAt(tokens, position - 1)))
    ) {
      if (position > index && (lower === 'that' || lower === 'which' || lower === 'because')) return undefined;
      continue;
    }
    if (position === index) return undefined;
    // "figures showing that …" names a source only before the figure (`leadingAttribution`).
    if (lower === 'showing') continue;
    if (
      verbs === figureCues &&
      newFigureCues.has(lower) &&
      !isClauseFinalFinding(tokens, position) &&
      !isFigureCueHere(view, index, position)
    ) {
      return undefined;
    }
    const subject = firstSegment(view, index, position) ?? subjectPhrase(view, index, position);
    if (!subject || isPassive(view, subject.auxiliary, position)) return undefined;
    const cue = cueText(view, position, subject.auxiliary);
    if (quotingVerbs.has(lower)) {
      const object = quotedObject(view, position, to, state);
      if (object) return { speaker: object.speaker, cue: object.cue, adjacent: true, position: token.start };
    }
    const speaker = resolvePhrase(view, subject.start, subject.end, token.start, state);
    const told = lower === 'told' || lower === 'tells' ? toldObject(view, position + 1, to) : undefined;
    const cueWords = told === undefined ? cue.text : view.text.slice(cue.start, (tokens[told - 1] as Token).end);
    return { speaker, cue: cueWords, adjacent: true, position: token.start };
  }
  return undefined;
}

/**
 * How far the subject-first search after a quote reads: 16 tokens, or 20 after a name of two
 * words or more and a comma, whose description may be long ("Jeff Ravencraft, technology
 * strategist at Intel and chairman of the Wireless USB Promoter Group, told …"). Reading 20
 * after anything else found cue verbs of other clauses.
 */
function subjectLimit(view: BlockView, index: number, to: number): number {
  const { tokens } = view;
  let position = index;
  while (position < to && position < index + 6) {
    const token = tokens[position] as Token;
    if (!isNameWord(token) && token.text !== '.') break;
    position++;
  }
  // `tokenAt`: the run may end at the last token, and reading past it deoptimised the caller.
  const appositive = position > index + 1 && isComma(tokenAt(tokens, position));
  return Math.min(to, index + (appositive ? 20 : 16));
}

function isToldText(lower: string): boolean {
  return lower === 'told' || lower === 'tells';
}

/**
 * The comma that closes a relative clause opened at `who` (", who asked not to be named,") when
 * a cue comes right after it; else `who` itself, and the search goes on as before. Out of line:
 * the shape is rare (see `invertedName`).
 */
function relativeClauseEnd(view: BlockView, who: number, limit: number): number {
  const { tokens } = view;
  for (let position = who + 1; position < limit; position++) {
    if (view.quoted[position]) return who;
    if (!isComma(tokens[position])) continue;
    // Only a clause the cue follows: in "Chen Shibiao, who said that …" the cue is inside it.
    const next = tokenAt(tokens, position + 1);
    return next !== undefined && (next.classes & (wordClass.cueVerb | wordClass.cueFigure)) !== 0 ? position : who;
  }
  return who;
}

function leadingAttribution(
  view: BlockView,
  first: number,
  openToken: number,
  state: SpeakerState,
  verbs: ReadonlySet<string> = cueVerbs,
): Attribution | undefined {
  const { tokens } = view;
  // A cue is looked for within `attributionWindow` tokens of the quote: reading back to the
  // sentence start for each quote is quadratic in a sentence of thousands of quotes.
  const floor = Math.max(first, openToken - attributionWindow);
  // Which words can stop the search below, from the tokens' classes: every other word falls
  // through to `!verbs.has(lower)`.
  const mask = openToken <= tokens.length ? cueMask(verbs) : 0;
  for (let position = openToken - 1; position >= floor; position--) {
    if (mask !== 0 && ((tokens[position] as Token).classes & mask) === 0) continue;
    if (view.quoted[position]) continue;
    const token = tokens[position] as Token;
    if (!token.word) continue;
    const lower = token.lower;
    const previous = tokenAt(tokens, position - 1);
    if (lower === 'to' && previous?.lower === 'according') {
      return accordingFrom(view, position - 1, openToken, state);
    }
    if (lower === 'saying' && previous?.lower === 'as') {
      const quoting = findQuotingVerb(view, position - 2, Math.max(first, position - 8));
      if (quoting >= 0) return quotingAttribution(view, first, quoting, position, openToken, state);
    }
    if (participles.has(lower)) {
      if (verbs !== cueVerbs) continue;
      const main = leadingAttribution(view, first, position, state);
      // Spelt out rather than spread: a spread object got a map of its own (`wrong map`).
      if (main) {
        return {
          speaker: main.speaker,
          cue: token.text,
          adjacent: isAdjacent(view, position + 1, openToken),
          position: main.position,
        };
      }
      const subject = clauseSubject(view, first, position);
      if (subject !== undefined) return participleSubject(view, subject, position, openToken, state);
      continue;
    }
    if (!verbs.has(lower) || trailingOnlyVerbs.has(lower)) continue;
    if (isPostedWithoutPlatform(tokens, position)) continue;
    // "its passenger number forecast", "analysts' estimates": nouns, not verbs.
    if (nounLikeCues.has(lower) && !actsAsVerb(tokenAt(tokens, position - 1))) continue;
    if (verbs === figureCues && newFigureCues.has(lower) && !isFigureCueHere(view, first, position)) continue;
    // "Daiwa added 5.3%", "Africa added three seismic crews": a gain, not a word said.
    if (verbs === figureCues && (lower === 'added' || lower === 'adds') && addsQuantity(tokens, position + 1)) continue;
    if (quotingVerbs.has(lower)) {
      const object = quotedObject(view, position, openToken, state);
      if (object) return { speaker: object.speaker, cue: object.cue, adjacent: false, position: token.start };
    }
    const inverted = invertedSpeaker(view, first, position, openToken, state);
    if (inverted) return inverted;
    const antecedent =
      relativeCues.has(lower) && isRelativeSubject(view, first, position)
        ? relativeAntecedent(view, first, position)
        : undefined;
    if (antecedent !== undefined) {
      // "Striking Brazilian seamen, who say …": people named by what they are, as written.
      const people = !isCapitalised((tokens[antecedent.end - 1] as Token).text);
      return {
        speaker: people
          ? textOf(view, antecedent.start, antecedent.end)
          : resolvePhrase(view, antecedent.start, antecedent.end, token.start, state),
        cue: token.text,
        adjacent: isAdjacent(view, position + 1, openToken),
        position: token.start,
      };
    }
    const subject = subjectPhrase(view, first, position);
    if (!subject || isPassive(view, subject.auxiliary, position)) continue;
    const cue = cueText(view, position, subject.auxiliary);
    const told = lower === 'told' || lower === 'tells' ? toldObject(view, position + 1, openToken) : undefined;
    const speaker = resolvePhrase(view, subject.start, subject.end, token.start, state);
    const cueEnd = told ?? position + 1;
    return {
      speaker,
      cue: told === undefined ? cue.text : view.text.slice(cue.start, (tokens[told - 1] as Token).end),
      adjacent: isAdjacent(view, cueEnd, openToken),
      position: token.start,
    };
  }
  return undefined;
}

/**
 * The cues a relative clause's "which" or "who" may have: saying and reporting ("Iraq, which
 * said …"), not "the Act, which calls for …".
 */
const relativeCues = words('said says say told tells reported reports estimated estimates announced predicted stated');

/** Whether the verb at `verb` has ", which" or ", who" right before it. */
function isRelativeSubject(view: BlockView, first: number, verb: number): boolean {
  const { tokens } = view;
  if (verb - 2 <= first) return false;
  const pronoun = (tokens[verb - 1] as Token).lower;
  return (pronoun === 'which' || pronoun === 'who') && isComma(tokens[verb - 2]);
}

/**
 * The name a relative clause's "which" or "who" stands for: "… F.W. Woolworth Co, once known
 * as a five and dime store chain, which said its income rose 21 pct" → F.W. Woolworth Co. The
 * phrase before the comma, or the one before an appositive between commas; a name or people
 * ("analysts, who said"), else undefined. Out of line: relative clauses before a cue are rare.
 */
function relativeAntecedent(view: BlockView, first: number, verb: number): Range | undefined {
  const { tokens } = view;
  let comma = verb - 2;
  for (let tries = 0; tries < 2 && comma > first; tries++) {
    const start = walkBack(view, first, comma);
    if (
      start < comma &&
      (capitalisedRuns(view, start, comma).length > 0 || isPeopleNoun((tokens[comma - 1] as Token).lower))
    ) {
      return { start, end: comma };
    }
    // An appositive ("once known as a … chain") between the name and the clause: the comma before it.
    let before = start - 1;
    while (before > first && before > comma - 16 && !isComma(tokens[before])) before--;
    if (before <= first || !isComma(tokens[before])) return undefined;
    comma = before;
  }
  return undefined;
}

/**
 * `The mayor hit back, saying: "…"`: a participle after a comma whose main verb is no cue
 * ("hit back", "spoke at length") still says who speaks: the subject that opens the sentence.
 * Only clear subjects are taken: a name, a pronoun, or a determiner and at most three words
 * ending in a role or source noun ("The new mayor", "a senior official"); anything else keeps
 * the quote unattributed, as before. Returns the subject's token range.
 */
function clauseSubject(view: BlockView, first: number, participle: number): Range | undefined {
  const { tokens } = view;
  if (!isComma(tokenAt(tokens, participle - 1)) || participle - first < 3) return undefined;
  const head = tokens[first] as Token;
  if (!head.word || view.quoted[first]) return undefined;
  if (head.lower === 'he' || head.lower === 'she' || head.lower === 'they') return { start: first, end: first + 1 };
  if (determiners.has(head.lower)) {
    for (let end = first + 2; end <= Math.min(first + 4, participle - 1); end++) {
      const noun = tokens[end - 1] as Token;
      if (!noun.word) return undefined;
      if (roleNouns.has(noun.lower) || sourceNouns.has(noun.lower)) return { start: first, end };
    }
    return undefined;
  }
  const run = capitalisedRuns(view, first, participle - 1)[0];
  if (run === undefined || run.start !== first || run.possessive || capitalStops.has(head.text)) return undefined;
  // The name must be the whole subject, with its verb after it ("Vivendi has rejected"): not a
  // dateline ("NEW YORK, March 12 - …") nor the first word of a longer noun phrase ("Central
  // bank president Wim Duisenberg").
  const verb = tokenAt(tokens, run.end);
  if (verb === undefined || !verb.word || verb.text !== verb.lower) return undefined;
  if (organisationNouns.has(verb.lower) || roleNouns.has(verb.lower) || sourceNouns.has(verb.lower)) return undefined;
  return { start: run.start, end: run.end };
}

/** The attribution `clauseSubject` gives: out of line, as the shape is rare (see `invertedName`). */
function participleSubject(
  view: BlockView,
  subject: Range,
  participle: number,
  openToken: number,
  state: SpeakerState,
): Attribution | undefined {
  const token = view.tokens[participle] as Token;
  const speaker = resolvePhrase(view, subject.start, subject.end, token.start, state);
  if (speaker === null) return undefined;
  return { speaker, cue: token.text, adjacent: isAdjacent(view, participle + 1, openToken), position: token.start };
}

/**
 * "the government, suggests Mr Davies, could act as …": the speaker follows the verb. A function
 * of its own: this shape is rare, and while its code sat inside `leadingAttribution` V8 threw
 * away that function's optimised code each time the shape first turned up ("not a String",
 * "Insufficient type feedback").
 */
function invertedSpeaker(
  view: BlockView,
  first: number,
  verb: number,
  openToken: number,
  state: SpeakerState,
): Attribution | undefined {
  const { tokens } = view;
  // `isComma` rather than `tokenAt(…)?.text === ','`: an undefined compared where only strings
  // had been was another deoptimisation ("not a String").
  if (!(isComma(tokenAt(tokens, verb - 1)) || verb === first)) return undefined;
  // `nameStart` once: the third `verb + 1` ran only when a comma closed the phrase, and V8 had no
  // type feedback for it the first time ("Insufficient type feedback for binary operation").
  const nameStart = verb + 1;
  const end = phraseEnd(view, nameStart, openToken, inversionStops);
  if (end > nameStart && isComma(tokenAt(tokens, end))) return invertedName(view, verb, nameStart, end, state);
  // `Said Mr Bysshe: "…"`: at the start of the sentence, a colon closes the name too.
  if (end > nameStart && verb === first && textIs(tokens[end], ':'))
    return invertedName(view, verb, nameStart, end, state);
  return undefined;
}

/**
 * The rest of `invertedSpeaker`, once a comma closes the phrase after the verb: whether it is a
 * name, and whose. A function of its own because it runs so rarely: V8 inlines invertedSpeaker
 * into leadingAttribution, and each of these steps, inline, threw leadingAttribution's code away
 * the first time a text reached it; out of line, only the first call does.
 */
function invertedName(
  view: BlockView,
  verb: number,
  nameStart: number,
  end: number,
  state: SpeakerState,
): Attribution | undefined {
  if (!isWholeName(view, nameStart, end)) return undefined;
  const token = view.tokens[verb] as Token;
  const speaker = resolvePhrase(view, nameStart, end, token.start, state);
  return { speaker, cue: token.text, adjacent: false, position: token.start };
}

function isComma(token: Token | undefined): boolean {
  return token !== undefined && token.text === ',';
}

/** Words after a quote that open a new clause rather than an attribution (any case). */
const clauseOpeners = words(`
  and but or while because so as although though if when after before since which who with without in on for
  from to by at
`);

/** The cue flags any attribution `sentenceSource` can find needs in its sentence. */
const sentenceSourceFlags =
  wordClass.cueStop | wordClass.cueParticiple | wordClass.cueVerb | wordClass.cueTrailingOnly | wordClass.cueAccording;

/** The cue flags any source `attributeFigure` can find needs near the figure. */
const figureSourceFlags = wordClass.cueStop | wordClass.cueParticiple | wordClass.cueFigure | wordClass.cueAccording;

// The cue lists' words get their flags as word classes, looked up once per token by `tokenize`.
addWordClass(['to', 'saying'], wordClass.cueStop);
addWordClass(participles, wordClass.cueParticiple);
addWordClass(cueVerbs, wordClass.cueVerb);
addWordClass(figureCues, wordClass.cueFigure);
addWordClass(trailingOnlyVerbs, wordClass.cueTrailingOnly);
addWordClass(['according'], wordClass.cueAccording);

/** The flags a word needs for `leadingAttribution` to look at it with these verbs; 0 for any set. */
function cueMask(verbs: ReadonlySet<string>): number {
  if (verbs === cueVerbs) return wordClass.cueStop | wordClass.cueParticiple | wordClass.cueVerb;
  if (verbs === figureCues) return wordClass.cueStop | wordClass.cueParticiple | wordClass.cueFigure;
  return 0;
}

/** How many tokens before a quote or figure its leading attribution may start. */
const attributionWindow = 120;

/** `X cited reports as saying that "…"`, `with Mr Dixon quoted as saying that …`. */
function quotingAttribution(
  view: BlockView,
  first: number,
  verb: number,
  saying: number,
  openToken: number,
  state: SpeakerState,
): Attribution {
  const { tokens } = view;
  const verbToken = tokens[verb] as Token;
  const sayingToken = tokens[saying] as Token;
  const objectStart = verb + 1;
  const objectEnd = saying - 1;
  const adjacent = isAdjacent(view, saying + 1, openToken);
  // "X was quoted in the paper as saying": passive, the subject is the speaker.
  const passive = /^(?:was|were|is|are|been|being|be)$/i.test(tokens[verb - 1]?.text ?? '');
  const preposition = /^(?:in|by|on|at)$/i.test(tokens[objectStart]?.text ?? '');
  if (passive || preposition) {
    const subject = subjectPhrase(view, first, verb);
    const speaker = subject ? resolvePhrase(view, subject.start, subject.end, verbToken.start, state) : null;
    return { speaker, cue: `${verbToken.text} as saying`, adjacent, position: verbToken.start };
  }
  if (objectEnd > objectStart && namesSpeaker(view, objectStart, objectEnd)) {
    const speaker = resolvePhrase(view, objectStart, objectEnd, verbToken.start, state);
    return { speaker, cue: `${verbToken.text} as saying`, adjacent, position: verbToken.start };
  }
  const subject = subjectPhrase(view, first, verb);
  const speaker = subject ? resolvePhrase(view, subject.start, subject.end, verbToken.start, state) : null;
  return { speaker, cue: view.text.slice(verbToken.start, sayingToken.end), adjacent, position: verbToken.start };
}

/** The speaker in the object of "quoted"/"quotes": "quoted Mr Chernin as saying". */
function quotedObject(
  view: BlockView,
  verb: number,
  to: number,
  state: SpeakerState,
): { speaker: string | null; cue: string } | undefined {
  const { tokens } = view;
  const verbToken = tokens[verb] as Token;
  // "was quoted in today's Gazeta Mercantil as saying": the paper is not the speaker.
  if (/^(?:was|were|is|are|been|being|be)$/i.test(tokens[verb - 1]?.text ?? '')) return undefined;
  if (/^(?:in|by|on|at)$/i.test(tokens[verb + 1]?.text ?? '')) return undefined;
  let end = verb + 1;
  while (end < to && end - verb < 12) {
    const token = tokens[end] as Token;
    if (view.quoted[end] || token.text === ',' || token.text === '.' || token.text === ';' || token.text === ':') break;
    if (isAsSaying(tokens, end)) break;
    end++;
  }
  const saying = tokens[end]?.lower === 'as' || followsAsSaying(tokens, end, to);
  // The 12-token reach may stop inside brackets: "quoted a spokesman for the China National
  // Offshore Oil Corp (CNOOC) as saying" names the spokesman without a half-open "(CNOOC".
  end = beforeOpenBracket(tokens, verb + 1, end);
  if (end <= verb + 1 || !namesSpeaker(view, verb + 1, end)) return undefined;
  const speaker = resolvePhrase(view, verb + 1, end, verbToken.start, state);
  return { speaker, cue: saying ? `${verbToken.text} as saying` : verbToken.text };
}

/** Whether "as saying" comes within a few tokens of `from`, after a bracket the reach stopped in. */
function followsAsSaying(tokens: readonly Token[], from: number, to: number): boolean {
  for (let index = from; index < to && index < from + 4; index++) {
    if (isAsSaying(tokens, index)) return true;
  }
  return false;
}

/** Whether "as saying" starts at `index` ("quoted Mr X as saying"). */
function isAsSaying(tokens: readonly Token[], index: number): boolean {
  return (tokens[index] as Token).lower === 'as' && tokens[index + 1]?.lower === 'saying';
}

/** `end`, or where a bracket opened in `start`–`end` and not closed there opens. */
function beforeOpenBracket(tokens: readonly Token[], start: number, end: number): number {
  let open = -1;
  for (let index = start; index < end; index++) {
    const text = (tokens[index] as Token).text;
    if (text === '(') open = index;
    else if (text === ')') open = -1;
  }
  return open < 0 ? end : open;
}

/** Whether a phrase names a speaker: a capitalised name or "a source close to …". */
function namesSpeaker(view: BlockView, start: number, end: number): boolean {
  const first = view.tokens[start];
  if (!first) return false;
  if (capitalisedRuns(view, start, end).some((run) => !run.possessive)) return true;
  const lower = first.lower;
  // "a source close to the firm", "a union source", "several lawmakers": people, not "reports".
  const head = (view.tokens[end - 1] as Token).lower;
  const second = view.tokens[start + 1]?.lower ?? '';
  if ((lower === 'a' || lower === 'an' || lower === 'one') && (sourceNouns.has(second) || sourceNouns.has(head))) {
    return true;
  }
  return isPeopleNoun(head);
}

/** Whether a lower-case noun names people as sources: "analysts", "officials", "sources". */
function namesPeople(lower: string): boolean {
  return isPeopleNoun(lower) || sourceNouns.has(lower);
}

/** Plural nouns for people: "analysts", "organisers", "researchers", "economists". */
function isPeopleNoun(word: string): boolean {
  // "-ents" names people ("residents", "agents"), but not after "-m" ("investments", "payments").
  return peopleNouns.has(word) || /^[a-z]{3,}(?:ers|ors|ists|ians|ants|[^m]ents)$/.test(word);
}

function findQuotingVerb(view: BlockView, from: number, floor: number): number {
  for (let position = from; position >= floor; position--) {
    const token = view.tokens[position];
    if (!token || view.quoted[position]) return -1;
    const lower = token.lower;
    if (asSayingVerbs.has(lower)) {
      // "cited reports as saying": "reports" is the object; the verb is further back.
      if (lower.startsWith('report')) {
        const earlier = findQuotingVerb(view, position - 1, floor);
        if (earlier >= 0 && quotingVerbs.has((view.tokens[earlier] as Token).lower)) return earlier;
      }
      return position;
    }
    if (!token.word && token.text !== '.') return -1;
  }
  return -1;
}

/** "according to X" anywhere in a sentence. */
function findAccordingTo(view: BlockView, first: number, last: number, state: SpeakerState): Attribution | undefined {
  const { tokens } = view;
  for (let position = first; position < last - 1; position++) {
    if (((tokens[position] as Token).classes & wordClass.cueAccording) === 0 || view.quoted[position]) continue;
    if ((tokens[position + 1] as Token).lower !== 'to') continue;
    return accordingFrom(view, position, last, state);
  }
  return undefined;
}

function accordingFrom(view: BlockView, according: number, to: number, state: SpeakerState): Attribution | undefined {
  const { tokens } = view;
  const start = according + 2;
  let end = start;
  while (end < to && end - start < 14) {
    const token = tokens[end] as Token;
    if (view.quoted[end]) break;
    if (
      !token.word &&
      token.text !== '&' &&
      token.text !== '’' &&
      !(token.text === '.' && isInitial(tokens[end - 1]))
    ) {
      break;
    }
    const lower = token.lower;
    if (end > start && (lower === 'which' || lower === 'who' || lower === 'that' || cueVerbs.has(lower))) break;
    // "According to blog analysis firm Technorati the number of blogs …": a name ends before "the";
    // "according to Carolina Milanesi is …": and before a verb.
    if (end > start && (lower === 'the' || lower === 'a') && isCapitalised((tokens[end - 1] as Token).text)) break;
    if (end > start && token.text === lower && clauseVerbs.has(lower)) break;
    // "According to the Pensions Commission's report 12 million working people are …": a figure
    // after two words or more starts the clause ("according to the 2004 census" keeps its year,
    // and a name its number: "Il Sole 24 Ore").
    if (end - start >= 2 && isDigitCode(token.text.charCodeAt(0)) && !isNameWord(tokens[end - 1] as Token)) break;
    end++;
  }
  if (end === start) return undefined;
  // "a statement conveyed through the X channel" → the X channel.
  let from = start;
  const firstWord = (tokens[start] as Token).text;
  if (!isCapitalised(firstWord)) {
    for (let position = start + 1; position < end - 1; position++) {
      const lower = (tokens[position] as Token).lower;
      if (lower !== 'through' && lower !== 'by' && lower !== 'from' && lower !== 'via' && lower !== 'of') continue;
      // "the Bank of England", "the Insurance Council of Texas": "of" inside a name joins it.
      if (isNameWord(tokens[position - 1] as Token)) break;
      if (capitalisedRuns(view, position + 1, end).length > 0) {
        from = position + 1;
        break;
      }
    }
  }
  const according0 = tokens[according] as Token;
  const speaker = resolvePhrase(view, from, end, according0.start, state);
  return { speaker, cue: 'according to', adjacent: false, position: according0.start };
}

/**
 * After a quote the subject comes first: in `"…," Buchheit, a partner with Cleary, Gottlieb,
 * Steen and Hamilton, told …` the speaker is the name before the first comma.
 */
function firstSegment(
  view: BlockView,
  start: number,
  verb: number,
): { start: number; end: number; auxiliary: number } | undefined {
  const { tokens } = view;
  let comma = start;
  while (comma < verb && (tokens[comma] as Token).text !== ',') comma++;
  if (comma >= verb || comma === start) return undefined;
  const head = tokens[start] as Token;
  if (isWholeName(view, start, comma) || (comma === start + 1 && isPronoun(head))) {
    return { start, end: comma, auxiliary: verb };
  }
  // "Kirsten Pfeifer from the Consumer Electronics Association, told …"
  const run = capitalisedRuns(view, start, comma)[0];
  const runEnd = run === undefined ? -1 : run.end;
  const after = tokenAt(tokens, runEnd)?.text ?? '';
  if (run?.start === start && /^(?:from|of|at|with|for)$/.test(after)) return personFirst(view, start, runEnd, verb);
  return undefined;
}

/**
 * The subject "Kirsten Pfeifer" of "Kirsten Pfeifer from the … Association, told …", when the
 * run is shaped like a person's name. Out of line, as `invertedName` is, because this shape is
 * rare: inline (in trailingAttribution), its steps threw that function's code away one by one.
 */
function personFirst(
  view: BlockView,
  start: number,
  end: number,
  verb: number,
): { start: number; end: number; auxiliary: number } | undefined {
  return personShaped(view, start, end) ? { start, end, auxiliary: verb } : undefined;
}

/** The subject noun phrase before a verb, as a token range, and the auxiliary before the verb. */
function subjectPhrase(
  view: BlockView,
  floor: number,
  verb: number,
): { start: number; end: number; auxiliary: number } | undefined {
  const { tokens } = view;
  let end = verb;
  let auxiliary = verb;
  while (end > floor) {
    const lower = (tokens[end - 1] as Token).lower;
    if (auxiliaries.has(lower) && auxiliary === end) {
      auxiliary = end - 1;
      end--;
    } else if (adverbs.has(lower) || lower === 'not' || lower === 'never') end--;
    else break;
  }
  if (end <= floor) return undefined;
  // "Sen. David Boren (D-Okla.) said": the party and state in brackets are no part of the name.
  if ((tokens[end - 1] as Token).text === ')') end = asideStart(view, floor, end);
  // "Rowntree Mackintosh Plc <RWNT.L> announced": the ticker is no part of the name.
  else if ((tokens[end - 1] as Token).text === '>') end = tickerStart(view, floor, end);
  // "<Dumez Investments I Inc> said", "(Dumez Investments I Inc) said": wire copy brackets the
  // names of unlisted firms, and the name in brackets is the subject.
  const bracketed = bracketedSubject(view, floor, end);
  if (bracketed !== undefined) return { start: bracketed, end: end - 1, auxiliary };
  // "Mr Chernin, however, told …" / "Fathi Bin Shatwan, Libya's oil minister, told …"
  if ((tokens[end - 1] as Token).text === ',') {
    let comma = end - 2;
    while (comma > floor && (tokens[comma] as Token).text !== ',' && end - comma < 12) comma--;
    if (comma > floor && (tokens[comma] as Token).text === ',') {
      // "John Smith, 45, a father of three, said": the name before the age.
      const aged = nameBeforeAge(view, floor, comma);
      if (aged !== undefined) return { start: aged, end: comma - 2, auxiliary };
      const before = walkBack(view, floor, comma);
      // "The head of the authority, Murilo Rubens Habbema, was quoted": the name between commas,
      // unless a person's name comes before them ("David Mulford, Assistant Secretary …,").
      if (
        isWholeName(view, comma + 1, end - 1) &&
        !(isWholeName(view, before, comma) && personShaped(view, before, comma))
      ) {
        return { start: comma + 1, end: end - 1, auxiliary };
      }
      // "Mr Chernin, however, told", "one dealer, who asked not to be named, told".
      if (before < comma) return { start: before, end: comma, auxiliary };
      const segment = walkBack(view, comma + 1, end - 1);
      if (segment < end - 1) return { start: segment, end: end - 1, auxiliary };
    }
    // "The Hunt group, which also includes Texas firms Cypress Partners and Driftwood Ltd, said":
    // a relative clause too long for the search above; the subject comes before it.
    const clause = relativeClauseComma(view, floor, end - 1);
    if (clause > floor) {
      const start = walkBack(view, floor, clause);
      if (start < clause) return { start, end: clause, auxiliary };
    }
    return undefined;
  }
  const start = walkBack(view, floor, end);
  if (start >= end) return undefined;
  return { start, end, auxiliary };
}

/**
 * Where the name starts when ", NN," (an age) comes right before `comma`, after a whole name
 * ("John Smith, 45, a father of three,"); else undefined.
 */
function nameBeforeAge(view: BlockView, floor: number, comma: number): number | undefined {
  const { tokens } = view;
  const age = tokens[comma - 1];
  if (age === undefined || comma - 2 <= floor || !isComma(tokens[comma - 2])) return undefined;
  if (!isFigure(age.text) || age.text.length > 3) return undefined;
  const start = walkBack(view, floor, comma - 2);
  return start < comma - 2 && isWholeName(view, start, comma - 2) ? start : undefined;
}

/**
 * Where the name starts when the subject ending at `end` is a whole name in brackets, "<…>" or
 * "(…)", with no name right before it (that is an aside: "Industrial Equity (Pacific) Ltd");
 * else undefined.
 */
function bracketedSubject(view: BlockView, floor: number, end: number): number | undefined {
  const { tokens } = view;
  const close = (tokens[end - 1] as Token).text;
  if (close !== '>' && close !== ')') return undefined;
  const open = close === '>' ? '<' : '(';
  for (let index = end - 2; index >= floor && index > end - 12; index--) {
    if ((tokens[index] as Token).text !== open) continue;
    const before = tokens[index - 1];
    if (index > floor && before !== undefined && isNameWord(before)) return undefined;
    return isWholeName(view, index + 1, end - 1) ? index + 1 : undefined;
  }
  return undefined;
}

/**
 * Where a ticker in angle brackets that ends at `end` starts ("Rowntree Mackintosh Plc
 * <RWNT.L>"), when a name comes right before it; else `end`. Wire copy puts a listed firm's
 * ticker after its name, and the firm is the subject. Out of line: asked only for a subject
 * that ends in ">".
 */
function tickerStart(view: BlockView, floor: number, end: number): number {
  const { tokens } = view;
  for (let open = end - 2; open > floor && open > end - 8; open--) {
    const token = tokens[open] as Token;
    if (token.text === '>') return end;
    if (token.text !== '<') continue;
    const before = tokens[open - 1] as Token;
    return isNameWord(before) ? open : end;
  }
  return end;
}

/**
 * The comma that opens a relative clause (", which …", ", who …") ending at the comma `close`,
 * within 32 tokens of it; else -1. Out of line: asked only when a subject ends in a comma.
 */
function relativeClauseComma(view: BlockView, floor: number, close: number): number {
  const { tokens } = view;
  for (let index = close - 2; index > floor && index > close - 32; index--) {
    if (view.quoted[index]) return -1;
    const lower = (tokens[index] as Token).lower;
    if ((lower === 'which' || lower === 'who') && isComma(tokens[index - 1])) return index - 1;
  }
  return -1;
}

/**
 * Where a bracketed aside of two to six tokens that ends at `end` starts ("(D-Okla.)"), when a
 * name comes before it; else `end`. A one-word bracket ("(IFS)") is an acronym, which `walkBack`
 * keeps with its name. Out of line: brackets before a verb are rare.
 */
function asideStart(view: BlockView, floor: number, end: number): number {
  const { tokens } = view;
  for (let open = end - 4; open > floor && open >= end - 8; open--) {
    const token = tokens[open] as Token;
    if (token.text === ')') return end;
    if (token.text !== '(') continue;
    // A tag of capitals ("(D-Okla.)", "(R-Iowa)"), not a phrase ("China (and Hong Kong) added").
    const first = tokens[open + 1] as Token;
    return isNameWord(tokens[open - 1] as Token) && isNameWord(first) && !view.quoted[open] ? open : end;
  }
  return end;
}

/** Whether a token range is one capitalised name and nothing else. */
function isWholeName(view: BlockView, start: number, end: number): boolean {
  if (end <= start) return false;
  const runs = capitalisedRuns(view, start, end);
  const run = runs[0];
  return runs.length === 1 && run !== undefined && run.start === start && run.end === end && !run.possessive;
}

function personShaped(view: BlockView, start: number, end: number): boolean {
  let wordCount = 0;
  for (let index = start; index < end; index++) if ((view.tokens[index] as Token).word) wordCount++;
  return wordCount >= 2 && wordCount <= 4 && !hasOrganisationWord(view.tokens, start, end);
}

/** Whether a token range holds an organisation word ("Bank", "Group"): a loop, not a slice per name. */
function hasOrganisationWord(tokens: readonly Token[], start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    if (organisationWords.has((tokens[index] as Token).text)) return true;
  }
  return false;
}

/** Walk back from `end` over a noun phrase; returns its first token index. */
function walkBack(view: BlockView, floor: number, end: number): number {
  const { tokens } = view;
  let start = end;
  while (start > floor && end - start < 12) {
    const token = tokens[start - 1] as Token;
    if (view.quoted[start - 1]) break;
    if (!token.word) {
      if (token.text === '&' || token.text === '’' || token.text === "'") {
        start--;
        continue;
      }
      if (token.text === '.' && isInitial(tokenAt(tokens, start - 2))) {
        start--;
        continue;
      }
      // "Acme Robotics, Inc. today reported": the stop after a firm's suffix right before the
      // verb (elsewhere it may end a sentence: "… Kidder, Peabody and Co. He said"), and the
      // comma before the suffix.
      if (token.text === '.' && start === end && firmSuffixes.has(tokenAt(tokens, start - 2)?.text ?? '')) {
        start--;
        continue;
      }
      if (token.text === ',' && start < end && firmSuffixes.has((tokens[start] as Token).text)) {
        start--;
        continue;
      }
      // "the Institute for Fiscal Studies (IFS) said": step over the acronym; "Sony (U.K.) Ltd
      // said": over initials with their stop.
      if (token.text === ')' && start - 3 > floor && textIs(tokens[start - 3], '(')) {
        start -= 3;
        continue;
      }
      if (
        token.text === ')' &&
        start < end &&
        start - 4 > floor &&
        textIs(tokens[start - 4], '(') &&
        textIs(tokens[start - 2], '.') &&
        isNameWord(tokens[start - 5] as Token)
      ) {
        start -= 4;
        continue;
      }
      break;
    }
    const lower = token.lower;
    // "a spokesperson for Delta Airlines", "an official at the ministry": one noun phrase.
    const head = tokenAt(tokens, start - 2)?.lower ?? '';
    const ofSource =
      (lower === 'for' || lower === 'of' || lower === 'at' || lower === 'with') &&
      (sourceNouns.has(head) || roleNouns.has(head));
    // The `start > 1` tests keep the helpers from reading tokens[-1] (a slow generic look-up in
    // V8), where they answer false anyway: only "of" looks forward.
    if (
      phraseBoundaries.has(lower) &&
      !ofSource &&
      !((start > 1 || lower === 'of') && joinsPhrase(tokens, start - 1, lower)) &&
      !(lower === 'and' && start > 1 && andJoinsName(view, start - 1))
    )
      break;
    if (cueVerbs.has(lower) || participles.has(lower)) break;
    start--;
    // A determiner opens the noun phrase: "In a joint statement the firms said" → "the firms";
    // not after "familiar with" ("three sources familiar with the matter told").
    if ((lower === 'the' || lower === 'a' || lower === 'an') && !(start > 1 && followsSourceQualifier(tokens, start)))
      break;
  }
  // Drop a leading conjunction or adverb ("But Rover" → "Rover"); keep determiners ("A banker")
  // and the head of "Sources familiar with the deal".
  while (
    start < end - 1 &&
    capitalStops.has((tokens[start] as Token).text) &&
    !isDeterminer(tokens[start]) &&
    !isSourceQualifier(tokens[start + 1])
  )
    start++;
  // The walk may stop, at its length limit, on a word that joins a name ("… of State for
  // Economic Affairs Allen Wallis"): the phrase does not start with it.
  while (start < end - 1 && joinsName((tokens[start] as Token).lower)) start++;
  // A lone "Analysts" or "Officials" opening the sentence is its subject, plain people; "Shares"
  // or "In" is not.
  if (
    start === end - 1 &&
    capitalStops.has((tokens[start] as Token).text) &&
    !isPronoun(tokens[start]) &&
    !namesPeople((tokens[start] as Token).lower)
  )
    start++;
  return start;
}

/**
 * Whether a boundary word at `index` joins the words around it into one noun phrase: "of" or
 * "for" inside a name ("Bank of England", "Office for National Statistics"), or "with"/"to"
 * after "familiar"/"close" ("sources familiar with the matter", "a source close to the talks").
 * Out of line: only a boundary word reaches it.
 */
function joinsPhrase(tokens: readonly Token[], index: number, lower: string): boolean {
  if (lower === 'of') return isCapitalised(tokens[index + 1]?.text ?? '');
  if (lower === 'for') {
    const before = tokens[index - 1];
    const after = tokens[index + 1];
    // Only after an organisation word: not "the Commerce Department for November", nor the
    // title in "Minister of State for Textiles R.N. Mirdha".
    return (
      before !== undefined &&
      after !== undefined &&
      organisationWords.has(before.text) &&
      isNameWord(after) &&
      !capitalStops.has(after.text)
    );
  }
  if (lower === 'with' || lower === 'to') return isSourceQualifier(tokens[index - 1]);
  return false;
}

function joinsName(lower: string): boolean {
  return lower === 'of' || lower === 'for' || lower === 'with' || lower === 'to';
}

/** "familiar" and "close", which tie an unnamed source to what it knows: "close to the talks". */
function isSourceQualifier(token: Token | undefined): boolean {
  return token !== undefined && (token.lower === 'familiar' || token.lower === 'close');
}

/** Whether the determiner at `index` follows "familiar with" or "close to". */
function followsSourceQualifier(tokens: readonly Token[], index: number): boolean {
  const preposition = tokens[index - 1];
  if (preposition === undefined || (preposition.lower !== 'with' && preposition.lower !== 'to')) return false;
  return isSourceQualifier(tokens[index - 2]);
}

function isPronoun(token: Token | undefined): boolean {
  const lower = token?.lower ?? '';
  return (
    personPronouns.has(lower) || organisationPronouns.has(lower) || lower === 'we' || lower === 'i' || lower === 'they'
  );
}

function isDeterminer(token: Token | undefined): boolean {
  return determiners.has(token?.lower ?? '') || /^(?:another|one|many|most|other|all|both)$/i.test(token?.text ?? '');
}

function isArticle(token: Token | undefined): boolean {
  return token?.text === 'The' || token?.text === 'the';
}

/** Where a speaker phrase after an inverted verb ends. */
function phraseEnd(view: BlockView, from: number, to: number, stops: ReadonlySet<string>): number {
  const { tokens } = view;
  let end = from;
  while (end < to && end - from < 10) {
    const token = tokens[end] as Token;
    if (view.quoted[end]) break;
    if (!token.word) {
      if (token.text === '&' || token.text === '’' || (token.text === '.' && isInitial(tokens[end - 1]))) {
        end++;
        continue;
      }
      break;
    }
    const lower = token.lower;
    // "said the Bank of England", "said Economic and Fiscal Policy Minister Heizo Takenaka".
    const joinsName =
      (lower === 'of' || lower === 'and' || lower === 'for') && isCapitalised(tokens[end + 1]?.text ?? '');
    if (end > from && stops.has(lower) && !joinsName) break;
    end++;
  }
  return end;
}

/** The object of "told" when it names someone: "told BBC News", "told the FT", "told reporters". */
function toldObject(view: BlockView, from: number, to: number): number | undefined {
  const { tokens } = view;
  let index = from;
  if (tokens[index]?.lower === 'the') index++;
  const first = tokens[index];
  if (!first || index >= to) return undefined;
  if (first.text === 'reporters' || first.text === 'journalists') return index + 1;
  if (!isCapitalised(first.text)) return undefined;
  let end = index;
  while (end < to && end - index < 4 && (tokens[end] as Token).word && isCapitalised((tokens[end] as Token).text))
    end++;
  // "told a Nikkei conference on …", "told the Euromoney conference": the cue is just "told".
  const after = tokens[end];
  if (after?.word && end < to && !/^(?:that|on|in|at|after|before|during|when|yesterday|today)$/i.test(after.text)) {
    return undefined;
  }
  return end;
}

/**
 * "Ms Simonetti was told …", "images were posted": a form of "be" before the verb makes it
 * passive, and its subject is who was told, not who spoke.
 */
function isPassive(view: BlockView, auxiliary: number, verb: number): boolean {
  if (auxiliary === verb) return false;
  return /^(?:was|were|is|are|be|been|being)$/i.test((view.tokens[auxiliary] as Token).text);
}

function cueText(view: BlockView, verb: number, auxiliary: number): { text: string; start: number } {
  const { tokens } = view;
  const start = (tokens[auxiliary] as Token).start;
  return { text: view.text.slice(start, (tokens[verb] as Token).end), start };
}

function isAdjacent(view: BlockView, from: number, openToken: number): boolean {
  for (let position = from; position < openToken; position++) {
    const text = (view.tokens[position] as Token).text;
    if (text === ':' || text === ',' || text === 'that' || text === '-' || text === '—') continue;
    return false;
  }
  return true;
}

/** Whether the word at `position` is a cue that may follow a quote, for these verbs. */
function isTrailingCue(view: BlockView, position: number, verbs: ReadonlySet<string>): boolean {
  // Asked of every word after each comma: the token's classes answer for the two cue lists.
  const classes = (view.tokens[position] as Token).classes;
  if (verbs === cueVerbs) {
    if ((classes & (wordClass.cueVerb | wordClass.cueTrailingOnly)) === 0) return false;
    return !isPostedWithoutPlatform(view.tokens, position);
  }
  // After a figure "…, also found that …" is a new clause; "…, the report found." ends one.
  if (verbs === figureCues) {
    if ((classes & wordClass.cueFigure) === 0) return false;
    const lower = (view.tokens[position] as Token).lower;
    if ((lower === 'added' || lower === 'adds') && addsQuantity(view.tokens, position + 1)) return false;
    return !namedSubjectCues.has(lower) || isClauseFinalFinding(view.tokens, position);
  }
  return verbs.has((view.tokens[position] as Token).lower);
}

/**
 * Whether "posted" is a firm's result ("General Electric has posted an 18% jump"), not words
 * posted on a platform ("Musk posted on X: …"): only "posted on" is a saying verb.
 */
function isPostedWithoutPlatform(tokens: readonly Token[], position: number): boolean {
  return (tokens[position] as Token).lower === 'posted' && tokenAt(tokens, position + 1)?.lower !== 'on';
}

function isInitial(token: Token | undefined): boolean {
  if (!token) return false;
  return /^(?:\p{Lu}|\p{Lu}(?:\.\p{Lu})+|Mr|Mrs|Ms|Dr|St|Jr|Sr|Lt|Col|Gen|Gov|Sen|Rep|Prof|Capt|Sgt)$/u.test(
    token.text,
  );
}

// ---------------------------------------------------------------------------------------------
// Names

interface Run {
  /** Token range of the run. */
  start: number;
  end: number;
  /** The run ends with a possessive ("Libya's"), so it modifies what follows. */
  possessive: boolean;
}

/**
 * Where a name goes on after the "(" at `open` when it brackets one name word inside the name
 * ("Industrial Equity (Pacific) Ltd", "Sony (U.K.) Ltd"): the index of the name word after ")" plus one; `open`
 * itself when the bracket is not part of a name. Out of line because brackets inside names are
 * rare: inline, each of these steps first ran after V8 had compiled capitalisedRuns and threw its
 * code away, one after the other ("wrong instance type", "Insufficient type feedback"). The
 * bounds come first: reading past the last token deoptimised it too.
 */
function bracketedNameEnd(view: BlockView, open: number, to: number): number {
  const { tokens } = view;
  // "(Pacific)", or initials with their last stop: "Sony (U.K.) Ltd".
  const close = textIs(tokens[open + 2], '.') ? open + 3 : open + 2;
  const inside =
    close + 1 < to &&
    textIs(tokens[close], ')') &&
    isNameWord(tokens[open + 1] as Token) &&
    isNameWord(tokens[close + 1] as Token) &&
    !view.quoted[close + 1];
  return inside ? close + 2 : open;
}

/**
 * Capitalised runs ("Bank of England", "Gaza’s Ministry of Health") in a token range.
 *
 * Hot (every block, from `learnNames`): a run starts only at a capitalised word, so only the
 * words `tokenize` listed as maybe capitalised (`view.capitals`, about one word in five) are
 * visited, not every token. Testing the first letter of every token cost half of this function:
 * callgrind over a quarter of the corpus, 36.2M -> 20.7M instructions here, 937.1M -> 923.4M in
 * all (-1.5%).
 */
function capitalisedRuns(view: BlockView, from: number, to: number): Run[] {
  const { tokens, quoted, capitals } = view;
  const runs: Run[] = [];
  let index = from;
  for (let candidate = firstAtLeast(capitals, from); candidate < capitals.length; candidate++) {
    const start = capitals[candidate] as number;
    if (start >= to) break;
    // Inside the run before, or not capitalised after all.
    if (start < index || !isNameWord(tokens[start] as Token) || quoted[start]) continue;
    let end = start + 1;
    while (end < to) {
      const next = tokens[end] as Token;
      if (view.quoted[end]) break;
      if (isNameWord(next)) {
        end++;
        continue;
      }
      // A bracketed word inside a name: "Industrial Equity (Pacific) Ltd".
      if (next.text === '(') {
        // The end comes back from the helper: an `end += 4` here ran only after a bracketed
        // name, and the first one deoptimised capitalisedRuns ("Insufficient type feedback").
        const after = bracketedNameEnd(view, end, to);
        if (after > end) {
          end = after;
          continue;
        }
      }
      // Connectors inside names: "Bank of England", "Transport & General", "U.S. Court".
      const lower = next.lower;
      // "Il Sole 24 Ore", "Channel 4 News": a figure inside a name.
      const figure = isFigure(next.text);
      const connector =
        figure ||
        // "Acme Robotics, Inc": a firm's suffix after a comma.
        (next.text === ',' && firmSuffixes.has(tokens[end + 1]?.text ?? '')) ||
        lower === 'of' ||
        lower === 'for' ||
        lower === 'de' ||
        lower === 'bin' ||
        lower === 'al' ||
        lower === 'van' ||
        lower === 'von' ||
        lower === 'du' ||
        lower === 'da' ||
        next.text === '&' ||
        (next.text === '.' && isInitial(tokens[end - 1]));
      if (lower === 'and') {
        const joined = andNameEnd(view, start, end, to);
        if (joined > end) {
          end = joined;
          continue;
        }
        break;
      }
      const following = tokens[end + 1];
      const followingThe = lower === 'of' && following?.text === 'the' ? tokens[end + 2] : following;
      if (connector && followingThe && isNameWord(followingThe) && !view.quoted[end + 1]) {
        end += followingThe === following ? 1 : 2;
        continue;
      }
      break;
    }
    // A sentence-initial "The", "But" and the like does not belong to the name.
    let first = start;
    while (first < end && capitalStops.has((tokens[first] as Token).text)) first++;
    if (first + 1 < end && isInvertedVerb(tokens, first)) first++;
    if (first < end) {
      const last = tokens[end - 1] as Token;
      runs.push({ start: first, end, possessive: endsWithPossessive(last.text) });
    }
    index = end;
  }
  return runs;
}

/**
 * Where a name joined by "and" ends, when the "and" at `and` is inside one name rather than
 * between two:
 * - an institution "of" something: "Office of Rail and Road", "Ministry of International Trade
 *   and Industry" (not "Bank of England and Treasury": one word that names a body of its own);
 * - a firm's suffix alone after "and": "Carson Pirie Scott and Co", "Morgan Stanley and Co Inc";
 * - two words or three ending in an organisation word, after a name that is no firm of its own:
 *   "Standard and Poor's Corp", "Securities and Exchange Commission" (not "Ford Motor Co and
 *   General Motors Corp", "between Kenya and …", the end of a list, a person and a fund).
 * Else -1: "Smith and Jones", "Britain and France" stay two names. Without it the figure's
 * source was the name's last part ("Poor's Corp", "Co", "Road", "Industry").
 *
 * @param view The block.
 * @param start Where the run before "and" starts.
 * @param and The index of "and".
 * @param to Where the search stops.
 * @returns The end of the joined run, or -1.
 */
function andNameEnd(view: BlockView, start: number, and: number, to: number): number {
  const { tokens, quoted } = view;
  // "S and P" (Standard and Poor's), "A and P": initials joined.
  if (and + 1 < to && isSingleCapital(tokens[and - 1]) && isSingleCapital(tokens[and + 1])) return and + 2;
  let end = and + 1;
  while (end < to && end < and + 5 && isNameWord(tokens[end] as Token) && !quoted[end]) end++;
  const words = end - and - 1;
  if (words === 0 || words > 3) return -1;
  // "the Office of Management and Budget James Miller": a person's name follows the body's.
  for (let index = and + 1; index < end; index++) {
    if (firstNames.has((tokens[index] as Token).text)) return -1;
  }
  let first = start;
  while (first < and && capitalStops.has((tokens[first] as Token).text)) first++;
  // "Standard and Poor's said": one word each side, the "'s" of a firm's name before its verb.
  if (words === 1 && and - first === 1 && possessiveBeforeVerb(tokens, end)) return end;
  if (namesInstitutionOf(tokens, first, and)) {
    return words === 1 && organisationWords.has((tokens[and + 1] as Token).text) ? -1 : end;
  }
  if (!organisationWords.has(withoutApostropheS((tokens[end - 1] as Token).text))) return -1;
  // "between Kenya and Shenzhen Electronics Group" names two; so does "Kenya and Shenzhen
  // Electronics Group (SEG)", whose acronym spells the second alone.
  if (tokenAt(tokens, start - 1)?.lower === 'between') return -1;
  const acronym = acronymAfter(view, end);
  if (acronym !== undefined && acronym.charCodeAt(0) !== (tokens[first] as Token).text.charCodeAt(0)) return -1;
  // "Morgan Stanley and Co Inc", "Sears, Roebuck and Co": a firm's suffix alone after "and".
  let suffixes = true;
  for (let index = and + 1; index < end; index++) {
    if (!firmSuffixes.has((tokens[index] as Token).text)) suffixes = false;
  }
  if (suffixes) return end;
  // "Ford Motor Co and General Motors Corp": two firms, each named in full. (A one-word name may
  // be in `organisationWords` as a title: "Standard and Poor's Corp".)
  const before = (tokens[and - 1] as Token).text;
  if (firmSuffixes.has(before) || (and - first > 1 && organisationWords.has(before))) return -1;
  // "Nokia and Microsoft", "the Treasury and Parliament": one organisation's own name after "and".
  if (words === 1) return -1;
  // "Radio, Film and Television": the last two of a list; "George Soros and Quantum Fund" a
  // person and a fund.
  return isComma(tokenAt(tokens, start - 1)) || firstNames.has((tokens[first] as Token).text) ? -1 : end;
}

/**
 * Whether the "'s" before `end` ends a firm's name ("Moody's said"): a verb follows, and the name
 * is no person's ("Reagan's") and no contraction ("It's").
 */
function firmPossessive(tokens: readonly Token[], end: number, name: string, state: SpeakerState): boolean {
  if (!possessiveBeforeVerb(tokens, end) || looksLikePersonName(name, state)) return false;
  const lower = (tokens[end - 1] as Token).lower.replace('’', "'");
  return !contractions.has(lower) && !state.people.has(name.toLowerCase());
}

/** Words with "'s" that are "is" or "has": "It's", "That's". */
const contractions = words(`it's that's there's here's what's who's he's she's let's`);

/**
 * Whether the word before `end` ends in "'s" and a verb follows it: "reported" and "estimated"
 * after a possessive are most often adjectives ("Continental's reported net loss").
 */
function possessiveBeforeVerb(tokens: readonly Token[], end: number): boolean {
  const next = tokens[end];
  if (next === undefined || !endsWithApostropheS((tokens[end - 1] as Token).text)) return false;
  return verbsAfterFirm.has(next.lower);
}

/** Verbs that follow a firm's name, not a possessive's noun: "Moody's said", "Poor's has". */
const verbsAfterFirm = words('said says told tells added adds has is was will would');

/** Whether a token is one capital letter: "S" of "S and P". */
function isSingleCapital(token: Token | undefined): boolean {
  if (token === undefined || token.text.length !== 1) return false;
  const code = token.text.charCodeAt(0);
  return code >= 65 && code <= 90;
}

/** The words that end a firm's name: "Morgan Stanley and Co Inc", "Alex Brown and Sons". */
const firmSuffixes = words(
  'Co Company Sons Inc Corp Ltd Plc PLC LLC Partners Associates Brothers Bros AB AG GmbH NV BV SpA Bhd Pty Oy ASA KK',
);

/**
 * Whether the "and" at `and` is inside one name (`andNameEnd`), asked by the walks that read a
 * phrase backwards from its verb: "the Department of Trade and Industry said" is said by the
 * department, not by "Industry". The name before "and" is read back over capitalised words and
 * "of"/"for" to where it starts.
 */
function andJoinsName(view: BlockView, and: number): boolean {
  const { tokens } = view;
  const before = tokens[and - 1];
  if (before === undefined || !isNameWord(before)) return false;
  let start = and - 1;
  while (start > 0 && and - start < 8) {
    const token = tokens[start - 1] as Token;
    if (view.quoted[start - 1]) break;
    if (isNameWord(token) || ((token.text === 'of' || token.text === 'for') && start - 1 > 0)) start--;
    else break;
  }
  // The name starts at a capitalised word, not at an "of" the walk stopped on.
  while (start < and && !isNameWord(tokens[start] as Token)) start++;
  return andNameEnd(view, start, and, tokens.length) > and;
}

/**
 * Whether the words from `first` to `and` name an institution "of" or "for" something: "Office
 * of Rail", "National Society of Exporters" (then "and Traders" is more of its name).
 */
function namesInstitutionOf(tokens: readonly Token[], first: number, and: number): boolean {
  for (let index = first; index < and - 2; index++) {
    const of = (tokens[index + 1] as Token).text;
    if ((of === 'of' || of === 'for') && institutionHeads.has((tokens[index] as Token).text)) return true;
  }
  return false;
}

/** Institutions named after what they are "of" or "for": "Office of Rail and Road". */
const institutionHeads = words(`
  Office Ministry Department Bureau Institute Society Association Federation Confederation Chamber
  Council Commission Committee Academy League Organisation Organization
`);

/**
 * Whether a run's first word is a speech verb put before its subject, `Added Mr Hall: "…"`,
 * `Says Jones, …`: the verb is no part of the name. "Said" is also a first name ("Said
 * Jalili"), so it is a verb only before a title ("Said Mr Bysshe").
 */
function isInvertedVerb(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token;
  if (!invertedVerbs.has(token.text)) return false;
  return !firstNames.has(token.text) || isCourtesyTitle(tokens[index + 1]);
}

/** Capitalised speech verbs that open a sentence before their subject. */
const invertedVerbs = words(`
  Said Says Added Adds Asked Asks Explained Explains Continued Continues Warned Warns Noted Notes Insisted
  Insists Recalled Recalls Admitted Admits Concluded Concludes Declared Declares Quipped Replied Replies
`);

/** `/^\d+$/` without a regular expression run for each token after a run. */
function isFigure(word: string): boolean {
  if (word.length === 0) return false;
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** `/['’]s$/` or `/s['’]$/` without a regular expression run for each name. */
function endsWithPossessive(word: string): boolean {
  const length = word.length;
  if (length < 2) return false;
  const last = word.charCodeAt(length - 1);
  const before = word.charCodeAt(length - 2);
  return (last === 115 && isApostropheCode(before)) || (before === 115 && isApostropheCode(last));
}

function isApostropheCode(code: number): boolean {
  return code === 39 || code === 0x2019;
}

function isNameWord(token: Token): boolean {
  if (!token.word) return false;
  // Asked of every token of every block: an ASCII first letter (digits included) answers alone.
  const code = token.text.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return isCapitalised(token.text);
}

/**
 * Where "of" or "at" splits a person from the firm in a run ("Steve Slifer of Lehman
 * Government Securities Inc", "Doug Williams of BT"): the token index of "of", or undefined.
 */
function personBeforeOf(view: BlockView, start: number, end: number): number | undefined {
  const { tokens } = view;
  // Asked of every capitalised run: loops rather than slices, and the firm read only when needed.
  let of = start;
  while (of < end && (tokens[of] as Token).text !== 'of' && (tokens[of] as Token).text !== 'at') of++;
  if (of === end || of - start <= 1) return undefined;
  if (!personShaped(view, start, of)) return undefined;
  return firstNames.has((tokens[start] as Token).text) || namesFirm(tokens, of + 1, end) ? of : undefined;
}

/** Whether the words after "of" name a firm: an organisation word, an acronym, or "and". */
function namesFirm(tokens: readonly Token[], start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const text = (tokens[index] as Token).text;
    if (organisationWords.has(text) || /^\p{Lu}{2,}$/u.test(text) || text === 'and') return true;
  }
  return false;
}

/**
 * Resolve a noun phrase to a speaker name. An unnamed group of sources ("Finance Ministry
 * sources", "a Finance Ministry official", "port officials") is remembered, and a later "the
 * sources", "the official" or "they" (in the same block or the next) stands for it.
 */
function resolvePhrase(
  view: BlockView,
  start: number,
  end: number,
  position: number,
  state: SpeakerState,
): string | null {
  if (end - start <= 2) {
    const group = groupReference(view, start, end, state);
    if (group !== undefined) return group;
  }
  const speaker = resolveNounPhrase(view, start, end, position, state);
  if (speaker !== null && end - start >= 2) noteGroup(view, start, end, speaker, state);
  return speaker;
}

/** The group of sources "they" or "the sources" refers back to, if one was named. */
function groupReference(view: BlockView, start: number, end: number, state: SpeakerState): string | undefined {
  const { tokens } = view;
  const first = (tokens[start] as Token).lower;
  if (end - start === 1) {
    const group = state.lastGroup;
    return first === 'they' && group !== undefined && state.block - group.block <= 1 ? group.phrase : undefined;
  }
  if (first !== 'the') return undefined;
  return state.groups.get((tokens[start + 1] as Token).lower);
}

/**
 * Remember a phrase that names a group of sources without "the" ("Finance Ministry sources"),
 * or a body described rather than named ("the Argentine grain board", which is its own source:
 * no name in it stands for it), which "the board" then stands for.
 */
function noteGroup(view: BlockView, start: number, end: number, speaker: string, state: SpeakerState): void {
  const { tokens } = view;
  const head = (tokens[end - 1] as Token).lower;
  const people = namesPeople(head);
  const the = (tokens[start] as Token).lower === 'the';
  if (people ? the : end - start < 3) return;
  const phrase = textOf(view, start, end);
  if (!people && (speaker !== phrase || !/\p{Lu}/u.test(phrase.slice(1)))) return;
  state.groups.set(head, phrase);
  // "They" is many people: not "one Japanese trader", nor "the Court of Appeals".
  if (people && head.endsWith('s')) state.lastGroup = { phrase, block: state.block };
}

/** Whether a word is an adjective of nationality: "Iranian", "Japanese", "Argentine", "French". */
function isNationality(word: string): boolean {
  return /(?:ian|ean|ese|ish|i)$/.test(word) || irregularNationalities.has(word);
}

/** Adjectives of nationality the endings above miss. */
const irregularNationalities = words('Argentine Philippine French Dutch Swiss Greek Czech Slovak Basque Scots Thai');

/** `resolvePhrase` without the groups it remembers. */
function resolveNounPhrase(
  view: BlockView,
  start: number,
  end: number,
  position: number,
  state: SpeakerState,
): string | null {
  const { tokens } = view;
  if (end <= start) return null;
  const first = tokens[start] as Token;
  const lowerFirst = first.lower;
  if (end - start === 1 && personPronouns.has(lowerFirst)) {
    return latest(view, position, 'person', state, pronounGender(lowerFirst)) ?? null;
  }
  if (end - start === 1 && organisationPronouns.has(lowerFirst)) {
    return latest(view, position, 'organisation', state) ?? null;
  }
  if (end - start === 1 && (lowerFirst === 'we' || lowerFirst === 'i' || lowerFirst === 'you')) return null;
  if (end - start === 1 && determiners.has(lowerFirst)) return null;
  // "…, said it would receive 1.7 mln British pounds", "said a cost control review now underway
  // may result": a clause after the verb, not who said it.
  if (end - start > 1 && isClause(tokens, start, end)) return null;

  // "GE <GE> SAYS AMR ORDER WORTH 650 MLN DLRS": a headline in capitals has no names to read
  // from their case; the body's organisations (read first) say who "GE" is.
  const shouted = view.shouting ? shoutedOrganisation(view, start, end, state) : undefined;
  if (shouted !== undefined) return shouted;
  // Loops over the runs rather than find/filter: an empty list of runs (most phrases) has
  // another array map than a full one, and the callbacks deoptimised resolvePhrase on it.
  const allRuns = capitalisedRuns(view, start, view.shouting ? start : end);
  // "Mr Tanzi's statement said": a document speaks for its owner.
  const owner = possessiveRunEndingAt(allRuns, end - 1);
  if (owner && documentNouns.has((tokens[end - 1] as Token).lower)) {
    return nameOfRun(view, owner, state);
  }
  // A possessive before more words modifies them ("Libya's oil minister"); at the end it is
  // part of the name ("Standard & Poor's").
  let person: Run | undefined;
  let lastRun: Run | undefined;
  for (let index = 0; index < allRuns.length; index++) {
    const candidate = allRuns[index] as Run;
    if (candidate.possessive && candidate.end !== end) continue;
    // "the Seattle-based company": a place made an adjective describes the firm, names none.
    if (candidate.end - candidate.start === 1 && isPlaceAdjective(tokens[candidate.start] as Token)) continue;
    // "Sixty-seven pct of Australian-owned companies said": a number is no name.
    if (candidate.end - candidate.start === 1 && isNumberWord((tokens[candidate.start] as Token).lower)) continue;
    lastRun = candidate;
    // "Scott Winningham of J.S. Winningham and Co": the person, not the firm after "of".
    if (person === undefined && candidate.start === start && isPersonBeforeFirm(view, candidate)) person = candidate;
  }
  const run = person ?? lastRun;
  const phrase = view.text.slice(first.start, (tokens[end - 1] as Token).end);
  const lastLower = (tokens[end - 1] as Token).lower;
  // "one Republican political strategist", "a Western aid specialist": an unnamed person; "the
  // CBT chairman" is the chairman named earlier.
  if (
    run &&
    !person &&
    isDeterminer(first) &&
    run.end < end &&
    (sourceNouns.has(lastLower) || roleNouns.has(lastLower))
  ) {
    const role = view.text.slice((tokens[run.end] as Token).start, (tokens[end - 1] as Token).end).toLowerCase();
    return (lowerFirst === 'the' ? (state.roles.get(role) ?? state.roles.get(lastLower)) : undefined) ?? phrase;
  }
  // "a spokesperson for Delta Airlines", "an official at the ministry": the unnamed person.
  if (run && isDeterminer(first) && !isCapitalised(tokens[start + 1]?.text ?? 'X')) {
    // The word before the first preposition after the determiner: "a spokesperson for …".
    let preposition = start + 1;
    while (preposition < run.start && !/^(?:for|at|of|with|from)$/.test((tokens[preposition] as Token).text)) {
      preposition++;
    }
    if (preposition < run.start && preposition > start + 1) {
      if (sourceNouns.has((tokens[preposition - 1] as Token).lower)) return phrase;
    }
  }
  if (run) {
    let only: Token | undefined;
    let wordCount = 0;
    for (let index = run.start; index < run.end; index++) {
      const token = tokens[index] as Token;
      if (!token.word) continue;
      only ??= token;
      wordCount++;
    }
    // "Iranian media", "Israeli officials": an adjective of nationality, not a name.
    if (wordCount === 1 && run.end < end && isNationality((only as Token).text)) return phrase;
    // "Three sources familiar with the matter", "Two people briefed on the talks": a number that
    // opens the sentence counts the people; the phrase is the source, as written.
    if (wordCount === 1 && run.start === start && run.end < end && numberWords.has((only as Token).lower)) {
      return phrase;
    }
    // "Industry analysts", "Banking sources", "Passenger groups": a common word before the people
    // it describes, capitalised as the sentence's first word, is no speaker on its own. A name
    // there is ("Rover bosses have said" is Rover's word).
    if (
      wordCount === 1 &&
      run.start === start &&
      groupModifiers.has((only as Token).lower) &&
      describesGroup(tokens, run.end, end)
    ) {
      return phrase;
    }
    // "the Ministry said", "a Ministry statement", after "the Finance Ministry": the same body
    // as lower-case "the ministry", and as capitalised as a name.
    if (wordCount === 1 && institutionNouns.has((only as Token).lower)) {
      const institution = latestInstitution(view, position, (only as Token).lower, state);
      if (institution !== undefined) return institution;
    }
    let name = nameOfRun(view, run, state);
    // "Moody's said", "Sainsbury's said": an "'s" right before the verb ends a firm's name.
    if (run.possessive && run.end === end && firmPossessive(tokens, end, name, state)) {
      name = fullOrganisationName(name + (tokens[end - 1] as Token).text.slice(-2), state);
    }
    // A person's surname ("Harris") stays theirs; asked only when a longer organisation matches.
    const organisation = fullOrganisationName(name, state);
    if (organisation !== name && !looksLikePersonName(name, state)) name = organisation;
    // "the Resistance News Network Telegram channel", "the Yemeni Ansarallah group".
    const head = tokenAt(tokens, run.end);
    if (run.end === end - 1 && head && organisationNouns.has(head.text)) name = `${name} ${head.text}`;
    const before = tokenAt(tokens, run.start - 1);
    const the = before && run.start > start && isArticle(before) && !looksLikePersonName(name, state);
    return the ? `the ${name}` : name;
  }
  const lastWord = (tokens[end - 1] as Token).lower;
  // "…, the Santa Clara, California-based company said": the search stops at the comma.
  const described = lowerFirst === 'the' || lowerFirst === 'its' || isPlaceAdjective(first);
  if (described && organisationNouns.has(lastWord)) {
    if (institutionNouns.has(lastWord)) return latestInstitution(view, position, lastWord, state) ?? phrase;
    return latest(view, position, 'organisation', state) ?? phrase;
  }
  if (lowerFirst === 'the' && end - start <= 4) {
    const role = view.text.slice((tokens[start + 1] as Token).start, (tokens[end - 1] as Token).end).toLowerCase();
    const named = state.roles.get(role);
    if (named) return named;
  }
  // A lower-case speaker is a noun phrase with a determiner ("the company", "a spokesman") or
  // plural people ("analysts"); anything else is a clause fragment, not a speaker.
  if (end - start > 8) return null;
  // "the 164.7 mln dlrs reported for February", "1986 was": a figure is no speaker; people
  // counted are ("1,000 people polled said").
  if (hasDigit(tokens, start, end) && !hasPeopleWord(tokens, start, end)) return null;
  if (
    isDeterminer(first) ||
    /^\d/.test(first.text) ||
    /^(?:several|some|two|three|four|five|many|other)$/.test(lowerFirst)
  ) {
    return phrase;
  }
  if (isPeopleNoun(lastWord) || sourceNouns.has(lastWord) || roleNouns.has(lastWord)) return phrase;
  // "according to official results", "according to government data": the data, as written (as
  // "according to the results" is).
  if (end - start <= 3 && dataNouns.has(lastWord)) return phrase;
  // "Indonesia's government", "Boeing's board": a named owner's body.
  if (organisationNouns.has(lastWord) && ownedByName(tokens[start] as Token)) return phrase;
  return qualifiedSource(tokens, start, end) ? phrase : null;
}

/**
 * The organisation a phrase in capitals names, from those the article's body named: its short
 * name ("ROWNTREE" → "Rowntree Mackintosh Plc"), its full name, its acronym in brackets
 * ("EIU"), or the initials of its name ("GE" → "General Electric Co"). Undefined when none.
 */
function shoutedOrganisation(view: BlockView, start: number, end: number, state: SpeakerState): string | undefined {
  const phrase = view.text.slice((view.tokens[start] as Token).start, (view.tokens[end - 1] as Token).end);
  if (!/^[\p{Lu}\d][\p{Lu}\d&'’. -]*$/u.test(phrase)) return undefined;
  const acronym = state.acronyms.get(phrase);
  if (acronym !== undefined) return acronym;
  const initials = phrase.length >= 2 && phrase.length <= 4 && /^\p{Lu}+$/u.test(phrase);
  // Only the first names learnt are read: a headline names the story's subject, which the body
  // names early, and the bound keeps a text of thousands of firms and shouted figures linear.
  // Each is compared by its length and first letter before any string is made: most Reuters
  // headlines are in capitals, and an index of the names built per article cost 5 % of a parse.
  let read = 0;
  for (const [short, full] of state.organisations) {
    if (++read > shoutedNamesRead) break;
    if (sameLetters(short, phrase) || sameLetters(full, phrase)) return full;
    if (initials && full.charCodeAt(0) === phrase.charCodeAt(0) && initialsOf(full, state) === phrase) return full;
  }
  return undefined;
}

/** Whether a name is a phrase in capitals but for its case ("Rowntree", "ROWNTREE"). */
function sameLetters(name: string, shouted: string): boolean {
  return name.length === shouted.length && name.toUpperCase() === shouted;
}

/** How many of the organisations' short names `shoutedOrganisation` reads. */
const shoutedNamesRead = 256;

/**
 * The initials of a name's capitalised words, a firm's suffix left out: "General Electric Co" →
 * "GE". Kept per article: a text of many shouted figures asks for the same names' again.
 */
function initialsOf(name: string, state: SpeakerState): string {
  let initials = state.initials.get(name);
  if (initials !== undefined) return initials;
  initials = '';
  for (const word of nameWords(name)) {
    if (firmSuffixes.has(word) || !/^\p{Lu}/u.test(word)) continue;
    initials += word.charAt(0);
  }
  state.initials.set(name, initials);
  return initials;
}

/**
 * Whether a phrase is a clause: it opens with a pronoun ("it would …"), or has an auxiliary in
 * lower case with no relative pronoun before it ("a review now underway may result"; but "sources
 * who have seen the figures" is a noun phrase).
 */
function isClause(tokens: readonly Token[], start: number, end: number): boolean {
  const first = (tokens[start] as Token).lower;
  if (first === 'it' || first === 'he' || first === 'she' || first === 'they' || first === 'we') return true;
  for (let index = start + 1; index < end; index++) {
    const token = tokens[index] as Token;
    if (token.lower === 'who' || token.lower === 'which' || token.lower === 'that') return false;
    if (token.text === token.lower && clauseVerbs.has(token.lower)) return true;
  }
  return false;
}

/** Auxiliaries and modals, which no noun phrase has. */
const clauseVerbs = words('would will may might could should can must has have had is are was were');

/** Whether a phrase's first word is a name's possessive ("Indonesia's"), not a time's ("Tuesday's"). */
function ownedByName(first: Token): boolean {
  if (!isCapitalised(first.text) || !endsWithPossessive(first.text) || timePossessives.has(first.lower)) return false;
  return !calendarWords.has(first.lower.slice(0, -2));
}

/** Days and months, whose possessives are times': "Tuesday's", "March's". */
const calendarWords = new Set([...weekdayNames, ...monthNamesButMay, 'may']);

/** Whether a range names people: "1,000 people polled", "the 12 analysts". */
function hasPeopleWord(tokens: readonly Token[], start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const lower = (tokens[index] as Token).lower;
    if (namesPeople(lower) || roleNouns.has(lower)) return true;
  }
  return false;
}

/** Whether a word token in a range starts with a digit. */
function hasDigit(tokens: readonly Token[], start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    if (isDigitCode((tokens[index] as Token).text.charCodeAt(0))) return true;
  }
  return false;
}

/** Common words that describe a group of sources: "Industry analysts", "Banking sources". */
const groupModifiers = words(`
  industry banking bank trade oil money market official political government company corporate
  financial economic diplomatic military security intelligence police hospital health union campaign
  passenger consumer aid rescue senior several many some most other western eastern northern southern
  foreign local federal regional city port harbour harbor investment bond debt stockbroker trading
  congressional opposition rebel army court school airline energy mining farm business shipping
  insurance grain commodity currency stock bourse economy
`);

/**
 * Whether the words from `from` to `end` are one to three lower-case words ending in people
 * ("analysts", "money market dealers") or a group of them ("groups", "agencies").
 */
function describesGroup(tokens: readonly Token[], from: number, end: number): boolean {
  if (from >= end || end - from > 3) return false;
  for (let index = from; index < end; index++) {
    const token = tokens[index] as Token;
    if (!token.word || token.text !== token.lower) return false;
  }
  const last = (tokens[end - 1] as Token).lower;
  if (namesPeople(last)) return true;
  const singular = last.endsWith('ies') ? `${last.slice(0, -3)}y` : last.endsWith('s') ? last.slice(0, -1) : '';
  return singular !== '' && organisationNouns.has(singular);
}

/**
 * "sources close to the deal", "people familiar with the matter": the head noun comes before
 * "close"/"familiar", not at the end of the phrase.
 */
function qualifiedSource(tokens: readonly Token[], start: number, end: number): boolean {
  for (let index = start + 1; index < end - 1; index++) {
    if (!isSourceQualifier(tokens[index])) continue;
    const head = (tokens[index - 1] as Token).lower;
    return namesPeople(head);
  }
  return false;
}

/** The run that ends with a possessive right at token `end` ("Mr Tanzi's" before "statement"). */
function possessiveRunEndingAt(runs: readonly Run[], end: number): Run | undefined {
  for (let index = 0; index < runs.length; index++) {
    const run = runs[index] as Run;
    if (run.possessive && run.end === end) return run;
  }
  return undefined;
}

/**
 * The organisation "the government", "the ministry" and the like refer back to: the latest one
 * so named ("the Finance Ministry" … "the ministry said"). Any firm is "the company" (`latest`),
 * but no place or firm is "the government": in "Rail fares in England will rise by 4.6%, the
 * government said" the source is the government, not England.
 *
 * @returns The name, or undefined when no organisation named so came before.
 */
function latestInstitution(view: BlockView, position: number, head: string, state: SpeakerState): string | undefined {
  const { mentions } = view;
  // Newest first, as far back as `latest` walks before it turns to its index.
  const last = countBefore(mentions, position) - 1;
  for (let index = last; index >= 0 && last - index < walkedMentions; index--) {
    const mention = mentions[index] as Mention;
    if (mention.kind === 'organisation' && namesInstitution(mention.name, head)) return mention.name;
  }
  const before = state.lastSpeakingOrganisation?.name ?? state.lastOrganisation;
  return before !== undefined && namesInstitution(before, head) ? before : undefined;
}

/** Whether a name is a fuller one for a body called by its head noun: "Finance Ministry", not "Ministry". */
function namesInstitution(name: string, head: string): boolean {
  const lower = name.toLowerCase();
  return lower.includes(head) && lower !== head && lower !== `the ${head}`;
}

/** Heads that name a public body, which no other organisation is called. */
const institutionNouns = words('government ministry department council administration');

/** Whether a run is a person followed by their firm: "Scott Winningham of …", "Doug Williams of BT". */
function isPersonBeforeFirm(view: BlockView, run: Run): boolean {
  return (
    (personShaped(view, run.start, run.end) &&
      run.end < view.tokens.length &&
      /^(?:of|at|from|with)$/.test((view.tokens[run.end] as Token).text)) ||
    personBeforeOf(view, run.start, run.end) !== undefined
  );
}

/** The name in a capitalised run: titles dropped, a lone surname or "Mr X" resolved. */
function nameOfRun(view: BlockView, run: Run, state: SpeakerState): string {
  const { tokens } = view;
  // "Retailer Tesco said", "Charity National Energy Action estimates", "Singer Adele said": a
  // common noun that describes the name, capitalised only because it opens the sentence, is
  // left out before anything else is read (titles, the name's first word).
  const first = isDescriptorAtStart(tokens, run) ? run.start + 1 : run.start;
  let start = first;
  let titled = false;
  // Drop titles before the name: "U.S. District Court Judge Barrington Parker" → "Barrington Parker",
  // but not past a connector: "Secretary of the U.S. Treasury" has no name after its title.
  // (A word token never ends with a full stop, so its text is looked up as it is.)
  for (let index = first; index < run.end - 1; index++) {
    const token = tokens[index] as Token;
    // "Ministry of Health and Welfare": no title is dropped past "and" (`andNameEnd`).
    if (token.text === 'and') break;
    if (token.text === 'of' || token.text === 'for' || token.text === '&') {
      // "Chief of Staff Howard Baker", "Secretary of State George Shultz": one title; not
      // "Ministry of Health and Welfare".
      if (titles.has(tokens[index + 1]?.text ?? '') && tokens[index + 2]?.text !== 'and') continue;
      break;
    }
    if (titles.has(token.text)) {
      start = index + 1;
      titled = true;
    }
  }
  while (start < run.end && !(tokens[start] as Token).word) start++;
  // "Chief Inspector of Mines Redzuan Sumun": a title that goes on with "of" is kept whole.
  if (start >= run.end || joinsName((tokens[start] as Token).lower)) start = first;
  // "Steve Slifer of Lehman Government Securities Inc": the person before "of".
  const of = personBeforeOf(view, start, run.end);
  if (of !== undefined) return view.text.slice((tokens[start] as Token).start, (tokens[of - 1] as Token).end);
  // "Economist Intelligence Unit" is an organisation, not the economist Intelligence Unit.
  if (hasOrganisationWord(tokens, start, run.end)) {
    start = first;
    titled = false;
  }
  // "Congressional Budget Office's Rudolph Penner": a person after an organisation's possessive.
  for (let index = run.end - 2; index > start; index--) {
    if (!endsWithApostropheS((tokens[index] as Token).text)) continue;
    if (isPersonAfterOwner(tokens, start, index, run.end)) start = index + 1;
    break;
  }
  // Asked of every capitalised run, most of them one word: words counted and the text of a
  // one-token name taken as it is, rather than filtered arrays and a slice and a regular
  // expression per run.
  const text = withoutApostropheS(textOf(view, start, run.end));
  let wordCount = 0;
  let lastWord = start;
  for (let index = start; index < run.end; index++) {
    if (!(tokens[index] as Token).word) continue;
    wordCount++;
    lastWord = index;
  }
  if (wordCount > 1) {
    // "Rubens Habbema" after "Murilo Rubens Habbema": the fuller name.
    const surname = (tokens[lastWord] as Token).lower;
    const fuller = state.people.get(surname);
    if (fuller && fuller.length > text.length && fuller.endsWith(` ${text}`)) return fuller;
  }
  if (wordCount === 1) {
    const lower = lowerOf(text, tokens[start] as Token);
    const known = state.people.get(lower) ?? state.acronyms.get(text);
    if (known) return known;
    const candidate = titled ? state.candidates.get(lower) : undefined;
    if (candidate) return candidate;
    // An unknown "Mr X" keeps its title: it is the fullest name the article gives.
    if (titled) return withoutApostropheS(textOf(view, first, run.end));
  }
  return text;
}

/**
 * Whether a run opens its sentence with one of `descriptors` before a name: not a name with
 * only an organisation's word or a firm's suffix left ("Charity Commission", "Carrier Corp").
 */
function isDescriptorAtStart(tokens: readonly Token[], run: Run): boolean {
  // The run's length first: reading past the block's end deoptimised nameOfRun.
  if (run.end - run.start < 2) return false;
  const first = tokens[run.start] as Token;
  const next = tokens[run.start + 1] as Token;
  if (!descriptors.has(first.text) || !next.word) return false;
  if (run.end - run.start === 2 && (organisationWords.has(next.text) || firmSuffixes.has(next.text))) return false;
  return opensSentence(tokens, run.start);
}

/** Whether the token at `index` is the first of a sentence: the block's, or after a stop or a dash. */
function opensSentence(tokens: readonly Token[], index: number): boolean {
  const previous = tokenAt(tokens, index - 1);
  if (previous === undefined) return true;
  return sentenceOpeners.has(previous.text);
}

const sentenceOpeners = new Set(['.', '!', '?', ':', '-', '–', '—']);

/**
 * Common nouns that describe the name after them ("Retailer Tesco", "Singer Adele"), written
 * with a capital only at the start of a sentence; the rest of such a run is the name.
 */
const descriptors = words(`
  Charity Retailer Carmaker Automaker Regulator Watchdog Broadcaster Lender Insurer Chipmaker Drugmaker
  Miner Housebuilder Airline Supermarket Publisher Pollster Bookmaker Supplier Manufacturer Conglomerate
  Developer Singer Actor Actress Author Novelist Comedian Presenter Entrepreneur Billionaire Businessman
  Businesswoman Footballer Goalkeeper Midfielder Defender Striker Chef Designer Artist Rapper Musician
  Campaigner Activist Lawyer Scientist Researcher Historian Photographer Investor Tycoon Pensioner
`);

/**
 * Whether the words after an owner's possessive at `possessive` name a person: two words or more
 * that start with a first name or follow an organisation ("Congressional Budget Office's Rudolph
 * Penner"). Loops: the arrays sliced and mapped here before deoptimised nameOfRun.
 */
function isPersonAfterOwner(tokens: readonly Token[], start: number, possessive: number, end: number): boolean {
  let firstName: Token | undefined;
  let words = 0;
  for (let index = possessive + 1; index < end; index++) {
    const token = tokens[index] as Token;
    if (!token.word) continue;
    firstName ??= token;
    words++;
  }
  if (words < 2) return false;
  if (firstNames.has((firstName as Token).text)) return true;
  for (let index = start; index <= possessive; index++) {
    if (organisationWords.has(withoutApostropheS((tokens[index] as Token).text))) return true;
  }
  return false;
}

/** The text of tokens `start` to `end`: a one-token range is the token's own string, not a new slice. */
function textOf(view: BlockView, start: number, end: number): string {
  const first = view.tokens[start] as Token;
  if (end - start === 1) return first.text;
  return view.text.slice(first.start, (view.tokens[end - 1] as Token).end);
}

/** A name in lower case: the token's own lower case when the name is that token's text. */
function lowerOf(name: string, token: Token | undefined): string {
  return token !== undefined && name === token.text ? token.lower : name.toLowerCase();
}

/** Whether a word ends with `'s` or `’s` (`/['’]s$/`, without a regular expression run per word). */
function endsWithApostropheS(word: string): boolean {
  const length = word.length;
  return length >= 2 && word.charCodeAt(length - 1) === 115 && isApostropheCode(word.charCodeAt(length - 2));
}

/** The word without a final `'s` or `’s` (`.replace(/['’]s$/, '')`). */
function withoutApostropheS(word: string): string {
  return endsWithApostropheS(word) ? word.slice(0, -2) : word;
}

function latest(
  view: BlockView,
  position: number,
  kind: 'person' | 'organisation',
  state: SpeakerState,
  gender: Gender = 'unknown',
): string | undefined {
  // "he" is most often the last person who spoke in the paragraph, then the last one named in
  // it, then the speaker or person of the paragraph before.
  // Read backwards from the position, found by binary search (mentions are sorted by position):
  // reading forwards from the block's start for every pronoun was quadratic in a paragraph of
  // thousands of attributed quotes.
  const { mentions, spoken } = view;
  let learnt = countBefore(mentions, position) - 1;
  let noted = countBefore(spoken, position) - 1;
  let found: string | undefined;
  let spoke: string | undefined;
  // Both lists read backwards, merged: at one position a noted speaker comes after a learnt name.
  // A walk of `walkedMentions`; a longer one is left to the mentions' index (`indexedLatest`).
  let steps = walkedMentions;
  while ((learnt >= 0 || noted >= 0) && spoke === undefined) {
    if (steps-- === 0) {
      ({ found, spoke } = indexedLatest(view, position, kind, gender));
      break;
    }
    const fromNoted =
      learnt < 0 || (noted >= 0 && (spoken[noted] as Mention).position >= (mentions[learnt] as Mention).position);
    const mention = (fromNoted ? spoken[noted--] : mentions[learnt--]) as Mention;
    if (mention.kind !== kind) continue;
    // "Tom Brown met Mary Jones. '…,' she said": she is not Tom Brown, subject though he is.
    if (gender !== 'unknown' && !mayBe(mention.name, gender)) continue;
    found ??= mention.name;
    if (mention.speaker) spoke = mention.name;
  }
  // "The company said" in the paragraph after "Harbour Light Marine Corp said it filed with the
  // Securities and Exchange Commission" is the firm that spoke, not the last one named.
  if (kind === 'organisation') {
    const spokeBefore =
      state.lastSpeakingOrganisation && state.block - state.lastSpeakingOrganisation.block <= 1
        ? state.lastSpeakingOrganisation.name
        : undefined;
    return found ?? spokeBefore ?? state.lastOrganisation;
  }
  const previous = state.lastSpeaker && state.block - state.lastSpeaker.block <= 1 ? state.lastSpeaker.name : undefined;
  if (gender === 'unknown') return spoke ?? found ?? previous ?? state.lastPerson;
  return spoke ?? found ?? genderedOrUndefined(previous, gender) ?? genderedOrUndefined(state.lastPerson, gender);
}

/**
 * How many mentions `latest` reads back before it asks the index: more than any walk on the
 * corpus's 4,313 articles (15), so that the index is built only for the odd paragraph.
 */
const walkedMentions = 64;

/**
 * A list of mentions (a block's `mentions` or `spoken`) by class: kind, the gender the name
 * says, and whether it is a speaker, each in the list's order, with its place in that order.
 */
interface MentionIndex {
  readonly classes: Map<string, IndexedMention[]>;
  /** The next `order`: a mention inserted later comes after those at its position. */
  next: number;
}

interface IndexedMention {
  readonly mention: Mention;
  readonly order: number;
}

/** Indexes by list, built when `latest` first needs one and kept up by `insertMention`. */
const mentionIndexes = new WeakMap<Mention[], MentionIndex>();

function classOf(mention: Mention, speaker: boolean): string {
  return `${mention.kind} ${genderOfName(mention.name)}${speaker ? ' speaker' : ''}`;
}

function indexMention(index: MentionIndex, mention: Mention): void {
  const key = classOf(mention, mention.speaker === true);
  const list = index.classes.get(key) ?? [];
  index.classes.set(key, list);
  const entry = { mention, order: index.next++ };
  const at = entriesBefore(list, mention.position + 1);
  if (at === list.length) list.push(entry);
  else list.splice(at, 0, entry);
}

function mentionIndexOf(mentions: Mention[]): MentionIndex {
  let index = mentionIndexes.get(mentions);
  if (index === undefined) {
    index = { classes: new Map(), next: 0 };
    for (const mention of mentions) indexMention(index, mention);
    mentionIndexes.set(mentions, index);
  }
  return index;
}

/**
 * `latest`'s walk done by index: the latest mention before `position` of the kind and a gender
 * the pronoun allows (`found`), and the latest such speaker (`spoke`), both lists merged as the
 * walk merges them. A pronoun with no one of its kind and gender near ("She said" after men
 * only, "they" with no organisation) read back to the block's start, quadratic in a paragraph of
 * such quotes (`He said "yes". She said "no". They said "maybe".`, 400 KB in one paragraph: 16 s
 * to parse, now 0.7 s).
 */
function indexedLatest(
  view: BlockView,
  position: number,
  kind: 'person' | 'organisation',
  gender: Gender,
): { found: string | undefined; spoke: string | undefined } {
  const genders = gender === 'unknown' ? ['female', 'male', 'unknown'] : [gender, 'unknown'];
  let found: [Mention, number, number] | undefined;
  let spoke: [Mention, number, number] | undefined;
  // Later wins; at one position a noted speaker (rank 1) comes after a learnt name, and within a
  // list the one inserted later.
  const later = (a: [Mention, number, number], b: [Mention, number, number] | undefined) =>
    b === undefined ||
    a[0].position > b[0].position ||
    (a[0].position === b[0].position && (a[1] > b[1] || (a[1] === b[1] && a[2] > b[2])));
  for (const [rank, list] of [view.mentions, view.spoken].entries()) {
    const index = mentionIndexOf(list);
    for (const each of genders) {
      for (const speaker of [false, true]) {
        const entries = index.classes.get(`${kind} ${each}${speaker ? ' speaker' : ''}`);
        if (entries === undefined) continue;
        const last = entries[entriesBefore(entries, position) - 1];
        if (last === undefined) continue;
        const candidate: [Mention, number, number] = [last.mention, rank, last.order];
        if (later(candidate, found)) found = candidate;
        if (speaker && later(candidate, spoke)) spoke = candidate;
      }
    }
  }
  return { found: found?.[0].name, spoke: spoke?.[0].name };
}

/** How many indexed mentions (in order) lie before a position, by binary search. */
function entriesBefore(entries: readonly IndexedMention[], position: number): number {
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((entries[middle] as IndexedMention).mention.position < position) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The gender a pronoun gives its person. */
type Gender = 'female' | 'male' | 'unknown';

function pronounGender(pronoun: string): Gender {
  if (pronoun === 'she' || pronoun === 'her') return 'female';
  return pronoun === 'he' || pronoun === 'him' ? 'male' : 'unknown';
}

function genderedOrUndefined(name: string | undefined, gender: Gender): string | undefined {
  return name !== undefined && mayBe(name, gender) ? name : undefined;
}

/**
 * Whether a person may be of a pronoun's gender: false only when the name says otherwise, by its
 * courtesy title ("Mrs Smith", "Sir John") or a first name that is nearly always one gender.
 * A name it cannot tell (most of them, and "a banker") may be either.
 */
function mayBe(name: string, gender: Gender): boolean {
  const known = genderOfName(name);
  return known === 'unknown' || known === gender;
}

/** The gender a name says by its title or first name, if any. */
function genderOfName(name: string): Gender {
  const space = name.indexOf(' ');
  const first = space < 0 ? name : name.slice(0, space);
  return femaleMarks.has(first) ? 'female' : maleMarks.has(first) ? 'male' : 'unknown';
}

/** Titles and first names that say a person is a woman (names that are given to both are left out). */
const femaleMarks = words(`
  Mrs Ms Miss Dame Lady Baroness Queen Princess Duchess Madam
  Alice Alison Amanda Amy Angela Ann Anna Anne Barbara Betty Carla Carly Carol Caroline Catherine Charlotte
  Cheryl Christine Claire Clare Deborah Diana Diane Donna Dorothy Eleanor Elena Elizabeth Ellen Emily Emma
  Esther Eva Fiona Frances Gillian Gloria Hannah Harriet Hazel Heather Helen Hillary Ingrid Irene Isabel
  Jacqueline Jane Janet Janice Jennifer Jessica Jill Joan Joanna Josephine Joyce Judith Judy
  Julia Julie Karen Kate Katherine Kathleen Kathryn Katie Laura Lauren Linda Lisa Louise Lucy
  Margaret Maria Marie Marina Martha Mary Megan Meg Melanie Melissa Michelle Monica Nancy Natalie Nia Nicola
  Nicole Olga Patricia Pauline Penny Rachel Rebecca Rose Ruth Sally Samantha Sandra Sarah Sharon Sheila
  Shirley Sian Silvia Sonia Sophie Stephanie Susan Suzanne Tessa Theresa Tracy Valerie Victoria Virginia
  Wendy Yvonne Zoe Angela Condoleezza Madeleine Margot Ségolène Benazir Indira Yulia Ursula Christine
  Theresa Nicola Harriet Priti Liz Kemi Bronwen Lakshmi Olena
`);

/** Titles and first names that say a person is a man. */
const maleMarks = words(`
  Mr Sir Lord Baron King Prince Duke
  Aaron Adam Adrian Ahmed Alan Albert Alexander Alfred Andrew Andy Anthony Antonio Arnold Arthur Barry
  Ben Benjamin Bernard Bill Bob Boris Brian Bruce Carl Carlos Charles Christopher Colin Craig Daniel Dave
  David Dennis Derek Dmitry Donald Douglas Edward Eric Frank Fred Gary Geoff Geoffrey George Gerald
  Gerhard Gordon Graham Greg Harold Harry Henry Hugh Ian Igor Jack Jacques James Jason Jeff Jeremy Jim
  Joe John Jonathan Joseph Juan Julian Keith Kenneth Kevin Larry Mark Martin Matthew Michael Mike
  Mikhail Mohammed Muhammad Neil Nicholas Nick Nigel Oliver Patrick Paul Peter Philip Phil Pierre Ralph
  Raymond Richard Robert Roger Ronald Rupert Scott Sean Sergei Simon Stephen Steve Steven Stuart Thomas
  Tim Timothy Tom Tony Trevor Victor Vladimir Walter Warren Wayne William Wolfgang Yasser
`);

/** "a banker", "another dealer", "the union official": an unnamed person a pronoun may refer to. */
function isPersonPhrase(phrase: string): boolean {
  if (isCapitalised(phrase) && !/^(?:A|An|The|Another|One)\b/.test(phrase)) return false;
  const head = phrase.split(/\s+/).pop()?.toLowerCase() ?? '';
  return sourceNouns.has(head) || roleNouns.has(head);
}

/** Whether a name reads as a person's: two to four capitalised words with no organisation word. */
function looksLikePersonName(name: string, state: SpeakerState, parts = nameWords(name)): boolean {
  if (parts.length === 1) return state.people.get(name.toLowerCase()) !== undefined;
  if (parts.length > 5) return false;
  if (parts[0] === 'the' || parts[0] === 'The') return false;
  // "U.S. Banks", "U.K. Treasury": a country's initials, not a person's.
  if (countryInitials.has(parts[0] as string)) return false;
  for (const part of parts) {
    if (organisationWords.has(part)) return false;
    if (part.length > 1 && isUpperCase(part) && part.charCodeAt(part.length - 1) !== 46) return false;
    if (!isCapitalised(part) && !nameParticles.has(part)) return false;
  }
  return true;
}

/** Countries written as initials, which open no person's name. */
const countryInitials = words('U.S. U.S.A. U.K. U.N. E.U.');

/** Lower-case words inside a person's name ("Osama bin Laden"). */
const nameParticles = words('bin al de van von da du');

/** Whether a word is its own upper case; one with a lower-case ASCII letter is not, without upper-casing it. */
function isUpperCase(word: string): boolean {
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index);
    if (code >= 97 && code <= 122) return false;
  }
  return word === word.toUpperCase();
}

/** How many mentions (sorted by position) lie before a position, by binary search. */
function countBefore(mentions: readonly Mention[], position: number): number {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((mentions[middle] as Mention).position < position) low = middle + 1;
    else high = middle;
  }
  return low;
}

function insertMention(mentions: Mention[], mention: Mention): void {
  // After every mention at or before its position (positions are whole offsets). Mentions mostly
  // come in order (an append); the place of one that does not is found by binary search.
  const low = countBefore(mentions, mention.position + 1);
  if (low === mentions.length) mentions.push(mention);
  else mentions.splice(low, 0, mention);
  const index = mentionIndexes.get(mentions);
  if (index !== undefined) indexMention(index, mention);
}

/**
 * Learn the names of a block: people (by first name, title, role or a following appositive),
 * their roles, and organisations that act as subjects ("UK Coal plunges", "Qantas said").
 */
function learnNames(view: BlockView, state: SpeakerState): void {
  const { tokens } = view;
  for (const run of capitalisedRuns(view, 0, tokens.length)) {
    if (run.end - run.start === 1) {
      if (run.possessive) continue;
      const token = tokens[run.start] as Token;
      if (state.people.get(token.lower) === undefined && state.acronyms.get(token.text) === undefined) {
        learnWord(view, state, run, token);
        continue;
      }
    }
    // Hot: one pass per run over its tokens instead of a sliced and filtered array of its words.
    let firstWord: Token | undefined;
    let lastWord = run.start;
    for (let index = run.start; index < run.end; index++) {
      const token = tokens[index] as Token;
      if (!token.word) continue;
      firstWord ??= token;
      lastWord = index;
    }
    if (firstWord === undefined) continue;
    const position = firstWord.start;
    const titled = hasTitleBefore(tokens, run.start, lastWord);
    const name = nameOfRun(view, run, state);
    const facts = nameFactsOf(name, state);
    const nameParts = facts.parts;
    // `tokenAt`: a run may open the block, and reading index -1 is a slow generic look-up.
    const courtesy = isCourtesyTitle(firstWord) || isCourtesyTitle(tokenAt(tokens, run.start - 1));
    const shape = facts.personShaped;
    // Only a name of the right shape is asked about its first name.
    const firstName = shape && firstNames.has(nameParts[0] as string);
    const single = nameParts.length === 1;
    const lowerName = single ? lowerOf(name, firstWord) : undefined;
    const known = lowerName !== undefined && state.people.has(lowerName);
    // "Economist Intelligence Unit (EIU)": later "the EIU" is the full name.
    const acronym = acronymAfter(view, run.end);
    if (acronym && !single) state.acronyms.set(acronym, name);
    if (shape && nameParts.length <= 3) state.candidates.set(facts.last as string, name);
    const appositive = shape && nameParts.length <= 3 && hasAppositive(view, run.end);
    // The role is looked for only when it can count: most runs are one word and no person's.
    const roleCounts = shape && !firstName;
    const role = roleCounts ? roleOf(view, run) : undefined;
    // "confectionery firm, Cadbury Schweppes,": shaped like a person's name, but a firm's. Not
    // with a first name: "real estate developer Donald Trump".
    const described = !firstName && describedAsOrganisation(view, run);
    if (
      !described &&
      ((shape && (firstName || role !== undefined || titled || courtesy || appositive)) ||
        known ||
        (single && courtesy))
    ) {
      if (shape) registerFacts(facts, name, state);
      const full = state.people.get(lowerName ?? name.toLowerCase()) ?? name;
      const personRole = roleCounts ? role : roleOf(view, run);
      if (personRole) state.roles.set(personRole, full);
      insertMention(view.mentions, { position, name: full, kind: 'person', speaker: startsSentence(view, run.start) });
      continue;
    }
    if (isOrganisationSubject(view, run)) {
      // The name is read again only when the state it was resolved in has changed since.
      const again = (acronym && !single) || (shape && nameParts.length <= 3);
      const organisation = again ? nameOfRun(view, run, state) : name;
      if (!isAgencyName(organisation))
        insertMention(view.mentions, { position, name: learnOrganisation(organisation, state), kind: 'organisation' });
    } else if (described) {
      // Its short name stands for it from now on, but it is no mention "it" or "the company"
      // could stand for: an object or an aside ("its stake in consortium Tube Lines").
      learnOrganisation(name, state);
    }
  }
}

/**
 * `learnNames` for a run of one word that names no one known yet, most runs ("Qantas",
 * "London", "Mr"): `nameOfRun` gives back the word, which is no person's shape, so only a title
 * before it makes it a person, and only a verb or an organisation word after it an organisation.
 * Taking this path skips resolving, splitting and re-checking a name per run.
 */
function learnWord(view: BlockView, state: SpeakerState, run: Run, token: Token): void {
  if (isCourtesyTitle(token) || isCourtesyTitle(tokenAt(view.tokens, run.start - 1))) {
    const role = roleOf(view, run);
    if (role) state.roles.set(role, token.text);
    const speaker = startsSentence(view, run.start);
    insertMention(view.mentions, { position: token.start, name: token.text, kind: 'person', speaker });
    return;
  }
  // A news agency named in the dateline or a credit ("(Reuters) -") distributes the story: it is
  // not "the company" or "the exchange" a later sentence attributes a figure to.
  if (isOrganisationSubject(view, run) && !isAgencyName(token.text) && !isAbstractNounOpening(view, run, token)) {
    const name = fullOrganisationName(token.text, state);
    insertMention(view.mentions, { position: token.start, name, kind: 'organisation' });
  }
}

/**
 * An organisation's name as the article first gave it in full: "Alcan" after "Alcan Aluminium
 * Ltd", "Hutton" after "E.F. Hutton Group Inc", "National Data" after "National Data Corp", as
 * a person's surname stands for their full name. A name of three words or more is a name in full
 * already ("Ford Motor Co" is not "Ford Motor Co of Canada Ltd") and is given back as it is.
 */
function fullOrganisationName(name: string, state: SpeakerState): string {
  // One lookup: asked of every organisation named and every source read (a scan of the names
  // learnt, with `startsWith`, cost 1% of a parse).
  return state.organisations.get(name) ?? name;
}

/**
 * Record an organisation named in full and give its fullest name: its first word and first two
 * words, initials left out ("E.F. Hutton Group Inc" → "Hutton", "Hutton Group"), stand for it
 * from now on. The first organisation so named keeps them: a story names its subject first
 * ("Telemedia Inc", then its unit "Telemedia Publishing Inc", then "Telemedia said").
 */
function learnOrganisation(name: string, state: SpeakerState): string {
  const full = fullOrganisationName(name, state);
  if (full !== name) return full;
  // The words are the name's own (`nameFactsOf` splits each name once per article) unless
  // initials open it, which are left out: the name was split again at every mention (1.6% of the
  // instructions of a parse went to splitting names). Initials and a space are three characters
  // at least, and a stop is their second or third code unit (a capital outside the BMP is two).
  const initials = name.length > 2 && (name.charCodeAt(1) === 46 || name.charCodeAt(2) === 46);
  const words = initials ? nameWords(name.replace(/^(?:\p{Lu}\.)+ /u, '')) : nameFactsOf(name, state).parts;
  if (words.length < 2) return name;
  const first = words[0] as string;
  const { organisations } = state;
  if (!organisations.has(first)) organisations.set(first, name);
  const two = words.length > 2 ? `${first} ${words[1]}` : undefined;
  if (two !== undefined && !organisations.has(two)) organisations.set(two, name);
  return name;
}

/**
 * `Construction is due to cost £5m, the council said`: a sentence's first word has a capital
 * whatever it is, and an abstract noun there ("Construction", "Unemployment", "Confidence") is
 * the subject but no organisation, so "the council" must not resolve to it. Told by its ending;
 * "-ing" is left out, as firms end in it (Boeing).
 */
function isAbstractNounOpening(view: BlockView, run: Run, token: Token): boolean {
  return /\p{Ll}(?:tion|sion|ment|ness|ity|ance|ence|ism|ship)$/u.test(token.text) && startsSentence(view, run.start);
}

/** The lower-case role given to a run's person before or after it ("chief executive Geoff Dixon"). */
function roleOf(view: BlockView, run: Run): string | undefined {
  return roleBefore(view, run.start) ?? roleAfter(view, run.end);
}

/**
 * Whether a token is a courtesy title ("Mr", "Senator"). All of them start with an ASCII
 * capital: a token that does not is not looked up (hashing the lower-case word before a run cost
 * more than the rest of the test).
 */
function isCourtesyTitle(token: Token | undefined): boolean {
  if (token === undefined) return false;
  const code = token.text.charCodeAt(0);
  return code >= 65 && code <= 90 && courtesyTitles.has(token.text);
}

/** Whether a word token before `lastWord` in a run is a title ("Judge Barrington Parker"). */
function hasTitleBefore(tokens: readonly Token[], start: number, lastWord: number): boolean {
  for (let index = start; index < lastWord; index++) {
    const token = tokens[index] as Token;
    if (token.word && titles.has(token.text)) return true;
  }
  return false;
}

/**
 * The words of a name (`name.split(/\s+/)`): most names are one word, and the regular
 * expression is run only on a name with a character that may be a space.
 */
function nameWords(name: string): string[] {
  for (let index = 0; index < name.length; index++) {
    const code = name.charCodeAt(index);
    if (code <= 32 || code === 0xa0 || code >= 0x1680) return name.split(/\s+/);
  }
  return [name];
}

/** Whether a run opens its sentence ("Cory Doctorow, …, expressed doubts"): its subject. */
function startsSentence(view: BlockView, start: number): boolean {
  // `tokenAt`: most runs that open their sentence open the block too, where index -1 (a slow
  // generic look-up) would be read.
  let index = start - 1;
  const before = tokenAt(view.tokens, index);
  if (before?.word && capitalStops.has(before.text) && !isDeterminer(before)) index--;
  // After a quote that ends a sentence: `… portability." Cory Doctorow, …`.
  if (/^["”’']$/.test(tokenAt(view.tokens, index)?.text ?? '')) index--;
  const token = tokenAt(view.tokens, index);
  return token === undefined || token.text === '.' || token.text === '!' || token.text === '?' || token.text === ';';
}

/** The acronym in brackets right after a name: "(EIU)", "(EIU )". */
function acronymAfter(view: BlockView, end: number): string | undefined {
  const { tokens } = view;
  if (tokens[end]?.text !== '(') return undefined;
  const inner = tokens[end + 1];
  if (!inner?.word || tokens[end + 2]?.text !== ')') return undefined;
  return /^\p{Lu}[\p{Lu}&.]{1,7}$/u.test(inner.text) ? inner.text : undefined;
}

/**
 * "Cory Doctorow, European co-ordinator for …", "Dmitry Lukashov, an analyst at …": a
 * description set off by a comma after a name says the name is a person's.
 */
function hasAppositive(view: BlockView, end: number): boolean {
  const { tokens } = view;
  if (tokens[end]?.text !== ',') return false;
  const first = tokens[end + 1];
  const second = tokens[end + 2];
  if (!first?.word) return false;
  const lower = first.lower;
  // "… the Japanese and U.S. Banks, was cut …": a verb after the comma closes an inserted
  // phrase; it describes nobody.
  if (appositiveStops.has(lower)) return false;
  if (!isCapitalised(first.text)) return true;
  return (
    second?.word === true && !isCapitalised(second.text) && !phraseBoundaries.has(second.text) && second.text !== 'and'
  );
}

/** Words after a name's comma that open no description of it ("…, and", "…, said"). */
const appositiveStops = words(
  'and or but which who where when while said says told in on at for with from to as if was were is are has have had will would',
);

/** "chief executive Geoff Dixon": the lower-case role right before a name. */
function roleBefore(view: BlockView, start: number): string | undefined {
  const { tokens } = view;
  let from = start;
  while (from > 0 && start - from < 5) {
    const token = tokens[from - 1] as Token;
    if (!token.word || isCapitalised(token.text) || view.quoted[from - 1]) break;
    from--;
  }
  for (let end = start; end > from; end--) {
    const head = (tokens[end - 1] as Token).lower;
    if (roleNouns.has(head)) {
      let roleStart = from;
      // Keep the role's own words only: "new chief executive" → "chief executive".
      while (roleStart < end - 1 && !roleNouns.has((tokens[roleStart] as Token).lower)) roleStart++;
      while (roleStart > from && isRoleModifier((tokens[roleStart - 1] as Token).text)) roleStart--;
      return view.text.slice((tokens[roleStart] as Token).start, (tokens[end - 1] as Token).end).toLowerCase();
    }
    if (end === start) return undefined;
  }
  return undefined;
}

/** Modifiers that belong to a role: "chief financial officer", "managing director". */
function isRoleModifier(word: string): boolean {
  return /^(?:chief|managing|financial|operating|executive|general|deputy|vice|senior|foreign|finance|prime|oil|market|economic|technology|marketing|sales|news|political|business|technical|creative|non-executive)$/.test(
    word.toLowerCase(),
  );
}

/** "Adrian Palmer, managing director of Ontrack": a role in the appositive after a name. */
function roleAfter(view: BlockView, end: number): string | undefined {
  const { tokens } = view;
  if (tokens[end]?.text !== ',') return undefined;
  for (let index = end + 1; index < Math.min(tokens.length, end + 7); index++) {
    const token = tokens[index] as Token;
    if (!token.word) return undefined;
    const lower = token.lower;
    if (roleNouns.has(lower)) {
      let roleStart = index;
      while (roleStart > end + 1 && isRoleModifier((tokens[roleStart - 1] as Token).text)) roleStart--;
      return view.text.slice((tokens[roleStart] as Token).start, token.end).toLowerCase();
    }
  }
  return undefined;
}

/**
 * Whether a run comes right after a noun that says it is an organisation: "confectionery firm
 * Cadbury", or in apposition, "The world's biggest confectionery firm, Cadbury Schweppes, has
 * reported". Its first words then stand for it ("Cadbury said"), as a firm's do (`learnOrganisation`);
 * an organisation named so is often an object, not one that acts, so it is no `isOrganisationSubject`.
 */
function describedAsOrganisation(view: BlockView, run: Run): boolean {
  const { tokens } = view;
  // `tokenAt`: a run may open the block, and reading index -1 is a slow generic look-up.
  let before = tokenAt(tokens, run.start - 1);
  if (before === undefined) return false;
  if (before.text === ',') {
    // An appositive is closed by a comma too: "firm, Cadbury Schweppes, has".
    if (!isComma(tokens[run.end])) return false;
    before = tokenAt(tokens, run.start - 2);
    if (before === undefined) return false;
  }
  return before.word && before.text === before.lower && organisationNouns.has(before.lower);
}

/** An organisation that acts: a non-person run followed by a verb, or containing an organisation word. */
function isOrganisationSubject(view: BlockView, run: Run): boolean {
  // "Group advertising revenues were up", "downloads of TV programmes": a common word alone.
  if (run.end - run.start === 1 && genericOrganisationWords.has((view.tokens[run.start] as Token).text)) return false;
  for (let index = run.start; index < run.end; index++) {
    const token = view.tokens[index] as Token;
    if (token.word && organisationWords.has(token.text)) return true;
  }
  const next = view.tokens[run.end];
  if (!next?.word) return false;
  // `cueVerbs.has(next.lower)`, from the class tokenize looked up; then a Set rather than an
  // alternation of verbs run as a regular expression for every run.
  if ((next.classes & wordClass.cueVerb) !== 0) return true;
  return organisationVerbs.has(next.lower);
}

/** Whether a word is a number written out: "three", "sixty-seven". */
function isNumberWord(lower: string): boolean {
  if (numberWords.has(lower)) return true;
  const hyphen = lower.indexOf('-');
  return hyphen > 0 && numberWords.has(lower.slice(0, hyphen)) && numberWords.has(lower.slice(hyphen + 1));
}

/** Whether a word is a place made an adjective of a firm: "Seattle-based", "London-listed". */
function isPlaceAdjective(token: Token): boolean {
  return placeAdjective.test(token.text);
}

const placeAdjective = /^\p{Lu}[\p{L}.'’-]*-(?:based|headquartered|registered|listed|owned|controlled)$/u;

/**
 * Organisation words that name no organisation on their own ("Group", "TV", "Inc"), unlike
 * "Reuters", "Microsoft", "Congress" or "the Treasury"; and currencies, which "was" and "has"
 * follow as often ("A weakening Dollar was mainly responsible").
 */
const genericOrganisationWords = words(`
  Group Company Co Corp Corporation Inc Ltd Plc PLC LLC TV Television Radio Bank Ministry Council Agency
  Office Department Commission Institute University College School News Network Networks Channel
  Service Services Authority Board Committee Fund Trust Foundation Federation Organisation
  Organization Party Government Court Industries Systems Technologies Electronics Communications Energy
  Oil Petroleum Steel Mining Coal Capital Partners Securities Investments Markets Research Centre Center
  Club Hospital Police Army Force Forces Movement Front Alliance League Media Magazine International
  Global Financial Software Games Entertainment Pictures Studios Records Music Insurance Assurance
  Brothers Bros Associates Consulting Foods Stores Airport Railways Rail Mobile Labs Laboratories
  Pharmaceuticals Motor Motors Cars Unit Intelligence Institution Initiative Programme Program Project
  Society Consortium Forum Bureau Administration Airlines Airways Holdings Union Association Online
  Dollar Yen Pound Sterling Euro Mark Franc Peso Lira Rupee Yuan Rouble Ruble Krona Krone Guilder
`);

/** Verbs besides the cue verbs that make the run before them an organisation acting. */
const organisationVerbs = words(
  'has have had is was will would plans wants says said reported announced posted made saw sees expects shares',
);
