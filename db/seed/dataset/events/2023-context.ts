/**
 * The maritime setting of the December 2023 talks, as the Kyodo report gives it: China's growing
 * military presence, its South China Sea claims and islands, and intrusions near the Senkakus.
 */
import type { EventInput } from "@/lib/events/schema";
import { SRC } from "../sources";
import { entity, text, when } from "./helpers";

const CONTEXT_NOTE = "Background given in the Kyodo report dated 19 December 2023.";

export const events2023Context: EventInput[] = [
  {
    slug: "china-expands-military-presence",
    date: when("2023-12", CONTEXT_NOTE),
    kind: "background",
    title: "China expands its military presence in Southeast Asian waters",
    summary:
      "China has been boosting its military presence in the waters facing Southeast Asia. Some ASEAN members and Japan have overlapping territorial claims with China in the South and East China seas, while Cambodia, not a party to the disputes, has close economic and diplomatic ties with Beijing.",
    actors: ["china", "asean", "japan", "cambodia"],
    places: ["south-china-sea", "east-china-sea"],
    tags: ["china", "maritime", "security"],
    sources: [SRC.bolsterSecurity],
    facts: [
      {
        id: "boosting",
        ask: "what",
        question: "What has China been boosting in the waters facing Southeast Asia?",
        statement: "China has been boosting {answer} in the waters facing Southeast Asia.",
        answer: text("its military presence", ["military presence", "its military", "its navy"], ["its fishing quotas", "its tourism", "its humanitarian aid"]),
      },
      {
        id: "seas",
        ask: "which",
        question: "In which seas do some ASEAN members and Japan have overlapping territorial claims with China?",
        statement: "Some ASEAN members and Japan have overlapping territorial claims with China in the {answer}.",
        answer: entity("south-china-sea"),
        alsoCorrect: [entity("east-china-sea")],
        notDistractors: ["senkaku-islands", "peace-palace", "sihanoukville-autonomous-port", "ream-naval-base"],
      },
      {
        id: "non-disputant",
        ask: "which",
        question: "Which country, not a party to the sea disputes but close to Beijing, agreed in December 2023 to bolster security cooperation with Japan?",
        statement: "{answer}, not a party to the sea disputes but close to Beijing, agreed in December 2023 to bolster security cooperation with Japan.",
        answer: entity("cambodia"),
        notDistractors: ["china", "japan"],
      },
    ],
  },
  {
    slug: "china-builds-militarised-islands",
    date: when("2023-12", CONTEXT_NOTE),
    kind: "background",
    title: "Beijing claims almost the whole South China Sea and builds islands",
    summary:
      "Beijing asserts sovereignty over nearly all of the South China Sea and has been quickly building artificial islands with military infrastructure. As a result, Japan–ASEAN cooperation has shifted its focus from business to security in recent years.",
    actors: ["china", "asean", "japan"],
    places: ["south-china-sea"],
    tags: ["china", "maritime", "asean", "security"],
    sources: [SRC.bolsterSecurity],
    facts: [
      {
        id: "claim",
        ask: "what",
        question: "How much of the South China Sea does Beijing claim?",
        statement: "Beijing asserts sovereignty over {answer}.",
        answer: text("nearly the entire South China Sea", ["nearly all of it", "almost all of it", "nearly all", "almost the whole sea"], ["about a quarter of the South China Sea", "only the waters around Hainan", "none of the South China Sea"]),
      },
      {
        id: "islands",
        ask: "what",
        question: "What has China been swiftly constructing in the South China Sea?",
        statement: "China has been swiftly constructing {answer} in the South China Sea.",
        answer: text("artificial islands with military infrastructure", ["artificial islands", "man-made islands", "militarised artificial islands"], ["offshore wind farms", "floating hospitals", "deep-sea fishing ports for ASEAN"]),
      },
      {
        id: "shift",
        ask: "what",
        question: "How has the focus of Japan–ASEAN cooperation shifted in recent years?",
        statement: "In recent years the focus of Japan–ASEAN cooperation has shifted {answer}.",
        answer: text("from business to security", ["business to security", "towards security", "to security"], ["from defence to commerce", "from aid to trade", "from culture to tourism"]),
      },
    ],
  },
  {
    slug: "chinese-vessels-near-senkakus",
    date: when("2023-12", CONTEXT_NOTE),
    kind: "background",
    title: "Chinese vessels repeatedly enter waters near Tokyo-held islets",
    summary:
      "In the East China Sea, Chinese vessels have repeatedly intruded into waters near the Senkaku Islands, uninhabited islets controlled by Japan but claimed by China, which calls them Diaoyu.",
    actors: ["china", "japan"],
    places: ["senkaku-islands", "east-china-sea"],
    tags: ["china", "maritime"],
    sources: [SRC.bolsterSecurity],
    facts: [
      {
        id: "islands",
        ask: "where",
        question: "Near which East China Sea islets have Chinese vessels repeatedly intruded?",
        statement: "Chinese vessels have repeatedly intruded into waters near the {answer}.",
        answer: entity("senkaku-islands"),
      },
      {
        id: "chinese-name",
        ask: "what",
        question: "What does China call the uninhabited islets that Tokyo controls in the East China Sea?",
        statement: "China calls the uninhabited islets that Tokyo controls in the East China Sea the {answer}.",
        answer: text("Diaoyu Islands", ["Diaoyu", "Diaoyu Dao", "Diaoyutai"], ["Spratly Islands", "Paracel Islands", "Pratas Islands"]),
      },
      {
        id: "controller",
        ask: "which",
        question: "Which country controls the Senkaku Islands?",
        statement: "The Senkaku Islands are controlled by {answer} but claimed by China.",
        answer: entity("japan"),
      },
      {
        id: "sea",
        ask: "where",
        question: "In which sea do the Senkaku Islands lie?",
        statement: "The Senkaku Islands lie in the {answer}.",
        answer: entity("east-china-sea"),
        notDistractors: ["senkaku-islands"],
      },
    ],
  },
];
