import { describe, expect, it } from "vitest";
import type { DatasetInput, EventInput } from "@/lib/events/schema";
import { DatasetValidationError, foldText, mentions, validateDataset } from "@/lib/events/validate";

/** A minimal valid dataset; each test breaks one thing in a fresh copy. */
function base(): DatasetInput {
  const event: EventInput = {
    slug: "kishida-visits-phnom-penh",
    date: { iso: "2022-03-20", precision: "day", note: "'on Sunday'" },
    kind: "meeting",
    title: "Kishida meets Hun Sen",
    summary: "The two prime ministers held talks in the Cambodian capital.",
    actors: ["fumio-kishida", "hun-sen"],
    places: ["phnom-penh"],
    tags: ["diplomacy"],
    sources: ["talks"],
    facts: [
      {
        id: "city",
        ask: "where",
        question: "In which city did the two prime ministers meet in March 2022?",
        statement: "The two prime ministers met in {answer} in March 2022.",
        answer: { kind: "entity", entity: "phnom-penh" },
        notDistractors: ["tokyo"],
      },
      {
        id: "visitor",
        ask: "who",
        question: "Which Japanese prime minister visited Cambodia in March 2022?",
        statement: "{answer} visited Cambodia in March 2022.",
        answer: { kind: "entity", entity: "fumio-kishida" },
      },
    ],
  };
  return {
    sources: [{ id: "talks", title: "Leaders hold talks", publisher: "Kyodo News", publishedOn: "2022-03-20", seedFile: "000.txt" }],
    entities: [
      { id: "japan", kind: "country", name: "Japan" },
      { id: "cambodia", kind: "country", name: "Cambodia" },
      { id: "fumio-kishida", kind: "person", name: "Fumio Kishida", aliases: ["Kishida"], country: "japan" },
      { id: "hun-sen", kind: "person", name: "Hun Sen", aliases: ["Samdech Hun Sen"], country: "cambodia" },
      { id: "phnom-penh", kind: "city", name: "Phnom Penh", country: "cambodia" },
      { id: "tokyo", kind: "city", name: "Tokyo", country: "japan" },
    ],
    events: [event],
  };
}

/** The problems validateDataset reports for `input` (fails the test if it does not throw). */
function problemsOf(input: DatasetInput): readonly string[] {
  try {
    validateDataset(input);
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetValidationError);
    expect((error as Error).message).toContain("Invalid event dataset");
    return (error as DatasetValidationError).problems;
  }
  throw new Error("expected validateDataset to throw");
}

function firstEvent(input: DatasetInput): EventInput {
  const event = input.events[0];
  if (!event) throw new Error("fixture has no event");
  return event;
}

