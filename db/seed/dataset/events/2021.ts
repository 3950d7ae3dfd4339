/**
 * 2021: the Myanmar coup and ASEAN's five-point consensus, and the 18 November phone call between
 * foreign ministers Prak Sokhonn and Yoshimasa Hayashi.
 */
import type { EventInput } from "@/lib/events/schema";
import { SRC } from "../sources";
import { date, entity, text, when } from "./helpers";

const CALL_DAY = "2021-11-18";
const CALL_NOTE = "Stated as 'November 18' in a report published in November 2021.";

export const events2021: EventInput[] = [
  {
    slug: "myanmar-military-coup",
    date: when("2021-02-01", "'a Feb 1 coup last year' in a report of 20 March 2022."),
    name: "the Myanmar military's coup of February 2021",
    kind: "coup",
    title: "Myanmar's military seizes power",
    summary:
      "Myanmar's armed forces seized power, arresting Aung San Suu Kyi, the country's civilian leader, and removing her elected government. The crisis became a main item in ASEAN's work and in Japan–Cambodia talks.",
    actors: ["myanmar-military", "aung-san-suu-kyi", "min-aung-hlaing"],
    places: ["myanmar"],
    tags: ["myanmar", "democracy"],
    sources: [SRC.kishidaPhnomPenh],
    facts: [
      {
        id: "detained",
        ask: "who",
        question: "Which civilian leader did Myanmar's military detain when it seized power?",
        statement: "When it seized power, Myanmar's military detained {answer}.",
        answer: entity("aung-san-suu-kyi"),
        notDistractors: ["min-aung-hlaing"],
        importance: "core",
      },
      {
        id: "date",
        ask: "when",
        question: "On what date did Myanmar's military stage its coup?",
        statement: "Myanmar's military staged its coup on {answer}.",
        answer: date("2021-02-01"),
        importance: "core",
      },
      {
        id: "government",
        ask: "what",
        question: "What kind of government did the coup in Myanmar overthrow?",
        statement: "The coup in Myanmar overthrew {answer} led by Aung San Suu Kyi.",
        answer: text(
          "a democratically elected government",
          ["an elected government", "elected government", "democratically elected government"],
          ["a military caretaker government", "a royal government", "a one-party communist government"],
        ),
        importance: "supporting",
      },
      {
        id: "plotters",
        ask: "who",
        question: "Which Myanmar force overthrew Aung San Suu Kyi's elected government in February 2021?",
        statement: "In February 2021 Aung San Suu Kyi's elected government was overthrown by the {answer}.",
        answer: entity("myanmar-military"),
        importance: "detail",
      },
    ],
    links: [
      {
        to: "asean-five-point-consensus",
        kind: "led-to",
        how: "The military detained Aung San Suu Kyi and toppled her elected government, plunging Myanmar, an ASEAN member, into crisis; ASEAN's leaders answered with a plan of their own.",
        importance: "core",
      },
      {
        to: "hun-sen-visits-naypyitaw",
        kind: "led-to",
        how: "No foreign leader visited Myanmar after the February 2021 coup until Hun Sen, whose country chaired ASEAN in 2022, went to Naypyitaw in January 2022 to meet the junta's chief.",
        importance: "supporting",
      },
    ],
  },
  {
    slug: "asean-five-point-consensus",
    date: when("2021-04-24", "Stated as 'April 24, 2021' in the foreign ministers' view quoted in November 2021."),
    name: "ASEAN's five-point consensus on Myanmar",
    kind: "agreement",
    title: "ASEAN leaders agree a plan on Myanmar",
    summary:
      "ASEAN leaders agreed a five-point consensus on the situation in Myanmar. Japan and Cambodia later urged that it be implemented fully and without further delay.",
    actors: ["asean", "five-point-consensus", "asean-leaders-meeting"],
    tags: ["asean", "myanmar"],
    sources: [SRC.foreignMinistersCall],
    facts: [
      {
        id: "date",
        ask: "when",
        question: "On what date did ASEAN leaders agree their consensus on the crisis in Myanmar?",
        statement: "ASEAN leaders agreed their consensus on the crisis in Myanmar on {answer}.",
        answer: date("2021-04-24"),
        importance: "core",
      },
      {
        id: "name",
        ask: "what",
        question: "Which plan on Myanmar did ASEAN leaders agree in April 2021?",
        statement: "In April 2021 ASEAN leaders agreed the {answer} on Myanmar.",
        answer: entity("five-point-consensus"),
        importance: "core",
      },
      {
        id: "meeting",
        ask: "where",
        question: "At which gathering was ASEAN's consensus on Myanmar agreed?",
        statement: "ASEAN's consensus on Myanmar was agreed at the {answer}.",
        answer: entity("asean-leaders-meeting"),
        importance: "detail",
      },
    ],
    links: [
      {
        to: "ministers-urge-myanmar-plan",
        kind: "led-to",
        how: "The two foreign ministers wanted the plan carried out fully and without further delay, and agreed that ASEAN had an important part in finding a peaceful way out of Myanmar's crisis.",
        importance: "core",
      },
    ],
  },
  {
    slug: "foreign-ministers-phone-call",
    date: when(CALL_DAY, CALL_NOTE),
    name: "the November 2021 Sokhonn–Hayashi phone call",
    kind: "call",
    title: "Foreign ministers Sokhonn and Hayashi talk by phone",
    summary:
      "Cambodia's foreign minister Prak Sokhonn spoke by telephone with Yoshimasa Hayashi, newly appointed as Japan's foreign minister. Cambodia's foreign ministry reported the call in a press release.",
    actors: ["prak-sokhonn", "yoshimasa-hayashi", "cambodia-foreign-ministry"],
    tags: ["diplomacy"],
    sources: [SRC.foreignMinistersCall],
    facts: [
      {
        id: "date",
        ask: "when",
        question: "On what date did Prak Sokhonn and Yoshimasa Hayashi speak by telephone?",
        statement: "Prak Sokhonn and Yoshimasa Hayashi held a telephone conversation on {answer}.",
        answer: date(CALL_DAY),
        importance: "supporting",
      },
      {
        id: "japanese-minister",
        ask: "who",
        question: "Which newly appointed Japanese foreign minister spoke to Prak Sokhonn by phone in November 2021?",
        statement: "In November 2021, Prak Sokhonn talked by phone with Japan's newly appointed foreign minister, {answer}.",
        answer: entity("yoshimasa-hayashi"),
        importance: "core",
      },
      {
        id: "cambodian-minister",
        ask: "who",
        question: "Which Cambodian minister spoke by phone with Japan's new foreign minister, Yoshimasa Hayashi, on 18 November 2021?",
        statement: "{answer} spoke by phone with Japan's new foreign minister, Yoshimasa Hayashi, on 18 November 2021.",
        answer: entity("prak-sokhonn"),
        notDistractors: ["yoshimasa-hayashi"],
        importance: "core",
      },
      {
        id: "medium",
        ask: "what",
        question: "How did foreign ministers Prak Sokhonn and Yoshimasa Hayashi hold their talks on 18 November 2021?",
        statement: "On 18 November 2021 foreign ministers Prak Sokhonn and Yoshimasa Hayashi held their talks {answer}.",
        answer: text(
          "by telephone",
          ["telephone", "by phone", "phone", "phone call", "a telephone conversation"],
          ["in person in Phnom Penh", "by video conference", "in person in Tokyo"],
        ),
        importance: "detail",
      },
      {
        id: "reported-by",
        ask: "which",
        question: "Which ministry's press release reported the November 2021 phone call between Prak Sokhonn and Yoshimasa Hayashi?",
        statement:
          "The November 2021 phone call between Prak Sokhonn and Yoshimasa Hayashi was reported in a press release from the {answer}.",
        answer: entity("cambodia-foreign-ministry"),
        importance: "detail",
      },
    ],
  },
  {
    slug: "japan-pledges-peacekeeping-support",
    date: when(CALL_DAY, CALL_NOTE),
    kind: "statement",
    title: "Japan pledges more support for Cambodia's peacekeepers",
    summary:
      "Under the heading of political security, Hayashi praised the part Cambodia plays in international peacekeeping and promised more Japanese help. Sokhonn thanked Japan for helping Cambodian peacekeepers build up their skills.",
    actors: ["yoshimasa-hayashi", "prak-sokhonn", "un-peacekeeping"],
    tags: ["peacekeeping", "security"],
    sources: [SRC.foreignMinistersCall],
    facts: [
      {
        id: "field",
        ask: "what",
        question:
          "In November 2021, in which field did Japan's foreign minister Yoshimasa Hayashi praise Cambodia's international contribution and pledge further Japanese support?",
        statement:
          "In November 2021 Japan's foreign minister Yoshimasa Hayashi praised Cambodia's contribution to international {answer} and promised further Japanese support.",
        answer: text(
          "peacekeeping",
          ["peace keeping", "peacekeeping operations"],
          ["space research", "counter-narcotics work", "disaster relief"],
        ),
        importance: "core",
      },
      {
        id: "capacity",
        ask: "what",
        question: "In November 2021, what did Prak Sokhonn thank Japan for giving Cambodian peacekeepers?",
        statement: "In November 2021 Prak Sokhonn thanked Japan for giving Cambodian peacekeepers {answer}.",
        answer: text(
          "capacity-building support",
          ["capacity building", "capacity building support", "capacity-building"],
          ["armoured vehicles", "helicopters", "salary payments"],
        ),
        importance: "supporting",
      },
    ],
  },
  {
    slug: "ministers-agree-to-resume-visits",
    date: when(CALL_DAY, CALL_NOTE),
    kind: "agreement",
    title: "Sokhonn and Hayashi agree to restart exchanges of visits",
    summary:
      "Sokhonn and Hayashi agreed that Japan and Cambodia should resume exchanges of visits and expand their cooperation further, above all in peacekeeping.",
    actors: ["prak-sokhonn", "yoshimasa-hayashi"],
    tags: ["diplomacy", "peacekeeping"],
    sources: [SRC.foreignMinistersCall],
    facts: [
      {
        id: "resume",
        ask: "what",
        question:
          "In November 2021, what did foreign ministers Prak Sokhonn and Yoshimasa Hayashi agree that Japan and Cambodia should resume?",
        statement:
          "In November 2021 foreign ministers Prak Sokhonn and Yoshimasa Hayashi agreed that Japan and Cambodia should resume {answer}.",
        answer: text(
          "exchanges of visits",
          ["exchange of visits", "visits", "mutual visits"],
          ["direct flights", "joint naval patrols", "debt repayments"],
        ),
        explanation:
          "They spoke by telephone on 18 November 2021, soon after Hayashi took office, and also agreed to widen their cooperation, above all in peacekeeping.",
        importance: "supporting",
      },
      {
        id: "priority",
        ask: "what",
        question: "In which area above all did Prak Sokhonn and Yoshimasa Hayashi agree in November 2021 to widen cooperation?",
        statement: "In November 2021 Prak Sokhonn and Yoshimasa Hayashi agreed to widen cooperation, particularly in {answer}.",
        answer: text("peacekeeping", ["peace keeping"], ["space technology", "nuclear energy", "fisheries"]),
        importance: "supporting",
      },
    ],
  },
  {
    slug: "consultations-include-human-rights",
    date: when(CALL_DAY, CALL_NOTE),
    kind: "statement",
    title: "Sokhonn and Hayashi welcome consultations that include human rights",
    summary:
      "The two ministers said they were satisfied with the active consultations between their foreign ministries on bilateral cooperation, including on promoting human rights in Cambodia.",
    actors: ["prak-sokhonn", "yoshimasa-hayashi"],
    tags: ["human-rights", "diplomacy"],
    sources: [SRC.foreignMinistersCall],
    facts: [
      {
        id: "topic",
        ask: "what",
        question:
          "In November 2021 Prak Sokhonn and Yoshimasa Hayashi welcomed their ministries' consultations on cooperation: promoting what in Cambodia did those consultations cover?",
        statement:
          "In November 2021 Prak Sokhonn and Yoshimasa Hayashi said their ministries' consultations covered promoting {answer} in Cambodia.",
        answer: text(
          "human rights",
          ["human right", "the rights of its people"],
          ["nuclear safety", "the return of refugees", "fishing rights"],
        ),
        importance: "supporting",
      },
    ],
  },
  {
    slug: "cambodia-thanks-japan-for-covid-help",
    date: when(CALL_DAY, CALL_NOTE),
    kind: "statement",
    title: "Cambodia thanks Japan for help with reconstruction and the pandemic",
    summary:
      "Sokhonn recalled Japan's important part in rebuilding Cambodia and thanked it for continuing to back the country's socio-economic development and its Covid-19 response, including with medical equipment and vaccines.",
    actors: ["prak-sokhonn", "japan"],
    tags: ["covid-19", "development-aid"],
    sources: [SRC.foreignMinistersCall],
    facts: [
      {
        id: "equipment",
        ask: "what",
        // Once two facts (equipment, vaccines) that gave each other away: now one.
        question: "As Prak Sokhonn noted in November 2021, what did Japan supply for Cambodia's Covid-19 response?",
        statement: "As Prak Sokhonn noted in November 2021, Japan supported Cambodia's Covid-19 response with {answer}.",
        answer: text(
          "medical equipment and vaccines",
          ["vaccines and medical equipment", "vaccines and equipment", "medical supplies and vaccines", "equipment and vaccines"],
          ["field hospitals and army doctors", "cash grants and food aid", "quarantine ships and test kits"],
        ),
        importance: "supporting",
      },
      {
        id: "recalled",
        ask: "what",
        question:
          "Besides its development, to what in Cambodia's past did Prak Sokhonn say in November 2021 that Japan had contributed importantly?",
        statement: "In November 2021 Prak Sokhonn paid tribute to the major part Japan played in Cambodia's {answer}.",
        answer: text(
          "reconstruction",
          ["rebuilding", "post-war reconstruction"],
          ["independence struggle", "space programme", "royal succession"],
        ),
        importance: "supporting",
      },
    ],
  },
  {
    slug: "ministers-urge-myanmar-plan",
    date: when(CALL_DAY, CALL_NOTE),
    name: "the November 2021 Sokhonn–Hayashi call for ASEAN's Myanmar plan to be carried out",
    kind: "statement",
    title: "Sokhonn and Hayashi urge full implementation of ASEAN's Myanmar plan",
    summary:
      "The ministers discussed Myanmar at length. They agreed that ASEAN had an important part in helping Myanmar find a peaceful way out of the crisis and that the five-point consensus should be carried out fully and without further delay.",
    actors: ["prak-sokhonn", "yoshimasa-hayashi", "asean", "five-point-consensus"],
    tags: ["myanmar", "asean"],
    sources: [SRC.foreignMinistersCall],
    facts: [
      {
        id: "role",
        ask: "which",
        question:
          "Which regional bloc did Prak Sokhonn and Yoshimasa Hayashi agree in November 2021 had an important part in helping Myanmar resolve its crisis peacefully?",
        statement:
          "In November 2021 Prak Sokhonn and Yoshimasa Hayashi agreed that {answer} had an important part to play in helping Myanmar resolve its crisis peacefully.",
        answer: entity("asean"),
        notDistractors: ["united-nations", "un-general-assembly", "un-security-council"],
        explanation:
          "Myanmar, an ASEAN member, had been in crisis since its military's coup in February 2021, and Cambodia was to chair ASEAN in 2022.",
        importance: "supporting",
      },
      {
        id: "timing",
        ask: "what",
        question: "In November 2021, how did Cambodia and Japan say ASEAN's plan on Myanmar should be implemented?",
        statement: "In November 2021 Cambodia and Japan said ASEAN's plan on Myanmar should be implemented {answer}.",
        answer: text(
          "fully and without further delay",
          ["without further delay", "without delay", "fully", "fully, without delay"],
          ["gradually over five years", "only after new elections in Myanmar", "only with the junta's consent"],
        ),
        importance: "core",
      },
      {
        id: "plan",
        ask: "which",
        question: "Which ASEAN plan did the foreign ministers of Cambodia and Japan say in November 2021 should be fully implemented?",
        statement: "In November 2021 the foreign ministers of Cambodia and Japan said the {answer} should be fully implemented.",
        answer: entity("five-point-consensus"),
        explanation:
          "ASEAN's leaders had agreed the plan on 24 April 2021, seven months earlier, and the two ministers wanted it carried out without further delay.",
        importance: "core",
      },
    ],
  },
  {
    slug: "ministers-review-port-trade-and-people-links",
    date: when(CALL_DAY, CALL_NOTE),
    kind: "statement",
    title: "Sokhonn and Hayashi review port, trade and people-to-people links",
    summary:
      "The two foreign ministers welcomed the growing friendship between their countries and went over areas of cooperation, among them developing the Sihanoukville seaport. They also discussed making trade and economic exchanges easier. Once Covid-19 restrictions were relaxed, they wanted people-to-people ties revived.",
    actors: ["prak-sokhonn", "yoshimasa-hayashi"],
    discussed: ["sihanoukville"],
    tags: ["economy", "maritime", "covid-19"],
    sources: [SRC.foreignMinistersCall],
    facts: [
      {
        id: "seaport",
        ask: "where",
        question: "The development of which Cambodian city's seaport did Prak Sokhonn and Yoshimasa Hayashi discuss in November 2021?",
        statement: "In November 2021 Prak Sokhonn and Yoshimasa Hayashi discussed developing the seaport of {answer}.",
        answer: entity("sihanoukville"),
        importance: "supporting",
      },
      {
        id: "connectivity",
        ask: "what",
        question:
          "What kind of connectivity did Prak Sokhonn and Yoshimasa Hayashi want to reinvigorate once Covid-19 restrictions were relaxed in late 2021?",
        statement:
          "In November 2021 Prak Sokhonn and Yoshimasa Hayashi wanted to reinvigorate {answer} as Covid-19 restrictions were relaxed.",
        answer: text(
          "people-to-people connectivity",
          ["people-to-people", "people to people connectivity", "people-to-people exchanges"],
          ["railway connectivity", "electricity grid connectivity", "undersea cable connectivity"],
        ),
        importance: "detail",
      },
      {
        id: "trade",
        ask: "what",
        question:
          "Alongside the Sihanoukville seaport and people-to-people links, what did Prak Sokhonn and Yoshimasa Hayashi want to facilitate in November 2021?",
        statement:
          "Alongside the Sihanoukville seaport and people-to-people links, Prak Sokhonn and Yoshimasa Hayashi discussed facilitating {answer} in November 2021.",
        answer: text(
          "trade and economic exchanges",
          ["trade", "economic exchanges", "trade and economic exchange"],
          ["arms sales", "labour migration quotas", "nuclear cooperation"],
        ),
        importance: "detail",
      },
    ],
  },
];
