/**
 * September–November 2022: the 77th UN General Assembly, Abe's state funeral, Kishida and Hun
 * Sen's meeting in Tokyo, Thong Mengdavid's assessment and the November summits in Cambodia.
 */
import type { EventInput } from "@/lib/events/schema";
import { SRC } from "../sources";
import { date, entity, ordinal, text, when } from "./helpers";

const TOKYO_DAY = "2022-09-28";
const TOKYO_NOTE = "'September 28', the day after Hun Sen paid his last tribute to Abe (photo caption of the 29 September 2022 report).";
const UNGA_NOTE = "The 'recent 77th UN General Assembly', as of the report of 29 September 2022: its general debate in September 2022.";

export const events2022September: EventInput[] = [
  {
    slug: "kishida-un-speech-cites-cambodia",
    date: when("2022-09", UNGA_NOTE),
    name: "Kishida's address to the 77th UN General Assembly",
    kind: "speech",
    title: "Kishida cites Japan's peacekeeping in Cambodia at the UN",
    summary:
      "Addressing the 77th UN General Assembly in New York, Kishida referred to Japan's contributions to Cambodia, in particular through Japanese peacekeeping operations there. Hun Sen later thanked him for the mention.",
    actors: ["fumio-kishida", "un-general-assembly"],
    places: ["new-york"],
    tags: ["united-nations", "peacekeeping"],
    sources: [SRC.kishidaSecondVisit],
    facts: [
      {
        id: "session",
        ask: "which",
        question: "At which session of the UN General Assembly did Kishida refer to Japan's contributions to Cambodia?",
        statement: "Kishida referred to Japan's contributions to Cambodia at the {answer} session of the UN General Assembly.",
        answer: ordinal(77, "session"),
        explanation:
          "He singled out Japanese peacekeeping there, 30 years after Japan's first UN peacekeeping dispatch to Cambodia, and Hun Sen thanked him for the mention when they met in Tokyo on 28 September 2022.",
        importance: "detail",
      },
      {
        id: "city",
        ask: "where",
        question: "In which city did Kishida address the UN General Assembly in September 2022?",
        statement: "Kishida addressed the UN General Assembly in {answer} in September 2022.",
        answer: entity("new-york"),
        explanation:
          "In the speech he recalled Japan's contributions to Cambodia, above all through peacekeeping. Hun Sen, who told the same Assembly that Cambodia would keep joining UN peacekeeping missions, later thanked him.",
        importance: "detail",
        suppress: [
          {
            type: "multiple_choice",
            reason:
              "The General Assembly always meets in New York and every other city in the dataset is a capital or a port: no fair options.",
          },
          {
            type: "true_false",
            variant: "false",
            reason: "Any other city as the General Assembly's venue is absurd (see the multiple choice).",
          },
        ],
      },
      {
        id: "activity",
        ask: "what",
        question: "Which Japanese activity in Cambodia did Kishida single out in his UN address?",
        statement: "In his UN address, Kishida singled out Japanese {answer} in Cambodia.",
        answer: text(
          "peacekeeping operations",
          ["peacekeeping", "peace keeping operations", "UN peacekeeping"],
          ["car manufacturing", "rice imports", "tourism promotion"],
        ),
        importance: "core",
      },
      {
        id: "thanked-by",
        ask: "who",
        question: "Who thanked Kishida for mentioning Japan's contributions to Cambodia in his UN address?",
        statement: "{answer} thanked Kishida for mentioning Japan's contributions to Cambodia in his UN address.",
        answer: entity("hun-sen"),
        importance: "supporting",
      },
    ],
  },
  {
    slug: "hun-sen-un-speech-peacekeeping",
    date: when("2022-09", UNGA_NOTE),
    kind: "speech",
    title: "Hun Sen tells the UN Cambodia will keep serving as peacekeepers",
    summary: "Speaking to the General Assembly himself, Hun Sen promised that Cambodia would go on sending peacekeepers on UN missions.",
    actors: ["hun-sen", "un-general-assembly", "un-peacekeeping"],
    places: ["new-york"],
    tags: ["united-nations", "peacekeeping"],
    sources: [SRC.kishidaSecondVisit],
    facts: [
      {
        id: "pledge",
        ask: "what",
        question: "In which UN operations did Hun Sen tell the General Assembly in September 2022 that Cambodia would keep taking part?",
        statement: "In September 2022 Hun Sen told the UN General Assembly that Cambodia would keep taking part in {answer}.",
        answer: entity("un-peacekeeping"),
        importance: "core",
      },
      {
        id: "who",
        ask: "who",
        question: "Which Cambodian leader told the 77th UN General Assembly that Cambodia would keep serving in UN peacekeeping?",
        statement: "{answer} told the 77th UN General Assembly that Cambodia would keep serving in UN peacekeeping.",
        answer: entity("hun-sen"),
        importance: "supporting",
      },
    ],
  },
  {
    slug: "abe-state-funeral",
    date: when(
      "2022-09-27",
      "The report's body places the funeral on 'September 28', but its photo caption has Hun Sen paying his last tribute the day before his 28 September meeting with Kishida; the funeral was on 27 September 2022, the reading used here.",
    ),
    name: "Shinzo Abe's state funeral in Tokyo",
    kind: "funeral",
    title: "Japan holds a state funeral for Shinzo Abe",
    summary:
      "Japan gave Shinzo Abe, the former prime minister who had been killed, a state funeral in Tokyo. Hun Sen came to pay his final respects and met Kishida the next day.",
    actors: ["shinzo-abe", "hun-sen", "fumio-kishida"],
    places: ["tokyo"],
    tags: ["diplomacy"],
    sources: [SRC.kishidaSecondVisit],
    facts: [
      {
        id: "honoured",
        ask: "who",
        question: "Which killed former Japanese prime minister was honoured with a state funeral in Tokyo in September 2022?",
        statement: "In September 2022, Japan honoured the killed former prime minister {answer} with a state funeral in Tokyo.",
        answer: entity("shinzo-abe"),
        importance: "core",
      },
      {
        id: "city",
        ask: "where",
        question: "Where was Shinzo Abe's state funeral held?",
        statement: "Shinzo Abe's state funeral was held in {answer}.",
        answer: entity("tokyo"),
        importance: "supporting",
      },
      {
        id: "date",
        ask: "when",
        question: "On what date was Shinzo Abe's state funeral held?",
        statement: "Shinzo Abe's state funeral took place on {answer}.",
        answer: date("2022-09-27"),
        explanation:
          "The report's text gives 28 September, but by its own photo caption Hun Sen paid tribute the day before meeting Kishida on the 28th: the funeral was on 27 September 2022.",
        importance: "supporting",
      },
      {
        id: "mourner",
        ask: "who",
        question: "Which Cambodian leader went to Tokyo to pay his final respects to Shinzo Abe?",
        statement: "{answer} went to Tokyo to pay his final respects to Shinzo Abe.",
        answer: entity("hun-sen"),
        importance: "supporting",
      },
    ],
    links: [
      {
        to: "kishida-hun-sen-tokyo-meeting",
        kind: "led-to",
        how: "Hun Sen came to Tokyo to pay his last respects to Abe, and at the meeting the next day he invited Kishida to the November summits in Cambodia.",
        importance: "supporting",
      },
    ],
  },
  {
    slug: "kishida-hun-sen-tokyo-meeting",
    date: when(TOKYO_DAY, TOKYO_NOTE),
    name: "the Kishida–Hun Sen meeting in Tokyo in September 2022",
    kind: "meeting",
    title: "Kishida and Hun Sen meet after Abe's funeral",
    summary:
      "Kishida and Hun Sen met in Tokyo the day after Abe's state funeral. Hun Sen thanked Kishida for backing Cambodia's year in the ASEAN chair, and Kishida asked for his help in working with Japan both one-to-one and through ASEAN, as Hun Sen reported on social media.",
    actors: ["fumio-kishida", "hun-sen"],
    places: ["tokyo"],
    tags: ["diplomacy", "asean"],
    sources: [SRC.kishidaSecondVisit],
    facts: [
      {
        id: "date",
        ask: "when",
        question: "On what date did Kishida and Hun Sen meet in Tokyo after Abe's funeral?",
        statement: "Kishida and Hun Sen met in Tokyo on {answer}.",
        answer: date(TOKYO_DAY),
        explanation:
          "Hun Sen had come to Tokyo for Shinzo Abe's state funeral the day before. He thanked Kishida for backing Cambodia's ASEAN chairmanship and invited him to the November summits in Cambodia, which Kishida accepted.",
        importance: "supporting",
      },
      {
        id: "thanked-for",
        ask: "what",
        question: "In Tokyo in September 2022, what did Hun Sen thank Kishida for supporting?",
        statement: "In Tokyo in September 2022, Hun Sen thanked Kishida for supporting {answer}.",
        answer: text(
          "Cambodia's chairmanship of ASEAN",
          ["ASEAN chairmanship", "the ASEAN chairmanship", "Cambodia's ASEAN chairmanship", "chairmanship of ASEAN"],
          ["Cambodia's bid to host the Olympics", "Cambodia's bid for a UN Security Council seat", "Cambodia's application to join the G7"],
        ),
        importance: "core",
      },
      {
        id: "frameworks",
        ask: "what",
        question: "Within which frameworks did Kishida ask Hun Sen to back cooperation with Japan?",
        statement: "Kishida asked Hun Sen to back cooperation with Japan within {answer}.",
        answer: text(
          "both bilateral and ASEAN frameworks",
          ["bilateral and ASEAN frameworks", "bilateral and ASEAN", "ASEAN and bilateral"],
          ["G7 and UN frameworks", "Quad and UN frameworks", "NATO and ASEAN frameworks"],
        ),
        importance: "supporting",
      },
      {
        id: "channel",
        ask: "what",
        question: "How did Hun Sen make public his account of his September 2022 meeting with Kishida in Tokyo?",
        statement: "Hun Sen made public his account of his September 2022 meeting with Kishida in Tokyo {answer}.",
        answer: text(
          "in a social media post",
          ["social media", "a social media post", "on social media", "Facebook"],
          ["in a newspaper column", "in a televised address", "at a press conference in Phnom Penh"],
        ),
        importance: "detail",
      },
    ],
  },
  {
    slug: "kishida-thanks-cambodia-for-port-call",
    date: when(TOKYO_DAY, TOKYO_NOTE),
    name: "Kishida's thanks to Cambodia, in September 2022, for hosting JS Uraga and JS Hirado",
    kind: "statement",
    title: "Kishida thanks Cambodia for hosting Japanese warships",
    summary:
      "Hun Sen's post said Kishida expressed Japan's thanks for the welcome Cambodia had given two Japanese warships at Sihanoukville Autonomous Port in March.",
    actors: ["fumio-kishida", "hun-sen", "js-uraga", "js-hirado"],
    places: ["tokyo"],
    discussed: ["sihanoukville-autonomous-port"],
    tags: ["maritime", "defence", "diplomacy"],
    sources: [SRC.kishidaSecondVisit],
    facts: [
      {
        id: "thanks",
        ask: "what",
        question: "For hosting what did Kishida thank the Cambodian government in September 2022?",
        statement: "In September 2022, Kishida thanked the Cambodian government for hosting {answer}.",
        answer: text(
          "Japanese naval vessels",
          ["naval vessels", "Japanese ships", "Japanese warships", "Japanese naval ships"],
          ["Japanese election observers", "a Japanese trade delegation", "Japanese tourists during the pandemic"],
        ),
        importance: "supporting",
      },
      {
        id: "port-call-month",
        ask: "when",
        question:
          "In September 2022 Kishida thanked Cambodia for receiving two Japanese navy ships: when had JS Uraga and JS Hirado called at Sihanoukville?",
        statement:
          "In September 2022 Kishida thanked Cambodia for receiving JS Uraga and JS Hirado, which had called at Sihanoukville in {answer}.",
        answer: date("2022-03"),
        importance: "supporting",
      },
    ],
  },
  {
    slug: "hun-sen-invites-kishida-to-summits",
    date: when(TOKYO_DAY, TOKYO_NOTE),
    name: "Hun Sen's invitation to Kishida to the November 2022 summits in Cambodia",
    kind: "meeting",
    title: "Hun Sen invites Kishida to the November summits in Cambodia",
    summary:
      "Hun Sen invited Kishida to attend in person the ASEAN-Japan Summit and the East Asia Summit that Cambodia was hosting in November, and Kishida accepted.",
    actors: ["hun-sen", "fumio-kishida", "asean-japan-summit", "east-asia-summit"],
    places: ["tokyo"],
    tags: ["asean", "diplomacy"],
    sources: [SRC.kishidaSecondVisit],
    facts: [
      {
        id: "summit",
        ask: "which",
        question: "Which summits hosted by Cambodia did Hun Sen invite Kishida to attend?",
        statement: "Hun Sen invited Kishida to attend the {answer} in Cambodia.",
        answer: entity("east-asia-summit"),
        alsoCorrect: [entity("asean-japan-summit")],
        explanation:
          "He also invited him to the ASEAN-Japan Summit, both hosted by Cambodia as ASEAN chair in November 2022. Kishida accepted, which made that trip his second visit to Cambodia.",
        importance: "supporting",
        suppress: [
          {
            type: "cloze",
            reason: "Both summits fill the blank; multiple choice and typed accept either.",
          },
        ],
      },
      {
        id: "reply",
        ask: "what",
        question: "How did Kishida respond in September 2022 to Hun Sen's invitations to the ASEAN-Japan Summit and the East Asia Summit?",
        statement: "Invited in September 2022 to the ASEAN-Japan Summit and the East Asia Summit in Cambodia, Kishida {answer}.",
        answer: text(
          "accepted the invitations",
          ["accepted", "accepted them", "he accepted"],
          ["declined the invitations", "sent his foreign minister instead", "postponed his decision"],
        ),
        explanation:
          "The trip was to be his second visit to Cambodia, after his talks with Hun Sen in Phnom Penh in March 2022; Kishida said it would foster greater cooperation between the two countries.",
        importance: "supporting",
      },
    ],
    links: [
      {
        to: "kishida-second-cambodia-visit",
        kind: "led-to",
        how: "Kishida accepted, saying the November visit would foster greater cooperation between the two countries.",
        importance: "supporting",
      },
    ],
  },
  {
    slug: "leaders-discuss-regional-issues-in-tokyo",
    date: when(TOKYO_DAY, TOKYO_NOTE),
    kind: "statement",
    title: "Kishida and Hun Sen compare notes on the region and on North Korea",
    summary:
      "The two leaders traded views on the war between Russia and Ukraine, on Myanmar and on the South China Sea. Kishida also brought up the Korean Peninsula, saying North Korea's nuclear programmes and its kidnapping of Japanese citizens worry Japan and the wider world.",
    actors: ["fumio-kishida", "hun-sen", "north-korea"],
    places: ["tokyo"],
    discussed: ["south-china-sea", "korean-peninsula"],
    tags: ["north-korea", "maritime", "ukraine", "security"],
    sources: [SRC.kishidaSecondVisit],
    facts: [
      {
        id: "sea",
        ask: "which",
        question: "Besides Myanmar and the war in Ukraine, which sea did Kishida and Hun Sen discuss in Tokyo in September 2022?",
        statement: "Besides Myanmar and the war in Ukraine, Kishida and Hun Sen discussed the {answer} in Tokyo in September 2022.",
        answer: entity("south-china-sea"),
        notDistractors: ["korean-peninsula"],
        importance: "supporting",
      },
      {
        id: "region",
        ask: "where",
        question: "Which region did Kishida raise in his September 2022 talks with Hun Sen, pointing to North Korea's nuclear programmes?",
        statement: "In his September 2022 talks with Hun Sen, Kishida raised the situation on the {answer}.",
        answer: entity("korean-peninsula"),
        notDistractors: ["south-china-sea"],
        importance: "supporting",
      },
      {
        id: "concerns",
        ask: "what",
        question: "In September 2022, which North Korean actions did Kishida call concerns for Japan and the international community?",
        statement:
          "In September 2022 Kishida described North Korea's {answer} as concerns shared by Japan and the international community.",
        answer: text(
          "nuclear programmes and abduction of Japanese people",
          [
            "nuclear programmes and abductions",
            "nuclear and abduction issues",
            "nuclear programme and abductions",
            "nuclear weapons and abductions",
          ],
          ["famine and refugee flows", "cyber attacks and fishing incursions", "space launches and border closures"],
        ),
        importance: "supporting",
      },
    ],
  },
  {
    slug: "japan-backs-asean-on-myanmar",
    date: when(TOKYO_DAY, TOKYO_NOTE),
    kind: "statement",
    title: "Japan backs ASEAN on Myanmar as Hun Sen vows to persist",
    summary:
      "Kishida thanked Hun Sen for doing all he could to calm the situation in Myanmar and promised continued Japanese support for ASEAN's efforts. Hun Sen said Cambodia would keep working within ASEAN for a peaceful solution and would not give up despite the difficulties.",
    actors: ["fumio-kishida", "hun-sen", "asean"],
    tags: ["myanmar", "asean"],
    sources: [SRC.kishidaSecondVisit],
    facts: [
      {
        id: "thanked",
        ask: "what",
        question: "On Myanmar, what did Kishida thank Hun Sen for in September 2022?",
        statement: "On Myanmar, Kishida thanked Hun Sen for {answer}.",
        answer: text(
          "his efforts to calm the situation",
          [
            "his efforts to de-escalate the situation",
            "efforts to de-escalate",
            "de-escalation efforts",
            "de-escalating the situation",
            "de-escalation",
            "calming the situation",
          ],
          ["cutting off arms sales to the junta", "securing Aung San Suu Kyi's release", "recognising the junta"],
        ),
        importance: "supporting",
      },
      {
        id: "supported",
        ask: "which",
        question:
          "Which regional bloc's efforts to resolve the Myanmar crisis did Kishida pledge in September 2022 that Japan would keep supporting?",
        statement: "In September 2022 Kishida pledged that Japan would keep supporting efforts by {answer} to resolve the Myanmar crisis.",
        answer: entity("asean"),
        notDistractors: ["united-nations", "un-general-assembly", "un-security-council"],
        importance: "supporting",
      },
      {
        id: "solution",
        ask: "what",
        question: "In September 2022, what kind of solution did Hun Sen say Cambodia would keep pushing for in Myanmar?",
        statement: "In September 2022 Hun Sen said Cambodia would keep working within ASEAN and pushing for {answer} in Myanmar.",
        answer: text(
          "a peaceful solution",
          ["peaceful solution", "a peaceful one", "peace"],
          ["a military solution", "a partition of the country", "a UN-run transition"],
        ),
        explanation:
          "He was answering Kishida, who had thanked him for his efforts to calm the situation in Myanmar and pledged Japan's continued support for ASEAN's work. Despite the difficulties, Hun Sen said, Cambodia would not give up.",
        importance: "supporting",
      },
    ],
  },
];
