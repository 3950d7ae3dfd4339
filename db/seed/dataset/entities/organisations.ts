/**
 * Organisations, summit series, agreements, ships and programmes the articles name.
 */
import type { DatasetInput } from "@/lib/events/schema";

export const organisations: DatasetInput["entities"] = [
  // International groupings and UN bodies
  { id: "asean", kind: "organisation", name: "ASEAN", aliases: ["Association of Southeast Asian Nations"], group: "international-grouping", description: "Ten-member Southeast Asian bloc; Cambodia chaired it in 2022." },
  { id: "g7", kind: "organisation", name: "G7", aliases: ["Group of Seven", "G-7"], group: "international-grouping", description: "Group of major developed economies, Japan and the United States among them." },
  { id: "united-nations", kind: "organisation", name: "United Nations", aliases: ["UN"], group: "international-grouping", description: "World body under whose flag Japan first sent peacekeepers, to Cambodia." },
  {
    id: "un-general-assembly",
    kind: "organisation",
    name: "UN General Assembly",
    aliases: ["UNGA", "United Nations General Assembly", "General Assembly"],
    group: "un-body",
    description: "The UN's plenary body, meeting in New York; it condemned Russia's aggression in March 2022.",
  },
  {
    id: "un-security-council",
    kind: "organisation",
    name: "UN Security Council",
    aliases: ["UNSC", "United Nations Security Council", "Security Council"],
    group: "un-body",
    description: "UN body on which Japan seeks a permanent seat, with Cambodia's support.",
  },
  // Summits and meetings held as a series
  { id: "asean-japan-summit", kind: "organisation", name: "ASEAN-Japan Summit", aliases: ["Japan-ASEAN Summit"], group: "summit", description: "Regular summit of ASEAN leaders with Japan; hosted by Cambodia in November 2022." },
  { id: "east-asia-summit", kind: "organisation", name: "East Asia Summit", aliases: ["EAS"], group: "summit", description: "Regional leaders' summit hosted by Cambodia in November 2022." },
  { id: "asean-leaders-meeting", kind: "organisation", name: "ASEAN Leaders' Meeting", aliases: ["ASEAN Leaders Meeting"], group: "summit", description: "Gathering of ASEAN leaders that agreed the five-point consensus on Myanmar on 24 April 2021." },
  {
    id: "japan-asean-special-summit",
    kind: "organisation",
    name: "Japan–ASEAN special summit",
    aliases: ["Japan-ASEAN special summit", "Japan–ASEAN commemorative summit"],
    group: "summit",
    country: "japan",
    description: "Summit in Tokyo on 17 December 2023 marking 50 years of Japan–ASEAN friendship and cooperation.",
  },
  // Armed forces
  {
    id: "japan-self-defense-forces",
    kind: "organisation",
    name: "Self-Defense Forces",
    aliases: ["SDF", "Japan Self-Defense Forces", "Japan Self-Defence Forces", "Self-Defence Forces", "JSDF"],
    group: "military",
    country: "japan",
    description: "Japan's armed forces; their first UN peacekeeping mission was in Cambodia.",
  },
  { id: "royal-cambodian-navy", kind: "organisation", name: "Royal Cambodian Navy", group: "military", country: "cambodia", description: "Held goodwill exercises with Japanese crews in March 2022." },
  {
    id: "royal-cambodian-armed-forces",
    kind: "organisation",
    name: "Royal Cambodian Armed Forces",
    aliases: ["RCAF"],
    group: "military",
    country: "cambodia",
    description: "Cambodia's armed forces, whose peacekeeping capacity Japan helps build.",
  },
  {
    id: "myanmar-military",
    kind: "organisation",
    name: "Myanmar military",
    aliases: ["Myanmar's military", "military junta", "junta", "Tatmadaw"],
    group: "military",
    country: "myanmar",
    description: "Seized power in Myanmar on 1 February 2021 and rules as a junta.",
  },
  // Ministries
  {
    id: "cambodia-foreign-ministry",
    kind: "organisation",
    name: "Ministry of Foreign Affairs and International Cooperation",
    aliases: ["Cambodian foreign ministry", "Cambodia's foreign ministry", "MFAIC"],
    group: "ministry",
    country: "cambodia",
    description: "Cambodia's foreign ministry; its press release reported the November 2021 call.",
  },
  {
    id: "japan-foreign-ministry",
    kind: "organisation",
    name: "Ministry of Foreign Affairs of Japan",
    aliases: ["Japanese Foreign Ministry", "Japan's Foreign Ministry", "MOFA"],
    group: "ministry",
    country: "japan",
    description: "Japan's foreign ministry; it described the December 2023 Kishida–Hun Manet talks.",
  },
  // Research institutes
  { id: "royal-academy-of-cambodia", kind: "organisation", name: "Royal Academy of Cambodia", group: "think-tank", country: "cambodia", description: "Cambodian academy that houses the International Relations Institute." },
  {
    id: "international-relations-institute",
    kind: "organisation",
    name: "International Relations Institute",
    aliases: ["International Relations Institute of Cambodia"],
    group: "think-tank",
    country: "cambodia",
    description: "Institute of the Royal Academy of Cambodia, directed by Kin Phea.",
  },
  { id: "asian-vision-institute", kind: "organisation", name: "Asian Vision Institute", aliases: ["AVI"], group: "think-tank", country: "cambodia", description: "Cambodian think tank; home of the Mekong Centre for Strategic Studies." },
  {
    id: "mekong-centre-for-strategic-studies",
    kind: "organisation",
    name: "Mekong Centre for Strategic Studies",
    aliases: ["Mekong Center for Strategic Studies"],
    group: "think-tank",
    country: "cambodia",
    description: "Centre of the Asian Vision Institute where Thong Mengdavid is a research fellow.",
  },
];

