/**
 * `accueil agents add <username> [--name "Display Name"] [--supervisor]`: creates a console account.
 * The password is read from standard input when it is not a terminal, or typed twice, hidden.
 * `accueil agents list`, `accueil agents disable <username>` (their sessions end at once) and
 * `accueil agents enable <username>`; `accueil agents setup-link`.
 */
import type { Command } from "commander";
import { withStore } from "../with-store.js";


export function registerAgentsCommand(program: Command): void {
  const agents = program.command("agents").description("Manage the agent console's accounts.");
  agents
    .command("setup-link")
    .description("Print a new one-time link (valid 24 h) to create a console account as supervisor.")
    .action(async () => {
      const [{ readConfig }, { systemClock }, { openStore }, { createSetupLink, SETUP_TOKEN_HOURS }] = await Promise.all([
        import("../../app/config.js"),
        import("../../core/clock.js"),
        import("../../store/open-store.js"),
        import("../../agents/setup-link.js"),
      ]);
      const config = readConfig(process.env);
      const store = await openStore(config.DATABASE_URL, { dataDir: config.DATA_DIR, instanceLock: false });
      try {
        const link = await createSetupLink(store, systemClock, config.publicBaseUrl);
        process.stdout.write(`Open within ${SETUP_TOKEN_HOURS} h (once) to create a console account:\n${link.url}\n`);
      } finally {
        await store.close();
      }
    });
  agents
    .command("list")
    .description("List the console's accounts: username, role, name, and whether disabled.")
    .action(async () => {
      await withStore(async (store) => {
        const rows = (await store.listAgents()).map((agent) => [
          agent.username,
          agent.role,
          agent.disabledAt ? `disabled ${agent.disabledAt.toISOString()}` : "enabled",
          agent.displayName,
        ]);
        if (rows.length === 0) {
          process.stdout.write("No agent account yet (`accueil agents add` or `accueil agents setup-link`).\n");
          return;
        }
        const widths = [0, 1, 2].map((i) => Math.max(...rows.map((row) => row[i]!.length)));
        for (const row of rows) process.stdout.write(`${row.map((cell, i) => (i < 3 ? cell.padEnd(widths[i]!) : cell)).join("  ")}\n`);
      });
    });
  for (const status of ["disabled", "enabled"] as const) {
    const verb = status === "disabled" ? "disable" : "enable";
    agents
      .command(`${verb} <username>`)
      .description(
        status === "disabled"
          ? "Disable an account (a departed agent): their console sessions end at once and they cannot sign in."
          : "Enable a disabled account again.",
      )
      .action(async (username: string) => {
        const [{ systemClock }, { setAgentStatus }] = await Promise.all([import("../../core/clock.js"), import("../../agents/set-agent-status.js")]);
        await withStore(async (store) => {
          const agent = await store.findAgentByUsername(username.trim().toLowerCase());
          const changed = agent && (await setAgentStatus(store, systemClock, agent.id, status));
          if (!changed) {
            process.stderr.write(`No agent named "${username}" (see \`accueil agents list\`).\n`);
            process.exitCode = 1;
            return;
          }
          const ended = status === "disabled" ? ` ${changed.endedSessions} open session(s) ended.` : "";
          process.stdout.write(`Agent "${changed.agent.username}" ${status}.${ended}\n`);
        });
      });
  }
  agents
    .command("add <username>")
    .description("Create an agent account (password from stdin, or prompted twice on a terminal).")
    .option("--name <displayName>", "name shown to residents and colleagues (defaults to the username)")
    .option("--supervisor", "give the account the supervisor role", false)
    .action(async (username: string, options: { name?: string; supervisor: boolean }) => {
      // Loaded here, not at the top: the other commands start without the store's drivers.
      const [{ readConfig }, { systemClock }, { openStore }, { addAgent, AddAgentError }, { readNewPassword }] = await Promise.all([
        import("../../app/config.js"),
        import("../../core/clock.js"),
        import("../../store/open-store.js"),
        import("../../agents/add-agent.js"),
        import("../../agents/read-password.js"),
      ]);
      const password = await readNewPassword({ stdin: process.stdin, stderr: process.stderr }).catch((error: Error) => {
        process.stderr.write(`${error.message}\n`);
        process.exit(1);
      });
      const config = readConfig(process.env);
      const store = await openStore(config.DATABASE_URL, { dataDir: config.DATA_DIR, instanceLock: false });
      try {
        const agent = await addAgent(store, systemClock, {
          username,
          ...(options.name ? { displayName: options.name } : {}),
          password,
          role: options.supervisor ? "supervisor" : "agent",
        });
        process.stdout.write(`Agent "${agent.username}" (${agent.displayName}, ${agent.role}) created.\n`);
      } catch (error) {
        if (!(error instanceof AddAgentError)) throw error;
        process.stderr.write(`${error.message}\n`);
        process.exitCode = 1;
      } finally {
        await store.close();
      }
    });
}
