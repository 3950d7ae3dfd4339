/**
 * A tiny dataset in the shape of the real one (our own words) and builders for hand-made
 * questions, so each lint rule can be shown one failing and one passing example.
 */
import { datasetSchema, type Dataset, type DatasetInput } from "@/lib/events/schema";
import { lintBank, type LintRule } from "@/lib/questions/lint";
import type {
  ClozeQuestion,
  MatchingQuestion,
  MultipleChoiceQuestion,
  OrderingQuestion,
  Question,
  QuestionBase,
  TrueFalseQuestion,
  TypedQuestion,
} from "@/lib/questions/types";

const SRC = "test-source";

export const lintDatasetInput: DatasetInput = {
  sources: [
    { id: SRC, title: "A test article on Japan and Cambodia", publisher: "Test Post", publishedOn: "2023-12-19", seedFile: "x.txt" },
  ],
  entities: [
    { id: "japan", kind: "country", name: "Japan", memberOf: ["g7"] },
    { id: "cambodia", kind: "country", name: "Cambodia", memberOf: ["asean"] },
    { id: "laos", kind: "country", name: "Laos", memberOf: ["asean"] },
    { id: "vietnam", kind: "country", name: "Vietnam", memberOf: ["asean"] },
    { id: "china", kind: "country", name: "China" },
    { id: "asean", kind: "organisation", name: "ASEAN", nouns: ["bloc"] },
    { id: "g7", kind: "organisation", name: "G7", nouns: ["group"] },
    { id: "sdf", kind: "organisation", name: "Self-Defense Forces", aliases: ["SDF"], country: "japan", nouns: ["force"] },
    { id: "japan-ministry", kind: "organisation", name: "Ministry of Foreign Affairs of Japan", country: "japan", nouns: ["ministry"] },
    { id: "cambodian-navy", kind: "organisation", name: "Royal Cambodian Navy", country: "cambodia", nouns: ["force", "navy"] },
    { id: "shinzo-abe", kind: "person", name: "Shinzo Abe", country: "japan", nouns: ["prime minister"], traits: ["former", "killed"] },
    { id: "fumio-kishida", kind: "person", name: "Fumio Kishida", country: "japan", nouns: ["prime minister"] },
    { id: "hun-sen", kind: "person", name: "Hun Sen", country: "cambodia", nouns: ["prime minister"] },
    { id: "tokyo", kind: "city", name: "Tokyo", country: "japan" },
    { id: "phnom-penh", kind: "city", name: "Phnom Penh", country: "cambodia" },
    { id: "south-china-sea", kind: "place", name: "South China Sea", group: "sea", nouns: ["sea"] },
    { id: "five-point-consensus", kind: "agreement", name: "five-point consensus", memberOf: ["asean"], nouns: ["plan"] },
  ],
  events: [
    {
      slug: "paris-agreements",
      date: { iso: "1991", precision: "year" },
      kind: "agreement",
      title: "Paris Peace Agreements end Cambodia's conflict",
      summary: "A settlement signed in Paris closed Cambodia's years of war and opened its reconstruction.",
      tags: ["history"],
      sources: [SRC],
      facts: [
        {
          id: "year",
          ask: "when",
          question: "In what year were the Paris Peace Agreements on Cambodia concluded?",
          statement: "The Paris Peace Agreements on Cambodia were concluded in {answer}.",
          answer: { kind: "date", date: { iso: "1991", precision: "year" } },
          importance: "core",
        },
      ],
    },
    {
      slug: "sdf-dispatch",
      date: { iso: "1992", precision: "year", basis: "derived" },
      kind: "deployment",
      title: "Japanese troops join their first UN peacekeeping operation",
      summary: "Japan's Self-Defense Forces went to Cambodia with a UN mission, their first.",
      places: ["cambodia"],
      tags: ["peacekeeping"],
      sources: [SRC],
      facts: [
        {
          id: "force",
          ask: "which",
          question: "Which Japanese organisation joined a UN peacekeeping operation for the first time in Cambodia?",
          statement: "The {answer} joined a UN peacekeeping operation for the first time in Cambodia.",
          answer: { kind: "entity", entity: "sdf" },
          importance: "core",
        },
      ],
    },
    {
      slug: "abe-state-funeral",
      date: { iso: "2022-09-27", precision: "day" },
      kind: "funeral",
      title: "Japan holds a state funeral for Shinzo Abe",
      summary: "Japan gave the killed former prime minister Shinzo Abe a state funeral in Tokyo.",
      places: ["tokyo"],
      tags: ["diplomacy"],
      sources: [SRC],
      facts: [
        {
          id: "honoured",
          ask: "who",
          question: "Which killed former Japanese prime minister was given a state funeral in Tokyo in September 2022?",
          statement: "In September 2022 Japan gave the killed former prime minister {answer} a state funeral in Tokyo.",
          answer: { kind: "entity", entity: "shinzo-abe" },
          importance: "core",
        },
      ],
    },
    {
      slug: "japan-pledges-2013",
      date: { iso: "2013-11-16", precision: "day" },
      kind: "agreement",
      title: "Japan pledges help with mine clearance and peacekeeping",
      summary:
        "Japan undertook to support land-mine clearance in Cambodia, build the capacity of Cambodian peacekeepers, and help improve healthcare.",
      tags: ["development-aid"],
      sources: [SRC],
      facts: [
        {
          id: "mines",
          ask: "what",
          question: "What clearance work in Cambodia did Japan pledge in November 2013 to support?",
          statement: "In November 2013 Japan pledged to support {answer} in Cambodia.",
          answer: {
            kind: "text",
            text: "landmine clearance",
            aliases: ["land mine clearance"],
            distractors: ["slum clearance", "forest clearance", "customs clearance"],
          },
          importance: "core",
        },
        {
          id: "capacity",
          ask: "what",
          question: "Whose capacity did Japan undertake in November 2013 to build?",
          statement: "In November 2013 Japan undertook to build the capacity of {answer}.",
          answer: {
            kind: "text",
            text: "Cambodian peacekeepers",
            distractors: ["the border police", "the coast guard", "the customs service"],
          },
          importance: "detail",
        },
      ],
    },
    {
      slug: "maritime-stance-2013",
      date: { iso: "2013-11-16", precision: "day" },
      kind: "statement",
      title: "Japan and Cambodia back rules for the South China Sea",
      summary: "Both governments called for disputes in the South China Sea to be settled peacefully.",
      places: ["south-china-sea"],
      tags: ["maritime"],
      sources: [SRC],
      facts: [
        {
          id: "sea",
          ask: "which",
          question: "Which sea's disputes did Japan and Cambodia say in November 2013 should be settled peacefully?",
          statement: "In November 2013 Japan and Cambodia said disputes in the {answer} should be settled peacefully.",
          answer: { kind: "entity", entity: "south-china-sea" },
          importance: "supporting",
        },
      ],
    },
    {
      slug: "kishida-hun-sen-talks",
      date: { iso: "2022-03-20", precision: "day" },
      kind: "meeting",
      title: "Kishida and Hun Sen hold talks in Phnom Penh",
      summary: "Fumio Kishida and Hun Sen met in Phnom Penh to talk about Ukraine and Myanmar.",
      places: ["phnom-penh"],
      tags: ["diplomacy"],
      sources: [SRC],
      facts: [
        {
          id: "city",
          ask: "where",
          question: "In which city did Fumio Kishida and Hun Sen meet in March 2022?",
          statement: "Fumio Kishida and Hun Sen met in {answer} in March 2022.",
          answer: { kind: "entity", entity: "phnom-penh" },
          importance: "core",
        },
      ],
    },
    {
      slug: "china-builds-islands",
      date: { iso: "2023-12", precision: "month", basis: "reported" },
      kind: "background",
      title: "China builds artificial islands in the South China Sea",
      summary: "China has been building artificial islands with military facilities in the South China Sea.",
      tags: ["china"],
      sources: [SRC],
      facts: [
        {
          id: "islands",
          ask: "what",
          question: "What has China been building in the South China Sea?",
          statement: "China has been building {answer} in the South China Sea.",
          answer: { kind: "text", text: "artificial islands", distractors: ["wind farms", "floating hospitals", "fishing ports"] },
          importance: "supporting",
        },
      ],
    },
  ],
};