describe("validateDataset", () => {
  it("accepts a valid dataset and returns it parsed, defaults applied", () => {
    const parsed = validateDataset(base());
    expect(parsed.events[0]?.facts[1]?.alsoCorrect).toEqual([]);
    expect(parsed.entities[0]?.aliases).toEqual([]);
  });

  it("rejects an unknown answer entity, naming the path", () => {
    const input = base();
    const fact = firstEvent(input).facts[0];
    if (fact) fact.answer = { kind: "entity", entity: "phnom-pen" };
    const problems = problemsOf(input);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain("events[0].facts[0].answer.entity");
    expect(problems[0]).toContain('unknown entity "phnom-pen"');
  });

  it("rejects unknown actors, places, sources, alsoCorrect and notDistractors ids, listing all at once", () => {
    const input = base();
    const event = firstEvent(input);
    event.actors = ["fumio-kishida", "nobody"];
    event.places = ["atlantis"];
    event.sources = ["no-such-article"];
    const fact = event.facts[1];
    if (fact) {
      fact.alsoCorrect = [{ kind: "entity", entity: "ghost" }];
      fact.notDistractors = ["phantom"];
    }
    const problems = problemsOf(input).join("\n");
    expect(problems).toContain('events[0].actors[1]: unknown entity "nobody"');
    expect(problems).toContain('events[0].places[0]: unknown entity "atlantis"');
    expect(problems).toContain('events[0].sources[0]: unknown source "no-such-article"');
    expect(problems).toContain('events[0].facts[1].alsoCorrect[0].entity: unknown entity "ghost"');
    expect(problems).toContain('events[0].facts[1].notDistractors[0]: unknown entity "phantom"');
  });

  it("rejects an entity whose country is unknown or not a country", () => {
    const input = base();
    input.entities.push({ id: "peace-palace", kind: "place", name: "Peace Palace", country: "phnom-penh" });
    input.entities.push({ id: "ream", kind: "place", name: "Ream Naval Base", country: "kampuchea" });
    const problems = problemsOf(input).join("\n");
    expect(problems).toContain('entities[6].country: "phnom-penh" is a city, not a country');
    expect(problems).toContain('entities[7].country: unknown entity "kampuchea"');
  });

  it("rejects duplicate slugs and ids, naming the path of the repeat", () => {
    const input = base();
    input.events.push({ ...firstEvent(input) });
    input.entities.push({ id: "tokyo", kind: "city", name: "Edo" });
    input.sources.push({ ...input.sources[0]!, seedFile: "001.txt" });
    const problems = problemsOf(input).join("\n");
    expect(problems).toContain('events[1].slug: duplicate event slug "kishida-visits-phnom-penh"');
    expect(problems).toContain('entities[6].id: duplicate entity id "tokyo"');
    expect(problems).toContain('sources[1].id: duplicate source id "talks"');
  });

  it("rejects duplicate fact ids within an event", () => {
    const input = base();
    const event = firstEvent(input);
    const [first] = event.facts;
    if (first) event.facts.push({ ...first, question: "Where did the two prime ministers hold talks?" });
    const problems = problemsOf(input);
    expect(problems.join("\n")).toContain('events[0].facts[2].id: duplicate fact id "city"');
  });

  it("rejects a name or alias shared by two entities", () => {
    const input = base();
    input.entities.push({ id: "kishida-ryo", kind: "person", name: "Ryo Kishida", aliases: ["Kishida"] });
    expect(problemsOf(input).join("\n")).toContain('entities[6].aliases[0]: "Kishida" also names entity "fumio-kishida"');
  });

  it("rejects a question that leaks its answer's name, case-insensitively", () => {
    const input = base();
    const fact = firstEvent(input).facts[0];
    if (fact) fact.question = "Did the prime ministers meet in PHNOM PENH or elsewhere?";
    const problems = problemsOf(input);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain("events[0].facts[0].question");
    expect(problems[0]).toContain('question contains its answer as "Phnom Penh"');
  });

  it("rejects a question that leaks an alias, even as a possessive", () => {
    const input = base();
    const fact = firstEvent(input).facts[1];
    if (fact) fact.question = "Which leader made Kishida's first trip to Cambodia as premier?";
    expect(problemsOf(input).join("\n")).toContain('events[0].facts[1].question: question contains its answer as "Kishida"');
  });

  it("rejects a question that leaks a date, number or text answer, or an alsoCorrect answer", () => {
    const input = base();
    const event = firstEvent(input);
    event.facts.push(
      {
        id: "date",
        ask: "when",
        question: "Was it on 20 March 2022 that the talks began?",
        statement: "The talks began on {answer}.",
        answer: { kind: "date", date: { iso: "2022-03-20", precision: "day" } },
      },
      {
        id: "votes",
        ask: "how-many",
        question: "Did 141 countries vote for the resolution?",
        statement: "{answer} countries voted for the resolution.",
        answer: { kind: "number", value: 141, unit: "countries" },
      },
      {
        id: "medium",
        ask: "what",
        question: "Did the ministers talk by phone?",
        statement: "The ministers talked {answer}.",
        answer: { kind: "text", text: "by telephone", aliases: ["by phone"], distractors: ["in person", "by letter", "by video link"] },
      },
      {
        id: "leader",
        ask: "who",
        question: "Which leader, Hun Sen or another, met Kishida?",
        statement: "{answer} met Kishida.",
        answer: { kind: "entity", entity: "tokyo" },
        alsoCorrect: [{ kind: "entity", entity: "hun-sen" }],
      },
    );
    const problems = problemsOf(input).join("\n");
    expect(problems).toContain('events[0].facts[2].question: question contains its answer as "20 March 2022"');
    expect(problems).toContain('events[0].facts[3].question: question contains its answer as "141"');
    expect(problems).toContain('events[0].facts[4].question: question contains its answer as "by phone"');
    expect(problems).toContain('events[0].facts[5].question: question contains an alsoCorrect answer (entity "hun-sen") as "Hun Sen"');
  });

  it("rejects a fact whose answer entity is among its own notDistractors", () => {
    const input = base();
    const fact = firstEvent(input).facts[0];
    if (fact) fact.notDistractors = ["tokyo", "phnom-penh"];
    expect(problemsOf(input).join("\n")).toContain(
      'events[0].facts[0].notDistractors[1]: the answer "phnom-penh" is listed as a non-distractor',
    );
  });

  it("rejects a text distractor that is a true answer, and an alsoCorrect answer of another kind", () => {
    const input = base();
    const event = firstEvent(input);
    event.facts.push({
      id: "medium",
      ask: "what",
      question: "How did the ministers talk?",
      statement: "The ministers talked {answer}.",
      answer: { kind: "text", text: "by telephone", aliases: ["by phone"], distractors: ["By Phone", "by letter", "by video link"] },
      alsoCorrect: [{ kind: "date", date: { iso: "2021", precision: "year" } }],
    });
    const problems = problemsOf(input).join("\n");
    expect(problems).toContain('events[0].facts[2].answer.distractors[0]: distractor "By Phone" is a true answer');
    expect(problems).toContain("events[0].facts[2].alsoCorrect[0]: a date answer, but the fact's answer is a text");
  });

  it("reports schema problems with their paths, together with reference problems", () => {
    const input = base();
    const event = firstEvent(input);
    const fact = event.facts[0];
    if (fact) fact.statement = "The leaders met in March 2022.";
    event.date = { iso: "2022-03", precision: "day" };
    event.actors = ["nobody"];
    const problems = problemsOf(input).join("\n");
    expect(problems).toContain("events[0].facts[0].statement: statement must contain {answer} exactly once");
    expect(problems).toMatch(/events\[0\]\.date: iso must match precision/);
    expect(problems).toContain('events[0].actors[0]: unknown entity "nobody"');
  });

  it("survives input whose shape is broken, reporting the schema problems", () => {
    const broken = { sources: [], entities: "none", events: [{ slug: "x" }] } as unknown as DatasetInput;
    const problems = problemsOf(broken).join("\n");
    expect(problems).toContain("sources");
    expect(problems).toContain("entities");
  });
});

