/**
 * `accueil content check`: validates content/rights against the schema, the coverage list, links, dated
 * figures, references, translations and alias collisions. Exit 1 on errors, 0 with warnings only.
 */
import { resolve } from "node:path";
import type { Command } from "commander";

export function registerContentCommand(program: Command): void {
  const content = program.command("content").description("Work on the rights catalogue (content/rights).");
  content
    .command("check")
    .description("Check the catalogue: schema, coverage, links, sourced and dated figures, references, translations, alias collisions.")
    .option("--rights <dir>", "catalogue directory", "content/rights")
    .option("--coverage <file>", "coverage list (default: $ACCUEIL_SHARED_DIR or ../shared, catalogue/coverage.yml)")
    .action(async (options: { rights: string; coverage?: string }) => {
      const { checkContent, defaultCoveragePath } = await import("../../catalogue/check-content.js");
      const report = checkContent({
        rightsDir: resolve(options.rights),
        coveragePath: options.coverage ? resolve(options.coverage) : defaultCoveragePath(),
        today: new Date(),
      });
      for (const note of report.notes) console.log(`note: ${note}`);
      for (const warning of report.warnings) console.log(`warning: ${warning}`);
      for (const error of report.errors) console.log(`error: ${error}`);
      console.log(`${report.entries} entries; ${report.errors.length} error(s), ${report.warnings.length} warning(s)`);
      process.exitCode = report.errors.length ? 1 : 0;
    });
}
