/**
 * Rendering the core's neutral replies for Telegram, and splitting long ones: checked against the fake
 * Bot API's copy of Telegram's rules (length in UTF-16 units, entity bounds, callback_data size).
 */
import { describe, expect, it } from "vitest";
import type { OutboundReply } from "../../src/core/messages.js";
import { encodeCallbackData } from "../../src/channels/telegram/callback-data.js";
import { renderOutboundMessage } from "../../src/channels/telegram/render-outbound-message.js";
import { splitRichText } from "../../src/channels/telegram/split-rich-text.js";
import { createCommandTable } from "../../src/channels/telegram/telegram-commands.js";
import { loadTelegramStrings } from "../../src/channels/telegram/telegram-strings.js";
import { validateSendMessage } from "./fake-bot-api.js";

const strings = loadTelegramStrings();
const HOSTILE = "<b>gras</b> & <script>alert(1)</script> *étoile* _souligné_ [lien](http://x) `code` \\ 😀👩‍👩‍👧 &amp; &lt;";

function acceptedByTelegram(part: { text: string; entities: unknown[]; keyboard?: unknown }): string | undefined {
  return validateSendMessage({ text: part.text, entities: part.entities, ...(part.keyboard ? { reply_markup: { inline_keyboard: part.keyboard } } : {}) });
}

describe("splitting long messages", () => {
  it("cuts a 10,000-character reply under 4096 UTF-16 units, at sentence ends, losing nothing", () => {
    const sentence = "Le CCAS vous reçoit le mardi matin pour votre dossier. ";
    const text = sentence.repeat(Math.ceil(10_000 / sentence.length)).slice(0, 10_000).trim();
    const parts = splitRichText({ text, entities: [] });
    expect(parts.length).toBe(3);
    for (const part of parts) {
      expect(part.text.length).toBeLessThanOrEqual(4096);
      expect(part.text.endsWith(".") || part === parts.at(-1)).toBe(true);
    }
    expect(parts.map((p) => p.text).join(" ")).toBe(text);
  });

  it("never splits an emoji in two, even without any space to cut at", () => {
    const text = "😀".repeat(3000); // 6000 UTF-16 units, no boundary at all
    const parts = splitRichText({ text, entities: [] });
    expect(parts.length).toBe(2);
    for (const part of parts) expect(acceptedByTelegram({ text: part.text, entities: [] })).toBeUndefined();
    expect(parts.map((p) => p.text).join("")).toBe(text);
  });

  it("clips entities to each part and keeps their offsets in UTF-16 units", () => {
    const text = `😀 ${"a".repeat(4000)} ${"b".repeat(200)}`;
    const bold = { type: "bold" as const, offset: 3, length: text.length - 3 };
    const parts = splitRichText({ text, entities: [bold] });
    expect(parts).toHaveLength(2);
    expect(parts[0]?.entities).toEqual([{ type: "bold", offset: 3, length: 4000 }]);
    expect(parts[1]?.entities).toEqual([{ type: "bold", offset: 0, length: 200 }]);
    for (const part of parts) expect(acceptedByTelegram(part)).toBeUndefined();
  });
});