export const lintDataset: Dataset = datasetSchema.parse(lintDatasetInput);

const base = (eventIds: string[]): Omit<QuestionBase, "type" | "prompt" | "answer"> => ({
  id: "q-test000000",
  explanation: "",
  sources: [],
  eventIds,
  tags: ["history"],
  difficulty: 2,
  importance: "core",
});

export function multipleChoice(
  event: string,
  factId: string,
  prompt: string,
  choices: string[],
  extra: Partial<MultipleChoiceQuestion> = {},
): MultipleChoiceQuestion {
  return { ...base([event]), type: "multiple_choice", factId, prompt, answer: choices[0] ?? "", choices, answerIndex: 0, ...extra };
}

export function trueFalse(
  event: string,
  factId: string,
  statement: string,
  truth: boolean,
  extra: Partial<TrueFalseQuestion> = {},
): TrueFalseQuestion {
  return {
    ...base([event]),
    type: "true_false",
    factId,
    prompt: statement,
    answer: truth ? "True" : "False",
    statement,
    truth,
    ...extra,
  };
}

export function typed(event: string, factId: string, prompt: string, answer: string, extra: Partial<TypedQuestion> = {}): TypedQuestion {
  return {
    ...base([event]),
    type: "typed",
    factId,
    prompt,
    answer,
    answerKind: "text",
    accepted: [{ kind: "text", forms: [answer], nearMisses: [] }],
    ...extra,
  };
}

export function cloze(event: string, factId: string, text: string, answer: string, extra: Partial<ClozeQuestion> = {}): ClozeQuestion {
  return { ...typed(event, factId, text, answer), type: "cloze", text, ...extra };
}

export function ordering(slugs: string[], dates: Record<string, string>, extra: Partial<OrderingQuestion> = {}): OrderingQuestion {
  return {
    ...base(slugs),
    type: "ordering",
    prompt: "Put these events in the order they happened, earliest first.",
    answer: slugs.join(" → "),
    items: [...slugs].reverse().map((id) => ({ id, label: id })),
    correctOrder: slugs,
    dates,
    ...extra,
  };
}

export function placeMatching(pairs: [string, string][], extra: Partial<MatchingQuestion> = {}): MatchingQuestion {
  return {
    ...base(pairs.map(([, event]) => event)),
    type: "matching",
    matchKind: "place-event",
    prompt: "Match each place with what happened there.",
    answer: "",
    left: pairs.map(([place]) => ({ id: place, label: place })),
    right: pairs.map(([, event]) => ({ id: event, label: event })),
    pairs: pairs.map(([left, right]) => ({ left, right })),
    ...extra,
  };
}

/** The messages one rule reports on a hand-made bank. */
export function findings(rule: LintRule, bank: Question[], dataset: Dataset = lintDataset): string[] {
  return lintBank(dataset, bank, [rule]).map((v) => v.message);
}
