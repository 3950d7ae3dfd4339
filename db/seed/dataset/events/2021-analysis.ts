/**
 * 21 November 2021: Kin Phea's reading of Japan–Cambodia relations, given to The Phnom Penh Post
 * after the foreign ministers' call.
 */
import type { EventInput } from "@/lib/events/schema";
import { SRC } from "../sources";
import { entity, text, when } from "./helpers";

const PHEA_DAY = "2021-11-21";
const PHEA_NOTE = "Kin Phea 'told The Post on November 21', in the November 2021 report on the ministers' call.";

export const events2021Analysis: EventInput[] = [
  {
    slug: "kin-phea-on-steady-relations",
    date: when(PHEA_DAY, PHEA_NOTE),
    kind: "statement",
    title: "Kin Phea: Japan's caution keeps relations steady",
    summary:
      "Analyst Kin Phea said relations had been steady ever since the Paris accords because Japan is careful in its diplomatic reactions and positions towards Cambodia. He credited Japan with helping to rebuild Cambodia and to establish and keep the peace, since it always puts political stability first.",
    actors: ["kin-phea", "international-relations-institute", "royal-academy-of-cambodia"],
    tags: ["diplomacy", "history"],
    sources: [SRC.foreignMinistersCall],
    facts: [
      {
        id: "who",
        ask: "who",
        question:
          "Which Cambodian analyst told The Phnom Penh Post in November 2021 that Japan's caution had kept relations free of rough waters?",
        statement: "{answer} told The Phnom Penh Post in November 2021 that Japan's caution had kept relations free of rough waters.",
        answer: entity("kin-phea"),
        importance: "supporting",
      },
      {
        id: "institute",
        ask: "which",
        question: "Which institute does Kin Phea direct?",
        statement: "Kin Phea is the director of the {answer}.",
        answer: entity("international-relations-institute"),
        notDistractors: ["royal-academy-of-cambodia"],
        importance: "detail",
      },
      {
        id: "academy",
        ask: "which",
        question: "Kin Phea's International Relations Institute belongs to which Cambodian institution?",
        statement: "Kin Phea's International Relations Institute is part of the {answer}.",
        answer: entity("royal-academy-of-cambodia"),
        importance: "detail",
      },
      {
        id: "reason",
        ask: "what",
        question: "Why, according to Kin Phea, have Japan–Cambodia relations stayed steady since the Paris accords?",
        statement: "Kin Phea said relations stayed steady because {answer}.",
        answer: text(
          "Japan is cautious in its diplomatic reactions and positions",
          ["Japan's caution", "Japan is cautious", "caution", "Japan's gentle approach", "Japan's cautious approach"],
          [
            "Japan has given more aid than any other donor",
            "the two countries signed a defence treaty",
            "Cambodia has backed Japan in every UN vote",
          ],
        ),
        explanation:
          "In his view this gentle approach meant relations had never hit rough waters since the 1991 Paris Peace Agreements, and Japan's priority on political stability had helped Cambodia rebuild and keep the peace.",
        importance: "core",
      },
      {
        id: "peace",
        ask: "what",
        question:
          "According to Kin Phea, Japan has always put political stability first: what has it therefore contributed much to establishing and maintaining in Cambodia?",
        statement:
          "Kin Phea said that Japan, always putting political stability first, has contributed much to establishing and maintaining {answer} in Cambodia.",
        answer: text("peace", ["peace and stability"], ["a one-party state", "a stock exchange", "a navy"]),
        importance: "supporting",
      },
      {
        id: "priority",
        ask: "what",
        question: "What did Kin Phea say Japan has always wisely put first, which made it so helpful in restoring peace in Cambodia?",
        statement: "Kin Phea said Japan has always wisely put {answer} first, which made it so helpful in restoring peace in Cambodia.",
        answer: text("political stability", ["stability"], ["trade surpluses", "military bases", "religious freedom"]),
        importance: "supporting",
      },
    ],
  },
  {
    slug: "kin-phea-on-japan-as-a-scale",
    date: when(PHEA_DAY, PHEA_NOTE),
    kind: "statement",
    title: "Kin Phea: Japan balances Cambodia's ties with the big powers",
    summary:
      "Kin Phea described Japan, a very close US ally and the world's third-largest economy, as a scale weighing Cambodia's relations with the United States against those with China. When US–Cambodia ties turn choppy, he said, Japan can act as a good mediator.",
    actors: ["kin-phea", "japan", "united-states", "china"],
    tags: ["diplomacy", "china", "economy"],
    sources: [SRC.foreignMinistersCall],
    facts: [
      {
        id: "ally",
        ask: "which",
        question: "Kin Phea described Japan as a very close ally of which country?",
        statement: "Kin Phea described Japan as a very close ally of {answer}.",
        answer: entity("united-states"),
        importance: "supporting",
      },
      {
        id: "other-power",
        ask: "which",
        question: "Kin Phea likened Japan to a scale weighing Cambodia's ties with the US against its ties with which other country?",
        statement: "Kin Phea likened Japan to a scale weighing Cambodia's ties with the US against its ties with {answer}.",
        answer: entity("china"),
        importance: "core",
      },
      {
        id: "mediator",
        ask: "what",
        question: "What role did Kin Phea say Japan can play when US–Cambodia relations turn choppy?",
        statement: "Kin Phea said Japan can act as {answer} when US–Cambodia relations go through rough patches.",
        answer: text(
          "a good mediator",
          ["mediator", "a mediator", "good mediator"],
          ["a security guarantor", "a neutral bystander", "a rival investor"],
        ),
        explanation:
          "He saw Japan, a very close US ally and the world's third-largest economy, as a scale balancing Cambodia's ties with the United States against those with China.",
        importance: "supporting",
      },
      {
        id: "economy-rank",
        ask: "which",
        question: "Where did Kin Phea rank Japan among the world's economies?",
        statement: "Kin Phea called Japan the world's {answer} economy.",
        answer: text(
          "third-largest",
          ["third largest", "3rd largest", "3rd-largest", "3rd", "third"],
          ["second-largest", "fourth-largest", "largest"],
        ),
        importance: "detail",
      },
    ],
  },
];
