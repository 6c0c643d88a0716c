/**
 * `content check` on content/emergency-numbers.yml: the file's schema, each number's provenance (an
 * official source, a dated check that is not only a secondary site, not older than 12 months), and the
 * crisis sentences of every locale: they must name numbers as {{id}} placeholders of this file, never
 * write a number out (it would not follow the file).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { isOfficialSite } from "../catalogue/official-sites.js";
import type { EmergencyNumber } from "./emergency-numbers-schema.js";
import { readEmergencyNumbersFile } from "./load-emergency-numbers.js";

export interface EmergencyNumbersFindings {
  errors: string[];
  warnings: string[];
  reread: string[];
}

const STALE_DAYS = 365;

function provenance(n: EmergencyNumber, today: Date, found: EmergencyNumbersFindings): void {
  const what = `emergency number ${n.number} (${n.id})`;
  const reasons: string[] = [];
  if (!isOfficialSite(n.source)) {
    found.warnings.push(`${what}: its source ${n.source} is not an official site`);
    reasons.push("find the official page");
  }
  if (!n.verified_on || !n.checked_against) {
    reasons.push(`never checked: read ${n.source}`);
  } else {
    const age = (today.getTime() - Date.parse(`${n.verified_on}T00:00:00Z`)) / 86_400_000;
    if (age < -1) found.errors.push(`${what}: verified_on ${n.verified_on} is in the future`);
    else if (age > STALE_DAYS) {
      found.warnings.push(`${what}: checked on ${n.verified_on}, more than 12 months ago`);
      reasons.push(`last checked ${n.verified_on}`);
    }
    if (n.checked_against.every((c) => c.kind === "secondary")) {
      found.warnings.push(`${what}: its only support is a secondary site; check it against ${n.source}`);
      reasons.push(`only a secondary site supports it: read ${n.source}`);
    }
  }
  if (reasons.length > 0) found.reread.push(`${n.number} (${n.label}) — ${reasons.join("; ")}`);
}

type Strings = { [key: string]: string | Strings };

function crisisSentences(bundle: Strings): [string, string][] {
  const crisis = bundle.crisis;
  if (!crisis || typeof crisis === "string") return [];
  const out: [string, string][] = [];
  const walk = (node: Strings | string, key: string): void => {
    if (typeof node === "string") out.push([key, node]);
    else for (const [k, v] of Object.entries(node)) walk(v, `${key}.${k}`);
  };
  // Labels (numbers) and category names carry no number by design; the answers are the rest.
  for (const [k, v] of Object.entries(crisis)) if (k !== "numbers" && k !== "category") walk(v, `crisis.${k}`);
  return out;
}

function checkLocales(numbers: readonly EmergencyNumber[], localesDir: string, found: EmergencyNumbersFindings): void {
  const ids = new Set(numbers.map((n) => n.id));
  const written = new RegExp(`(?<![\\d{])(${numbers.map((n) => n.number).join("|")})(?![\\d}])`);
  for (const lang of readdirSync(localesDir).sort()) {
    const file = join(localesDir, lang, "bot.json");
    if (!existsSync(file)) continue;
    const bundle = JSON.parse(readFileSync(file, "utf8")) as Strings;
    for (const [key, text] of crisisSentences(bundle)) {
      for (const m of text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)) {
        if (!ids.has(m[1]!)) found.errors.push(`locales/${lang}/bot.json ${key}: {{${m[1]}}} is not an id of the emergency numbers file`);
      }
      const literal = written.exec(text.replace(/\{\{\s*\w+\s*\}\}/g, ""));
      if (literal) found.warnings.push(`locales/${lang}/bot.json ${key}: writes ${literal[1]} out; use its {{id}} so the emergency numbers file decides`);
    }
  }
}

export function checkEmergencyNumbers(path: string, localesDir: string | undefined, today: Date): EmergencyNumbersFindings {
  const found: EmergencyNumbersFindings = { errors: [], warnings: [], reread: [] };
  if (!existsSync(path)) {
    found.errors.push(`${path}: no emergency numbers file (the crisis answer needs it)`);
    return found;
  }
  const { numbers, problems } = readEmergencyNumbersFile(path);
  found.errors.push(...problems);
  for (const n of numbers) provenance(n, today, found);
  if (numbers.length > 0 && localesDir && existsSync(localesDir)) checkLocales(numbers, localesDir, found);
  return found;
}
