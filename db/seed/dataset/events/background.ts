/**
 * History and standing background the articles state: the start of diplomatic ties with Cambodia
 * and of the partnership with ASEAN, the Paris Peace Agreements, the first SDF peacekeeping
 * dispatch, Japan's development commitments, and Kin Phea's account of Japan's post-war
 * constitution (dated by when he gave it: no article dates the constitution itself).
 */
import type { EventInput } from "@/lib/events/schema";
import { SRC } from "../sources";
import { date, entity, text, usd, when } from "./helpers";

export const backgroundEvents: EventInput[] = [
  {
    // The slug predates the fix: the event was once (wrongly) dated 1945 as the constitution's adoption.
    slug: "japan-pacifist-constitution",
    date: when(
      "2021-11-21",
      "Kin Phea 'told The Post on November 21' (2021). He places the constitution only after Japan's defeat in the Second World War; no article dates it, so the event is his account, not the adoption.",
    ),
    kind: "statement",
    title: "Kin Phea ties Japan's peaceful image to its post-war constitution",
    summary:
      "Speaking in November 2021, analyst Kin Phea said Japan is seen today as a peaceful country with a pacifist constitution, adopted after its defeat by the United States in the Second World War, and that the US then helped rebuild Japan.",
    actors: ["kin-phea", "japan", "united-states", "japan-constitution"],
    tags: ["history", "security"],
    sources: [SRC.foreignMinistersCall],
    facts: [
      {
        id: "kind-of-constitution",
        ask: "what",
        question: "According to Kin Phea, what kind of constitution did Japan adopt after its defeat in the Second World War?",
        statement: "Kin Phea said Japan adopted a {answer} constitution after its defeat in the Second World War.",
        answer: text("pacifist", ["pacifist constitution", "peace constitution", "anti-war"], ["federal", "presidential", "socialist"]),
        importance: "core",
      },
      {
        id: "defeated-and-rebuilt-by",
        ask: "which",
        question: "According to Kin Phea, which country defeated Japan in the Second World War and then helped rebuild it?",
        statement: "Kin Phea noted that {answer} defeated Japan in the Second World War and afterwards helped to rebuild it.",
        answer: entity("united-states"),
        notDistractors: ["china", "russia"],
        explanation:
          "He added that American help turned Japan into the world's third-largest economy, and that the pacifist constitution adopted after the defeat is why Japan is seen as a peaceful country today.",
        importance: "supporting",
        suppress: [
          {
            type: "multiple_choice",
            reason:
              "The countries that fought Japan (China, the Soviet Union) share part of the truth and every other country in the dataset is absurd as Japan's conqueror: no fair options.",
          },
          {
            type: "true_false",
            variant: "false",
            reason: "No country in the dataset makes a plausible false conqueror of Japan (see the multiple choice).",
          },
        ],
      },
      {
        id: "document",
        ask: "which",
        question: "Which founding document did Kin Phea link to Japan's image as a peaceful country?",
        statement: "Kin Phea linked Japan's peaceful image to the {answer}, adopted after the Second World War.",
        answer: entity("japan-constitution"),
        notDistractors: ["unga-ukraine-resolution", "five-point-consensus"],
        importance: "supporting",
      },
    ],
  },
  {
    slug: "japan-cambodia-diplomatic-ties-begin",
    date: when(
      "1953",
      "Not stated directly: 2013 is called the 60th anniversary of diplomatic relations and 2023 the 70th, both pointing to 1953.",
      "derived",
    ),
    name: "the opening of formal diplomatic relations between Japan and Cambodia",
    kind: "background",
    title: "Japan and Cambodia open formal diplomatic relations",
    summary:
      "Formal diplomatic relations between Japan and Cambodia go back to 1953, as the anniversaries the articles mark show: the 60th fell in 2013 and the 70th in 2023.",
    actors: ["japan", "cambodia"],
    tags: ["history", "diplomacy"],
    sources: [SRC.abeVisit, SRC.foreignMinistersCall],
    facts: [
      {
        id: "year",
        ask: "when",
        question:
          "Judging by the anniversaries marked in 2013 and 2023, in what year did Japan and Cambodia establish diplomatic relations?",
        statement: "Japan and Cambodia established formal diplomatic relations in {answer}.",
        answer: date("1953"),
        importance: "core",
      },
    ],
  },
  {
    slug: "japan-asean-partnership-begins",
    date: when(
      "1973",
      "Not stated directly: 2013 is called the 40th anniversary of the Japan–ASEAN partnership and 2023 marks 50 years of friendship and cooperation, both pointing to 1973.",
      "derived",
    ),
    name: "the start of Japan's partnership with ASEAN",
    kind: "background",
    title: "Japan begins its partnership with ASEAN",
    summary:
      "Japan's partnership with the Association of Southeast Asian Nations dates from 1973: its 40th anniversary fell in 2013 and a special summit marked 50 years in 2023.",
    actors: ["japan", "asean"],
    tags: ["history", "asean"],
    sources: [SRC.abeVisit, SRC.bolsterSecurity],
    facts: [
      {
        id: "year",
        ask: "when",
        question: "Judging by its 40th anniversary in 2013, in what year did Japan's partnership with ASEAN begin?",
        statement: "Japan's partnership with ASEAN began in {answer}.",
        answer: date("1973"),
        importance: "supporting",
      },
      {
        id: "partner",
        ask: "which",
        question: "With which regional bloc did Japan open a partnership in 1973?",
        statement: "In 1973 Japan opened a partnership with {answer}.",
        answer: entity("asean"),
        notDistractors: ["united-nations"],
        importance: "detail",
      },
    ],
  },
  {
    slug: "paris-peace-agreements",
    date: when("1991"),
    name: "the Paris Peace Agreements",
    kind: "agreement",
    title: "Paris Peace Agreements end Cambodia's conflict",
    summary:
      "The Paris Peace Agreements closed Cambodia's years of conflict. Japan then took a large part in building peace and reconstructing the country, and analysts date the steady improvement of Japan–Cambodia relations from this settlement.",
    actors: ["paris-peace-agreements", "cambodia", "japan"],
    tags: ["history", "diplomacy", "peacekeeping"],
    sources: [SRC.foreignMinistersCall, SRC.abeVisit],
    facts: [
      {
        id: "year",
        ask: "when",
        question: "In what year were the Paris Peace Agreements on Cambodia concluded?",
        statement: "The Paris Peace Agreements on Cambodia were concluded in {answer}.",
        answer: date("1991"),
        importance: "core",
      },
      {
        id: "starting-point",
        ask: "which",
        question: "Which 1991 settlement does Kin Phea treat as the point from which Japan–Cambodia relations improved in every field?",
        statement: "Kin Phea said relations between Japan and Cambodia have improved in all areas since the {answer}.",
        answer: entity("paris-peace-agreements"),
        importance: "supporting",
      },
      {
        id: "japan-role",
        ask: "what",
        question: "After the 1991 Paris Peace Agreements, in what work did Japan play a significant part in Cambodia?",
        statement: "After the 1991 Paris Peace Agreements, Japan played a significant part in {answer} in Cambodia.",
        answer: text(
          "building peace and rebuilding the nation after the conflict",
          [
            "post-conflict peace building and national reconstruction",
            "peace building and reconstruction",
            "peacebuilding and reconstruction",
            "reconstruction",
            "national reconstruction",
          ],
          ["rearming the military", "drafting the constitution", "reforming the banks"],
        ),
        importance: "core",
      },
      {
        id: "improved-fields",
        ask: "what",
        question: "According to Kin Phea, in which areas have Japan–Cambodia relations improved since the 1991 Paris Peace Agreements?",
        statement: "Kin Phea said that since the 1991 Paris Peace Agreements, Japan–Cambodia relations have improved in {answer}.",
        answer: text(
          "every area, politics, the economy and culture included",
          [
            "all areas",
            "every area",
            "politics, economic ties and cultural exchanges",
            "politics, the economy and culture",
            "politics, economics and culture",
          ],
          ["trade alone", "security alone", "culture alone"],
        ),
        importance: "supporting",
      },
    ],
    links: [
      {
        to: "sdf-first-un-peacekeeping-cambodia",
        kind: "led-to",
        how: "After the 1991 settlement Japan took a large part in building peace in Cambodia, and in 1992 its Self-Defense Forces served there with a UN peacekeeping operation, their first.",
        importance: "core",
      },
      {
        to: "japan-development-commitments",
        kind: "led-to",
        how: "Japan's part in rebuilding Cambodia after the 1991 settlement included development aid committed from 1993 onwards: US$2.8 billion in grants and loans by late 2013.",
        importance: "core",
      },
    ],
  },
  {
    slug: "sdf-first-un-peacekeeping-cambodia",
    date: when("1992", "2022 is given as the 30th anniversary of the dispatch, which places it in 1992.", "derived"),
    name: "Japan's first dispatch of Self-Defense Forces personnel on a UN peacekeeping operation in Cambodia",
    kind: "deployment",
    title: "Japanese troops join their first UN peacekeeping operation",
    summary:
      "Japan sent members of its Self-Defense Forces to Cambodia with a United Nations peacekeeping mission, the first such mission the SDF ever joined. The two countries still recall it when they discuss security cooperation.",
    actors: ["japan-self-defense-forces", "japan", "united-nations", "un-peacekeeping"],
    places: ["cambodia"],
    tags: ["history", "peacekeeping", "defence", "united-nations"],
    sources: [SRC.kishidaPhnomPenh],
    facts: [
      {
        id: "force",
        ask: "which",
        question: "Which Japanese force took part in a UN peacekeeping operation for the first time when it went to Cambodia?",
        statement: "The first UN peacekeeping operation joined by the {answer} was in Cambodia.",
        answer: entity("japan-self-defense-forces"),
        importance: "core",
      },
      {
        id: "year",
        ask: "when",
        question: "In what year did Japan first send SDF members to Cambodia on UN peacekeeping duty?",
        statement: "Japan first sent SDF members to Cambodia as UN peacekeepers in {answer}.",
        answer: date("1992"),
        importance: "core",
      },
      {
        id: "country",
        ask: "where",
        question: "In which country did Japan's Self-Defense Forces serve in a UN peacekeeping operation for the first time?",
        statement: "The Self-Defense Forces joined a UN peacekeeping operation for the first time in {answer}.",
        answer: entity("cambodia"),
        importance: "core",
      },
    ],
    links: [
      {
        to: "kishida-un-speech-cites-cambodia",
        kind: "followed-up",
        how: "In the speech Kishida singled out Japan's peacekeeping in Cambodia among its contributions to the country, and Hun Sen thanked him for it when they met in Tokyo.",
        importance: "supporting",
      },
    ],
  },
  {
    slug: "japan-development-commitments",
    date: when("1993", "Japan's commitments are counted 'since 1993'; the US$2.8 billion total is the figure given in November 2013."),
    name: "the start of Japan's development commitments to Cambodia",
    kind: "background",
    title: "Japan begins two decades of development aid to Cambodia",
    summary:
      "Japan is one of Cambodia's key development partners. From 1993 it committed grants and loans that had reached US$2.8 billion by late 2013, supporting the country's recovery after the conflict.",
    actors: ["japan", "cambodia"],
    numbers: [{ value: 2.8e9, unit: "US dollars", label: "development assistance committed by Japan since 1993 (as of 2013)" }],
    tags: ["development-aid", "economy", "history"],
    sources: [SRC.abeVisit],
    facts: [
      {
        id: "amount",
        ask: "how-many",
        question: "By late 2013, how much development assistance had Japan committed to Cambodia since 1993?",
        statement: "Between 1993 and late 2013, Japan committed {answer} in development assistance to Cambodia.",
        answer: usd(2.8e9),
        importance: "core",
      },
      {
        id: "since",
        ask: "when",
        question:
          "Since what year had Japan been committing the development assistance to Cambodia that totalled US$2.8 billion by late 2013?",
        statement: "Japan's development commitments to Cambodia, worth US$2.8 billion by late 2013, are counted from {answer}.",
        answer: date("1993"),
        explanation:
          "They came as grants and loans, two years after the 1991 Paris Peace Agreements, and were part of Japan's significant role in Cambodia's peace-building and reconstruction after the conflict.",
        importance: "supporting",
      },
      {
        id: "forms",
        ask: "what",
        question: "In what forms did Japan provide its development assistance to Cambodia?",
        statement: "Japan's development assistance to Cambodia came as {answer}.",
        answer: text(
          "grants and loans",
          ["loans and grants", "grant and loans"],
          ["debt relief and trade credits", "equity stakes and bonds", "food aid and budget support"],
        ),
        importance: "supporting",
      },
      {
        id: "partner-kind",
        ask: "what",
        question: "In his November 2013 commentary on Abe's visit, what kind of partner to Cambodia did Chheang Vannarith call Japan?",
        statement: "In his November 2013 commentary on Abe's visit, Chheang Vannarith called Japan one of Cambodia's key {answer}.",
        answer: text("development partners", ["development partner"], ["military allies", "arms suppliers", "trade rivals"]),
        explanation:
          "Since 1993 Japan had committed US$2.8 billion in grants and loans to Cambodia, after playing a significant part in its reconstruction following the 1991 Paris Peace Agreements.",
        importance: "supporting",
      },
    ],
  },
];
