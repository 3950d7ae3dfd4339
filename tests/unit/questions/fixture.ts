/**
 * A small event dataset for the generator's tests, in the shape of the real one (Japan–Cambodia
 * relations from the five seed articles) and in our own words. It exercises every answer kind and
 * precision, alsoCorrect, notDistractors, a fact with too few distractors for multiple choice,
 * background events and same-group entities ("Hun Sen" vs "Hun Manet").
 */
import { datasetSchema, type Dataset, type DatasetInput, type EventInput } from "@/lib/events/schema";

const sources: DatasetInput["sources"] = [
  {
    id: "kishida-hun-sen-talks-ukraine-myanmar",
    title: "Japan's Kishida, Cambodia's Hun Sen hold talks over Ukraine, Myanmar",
    publisher: "Kyodo News",
    publishedOn: "2022-03-20",
    seedFile: "000_d257f1ba8b2d6e12.txt",
  },
  {
    id: "kishida-second-cambodia-visit",
    title: "Japan's Kishida set for second Cambodia visit to bolster ties",
    publisher: "The Phnom Penh Post",
    publishedOn: "2022-09-29",
    author: "Ry Sochan",
    seedFile: "001_c9e976fd552eb193.txt",
  },
  {
    id: "japan-pledges-peacekeeping-support",
    title: "Japan pledges further support for Cambodia's peacekeeping",
    publisher: "The Phnom Penh Post",
    publishedOn: "2021-11-22",
    seedFile: "002_969077faaf0e9b7e.txt",
  },
  {
    id: "japan-cambodia-bolster-security",
    title: "Japan, Cambodia to bolster security cooperation",
    publisher: "Kyodo News",
    publishedOn: "2023-12-19",
    seedFile: "003_2921122e249578d1.txt",
  },
  {
    id: "abe-visits-cambodia",
    title: "Japanese Prime Minister Shinzo Abe visits Cambodia amid regional tensions",
    publisher: "Personal blog",
    publishedOn: "2013-11-17",
    seedFile: "004_741ec8eb8d1cb773.txt",
  },
];

