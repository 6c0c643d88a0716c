/**
 * Sites whose pages count as official for a figure's `source`: the texts themselves (Légifrance, official
 * bulletins), the State's information site, and the bodies that decide or pay (CAF, Assurance maladie,
 * Assurance retraite, France Travail, Action Logement…) or run a national helpline. Any *.gouv.fr site is
 * official. A bar association's, a commune's or a newspaper's page is not: it may serve as a secondary
 * check, never as the source.
 */
const OFFICIAL_DOMAINS = [
  "gouv.fr",
  "service-public.fr",
  "caf.fr",
  "ameli.fr",
  "msa.fr",
  "lassuranceretraite.fr",
  "info-retraite.fr",
  "francetravail.fr",
  "actionlogement.fr",
  "visale.fr",
  "banque-france.fr",
  "justice.fr",
  "urssaf.fr",
  "agirc-arrco.fr",
  "3114.fr",
  "urgence114.fr",
  "solidaritefemmes.org",
  "europa.eu",
  // Departmental MDPH (public bodies) whose pages are cited for how to contest a CDAPH decision.
  "mdph.var.fr",
  "mdph47.fr",
] as const;

export function isOfficialSite(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/\.$/, "");
  } catch {
    return false;
  }
  return OFFICIAL_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`));
}
