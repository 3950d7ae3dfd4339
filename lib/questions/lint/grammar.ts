/** Small, conservative grammar checks for generated sentences (filled statements, prompts). */

/** Letters whose name starts with a vowel sound: "an SDF", "an MoU", but "a UN", "a US". */
const VOWEL_SOUND_LETTERS = new Set(["A", "E", "F", "H", "I", "L", "M", "N", "O", "R", "S", "X"]);
/** Words that start with a vowel letter but a consonant sound, or the reverse. */
const CONSONANT_SOUND = /^(?:uni|use|usu|eu|one|once|ur[aeiou])/i;
const VOWEL_SOUND = /^(?:hour|honest|honou?r|heir)/i;

/** Whether "an" (rather than "a") goes before `word`. */
export function takesAn(word: string): boolean {
  const letters = word.replace(/^[^\p{L}\d]+/u, "");
  if (letters === "") return false;
  if (/^\d/.test(letters)) return /^(?:8|11|18)(?!\d)|^8\d{2}(?!\d)/.test(letters);
  if (/^\p{Lu}{2,}(?![\p{Ll}])/u.test(letters)) return VOWEL_SOUND_LETTERS.has(letters.charAt(0));
  if (VOWEL_SOUND.test(letters)) return true;
  if (CONSONANT_SOUND.test(letters)) return false;
  return /^[aeiou]/i.test(letters);
}

/** Grammar problems in one sentence: a/an agreement, a doubled word, a lower-case start, no final stop. */
export function grammarProblems(sentence: string): string[] {
  const problems: string[] = [];
  for (const match of sentence.matchAll(/\b(a|an)\s+([\p{L}\d][\p{L}\d'’.-]*)/giu)) {
    const article = (match[1] ?? "").toLowerCase();
    const word = match[2] ?? "";
    const wantAn = takesAn(word);
    if (article === "a" && wantAn) problems.push(`"a ${word}" should be "an ${word}"`);
    if (article === "an" && !wantAn) problems.push(`"an ${word}" should be "a ${word}"`);
  }
  for (const match of sentence.matchAll(/\b([\p{L}]+)\s+\1\b/giu)) problems.push(`doubled word "${match[0]}"`);
  const first = sentence.trim().charAt(0);
  if (first !== "" && first !== first.toUpperCase()) problems.push("starts with a lower-case letter");
  if (!/[.?!]["’”)]?$/.test(sentence.trim())) problems.push("does not end with a full stop or question mark");
  return problems;
}