const entities: DatasetInput["entities"] = [
  // People
  { id: "fumio-kishida", kind: "person", name: "Fumio Kishida", aliases: ["Kishida", "Kishida Fumio"], role: "Prime Minister of Japan", group: "head-of-government", country: "japan" },
  { id: "shinzo-abe", kind: "person", name: "Shinzo Abe", aliases: ["Abe", "Shinzō Abe"], role: "Former Prime Minister of Japan", group: "head-of-government", country: "japan" },
  { id: "hun-sen", kind: "person", name: "Hun Sen", aliases: ["Samdech Hun Sen"], role: "Prime Minister of Cambodia", group: "head-of-government", country: "cambodia" },
  { id: "hun-manet", kind: "person", name: "Hun Manet", aliases: [], role: "Prime Minister of Cambodia", group: "head-of-government", country: "cambodia" },
  { id: "narendra-modi", kind: "person", name: "Narendra Modi", aliases: ["Modi"], role: "Prime Minister of India", group: "head-of-government", country: "india" },
  { id: "prak-sokhonn", kind: "person", name: "Prak Sokhonn", aliases: ["Sokhonn"], role: "Cambodian Minister of Foreign Affairs and ASEAN special envoy on Myanmar", group: "foreign-minister", country: "cambodia" },
  { id: "yoshimasa-hayashi", kind: "person", name: "Yoshimasa Hayashi", aliases: ["Hayashi"], role: "Minister for Foreign Affairs of Japan", group: "foreign-minister", country: "japan" },
  { id: "min-aung-hlaing", kind: "person", name: "Min Aung Hlaing", aliases: ["Senior General Min Aung Hlaing"], role: "Head of Myanmar's military junta", group: "military-leader", country: "myanmar" },
  { id: "aung-san-suu-kyi", kind: "person", name: "Aung San Suu Kyi", aliases: ["Suu Kyi"], role: "Myanmar's civilian leader", group: "civilian-leader", country: "myanmar" },
  { id: "thong-mengdavid", kind: "person", name: "Thong Mengdavid", role: "Research fellow at the Asian Vision Institute", group: "analyst", country: "cambodia" },
  { id: "kin-phea", kind: "person", name: "Kin Phea", role: "Director of the Royal Academy of Cambodia's International Relations Institute", group: "analyst", country: "cambodia" },
  // Countries
  { id: "japan", kind: "country", name: "Japan" },
  { id: "cambodia", kind: "country", name: "Cambodia", aliases: ["Kingdom of Cambodia"] },
  { id: "myanmar", kind: "country", name: "Myanmar", aliases: ["Burma"] },
  { id: "russia", kind: "country", name: "Russia" },
  { id: "ukraine", kind: "country", name: "Ukraine" },
  { id: "india", kind: "country", name: "India" },
  { id: "china", kind: "country", name: "China" },
  { id: "united-states", kind: "country", name: "United States", aliases: ["US", "USA", "United States of America"] },
  { id: "laos", kind: "country", name: "Laos", aliases: ["Lao PDR"] },
  { id: "vietnam", kind: "country", name: "Vietnam", aliases: ["Viet Nam"] },
  { id: "thailand", kind: "country", name: "Thailand" },
  { id: "singapore", kind: "country", name: "Singapore" },
  { id: "indonesia", kind: "country", name: "Indonesia" },
  // Cities and places
  { id: "phnom-penh", kind: "city", name: "Phnom Penh", group: "capital", country: "cambodia" },
  { id: "tokyo", kind: "city", name: "Tokyo", group: "capital", country: "japan" },
  { id: "naypyitaw", kind: "city", name: "Naypyitaw", aliases: ["Nay Pyi Taw"], group: "capital", country: "myanmar" },
  { id: "new-delhi", kind: "city", name: "New Delhi", group: "capital", country: "india" },
  { id: "new-york", kind: "city", name: "New York", group: "host-city", country: "united-states" },
  { id: "peace-palace", kind: "place", name: "Peace Palace", group: "venue", country: "cambodia" },
  { id: "sihanoukville-port", kind: "place", name: "Sihanoukville Autonomous Port", aliases: ["Sihanoukville port"], group: "port", country: "cambodia" },
  { id: "ream-naval-base", kind: "place", name: "Ream Naval Base", group: "base", country: "cambodia" },
  { id: "south-china-sea", kind: "place", name: "South China Sea", group: "sea" },
  { id: "east-china-sea", kind: "place", name: "East China Sea", group: "sea" },
  { id: "senkaku-islands", kind: "place", name: "Senkaku Islands", aliases: ["Diaoyu Islands"], group: "island-group", country: "japan" },
  // Organisations
  { id: "asean", kind: "organisation", name: "ASEAN", aliases: ["Association of Southeast Asian Nations"], group: "regional-bloc" },
  { id: "g7", kind: "organisation", name: "G7", aliases: ["Group of Seven"], group: "club" },
  { id: "un-general-assembly", kind: "organisation", name: "UN General Assembly", aliases: ["UNGA", "United Nations General Assembly"], group: "un-body" },
  { id: "un-security-council", kind: "organisation", name: "UN Security Council", aliases: ["UNSC"], group: "un-body" },
  { id: "japan-self-defense-forces", kind: "organisation", name: "Self-Defense Forces", aliases: ["SDF", "Japan Self-Defense Forces"], group: "armed-forces", country: "japan" },
  { id: "royal-cambodian-navy", kind: "organisation", name: "Royal Cambodian Navy", group: "armed-forces", country: "cambodia" },
  { id: "royal-cambodian-armed-forces", kind: "organisation", name: "Royal Cambodian Armed Forces", aliases: ["RCAF"], group: "armed-forces", country: "cambodia" },
  // Agreements, ships, programmes
  { id: "paris-peace-agreements", kind: "agreement", name: "Paris Peace Agreements", aliases: ["Paris Peace Accords"] },
  { id: "five-point-consensus", kind: "agreement", name: "Five-Point Consensus", aliases: ["ASEAN five-point consensus"] },
  { id: "js-uraga", kind: "ship", name: "JS Uraga", aliases: ["Uraga"], group: "msdf-ship", country: "japan" },
  { id: "js-hirado", kind: "ship", name: "JS Hirado", aliases: ["Hirado"], group: "msdf-ship", country: "japan" },
  { id: "indo-pacific-deployment-2021", kind: "programme", name: "Indo-Pacific Deployment 2021", aliases: ["IPD21"] },
];

