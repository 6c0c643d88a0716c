/** `accueil start`: the server with the widget, the console, the API and the configured channels. */
import type { Command } from "commander";

export function registerStartCommand(program: Command): void {
  program
    .command("start")
    .description("Start the bot: web widget on /, agent console on /console, and every channel configured by environment.")
    .action(async () => {
      // Loaded here, not at the top: the other commands (classify above all) start without the server.
      const { createApp } = await import("../../app/create-app.js");
      const app = await createApp();
      const url = await app.listen();
      app.logger.info(`Accueil is running. Resident widget: ${url}/ · Agent console: ${url}/console`);
      process.stdout.write(`\nAccueil is running.\n  Resident widget: ${url}/\n  Agent console:   ${url}/console\n\n`);
      const stop = async (signal: string) => {
        app.logger.info({ signal }, "stopping");
        await app.close();
        process.exit(0);
      };
      process.once("SIGINT", () => void stop("SIGINT"));
      process.once("SIGTERM", () => void stop("SIGTERM"));
    });
}
