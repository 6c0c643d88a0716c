/**
 * Agent passwords, hashed with scrypt (node:crypto, no dependency): a per-password random salt, strong
 * cost parameters stored alongside the hash so they can be raised later without breaking old hashes,
 * and a constant-time comparison.
 *
 * Format: `scrypt$<N>$<r>$<p>$<salt base64url>$<hash base64url>`.
 * N = 2^17, r = 8, p = 1 is OWASP's recommended minimum for scrypt (128 MiB of memory per hash).
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";

export const MIN_PASSWORD_LENGTH = 12;
/** scrypt's work grows with the input; a bound keeps a huge "password" from being a cheap DoS. */
export const MAX_PASSWORD_LENGTH = 256;

const DEFAULT_COST = { N: 2 ** 17, r: 8, p: 1 };
const KEY_LENGTH = 32;
const SALT_LENGTH = 16;

function scryptAsync(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize("NFC"), salt, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** Memory scrypt needs is 128 · N · r bytes; Node refuses above maxmem (32 MiB by default). */
function withMaxmem(cost: { N: number; r: number; p: number }): ScryptOptions {
  return { ...cost, maxmem: 128 * cost.N * cost.r + 16 * 1024 * 1024 };
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const key = await scryptAsync(password, salt, withMaxmem(DEFAULT_COST));
  const { N, r, p } = DEFAULT_COST;
  return ["scrypt", N, r, p, salt.toString("base64url"), key.toString("base64url")].join("$");
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split("$");
  if (parts.length !== 6 || parts[0] !== "scrypt") return false;
  const [N, r, p] = parts.slice(1, 4).map(Number);
  if (!N || !r || !p || N > 2 ** 20 || r > 32 || p > 16) return false;
  const salt = Buffer.from(parts[4] ?? "", "base64url");
  const expected = Buffer.from(parts[5] ?? "", "base64url");
  if (salt.length === 0 || expected.length !== KEY_LENGTH || password.length > MAX_PASSWORD_LENGTH) return false;
  const actual = await scryptAsync(password, salt, withMaxmem({ N, r, p }));
  return timingSafeEqual(actual, expected);
}

/**
 * A hash of a random password, computed once: signing in with an unknown username verifies against it,
 * so an unknown username takes as long as a wrong password and usernames cannot be probed by timing.
 */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(24).toString("base64url"));
  return dummyHash;
}
