/**
 * The estimator on households worked out by hand for May 2026, with the shipped parameters
 * (content/estimate/parameters.yml): RSA 651,69 € and prime d'activité 638,28 € since 1 April 2026,
 * ASPA 12 523,14 € a year since 1 January, the SMIC at 12,02 € an hour.
 */
import { describe, expect, it } from "vitest";
import { loadEstimateParameters } from "../../src/content/estimate-parameters.js";
import { estimate, householdSchema, type HouseholdInput } from "../../src/estimate/index.js";
import { ageInMonths, ageInYears, addMonths, monthsBefore } from "../../src/estimate/months.js";
import { parameterSource } from "../../src/estimate/parameters.js";

const timelines = loadEstimateParameters();
const run = (h: HouseholdInput) => estimate(householdSchema.parse(h), timelines);
const alone = (adult: Record<string, unknown>, rest: Partial<HouseholdInput> = {}): HouseholdInput => ({
  period: "2026-05",
  couple: false,
  adultes: [{ role: "demandeur", ...adult } as HouseholdInput["adultes"][number]],
  ...rest,
});

describe("months and ages", () => {
  it("moves across years and lists the reference quarter", () => {
    expect(addMonths("2026-01", -1)).toBe("2025-12");
    expect(addMonths("2025-11", 14)).toBe("2027-01");
    expect(monthsBefore("2026-05", 3)).toEqual(["2026-02", "2026-03", "2026-04"]);
  });

  it("computes ages on the first day of the month, as OpenFisca (numpy) does", () => {
    expect(ageInYears("1985-02-11", "2026-05")).toBe(41);
    expect(ageInYears("2019-06-02", "2026-05")).toBe(6);
    expect(ageInYears("2001-05-01", "2026-05")).toBe(25);
    expect(ageInMonths("2026-08-01", "2026-05")).toBe(-3);
  });
});

describe("parameters", () => {
  it("takes the value in force on the first day of the month", () => {
    const p = parameterSource(timelines);
    const base = "prestations_sociales.solidarite_insertion.minima_sociaux.rsa.rsa_m.montant_de_base_du_rsa";
    expect(p.number(base, "2026-03")).toBe(646.52);
    expect(p.number(base, "2026-04")).toBe(651.69);
    expect(() => p.number(base, "2020-01")).toThrow(/no value/);
  });

  it("reads rates written in percent as ratios", () => {
    const p = parameterSource(timelines);
    expect(p.number("prestations_sociales.solidarite_insertion.minima_sociaux.ppa.pa_m.majoration_ressources_revenus_activite", "2026-05")).toBeCloseTo(0.5985, 10);
  });
});