describe("mentions", () => {
  it("matches whole words after folding case, accents, punctuation and possessives", () => {
    expect(mentions("Which leader followed Shinzō Abe's path?", "Shinzo Abe")).toBe(true);
    expect(mentions("What did the UN decide?", "UN")).toBe(true);
    expect(mentions("Who founded the union?", "UN")).toBe(false);
    expect(mentions("Japan–ASEAN ties", "Japan-ASEAN")).toBe(true);
    expect(foldText("The United States")).toBe("united states");
  });
});

describe("validateDataset for a published dataset", () => {
  it("requires every fact to state its importance", () => {
    const problems = (() => {
      try {
        validateDataset(base(), { requireImportance: true });
      } catch (error) {
        return (error as DatasetValidationError).problems;
      }
      throw new Error("expected validateDataset to throw");
    })();
    expect(problems).toEqual([
      'events[0].facts[0].importance: every fact needs an importance: core, supporting or detail (event "kishida-visits-phnom-penh", fact "city")',
      'events[0].facts[1].importance: every fact needs an importance: core, supporting or detail (event "kishida-visits-phnom-penh", fact "visitor")',
    ]);
  });

  it("accepts facts that state it", () => {
    const input = base();
    for (const fact of firstEvent(input).facts) fact.importance = "core";
    expect(validateDataset(input, { requireImportance: true }).events[0]?.facts.map((f) => f.importance)).toEqual(["core", "core"]);
  });
});

describe("validateDataset: links between events", () => {
  function withLink(link: NonNullable<EventInput["links"]>[number], name = "Kishida's visit to Phnom Penh"): DatasetInput {
    const input = base();
    const first = firstEvent(input);
    first.name = name;
    input.events.push({
      ...structuredClone(first),
      slug: "kishida-second-visit",
      title: "Kishida returns",
      date: { iso: "2022-11", precision: "month", note: "announced" },
      name: "Kishida's second visit",
    });
    first.links = [link];
    return input;
  }

  it("accepts a named cause before its consequence and an anniversary of the right length", () => {
    expect(() =>
      validateDataset(
        withLink({ to: "kishida-second-visit", kind: "led-to", how: "The first visit set up the second one.", importance: "core" }),
      ),
    ).not.toThrow();
  });

  it("rejects an unknown target, a missing name, a cause after its consequence and a miscounted anniversary", () => {
    const unknown = problemsOf(
      withLink({ to: "nowhere", kind: "led-to", how: "It led to something that is not there.", importance: "core" }),
    );
    expect(unknown.join("\n")).toContain('events[0].links[0].to: unknown event "nowhere"');
    const unnamed = problemsOf(
      withLink({ to: "kishida-second-visit", kind: "led-to", how: "The first visit set up the second one.", importance: "core" }, ""),
    );
    expect(unnamed.join("\n")).toContain("a linked event needs a name");
    const input = withLink({
      to: "kishida-second-visit",
      kind: "led-to",
      how: "The first visit set up the second one.",
      importance: "core",
    });
    const later = input.events[1];
    if (later) later.date = { iso: "2021-01", precision: "month", note: "earlier" };
    expect(problemsOf(input).join("\n")).toContain("which is dated before it");
    const anniversary = problemsOf(
      withLink({
        to: "kishida-second-visit",
        kind: "anniversary-of",
        years: 5,
        how: "It marks five years of something.",
        importance: "core",
      }),
    );
    expect(anniversary.join("\n")).toContain("events[0].links[0].years: 5 years, but the dates are 0 years apart");
  });
});
