/**
 * The maritime setting of the December 2023 talks, as the Kyodo report gives it: China's growing
 * military presence, its South China Sea claims and islands, and intrusions near the Senkakus.
 */
import type { EventInput } from "@/lib/events/schema";
import { SRC } from "../sources";
import { entity, text, when } from "./helpers";

const CONTEXT_NOTE = "An ongoing condition the Kyodo report dated 19 December 2023 describes; it did not begin then.";

export const events2023Context: EventInput[] = [
  {
    slug: "china-expands-military-presence",
    date: when("2023-12", CONTEXT_NOTE, "reported"),
    kind: "background",
    title: "China expands its military presence in Southeast Asian waters",
    summary:
      "China has been building up its armed presence in the seas off Southeast Asia. Japan and several ASEAN members have territorial claims that clash with China's in the South China Sea and the East China Sea; Cambodia has no such claims and stays economically and diplomatically close to Beijing.",
    actors: ["china", "asean", "japan", "cambodia"],
    discussed: ["south-china-sea", "east-china-sea"],
    tags: ["china", "maritime", "security"],
    sources: [SRC.bolsterSecurity],
    facts: [
      {
        id: "boosting",
        ask: "what",
        question: "What has China been building up in the seas off Southeast Asia?",
        statement: "China has been building up {answer} in the seas off Southeast Asia.",
        answer: text(
          "its military presence",
          ["military presence", "its military", "its navy"],
          ["its humanitarian aid", "its scientific research stations", "its tourist cruises"],
        ),
        explanation:
          "It was the backdrop to Kishida and Hun Manet's December 2023 agreement to strengthen security cooperation. Japan and several ASEAN members have competing claims with China at sea; Cambodia has none and stays close to Beijing.",
        importance: "supporting",
      },
      {
        id: "seas",
        ask: "which",
        question: "In which seas do the territorial claims of Japan and several ASEAN members clash with China's?",
        statement: "Japan and several ASEAN members have territorial claims that clash with China's in the {answer}.",
        answer: entity("south-china-sea"),
        alsoCorrect: [entity("east-china-sea")],
        notDistractors: ["senkaku-islands", "peace-palace", "sihanoukville-autonomous-port", "ream-naval-base"],
        explanation:
          "Japan's claims also clash with China's in the East China Sea, around the Senkaku Islands. Cambodia, with no such claims, stays economically and diplomatically close to Beijing.",
        importance: "supporting",
        suppress: [
          {
            type: "cloze",
            reason: "Both the South China Sea and the East China Sea fill the blank; multiple choice and typed accept either.",
          },
        ],
      },
      {
        id: "non-disputant",
        ask: "which",
        question:
          "Which country, not a party to the South and East China Sea disputes but close to Beijing, agreed in December 2023 to bolster security cooperation with Japan?",
        statement:
          "{answer}, not a party to the South and East China Sea disputes but close to Beijing, agreed in December 2023 to bolster security cooperation with Japan.",
        answer: entity("cambodia"),
        notDistractors: ["china", "japan"],
        importance: "core",
      },
    ],
  },
  {
    slug: "china-builds-militarised-islands",
    date: when("2023-12", CONTEXT_NOTE, "reported"),
    kind: "background",
    title: "Beijing claims almost the whole South China Sea and builds islands",
    summary:
      "Beijing claims sovereignty over almost the whole South China Sea and has been rapidly turning reefs into artificial islands equipped for military use. Partly for this reason, the emphasis of Japan–ASEAN cooperation has moved in recent years from commerce towards security.",
    actors: ["china", "asean", "japan"],
    places: ["south-china-sea"],
    tags: ["china", "maritime", "asean", "security"],
    sources: [SRC.bolsterSecurity],
    facts: [
      {
        id: "claim",
        ask: "what",
        question: "How much of the South China Sea does Beijing claim?",
        statement: "Beijing claims sovereignty over {answer}.",
        answer: text(
          "almost all of the South China Sea",
          ["nearly the entire South China Sea", "nearly all of it", "almost all of it", "nearly all", "almost the whole sea"],
          ["about a quarter of the South China Sea", "only the waters around Hainan", "about half of the South China Sea"],
        ),
        importance: "core",
      },
      {
        id: "islands",
        ask: "what",
        question: "What has China been rapidly building in the South China Sea?",
        statement: "China has been rapidly building {answer} in the South China Sea.",
        answer: text(
          "artificial islands fitted with military facilities",
          ["artificial islands with military infrastructure", "artificial islands", "man-made islands", "militarised artificial islands"],
          ["offshore wind farms", "floating hospitals", "deep-sea fishing ports for ASEAN"],
        ),
        importance: "supporting",
      },
      {
        id: "shift",
        ask: "what",
        question: "How has the emphasis of Japan–ASEAN cooperation moved in recent years?",
        statement: "In recent years the emphasis of Japan–ASEAN cooperation has moved {answer}.",
        answer: text(
          "from business to security",
          ["business to security", "towards security", "to security"],
          ["from defence to commerce", "from aid to trade", "from culture to tourism"],
        ),
        explanation:
          "One reason is Beijing's claim to almost all of the South China Sea, where it has been rapidly building artificial islands fitted for military use.",
        importance: "core",
      },
    ],
  },
  {
    slug: "chinese-vessels-near-senkakus",
    date: when("2023-12", CONTEXT_NOTE, "reported"),
    kind: "background",
    title: "Chinese vessels repeatedly enter waters near Tokyo-held islets",
    summary:
      "Further north, in the East China Sea, Chinese ships keep entering the waters around the Senkaku Islands, a group of uninhabited islets that Japan administers and China claims under the name Diaoyu.",
    actors: ["china", "japan"],
    places: ["senkaku-islands", "east-china-sea"],
    tags: ["china", "maritime"],
    sources: [SRC.bolsterSecurity],
    facts: [
      {
        id: "islands",
        ask: "where",
        question: "Around which East China Sea islets do Chinese ships keep entering the waters?",
        statement: "Chinese ships keep entering the waters around the {answer}.",
        answer: entity("senkaku-islands"),
        explanation:
          "Japan administers these uninhabited islets in the East China Sea and China claims them under the name Diaoyu. The intrusions were part of the backdrop when Japan and Cambodia agreed in December 2023 to strengthen security cooperation.",
        importance: "supporting",
      },
      {
        id: "chinese-name",
        ask: "what",
        question: "What does China call the uninhabited islets that Tokyo controls in the East China Sea?",
        statement: "China calls the uninhabited islets that Tokyo controls in the East China Sea the {answer}.",
        answer: text("Diaoyu Islands", ["Diaoyu", "Diaoyu Dao", "Diaoyutai"], ["Spratly Islands", "Paracel Islands", "Pratas Islands"]),
        importance: "detail",
      },
      {
        id: "controller",
        ask: "which",
        question: "Which country controls the Senkaku Islands?",
        statement: "The Senkaku Islands are controlled by {answer} but claimed by China.",
        answer: entity("japan"),
        importance: "supporting",
        suppress: [
          {
            type: "multiple_choice",
            reason: "The one plausible alternative, China, is named in the question as the claimant; any other country is absurd.",
          },
          { type: "true_false", variant: "false", reason: "Any controller other than Japan or China is absurd (see the multiple choice)." },
        ],
      },
      {
        id: "sea",
        ask: "where",
        question: "In which sea do the Senkaku Islands lie?",
        statement: "The Senkaku Islands lie in the {answer}.",
        answer: entity("east-china-sea"),
        notDistractors: ["senkaku-islands"],
        importance: "detail",
      },
    ],
  },
];
