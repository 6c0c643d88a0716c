/**
 * The first-start setup link is a secret: written to the log once, not at every start while it is valid;
 * `accueil agents setup-link` makes a new one when it is lost.
 */
import { execFileSync } from "node:child_process";
import pino from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { announceSetupLinkIfNoAgent, SETUP_TOKEN_HOURS } from "../../src/agents/setup-link.js";
import { createTestRuntime, type TestRuntime } from "../support/test-runtime.js";

let runtime: TestRuntime;
beforeEach(async () => {
  runtime = await createTestRuntime();
});
afterEach(async () => {
  await runtime.dispose();
});

function capturingLogger(lines: Record<string, unknown>[]) {
  return pino({ level: "info" }, { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
}

describe("the setup link", () => {
  it("is logged once; later starts only say one exists, until it expires", async () => {
    const lines: Record<string, unknown>[] = [];
    const logger = capturingLogger(lines);
    const first = await announceSetupLinkIfNoAgent(runtime.store, runtime.clock, logger, "http://localhost:3000");
    expect(first).toMatch(/\/console\/setup#/);
    const again = await announceSetupLinkIfNoAgent(runtime.store, runtime.clock, logger, "http://localhost:3000");
    expect(again).toBeNull();
    expect(lines.filter((l) => typeof l.setupUrl === "string")).toHaveLength(1);
    expect(JSON.stringify(lines[1])).not.toContain(first!.split("#")[1]);
    expect(String(lines[1]!.msg)).toMatch(/accueil agents setup-link/);
    runtime.clock.advance(SETUP_TOKEN_HOURS * 3_600_000 + 1);
    expect(await announceSetupLinkIfNoAgent(runtime.store, runtime.clock, logger, "http://localhost:3000")).toMatch(/\/console\/setup#/);
  });

  it("can be made anew from the command line", () => {
    const out = execFileSync(process.execPath, ["bin/accueil.mjs", "agents", "setup-link"], {
      env: { ...process.env, DATABASE_URL: runtime.databaseUrl, DATA_DIR: runtime.dir, PUBLIC_BASE_URL: "https://accueil.example.fr", LOG_LEVEL: "silent" },
      encoding: "utf8",
    });
    expect(out).toMatch(/^https:\/\/accueil\.example\.fr\/console\/setup#[A-Za-z0-9_-]{43}$/m);
  });
});
