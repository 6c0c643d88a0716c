// Renders one transcript message (see docs/api.md, "Message") as a list item. Every text coming from
// the server is set with textContent — never innerHTML — and every URL is checked, so a message can
// never inject markup or a javascript: link.

const LANGUAGE_NAMES = { fr: "Français", en: "English", ar: "العربية", es: "Español", uk: "Українська", pt: "Português", tr: "Türkçe", ru: "Русский", ro: "Română" };

function el(tag, className, text) {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text !== undefined && text !== null) element.textContent = String(text);
  return element;
}

/** Plain text from the bot or a person: direction follows the text itself (Arabic inside French…). */
function paragraph(text, className) {
  const p = el("p", className, text);
  p.dir = "auto";
  return p;
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
  const a = el("a", "external", label);
  a.href = href;
  a.target = "_blank";
  a.rel = "noopener noreferrer";
  // The space sits inside the hidden text so the underline stops at the visible label.
  a.append(el("span", "visually-hidden", ` ${t("link.newTab")}`));
  return a;
}

function renderText(reply) {
  return paragraph(reply.text);
}

function renderChoices(reply, ctx) {
  const wrapper = el("div", "choices-block");
  const question = paragraph(reply.text);
  question.id = ctx.nextId("q");
  wrapper.append(question);
  const group = el("div", "choices");
  group.setAttribute("role", "group");
  group.setAttribute("aria-labelledby", question.id);
  for (const choice of reply.choices) {
    const button = el("button", "choice", choice.label);
    button.type = "button";
    button.dir = "auto";
    button.addEventListener("click", () => ctx.onChoice(choice.payload, choice.label));
    group.append(button);
  }
  wrapper.append(group);
  return wrapper;
}

function renderLink(reply, ctx) {
  const p = el("p", "link");
  p.append(externalLink(reply.url, reply.label, ctx.t));
  return p;
}

function renderEntry(reply, ctx) {
  const { t } = ctx;
  const card = el("article", "card entry");
  const title = el("h3", null, reply.title);
  title.id = ctx.nextId("entry");
  title.dir = "auto";
  card.setAttribute("aria-labelledby", title.id);
  card.append(title, paragraph(reply.summary));
  if (reply.fallbackNote) card.append(paragraph(reply.fallbackNote, "note"));
  if (reply.caution) card.append(paragraph(reply.caution, "caution"));
  if (reply.figures && reply.figures.length > 0) {
    const heading = el("h4", null, t("entry.figures"));
    const list = el("ul", "figures");
    for (const figure of reply.figures) {
      const item = el("li");
      item.dir = "auto";
      item.append(el("span", "figure-label", figure.label), " ", el("strong", "figure-value", figure.value));
      if (figure.asOf) item.append(" ", el("span", "as-of", t("entry.asOf", { date: figure.asOf })));
      if (!figure.confirmed) item.append(" ", el("em", "unconfirmed", t("entry.unconfirmed")));
      if (figure.sourceUrl && safeUrl(figure.sourceUrl)) {
        item.append(" ", externalLink(figure.sourceUrl, t("entry.source"), t));
      }
      list.append(item);
    }
    card.append(heading, list);
  }
  // Already worded by the core in the resident's language ("Qui décide : le Département…").
  if (reply.decidedBy) card.append(paragraph(reply.decidedBy, "decided-by"));
  if (reply.officialUrl) {
    const p = el("p", "official");
    p.append(externalLink(reply.officialUrl, t("entry.official"), t));
    card.append(p);
  }
  return card;
}