export const agreements: DatasetInput["entities"] = [
  {
    id: "paris-peace-agreements",
    kind: "agreement",
    name: "Paris Peace Agreements",
    aliases: ["Paris Peace Accords", "Paris Peace Agreement"],
    group: "peace-agreement",
    description: "The 1991 settlement that ended Cambodia's conflict and opened its reconstruction.",
  },
  {
    id: "five-point-consensus",
    kind: "agreement",
    name: "five-point consensus",
    aliases: ["ASEAN five-point consensus", "5-point consensus", "five-point consensus on Myanmar"],
    group: "consensus",
    description: "ASEAN leaders' plan for Myanmar, agreed on 24 April 2021.",
  },
  {
    id: "unga-ukraine-resolution",
    kind: "agreement",
    name: "UN General Assembly resolution condemning Russia's aggression against Ukraine",
    aliases: ["UNGA resolution on Ukraine", "General Assembly resolution on Ukraine"],
    group: "resolution",
    description: "US-led resolution adopted in March 2022 with 141 votes in favour; Cambodia and Japan co-sponsored it.",
  },
  {
    id: "joint-statement-2007",
    kind: "agreement",
    name: "2007 Japan–Cambodia joint statement",
    aliases: ["2007 joint statement"],
    group: "joint-statement",
    description: "Joint statement from Abe and Hun Sen's first meeting (Tokyo, June 2007), built on four themes.",
  },
  {
    id: "joint-statement-2013",
    kind: "agreement",
    name: "2013 Japan–Cambodia joint statement",
    aliases: ["2013 joint statement"],
    group: "joint-statement",
    description: "Issued during Abe's November 2013 visit; it added political-security cooperation and set out four fields.",
  },
  {
    id: "japan-constitution",
    kind: "agreement",
    name: "Constitution of Japan",
    aliases: ["Japan's pacifist constitution", "Japanese constitution"],
    group: "constitution",
    description: "Japan's pacifist constitution, adopted after its defeat in the Second World War.",
  },
];

export const ships: DatasetInput["entities"] = [
  { id: "js-uraga", kind: "ship", name: "JS Uraga", aliases: ["Uraga"], group: "msdf-ship", country: "japan", description: "Japanese naval vessel that docked at Sihanoukville on 14 March 2022." },
  { id: "js-hirado", kind: "ship", name: "JS Hirado", aliases: ["Hirado"], group: "msdf-ship", country: "japan", description: "Japanese naval vessel that docked at Sihanoukville on 14 March 2022." },
];

export const programmes: DatasetInput["entities"] = [
  {
    id: "ipd21",
    kind: "programme",
    name: "Indo-Pacific and Middle East Deployment 2021",
    aliases: ["IPD21", "Indo-Pacific Deployment 2021"],
    group: "naval-deployment",
    country: "japan",
    description: "Japanese naval deployment whose ships called at Sihanoukville in March 2022.",
  },
  {
    id: "free-and-open-indo-pacific",
    kind: "programme",
    name: "Free and Open Indo-Pacific",
    aliases: ["FOIP"],
    group: "policy-vision",
    country: "japan",
    description: "Japan's vision for the region, which the March 2022 port call was meant to advance.",
  },
  {
    id: "us-rebalance-to-asia",
    kind: "programme",
    name: "US rebalancing towards Asia",
    aliases: ["US rebalance to Asia", "rebalance to Asia"],
    group: "policy-vision",
    country: "united-states",
    description: "American strategic shift that, with China's rise, shaped Japan's regional outreach in 2013.",
  },
  {
    id: "un-peacekeeping",
    kind: "programme",
    name: "UN peacekeeping missions",
    aliases: ["UN peacekeeping", "UN peacekeeping operations", "peacekeeping missions", "United Nations peacekeeping"],
    group: "un-mission",
    description: "UN operations in which Japan first served in Cambodia and in which Cambodia now takes part.",
  },
  {
    id: "ukraine-landmine-clearance",
    kind: "programme",
    name: "land mine clearance project for Ukraine",
    aliases: ["landmine clearance project for Ukraine", "Ukraine demining project"],
    group: "cooperation-project",
    description: "Joint Japan–Cambodia project to clear land mines for Ukraine, cited by Kishida in December 2023.",
  },
  {
    id: "vice-defence-dialogue",
    kind: "programme",
    name: "vice defence minister-level dialogue",
    aliases: ["vice defense minister-level dialogue", "vice-ministerial defence dialogue"],
    group: "cooperation-project",
    description: "Defence dialogue Japan and Cambodia agreed in December 2023 to launch.",
  },
];
