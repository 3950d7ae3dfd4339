/**
 * 2007–2013: Abe and Hun Sen's first meeting and joint statement, Abe's return to office,
 * Cambodia's 2013 election and the anniversaries and strategic setting of Abe's 2013 visit.
 * (The visit's own talks and joint statement are in 2013-visit.ts.)
 */
import type { EventInput } from "@/lib/events/schema";
import { SRC } from "../sources";
import { count, date, entity, ordinal, text, texts, when } from "./helpers";

const THEMES_2007_DISTRACTORS = ["political and security cooperation", "electoral reform", "maritime security"];

export const events2007to2013: EventInput[] = [
  {
    slug: "abe-hun-sen-first-meeting",
    date: when("2007-06", "'in June in 2007', as recalled in the November 2013 post."),
    name: "the first Abe–Hun Sen meeting",
    kind: "meeting",
    title: "Abe and Hun Sen meet for the first time",
    summary:
      "Shinzo Abe and Hun Sen held their first meeting in Tokyo in June 2007. The joint statement that followed framed cooperation around four themes, from shared values to regional and global issues.",
    actors: ["shinzo-abe", "hun-sen"],
    places: ["tokyo"],
    tags: ["diplomacy", "history"],
    sources: [SRC.abeVisit],
    facts: [
      {
        id: "city",
        ask: "where",
        question: "In which city did Shinzo Abe and Hun Sen hold their first meeting?",
        statement: "Shinzo Abe and Hun Sen first met in {answer}.",
        answer: entity("tokyo"),
        importance: "supporting",
      },
      {
        id: "when",
        ask: "when",
        question: "When did Shinzo Abe and Hun Sen first meet?",
        statement: "The first meeting between Shinzo Abe and Hun Sen took place in {answer}.",
        answer: date("2007-06"),
        importance: "supporting",
      },
    ],
    links: [
      {
        to: "abe-visits-cambodia",
        kind: "followed-up",
        how: "Their first meeting, in Tokyo, produced a joint statement on four themes; the 2013 talks in Cambodia were only their second.",
        importance: "supporting",
      },
    ],
  },
  {
    slug: "first-joint-statement-four-themes",
    date: when("2007-06", "Issued after the June 2007 meeting in Tokyo."),
    name: "the 2007 Japan–Cambodia joint statement",
    kind: "statement",
    title: "First Abe–Hun Sen joint statement sets four themes",
    summary:
      "After the leaders' first meeting the two governments put out a joint statement built on four themes: shared basic values, closer economic ties, better mutual understanding, and work together on regional and global questions. Security did not yet feature.",
    actors: ["joint-statement-2007", "shinzo-abe", "hun-sen"],
    numbers: [{ value: 4, unit: "issues", label: "themes of the 2007 joint statement" }],
    tags: ["diplomacy", "history"],
    sources: [SRC.abeVisit],
    facts: [
      {
        id: "count",
        ask: "how-many",
        question: "How many issues did the 2007 Japan–Cambodia joint statement, issued after Abe and Hun Sen's first meeting, cover?",
        statement: "The 2007 Japan–Cambodia joint statement, issued after Abe and Hun Sen's first meeting, covered {answer} issues.",
        answer: count(4, "issues"),
        importance: "detail",
      },
      {
        id: "theme",
        ask: "which",
        question: "What was one of the themes of the 2007 Japan–Cambodia joint statement, issued after Abe and Hun Sen's first meeting?",
        statement: "One theme of the 2007 Japan–Cambodia joint statement, issued after Abe and Hun Sen's first meeting, was {answer}.",
        answer: text("enhancing economic relations", ["economic relations"], THEMES_2007_DISTRACTORS),
        alsoCorrect: texts(
          ["realizing fundamental values", "promoting mutual understanding", "addressing regional and global issues"],
          THEMES_2007_DISTRACTORS,
        ),
        importance: "supporting",
        suppress: [
          {
            type: "cloze",
            reason:
              "The statement had four themes and the blank takes any of them; multiple choice and typed ask for one and accept all four.",
          },
        ],
      },
      {
        id: "document",
        ask: "which",
        question: "Which document, issued after Abe and Hun Sen's first meeting, set out four themes for cooperation?",
        statement: "The {answer} set out four themes for cooperation between Japan and Cambodia.",
        answer: entity("joint-statement-2007"),
        // The 2013 statement also set out cooperation areas; the others are not bilateral statements at all.
        notDistractors: ["joint-statement-2013", "unga-ukraine-resolution", "five-point-consensus", "japan-constitution"],
        importance: "supporting",
      },
    ],
    links: [
      {
        to: "joint-statement-adds-political-security",
        kind: "followed-up",
        how: "The joint statement of November 2013 built on the four themes of the 2007 one and added political and security cooperation.",
        importance: "core",
      },
    ],
  },
  {
    slug: "abe-returns-to-office",
    date: when("2012-12", "'December last year' in a post of November 2013."),
    kind: "appointment",
    title: "Abe returns as Japan's prime minister",
    summary:
      "Shinzo Abe took up Japan's premiership again in December 2012. Within a year he had completed his round of Southeast Asian visits, ending with Cambodia.",
    name: "Shinzo Abe's return to office as Japan's prime minister",
    actors: ["shinzo-abe", "japan"],
    tags: ["diplomacy", "history"],
    sources: [SRC.abeVisit],
    facts: [
      {
        id: "when",
        ask: "when",
        question: "When did Shinzo Abe resume the premiership of Japan?",
        statement: "Shinzo Abe took up Japan's premiership again in {answer}.",
        answer: date("2012-12"),
        importance: "supporting",
      },
      {
        id: "who",
        ask: "who",
        question: "Which Japanese leader returned to the premiership less than a year before visiting Cambodia in 2013?",
        statement: "{answer} returned as Japan's prime minister less than a year before his 2013 trip to Cambodia.",
        answer: entity("shinzo-abe"),
        importance: "supporting",
      },
    ],
    links: [
      {
        to: "abe-completes-southeast-asia-tour",
        kind: "led-to",
        how: "Abe needed less than a year back in office to finish his Southeast Asian tour, and Cambodia was its last stop.",
        importance: "supporting",
      },
    ],
  },
  {
    slug: "cambodia-general-election",
    date: when("2013-07", "'last July' in a post of November 2013."),
    name: "Cambodia's July 2013 general election",
    kind: "election",
    title: "Cambodia holds a general election",
    summary:
      "Cambodia went to the polls in July 2013. When Abe visited that November he congratulated the country on a peaceful vote while voicing reservations about irregularities.",
    actors: ["cambodia", "shinzo-abe"],
    places: ["cambodia"],
    tags: ["democracy"],
    sources: [SRC.abeVisit],
    facts: [
      {
        id: "when",
        ask: "when",
        question: "When did Cambodia hold the general election that Shinzo Abe praised as peaceful during his November 2013 visit?",
        statement: "Cambodia held the general election that Shinzo Abe praised as peaceful in {answer}.",
        answer: date("2013-07"),
        importance: "supporting",
      },
      {
        id: "reservation",
        ask: "what",
        question: "Shinzo Abe congratulated Cambodia on its peaceful July 2013 election, but about what did he voice reservations?",
        statement: "While congratulating Cambodia on its peaceful July 2013 election, Shinzo Abe expressed reservations about {answer}.",
        answer: text(
          "election irregularities",
          ["irregularities", "electoral irregularities", "irregularities in the election"],
          ["low voter turnout", "the cost of the campaign", "foreign interference"],
        ),
        importance: "core",
      },
    ],
    links: [
      {
        to: "cambodia-seeks-electoral-reform-help",
        kind: "followed-up",
        how: "At the November talks Abe welcomed the vote as peaceful while voicing reservations about irregularities, and Hun Sen asked Japan to share its experience in building democracy.",
        importance: "supporting",
      },
    ],
  },
  {
    slug: "sixty-years-japan-cambodia-ties",
    date: when("2013", "The post calls Abe's November 2013 visit the 60th anniversary of bilateral diplomatic relations."),
    name: "the 60th anniversary of Japan–Cambodia diplomatic relations",
    kind: "anniversary",
    title: "Sixty years of Japan–Cambodia diplomatic relations",
    summary:
      "Abe's visit fell in the 60th anniversary year of diplomatic relations between Japan and Cambodia, and in the same year as the 40th anniversary of Japan's partnership with ASEAN.",
    actors: ["japan", "cambodia"],
    tags: ["anniversary", "diplomacy"],
    sources: [SRC.abeVisit],
    facts: [
      {
        id: "ordinal",
        ask: "which",
        question: "Which anniversary of Japan–Cambodia diplomatic relations did Shinzo Abe's November 2013 visit to Cambodia mark?",
        statement:
          "Shinzo Abe's November 2013 visit to Cambodia marked the {answer} anniversary of diplomatic relations between Japan and Cambodia.",
        answer: ordinal(60, "anniversary"),
        explanation:
          "Formal ties date from 1953, and 2013 also marked 40 years of Japan's partnership with ASEAN, a bond Abe's visit set out to strengthen.",
        importance: "core",
      },
      {
        id: "year",
        ask: "when",
        question: "In what year did Japan and Cambodia mark 60 years of diplomatic relations?",
        statement: "Japan and Cambodia marked 60 years of diplomatic relations in {answer}.",
        answer: date("2013"),
        importance: "supporting",
      },
    ],
    links: [
      {
        to: "japan-cambodia-diplomatic-ties-begin",
        kind: "anniversary-of",
        years: 60,
        how: "Abe's visit to Cambodia in November 2013 fell in that anniversary year, as did the 40th anniversary of Japan's partnership with ASEAN.",
        importance: "core",
      },
    ],
  },
  {
    slug: "forty-years-japan-asean-partnership",
    date: when("2013", "The post calls the year of Abe's November 2013 visit the 40th anniversary of the Japan–ASEAN partnership."),
    name: "the 40th anniversary of Japan's partnership with ASEAN",
    kind: "anniversary",
    title: "Japan's partnership with ASEAN turns forty",
    summary:
      "Abe's visit to Cambodia also coincided with the 40th anniversary of the partnership between Japan and ASEAN, which the trip aimed to deepen into a comprehensive strategic partnership.",
    actors: ["japan", "asean"],
    tags: ["anniversary", "asean"],
    sources: [SRC.abeVisit],
    facts: [
      {
        id: "ordinal",
        ask: "which",
        question: "Which anniversary of the Japan–ASEAN partnership fell in 2013, the year of Shinzo Abe's visit to Cambodia?",
        statement: "Shinzo Abe's 2013 visit to Cambodia came in the year of the {answer} anniversary of the Japan–ASEAN partnership.",
        answer: ordinal(40, "anniversary"),
        importance: "supporting",
      },
      {
        id: "partner",
        ask: "which",
        question: "Abe's 2013 visit to Cambodia also marked 40 years of Japan's partnership with which bloc?",
        statement: "Abe's 2013 visit coincided with 40 years of Japan's partnership with {answer}.",
        answer: entity("asean"),
        notDistractors: ["united-nations"],
        importance: "detail",
      },
    ],
    links: [
      {
        to: "japan-asean-partnership-begins",
        kind: "anniversary-of",
        years: 40,
        how: "Abe's November 2013 visit to Cambodia fell in that anniversary year and set out to deepen Japan's comprehensive strategic partnership with ASEAN.",
        importance: "supporting",
      },
    ],
  },
  {
    slug: "abe-completes-southeast-asia-tour",
    date: when("2013-11", "Completed with the Cambodia visit reported on 16 November 2013."),
    name: "the completion of Shinzo Abe's round of visits to Southeast Asia",
    kind: "visit",
    title: "Abe completes his round of Southeast Asian visits",
    summary:
      "With Cambodia, Abe finished his trips to Southeast Asia less than a year after returning to office. The analysis reads the tour as a signal that Japan means to act in the Asia-Pacific as a security actor and not only an economic one.",
    actors: ["shinzo-abe", "japan", "asean"],
    tags: ["diplomacy", "security", "asean"],
    sources: [SRC.abeVisit],
    facts: [
      {
        id: "timing",
        ask: "what",
        question: "How soon after returning to office did Shinzo Abe complete his round of visits to Southeast Asia?",
        statement: "Shinzo Abe completed his round of Southeast Asian visits {answer} after returning to office.",
        answer: text(
          "less than a year",
          ["less than one year", "under a year", "within a year"],
          ["two years", "three years", "eighteen months"],
        ),
        explanation:
          "Back as prime minister since December 2012, Abe ended the tour in Cambodia. Chheang Vannarith read it as a clear signal that Japan meant to be a security actor in the Asia-Pacific, not only an economic one.",
        importance: "detail",
      },
      {
        id: "signal",
        ask: "what",
        question:
          "According to Chheang Vannarith's November 2013 commentary, what signal about Japan's role did Abe's tour of Southeast Asia send to the region?",
        statement:
          "Chheang Vannarith wrote that Abe's 2013 tour of Southeast Asia signalled Japan's wish to act in the Asia-Pacific as {answer}.",
        answer: text(
          "a security actor as well as an economic one",
          ["a security actor", "security actor", "both an economic and a security actor", "an economic and security actor"],
          ["a purely economic actor", "a neutral bystander", "a nuclear power"],
        ),
        explanation:
          "He put the shift down to the changing strategic and economic landscape in the region: the United States' rebalancing towards Asia, the rise of China and ASEAN's growing role.",
        importance: "core",
      },
    ],
  },
  {
    slug: "strategic-landscape-behind-abe-outreach",
    date: when(
      "2013",
      "The forces Chheang Vannarith's November 2013 commentary names behind Japan's regional strategy at the time.",
      "reported",
    ),
    kind: "background",
    title: "A shifting strategic landscape drives Japan's outreach",
    summary:
      "Chheang Vannarith's 2013 commentary ties Japan's more security-minded approach to three shifts in the region. The first is America's strategic turn towards Asia. The second is China's rise. The third is the growing strategic and economic role of ASEAN.",
    actors: ["us-rebalance-to-asia", "china", "asean", "japan"],
    tags: ["security", "china", "asean"],
    sources: [SRC.abeVisit],
    facts: [
      {
        id: "rising-power",
        ask: "which",
        question: "Whose rise did Chheang Vannarith's November 2013 commentary name as one force reshaping Asia's strategic landscape?",
        statement: "Chheang Vannarith's November 2013 commentary named the rise of {answer} as one force reshaping Asia.",
        answer: entity("china"),
        notDistractors: ["japan", "asean"],
        importance: "core",
      },
      {
        id: "american-policy",
        ask: "which",
        question: "Which American policy did Chheang Vannarith's November 2013 commentary cite as a driver of Japan's strategy in Asia?",
        statement: "Chheang Vannarith's November 2013 commentary cited the {answer} as one driver of Japan's strategy in Asia.",
        answer: entity("us-rebalance-to-asia"),
        importance: "supporting",
      },
      {
        id: "third-factor",
        ask: "what",
        question:
          "Besides America's rebalancing towards Asia and China's rise, what third change did Chheang Vannarith's November 2013 commentary cite as reshaping Asia?",
        statement:
          "Alongside America's rebalancing towards Asia and the rise of China, Chheang Vannarith's November 2013 commentary cited {answer} as reshaping Asia.",
        answer: text(
          "ASEAN's growing strategic and economic role",
          ["the growing role of ASEAN", "ASEAN's growing role", "ASEAN's increasing role", "rising role of ASEAN"],
          ["India's nuclear programme", "Russia's energy exports", "Europe's debt crisis"],
        ),
        importance: "supporting",
      },
    ],
  },
];
