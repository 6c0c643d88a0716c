/**
 * Case references a resident can read aloud on the phone or copy from a chat: "K7M-4PX".
 * The alphabet leaves out 0/O and 1/I, which are confused when read or heard. 32 symbols × 6 positions
 * gives about 10^9 codes, so collisions are rare; the store still retries on the unique constraint.
 */
import { randomInt } from "node:crypto";

export const CASE_REFERENCE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

export function generateCaseReference(): string {
  let code = "";
  for (let i = 0; i < 6; i++) {
    if (i === 3) code += "-";
    code += CASE_REFERENCE_ALPHABET[randomInt(CASE_REFERENCE_ALPHABET.length)];
  }
  return code;
}

/** Normalises what a person typed or dictated ("k7m 4px", "K7M4PX") to the stored form, or null. */
export function normaliseCaseReference(input: string): string | null {
  const compact = input.toUpperCase().replace(/[\s\-_.]/g, "");
  if (compact.length !== 6) return null;
  for (const ch of compact) if (!CASE_REFERENCE_ALPHABET.includes(ch)) return null;
  return `${compact.slice(0, 3)}-${compact.slice(3)}`;
}
