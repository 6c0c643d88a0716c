/**
 * GET /confidentialite (and /privacy): the full privacy notice (RGPD art. 13), generated from the running
 * configuration — who the controller is, each retention period as configured, which channels carry the
 * residents' words — so that it cannot drift from what the service really does. Words in
 * locales/<lng>/privacy.json (French, English; other languages get French), chosen with ?lang=.
 * Every value is escaped; the page has no script.
 */
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { readNamespace } from "../i18n/read-namespace.js";

export interface PrivacyFacts {
  serviceName: string;
  address: string;
  phone?: string;
  /** How to reach whoever answers data-protection questions (a DPO's e-mail, a postal address). */
  contact?: string;
  conversationDays: number;
  caseDays: number;
  inboundIdDays: number;
  telegram: boolean;
  slack: boolean;
  volunteers: boolean;
}

const noticeSchema = z.object({
  title: z.string(),
  intro: z.string(),
  controller_heading: z.string(),
  controller: z.string(),
  controller_phone: z.string(),
  contact: z.string(),
  contact_desk: z.string(),
  purposes_heading: z.string(),
  purposes: z.array(z.string()),
  basis_heading: z.string(),
  basis: z.array(z.string()),
  retention_heading: z.string(),
  retention_conversation: z.string(),
  retention_case: z.string(),
  retention_inbox: z.string(),
  retention_ids: z.string(),
  retention_questions: z.string(),
  readers_heading: z.string(),
  readers_agents: z.string(),
  readers_volunteers: z.string(),
  readers_telegram: z.string(),
  readers_slack: z.string(),
  readers_nobody: z.string(),
  rights_heading: z.string(),
  rights_access: z.string(),
  rights_erase: z.string(),
  rights_other: z.string(),
  cnil_heading: z.string(),
  cnil: z.string(),
  back: z.string(),
});
type NoticeWords = z.infer<typeof noticeSchema>;

export function loadPrivacyWords(localesDir: string): Map<string, NoticeWords> {
  return readNamespace("privacy", noticeSchema, { dir: localesDir });
}

export function registerPrivacyNotice(app: FastifyInstance, facts: PrivacyFacts, words: Map<string, NoticeWords>): void {
  const pages = new Map([...words].map(([lng, w]) => [lng, renderNotice(lng, w, facts)]));
  const handler = async (request: { query: unknown }, reply: { type(t: string): { send(b: string): unknown } }) => {
    const asked = z.object({ lang: z.string().optional() }).safeParse(request.query);
    const lang = asked.success && asked.data.lang && pages.has(asked.data.lang) ? asked.data.lang : "fr";
    return reply.type("text/html; charset=utf-8").send(pages.get(lang)!);
  };
  app.get("/confidentialite", handler);
  app.get("/privacy", handler);
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** {{name}} placeholders filled with escaped values. */
function fill(template: string, values: Record<string, string | number> = {}): string {
  return escape(template).replace(/\{\{(\w+)\}\}/g, (_m, key: string) => escape(String(values[key] ?? "")));
}

export function renderNotice(lang: string, w: NoticeWords, f: PrivacyFacts): string {
  const p = (text: string) => `<p>${text}</p>`;
  const list = (items: string[]) => `<ul>${items.map((i) => `<li>${i}</li>`).join("")}</ul>`;
  const section = (heading: string, body: string) => `<section><h2>${escape(heading)}</h2>${body}</section>`;
  const readers = [
    fill(w.readers_agents),
    ...(f.volunteers ? [fill(w.readers_volunteers)] : []),
    ...(f.telegram ? [fill(w.readers_telegram)] : []),
    ...(f.slack ? [fill(w.readers_slack)] : []),
    fill(w.readers_nobody),
  ];
  const retention = [
    fill(w.retention_conversation, { days: f.conversationDays }),
    fill(w.retention_case, { days: f.caseDays }),
    ...(f.telegram || f.slack ? [fill(w.retention_inbox)] : []),
    fill(w.retention_ids, { days: f.inboundIdDays }),
    ...(f.volunteers ? [fill(w.retention_questions)] : []),
  ];
  return `<!doctype html>
<html lang="${escape(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(w.title)}</title>
<link rel="stylesheet" href="/privacy/privacy.css">
</head>
<body>
<main>
<h1>${escape(w.title)}</h1>
${p(fill(w.intro, { service: f.serviceName }))}
${section(w.controller_heading, p(fill(w.controller, { service: f.serviceName, address: f.address })) + (f.phone ? p(fill(w.controller_phone, { phone: f.phone })) : "") + p(f.contact ? fill(w.contact, { contact: f.contact }) : fill(w.contact_desk)))}
${section(w.purposes_heading, list(w.purposes.map((x) => fill(x))))}
${section(w.basis_heading, list(w.basis.map((x) => fill(x))))}
${section(w.retention_heading, list(retention))}
${section(w.readers_heading, list(readers))}
${section(w.rights_heading, list([fill(w.rights_access), fill(w.rights_erase), fill(w.rights_other)]))}
${section(w.cnil_heading, p(fill(w.cnil)))}
<p><a href="/">${escape(w.back)}</a></p>
</main>
</body>
</html>
`;
}
