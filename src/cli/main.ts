/**
 * The `accueil` command line. Each sub-command lives in src/cli/commands/<name>.ts and registers itself
 * on the commander program, so that this file stays a table of contents.
 */
import { Command } from "commander";
import { registerClassifyCommand } from "./commands/classify.js";
import { registerContentCommand } from "./commands/content.js";
import { registerAgentsCommand } from "./commands/agents.js";
import { registerChatCommand } from "./commands/chat.js";
import { registerStartCommand } from "./commands/start.js";
import { registerTrainCommand } from "./commands/train.js";
import { registerOutboxCommand } from "./commands/outbox.js";
import { registerEstimateCommand } from "./commands/estimate.js";

export async function main(argv: string[]): Promise<void> {
  const program = new Command()
    .name("accueil")
    .description("Accueil — the CCAS front desk in residents' messaging apps.")
    .showHelpAfterError();
  // Sub-commands (one file each).
  registerClassifyCommand(program);
  registerContentCommand(program);
  registerStartCommand(program);
  registerChatCommand(program);
  registerAgentsCommand(program);
  registerTrainCommand(program);
  registerOutboxCommand(program);
  registerEstimateCommand(program);
  program.exitOverride((error) => {
    process.exit(error.exitCode);
  });
  await program.parseAsync(argv);
}
