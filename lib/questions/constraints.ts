/**
 * What a prompt demands of its answer, read from its "which…"/"what…" phrase: "Which Japanese
 * organisation…" wants an organisation of Japan, "Which ASEAN member…" a member of ASEAN, "Which
 * killed former prime minister…" a prime minister carrying both traits. A distractor (or the
 * value put into a false true/false statement) must meet every one of them, or a student can
 * eliminate it without knowing the fact. The vocabulary comes from the dataset's entities: their
 * kind, `nouns`, `country`, `memberOf` and `traits`.
 */
import type { Entity, EntityKind } from "@/lib/events/schema";
import type { DatasetIndex } from "./dataset-index";
import { normalizeText } from "./matching/normalize";

/** The constraints one prompt states. */
export interface PromptConstraints {
  /** The words read as the constraint, for messages: "Japanese organisation". */
  phrase: string;
  /** Head noun, folded and singular: "organisation", "prime minister". */
  noun?: string;
  /** Entity id of the country a demonym names ("Japanese" → "japan"). */
  country?: string;
  /** Entity id of a grouping the answer belongs to ("ASEAN" → "asean"). */
  memberOf?: string;
  /** Traits the answer must carry ("former", "killed"). */
  traits: string[];
}

/** Nouns every entity of a kind answers to, besides its own `nouns`. */
const KIND_NOUNS: Record<EntityKind, string[]> = {
  person: ["person", "figure"],
  country: ["country", "nation", "state", "member", "member state"],
  city: ["city"],
  place: ["place"],
  organisation: ["organisation", "organization", "body"],
  agreement: ["agreement", "document"],
  ship: ["ship", "vessel"],
  programme: ["programme", "program"],
};

/** Demonyms a prompt may use for a country entity (only those the dataset has count). */
const DEMONYMS: Record<string, string> = {
  japanese: "japan",
  cambodian: "cambodia",
  indian: "india",
  american: "united-states",
  chinese: "china",
  russian: "russia",
  ukrainian: "ukraine",
  vietnamese: "vietnam",
  laotian: "laos",
  thai: "thailand",
  indonesian: "indonesia",
  singaporean: "singapore",
  burmese: "myanmar",
  // Used as its own adjective: "Which Myanmar force…".
  myanmar: "myanmar",
};

/** Words that end the phrase before any noun: a verb or a preposition means the noun is elsewhere. */
const PHRASE_BREAKS = new Set([
  "did",
  "do",
  "does",
  "was",
  "were",
  "is",
  "are",
  "has",
  "have",
  "had",
  "will",
  "would",
  "of",
  "to",
  "in",
  "on",
  "at",
  "for",
  "with",
  "by",
  "from",
  "besides",
  "the",
  "a",
  "an",
]);

/** Longest noun considered, in words ("member state", "head of government" is three). */
const MAX_NOUN_WORDS = 3;
/** How far after "which" the head noun may be. */
const WINDOW_WORDS = 7;

/** "ministers" → "minister", "islands" → "island"; enough for the dataset's nouns. */
export function singular(word: string): string {
  if (word.endsWith("ies") && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ss|us|is)$/.test(word)) return word;
  if (word.endsWith("s") && word.length > 3) return word.slice(0, -1);
  return word;
}

/** A noun phrase folded for comparison: lower case, singular words, hyphenated compounds kept whole ("military-run"). */
export function foldNoun(text: string): string {
  return normalizeText(text.replace(/(\p{L})-(?=\p{L})/gu, "$1"))
    .split(" ")
    .map(singular)
    .join(" ");
}

interface Vocabulary {
  nouns: Set<string>;
  traits: Set<string>;
  /** Folded names of groupings some entity is a member of → their id. */
  groupings: Map<string, string>;
  countries: Map<string, string>;
  nounsOf: Map<string, Set<string>>;
}

const vocabularyCache = new WeakMap<DatasetIndex, Vocabulary>();

