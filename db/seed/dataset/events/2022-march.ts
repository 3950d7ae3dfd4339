/**
 * January–March 2022: Hun Sen in Naypyitaw, Russia's invasion of Ukraine and the UN vote, the
 * Japanese navy's port call at Sihanoukville, and Kishida's trip to India and Cambodia.
 */
import type { EventInput } from "@/lib/events/schema";
import { SRC } from "../sources";
import { count, date, entity, text, when } from "./helpers";

const REPORT = "relative to the report of Sunday 20 March 2022";

export const events2022March: EventInput[] = [
  {
    slug: "hun-sen-visits-naypyitaw",
    date: when("2022-01", `'In January', ${REPORT}.`),
    name: "Hun Sen's January 2022 visit to Naypyitaw",
    kind: "visit",
    title: "Hun Sen becomes the first foreign leader to visit Myanmar after its military coup",
    summary:
      "In one of Cambodia's diplomatic moves on Myanmar, Hun Sen went to the capital, Naypyitaw, to meet the head of the junta, Senior General Min Aung Hlaing. No foreign leader had visited since the coup.",
    actors: ["hun-sen", "min-aung-hlaing"],
    places: ["naypyitaw"],
    tags: ["myanmar", "asean", "diplomacy"],
    sources: [SRC.kishidaPhnomPenh],
    facts: [
      {
        id: "first-leader",
        ask: "who",
        question: "In January 2022, who became the first foreign leader to visit Myanmar since its military coup of February 2021?",
        statement: "In January 2022, {answer} became the first foreign leader to visit Myanmar since its military coup of February 2021.",
        answer: entity("hun-sen"),
        importance: "core",
      },
      {
        id: "city",
        ask: "where",
        question: "To which city did Hun Sen travel for talks with Myanmar's junta chief?",
        statement: "Hun Sen travelled to {answer} for talks with Myanmar's junta chief.",
        answer: entity("naypyitaw"),
        importance: "supporting",
      },
      {
        id: "host",
        ask: "who",
        question: "Which junta chief did Hun Sen hold talks with in Myanmar's capital?",
        statement: "In Myanmar's capital, Hun Sen held talks with junta chief {answer}.",
        answer: entity("min-aung-hlaing"),
        importance: "supporting",
      },
      {
        id: "when",
        ask: "when",
        question: "When did Hun Sen travel to Naypyitaw for talks with the junta?",
        statement: "Hun Sen travelled to Naypyitaw for talks with the junta in {answer}.",
        answer: date("2022-01"),
        importance: "supporting",
      },
    ],
  },
  {
    slug: "cambodia-chairs-asean",
    date: when("2022", `'this year' (Cambodia chairs ASEAN), ${REPORT}.`),
    name: "Cambodia's year as chair of ASEAN",
    kind: "background",
    title: "Cambodia holds the ASEAN chair",
    summary:
      "Cambodia chaired the ten-member ASEAN, which put it at the centre of the bloc's work on Myanmar and made it a key partner for Japan. Hun Sen later thanked Kishida for supporting Cambodia's chairmanship.",
    actors: ["cambodia", "asean"],
    numbers: [{ value: 10, unit: "members", label: "ASEAN member states" }],
    tags: ["asean", "diplomacy"],
    sources: [SRC.kishidaPhnomPenh, SRC.kishidaSecondVisit],
    facts: [
      {
        id: "chair",
        ask: "which",
        question: "Which country chaired ASEAN in 2022?",
        statement: "{answer} held the ASEAN chairmanship in 2022.",
        answer: entity("cambodia"),
        importance: "core",
      },
      {
        id: "size",
        ask: "how-many",
        question: "How many members did ASEAN have in the year Cambodia chaired it?",
        statement: "ASEAN had {answer} members in the year Cambodia chaired it.",
        answer: count(10, "members"),
        importance: "detail",
      },
    ],
    links: [
      {
        to: "cambodia-hosts-november-summits",
        kind: "led-to",
        how: "Hosting them fell to Cambodia as chair, and in September Hun Sen invited Kishida to attend them in person.",
        importance: "core",
      },
    ],
  },
  {
    slug: "cambodia-active-diplomacy-on-myanmar",
    date: when("2022", `Cambodia's efforts in its year as ASEAN chair, as described ${REPORT}.`),
    kind: "background",
    title: "Cambodia pursues active diplomacy on Myanmar",
    summary:
      "As ASEAN chair, Cambodia took an active diplomatic role in trying to improve the situation in Myanmar, the bloc's military-run member: Hun Sen went to Naypyitaw in January and Prak Sokhonn served as ASEAN's special envoy.",
    actors: ["cambodia", "hun-sen", "prak-sokhonn", "asean"],
    discussed: ["myanmar"],
    tags: ["myanmar", "asean", "diplomacy"],
    sources: [SRC.kishidaPhnomPenh, SRC.kishidaSecondVisit],
    facts: [
      {
        id: "myanmar-diplomacy",
        ask: "which",
        question: "As ASEAN chair, Cambodia pursued active diplomacy to improve the situation in which military-run member of the bloc?",
        statement: "As ASEAN chair, Cambodia pursued active diplomacy to improve the situation in {answer}.",
        answer: entity("myanmar"),
        explanation:
          "Hun Sen went to Naypyitaw in January 2022, the first foreign leader to visit since the coup, and Prak Sokhonn became ASEAN's special envoy.",
        importance: "core",
      },
      {
        id: "role-of-envoy",
        ask: "who",
        question: "Which Cambodian minister served as ASEAN's special envoy on Myanmar in 2022?",
        statement: "In 2022 {answer} served as ASEAN's special envoy on Myanmar.",
        answer: entity("prak-sokhonn"),
        explanation:
          "Cambodia's deputy prime minister held the post while Cambodia chaired ASEAN, as part of its active diplomacy on Myanmar, along with Hun Sen's January 2022 visit to Naypyitaw.",
        importance: "supporting",
      },
    ],
  },
  {
    slug: "russia-invades-ukraine",
    date: when("2022-02-24", `'Feb 24', ${REPORT}.`),
    name: "Russia's invasion of Ukraine",
    kind: "invasion",
    title: "Russia invades Ukraine",
    summary:
      "Russia launched an invasion of Ukraine, a former Soviet republic. Japan condemned it and joined other major economies in sanctions, while ASEAN members did not take a united stance.",
    actors: ["russia", "ukraine"],
    places: ["ukraine"],
    tags: ["ukraine", "security"],
    sources: [SRC.kishidaPhnomPenh],
    facts: [
      {
        id: "date",
        ask: "when",
        question: "On what date did Russia launch its invasion of Ukraine?",
        statement: "Russia launched its invasion of Ukraine on {answer}.",
        answer: date("2022-02-24"),
        importance: "core",
      },
      {
        id: "invaded",
        ask: "which",
        question: "Which former Soviet republic did Russia invade in February 2022?",
        statement: "In February 2022, Russia invaded {answer}, a former Soviet republic.",
        answer: entity("ukraine"),
        importance: "supporting",
      },
    ],
    links: [
      {
        to: "un-general-assembly-condemns-russia",
        kind: "led-to",
        how: "Within weeks of Russia's invasion on 24 February 2022, the UN General Assembly condemned the aggression in a resolution that Cambodia and Japan co-sponsored.",
        importance: "core",
      },
      {
        to: "japan-sanctions-russia-with-g7",
        kind: "led-to",
        how: "Japan stepped up its economic pressure on Moscow in step with the United States, while ASEAN's members did not unite behind a firm stance on Russia.",
        importance: "supporting",
      },
    ],
  },
  {
    slug: "japan-sanctions-russia-with-g7",
    date: when("2022-03", `Sanctions being stepped up since 24 February: an ongoing policy, dated ${REPORT}.`, "reported"),
    name: "Japan's sanctions on Russia with its G7 partners",
    kind: "background",
    title: "Japan steps up sanctions with its G7 partners",
    summary:
      "After the invasion Japan increased pressure on Russia with economic sanctions, acting together with the United States and the other Group of Seven economies.",
    actors: ["japan", "russia", "g7", "united-states"],
    tags: ["ukraine", "economy"],
    sources: [SRC.kishidaPhnomPenh],
    facts: [
      {
        id: "group",
        ask: "which",
        question: "Together with the US and which group of major developed economies did Japan tighten sanctions on Russia?",
        statement: "Japan tightened economic sanctions on Russia together with the United States and the other members of the {answer}.",
        answer: entity("g7"),
        notDistractors: ["united-nations"],
        explanation:
          "It was Japan's answer to Russia's invasion of Ukraine on 24 February 2022, and it set Japan apart from ASEAN, whose members did not unite behind a firm stance on Russia.",
        importance: "supporting",
      },
      {
        id: "target",
        ask: "which",
        question: "Which country was Japan pressuring with economic sanctions in March 2022?",
        statement: "In March 2022, Japan was stepping up economic sanctions on {answer}.",
        answer: entity("russia"),
        // North Korea is under sanctions too; the United States was imposing them alongside Japan.
        notDistractors: ["north-korea", "united-states"],
        importance: "supporting",
      },
    ],
  },
  {
    slug: "asean-divided-over-russia",
    date: when("2022-03", `ASEAN's stance as described ${REPORT}.`, "reported"),
    kind: "background",
    title: "ASEAN fails to take a united line on Russia",
    summary:
      "Unlike Japan and its G7 partners, ASEAN's members did not unite behind a firm stance against Russia. Vietnam, for one, has been friendly with Russia since the days of the Soviet Union.",
    actors: ["asean", "vietnam", "russia"],
    tags: ["asean", "ukraine"],
    sources: [SRC.kishidaPhnomPenh],
    facts: [
      {
        id: "asean-stance",
        ask: "what",
        question: "How did a Kyodo report of March 2022 describe ASEAN members' stance on Russia after its invasion of Ukraine?",
        statement: "In March 2022, faced with Russia's invasion of Ukraine, ASEAN members were described as {answer}.",
        answer: text(
          "not united behind a resolute stance on Russia",
          ["not united", "divided", "split", "not united behind a resolute stance"],
          ["united in imposing sanctions on Russia", "united in backing Russia", "united in condemning Russia"],
        ),
        importance: "supporting",
      },
      {
        id: "old-friend-of-russia",
        ask: "which",
        question: "Which ASEAN member has been friendly with Russia since the days of the Soviet Union?",
        statement: "{answer} has been friendly with Russia since the days of the Soviet Union.",
        answer: entity("vietnam"),
        notDistractors: ["laos", "myanmar"],
        explanation:
          "Vietnam abstained, with Laos, on the March 2022 UN General Assembly resolution condemning Russia's aggression, while Cambodia and seven other ASEAN members voted for it: ASEAN did not unite behind a firm stance on Russia.",
        importance: "detail",
      },
    ],
  },
  {
    slug: "japan-condemns-invasion",
    date: when("2022-03", `Japan's stance as described ${REPORT}.`, "reported"),
    kind: "statement",
    title: "Japan calls Russia's invasion of Ukraine a serious breach of international law",
    summary: "Japan denounced the invasion as a grave breach of international law that undermines the basis of the world order.",
    actors: ["japan", "russia"],
    tags: ["ukraine", "diplomacy"],
    sources: [SRC.kishidaPhnomPenh],
    facts: [
      {
        id: "violation",
        ask: "what",
        question: "How did Japan characterise Russia's invasion of Ukraine?",
        statement: "Japan condemned Russia's invasion of Ukraine as {answer}.",
        answer: text(
          "a grave breach of international law",
          [
            "a serious violation of international law",
            "serious violation of international law",
            "violation of international law",
            "a breach of international law",
            "breach of international law",
          ],
          ["a regrettable misunderstanding", "an internal European matter", "a legitimate security operation"],
        ),
        explanation:
          "It said the invasion shook the foundations of the international order, and in March 2022 it co-sponsored the UN General Assembly resolution condemning Russia's aggression, as did Cambodia.",
        importance: "core",
      },
      {
        id: "shakes",
        ask: "what",
        question: "According to Japan, what does Russia's invasion shake?",
        statement: "Japan said Russia's invasion shakes {answer}.",
        answer: text(
          "the basis of the international order",
          [
            "the foundation of the international order",
            "the international order",
            "foundation of the international order",
            "international order",
          ],
          ["the global oil market", "the Japan–US alliance", "the Korean armistice"],
        ),
        importance: "supporting",
      },
    ],
  },
  {
    slug: "un-general-assembly-condemns-russia",
    date: when("2022-03", `'Early this month', ${REPORT}. The report once calls it a 'council vote'; it was the General Assembly's vote.`),
    name: "the UN General Assembly's March 2022 vote condemning Russia's aggression",
    kind: "vote",
    title: "UN General Assembly condemns Russia's aggression",
    summary:
      "A resolution drafted under US leadership and denouncing Russia's attack on Ukraine passed the UN General Assembly with 141 votes. Cambodia and Japan were among its nearly 100 co-sponsors. (The report slips once into calling it a council vote.)",
    actors: ["un-general-assembly", "unga-ukraine-resolution", "united-states", "cambodia", "japan"],
    numbers: [
      { value: 141, unit: "countries", label: "votes in favour" },
      { value: 100, unit: "countries", label: "co-sponsors (nearly)" },
    ],
    tags: ["ukraine", "united-nations"],
    sources: [SRC.kishidaPhnomPenh],
    facts: [
      {
        id: "votes",
        ask: "how-many",
        question: "How many UN members voted for the General Assembly resolution against Russia's aggression?",
        statement: "The General Assembly's resolution against Russia's aggression passed with {answer} countries in favour.",
        answer: count(141, "countries"),
        importance: "core",
      },
      {
        id: "cosponsors",
        ask: "how-many",
        question:
          "Roughly how many countries co-sponsored the March 2022 UN resolution against Russia's aggression, Cambodia and Japan among them?",
        statement:
          "Cambodia and Japan were among nearly {answer} countries that co-sponsored the March 2022 UN resolution against Russia's aggression.",
        answer: count(100, "countries"),
        importance: "supporting",
      },
      {
        id: "led-by",
        ask: "which",
        question: "Which country led the March 2022 UN resolution condemning Russia's aggression?",
        statement: "The March 2022 UN resolution condemning Russia's aggression was led by {answer}.",
        answer: entity("united-states"),
        importance: "supporting",
      },
      {
        id: "body",
        ask: "which",
        question: "Which UN body adopted the resolution condemning Russia's aggression in March 2022?",
        statement: "The resolution condemning Russia's aggression was adopted by the {answer}.",
        answer: entity("un-general-assembly"),
        explanation: "It was a General Assembly resolution; the report once calls it a 'council vote', a slip.",
        importance: "supporting",
      },
      {
        id: "cosponsored",
        ask: "what",
        question: "Which resolution did Cambodia co-sponsor along with Japan in early March 2022?",
        statement: "Along with Japan, Cambodia co-sponsored the {answer}.",
        answer: entity("unga-ukraine-resolution"),
        importance: "core",
      },
      {
        id: "month",
        ask: "when",
        question: "When did the UN adopt the resolution condemning Russia's aggression that Cambodia co-sponsored?",
        statement: "The UN adopted the resolution condemning Russia's aggression that Cambodia co-sponsored in {answer}.",
        answer: date("2022-03"),
        importance: "supporting",
      },
    ],
  },
  {
    slug: "asean-split-on-ukraine-vote",
    date: when("2022-03", `'Early this month', ${REPORT}.`),
    kind: "vote",
    title: "ASEAN members split on the Ukraine resolution",
    summary:
      "Besides Cambodia, seven ASEAN members, Indonesia, Thailand and Singapore among them, voted for the resolution. Vietnam, a friend of Russia since Soviet days, abstained, and so did Laos.",
    actors: ["asean", "vietnam", "laos", "indonesia", "thailand", "singapore", "cambodia"],
    numbers: [{ value: 7, unit: "other ASEAN nations", label: "ASEAN members besides Cambodia voting yes" }],
    tags: ["asean", "ukraine", "united-nations"],
    sources: [SRC.kishidaPhnomPenh],
    facts: [
      {
        id: "vietnam",
        ask: "which",
        question:
          "Which ASEAN member, friendly with Russia since Soviet times, abstained on the March 2022 UN resolution against Russia's aggression?",
        statement:
          "{answer}, friendly with Russia since Soviet times, abstained on the March 2022 UN resolution against Russia's aggression.",
        answer: entity("vietnam"),
        notDistractors: ["laos"],
        importance: "supporting",
      },
      {
        id: "laos",
        ask: "which",
        question: "Which ASEAN member abstained along with Vietnam on the March 2022 UN resolution against Russia's aggression?",
        statement: "Along with Vietnam, {answer} abstained on the March 2022 UN resolution against Russia's aggression.",
        answer: entity("laos"),
        importance: "supporting",
      },
      {
        id: "other-yes",
        ask: "how-many",
        question: "Besides Cambodia, how many ASEAN nations voted for the March 2022 UN resolution against Russia's aggression?",
        statement: "Besides Cambodia, {answer} other ASEAN nations voted for the March 2022 UN resolution against Russia's aggression.",
        answer: count(7, "other ASEAN nations"),
        importance: "detail",
      },
      {
        id: "named-yes",
        ask: "which",
        question:
          "Which ASEAN country did a Kyodo report name among those that voted for the March 2022 UN resolution against Russia's aggression?",
        statement: "{answer} was named among the ASEAN nations that voted for the March 2022 UN resolution against Russia's aggression.",
        answer: entity("indonesia"),
        alsoCorrect: [entity("thailand"), entity("singapore")],
        notDistractors: ["cambodia", "myanmar"],
        importance: "detail",
        suppress: [
          {
            type: "cloze",
            reason:
              "Indonesia, Thailand and Singapore are all named and each fills the blank; multiple choice and typed accept any of them.",
          },
        ],
      },
      {
        id: "cambodia-vote",
        ask: "what",
        question: "How did Cambodia vote on the March 2022 UN resolution against Russia's aggression?",
        statement: "On the March 2022 UN resolution against Russia's aggression, Cambodia {answer}.",
        answer: text(
          "voted in favour",
          ["in favour", "yes", "voted yes", "for", "voted for it", "in favor"],
          ["voted against", "abstained", "stayed away from the vote"],
        ),
        importance: "core",
      },
    ],
  },
];
