/** Readable topic names for tags stored as slugs ("development-aid" → "Development aid"). */
const SPECIAL: Record<string, string> = {
  asean: "ASEAN",
  "covid-19": "Covid-19",
  "north-korea": "North Korea",
  "united-nations": "United Nations",
  "human-rights": "Human rights",
  "development-aid": "Development aid",
};

export function topicLabel(tag: string): string {
  return SPECIAL[tag] ?? tag.charAt(0).toUpperCase() + tag.slice(1).replace(/-/g, " ");
}
