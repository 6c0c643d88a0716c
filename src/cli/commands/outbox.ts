/**
 * `accueil outbox list` and `accueil outbox retry <id…|--all>`: the messages the bot gave up sending
 * (a platform down for a day, a refusal), for whoever operates the service — to see them, and to send
 * them again once the cause is fixed. Ids are printed as resident:12 or slack:7.
 */
import type { Command } from "commander";
import { withStore } from "../with-store.js";

function parseRef(ref: string): { queue: "resident" | "slack"; id: number } {
  const m = /^(resident|slack):(\d+)$/.exec(ref);
  if (!m) throw new Error(`"${ref}" is not a dead letter id: use what \`accueil outbox list\` prints (resident:12, slack:7).`);
  return { queue: m[1] as "resident" | "slack", id: Number(m[2]) };
}


export function registerOutboxCommand(program: Command): void {
  const outbox = program.command("outbox").description("Messages the bot could not send (dead letters).");
  outbox
    .command("list")
    .description("List the messages given up on, oldest first (JSON with --json).")
    .option("--json", "one JSON object per line")
    .action(async (options: { json?: boolean }) => {
      const letters = await withStore((store) => store.listDeadLetters());
      for (const l of letters) {
        if (options.json) process.stdout.write(`${JSON.stringify(l)}\n`);
        else process.stdout.write(`${l.queue}:${l.id}\t${l.channel}\t${l.target}\t${l.createdAt.toISOString()}\t${l.attempts} attempt(s)\t${l.lastError ?? ""}\n`);
      }
      if (!options.json) process.stdout.write(`${letters.length} dead letter(s)\n`);
    });
  outbox
    .command("retry [ids...]")
    .description("Send again the dead letters given (resident:12 slack:7), or all of them with --all.")
    .option("--all", "every dead letter")
    .action(async (ids: string[], options: { all?: boolean }) => {
      if (!options.all && ids.length === 0) {
        process.stderr.write("Give the ids to send again (see `accueil outbox list`), or --all.\n");
        process.exitCode = 2;
        return;
      }
      let which: { queue: "resident" | "slack"; id: number }[] | "all";
      try {
        which = options.all ? "all" : ids.map(parseRef);
      } catch (error) {
        process.stderr.write(`${(error as Error).message}\n`);
        process.exitCode = 2;
        return;
      }
      const count = await withStore((store) => store.retryDeadLetters(new Date(), which));
      process.stdout.write(`${count} message(s) put back in line; a running bot sends them within a few seconds.\n`);
    });
}
