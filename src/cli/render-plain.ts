/** Renders the core's replies as plain terminal text; choices are numbered so a number presses one. */
import type { Choice, OutboundReply } from "../core/messages.js";

export function renderPlain(replies: readonly OutboundReply[]): { text: string; choices: Choice[] } {
  const lines: string[] = [];
  const choices: Choice[] = [];
  for (const reply of replies) {
    switch (reply.kind) {
      case "text":
        lines.push(reply.text);
        break;
      case "choices":
        lines.push(reply.text);
        for (const choice of reply.choices) {
          choices.push(choice);
          lines.push(`  [${choices.length}] ${choice.label}`);
        }
        break;
      case "link":
        lines.push(`${reply.label} : ${reply.url}`);
        break;
      case "entry":
        lines.push(`== ${reply.title} ==`, reply.summary);
        for (const f of reply.figures) lines.push(`  • ${f.label} : ${f.value} (${f.asOf})${f.confirmed ? "" : " *"}`);
        lines.push(reply.decidedBy, reply.officialUrl);
        if (reply.fallbackNote) lines.push(reply.fallbackNote);
        if (reply.caution) lines.push(`* ${reply.caution}`);
        break;
      case "place": {
        const p = reply.place;
        lines.push(`📍 ${p.name} — ${p.address}`, `   ${p.status}`);
        for (const h of p.hours) lines.push(`   ${h}`);
        if (p.phone) lines.push(`   ☎ ${p.phone}`);
        lines.push(`   ${p.mapUrl}`);
        break;
      }
      case "data":
        lines.push(reply.text, "", reply.json);
        break;
      case "emergency":
        lines.push(`!!! ${reply.text}`);
        for (const n of reply.numbers) lines.push(`  ☎ ${n.number} — ${n.label}`);
        break;
    }
  }
  return { text: lines.join("\n"), choices };
}