describe("RSA", () => {
  it("a single person without income, with a housing aid: the base amount minus the forfait logement", () => {
    const r = run(alone({ age: 30 }, { logement: { statut: "locataire", loyer_mensuel: 500, aide_logement_mensuelle: 250 } }));
    expect(r.rsa).toBe(573.49); // 651,69 − 12 % (78,20)
    expect(r.details.rsa.reasons.map((x) => x.code)).toContain("rsa.housing");
    expect(r.details.rsa.figuresFrom).toBe("2026-04-01");
  });

  it("a housing aid smaller than the forfait is deducted as it is", () => {
    expect(run(alone({ age: 30 }, { logement: { statut: "locataire", aide_logement_mensuelle: 50 } })).rsa).toBe(601.69);
  });

  it("housed free of charge or owner: the forfait; tenant without aid: none", () => {
    expect(run(alone({ age: 30 }, { logement: { statut: "heberge_gratuit" } })).rsa).toBe(573.49);
    expect(run(alone({ age: 30 }, { logement: { statut: "proprietaire" } })).rsa).toBe(573.49);
    expect(run(alone({ age: 30 }, { logement: { statut: "locataire", loyer_mensuel: 400 } })).rsa).toBe(651.69);
  });

  it("averages the activity income of the three months before, and neutralises a job that stopped", () => {
    const salary = { default: 300, "2026-02": 600, "2026-03": 0, "2026-04": 300 };
    expect(run(alone({ age: 30, salaire_net_mensuel: salary })).rsa).toBe(351.69); // 651,69 − 900/3
    // Paid in April, nothing in May, no unemployment benefit: the past salary is not counted.
    expect(run(alone({ age: 30, salaire_net_mensuel: { default: 0, "2026-02": 600, "2026-03": 600, "2026-04": 600 } })).rsa).toBe(651.69);
    // With an unemployment benefit in May, it is counted.
    const replaced = run(alone({ age: 30, salaire_net_mensuel: { default: 0, "2026-02": 600, "2026-03": 600, "2026-04": 600 }, chomage_net_mensuel: { default: 0, "2026-05": 400 } }));
    expect(replaced.rsa).toBe(51.69);
  });

  it("a couple with a child: 1,8 times the base; the family benefits given are counted", () => {
    const r = run({
      period: "2026-05",
      couple: true,
      adultes: [
        { role: "demandeur", age: 41, date_naissance: "1985-02-11", activite: "salarie", salaire_net_mensuel: { default: 1100, "2026-04": 0 } },
        { role: "conjoint", age: 39 },
      ],
      enfants: [{ date_naissance: "2019-06-02", age: 7 }],
      logement: { statut: "locataire", loyer_mensuel: 640, aide_logement_mensuelle: 210 },
      prestations_familiales_mensuelles: { af: 0, paje_base: 0, asf: 0, cf: 0 },
    });
    // 1 173,04 − forfait 3 personnes 193,55 − (1 100 + 1 100 + 0) / 3
    expect(r.rsa).toBe(246.16);
    expect(r.aspa).toBeNull();
    expect(r.css).toBe("gratuite");
  });

  it("a single parent of a child under 3 gets the majoration isolement", () => {
    const r = run(alone({ age: 28 }, { enfants: [{ date_naissance: "2025-01-15" }], prestations_familiales_mensuelles: { af: 0, asf: 0, cf: 0, paje_base: 0 } }));
    expect(r.rsa).toBe(1115.8); // 651,69 × (1,28412 + 0,42804)
    expect(r.details.rsa.reasons.map((x) => x.code)).toContain("rsa.isolated_parent");
  });

  it("a pregnant single woman gets the majoration too", () => {
    expect(run(alone({ age: 22, enceinte: true })).rsa).toBe(836.85); // 651,69 × 1,28412
  });

  it("under 25 without child: not entitled, and says why", () => {
    const r = run(alone({ age: 22 }));
    expect(r.rsa).toBe(0);
    expect(r.details.rsa.reasons).toEqual([{ code: "rsa.age", values: { age: 25 } }]);
  });

  it("a national of a country outside the EEA needs 5 years of residence permit", () => {
    expect(run(alone({ age: 40, nationalite: "MA", titre_sejour_annees: 3 })).rsa).toBe(0);
    expect(run(alone({ age: 40, nationalite: "MA", titre_sejour_annees: 6 })).rsa).toBe(651.69);
    expect(run(alone({ age: 40, nationalite: "DE" })).rsa).toBe(651.69);
  });

  it("counts the ASF as a flat amount for a single parent, computed when not given", () => {
    const r = run(alone({ age: 35 }, { enfants: [{ age: 8 }], prestations_familiales_mensuelles: { af: 0, cf: 0, paje_base: 0 } }));
    // 651,69 × 1,5 − ASF forfait 22,5 % × BMAF 478,16 = 977,54 − 107,59
    expect(r.rsa).toBe(869.95);
  });
});

describe("prime d'activité", () => {
  it("a single person at 1 450 € a month: the average of three monthly primes (two with the 2025 rules, one with April 2026's)", () => {
    const r = run(alone({ age: 30, activite: "salarie", salaire_net_mensuel: 1450 }));
    expect(r.prime_activite).toBeCloseTo(238.15, 2);
    expect(r.rsa).toBe(0);
    expect(r.details.prime_activite.reasons.map((x) => x.code)).toContain("ppa.bonus");
  });

  it("no activity income in the three months: none, and says so", () => {
    const r = run(alone({ age: 30, chomage_net_mensuel: 900 }));
    expect(r.prime_activite).toBe(0);
    expect(r.details.prime_activite.reasons).toEqual([{ code: "ppa.no_activity" }]);
  });

  it("too high an income: none", () => {
    const r = run(alone({ age: 30, salaire_net_mensuel: 3000 }));
    expect(r.prime_activite).toBe(0);
    expect(r.details.prime_activite.reasons).toEqual([{ code: "ppa.resources" }]);
  });
});

