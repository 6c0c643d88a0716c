/** `accueil agents add`, run as a real process against a real SQLite file, password on stdin. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { verifyPassword } from "../../src/agents/password.js";
import { openStore } from "../../src/store/open-store.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "accueil-agents-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function run(args: string[], input: string) {
  return spawnSync(process.execPath, ["bin/accueil.mjs", "agents", "add", ...args], {
    cwd: ROOT,
    input,
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: `sqlite:${join(dir, "accueil.sqlite")}`, LOG_LEVEL: "silent" },
    timeout: 60_000,
  });
}

describe("accueil agents add", () => {
  it("creates an agent with the password read from stdin", async () => {
    const result = run(["nadia", "--name", "Nadia B.", "--supervisor"], "  une phrase de passe  \n");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Agent "nadia" (Nadia B., supervisor) created.');
    const store = await openStore(`sqlite:${join(dir, "accueil.sqlite")}`);
    try {
      const agent = await store.findAgentByUsername("nadia");
      expect(agent).toMatchObject({ displayName: "Nadia B.", role: "supervisor" });
      // Spaces are part of a password; only the line ending is removed.
      expect(await verifyPassword("  une phrase de passe  ", agent!.passwordHash)).toBe(true);
    } finally {
      await store.close();
    }
  });

  it("refuses a short password and a taken username, with a clear message and exit code 1", async () => {
    const short = run(["paul"], "court\n");
    expect(short.status).toBe(1);
    expect(short.stderr).toContain("at least 12 characters");
    expect(run(["paul"], "un mot de passe solide\n").status).toBe(0);
    const taken = run(["paul"], "un autre mot de passe\n");
    expect(taken.status).toBe(1);
    expect(taken.stderr).toContain("already exists");
  });
});

function cli(args: string[]) {
  return spawnSync(process.execPath, ["bin/accueil.mjs", "agents", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: `sqlite:${join(dir, "accueil.sqlite")}`, LOG_LEVEL: "silent" },
    timeout: 60_000,
  });
}

describe("accueil agents list | disable | enable", () => {
  it("disables a departed agent (their sessions end at once), lists accounts, and enables again", async () => {
    expect(run(["nadia", "--name", "Nadia B."], "un mot de passe solide\n").status).toBe(0);
    expect(run(["claire", "--supervisor"], "une phrase de passe longue\n").status).toBe(0);
    const store = await openStore(`sqlite:${join(dir, "accueil.sqlite")}`, { instanceLock: false });
    try {
      const nadia = (await store.findAgentByUsername("nadia"))!;
      const now = new Date();
      await store.createSession("s1", nadia.id, new Date(now.getTime() + 3_600_000), now);
      await store.createSession("s2", nadia.id, new Date(now.getTime() + 3_600_000), now);

      const disabled = cli(["disable", "Nadia"]);
      expect(disabled.stderr).toBe("");
      expect(disabled.status).toBe(0);
      expect(disabled.stdout).toBe('Agent "nadia" disabled. 2 open session(s) ended.\n');
      expect((await store.getAgent(nadia.id))?.disabledAt).not.toBeNull();
      expect(await store.findSession("s1", now)).toBeUndefined();

      const listed = cli(["list"]);
      expect(listed.status).toBe(0);
      const lines = listed.stdout.trim().split("\n");
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(/^claire\s+supervisor\s+enabled\s+claire$/);
      expect(lines[1]).toMatch(/^nadia\s+agent\s+disabled \d{4}-\d\d-\d\dT[\d:.]+Z\s+Nadia B\.$/);

      expect(cli(["enable", "nadia"]).stdout).toBe('Agent "nadia" enabled.\n');
      expect((await store.getAgent(nadia.id))?.disabledAt).toBeNull();

      const unknown = cli(["disable", "personne"]);
      expect(unknown.status).toBe(1);
      expect(unknown.stderr).toContain('No agent named "personne"');
    } finally {
      await store.close();
    }
  });
});