describe("rendering replies", () => {
  it("sends hostile text verbatim, as plain text with entities, which Telegram accepts", () => {
    const parts = renderOutboundMessage({ author: "agent", authorName: "Inès <admin>", replies: [{ kind: "text", text: HOSTILE }] }, "fr", strings);
    expect(parts).toHaveLength(1);
    const part = parts[0]!;
    expect(part.text).toContain(HOSTILE);
    expect(part.text.startsWith("👤 Inès <admin>, du CCAS")).toBe(true);
    expect(part.entities).toEqual([{ type: "bold", offset: 3, length: "Inès <admin>, du CCAS".length }]);
    expect(acceptedByTelegram(part)).toBeUndefined();
    // The same text in HTML or MarkdownV2 without escaping is what Telegram would refuse.
    expect(validateSendMessage({ text: part.text, parse_mode: "HTML" })).toMatch(/can't parse entities/);
    expect(validateSendMessage({ text: part.text, parse_mode: "MarkdownV2" })).toMatch(/can't parse entities/);
  });

  it("renders an entry card, places with a map link, choices and links as inline keyboards", () => {
    const replies: OutboundReply[] = [
      { kind: "emergency", text: "En danger ? Appelez maintenant.", numbers: [{ number: "3114", label: "prévention du suicide" }] },
      {
        kind: "entry",
        entryId: "rsa",
        title: "RSA",
        summary: "Un revenu minimum.",
        figures: [{ label: "Personne seule", value: "651,69 €", asOf: "depuis le 1er avril 2026", confirmed: false, sourceUrl: "https://www.service-public.fr/x" }],
        decidedBy: "Qui décide : la CAF",
        officialUrl: "https://www.service-public.fr/particuliers/vosdroits/N19775",
        caution: "Montant indicatif.",
      },
      {
        kind: "place",
        place: { name: "CCAS", address: "1 place de la Mairie", phone: "01 23 45 67 89", openNow: true, status: "Ouvert jusqu'à 12:00", hours: ["lun.–ven. 08:30–12:00"], mapUrl: "https://www.openstreetmap.org/?mlat=1&mlon=2", distanceKm: 0.42 },
      },
      { kind: "link", label: "Faire la demande", url: "https://www.caf.fr/" },
      { kind: "choices", text: "Et maintenant ?", choices: [{ label: "Parler à quelqu'un", payload: "talk:rsa" }, { label: "Autre", payload: "other" }] },
    ];
    const [part, ...rest] = renderOutboundMessage({ author: "bot", replies }, "fr", strings);
    expect(rest).toHaveLength(0);
    expect(part!.text.indexOf("3114")).toBeLessThan(part!.text.indexOf("RSA"));
    expect(part!.text).toContain("🟢 Ouvert jusqu'à 12:00");
    expect(part!.text).toContain("(à 0,4 km)");
    expect(part!.entities).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: "text_link", url: "https://www.service-public.fr/particuliers/vosdroits/N19775" }),
        expect.objectContaining({ type: "text_link", url: "https://www.openstreetmap.org/?mlat=1&mlon=2" }),
      ]),
    );
    expect(part!.keyboard).toEqual([
      [{ text: "🔗 Faire la demande", url: "https://www.caf.fr/" }],
      [{ text: "Parler à quelqu'un", callback_data: "talk:rsa" }],
      [{ text: "Autre", callback_data: "other" }],
    ]);
    expect(acceptedByTelegram(part!)).toBeUndefined();
  });

  it("puts the keyboard on the last part of a long message", () => {
    const long = "Une phrase assez longue pour remplir le message. ".repeat(120);
    const parts = renderOutboundMessage({ author: "bot", replies: [{ kind: "choices", text: long, choices: [{ label: "Oui", payload: "yes" }] }] }, "fr", strings);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.slice(0, -1).every((p) => p.keyboard === undefined)).toBe(true);
    expect(parts.at(-1)?.keyboard).toEqual([[{ text: "Oui", callback_data: "yes" }]]);
  });

  it("keeps callback_data within 64 bytes for long payloads", () => {
    const payload = `entry:${"très-long-identifiant-".repeat(5)}`;
    const data = encodeCallbackData(payload);
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
    expect(data.startsWith("#")).toBe(true);
    expect(encodeCallbackData("consent:yes")).toBe("consent:yes");
  });
});

describe("commands", () => {
  const commands = createCommandTable(strings, "accueil_test_bot");
  it("maps the commands of every language to the core's payloads", () => {
    expect(commands.payloadFor("/start")).toBe("cmd:start");
    expect(commands.payloadFor("/aide")).toBe("cmd:help");
    expect(commands.payloadFor("/help")).toBe("cmd:help");
    expect(commands.payloadFor("/ayuda")).toBe("cmd:help");
    expect(commands.payloadFor("/langue")).toBe("cmd:language");
    expect(commands.payloadFor("/humain")).toBe("cmd:human");
    expect(commands.payloadFor("/OUBLI@accueil_test_bot")).toBe("cmd:forget");
    expect(commands.payloadFor("/start campagne-affiche")).toBe("cmd:start");
    expect(commands.payloadFor("/oubli@un_autre_bot")).toBeUndefined();
    expect(commands.payloadFor("/inconnue")).toBeUndefined();
    expect(commands.payloadFor("aide")).toBeUndefined();
  });

  it("offers a menu per language, with descriptions in that language", () => {
    const menus = commands.menus();
    expect(menus.map((m) => m.languageCode)).toEqual([undefined, "fr", "en", "ar", "es", "uk", "pt", "tr", "ru", "ro"]);
    expect(menus[0]?.commands.map((c) => c.command)).toEqual(["start", "aide", "langue", "humain", "oubli", "mesdonnees"]);
    const arabic = menus.find((m) => m.languageCode === "ar");
    expect(arabic?.commands.every((c) => /^[a-z_]+$/.test(c.command))).toBe(true);
    expect(arabic?.commands[1]?.description).toMatch(/[\u0600-\u06FF]/);
  });
});