const events: EventInput[] = [
  {
    slug: "paris-peace-agreements-signed",
    date: { iso: "1991", precision: "year" },
    kind: "background",
    title: "Paris Peace Agreements end Cambodia's conflict",
    summary:
      "The Paris Peace Agreements of 1991 ended Cambodia's long conflict. Analysts date the steady improvement of Japan–Cambodia relations from them.",
    actors: ["cambodia", "japan"],
    tags: ["history", "diplomacy"],
    sources: ["japan-pledges-peacekeeping-support", "abe-visits-cambodia"],
    facts: [
      {
        id: "year",
        ask: "when",
        question: "In what year were the Paris Peace Agreements on Cambodia signed?",
        statement: "The Paris Peace Agreements on Cambodia were signed in {answer}.",
        answer: { kind: "date", date: { iso: "1991", precision: "year" } },
      },
    ],
  },
  {
    slug: "sdf-first-un-peacekeeping-cambodia",
    date: { iso: "1992", precision: "year" },
    kind: "deployment",
    title: "Japanese troops join their first UN peacekeeping mission, in Cambodia",
    summary:
      "Japan sent Self-Defense Forces personnel to Cambodia under the United Nations, their first ever peacekeeping operation. The anniversary is still invoked in security talks.",
    actors: ["japan-self-defense-forces", "japan", "cambodia"],
    tags: ["peacekeeping", "history", "defence", "united-nations"],
    sources: ["kishida-hun-sen-talks-ukraine-myanmar"],
    facts: [
      {
        id: "who-deployed",
        ask: "who",
        question: "Which Japanese organisation took part in a UN peacekeeping operation for the first time in Cambodia?",
        statement: "Cambodia was the first UN peacekeeping operation for Japan's {answer}.",
        answer: { kind: "entity", entity: "japan-self-defense-forces" },
      },
    ],
  },
  {
    slug: "japan-aid-since-1993",
    date: { iso: "2013", precision: "year" },
    kind: "background",
    title: "Japan's development commitments to Cambodia",
    summary:
      "Japan is one of Cambodia's key development partners, with grants and loans committed since 1993 for reconstruction after the conflict.",
    actors: ["japan", "cambodia"],
    numbers: [{ value: 2.8e9, unit: "US dollars", label: "development assistance committed since 1993" }],
    tags: ["development-aid", "economy"],
    sources: ["abe-visits-cambodia"],
    facts: [
      {
        id: "amount",
        ask: "how-many",
        question: "By 2013, how much development assistance had Japan committed to Cambodia since 1993?",
        statement: "Between 1993 and 2013 Japan committed {answer} in grants and loans to Cambodia.",
        answer: { kind: "number", value: 2.8e9, unit: "US dollars", style: "usd" },
      },
    ],
  },
  {
    slug: "abe-hun-sen-first-meeting",
    date: { iso: "2007-06", precision: "month" },
    kind: "meeting",
    title: "Abe and Hun Sen hold their first meeting",
    summary:
      "Shinzo Abe and Hun Sen first met in June 2007 and issued a joint statement on four areas of cooperation, from shared values to regional issues.",
    actors: ["shinzo-abe", "hun-sen"],
    places: ["tokyo"],
    tags: ["diplomacy", "history"],
    sources: ["abe-visits-cambodia"],
    facts: [
      {
        id: "where",
        ask: "where",
        question: "In which city did Shinzo Abe and Hun Sen first meet?",
        statement: "Shinzo Abe and Hun Sen first met in {answer}.",
        answer: { kind: "entity", entity: "tokyo" },
      },
      {
        id: "when",
        ask: "when",
        question: "When did Shinzo Abe and Hun Sen first meet?",
        statement: "Shinzo Abe and Hun Sen first met in {answer}.",
        answer: { kind: "date", date: { iso: "2007-06", precision: "month" } },
      },
    ],
  },
  {
    slug: "abe-visits-cambodia-2013",
    date: { iso: "2013-11-16", precision: "day", note: "the article's 'this Saturday'" },
    kind: "visit",
    title: "Abe makes a state visit to Phnom Penh",
    summary:
      "Prime Minister Abe met Hun Sen in Phnom Penh, marking 60 years of diplomatic relations. Their joint statement added political and security cooperation, and Cambodia asked for Japan's help with electoral reform.",
    actors: ["shinzo-abe", "hun-sen"],
    places: ["phnom-penh"],
    numbers: [{ value: 3000, unit: "young Cambodians", label: "invited to Japan over five years" }],
    tags: ["diplomacy", "anniversary", "democracy"],
    sources: ["abe-visits-cambodia"],
    facts: [
      {
        id: "who-visited",
        ask: "who",
        question: "Which Japanese prime minister visited Cambodia in November 2013?",
        statement: "In November 2013, {answer} visited Cambodia as Japan's prime minister.",
        answer: { kind: "entity", entity: "shinzo-abe" },
        explanation: "Abe's visit came less than a year after he returned to office and completed his tour of all ten ASEAN members.",
      },
      {
        id: "anniversary",
        ask: "which",
        question: "Which anniversary of Japan–Cambodia diplomatic relations did the 2013 visit mark?",
        statement: "The 2013 visit marked the {answer} anniversary of diplomatic relations between Japan and Cambodia.",
        answer: { kind: "number", value: 60, unit: "anniversary", style: "ordinal" },
      },
      {
        id: "youths",
        ask: "how-many",
        question: "How many young Cambodians did Japan invite to Japan over the following five years?",
        statement: "Japan invited {answer} to visit Japan over the next five years.",
        answer: { kind: "number", value: 3000, unit: "young Cambodians", style: "cardinal" },
      },
      {
        id: "request",
        ask: "what",
        question: "What did Cambodia ask Japan to support for the first time during the 2013 visit?",
        statement: "During the 2013 visit Cambodia first asked Japan to support its {answer}.",
        answer: {
          kind: "text",
          text: "electoral reform",
          aliases: ["election reform", "electoral reform process"],
          distractors: ["judicial reform", "land reform", "civil service reform", "tax reform"],
        },
      },
    ],
  },
  {
    slug: "myanmar-military-coup",
    date: { iso: "2021-02-01", precision: "day" },
    kind: "coup",
    title: "Myanmar's military seizes power",
    summary:
      "Myanmar's military detained the civilian leader and overthrew the elected government, a crisis ASEAN and Japan have since tried to ease.",
    actors: ["min-aung-hlaing", "aung-san-suu-kyi"],
    places: ["naypyitaw"],
    tags: ["myanmar", "democracy"],
    sources: ["kishida-hun-sen-talks-ukraine-myanmar"],
    facts: [
      {
        id: "detained",
        ask: "who",
        question: "Which civilian leader did Myanmar's military detain in its coup?",
        statement: "In the coup, Myanmar's military detained {answer}.",
        answer: { kind: "entity", entity: "aung-san-suu-kyi" },
      },
      {
        id: "date",
        ask: "when",
        question: "On what date did Myanmar's military stage its coup?",
        statement: "Myanmar's military staged its coup on {answer}.",
        answer: { kind: "date", date: { iso: "2021-02-01", precision: "day" } },
      },
    ],
  },
  {
    slug: "asean-five-point-consensus",
    date: { iso: "2021-04-24", precision: "day" },
    kind: "agreement",
    title: "ASEAN leaders agree a plan for Myanmar",
    summary:
      "ASEAN leaders agreed a five-point consensus on the crisis in Myanmar. Japan and Cambodia later urged that it be fully implemented without delay.",
    actors: ["asean"],
    tags: ["asean", "myanmar"],
    sources: ["japan-pledges-peacekeeping-support"],
    facts: [
      {
        id: "who-agreed",
        ask: "who",
        question: "Whose leaders agreed the five-point consensus on Myanmar?",
        statement: "The five-point consensus on Myanmar was agreed by the leaders of {answer}.",
        answer: { kind: "entity", entity: "asean" },
      },
    ],
  },
  {
    slug: "hayashi-sokhonn-phone-call",
    date: { iso: "2021-11-18", precision: "day" },
    kind: "call",
    title: "Foreign ministers Hayashi and Sokhonn speak by phone",
    summary:
      "Japan's new foreign minister praised Cambodia's peacekeeping and pledged more support; both sides urged Myanmar to implement ASEAN's plan and looked ahead to 70 years of ties in 2023.",
    actors: ["yoshimasa-hayashi", "prak-sokhonn"],
    tags: ["diplomacy", "peacekeeping", "myanmar", "anniversary"],
    sources: ["japan-pledges-peacekeeping-support"],
    facts: [
      {
        id: "counterpart",
        ask: "who",
        question: "Which newly appointed Japanese foreign minister spoke with Prak Sokhonn by phone in November 2021?",
        statement: "In November 2021 Prak Sokhonn spoke by phone with Japan's new foreign minister, {answer}.",
        answer: { kind: "entity", entity: "yoshimasa-hayashi" },
      },
      {
        id: "date",
        ask: "when",
        question: "On what date did Hayashi and Prak Sokhonn hold their phone call?",
        statement: "Hayashi and Prak Sokhonn held their phone call on {answer}.",
        answer: { kind: "date", date: { iso: "2021-11-18", precision: "day" } },
      },
      {
        id: "seventieth",
        ask: "which",
        question: "Which anniversary of formal ties did the ministers say 2023 would mark?",
        statement: "The ministers noted that 2023 would mark the {answer} of formal ties.",
        answer: { kind: "number", value: 70, unit: "anniversary", style: "ordinal" },
      },
    ],
  },
  {
    slug: "hun-sen-visits-myanmar",
    date: { iso: "2022-01", precision: "month" },
    kind: "visit",
    title: "Hun Sen becomes the first foreign leader to visit post-coup Myanmar",
    summary:
      "As ASEAN chair, Hun Sen travelled to Myanmar for talks with the junta chief, the first foreign leader to go there since the coup.",
    actors: ["hun-sen", "min-aung-hlaing"],
    places: ["naypyitaw"],
    tags: ["myanmar", "asean", "diplomacy"],
    sources: ["kishida-hun-sen-talks-ukraine-myanmar"],
    facts: [
      {
        id: "capital",
        ask: "where",
        question: "To which capital did Hun Sen travel in January 2022 for talks with the junta?",
        statement: "In January 2022 Hun Sen travelled to {answer} for talks with the junta.",
        answer: { kind: "entity", entity: "naypyitaw" },
      },
      {
        id: "met",
        ask: "who",
        question: "Which junta chief did Hun Sen meet on his January 2022 trip to Myanmar?",
        statement: "On his January 2022 trip to Myanmar, Hun Sen met the junta chief {answer}.",
        answer: { kind: "entity", entity: "min-aung-hlaing" },
        notDistractors: ["aung-san-suu-kyi"],
      },
    ],
  },
  {
    slug: "russia-invades-ukraine",
    date: { iso: "2022-02-24", precision: "day" },
    kind: "invasion",
    title: "Russia launches its invasion of Ukraine",
    summary:
      "Russia invaded Ukraine. Japan condemned it as a serious violation of international law and joined G7 sanctions, while ASEAN members were divided.",
    actors: ["russia", "ukraine"],
    tags: ["ukraine", "security"],
    sources: ["kishida-hun-sen-talks-ukraine-myanmar"],
    facts: [
      {
        id: "date",
        ask: "when",
        question: "On what date did Russia's invasion of Ukraine begin?",
        statement: "Russia's invasion of Ukraine began on {answer}.",
        answer: { kind: "date", date: { iso: "2022-02-24", precision: "day" } },
      },
      {
        id: "sanctions-group",
        ask: "which",
        question: "With which group of major economies did Japan coordinate its sanctions on Russia?",
        statement: "Japan coordinated its sanctions on Russia with the {answer}.",
        answer: { kind: "entity", entity: "g7" },
      },
    ],
  },
  {
    slug: "unga-resolution-on-ukraine",
    date: { iso: "2022-03-02", precision: "day" },
    kind: "vote",
    title: "UN General Assembly condemns Russia's aggression",
    summary:
      "Cambodia co-sponsored and voted for the US-led resolution alongside Japan, while Vietnam and Laos abstained.",
    actors: ["un-general-assembly", "cambodia", "japan"],
    places: ["new-york"],
    numbers: [{ value: 141, unit: "countries", label: "votes in favour" }],
    tags: ["ukraine", "united-nations", "asean"],
    sources: ["kishida-hun-sen-talks-ukraine-myanmar"],
    facts: [
      {
        id: "votes",
        ask: "how-many",
        question: "How many countries voted for the General Assembly resolution condemning Russia's aggression?",
        statement: "The resolution condemning Russia's aggression was adopted with {answer} in favour.",
        answer: { kind: "number", value: 141, unit: "countries", style: "cardinal" },
      },
      {
        id: "abstained",
        ask: "which",
        question: "Which ASEAN member, friendly with Moscow since Soviet days, abstained on the resolution?",
        statement: "{answer} abstained on the resolution condemning Russia's aggression.",
        answer: { kind: "entity", entity: "vietnam" },
        alsoCorrect: [{ kind: "entity", entity: "laos" }],
        notDistractors: ["russia", "ukraine"],
      },
    ],
  },
  {
    slug: "japanese-ships-visit-sihanoukville",
    date: { iso: "2022-03-14", precision: "day" },
    kind: "visit",
    title: "Two Japanese navy ships call at Sihanoukville",
    summary:
      "Two Maritime Self-Defense Force ships on an Indo-Pacific deployment docked at Sihanoukville and held goodwill drills with the Royal Cambodian Navy.",
    actors: ["js-uraga", "js-hirado", "royal-cambodian-navy"],
    places: ["sihanoukville-port"],
    numbers: [{ value: 185, unit: "crew", label: "aboard the two ships" }],
    tags: ["maritime", "defence"],
    sources: ["kishida-second-cambodia-visit"],
    facts: [
      {
        id: "crew",
        ask: "how-many",
        question: "How many crew were aboard the two Japanese ships that docked in Cambodia in March 2022?",
        statement: "The two Japanese ships docked with {answer} aboard.",
        answer: { kind: "number", value: 185, unit: "crew", style: "cardinal" },
      },
      {
        id: "ship",
        ask: "which",
        question: "Name one of the two Japanese ships that docked at Sihanoukville in March 2022.",
        statement: "{answer} was one of the Japanese ships that docked at Sihanoukville in March 2022.",
        answer: { kind: "entity", entity: "js-uraga" },
        alsoCorrect: [{ kind: "entity", entity: "js-hirado" }],
      },
    ],
  },
  {
    slug: "kishida-hun-sen-phnom-penh-talks",
    date: { iso: "2022-03-20", precision: "day" },
    kind: "summit",
    title: "Kishida and Hun Sen hold talks in Phnom Penh",
    summary:
      "On his first visit, Kishida sought cooperation against Russia's aggression and discussed ASEAN's Myanmar efforts with Hun Sen, in the 30th year since Japan's first peacekeepers went to Cambodia.",
    actors: ["fumio-kishida", "hun-sen"],
    places: ["phnom-penh", "peace-palace"],
    tags: ["diplomacy", "ukraine", "myanmar", "peacekeeping"],
    sources: ["kishida-hun-sen-talks-ukraine-myanmar"],
    facts: [
      {
        id: "venue",
        ask: "where",
        question: "At which building in Phnom Penh was Kishida welcomed by Hun Sen in March 2022?",
        statement: "Hun Sen welcomed Kishida at the {answer} in March 2022.",
        answer: { kind: "entity", entity: "peace-palace" },
        notDistractors: ["south-china-sea", "east-china-sea", "senkaku-islands"],
      },
      {
        id: "pko-anniversary",
        ask: "which",
        question: "Which anniversary of Japan's first peacekeeping dispatch to Cambodia fell in 2022?",
        statement: "2022 marked the {answer} anniversary of Japan's first peacekeeping dispatch to Cambodia.",
        answer: { kind: "number", value: 30, unit: "anniversary", style: "ordinal" },
      },
    ],
  },
  {
    slug: "sokhonn-envoy-trip-to-myanmar",
    date: { iso: "2022-03-21", precision: "day" },
    kind: "visit",
    title: "ASEAN's special envoy sets off for Myanmar",
    summary: "Cambodia's foreign minister began a three-day trip to Myanmar as ASEAN's special envoy, right after the Kishida talks.",
    actors: ["prak-sokhonn"],
    tags: ["myanmar", "asean"],
    sources: ["kishida-hun-sen-talks-ukraine-myanmar"],
    facts: [
      {
        id: "envoy",
        ask: "who",
        question: "Who travelled to Myanmar in March 2022 as ASEAN's special envoy?",
        statement: "{answer} travelled to Myanmar in March 2022 as ASEAN's special envoy.",
        answer: { kind: "entity", entity: "prak-sokhonn" },
      },
    ],
  },
  {
    slug: "abe-state-funeral",
    date: { iso: "2022-09-27", precision: "day" },
    kind: "funeral",
    title: "Hun Sen attends Abe's state funeral",
    summary: "Hun Sen paid his last respects at the state funeral for the slain former prime minister in Tokyo.",
    actors: ["hun-sen", "shinzo-abe"],
    places: ["tokyo"],
    tags: ["diplomacy"],
    sources: ["kishida-second-cambodia-visit"],
    facts: [
      {
        id: "city",
        ask: "where",
        question: "In which city was the state funeral for Shinzo Abe held?",
        statement: "The state funeral for Shinzo Abe was held in {answer}.",
        answer: { kind: "entity", entity: "tokyo" },
      },
    ],
  },
  {
    slug: "kishida-hun-sen-tokyo-meeting",
    date: { iso: "2022-09-28", precision: "day" },
    kind: "meeting",
    title: "Kishida accepts invitations to November summits",
    summary:
      "The day after the funeral Kishida met Hun Sen, accepted invitations to the ASEAN-Japan and East Asia summits in Cambodia, and thanked Cambodia for receiving Japanese ships.",
    actors: ["fumio-kishida", "hun-sen"],
    places: ["tokyo"],
    tags: ["diplomacy", "asean"],
    sources: ["kishida-second-cambodia-visit"],
    facts: [
      {
        id: "unga",
        ask: "which",
        question: "At which session of the UN General Assembly had Kishida just praised Japan's peacekeeping in Cambodia?",
        statement: "Kishida had praised Japan's peacekeeping in Cambodia at the {answer} session of the UN General Assembly.",
        answer: { kind: "number", value: 77, unit: "session", style: "ordinal" },
      },
    ],
  },
  {
    slug: "hun-manet-kishida-security-talks",
    date: { iso: "2023-12-18", precision: "day" },
    kind: "meeting",
    title: "Kishida and Hun Manet agree to bolster security cooperation",
    summary:
      "Meeting in Tokyo after the Japan-ASEAN commemorative summit, the two prime ministers agreed to start a vice-ministerial defence dialogue, amid China's growing presence at sea.",
    actors: ["fumio-kishida", "hun-manet"],
    places: ["tokyo"],
    numbers: [{ value: 7, unit: "documents", label: "exchanged at the talks" }],
    tags: ["security", "defence", "china", "diplomacy"],
    sources: ["japan-cambodia-bolster-security"],
    facts: [
      {
        id: "who",
        ask: "who",
        question: "Which Cambodian prime minister met Kishida in Tokyo in December 2023?",
        statement: "In December 2023, Cambodian Prime Minister {answer} met Kishida in Tokyo.",
        answer: { kind: "entity", entity: "hun-manet" },
        explanation: "Hun Manet had taken office in August 2023; this was his first trip to Japan as prime minister.",
      },
      {
        id: "dialogue",
        ask: "what",
        question: "What new channel did Japan and Cambodia agree to launch in December 2023?",
        statement: "In December 2023 Japan and Cambodia agreed to launch {answer}.",
        answer: {
          kind: "text",
          text: "a vice defence minister-level dialogue",
          aliases: ["a vice defense minister-level dialogue", "vice-ministerial defence dialogue"],
          distractors: ["a two-plus-two ministerial dialogue", "a joint coast guard patrol", "a free trade agreement negotiation"],
        },
      },
      {
        id: "documents",
        ask: "how-many",
        question: "How many documents did Japan and Cambodia exchange during the talks?",
        statement: "Japan and Cambodia exchanged {answer} during the talks.",
        answer: { kind: "number", value: 7, unit: "documents", style: "cardinal" },
      },
    ],
  },
  {
    slug: "japan-asean-commemorative-summit",
    date: { iso: "2023-12-17", precision: "day" },
    kind: "summit",
    title: "Japan-ASEAN summit celebrates half a century of ties",
    summary: "ASEAN leaders gathered in Tokyo for a special summit marking 50 years of friendship and cooperation with Japan.",
    actors: ["asean", "japan"],
    places: ["tokyo"],
    tags: ["asean", "anniversary"],
    sources: ["japan-cambodia-bolster-security"],
    facts: [
      {
        id: "years",
        ask: "how-many",
        question: "How many years of Japan-ASEAN friendship and cooperation did the special summit mark?",
        statement: "The special summit marked {answer} years of Japan-ASEAN friendship and cooperation.",
        answer: { kind: "number", value: 50, unit: "years", style: "cardinal" },
      },
    ],
  },
  {
    slug: "japan-pacifist-constitution",
    date: { iso: "1947", precision: "year" },
    kind: "background",
    title: "Japan adopts a pacifist constitution",
    summary: "After its defeat in the Second World War, Japan adopted a pacifist constitution, which shapes how it contributes to security abroad.",
    actors: ["japan"],
    tags: ["history", "security"],
    sources: ["japan-pledges-peacekeeping-support"],
    facts: [
      {
        id: "which-country",
        ask: "which",
        question: "Which country's pacifist constitution followed its defeat in the Second World War?",
        statement: "{answer} adopted a pacifist constitution after its defeat in the Second World War.",
        answer: { kind: "entity", entity: "japan" },
        notDistractors: ["united-states"],
      },
    ],
  },
];