function renderPlace(reply, ctx) {
  const { t, lang } = ctx;
  const place = reply.place;
  const card = el("article", "card place");
  const title = el("h3", null, place.name);
  title.id = ctx.nextId("place");
  title.dir = "auto";
  card.setAttribute("aria-labelledby", title.id);
  card.append(title);

  const address = el("p", "address");
  address.append(el("span", "label", t("place.address")), " ", el("span", null, place.address));
  card.append(address);
  if (typeof place.distanceKm === "number") {
    const km = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(place.distanceKm);
    card.append(el("p", "distance", t("place.distance", { km })));
  }

  // Open or closed is said in words ("Ouvert jusqu'à 17:00", from the core), never by colour alone.
  const stateKey = place.openNow === true ? "place.open" : place.openNow === false ? "place.closed" : "place.unknown";
  const status = el("p", `opening ${place.openNow === true ? "is-open" : place.openNow === false ? "is-closed" : "is-unknown"}`);
  status.append(el("strong", null, place.status || t(stateKey)));
  status.dir = "auto";
  card.append(status);

  if (place.hours && place.hours.length > 0) {
    card.append(el("p", "label", t("place.hours")));
    const hours = el("ul", "hours");
    for (const line of place.hours) {
      const li = el("li", null, line);
      li.dir = "auto";
      hours.append(li);
    }
    card.append(hours);
  }
  const actions = el("p", "place-actions");
  const tel = place.phone ? telUrl(place.phone) : null;
  if (tel) {
    // Isolated left to right: in an Arabic sentence the digit groups must keep their order.
    const a = el("a", "button-link", t("place.call", { phone: `\u2066${place.phone}\u2069` }));
    a.href = tel;
    actions.append(a);
  }
  if (place.mapUrl && safeUrl(place.mapUrl)) actions.append(externalLink(place.mapUrl, t("place.map"), t));
  if (actions.childNodes.length > 0) card.append(actions);
  return card;
}

function renderEmergency(reply, ctx) {
  const box = el("section", "emergency");
  const title = el("h3", null, reply.text);
  title.id = ctx.nextId("emergency");
  title.dir = "auto";
  box.setAttribute("aria-labelledby", title.id);
  box.append(title);
  const list = el("ul", "numbers");
  for (const entry of reply.numbers || []) {
    const li = el("li");
    const tel = telUrl(entry.number);
    const a = el("a", "tel");
    if (tel) a.href = tel;
    const number = el("span", "number", entry.number);
    number.dir = "ltr";
    a.append(number, " ", el("span", "number-label", entry.label));
    li.append(a);
    list.append(li);
  }
  box.append(list);
  return box;
}

/** What is stored about the resident: readable text, and both versions to download. */
function renderData(reply, ctx) {
  const box = el("section", "my-data");
  const title = el("h3", null, reply.title);
  title.id = ctx.nextId("data");
  box.setAttribute("aria-labelledby", title.id);
  const text = el("pre", "my-data-text", reply.text);
  text.dir = "auto";
  // It scrolls when long: reachable by keyboard, named by its heading.
  text.tabIndex = 0;
  text.setAttribute("aria-labelledby", title.id);
  const links = el("p", "my-data-links");
  const download = (content, type, filename, label) => {
    const a = el("a", null, label);
    a.href = URL.createObjectURL(new Blob([content], { type }));
    a.download = filename;
    return a;
  };
  links.append(
    download(reply.text, "text/plain;charset=utf-8", reply.filename.replace(/\.json$/, ".txt"), ctx.t("mydata.text")),
    " · ",
    download(reply.json, "application/json", reply.filename, ctx.t("mydata.json")),
  );
  box.append(title, text, links);
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
  const item = el("li", "message");
  item.dataset.seq = String(message.seq);
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
  const who = el("p", person ? "author person-badge" : "author visually-hidden", authorLabel(message, ctx.t));
  item.append(who);

  if (message.direction === "in") {
    item.append(paragraph(residentText(message, ctx), "bubble"));
    return item;
  }
  const body = el("div", "bubble");
  for (const reply of ordered(message.replies || [])) {
    const render = RENDERERS[reply.kind];
    if (render) body.append(render(reply, ctx));
  }
  item.append(body);
  return item;
}
