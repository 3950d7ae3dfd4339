/** "a" or "an": by the sound a word starts with, acronyms read letter by letter ("an SDF", "a UN"). */

/** Letters whose name starts with a vowel sound. */
const VOWEL_SOUND_LETTERS = new Set(["A", "E", "F", "H", "I", "L", "M", "N", "O", "R", "S", "X"]);
/** Words that start with a vowel letter but a consonant sound. */
const CONSONANT_SOUND = /^(?:uni|use|usu|eu|one|once|ur[aeiou])/i;
/** Words that start with a consonant letter but a vowel sound. */
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
