/**
 * Text crossing between residents and Slack, both ways.
 *
 * Into Slack (inertText): a resident's words (or anything not written by us) must never ping anyone,
 * forge a link or break the markup. Slack's mrkdwn reads `<!channel>`, `<!here>`, `<@U123>`,
 * `<https://x|label>` as controls: escaping & < > (Slack's only three entities) makes them plain text.
 * Bare URLs, domains and e-mail addresses are linkified by Slack even then, so they are defanged
 * ("caf[.]fr"); "@here"-style words get a zero-width space after the "@". Messages are also sent with
 * link_names off and unfurling off (see slack-op-sender.ts).
 *
 * Out of Slack (agentWords): what an agent typed, as the resident should read it — Slack's entities
 * decoded and its link syntax turned back into plain text. The words themselves are not changed.
 */

const TLDS = "fr|com|org|net|gouv|eu|info|io|be|ch|ca|ma|dz|tn|sn|ua|es|pt|it|de|uk|us|co|me|ly|app|link|xyz|site|online";
const URL_SCHEME = /\b(https?|ftp|file|javascript|data|slack|tel|mailto):(\/\/)?/giu;
const DOMAIN = new RegExp(String.raw`\b([\p{L}\p{N}-]+)\.(?=(?:[\p{L}\p{N}-]+\.)*(?:${TLDS})\b)`, "giu");
const MENTION_WORD = /@(?=[\p{L}\p{N}_.-])/gu;

export function inertText(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(URL_SCHEME, (_m, scheme: string, slashes: string | undefined) => `${scheme}[:]${slashes ?? ""}`)
    .replace(DOMAIN, "$1[.]")
    .replace(MENTION_WORD, "@\u200b");
}

/** Slack message text → the agent's words: "<https://x|caf.fr>" → "caf.fr (https://x)", entities decoded. */
export function agentWords(text: string): string {
  return text
    .replace(/<(mailto:|tel:)?([^<>|]+)\|([^<>]+)>/g, (_m, scheme: string | undefined, target: string, label: string) => {
      if (scheme) return label;
      return target.includes(label) ? target : `${label} (${target})`;
    })
    .replace(/<!(here|channel|everyone)(?:\|[^>]*)?>/g, "@$1")
    .replace(/<(?:mailto:|tel:)?([^<>|]+)>/g, "$1")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** Shortens to max characters (Block Kit: 3000 per section text, 150 per header), marking the cut. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
}

/** Slack's mrkdwn quote for a multi-line text that is already inert. */
export function quote(inert: string): string {
  return inert
    .split("\n")
    .map((line) => `> ${line}`)
    .join("\n");
}
