/** `accueil start`: the server with the widget, the console, the API and the configured channels. */
import type { Command } from "commander";

/** Stop within this after SIGTERM or SIGINT. */
const SHUTDOWN_LIMIT_MS = 9_000;

export function registerStartCommand(program: Command): void {
  program
    .command("start")
    .description("Start the bot: web widget on /, agent console on /console, and every channel configured by environment.")
    .action(async () => {
      // The port first (health checks answer "starting", other requests 503 with Retry-After), then the
      // bot, loaded here rather than at the top so the other commands start without the server.
      const { readConfig } = await import("../../app/config.js");
      const config = readConfig(process.env);
      const { listenEarly } = await import("../../server/early-listener.js");
      const early = await listenEarly(config.PORT, config.HOST);
      const { createApp } = await import("../../app/create-app.js");
      const app = await createApp({ early });
      const url = await app.listen();
      app.logger.info(`Accueil is running. Resident widget: ${url}/ · Agent console: ${url}/console`);
      process.stdout.write(`\nAccueil is running.\n  Resident widget: ${url}/\n  Agent console:   ${url}/console\n\n`);
      const stop = async (signal: string) => {
        app.logger.info({ signal }, "stopping");
        // A service manager kills after 10 s or so: leave before, whatever is still pending (what was
        // admitted and not handled is in the inbox; a send in flight re-runs once after restart).
        setTimeout(() => {
          app.logger.warn("shutdown took too long; leaving now");
          process.exit(1);
        }, SHUTDOWN_LIMIT_MS).unref();
        await app.close();
        process.exit(0);
      };
      process.once("SIGINT", () => void stop("SIGINT"));
      process.once("SIGTERM", () => void stop("SIGTERM"));
    });
}
