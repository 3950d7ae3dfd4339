/**
 * 2023: seventy years of ties, Hun Manet's arrival in office, the Japan–ASEAN special summit in
 * Tokyo and the Kishida–Hun Manet talks (their maritime setting is in 2023-context.ts).
 */
import type { EventInput } from "@/lib/events/schema";
import { SRC } from "../sources";
import { count, date, entity, ordinal, text, when } from "./helpers";

const TALKS_DAY = "2023-12-18";
const TALKS_NOTE = "'Monday' in the Kyodo report dated 19 December 2023.";

export const events2023: EventInput[] = [
  {
    slug: "seventy-years-japan-cambodia-ties",
    date: when(
      "2023",
      "The foreign ministers said in November 2021 that '2023 will be' the 70th anniversary of formal ties (announced in advance): seventy years after 1953.",
      "derived",
    ),
    name: "the 70th anniversary of Japan–Cambodia diplomatic relations",
    kind: "anniversary",
    title: "Seventy years of formal Japan–Cambodia ties",
    summary:
      "In their November 2021 call the two foreign ministers looked forward to 2023 as a milestone worth celebrating: seventy years of formal relations between Japan and Cambodia.",
    actors: ["japan", "cambodia", "prak-sokhonn", "yoshimasa-hayashi"],
    tags: ["anniversary", "diplomacy"],
    sources: [SRC.foreignMinistersCall],
    facts: [
      {
        id: "ordinal",
        ask: "which",
        question:
          "Which anniversary of formal Japan–Cambodia ties did foreign ministers Prak Sokhonn and Yoshimasa Hayashi say in November 2021 that 2023 would mark?",
        statement:
          "In November 2021 foreign ministers Prak Sokhonn and Yoshimasa Hayashi noted that 2023 would mark the {answer} anniversary of formal ties between Japan and Cambodia.",
        answer: ordinal(70, "anniversary"),
        importance: "core",
      },
      {
        id: "year",
        ask: "when",
        question:
          "Which year did foreign ministers Prak Sokhonn and Yoshimasa Hayashi call, in November 2021, an important juncture for celebrating 70 years of Japan–Cambodia ties?",
        statement:
          "In November 2021 foreign ministers Prak Sokhonn and Yoshimasa Hayashi called {answer} an important juncture for celebrating 70 years of Japan–Cambodia ties.",
        answer: date("2023"),
        importance: "supporting",
      },
    ],
    links: [
      {
        to: "japan-cambodia-diplomatic-ties-begin",
        kind: "anniversary-of",
        years: 70,
        how: "Already in November 2021 the two countries' foreign ministers looked ahead to 2023 as an important moment to celebrate.",
        importance: "core",
      },
    ],
  },
  {
    slug: "hun-manet-takes-office",
    date: when("2023-08", "'since taking office in August', in the Kyodo report dated 19 December 2023."),
    name: "Hun Manet's taking office as Cambodia's prime minister",
    kind: "appointment",
    title: "Hun Manet becomes Cambodia's prime minister",
    summary: "Hun Manet took office as Cambodia's prime minister. His December trip to Tokyo was his first visit to Japan in the post.",
    actors: ["hun-manet", "cambodia"],
    tags: ["diplomacy", "democracy"],
    sources: [SRC.bolsterSecurity],
    facts: [
      {
        id: "when",
        ask: "when",
        question: "When did Hun Manet take office as Cambodia's prime minister?",
        statement: "Hun Manet took office as Cambodia's prime minister in {answer}.",
        answer: date("2023-08"),
        explanation:
          "Four months later he made his first trip to Japan as prime minister, agreeing with Kishida in Tokyo to strengthen security cooperation.",
        importance: "core",
      },
      {
        id: "who",
        ask: "who",
        question: "Which Cambodian prime minister took office in August 2023?",
        statement: "{answer} took office as Cambodia's prime minister in August 2023.",
        answer: entity("hun-manet"),
        explanation:
          "He made his first trip to Japan in the post in December 2023, when he and Kishida agreed to launch a vice defence minister-level dialogue.",
        importance: "core",
        suppress: [
          {
            type: "true_false",
            variant: "true",
            reason: "Its true statement is word for word the true statement of the 'when' fact of this event, which is asked.",
          },
        ],
      },
    ],
    links: [
      {
        to: "kishida-hun-manet-tokyo-talks",
        kind: "followed-up",
        how: "The Tokyo talks came on Hun Manet's first trip to Japan as prime minister, a day after the Japan–ASEAN special summit.",
        importance: "core",
      },
    ],
  },
  {
    slug: "japan-asean-special-summit",
    date: when("2023-12-17", "'on Sunday', the day before the Monday talks, in the Kyodo report dated 19 December 2023."),
    name: "the Japan–ASEAN special summit of December 2023 in Tokyo",
    kind: "summit",
    title: "Japan and ASEAN hold a special summit for half a century of ties",
    summary:
      "ASEAN's leaders gathered in Tokyo for a special summit with Japan celebrating half a century of friendship and working together.",
    actors: ["japan-asean-special-summit", "asean", "japan", "fumio-kishida"],
    places: ["tokyo"],
    numbers: [{ value: 50, unit: "years", label: "of Japan–ASEAN friendship and cooperation" }],
    tags: ["asean", "anniversary", "diplomacy"],
    sources: [SRC.bolsterSecurity],
    facts: [
      {
        id: "years",
        ask: "how-many",
        question: "How many years of Japan–ASEAN friendship and cooperation did the Japan–ASEAN special summit of December 2023 mark?",
        statement: "The Japan–ASEAN special summit of December 2023 celebrated {answer} of Japan–ASEAN friendship and cooperation.",
        answer: count(50, "years"),
        importance: "core",
      },
      {
        id: "date",
        ask: "when",
        question: "On what date was the Japan–ASEAN special summit held in Tokyo?",
        statement: "The Japan–ASEAN special summit took place in Tokyo on {answer}.",
        answer: date("2023-12-17"),
        importance: "supporting",
      },
      {
        id: "city",
        ask: "where",
        question: "In which city was the Japan–ASEAN special summit of December 2023 held?",
        statement: "The Japan–ASEAN special summit of December 2023 was held in {answer}.",
        answer: entity("tokyo"),
        importance: "supporting",
      },
      {
        id: "gathering",
        ask: "which",
        question: "What gathering brought ASEAN leaders to Tokyo on 17 December 2023?",
        statement: "ASEAN leaders came to Tokyo on 17 December 2023 for the {answer}.",
        answer: entity("japan-asean-special-summit"),
        importance: "supporting",
      },
    ],
    links: [
      {
        to: "japan-asean-partnership-begins",
        kind: "anniversary-of",
        years: 50,
        how: "The special summit of December 2023 celebrated 50 years of Japan–ASEAN friendship and cooperation, which began in 1973.",
        importance: "supporting",
      },
    ],
  },
  {
    slug: "kishida-bilateral-meetings-with-asean-leaders",
    date: when("2023-12-16", "Meetings 'for three days from Saturday' (16–18 December 2023), in the Kyodo report dated 19 December 2023."),
    kind: "meeting",
    title: "Kishida holds three days of one-to-one talks with ASEAN leaders",
    summary:
      "Around the special summit Kishida held a series of bilateral meetings over three days with the ASEAN leaders visiting Japan, ending with Hun Manet on the Monday.",
    actors: ["fumio-kishida", "asean"],
    places: ["tokyo"],
    numbers: [{ value: 3, unit: "days", label: "of bilateral meetings" }],
    tags: ["asean", "diplomacy"],
    sources: [SRC.bolsterSecurity],
    facts: [
      {
        id: "days",
        ask: "how-many",
        question:
          "Over how many days did Kishida hold bilateral meetings with the ASEAN leaders visiting Tokyo for the Japan–ASEAN special summit of December 2023?",
        statement:
          "Kishida held bilateral meetings with the ASEAN leaders visiting Tokyo for the Japan–ASEAN special summit of December 2023 over {answer}.",
        answer: count(3, "days"),
        importance: "detail",
      },
      {
        id: "start",
        ask: "when",
        question: "On what date did Kishida begin his series of bilateral meetings with the visiting ASEAN leaders?",
        statement: "Kishida began his series of bilateral meetings with the visiting ASEAN leaders on {answer}.",
        answer: date("2023-12-16"),
        importance: "detail",
      },
    ],
  },
  {
    slug: "kishida-hun-manet-tokyo-talks",
    date: when(TALKS_DAY, TALKS_NOTE),
    name: "the Kishida–Hun Manet talks in Tokyo in December 2023",
    kind: "meeting",
    title: "Kishida and Hun Manet agree to bolster security cooperation",
    summary:
      "The day after the special summit, Kishida and Hun Manet met in Tokyo and agreed to strengthen security cooperation. On his first visit to Japan as prime minister, Hun Manet promised to work with Kishida for regional peace and stability, Japan's Foreign Ministry said.",
    actors: ["fumio-kishida", "hun-manet", "japan-foreign-ministry"],
    places: ["tokyo"],
    tags: ["security", "defence", "diplomacy"],
    sources: [SRC.bolsterSecurity],
    facts: [
      {
        id: "date",
        ask: "when",
        question: "On what date did Kishida and Hun Manet meet in Tokyo and agree to bolster security cooperation?",
        statement: "Kishida and Hun Manet met in Tokyo and agreed to bolster security cooperation on {answer}.",
        answer: date(TALKS_DAY),
        explanation:
          "The talks came a day after the Japan–ASEAN special summit marking 50 years of friendship, at a time when China was building up its military presence in the seas off Southeast Asia. The two sides agreed to launch a vice defence minister-level dialogue.",
        importance: "core",
      },
      {
        id: "who",
        ask: "who",
        question: "Which Cambodian prime minister agreed with Kishida in December 2023 to bolster security cooperation?",
        statement: "In December 2023, {answer} agreed with Kishida to bolster security cooperation.",
        answer: entity("hun-manet"),
        importance: "core",
      },
      {
        id: "agreed",
        ask: "what",
        question: "What did Kishida and Hun Manet agree to bolster when they met in Tokyo?",
        statement: "When they met in Tokyo, Kishida and Hun Manet agreed to bolster {answer}.",
        answer: text(
          "security cooperation",
          ["security ties", "security", "defence cooperation"],
          ["tourism cooperation", "the rice trade", "sports exchanges"],
        ),
        importance: "core",
      },
      {
        id: "first-trip",
        ask: "what",
        question: "What was notable about Hun Manet's December 2023 trip to Japan?",
        statement: "Hun Manet's December 2023 trip to Japan was notable because {answer}.",
        answer: text(
          "it was his first since taking office",
          [
            "first trip since taking office",
            "his first trip to Japan as prime minister",
            "first visit as prime minister",
            "it was his first as prime minister",
          ],
          ["it was his last as prime minister", "it was his first trip abroad ever", "it was a private visit"],
        ),
        importance: "supporting",
      },
      {
        id: "pledge",
        ask: "what",
        question: "Toward what did Hun Manet say he would work together with Kishida?",
        statement: "Hun Manet said he would work together with Kishida toward {answer}.",
        answer: text(
          "regional peace and stability",
          ["peace and stability in the region", "peace and stability"],
          ["a joint bid for the Olympics", "a common currency", "a military alliance against China"],
        ),
        importance: "supporting",
      },
      {
        id: "reported-by",
        ask: "which",
        question: "Which ministry gave the account of the Kishida–Hun Manet talks quoted by Kyodo?",
        statement: "Kyodo's account of the Kishida–Hun Manet talks came from the {answer}.",
        answer: entity("japan-foreign-ministry"),
        importance: "detail",
      },
    ],
  },
  {
    slug: "vice-defence-minister-dialogue",
    date: when(TALKS_DAY, TALKS_NOTE),
    name: "the vice defence minister-level dialogue Japan and Cambodia agreed in December 2023 to launch",
    kind: "agreement",
    title: "Japan and Cambodia to launch a defence dialogue",
    summary:
      "At their Tokyo meeting the two leaders confirmed that Japan and Cambodia will start a dialogue between their vice defence ministers, at a time when China is expanding its military reach in the seas off Southeast Asia.",
    actors: ["vice-defence-dialogue", "fumio-kishida", "hun-manet"],
    places: ["tokyo"],
    tags: ["defence", "security", "china"],
    sources: [SRC.bolsterSecurity],
    facts: [
      {
        id: "what",
        ask: "what",
        question: "What new dialogue did Kishida and Hun Manet confirm their countries would launch?",
        statement: "Kishida and Hun Manet confirmed that their countries would launch the {answer}.",
        answer: entity("vice-defence-dialogue"),
        notDistractors: ["ukraine-landmine-clearance"],
        importance: "core",
      },
      {
        id: "level",
        ask: "what",
        question: "At what level will the new Japan–Cambodia defence dialogue be held?",
        statement: "The new Japan–Cambodia defence dialogue will be held at the level of {answer}.",
        answer: text(
          "vice defence ministers",
          ["vice defense ministers", "vice ministers", "vice-ministerial level", "deputy defence ministers"],
          ["heads of government", "navy chiefs", "national security advisers"],
        ),
        importance: "supporting",
      },
    ],
  },
  {
    slug: "joint-mine-clearance-for-ukraine",
    date: when(TALKS_DAY, TALKS_NOTE),
    kind: "statement",
    title: "Kishida cites joint demining work for a country at war",
    summary:
      "Kishida said relations had spread into many fields, pointing to the two countries' joint project to clear land mines for Ukraine during Russia's continuing invasion.",
    actors: ["fumio-kishida", "ukraine-landmine-clearance", "ukraine"],
    tags: ["ukraine", "development-aid", "security"],
    sources: [SRC.bolsterSecurity],
    facts: [
      {
        id: "country",
        ask: "which",
        question: "For which country have Japan and Cambodia run a joint land mine clearance project?",
        statement: "Japan and Cambodia have run a joint land mine clearance project for {answer}.",
        answer: entity("ukraine"),
        // Countries with mines to clear are the plausible wrong answers; great powers are not.
        notDistractors: ["cambodia", "japan", "united-states", "india", "north-korea", "china", "russia"],
        importance: "supporting",
      },
      {
        id: "project",
        ask: "which",
        question: "Which joint project did Kishida cite as an example of how far bilateral ties have expanded?",
        statement: "Kishida cited the {answer} as an example of how far bilateral ties have expanded.",
        answer: entity("ukraine-landmine-clearance"),
        notDistractors: ["vice-defence-dialogue"],
        importance: "supporting",
      },
    ],
  },
  {
    slug: "seven-partnership-documents-exchanged",
    date: when(TALKS_DAY, TALKS_NOTE),
    kind: "agreement",
    title: "Japan and Cambodia exchange partnership documents",
    summary:
      "Alongside the leaders' talks, the two governments swapped seven partnership documents covering fields that include digital technology and renewable energy.",
    actors: ["japan", "cambodia"],
    places: ["tokyo"],
    numbers: [{ value: 7, unit: "documents", label: "exchanged alongside the talks" }],
    tags: ["economy", "development-aid"],
    sources: [SRC.bolsterSecurity],
    facts: [
      {
        id: "count",
        ask: "how-many",
        question: "How many documents did Japan and Cambodia exchange alongside the Kishida–Hun Manet talks?",
        statement: "Japan and Cambodia exchanged {answer} documents alongside the Kishida–Hun Manet talks.",
        answer: count(7, "documents"),
        importance: "detail",
      },
      {
        // Once two facts (energy, digital) that gave each other away: now one.
        id: "energy",
        ask: "what",
        question:
          "Which two areas did Kyodo name among those covered by the partnership documents Japan and Cambodia exchanged in December 2023?",
        statement:
          "The two areas Kyodo named among those covered by the partnership documents Japan and Cambodia exchanged in December 2023 were {answer}.",
        answer: text(
          "digital technology and renewable energy",
          [
            "digital and renewable energy",
            "renewable energy and digital technology",
            "digital and renewables",
            "digital technology and renewables",
          ],
          ["nuclear power and arms exports", "fisheries and textiles", "space launches and mining"],
        ),
        importance: "supporting",
      },
    ],
  },
];
