/**
 * Short made-up news articles written for the extraction tests (no sentence from the seed
 * articles), each with the events a careful reader would take from it: the date as resolved
 * against the publication date and the named actors (people and organisations).
 */
import type { DatePrecision } from "@/lib/domain";
import { extractCandidates, type ArticleInput, type CandidateEvent } from "@/lib/extraction/article";

export interface GoldEvent {
  iso: string;
  precision: DatePrecision;
  actors: string[];
}

export interface TestArticle {
  article: ArticleInput;
  events: GoldEvent[];
}

/**
 * The first three were written first and the extractor tuned on them; the last ones were written
 * afterwards and are measured as they come (held out).
 */
export const TEST_ARTICLES: TestArticle[] = [
  {
    article: {
      title: "Riverside council approves a second bridge",
      publisher: "Test Gazette",
      publishedOn: "2024-05-13", // a Monday
      text:
        "The Riverside City Council voted on Thursday to fund a second bridge over the river. " +
        "Mayor Sokha Lim said the bridge would cost $45 million. " +
        "Last year the council rejected a similar plan by 7 votes to 4. " +
        "Construction is expected to start in September, and engineers from the Asian Development Bank will review the design. " +
        "The first bridge opened in 1998.",
    },
    events: [
      { iso: "2024-05-09", precision: "day", actors: ["Riverside City Council"] },
      { iso: "2023", precision: "year", actors: [] },
      { iso: "2024-09", precision: "month", actors: ["Asian Development Bank"] },
      { iso: "1998", precision: "year", actors: [] },
    ],
  },
  {
    article: {
      title: "Rice deal signed in Vientiane",
      publisher: "Test Wire",
      publishedOn: "2023-11-30", // a Thursday
      text:
        "Foreign Minister Elena Park arrived in Vientiane on Sunday for two days of talks. " +
        "She met Prime Minister Somsak Vongsa on Monday and signed an agreement on rice exports of 120,000 tonnes. " +
        "The two governments first agreed to cooperate on farming in March 2019. " +
        "The World Food Programme welcomed the deal in a statement. " +
        "Elena Park will return to Laos next month.",
    },
    events: [
      { iso: "2023-11-26", precision: "day", actors: ["Elena Park"] },
      { iso: "2023-11-27", precision: "day", actors: ["Somsak Vongsa"] },
      { iso: "2019-03", precision: "month", actors: [] },
      { iso: "2023-12", precision: "month", actors: ["Elena Park"] },
    ],
  },
  {
    article: {
      title: "Kyoto museum reopens after renovation",
      publisher: "Test Daily",
      publishedOn: "2022-02-15", // a Tuesday
      text:
        "The National Museum of Modern Art reopened on 1 February after a two-year renovation. " +
        "Director Hiroshi Mori said 15,000 visitors came in the first week. " +
        "In 2020 the museum closed because of the pandemic. " +
        "The Ministry of Culture gave 300 million yen for the work in August.",
    },
    events: [
      { iso: "2022-02-01", precision: "day", actors: ["National Museum of Modern Art"] },
      { iso: "2020", precision: "year", actors: [] },
      { iso: "2021-08", precision: "month", actors: ["Ministry of Culture"] },
    ],
  },
];

export const HELD_OUT_ARTICLES: TestArticle[] = [
  {
    article: {
      title: "A new clinic opens in Porto Alegre",
      publisher: "Test Times",
      publishedOn: "2021-06-18", // a Friday
      text:
        "Health Minister Carlos Mendes opened a new clinic in Porto Alegre on Wednesday. " +
        "The clinic, paid for by the Inter-American Development Bank, has 40 beds. " +
        "Mendes said on 2 June that vaccines would reach rural towns by October. " +
        "In 2019, a flood destroyed the old building. " +
        "Dr. Ana Souza, who runs the clinic, told reporters that 3,000 patients had registered since Monday.",
    },
    events: [
      { iso: "2021-06-16", precision: "day", actors: ["Carlos Mendes"] },
      { iso: "2021-06-02", precision: "day", actors: ["Carlos Mendes"] },
      { iso: "2021-10", precision: "month", actors: [] },
      { iso: "2019", precision: "year", actors: [] },
      { iso: "2021-06-14", precision: "day", actors: ["Ana Souza"] },
    ],
  },
  {
    article: {
      title: "Port workers end strike",
      publisher: "Test Herald",
      publishedOn: "2020-10-05", // a Monday
      text:
        "Dock workers at the port of Valparaiso ended a nine-day strike on Saturday. " +
        "The Maritime Workers Union said its members had won a pay rise of 6 percent. " +
        "Talks with the Port Authority broke down last week, when Union leader Jorge Rios walked out. " +
        "The last strike at the port, in 2015, lasted a month. " +
        "Ships will be unloaded around the clock until November.",
    },
    events: [
      { iso: "2020-10-03", precision: "day", actors: [] },
      { iso: "2020-09-28", precision: "day", actors: ["Port Authority", "Jorge Rios"] },
      { iso: "2015", precision: "year", actors: [] },
      { iso: "2020-11", precision: "month", actors: [] },
    ],
  },
];

/** Events with the right date (iso and precision) and the right actors (people and organisations, as sets). */
export function score(articles: readonly TestArticle[]): {
  candidates: number;
  gold: number;
  matched: number;
  precision: number;
  recall: number;
} {
  let candidates = 0;
  let gold = 0;
  let matched = 0;
  let goldFound = 0;
  const key = (iso: string, precision: string, actors: string[]) =>
    `${iso}|${precision}|${[...actors]
      .map((a) => a.toLowerCase())
      .sort()
      .join(";")}`;
  for (const { article: a, events } of articles) {
    const found = extractCandidates(a).map((c: CandidateEvent) => key(c.date.iso, c.date.precision, [...c.people, ...c.organisations]));
    const expected = events.map((e) => key(e.iso, e.precision, e.actors));
    candidates += found.length;
    gold += expected.length;
    matched += found.filter((f) => expected.includes(f)).length;
    goldFound += expected.filter((e) => found.includes(e)).length;
  }
  return { candidates, gold, matched, precision: matched / candidates, recall: goldFound / gold };
}
