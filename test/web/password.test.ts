/** Agent passwords: scrypt with a per-password salt, strong parameters, constant-time verification. */
import { describe, expect, it } from "vitest";
import { dummyPasswordHash, hashPassword, verifyPassword } from "../../src/agents/password.js";

describe("password hashing", () => {
  it("verifies the right password only, with a fresh salt each time", async () => {
    const first = await hashPassword("correct horse battery staple");
    const second = await hashPassword("correct horse battery staple");
    expect(first).toMatch(/^scrypt\$131072\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(first).not.toBe(second);
    expect(await verifyPassword("correct horse battery staple", first)).toBe(true);
    expect(await verifyPassword("correct horse battery stapl", first)).toBe(false);
    expect(await verifyPassword("", first)).toBe(false);
  });

  it("treats the same text in composed and decomposed Unicode as one password", async () => {
    const hash = await hashPassword("mot de passe très sûr");
    expect(await verifyPassword("mot de passe tre\u0300s su\u0302r", hash)).toBe(true);
  });

  it("refuses malformed or weakened stored hashes instead of throwing", async () => {
    const hash = await hashPassword("a long enough password");
    expect(await verifyPassword("a long enough password", "plain-text")).toBe(false);
    expect(await verifyPassword("a long enough password", hash.replace("$131072$", "$99999999$"))).toBe(false);
    expect(await verifyPassword("a long enough password", hash.slice(0, -4))).toBe(false);
    expect(await verifyPassword("a long enough password", await dummyPasswordHash())).toBe(false);
  });
});
