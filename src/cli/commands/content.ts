/**
 * `accueil content check`: validates content/rights against the schema, the coverage list, links, the
 * provenance of every figure (official source, what it was checked against and when, yearly
 * revaluations), references, translations and alias collisions, and content/emergency-numbers.yml; lists
 * per entry what a person must re-read. With `--openfisca DIR`, compares every figure that names an
 * OpenFisca parameter with a checkout of openfisca-france. Exit 1 on errors, 0 with warnings only.
 */
import { join, resolve } from "node:path";
import type { Command } from "commander";

export function registerContentCommand(program: Command): void {
  const content = program.command("content").description("Work on the rights catalogue (content/rights).");
  content
    .command("check")
    .description("Check the catalogue: schema, coverage, links, sourced and dated figures, freshness, references, translations, alias collisions, emergency numbers.")
    .option("--rights <dir>", "catalogue directory", "content/rights")
    .option("--coverage <file>", "coverage list (default: $ACCUEIL_SHARED_DIR or ../shared, catalogue/coverage.yml)")
    .option("--emergency-numbers <file>", "emergency numbers file (default: emergency-numbers.yml beside the rights directory)")
    .option("--estimate <dir>", "the eligibility estimate's parameters and simulators (default: estimate/ beside the rights directory)")
    .option("--openfisca <dir>", "a checkout of openfisca-france (git clone --depth 1 https://github.com/openfisca/openfisca-france): compare figures with its parameters")
    .action(async (options: { rights: string; coverage?: string; emergencyNumbers?: string; estimate?: string; openfisca?: string }) => {
      const { checkContent, defaultCoveragePath } = await import("../../catalogue/check-content.js");
      const { formatOpenFiscaReport } = await import("../../catalogue/openfisca/format-report.js");
      const { checkoutCommit } = await import("../../catalogue/openfisca/read-parameter.js");
      const { LOCALES_DIR } = await import("../../project-root.js");
      const rightsDir = resolve(options.rights);
      const report = checkContent({
        rightsDir,
        coveragePath: options.coverage ? resolve(options.coverage) : defaultCoveragePath(),
        emergencyNumbersPath: resolve(options.emergencyNumbers ?? join(rightsDir, "..", "emergency-numbers.yml")),
        localesDir: LOCALES_DIR,
        estimateDir: resolve(options.estimate ?? join(rightsDir, "..", "estimate")),
        ...(options.openfisca ? { openfiscaDir: resolve(options.openfisca) } : {}),
        today: new Date(),
      });
      for (const note of report.notes) console.log(`note: ${note}`);
      for (const warning of report.warnings) console.log(`warning: ${warning}`);
      for (const error of report.errors) console.log(`error: ${error}`);
      for (const { entry, items } of report.reread) for (const item of items) console.log(`re-read: ${entry}: ${item}`);
      console.log("translations (entries with title and summary, reviewed, phrases translated):");
      for (const line of report.translations) console.log(`  ${line}`);
      if (report.openfisca) for (const line of formatOpenFiscaReport(report.openfisca, checkoutCommit(resolve(options.openfisca!)))) console.log(line);
      const rereadCount = report.reread.reduce((n, r) => n + r.items.length, 0);
      console.log(
        `${report.entries} entries; ${report.errors.length} error(s), ${report.warnings.length} warning(s), ${rereadCount} figure(s) to re-read in ${report.reread.length} entr${report.reread.length === 1 ? "y" : "ies"}`,
      );
      process.exitCode = report.errors.length ? 1 : 0;
    });
}