/** The fixture as its input (before defaults), for tests that add or remove events. */
export const fixtureInput: DatasetInput = { sources, entities, events };

/** The fixture, parsed (defaults applied) as the generator receives it. */
export const fixture: Dataset = datasetSchema.parse(fixtureInput);

/** A dataset with only some of the fixture's events (all sources and entities kept). */
export function fixtureWith(eventSlugs: readonly string[]): Dataset {
  return { ...fixture, events: fixture.events.filter((e) => eventSlugs.includes(e.slug)) };
}

/** An extra event, for id-stability tests. */
export const extraEvent: EventInput = {
  slug: "kishida-attends-phnom-penh-summits",
  date: { iso: "2022-11", precision: "month" },
  kind: "summit",
  title: "Kishida attends the ASEAN-related summits in Cambodia",
  summary: "Kishida returned to Cambodia for the ASEAN-Japan and East Asia summits hosted by the ASEAN chair.",
  actors: ["fumio-kishida", "hun-sen"],
  places: ["phnom-penh"],
  tags: ["asean", "diplomacy"],
  sources: ["kishida-second-cambodia-visit"],
  facts: [
    {
      id: "host",
      ask: "where",
      question: "Which country hosted the ASEAN-Japan Summit that Kishida attended in November 2022?",
      statement: "The ASEAN-Japan Summit Kishida attended in November 2022 was hosted by {answer}.",
      answer: { kind: "entity", entity: "cambodia" },
    },
  ],
};
