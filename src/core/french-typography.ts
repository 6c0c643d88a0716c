/**
 * French typography in what the bot says in French: a narrow no-break space (U+202F) before ? ! ; and
 * inside « », a no-break space (U+00A0) before : and between an amount and its unit ("651,69 €",
 * "55 %"). A question mark never starts a line on its own on a phone's narrow screen.
 *
 * Applied once, to the whole French answer, just before it is stored and sent (handle-inbound.ts): the
 * locale files and the catalogue keep ordinary spaces and stay easy to edit.
 */
import type { OutboundReply } from "./messages.js";

const NARROW_NBSP = "\u202f";
const NBSP = "\u00a0";

export function frenchTypography(text: string): string {
  return (
    text
      // A space (ordinary or no-break) before ? ! ; becomes a narrow no-break space.
      .replace(/[ \u00a0\u202f]+([?!;])/g, `${NARROW_NBSP}$1`)
      // Before a colon: a no-break space — but never inside a URL or a time ("https://", "08:30").
      .replace(/[ \u202f]+:(?=\s|$)/g, `${NBSP}:`)
      .replace(/«[ \u00a0]*/g, `«${NARROW_NBSP}`)
      .replace(/[ \u00a0]*»/g, `${NARROW_NBSP}»`)
      // An amount and its unit stay together.
      .replace(/(\d) (€|%)/g, `$1${NBSP}$2`)
  );
}

/** The same, for every text a reply shows (URLs, numbers and payloads are left alone). */
export function frenchTypographyReply(reply: OutboundReply): OutboundReply {
  const f = frenchTypography;
  switch (reply.kind) {
    case "text":
      return { ...reply, text: f(reply.text) };
    case "choices":
      return { ...reply, text: f(reply.text), choices: reply.choices.map((c) => ({ ...c, label: f(c.label) })) };
    case "link":
      return { ...reply, label: f(reply.label) };
    case "entry":
      return {
        ...reply,
        title: f(reply.title),
        summary: f(reply.summary),
        decidedBy: f(reply.decidedBy),
        figures: reply.figures.map((figure) => ({ ...figure, label: f(figure.label), value: f(figure.value), asOf: f(figure.asOf) })),
        ...(reply.fallbackNote !== undefined ? { fallbackNote: f(reply.fallbackNote) } : {}),
        ...(reply.caution !== undefined ? { caution: f(reply.caution) } : {}),
      };
    case "emergency":
      return { ...reply, text: f(reply.text), numbers: reply.numbers.map((n) => ({ ...n, label: f(n.label) })) };
    default:
      // Places (addresses, hours) and the resident's own data are shown as they are.
      return reply;
  }
}
