/**
 * Abe's visit to Cambodia on Saturday 16 November 2013: the talks with Hun Sen, the joint
 * statement and what the two sides said and promised.
 */
import type { EventInput } from "@/lib/events/schema";
import { SRC } from "../sources";
import { count, date, entity, ordinal, text, texts, when } from "./helpers";

const VISIT_DAY = "2013-11-16";
const VISIT_NOTE = "'this Saturday' in a post dated 16 November 2013, a Saturday.";
const FIELDS_2013_DISTRACTORS = ["space and satellite technology", "nuclear energy", "arms exports"];

export const events2013Visit: EventInput[] = [
  {
    slug: "abe-visits-cambodia",
    date: when(VISIT_DAY, VISIT_NOTE),
    name: "Shinzo Abe's November 2013 visit to Cambodia",
    kind: "visit",
    title: "Abe visits Cambodia for talks with Hun Sen",
    summary:
      "Shinzo Abe held talks with Hun Sen in Cambodia, the pair's second meeting. The trip aimed to draw the two governments and their peoples closer and to deepen Japan's comprehensive strategic partnership with ASEAN.",
    actors: ["shinzo-abe", "hun-sen"],
    places: ["cambodia"],
    tags: ["diplomacy", "asean"],
    sources: [SRC.abeVisit],
    facts: [
      {
        id: "date",
        ask: "when",
        question: "On what date did Shinzo Abe hold talks with Hun Sen during his visit to Cambodia?",
        statement: "Shinzo Abe held talks with Hun Sen in Cambodia on {answer}.",
        answer: date(VISIT_DAY),
        explanation:
          "It was only the second time the two leaders had met, six years after their first meeting in Tokyo in June 2007, and it fell in the 60th anniversary year of Japan–Cambodia diplomatic relations.",
        importance: "core",
      },
      {
        id: "which-meeting",
        ask: "which",
        question: "Counting from their first encounter in Tokyo, which meeting between Abe and Hun Sen took place in November 2013?",
        statement: "The talks in Cambodia were the {answer} meeting between Abe and Hun Sen.",
        answer: ordinal(2, "meeting"),
        importance: "supporting",
      },
      {
        id: "host",
        ask: "who",
        question: "Which Cambodian leader did Shinzo Abe hold talks with during his November 2013 visit?",
        statement: "During his November 2013 visit to Cambodia, Shinzo Abe held talks with {answer}.",
        answer: entity("hun-sen"),
        explanation:
          "Cambodia's prime minister had first met Abe in Tokyo in June 2007. This second meeting was meant to bring the two governments and peoples closer and to deepen Japan's comprehensive strategic partnership with ASEAN.",
        importance: "core",
      },
      {
        id: "aim",
        ask: "what",
        question: "Besides closer ties between Japan and Cambodia, what partnership did Shinzo Abe's November 2013 visit aim to deepen?",
        statement: "Besides closer ties between Japan and Cambodia, Shinzo Abe's November 2013 visit aimed to deepen {answer}.",
        answer: text(
          "the Japan–ASEAN comprehensive strategic partnership",
          [
            "the comprehensive strategic partnership between Japan and ASEAN",
            "comprehensive strategic partnership",
            "Japan-ASEAN strategic partnership",
          ],
          ["the Japan–US security alliance", "the trade partnership between Japan and China", "the G7's partnership with Africa"],
        ),
        importance: "supporting",
      },
    ],
  },
  {
    slug: "joint-statement-adds-political-security",
    date: when(VISIT_DAY, VISIT_NOTE),
    name: "the 2013 Japan–Cambodia joint statement",
    kind: "statement",
    title: "New joint statement adds political and security cooperation",
    summary:
      "The joint statement from Abe's visit added political and security cooperation to the themes of the 2007 statement, a sign of Japan's growing strategic interest in the region. It set out comprehensive cooperation in four fields.",
    actors: ["joint-statement-2013", "shinzo-abe", "hun-sen"],
    numbers: [{ value: 4, unit: "fields", label: "fields of cooperation in the 2013 joint statement" }],
    tags: ["diplomacy", "security"],
    sources: [SRC.abeVisit],
    facts: [
      {
        id: "added",
        ask: "what",
        question:
          "What area did the 2013 Japan–Cambodia joint statement add to the four themes of the 2007 Japan–Cambodia joint statement?",
        statement: "The 2013 Japan–Cambodia joint statement added {answer} to the four themes set in 2007.",
        answer: text(
          "political and security cooperation",
          ["political-security cooperation", "political security cooperation", "political security", "security cooperation"],
          ["promoting mutual understanding", "enhancing economic relations", "addressing regional and global issues"],
        ),
        explanation:
          "The 2007 statement's four themes were values, economic relations, mutual understanding and regional and global issues; political-security cooperation came in 2013.",
        importance: "core",
      },
      {
        id: "document",
        ask: "which",
        question: "Which document added political and security cooperation to the Japan–Cambodia agenda?",
        statement: "The {answer} added political and security cooperation to the Japan–Cambodia agenda.",
        answer: entity("joint-statement-2013"),
        notDistractors: ["unga-ukraine-resolution", "five-point-consensus", "japan-constitution"],
        explanation:
          "The 2007 statement had covered values, economic relations, mutual understanding and regional and global issues; adding security showed Japan's growing strategic interest in the region.",
        importance: "supporting",
      },
      {
        id: "fields-count",
        ask: "how-many",
        question: "In how many fields did the joint statement of Abe's 2013 visit set out comprehensive cooperation?",
        statement: "The joint statement of Abe's 2013 visit set out comprehensive cooperation in {answer} fields.",
        answer: count(4, "fields"),
        explanation:
          "They were political security, economic and development cooperation, democracy and human rights, and people-to-people contacts and cultural exchanges. Political security was the one new since 2007.",
        importance: "detail",
      },
      {
        id: "field",
        ask: "which",
        question: "What was one of the fields of cooperation in the joint statement of Abe's 2013 visit?",
        statement: "One field of cooperation in the joint statement of Abe's 2013 visit was {answer}.",
        answer: text("democracy and human rights", ["human rights", "democracy"], FIELDS_2013_DISTRACTORS),
        alsoCorrect: texts(
          ["political security", "economic and development cooperation", "people-to-people contacts and cultural exchanges"],
          FIELDS_2013_DISTRACTORS,
        ),
        importance: "supporting",
        suppress: [
          {
            type: "cloze",
            reason:
              "The statement set out four fields and the blank takes any of them; multiple choice and typed ask for one and accept all four.",
          },
        ],
      },
    ],
  },
  {
    slug: "cambodia-seeks-electoral-reform-help",
    date: when(VISIT_DAY, VISIT_NOTE),
    name: "Cambodia's first request for Japanese help with electoral reform",
    kind: "statement",
    title: "Cambodia asks Japan to back its electoral reform",
    summary:
      "During Abe's visit Cambodia for the first time sought Japan's backing for reforming its electoral process, after a vote Abe welcomed as peaceful while noting concerns about irregularities.",
    actors: ["cambodia", "japan", "hun-sen"],
    tags: ["democracy", "development-aid"],
    sources: [SRC.abeVisit],
    facts: [
      {
        id: "request",
        ask: "what",
        question: "What did Cambodia, for the first time, ask Japan to support during Abe's 2013 visit?",
        statement: "During Abe's 2013 visit, Cambodia for the first time sought Japan's backing for {answer}.",
        answer: text(
          "its electoral reform process",
          ["electoral reform", "election reform", "electoral reform process", "its electoral reform"],
          ["its bid to join the G7", "its border demarcation", "its currency reform"],
        ),
        explanation:
          "It came four months after Cambodia's July 2013 general election, which Abe welcomed as peaceful while voicing reservations about irregularities.",
        importance: "core",
      },
      {
        id: "who-asked",
        ask: "which",
        question: "Which country sought Japan's backing for its electoral reform in November 2013?",
        statement: "{answer} sought Japan's backing for its electoral reform in November 2013.",
        answer: entity("cambodia"),
        notDistractors: ["japan"],
        importance: "supporting",
      },
    ],
  },
  {
    slug: "hun-sen-praises-japanese-democracy",
    date: when(VISIT_DAY, VISIT_NOTE),
    kind: "statement",
    title: "Hun Sen praises the maturity of Japan's democracy",
    summary:
      "Hun Sen applauded how mature Japan's democracy is and said he hoped Japan would share its experience and expertise in building democracy with Cambodia.",
    actors: ["hun-sen", "japan"],
    tags: ["democracy", "diplomacy"],
    sources: [SRC.abeVisit],
    facts: [
      {
        id: "hope",
        ask: "what",
        question: "Having praised Japan's mature democracy, what did Hun Sen hope Japan would share with Cambodia?",
        statement: "Hun Sen hoped Japan would share {answer} with Cambodia.",
        answer: text(
          "its experience and expertise in building democracy",
          ["experience in democracy building", "democratic experience", "expertise in democratic building", "its democratic experience"],
          ["its nuclear technology", "its military hardware", "its high-speed rail technology"],
        ),
        explanation:
          "He said so while applauding the maturity of Japan's democracy, at the same talks at which Cambodia first asked Japan to support its electoral reform.",
        importance: "supporting",
      },
      {
        id: "who",
        ask: "who",
        question: "Which leader applauded the maturity of Japan's democracy during talks with Shinzo Abe in November 2013?",
        statement: "{answer} applauded the maturity of Japan's democracy during talks with Shinzo Abe in November 2013.",
        answer: entity("hun-sen"),
        notDistractors: ["shinzo-abe"],
        importance: "supporting",
      },
    ],
  },
  {
    slug: "japan-support-pledges",
    date: when(VISIT_DAY, VISIT_NOTE),
    name: "Japan's November 2013 pledges of support to Cambodia",
    kind: "agreement",
    title: "Japan pledges help with mine clearance, peacekeeping and governance",
    summary:
      "Under the joint statement Japan undertook to support land-mine clearance in Cambodia, build the capacity of Cambodian peacekeepers, and help improve governance, the rule of law and the democratic process, social welfare and healthcare.",
    actors: ["japan", "cambodia", "joint-statement-2013"],
    tags: ["development-aid", "peacekeeping", "democracy"],
    sources: [SRC.abeVisit],
    facts: [
      {
        id: "mines",
        ask: "what",
        question: "The clearance of what did Japan pledge in November 2013 to support in Cambodia?",
        statement: "In November 2013 Japan pledged to support the clearance of {answer} in Cambodia.",
        answer: text(
          "landmines",
          ["land mines", "mines", "landmine", "land mine", "landmine clearance", "demining"],
          ["slums", "forests", "customs backlogs"],
        ),
        importance: "core",
      },
      {
        id: "capacity",
        ask: "what",
        question: "Under the 2013 Japan–Cambodia joint statement, whose capacity did Japan undertake to build?",
        statement: "Under the 2013 Japan–Cambodia joint statement, Japan undertook to build the capacity of {answer}.",
        answer: text(
          "the Cambodian peacekeeping forces",
          ["Cambodian peacekeeping forces", "Cambodian peacekeepers", "peacekeepers", "peacekeeping forces"],
          ["the Cambodian border police", "the Cambodian coast guard", "the Cambodian customs service"],
        ),
        importance: "core",
      },
      {
        id: "other-area",
        ask: "which",
        question:
          "Besides mine clearance and peacekeeping, what was one other area Japan pledged in November 2013 to help Cambodia improve?",
        statement: "Besides mine clearance and peacekeeping, Japan pledged in November 2013 to help Cambodia improve {answer}.",
        answer: text(
          "social welfare and healthcare",
          ["healthcare", "social welfare", "health care"],
          ["space exploration", "nuclear power", "arms manufacturing"],
        ),
        alsoCorrect: texts(
          ["good governance", "the rule of law and the democratic process"],
          ["space exploration", "nuclear power", "arms manufacturing"],
        ),
        importance: "supporting",
        suppress: [
          {
            type: "cloze",
            reason:
              "Japan pledged help in several such areas and the blank takes any of them; multiple choice and typed ask for one and accept each.",
          },
        ],
      },
    ],
  },
  {
    slug: "japan-invites-cambodian-youths",
    date: when(VISIT_DAY, VISIT_NOTE),
    kind: "agreement",
    title: "Japan to welcome thousands of young Cambodians",
    summary:
      "As part of the people-to-people side of the joint statement, Japan invited 3,000 Cambodian youths to visit Japan over the following five years.",
    actors: ["japan", "cambodia"],
    numbers: [
      { value: 3000, unit: "Cambodian youths", label: "invited to Japan" },
      { value: 5, unit: "years", label: "period of the youth invitation" },
    ],
    tags: ["development-aid", "diplomacy"],
    sources: [SRC.abeVisit],
    facts: [
      {
        id: "youths",
        ask: "how-many",
        question: "How many Cambodian youths did Japan invite to Japan under the 2013 joint statement?",
        statement: "Japan invited {answer} Cambodian youths to Japan under the 2013 joint statement.",
        answer: count(3000, "Cambodian youths"),
        explanation:
          "The invitations, spread over five years, belonged to the statement's field of people-to-people contacts and cultural exchanges.",
        importance: "supporting",
      },
      {
        id: "period",
        ask: "how-many",
        question: "Over how many years was Japan's invitation to 3,000 Cambodian youths to run?",
        statement: "Japan's invitation to 3,000 Cambodian youths was to run over the following {answer}.",
        answer: count(5, "years"),
        importance: "detail",
      },
    ],
  },
  {
    slug: "peaceful-rules-based-maritime-stance",
    date: when(VISIT_DAY, VISIT_NOTE),
    kind: "statement",
    title: "Japan and Cambodia back peaceful, rules-based handling of maritime disputes",
    summary:
      "On regional security, both governments insisted that disputes, among them the maritime quarrels in the South China Sea and the East China Sea, be handled peacefully and by the rules.",
    actors: ["japan", "cambodia"],
    discussed: ["south-china-sea", "east-china-sea"],
    tags: ["maritime", "security", "china"],
    sources: [SRC.abeVisit],
    facts: [
      {
        id: "sea",
        ask: "which",
        question: "Which sea's disputes did Japan and Cambodia name in 2013 when calling for peaceful, rules-based settlement?",
        statement: "In 2013 Japan and Cambodia called for disputes in the {answer} to be settled peacefully and according to rules.",
        answer: entity("south-china-sea"),
        alsoCorrect: [entity("east-china-sea")],
        notDistractors: ["senkaku-islands", "peace-palace", "sihanoukville-autonomous-port", "ream-naval-base"],
        importance: "supporting",
        suppress: [
          {
            type: "cloze",
            reason: "Both the South China Sea and the East China Sea fill the blank; multiple choice and typed accept either.",
          },
        ],
      },
      {
        id: "approach",
        ask: "what",
        question: "What approach to regional disputes did Japan and Cambodia stress during Abe's November 2013 visit?",
        statement: "During Abe's November 2013 visit, Japan and Cambodia stressed {answer} for regional disputes.",
        answer: text(
          "peaceful means and a rules-based approach",
          ["peaceful means", "a rules-based approach", "rules-based approach", "peaceful, rules-based approach"],
          ["joint military patrols", "economic sanctions", "bilateral deals outside international law"],
        ),
        importance: "core",
      },
    ],
  },
  {
    slug: "shared-position-on-north-korea",
    date: when(VISIT_DAY, VISIT_NOTE),
    kind: "statement",
    title: "Abe and Hun Sen share a stance on North Korea and UN reform",
    summary:
      "Abe and Hun Sen shared a common position on North Korea's nuclear programme and the abduction issue, and on reform of the United Nations.",
    actors: ["shinzo-abe", "hun-sen", "north-korea"],
    tags: ["north-korea", "security", "united-nations"],
    sources: [SRC.abeVisit],
    facts: [
      {
        id: "country",
        ask: "which",
        question: "Which country's nuclear and abduction issues did Abe and Hun Sen take a common position on?",
        statement: "Abe and Hun Sen took a common position on the nuclear and abduction issues involving {answer}.",
        answer: entity("north-korea"),
        importance: "supporting",
      },
      {
        id: "second-issue",
        ask: "what",
        question: "Besides the nuclear question, which North Korea issue did Abe and Hun Sen take a common position on?",
        statement: "Besides the nuclear question, Abe and Hun Sen took a common position on {answer} concerning North Korea.",
        answer: text(
          "the abduction issue",
          ["abductions", "abduction", "the abductions", "abduction of Japanese nationals"],
          ["cyber attacks", "famine relief", "border trade"],
        ),
        importance: "detail",
      },
      {
        id: "un-reform",
        ask: "which",
        question: "Reform of which world body did Abe and Hun Sen also take a common position on in November 2013?",
        statement: "Abe and Hun Sen also shared a position on reform of the {answer}.",
        answer: entity("united-nations"),
        notDistractors: ["un-security-council", "un-general-assembly"],
        explanation:
          "It went with Cambodia's continued support for Japan's bid for a permanent seat on the UN Security Council; the two leaders also agreed on North Korea's nuclear programme and abductions.",
        importance: "detail",
      },
    ],
  },
  {
    slug: "cambodia-backs-japan-security-council-bid",
    date: when(VISIT_DAY, VISIT_NOTE),
    kind: "statement",
    title: "Cambodia backs Japan's bid for a permanent seat at the UN",
    summary: "Cambodia reaffirmed its continued support for Japan's effort to win a permanent seat on the UN Security Council.",
    actors: ["cambodia", "japan", "un-security-council"],
    tags: ["united-nations", "diplomacy"],
    sources: [SRC.abeVisit],
    facts: [
      {
        id: "body",
        ask: "which",
        question: "On which UN body did Cambodia reaffirm support for Japan's quest for a permanent seat?",
        statement: "Cambodia reaffirmed its support for Japan's bid for a permanent seat on the {answer}.",
        answer: entity("un-security-council"),
        explanation:
          "The backing, given during Abe's November 2013 visit, matched the two leaders' shared position on reforming the United Nations.",
        importance: "supporting",
      },
    ],
  },
];
