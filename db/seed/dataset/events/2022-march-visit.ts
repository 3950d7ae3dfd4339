/**
 * March 2022: the Japanese navy's port call at Sihanoukville, and Kishida's three-day trip to
 * India and Cambodia, with the Phnom Penh talks and Prak Sokhonn's envoy trip to Myanmar.
 */
import type { EventInput } from "@/lib/events/schema";
import { SRC } from "../sources";
import { count, date, entity, ordinal, text, when } from "./helpers";

const REPORT = "relative to the report of Sunday 20 March 2022";

export const events2022MarchVisit: EventInput[] = [
  {
    slug: "japanese-navy-ships-dock-at-sihanoukville",
    date: when("2022-03-14", "'March 14', with the port call dated 'back in March' in a report of 29 September 2022."),
    name: "the March 2022 port call of two Japanese navy ships at Sihanoukville",
    kind: "visit",
    title: "Two Japanese navy ships call at Cambodia's main port",
    summary:
      "JS Uraga and JS Hirado, sailing on Japan's Indo-Pacific and Middle East Deployment 2021, tied up at Sihanoukville Autonomous Port with 185 crew. The call was meant to deepen cooperation and advance Japan's Free and Open Indo-Pacific vision; Kishida later thanked Cambodia for hosting the ships.",
    actors: ["js-uraga", "js-hirado", "ipd21", "japan-self-defense-forces"],
    places: ["sihanoukville-autonomous-port", "sihanoukville"],
    numbers: [
      { value: 185, unit: "crew members", label: "crew aboard the two ships" },
      { value: 2, unit: "ships", label: "Japanese naval vessels" },
    ],
    tags: ["maritime", "defence"],
    sources: [SRC.kishidaSecondVisit],
    facts: [
      {
        id: "date",
        ask: "when",
        question: "On what date did the Japanese navy ships JS Uraga and JS Hirado dock in Cambodia?",
        statement: "The Japanese navy ships JS Uraga and JS Hirado docked in Cambodia on {answer}.",
        answer: date("2022-03-14"),
        importance: "supporting",
      },
      {
        id: "port",
        ask: "where",
        question: "At which Cambodian port did JS Uraga and JS Hirado dock?",
        statement: "JS Uraga and JS Hirado docked at {answer}.",
        answer: entity("sihanoukville-autonomous-port"),
        notDistractors: ["korean-peninsula", "south-china-sea", "east-china-sea"],
        importance: "supporting",
      },
      {
        id: "crew",
        ask: "how-many",
        question: "How many crew were aboard the Japanese navy ships JS Uraga and JS Hirado when they docked in Cambodia in March 2022?",
        statement: "The Japanese navy ships JS Uraga and JS Hirado arrived in Cambodia in March 2022 with {answer} crew members aboard.",
        answer: count(185, "crew members"),
        importance: "detail",
      },
      {
        id: "ships",
        ask: "how-many",
        question: "How many Japanese naval vessels docked in Cambodia in March 2022?",
        statement: "In March 2022, {answer} ships from Japan's navy docked in Cambodia.",
        answer: count(2, "ships"),
        importance: "detail",
      },
      {
        id: "ship-name",
        ask: "which",
        question: "Which Japanese naval vessels docked at Sihanoukville in March 2022?",
        statement: "{answer} was one of two Japanese naval vessels that docked at Sihanoukville in March 2022.",
        answer: entity("js-uraga"),
        alsoCorrect: [entity("js-hirado")],
        importance: "detail",
        suppress: [
          {
            type: "cloze",
            reason: "Two ships docked and either name fills the blank; multiple choice and typed accept both.",
          },
        ],
      },
      {
        id: "deployment",
        ask: "which",
        question: "Which Japanese deployment were JS Uraga and JS Hirado taking part in when they docked in Cambodia in March 2022?",
        statement: "When they docked in Cambodia in March 2022, JS Uraga and JS Hirado were taking part in the {answer}.",
        answer: entity("ipd21"),
        notDistractors: ["free-and-open-indo-pacific"],
        explanation:
          "Their call at Sihanoukville Autonomous Port on 14 March 2022, with 185 crew, was meant to deepen cooperation and advance Japan's vision of a Free and Open Indo-Pacific; in September Kishida thanked Cambodia for hosting them.",
        importance: "detail",
      },
    ],
    links: [
      {
        to: "kishida-thanks-cambodia-for-port-call",
        kind: "led-to",
        how: "Kishida gave his thanks when he met Hun Sen in Tokyo; the port call had been meant to strengthen cooperation and help realise a Free and Open Indo-Pacific.",
        importance: "supporting",
      },
    ],
  },
  {
    slug: "goodwill-exercises-with-royal-cambodian-navy",
    date: when("2022-03", "During the port call that began on 14 March 2022."),
    kind: "deployment",
    title: "Japanese crews train with the Royal Cambodian Navy",
    summary:
      "While in port the Japanese sailors trained with the Royal Cambodian Navy in a spirit of goodwill, with a military drill and a trip to Ream Naval Base on the schedule. The call served Japan's Free and Open Indo-Pacific vision.",
    actors: ["royal-cambodian-navy", "japan-self-defense-forces", "free-and-open-indo-pacific"],
    places: ["ream-naval-base"],
    tags: ["defence", "maritime"],
    sources: [SRC.kishidaSecondVisit],
    facts: [
      {
        id: "navy",
        ask: "which",
        question: "With which Cambodian force did the crews of JS Uraga and JS Hirado hold goodwill exercises in March 2022?",
        statement: "In March 2022 the crews of JS Uraga and JS Hirado held goodwill exercises with the {answer}.",
        answer: entity("royal-cambodian-navy"),
        notDistractors: ["royal-cambodian-armed-forces", "japan-self-defense-forces"],
        importance: "supporting",
      },
      {
        id: "base",
        ask: "where",
        question: "Which Cambodian naval base was on the programme of the JS Uraga and JS Hirado crews in March 2022?",
        statement: "A visit to {answer} was on the programme of the JS Uraga and JS Hirado crews in March 2022.",
        answer: entity("ream-naval-base"),
        notDistractors: ["sihanoukville-autonomous-port"],
        importance: "detail",
      },
      {
        id: "vision",
        ask: "which",
        question: "Which Japanese vision for the region was the March 2022 port call of JS Uraga and JS Hirado meant to help realise?",
        statement: "The March 2022 port call of JS Uraga and JS Hirado was meant to advance Japan's vision of a {answer}.",
        answer: entity("free-and-open-indo-pacific"),
        notDistractors: ["ipd21"],
        importance: "supporting",
      },
    ],
  },
  {
    slug: "kishida-modi-concern-over-ukraine",
    date: when("2022-03-19", `'On Saturday', ${REPORT}.`),
    kind: "statement",
    title: "Kishida and Modi voice serious concern over Ukraine",
    summary:
      "In India, the day before his talks in Cambodia, Kishida and Prime Minister Narendra Modi voiced grave concern over the fighting and the humanitarian emergency in Ukraine and called for the violence to stop at once.",
    actors: ["fumio-kishida", "narendra-modi"],
    places: ["india"],
    tags: ["ukraine", "diplomacy"],
    sources: [SRC.kishidaPhnomPenh],
    facts: [
      {
        id: "who",
        ask: "who",
        question: "With which Indian leader did Kishida voice serious concern about the conflict in Ukraine?",
        statement: "Kishida and {answer} voiced grave concern over the fighting and humanitarian emergency in Ukraine.",
        answer: entity("narendra-modi"),
        notDistractors: ["hun-sen"],
        explanation:
          "They met in India on 19 March 2022, the day before Kishida's talks in Cambodia, and called for the violence to stop at once; Kishida went on to seek Cambodia's cooperation against Russia's aggression.",
        importance: "supporting",
      },
      {
        id: "date",
        ask: "when",
        question: "On what date did Kishida and Modi air their concern over Ukraine?",
        statement: "Kishida and Modi aired their concern over Ukraine on {answer}.",
        answer: date("2022-03-19"),
        importance: "detail",
      },
      {
        id: "urged",
        ask: "what",
        question: "What did Kishida and Modi urge in Ukraine?",
        statement: "Kishida and Modi called for {answer} in Ukraine.",
        answer: text(
          "an immediate halt to the violence",
          [
            "an immediate cessation of violence",
            "immediate cessation of violence",
            "an immediate end to violence",
            "an end to the violence",
            "ceasefire",
          ],
          ["a referendum on new borders", "a neutral status", "a UN-run administration"],
        ),
        importance: "supporting",
      },
    ],
  },
  {
    slug: "kishida-tours-india-and-cambodia",
    date: when("2022-03-19", `A 'three-day visit through Monday' (21 March) that reached India 'on Saturday', ${REPORT}.`),
    kind: "visit",
    title: "Kishida makes a three-day trip to South and Southeast Asia",
    summary:
      "Kishida's three-day trip, ending on Monday 21 March, took him first to India and then to Cambodia, where he spent two days seeking cooperation over Ukraine and Myanmar.",
    actors: ["fumio-kishida"],
    places: ["india", "cambodia"],
    numbers: [
      { value: 3, unit: "days", label: "length of Kishida's trip" },
      { value: 2, unit: "days", label: "length of Kishida's stay in Cambodia" },
    ],
    tags: ["diplomacy", "ukraine"],
    sources: [SRC.kishidaPhnomPenh, SRC.kishidaSecondVisit],
    facts: [
      {
        id: "length",
        ask: "how-many",
        question: "How long was Kishida's March 2022 trip to India and Cambodia?",
        statement: "Kishida's March 2022 trip to India and Cambodia lasted {answer}.",
        answer: count(3, "days"),
        importance: "detail",
      },
      {
        id: "other-country",
        ask: "which",
        question: "Which country besides Cambodia did Kishida visit on his March 2022 trip?",
        statement: "Kishida's March 2022 trip took him to Cambodia and {answer}.",
        answer: entity("india"),
        notDistractors: ["japan"],
        importance: "supporting",
      },
      {
        id: "cambodia-days",
        ask: "how-many",
        question: "According to The Phnom Penh Post, how long was Kishida's visit to Cambodia in March 2022?",
        statement: "Kishida's visit to Cambodia in March 2022 lasted {answer}.",
        answer: count(2, "days"),
        importance: "detail",
      },
    ],
  },
  {
    slug: "kishida-hun-sen-phnom-penh-talks",
    date: when("2022-03-20", `'on Sunday', ${REPORT}.`),
    name: "the Kishida–Hun Sen talks in Phnom Penh in March 2022",
    kind: "meeting",
    title: "Kishida and Hun Sen hold talks on Ukraine and Myanmar",
    summary:
      "Welcomed with a ceremony at the Peace Palace, Kishida began talks with Hun Sen in Phnom Penh. He was expected to seek more cooperation against Russia's aggression and to discuss ASEAN's efforts on Myanmar, as Cambodia chaired the bloc.",
    actors: ["fumio-kishida", "hun-sen"],
    places: ["phnom-penh", "peace-palace"],
    tags: ["diplomacy", "ukraine", "myanmar", "asean"],
    sources: [SRC.kishidaPhnomPenh],
    facts: [
      {
        id: "date",
        ask: "when",
        question: "On what date did Kishida begin talks with Hun Sen in Phnom Penh?",
        statement: "Kishida began talks with Hun Sen in Phnom Penh on {answer}.",
        answer: date("2022-03-20"),
        explanation:
          "Opened with a welcome ceremony at the Peace Palace, they came in the year Cambodia chaired ASEAN and 30 years after Japan's first peacekeeping dispatch to Cambodia; Ukraine and Myanmar were expected to top the agenda.",
        importance: "core",
      },
      {
        id: "visitor",
        ask: "who",
        question: "Which Japanese prime minister held talks with Hun Sen in Phnom Penh in March 2022?",
        statement: "{answer} held talks with Hun Sen in Phnom Penh in March 2022.",
        answer: entity("fumio-kishida"),
        explanation:
          "It was Kishida's first visit to Cambodia as prime minister, on a three-day trip that also took him to India. He was expected to seek Cambodia's help against Russia's aggression in Ukraine and to discuss ASEAN's efforts on Myanmar.",
        importance: "core",
      },
      {
        id: "city",
        ask: "where",
        question: "In which city did Kishida and Hun Sen meet in March 2022?",
        statement: "Kishida and Hun Sen held their March 2022 talks in {answer}.",
        answer: entity("phnom-penh"),
        importance: "core",
      },
      {
        id: "venue",
        ask: "where",
        question: "At which Phnom Penh venue was Kishida welcomed with a ceremony?",
        statement: "A welcome ceremony for Kishida was held at the {answer} in Phnom Penh.",
        answer: entity("peace-palace"),
        notDistractors: ["south-china-sea", "east-china-sea", "senkaku-islands", "korean-peninsula"],
        importance: "supporting",
      },
      {
        id: "sought",
        ask: "what",
        question: "What was Kishida expected to seek Cambodia's further cooperation on when the Phnom Penh talks began?",
        statement: "Kishida was expected to seek Cambodia's further cooperation on {answer}.",
        answer: text(
          "dealing with Russia's aggression against Ukraine",
          ["Russia's aggression", "Russia's aggression on Ukraine", "the war in Ukraine", "Ukraine"],
          ["sharing Mekong river water", "rice export quotas", "joint space research"],
        ),
        importance: "core",
      },
      {
        id: "crisis",
        ask: "which",
        question: "Besides Ukraine, which country's crisis were Kishida and Hun Sen expected to discuss in Phnom Penh?",
        statement: "Kishida and Hun Sen were expected to discuss ASEAN's efforts on the crisis in {answer}.",
        answer: entity("myanmar"),
        importance: "supporting",
      },
    ],
    links: [
      {
        to: "kishida-second-cambodia-visit",
        kind: "followed-up",
        how: "Kishida's trip for those talks was his first visit to Cambodia as prime minister; the one planned for November 2022 was to be his second.",
        importance: "supporting",
      },
    ],
  },
  {
    slug: "thirty-years-since-sdf-dispatch",
    date: when("2022", `'this year marks the 30th anniversary', ${REPORT}.`),
    name: "the 30th anniversary of Japan's first peacekeeping dispatch to Cambodia",
    kind: "anniversary",
    title: "Thirty years since Japan's first peacekeepers went to Cambodia",
    summary:
      "The year of Kishida's visit marked three decades since SDF members went to Cambodia on their first UN peacekeeping mission, and the two leaders were expected to promise closer security cooperation.",
    actors: ["japan-self-defense-forces", "fumio-kishida", "hun-sen"],
    tags: ["anniversary", "peacekeeping", "defence"],
    sources: [SRC.kishidaPhnomPenh],
    facts: [
      {
        id: "ordinal",
        ask: "which",
        question: "Which anniversary of Japan's first SDF dispatch to Cambodia fell in 2022?",
        statement: "The year 2022 marked the {answer} anniversary of Japan's first dispatch of SDF personnel to Cambodia.",
        answer: ordinal(30, "anniversary"),
        importance: "core",
      },
      {
        id: "field",
        ask: "what",
        question:
          "In March 2022, thirty years after Japan's first peacekeeping dispatch to Cambodia, in which field were Kishida and Hun Sen expected to pledge closer cooperation?",
        statement:
          "Thirty years after Japan's first peacekeeping dispatch to Cambodia, Kishida and Hun Sen were expected in March 2022 to pledge closer cooperation in {answer}.",
        answer: text(
          "security",
          ["the security field", "security cooperation", "defence and security"],
          ["tourism", "agriculture", "space exploration"],
        ),
        importance: "supporting",
      },
    ],
    links: [
      {
        to: "sdf-first-un-peacekeeping-cambodia",
        kind: "anniversary-of",
        years: 30,
        how: "The anniversary fell in the year of Kishida's March 2022 visit to Cambodia, at which the two leaders were expected to pledge closer security cooperation.",
        importance: "core",
      },
    ],
  },
  {
    slug: "sokhonn-envoy-trip-to-myanmar",
    date: when("2022-03-21", `A 'three-day trip from Monday', ${REPORT} (announced in advance).`, "planned"),
    kind: "visit",
    title: "Prak Sokhonn goes to Myanmar as ASEAN's special envoy",
    summary:
      "Right after the Phnom Penh talks, Cambodia's deputy prime minister Prak Sokhonn began a three-day trip to Myanmar as ASEAN's special envoy, part of Cambodia's efforts as chair.",
    actors: ["prak-sokhonn", "asean"],
    places: ["myanmar"],
    numbers: [{ value: 3, unit: "days", label: "length of the envoy's trip" }],
    tags: ["myanmar", "asean"],
    sources: [SRC.kishidaPhnomPenh],
    facts: [
      {
        id: "who",
        ask: "who",
        question: "Which Cambodian deputy prime minister travelled to Myanmar as ASEAN's special envoy in March 2022?",
        statement: "In March 2022, {answer} travelled to Myanmar as ASEAN's special envoy.",
        answer: entity("prak-sokhonn"),
        explanation:
          "Cambodia's deputy prime minister set off for three days right after Kishida's talks with Hun Sen in Phnom Penh, part of Cambodia's effort as ASEAN chair to ease the crisis that followed Myanmar's February 2021 coup.",
        importance: "supporting",
      },
      {
        id: "length",
        ask: "how-many",
        question: "How long was Prak Sokhonn's March 2022 trip to Myanmar?",
        statement: "Prak Sokhonn's March 2022 trip to Myanmar lasted {answer}.",
        answer: count(3, "days"),
        importance: "detail",
      },
      {
        id: "capacity",
        ask: "what",
        question: "In what capacity did Prak Sokhonn visit Myanmar in March 2022?",
        statement: "Prak Sokhonn visited Myanmar in March 2022 as {answer}.",
        answer: text(
          "ASEAN's special envoy",
          ["ASEAN special envoy", "special envoy of ASEAN", "special envoy", "the ASEAN special envoy"],
          ["a UN human rights rapporteur", "head of an election observer mission", "Japan's personal representative"],
        ),
        importance: "supporting",
      },
      {
        id: "start",
        ask: "when",
        question: "On what date did Prak Sokhonn begin his three-day trip to Myanmar?",
        statement: "Prak Sokhonn began his three-day trip to Myanmar on {answer}.",
        answer: date("2022-03-21"),
        importance: "detail",
      },
    ],
  },
];
