/**
 * The explanation as shown under a line that already gives the answer ("The answer: False").
 * A true/false explanation opens with its verdict ("False. The visit was…") so that it reads whole
 * in an export or a teacher's preview; beneath the answer line that verdict would be said twice.
 */
export function explanationBelowAnswer(explanation: string, answer: string): string {
  const lead = `${answer}. `;
  return answer !== "" && explanation.startsWith(lead) ? explanation.slice(lead.length) : explanation;
}
