// Renders one transcript message (see docs/api.md, "Message") as a list item. Every text coming from
// the server is set with textContent — never innerHTML — and every URL is checked, so a message can
// never inject markup or a javascript: link.
import { el } from "../shared/dom.js";

const LANGUAGE_NAMES = { fr: "Français", en: "English", ar: "العربية", es: "Español", uk: "Українська", pt: "Português", tr: "Türkçe", ru: "Русский", ro: "Română" };

/** Plain text from the bot or a person: direction follows the text itself (Arabic inside French…). */
function paragraph(text, className) {
  return el("p", { className, dir: "auto" }, text);
}

function safeUrl(url, schemes = ["https:", "http:"]) {
  try {
    const parsed = new URL(String(url), window.location.href);
    return schemes.includes(parsed.protocol) ? parsed.href : null;
  } catch {
    return null;
  }
}

/** tel: URL from a phone number as written ("01 23 45 67 89", "3114", "+33 1 …"). */
function telUrl(number) {
  const digits = String(number).replace(/[^\d+]/g, "");
  return digits ? `tel:${digits}` : null;
}

function externalLink(url, label, t) {
  const href = safeUrl(url);
  if (!href) return el("span", null, label);
  // The space sits inside the hidden text so the underline stops at the visible label.
  return el("a", { className: "external", href, target: "_blank", rel: "noopener noreferrer" }, label, el("span", { className: "visually-hidden" }, ` ${t("link.newTab")}`));
}

/** A block named by its heading (a card, the emergency numbers, the stored data): the heading and the block. */
function titled(tag, className, heading, ctx, prefix) {
  const title = el("h3", { id: ctx.nextId(prefix), dir: "auto" }, heading);
  const box = el(tag, { className, "aria-labelledby": title.id }, title);
  return { box, title };
}

function renderText(reply) {
  return paragraph(reply.text);
}

function renderChoices(reply, ctx) {
  const question = el("p", { id: ctx.nextId("q"), dir: "auto" }, reply.text);
  const buttons = reply.choices.map((choice) => {
    const button = el("button", { className: "choice", type: "button", dir: "auto" }, choice.label);
    button.addEventListener("click", () => ctx.onChoice(choice.payload, choice.label));
    return button;
  });
  return el("div", { className: "choices-block" }, question, el("div", { className: "choices", role: "group", "aria-labelledby": question.id }, ...buttons));
}

function renderLink(reply, ctx) {
  return el("p", { className: "link" }, externalLink(reply.url, reply.label, ctx.t));
}

function renderFigure(figure, t) {
  const item = el("li", { dir: "auto" }, el("span", { className: "figure-label" }, figure.label), " ", el("strong", { className: "figure-value" }, figure.value));
  const notes = [];
  if (figure.asOf) notes.push(el("span", { className: "as-of" }, t("entry.asOf", { date: figure.asOf })));
  if (!figure.confirmed) notes.push(el("em", { className: "unconfirmed" }, t("entry.unconfirmed")));
  if (figure.sourceUrl && safeUrl(figure.sourceUrl)) notes.push(externalLink(figure.sourceUrl, t("entry.source"), t));
  for (const note of notes) item.append(" ", note);
  return item;
}

function renderEntry(reply, ctx) {
  const { t } = ctx;
  const { box: card } = titled("article", "card entry", reply.title, ctx, "entry");
  card.append(paragraph(reply.summary));
  if (reply.fallbackNote) card.append(paragraph(reply.fallbackNote, "note"));
  if (reply.caution) card.append(paragraph(reply.caution, "caution"));
  if (reply.figures && reply.figures.length > 0) {
    card.append(el("h4", null, t("entry.figures")), el("ul", { className: "figures" }, ...reply.figures.map((figure) => renderFigure(figure, t))));
  }
  // Already worded by the core in the resident's language ("Qui décide : le Département…").
  if (reply.decidedBy) card.append(paragraph(reply.decidedBy, "decided-by"));
  if (reply.officialUrl) card.append(el("p", { className: "official" }, externalLink(reply.officialUrl, t("entry.official"), t)));
  return card;
}

