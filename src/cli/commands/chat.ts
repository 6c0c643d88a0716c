/**
 * `accueil chat`: a conversation in the terminal with the very same core (for content authors and
 * demonstrations). A number presses the numbered choice; "/quit" leaves.
 */
import { createInterface } from "node:readline/promises";
import { randomUUID } from "node:crypto";
import type { Command } from "commander";
import type { Choice } from "../../core/messages.js";

export function registerChatCommand(program: Command): void {
  program
    .command("chat")
    .description("Talk to the bot in the terminal (same core as the server). Uses a throw-away in-memory store unless --database is given.")
    .option("--database <url>", "store to use, e.g. sqlite:data/chat.sqlite (default: in memory)")
    .option("--lang <code>", "language hint, e.g. fr, en, ar")
    .action(async (options: { database?: string; lang?: string }) => {
      const [{ createRuntime }, { renderPlain }] = await Promise.all([import("../../app/create-runtime.js"), import("../render-plain.js")]);
      const app = await createRuntime({ databaseUrl: options.database ?? "sqlite::memory:", env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? "warn" } });
      const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
      const conversationKey = `cli-${randomUUID()}`;
      let choices: Choice[] = [];
      const send = async (text: string, payload?: string) => {
        const result = await app.core.handleInbound({
          channel: "cli",
          conversationKey,
          senderKey: conversationKey,
          text,
          ...(payload ? { payload } : {}),
          platformMessageId: randomUUID(),
          receivedAt: app.clock.now(),
          ...(options.lang ? { localeHint: options.lang } : {}),
        });
        const rendered = renderPlain(result.replies);
        choices = rendered.choices;
        if (rendered.text) process.stdout.write(`\n${rendered.text}\n\n`);
      };
      await send("", "cmd:start");
      try {
        for await (const line of rl) {
          const input = line.trim();
          if (input === "/quit" || input === "/exit") break;
          const picked = /^\d+$/.test(input) ? choices[Number(input) - 1] : undefined;
          if (picked) await send("", picked.payload);
          else if (input) await send(input);
        }
      } finally {
        rl.close();
        await app.store.close();
      }
    });
}
