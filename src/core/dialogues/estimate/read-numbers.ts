/** Reading the numbers in a typed answer: ages, amounts, in the UI languages' digits. */

/** Arabic-Indic and Persian digits (and the Arabic decimal and thousands marks) as ASCII. */
export function asciiDigits(text: string): string {
  return text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/\u066b/g, ",")
    .replace(/\u066c/g, " ")
    .replace(/\u060c/g, ", ");
}

export function integers(text: string): number[] {
  return [...asciiDigits(text).matchAll(/\d+/g)].map((m) => Number(m[0]));
}

/** Ages of children: "3 et 8", "2, 7, 15", "un bébé de 6 mois" (months count as 0 years). */
export function childAges(text: string): number[] {
  const ages: number[] = [];
  for (const m of asciiDigits(text).matchAll(/(\d+)\s*([\p{L}]*)/gu)) {
    const unit = (m[2] ?? "").toLowerCase();
    const months = /^(mois|month|months|mes|meses|міс|місяц|месяц|شهر|أشهر|اشهر|شهور)/u.test(unit);
    const value = Number(m[1]);
    if (months) ages.push(0);
    else if (value <= 30) ages.push(value);
  }
  return ages.slice(0, 15);
}

/** Amounts in euros: "1 200", "1200 €", "1.200", "1,300", "1 150,50", several separated by commas or words. */
export function amounts(text: string): number[] {
  const clean = asciiDigits(text).replace(/[\u00a0\u202f]/g, " ");
  const found: number[] = [];
  for (const m of clean.matchAll(/\d{1,3}(?:[ .,]\d{3})+(?:[.,]\d{1,2})?(?!\d)|\d+(?:[.,]\d{1,2})?(?!\d)/g)) {
    const raw = m[0];
    const decimals = /[.,](\d{1,2})$/.exec(raw);
    const whole = (decimals ? raw.slice(0, decimals.index) : raw).replace(/[ .,]/g, "");
    found.push(Number(decimals ? `${whole}.${decimals[1]}` : whole));
  }
  return found.filter((n) => Number.isFinite(n));
}

/** One amount (the same each month) or three (oldest first). */
export function threeAmounts(text: string): number[] | null {
  const found = amounts(text);
  if (found.length === 1) return [found[0]!, found[0]!, found[0]!];
  if (found.length === 3) return found;
  return null;
}