function renderPlace(reply, ctx) {
  const { t, lang } = ctx;
  const place = reply.place;
  const { box: card } = titled("article", "card place", place.name, ctx, "place");
  card.append(el("p", { className: "address" }, el("span", { className: "label" }, t("place.address")), " ", el("span", null, place.address)));
  if (typeof place.distanceKm === "number") {
    const km = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(place.distanceKm);
    card.append(el("p", { className: "distance" }, t("place.distance", { km })));
  }

  // Open or closed is said in words ("Ouvert jusqu'à 17:00", from the core), never by colour alone.
  const stateKey = place.openNow === true ? "place.open" : place.openNow === false ? "place.closed" : "place.unknown";
  const openClass = place.openNow === true ? "is-open" : place.openNow === false ? "is-closed" : "is-unknown";
  card.append(el("p", { className: `opening ${openClass}`, dir: "auto" }, el("strong", null, place.status || t(stateKey))));

  if (place.hours && place.hours.length > 0) {
    card.append(el("p", { className: "label" }, t("place.hours")), el("ul", { className: "hours" }, ...place.hours.map((line) => el("li", { dir: "auto" }, line))));
  }
  const actions = el("p", { className: "place-actions" });
  const tel = place.phone ? telUrl(place.phone) : null;
  // Isolated left to right: in an Arabic sentence the digit groups must keep their order.
  if (tel) actions.append(el("a", { className: "button-link", href: tel }, t("place.call", { phone: `\u2066${place.phone}\u2069` })));
  if (place.mapUrl && safeUrl(place.mapUrl)) actions.append(externalLink(place.mapUrl, t("place.map"), t));
  if (actions.childNodes.length > 0) card.append(actions);
  return card;
}

function renderEmergency(reply, ctx) {
  const { box } = titled("section", "emergency", reply.text, ctx, "emergency");
  const numbers = (reply.numbers || []).map((entry) =>
    el(
      "li",
      null,
      el("a", { className: "tel", href: telUrl(entry.number) }, el("span", { className: "number", dir: "ltr" }, entry.number), " ", el("span", { className: "number-label" }, entry.label)),
    ),
  );
  box.append(el("ul", { className: "numbers" }, ...numbers));
  return box;
}

/** What is stored about the resident: readable text, and both versions to download. */
function renderData(reply, ctx) {
  const { box, title } = titled("section", "my-data", reply.title, ctx, "data");
  // It scrolls when long: reachable by keyboard, named by its heading.
  const text = el("pre", { className: "my-data-text", dir: "auto", tabIndex: 0, "aria-labelledby": title.id }, reply.text);
  const download = (content, type, filename, label) => el("a", { href: URL.createObjectURL(new Blob([content], { type })), download: filename }, label);
  const links = el(
    "p",
    { className: "my-data-links" },
    download(reply.text, "text/plain;charset=utf-8", reply.filename.replace(/\.json$/, ".txt"), ctx.t("mydata.text")),
    " · ",
    download(reply.json, "application/json", reply.filename, ctx.t("mydata.json")),
  );
  box.append(text, links);
  return box;
}

const RENDERERS = {
  data: renderData,
  text: renderText,
  choices: renderChoices,
  link: renderLink,
  entry: renderEntry,
  place: renderPlace,
  emergency: renderEmergency,
};

/** Emergency numbers come first, whatever order the replies arrived in. */
function ordered(replies) {
  return [...replies].sort((a, b) => (a.kind === "emergency" ? 0 : 1) - (b.kind === "emergency" ? 0 : 1));
}

function authorLabel(message, t) {
  if (message.direction === "in") return t("author.you");
  if (message.author === "agent") return message.authorName ? t("author.agent", { name: message.authorName }) : t("author.agentUnnamed");
  if (message.author === "volunteer") {
    return message.authorName ? t("author.volunteer", { name: message.authorName }) : t("author.volunteerUnnamed");
  }
  return t("author.bot");
}

/** What the resident's own message shows: their words, or the label of the button they pressed. */
function residentText(message, ctx) {
  if (message.text) return message.text;
  if (message.choiceLabel) return message.choiceLabel;
  const payload = message.payload || "";
  if (payload === "cmd:help") return ctx.t("shortcuts.help");
  if (payload === "cmd:human") return ctx.t("shortcuts.human");
  if (payload.startsWith("lang:")) return LANGUAGE_NAMES[payload.slice(5)] || payload.slice(5);
  return payload;
}

/**
 * @param message a transcript message from the API
 * @param ctx { t, lang, onChoice(payload, label), nextId(prefix) }
 */
export function renderMessage(message, ctx) {
  const item = el("li", { className: "message", "data-seq": message.seq });
  // The page's own request for the welcome is not something the resident wrote: kept (in seq order), not shown.
  if (message.direction === "in" && message.payload === "cmd:start") {
    item.classList.add("page-request");
    item.hidden = true;
    return item;
  }
  const person = message.direction === "out" && (message.author === "agent" || message.author === "volunteer");
  item.classList.add(message.direction === "in" ? "from-resident" : person ? "from-person" : "from-bot");

  // Who is speaking: a visible badge for people (so nobody mistakes a social worker for the software,
  // nor the software for a person), a hidden label for the resident and the bot.
  const who = el("p", { className: person ? "author person-badge" : "author visually-hidden" }, authorLabel(message, ctx.t));
  item.append(who);

  if (message.direction === "in") {
    item.append(paragraph(residentText(message, ctx), "bubble"));
    return item;
  }
  const body = el("div", { className: "bubble" });
  for (const reply of ordered(message.replies || [])) {
    const render = RENDERERS[reply.kind];
    if (render) body.append(render(reply, ctx));
  }
  item.append(body);
  return item;
}