function vocabularyOf(index: DatasetIndex): Vocabulary {
  const cached = vocabularyCache.get(index);
  if (cached) return cached;
  const nounsOf = new Map<string, Set<string>>();
  const nouns = new Set<string>();
  const traits = new Set<string>();
  const memberships = new Set<string>();
  for (const e of index.entities) {
    const own = new Set([...KIND_NOUNS[e.kind], ...e.nouns].map(foldNoun));
    nounsOf.set(e.id, own);
    for (const n of own) nouns.add(n);
    for (const t of e.traits) traits.add(foldNoun(t));
    for (const m of e.memberOf) memberships.add(m);
  }
  const groupings = new Map<string, string>();
  for (const id of memberships) {
    const g = index.entities.find((e) => e.id === id);
    if (g) for (const name of [g.name, ...g.aliases]) groupings.set(foldNoun(name), id);
  }
  const ids = new Set(index.entities.map((e) => e.id));
  const countries = new Map(Object.entries(DEMONYMS).filter(([, id]) => ids.has(id)));
  const vocabulary = { nouns, traits, groupings, countries, nounsOf };
  vocabularyCache.set(index, vocabulary);
  return vocabulary;
}

/** The words after the first "which"/"what", up to punctuation. */
function whWords(prompt: string): string[] {
  const match = /\b(?:which|what)\s+([^?,;:.()]+)/i.exec(prompt);
  if (!match?.[1]) return [];
  return foldNoun(match[1].replace(/['’]s\b/g, ""))
    .split(" ")
    .filter(Boolean)
    .slice(0, WINDOW_WORDS);
}

/**
 * The constraints a prompt's "which/what …" phrase states, or undefined when it names no noun the
 * dataset knows ("What did…", "Who…", "Which of these…").
 */
export function promptConstraints(prompt: string, index: DatasetIndex): PromptConstraints | undefined {
  const vocabulary = vocabularyOf(index);
  const words = whWords(prompt);
  for (let start = 0; start < words.length; start++) {
    const word = words[start] ?? "";
    if (PHRASE_BREAKS.has(word) && start > 0) return undefined;
    for (let size = MAX_NOUN_WORDS; size >= 1; size--) {
      const noun = words.slice(start, start + size).join(" ");
      if (start + size > words.length || !vocabulary.nouns.has(noun)) continue;
      const modifiers = words.slice(0, start);
      const constraints: PromptConstraints = { phrase: words.slice(0, start + size).join(" "), noun, traits: [] };
      const text = ` ${modifiers.join(" ")} `;
      for (const modifier of modifiers) {
        const country = vocabulary.countries.get(modifier);
        if (country) constraints.country = country;
        const grouping = vocabulary.groupings.get(modifier);
        if (grouping) constraints.memberOf = grouping;
      }
      const traits = [...vocabulary.traits].filter((trait) => text.includes(` ${trait} `));
      // "former soviet" says all there is: "former" alone is not a second demand.
      constraints.traits = traits.filter((t) => !traits.some((other) => other !== t && ` ${other} `.includes(` ${t} `)));
      return constraints;
    }
  }
  return undefined;
}

/** Why `entity` does not meet `constraints` (empty when it meets them all). */
export function unmetConstraints(entity: Entity, constraints: PromptConstraints, index: DatasetIndex): string[] {
  const vocabulary = vocabularyOf(index);
  const unmet: string[] = [];
  if (constraints.noun && !vocabulary.nounsOf.get(entity.id)?.has(constraints.noun)) unmet.push(`is not a "${constraints.noun}"`);
  if (constraints.country && entity.country !== constraints.country && entity.id !== constraints.country) {
    unmet.push(`is not of ${index.entity(constraints.country).name}`);
  }
  if (constraints.memberOf && !entity.memberOf.includes(constraints.memberOf)) {
    unmet.push(`is not in ${index.entity(constraints.memberOf).name}`);
  }
  const traits = new Set(entity.traits.map(foldNoun));
  for (const trait of constraints.traits) if (!traits.has(trait)) unmet.push(`is not "${trait}"`);
  return unmet;
}