describe("ASPA", () => {
  it("a single person of 70 with a gross pension of 760 €: tops it up to the ceiling", () => {
    const r = run(alone({ age: 70, activite: "retraite", retraite_nette_mensuelle: 700, retraite_brute_mensuelle: 760 }, { logement: { statut: "proprietaire" } }));
    expect(r.aspa).toBe(283.6); // 12 523,14 / 12 − 760
  });

  it("a couple both 65 or older: the couple's ceiling", () => {
    const r = run({
      period: "2026-05",
      couple: true,
      adultes: [
        { role: "demandeur", age: 72, retraite_brute_mensuelle: 900, retraite_nette_mensuelle: 830 },
        { role: "conjoint", age: 67, retraite_brute_mensuelle: 300, retraite_nette_mensuelle: 280 },
      ],
    });
    expect(r.aspa).toBe(420.18); // 19 442,21 / 12 − 1 200
  });

  it("null when nobody is 65; 0 above the ceiling", () => {
    expect(run(alone({ age: 64 })).aspa).toBeNull();
    const r = run(alone({ age: 66, retraite_brute_mensuelle: 1500, retraite_nette_mensuelle: 1400 }));
    expect(r.aspa).toBe(0);
    expect(r.details.aspa.reasons[0]?.code).toBe("aspa.resources");
  });

  it("a national of a country outside the EEA needs 10 years of residence permit", () => {
    expect(run(alone({ age: 70, nationalite: "DZ", titre_sejour_annees: 8 })).aspa).toBe(0);
    expect(run(alone({ age: 70, nationalite: "DZ", titre_sejour_annees: 12 })).aspa).toBe(1043.6);
  });
});

describe("complémentaire santé solidaire", () => {
  it("free under the ceiling, with participation up to 35 % more, none above; says the figures are not confirmed", () => {
    // 10 339 € a year for one person: 850 € a month is under, 1 000 € between, 1 200 € above (13 957 €).
    expect(run(alone({ age: 40, salaire_net_mensuel: 850 })).css).toBe("gratuite");
    const middle = run(alone({ age: 40, salaire_net_mensuel: 1000 }));
    expect(middle.css).toBe("participation");
    expect(middle.details.css.amount).toBe(14);
    expect(run(alone({ age: 40, salaire_net_mensuel: 1200 })).css).toBe("non");
    expect(middle.details.css.unconfirmed.length).toBeGreaterThan(0);
  });

  it("free for an RSA recipient", () => {
    const r = run(alone({ age: 40, salaire_net_mensuel: { default: 0, "2025-06": 12000 } }));
    expect(r.rsa).toBeGreaterThan(0);
    expect(r.css).toBe("gratuite");
    expect(r.details.css.reasons[0]?.code).toBe("css.rsa");
  });

  it("counts a housing aid as a forfait", () => {
    // 800 € a month and a housing aid: 9 600 + 12 × 78,20 = 10 538,43 > 10 339.
    expect(run(alone({ age: 40, salaire_net_mensuel: 800 }, { logement: { statut: "locataire", aide_logement_mensuelle: 200 } })).css).toBe("participation");
  });
});

describe("the household schema", () => {
  it("refuses a couple without a partner, an adult without age, a malformed money field; ignores extra fields", () => {
    expect(householdSchema.safeParse({ period: "2026-05", couple: true, adultes: [{ role: "demandeur", age: 30 }] }).success).toBe(false);
    expect(householdSchema.safeParse({ period: "2026-05", couple: false, adultes: [{ role: "demandeur" }] }).success).toBe(false);
    expect(householdSchema.safeParse({ period: "2026-05", couple: false, adultes: [{ role: "demandeur", age: 30, salaire_net_mensuel: { "avril": 3 } }] }).success).toBe(false);
    expect(householdSchema.safeParse({ period: "2026-05", couple: false, extra: 1, adultes: [{ role: "demandeur", age: 30, "...": "x" }] }).success).toBe(true);
  });
});

describe("figures past their yearly revaluation", () => {
  it("are reported as not confirmed when read for a month after the next revaluation day", () => {
    const household = householdSchema.parse(alone({ age: 30 }, { period: "2027-05" }));
    const r = estimate(household, timelines);
    expect(r.details.rsa.unconfirmed.length).toBeGreaterThan(0);
    expect(run(alone({ age: 30 })).details.rsa.unconfirmed).toEqual([]);
  });
});
