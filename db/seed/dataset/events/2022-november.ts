/**
 * Looking ahead from September 2022: Thong Mengdavid's assessment, and the ASEAN-Japan and East
 * Asia summits in Cambodia in November 2022 with Kishida's second visit.
 */
import type { EventInput } from "@/lib/events/schema";
import { SRC } from "../sources";
import { date, entity, ordinal, text, texts, when } from "./helpers";

const ANALYST_NOTE = "Comments quoted in the report of 29 September 2022; the day they were made is not given.";
const NOVEMBER_NOTE = "Described as coming in November in the report of 29 September 2022 (announced in advance).";
const AREA_DISTRACTORS = ["space exploration", "nuclear weapons", "cryptocurrency"];

export const events2022November: EventInput[] = [
  {
    slug: "thong-mengdavid-on-close-ties",
    date: when("2022-09", ANALYST_NOTE),
    kind: "statement",
    title: "Analyst sees Hun Sen's Japan trip as proof of close ties",
    summary:
      "Thong Mengdavid, a researcher at the Mekong Centre for Strategic Studies of the Asian Vision Institute, saw Hun Sen's trip to Japan as firm proof of how close the two countries are. He called Japan a long-standing friend and major development partner of Cambodia. Japan, he said, has helped the kingdom build its infrastructure, its workforce and its economy.",
    actors: ["thong-mengdavid", "asian-vision-institute", "mekong-centre-for-strategic-studies"],
    tags: ["diplomacy", "development-aid"],
    sources: [SRC.kishidaSecondVisit],
    facts: [
      {
        id: "who",
        ask: "who",
        question:
          "Which research fellow called Hun Sen's September 2022 trip to Japan solid evidence of close Cambodian–Japanese relations?",
        statement: "{answer} called Hun Sen's September 2022 trip to Japan solid evidence of close Cambodian–Japanese relations.",
        answer: entity("thong-mengdavid"),
        importance: "supporting",
      },
      {
        id: "centre",
        ask: "which",
        question: "At which centre of the Asian Vision Institute is Thong Mengdavid a research fellow?",
        statement: "Thong Mengdavid works as a research fellow in the Asian Vision Institute's {answer}.",
        answer: entity("mekong-centre-for-strategic-studies"),
        importance: "detail",
      },
      {
        id: "institute",
        ask: "which",
        question: "Thong Mengdavid's Mekong Centre for Strategic Studies is part of which institute?",
        statement: "Thong Mengdavid's Mekong Centre for Strategic Studies is part of the {answer}.",
        answer: entity("asian-vision-institute"),
        importance: "detail",
      },
      {
        id: "japan-described",
        ask: "what",
        question: "How did Thong Mengdavid describe Japan's place in Cambodia's relations?",
        statement: "Thong Mengdavid called Japan {answer} to Cambodia.",
        answer: text(
          "a long-standing friend and major development partner",
          [
            "an old friend and key development partner",
            "an old friend",
            "old friend",
            "a key development partner",
            "key development partner",
            "a long-standing friend",
          ],
          ["a recent newcomer", "a treaty ally", "a major arms supplier"],
        ),
        explanation:
          "The researcher at the Asian Vision Institute's Mekong Centre for Strategic Studies credited Japan with helping Cambodia build its infrastructure, workforce and economy, and saw Hun Sen's September 2022 trip to Tokyo as firm proof of how close the two countries are.",
        importance: "supporting",
      },
      {
        id: "built",
        ask: "what",
        question: "What did Thong Mengdavid say Japan had helped Cambodia build?",
        statement: "Thong Mengdavid said Japan had helped Cambodia build its {answer}.",
        answer: text(
          "infrastructure, human resources and economy",
          ["infrastructure", "human resources", "infrastructure and human resources"],
          ["navy, air force and army", "stock market, banks and currency", "temples, museums and archives"],
        ),
        importance: "supporting",
      },
    ],
  },
  {
    slug: "thong-mengdavid-on-strategic-visit",
    date: when("2022-09", ANALYST_NOTE),
    kind: "statement",
    title: "Analyst calls Kishida's November visit strategic",
    summary:
      "Thong Mengdavid judged Kishida's November visit to be strategic and expected it to broaden ties in many fields, from trade and investment to energy, food, training people and peacekeeping. With the great powers competing, he said, Cambodia needs Japan for its economy and to strengthen the Royal Cambodian Armed Forces for UN peacekeeping.",
    actors: ["thong-mengdavid", "royal-cambodian-armed-forces"],
    tags: ["diplomacy", "peacekeeping", "economy"],
    sources: [SRC.kishidaSecondVisit],
    facts: [
      {
        id: "word",
        ask: "what",
        question: "What one word did Thong Mengdavid use for Kishida's planned November 2022 visit to Cambodia?",
        statement: "Thong Mengdavid described Kishida's planned November 2022 visit to Cambodia as {answer}.",
        answer: text("strategic", ["a strategic visit", "a strategic one"], ["ceremonial", "symbolic", "routine"]),
        importance: "supporting",
      },
      {
        id: "area",
        ask: "which",
        question:
          "What was one of the areas in which Thong Mengdavid expected Kishida's November 2022 visit to Cambodia to widen relations?",
        statement: "Thong Mengdavid expected Kishida's November 2022 visit to Cambodia to widen relations in {answer}, among other areas.",
        answer: text("energy", [], AREA_DISTRACTORS),
        alsoCorrect: texts(["trade", "investment", "food", "human resource development", "peacekeeping"], AREA_DISTRACTORS),
        importance: "detail",
        suppress: [
          {
            type: "cloze",
            reason: "Thong Mengdavid named six areas and each fills the blank; multiple choice and typed ask for one and accept all six.",
          },
        ],
      },
      {
        id: "armed-forces",
        ask: "which",
        question: "Which Cambodian force did Thong Mengdavid say Japan could help build up for UN peacekeeping?",
        statement: "Thong Mengdavid said Cambodia needs Japan's help to strengthen the {answer} for UN peacekeeping.",
        answer: entity("royal-cambodian-armed-forces"),
        notDistractors: ["royal-cambodian-navy"],
        explanation:
          "He pointed to the rivalry between the great powers, and expected Kishida's November 2022 visit to widen ties from trade and investment to energy, food, training and peacekeeping.",
        importance: "supporting",
      },
      {
        id: "why",
        ask: "what",
        question: "What did Thong Mengdavid say made Cambodia need Japan?",
        statement: "Thong Mengdavid said {answer} meant Cambodia needed Japan.",
        answer: text(
          "great-power rivalry and geopolitical manoeuvring",
          [
            "superpower rivalries and geopolitical games",
            "superpower rivalries",
            "geopolitical games",
            "superpower rivalry",
            "great-power rivalry",
          ],
          ["falling tourist numbers", "a shortage of rice", "a banking crisis"],
        ),
        importance: "supporting",
      },
    ],
  },
  {
    slug: "cambodia-hosts-november-summits",
    date: when("2022-11", NOVEMBER_NOTE, "planned"),
    name: "the ASEAN-Japan and East Asia summits Cambodia was to host in November 2022",
    kind: "summit",
    title: "Cambodia hosts the ASEAN-Japan and East Asia summits",
    summary:
      "As ASEAN chair, Cambodia was to host the ASEAN-Japan Summit and the East Asia Summit in November, which Kishida had agreed to attend in person.",
    actors: ["cambodia", "asean-japan-summit", "east-asia-summit", "fumio-kishida"],
    places: ["cambodia"],
    tags: ["asean", "diplomacy"],
    sources: [SRC.kishidaSecondVisit],
    facts: [
      {
        id: "host",
        ask: "which",
        question: "Which country hosted the ASEAN-Japan Summit and the East Asia Summit in November 2022?",
        statement: "{answer} hosted the ASEAN-Japan Summit and the East Asia Summit in November 2022.",
        answer: entity("cambodia"),
        notDistractors: ["japan"],
        explanation:
          "Hosting them fell to Cambodia as ASEAN chair for 2022, and Kishida had accepted Hun Sen's invitation to attend in person.",
        importance: "core",
      },
      {
        id: "month",
        ask: "when",
        question: "When were the ASEAN-Japan Summit and the East Asia Summit to be held in Cambodia?",
        statement: "The ASEAN-Japan Summit and the East Asia Summit were to be held in Cambodia in {answer}.",
        answer: date("2022-11"),
        explanation:
          "Hun Sen had invited Kishida to both in September 2022, and the trip was to be Kishida's second visit to Cambodia that year.",
        importance: "supporting",
      },
    ],
  },
  {
    slug: "kishida-second-cambodia-visit",
    date: when("2022-11", NOVEMBER_NOTE, "planned"),
    name: "Fumio Kishida's planned second visit to Cambodia in November 2022",
    kind: "visit",
    title: "Kishida plans a return visit to Cambodia",
    summary: "Kishida said his planned November trip, his second to Cambodia, would deepen cooperation between Japan and Cambodia.",
    actors: ["fumio-kishida"],
    places: ["cambodia"],
    tags: ["diplomacy", "asean"],
    sources: [SRC.kishidaSecondVisit],
    facts: [
      {
        id: "which-visit",
        ask: "which",
        question: "Which of Fumio Kishida's visits to Cambodia was his planned November 2022 trip set to be?",
        statement: "Fumio Kishida's planned November 2022 trip to Cambodia was set to be his {answer} visit there.",
        answer: ordinal(2, "visit"),
        importance: "supporting",
      },
      {
        id: "purpose",
        ask: "what",
        question: "What did Kishida say his planned November 2022 visit to Cambodia would foster?",
        statement: "Kishida said his planned November 2022 visit to Cambodia would foster {answer}.",
        answer: text(
          "closer cooperation between Japan and Cambodia",
          ["greater cooperation between the two countries", "greater cooperation", "cooperation", "closer cooperation"],
          ["a new defence treaty", "a free trade agreement", "a joint naval base"],
        ),
        importance: "supporting",
      },
    ],
  },
];
