/** Small, conservative grammar checks for generated sentences (filled statements, prompts). */
import { takesAn } from "../render/article";

export { takesAn } from "../render/article";

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
