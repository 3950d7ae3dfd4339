/**
 * Countries, cities and other places the articles name. Countries are grouped into ASEAN members
 * and others, so "which ASEAN member…" distractors are ASEAN members first. A place only gets
 * distractors from its own group, so the three named Cambodian sites (palace, port, naval base)
 * share one group; seas, islands and regions stay apart.
 */
import type { DatasetInput } from "@/lib/events/schema";

export const countries: DatasetInput["entities"] = [
  { id: "japan", kind: "country", name: "Japan", group: "non-asean", description: "Cambodia's long-standing development partner; formal ties date from 1953." },
  { id: "cambodia", kind: "country", name: "Cambodia", aliases: ["Kingdom of Cambodia"], group: "asean-member", description: "ASEAN member that chaired the bloc in 2022." },
  { id: "myanmar", kind: "country", name: "Myanmar", aliases: ["Burma"], group: "asean-member", description: "ASEAN member under military rule since the coup of 1 February 2021." },
  { id: "vietnam", kind: "country", name: "Vietnam", aliases: ["Viet Nam"], group: "asean-member", description: "ASEAN member with friendly ties to Russia dating from Soviet times; abstained on the March 2022 UN resolution." },
  { id: "laos", kind: "country", name: "Laos", aliases: ["Lao PDR"], group: "asean-member", description: "ASEAN member that abstained on the March 2022 UN resolution." },
  { id: "indonesia", kind: "country", name: "Indonesia", group: "asean-member", description: "ASEAN member that voted for the March 2022 UN resolution." },
  { id: "thailand", kind: "country", name: "Thailand", group: "asean-member", description: "ASEAN member that voted for the March 2022 UN resolution." },
  { id: "singapore", kind: "country", name: "Singapore", group: "asean-member", description: "ASEAN member that voted for the March 2022 UN resolution." },
  { id: "russia", kind: "country", name: "Russia", aliases: ["Russian Federation"], group: "non-asean", description: "Invaded Ukraine on 24 February 2022." },
  { id: "ukraine", kind: "country", name: "Ukraine", group: "non-asean", description: "Former Soviet republic invaded by Russia in February 2022." },
  { id: "india", kind: "country", name: "India", group: "non-asean", description: "Visited by Kishida on the same March 2022 trip as Cambodia." },
  { id: "china", kind: "country", name: "China", aliases: ["People's Republic of China", "PRC"], group: "non-asean", description: "Close partner of Cambodia whose maritime claims worry Japan and some ASEAN members." },
  {
    id: "united-states",
    kind: "country",
    name: "the United States",
    aliases: ["United States", "US", "U.S.", "USA", "United States of America", "America"],
    group: "non-asean",
    description: "Japan's close ally; led the March 2022 UN resolution on Ukraine.",
  },
  { id: "north-korea", kind: "country", name: "North Korea", aliases: ["DPRK", "Democratic People's Republic of Korea"], group: "non-asean", description: "Its nuclear programmes and abductions of Japanese people concern Japan." },
];

export const cities: DatasetInput["entities"] = [
  { id: "phnom-penh", kind: "city", name: "Phnom Penh", group: "capital", country: "cambodia", description: "Cambodia's capital, where Kishida met Hun Sen in March 2022." },
  { id: "tokyo", kind: "city", name: "Tokyo", group: "capital", country: "japan", description: "Japan's capital: Abe and Hun Sen's first meeting, Abe's state funeral and the 2023 Japan–ASEAN special summit." },
  { id: "naypyitaw", kind: "city", name: "Naypyitaw", aliases: ["Nay Pyi Taw", "Naypyidaw"], group: "capital", country: "myanmar", description: "Myanmar's capital, visited by Hun Sen in January 2022." },
  { id: "beijing", kind: "city", name: "Beijing", group: "capital", country: "china", description: "China's capital, often standing for the Chinese government in the reports." },
  { id: "moscow", kind: "city", name: "Moscow", group: "capital", country: "russia", description: "Russia's capital, standing for the Russian government in the reports." },
  { id: "new-york", kind: "city", name: "New York", aliases: ["New York City", "NYC"], group: "un-host-city", country: "united-states", description: "Seat of the UN General Assembly." },
  { id: "sihanoukville", kind: "city", name: "Sihanoukville", group: "port-city", country: "cambodia", description: "Cambodian coastal city with the country's main deep-sea port." },
];

export const otherPlaces: DatasetInput["entities"] = [
  { id: "peace-palace", kind: "place", name: "Peace Palace", group: "cambodian-site", country: "cambodia", description: "Government seat in Phnom Penh where Kishida was welcomed in March 2022." },
  {
    id: "sihanoukville-autonomous-port",
    kind: "place",
    name: "Sihanoukville Autonomous Port",
    aliases: ["Sihanoukville port", "Port of Sihanoukville", "Sihanoukville seaport"],
    group: "cambodian-site",
    country: "cambodia",
    description: "Cambodian seaport where two Japanese navy ships docked in March 2022.",
  },
  { id: "ream-naval-base", kind: "place", name: "Ream Naval Base", aliases: ["Ream"], group: "cambodian-site", country: "cambodia", description: "Cambodian naval base visited by Japanese crews in March 2022." },
  { id: "south-china-sea", kind: "place", name: "South China Sea", group: "sea", description: "Sea where China claims nearly all the waters and has built artificial islands." },
  { id: "east-china-sea", kind: "place", name: "East China Sea", group: "sea", description: "Sea where China and Japan dispute the Senkaku Islands." },
  {
    id: "senkaku-islands",
    kind: "place",
    name: "Senkaku Islands",
    aliases: ["Senkakus", "Diaoyu Islands", "Diaoyu"],
    group: "islands",
    description: "Uninhabited islets in the East China Sea, controlled by Japan and claimed by China.",
  },
  { id: "korean-peninsula", kind: "place", name: "Korean Peninsula", group: "region", description: "Raised by Kishida in September 2022 over North Korea's nuclear programmes and abductions." },
];

export const places: DatasetInput["entities"] = [...countries, ...cities, ...otherPlaces];
