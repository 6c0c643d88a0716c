/**
 * The real server process (`accueil start`, compiled, SQLite, Telegram webhook) for the crash and
 * outage measurements, with Telegram's servers replaced by the local fake Bot API: start it (timing
 * when it listens and when /readyz says ready), post updates to its webhook as Telegram does, read
 * what it logs.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { connect, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { TEST_TOKEN, type FakeBotApi } from "../../test/telegram/fake-bot-api.js";
import type { textUpdate } from "../../test/telegram/updates.js";

type Update = ReturnType<typeof textUpdate>;

const SECRET = "measurement_secret";

export class BotServerProcess {
  readonly listenTimes: number[] = [];
  readonly readyTimes: number[] = [];
  /** Every log line the processes wrote, parsed, with when it was read. */
  readonly logs: { at: number; line: Record<string, unknown> }[] = [];
  child: ChildProcess | undefined;
  private readonly dir = mkdtempSync(join(tmpdir(), "accueil-measure-"));

  private constructor(
    readonly port: number,
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  static async create(fake: FakeBotApi, extraEnv: Record<string, string> = {}): Promise<BotServerProcess> {
    const port = await freePort();
    const server = new BotServerProcess(port, {});
    Object.assign(server.env, process.env, {
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: `sqlite:${join(server.dir, "accueil.sqlite")}`,
      TELEGRAM_BOT_TOKEN: TEST_TOKEN,
      TELEGRAM_WEBHOOK_SECRET: SECRET,
      TELEGRAM_API_ROOT: fake.apiRoot,
      LOG_LEVEL: "error",
      ...extraEnv,
    });
    return server;
  }

  get base(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Spawns the server and resolves once /readyz answers 200. */
  async start(): Promise<ChildProcess> {
    const started = performance.now();
    const child = spawn(process.execPath, ["bin/accueil.mjs", "start"], { env: this.env, stdio: ["ignore", "pipe", "inherit"] });
    this.child = child;
    createInterface({ input: child.stdout! }).on("line", (text) => {
      try {
        this.logs.push({ at: Date.now(), line: JSON.parse(text) as Record<string, unknown> });
      } catch {
        this.logs.push({ at: Date.now(), line: { msg: text } });
      }
    });
    let listening = false;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}) before being ready`);
      if (!listening && (await accepts(this.port))) {
        listening = true;
        this.listenTimes.push(performance.now() - started);
      }
      const ready = listening && (await fetch(`${this.base}/readyz`).then((r) => r.ok, () => false));
      if (ready) break;
      await new Promise((r) => setTimeout(r, 5));
    }
    this.readyTimes.push(performance.now() - started);
    return child;
  }

  /** Sends a signal and waits for the exit; resolves to the exit code. */
  async stop(signal: NodeJS.Signals): Promise<number | null> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return child?.exitCode ?? null;
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    child.kill(signal);
    return exited;
  }

  post(update: Update): Promise<Response> {
    return fetch(`${this.base}/telegram/webhook`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
      body: JSON.stringify(update),
    });
  }

  /** As Telegram does: the same update again, until it is acknowledged with a 200. */
  async deliverUntilAccepted(update: Update): Promise<void> {
    for (;;) {
      const status = await this.post(update).then((r) => r.status, () => 0);
      if (status === 200) return;
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  async dispose(): Promise<void> {
    await this.stop("SIGKILL");
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export async function waitFor(condition: () => boolean, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (condition()) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return condition();
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** The port accepts a TCP connection (the process is listening). */
function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (address && typeof address === "object" ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** Prints what failed and ends the script; with --check, a failure is exit 1 (CI reads the code). */
export function reportAndExit(failures: string[], check: boolean, name: string): never {
  for (const f of failures) console.log(`failed: ${f}`);
  if (check && failures.length) process.exit(1);
  if (check) console.log(`${name} checks met`);
  process.exit(0);
}
