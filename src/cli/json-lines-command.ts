/**
 * A command that reads JSON Lines and prints one line per valid input line, in order (`accueil classify`,
 * `accueil estimate`): the input is FILE, or stdin when FILE is absent or "-"; each invalid line is
 * reported on stderr with its number and makes the exit code 1, the valid ones are still printed.
 */
import { readFileSync } from "node:fs";
import type { Command, Option } from "commander";

export interface LinesResult {
  /** One JSON line per valid input line, in input order. */
  out: string[];
  /** "line N: …" for each invalid input line. */
  errors: string[];
}

async function readLines(file: string | undefined): Promise<string[]> {
  if (file && file !== "-") return readFileSync(file, "utf8").split("\n");
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8").split("\n");
}

/**
 * Registers `<name> [file]` with its one option. `run` is given the option's value and reads the input
 * when it is ready for it (after loading what a bad option would make fail); it may return undefined
 * when it has reported a failure and set the exit code itself.
 */
export function registerJsonLinesCommand(
  program: Command,
  command: { name: string; description: string; option: Option },
  run: (option: string, readInput: () => Promise<string[]>) => Promise<LinesResult | undefined>,
): void {
  program
    .command(`${command.name} [file]`)
    .description(command.description)
    .addOption(command.option)
    .action(async (file: string | undefined, options: Record<string, string>) => {
      const result = await run(options[command.option.attributeName()] ?? "", () => readLines(file));
      if (!result) return;
      for (const error of result.errors) process.stderr.write(`${error}\n`);
      process.stdout.write(result.out.length ? `${result.out.join("\n")}\n` : "");
      if (result.errors.length) process.exitCode = 1;
    });
}
