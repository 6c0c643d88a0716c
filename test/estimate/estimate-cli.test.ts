// `accueil estimate` end to end: JSON Lines {"id","household"} in (stdin or FILE), one result per valid line
// out, in order; invalid lines reported on stderr with their number, and exit code 1.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const example = {
  period: "2026-05",
  couple: true,
  adultes: [
    {
      role: "demandeur",
      age: 41,
      date_naissance: "1985-02-11",
      nationalite: "FR",
      activite: "salarie",
      enceinte: false,
      salaire_net_mensuel: { default: 1100, "2026-04": 0 },
      chomage_net_mensuel: 0,
      retraite_nette_mensuelle: 0,
      retraite_brute_mensuelle: 0,
      pension_alimentaire_percue_mensuelle: 0,
    },
    { role: "conjoint", age: 39, date_naissance: "1987-03-01", nationalite: "FR", activite: "inactif", enceinte: false, salaire_net_mensuel: 0, "...": "same fields" },
  ],
  enfants: [{ date_naissance: "2019-06-02", age: 7 }],
  logement: { statut: "locataire", loyer_mensuel: 640, aide_logement_mensuelle: 210 },
  prestations_familiales_mensuelles: { af: 0, paje_base: 0, asf: 0, cf: 0 },
};
const retired = { period: "2026-05", couple: false, adultes: [{ role: "demandeur", age: 70, activite: "retraite", retraite_nette_mensuelle: 700, retraite_brute_mensuelle: 760 }], logement: { statut: "proprietaire" } };

function run(args: string[], stdin?: string) {
  const result = spawnSync(process.execPath, ["bin/accueil.mjs", "estimate", ...args], { input: stdin, encoding: "utf8" });
  return { status: result.status, lines: result.stdout.trim().split("\n").filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>), stderr: result.stderr };
}

describe("accueil estimate", () => {
  it("prints {id, rsa, prime_activite, aspa, css} per household, in order", () => {
    const input = [JSON.stringify({ id: "exemple", household: example }), JSON.stringify({ id: 2, household: retired })].join("\n");
    const { status, lines, stderr } = run([], input);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect(lines).toEqual([
      { id: "exemple", rsa: 246.16, prime_activite: expect.closeTo(405.54, 0) as unknown, aspa: null, css: "gratuite" },
      { id: 2, rsa: 0, prime_activite: 0, aspa: 283.6, css: "participation" },
    ]);
    expect(Object.keys(lines[0]!)).toEqual(["id", "rsa", "prime_activite", "aspa", "css"]);
  });

  it("reports invalid lines with their number on stderr, still prints the valid ones, and exits with 1", () => {
    const file = join(mkdtempSync(join(tmpdir(), "accueil-estimate-")), "in.jsonl");
    writeFileSync(
      file,
      [
        JSON.stringify({ id: "a", household: retired }),
        "{not json",
        "",
        JSON.stringify({ id: "b", household: { ...retired, couple: true } }),
        JSON.stringify({ id: "c", household: { ...retired, period: "2026-13" } }),
        JSON.stringify({ id: "d", household: example }),
      ].join("\n"),
    );
    const { status, lines, stderr } = run([file]);
    expect(status).toBe(1);
    expect(lines.map((l) => l.id)).toEqual(["a", "d"]);
    expect(stderr).toMatch(/^line 2: not valid JSON/m);
    expect(stderr).toMatch(/^line 4 \(id "b"\): household\.adultes: a couple has one adult with the role conjoint/m);
    expect(stderr).toMatch(/^line 5 \(id "c"\): household\.period/m);
  });

  it("says when a month is outside the parameters it knows", () => {
    const { status, stderr } = run([], JSON.stringify({ id: "old", household: { ...retired, period: "2019-05" } }));
    expect(status).toBe(1);
    expect(stderr).toMatch(/line 1 \(id "old"\): cannot estimate: no value for the parameter/);
  });
});
