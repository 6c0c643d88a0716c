// The resident widget: a plain ES module, no framework and no build step, so it loads fast on a cheap
// phone and anyone at the CCAS can read it. Flow: start (or resume) the session, show the transcript,
// then follow new messages through Server-Sent Events.
//
// A message can reach the page three ways: the transcript read when the page opens, the answer to the
// message the resident sent (it carries the turn's messages), and the push stream (which brings them
// again, and everything written by others: an agent's answer). Each is shown once, keyed by its seq;
// the page reads the transcript again only for what it has not seen (see `showAnswer`).
import { ApiError, errorText as describeError } from "../shared/api.js";
import { el } from "../shared/dom.js";
import { applyStrings, loadStrings, preferredLanguage, rememberLanguage, savedLanguage } from "../shared/i18n.js";
import { eraseSession, getDesk, getInfo, listMessages, sendMessage, startSession } from "./resident-api.js";
import { renderMessage } from "./render-message.js";

const LANGUAGE_KEY = "accueil.lang";
const $ = (id) => document.getElementById(id);
const ui = {
  title: $("page-title"),
  language: $("language-select"),
  clearButton: $("clear-button"),
  dialog: $("clear-dialog"),
  clearCancel: $("clear-cancel"),
  clearConfirm: $("clear-confirm"),
  noticeKept: $("notice-kept"),
  noticeContact: $("notice-contact"),
  deskLine: $("desk-line"),
  noticeHours: $("notice-hours"),
  noticeHoursList: $("notice-hours-list"),
  menu: $("menu"),
  transcript: $("transcript"),
  messages: $("messages"),
  status: $("status"),
  error: $("error"),
  form: $("composer"),
  input: $("message-input"),
};

const state = {
  translator: null,
  info: null,
  desk: null,
  /** Every message on the page, by seq (to show them again in another language). */
  shown: new Map(),
  /** Every seq from 1 to this one is on the page: the catch-up and the push stream resume after it. */
  seenUpTo: 0,
  source: null,
  idCounter: 0,
  sessionReady: null,
};

const t = (key, values) => (state.translator ? state.translator.t(key, values) : key);
const errorText = (error) => describeError(t, error);

// ---- Language -------------------------------------------------------------------------------------

/** The languages the page offers: the server's list, else the selector's own. */
function languages() {
  const offered = [...ui.language.options].map((option) => option.value);
  const served = state.info?.languages;
  return Array.isArray(served) ? served.filter((lng) => offered.includes(lng)) : offered;
}

const chosenLanguage = () => savedLanguage(LANGUAGE_KEY, languages());

async function setLanguage(lng) {
  [state.translator, state.desk] = await Promise.all([
    loadStrings(`/api/v1/locales/${encodeURIComponent(lng)}/widget`, lng),
    // Open now or not, and the weekly hours, worded by the server in this language; optional.
    getDesk(lng).catch(() => null),
  ]);
  document.documentElement.lang = state.translator.lng;
  document.documentElement.dir = state.translator.dir;
  ui.language.value = state.translator.lng;
  applyStrings(document, t);
  renderNotice();
  const service = state.info?.notice?.serviceName;
  const title = service ? t("titleWithService", { service }) : t("title");
  ui.title.textContent = title;
  document.title = title;
  ui.input.placeholder = t("composer.placeholder");
}

/**
 * The interface follows the language the bot detected in what the resident wrote (Arabic turns the page
 * right to left at once), unless the resident chose one in the menu — which stays there to go back.
 */
async function followConversationLanguage(locale) {
  if (!locale || chosenLanguage() || locale === state.translator?.lng) return;
  if (!languages().includes(locale)) return;
  await setLanguage(locale);
  rerenderTranscript();
  setStatus(t("language.followed"));
}

/** Shows the messages again with the page's new language (card headings, labels, buttons' hints). */
function rerenderTranscript() {
  ui.transcript.setAttribute("aria-busy", "true");
  // In the order the page shows them, from what it holds: nothing is read again from the server.
  const messages = [...ui.messages.children].map((li) => state.shown.get(Number(li.dataset.seq))).filter(Boolean);
  ui.messages.replaceChildren(...messages.map((message) => renderMessage(message, renderContext())));
  ui.transcript.removeAttribute("aria-busy");
}

function renderNotice() {
  const notice = state.info?.notice || {};
  // The desk's phone, one tap away in the header: a phone symbol on screen, the words for screen readers.
  ui.deskLine.replaceChildren();
  if (notice.deskPhone) {
    ui.deskLine.append(
      el("span", { className: "icon", "aria-hidden": "true" }, "☎"),
      el("span", { className: "visually-hidden" }, `${t("desk.phone")} `),
      telLink(notice.deskPhone),
    );
  }
  if (state.desk?.status) {
    if (ui.deskLine.childNodes.length > 0) ui.deskLine.append(" ");
    ui.deskLine.append(el("span", { className: "desk-status", dir: "auto" }, state.desk.status));
  }
  ui.noticeHoursList.replaceChildren(...(state.desk?.hours || []).map((line) => el("li", { dir: "auto" }, line)));
  ui.noticeHours.hidden = ui.noticeHoursList.childNodes.length === 0;
  ui.deskLine.hidden = ui.deskLine.childNodes.length === 0;
  ui.noticeKept.textContent = t("notice.kept", { days: notice.retentionDays ?? 30 });
  ui.noticeContact.replaceChildren();
  if (notice.deskPhone) ui.noticeContact.append(t("notice.deskPhone"), " ", telLink(notice.deskPhone));
  if (notice.deskAddress) {
    if (ui.noticeContact.childNodes.length > 0) ui.noticeContact.append(el("br"));
    ui.noticeContact.append(t("notice.deskAddress"), " ", notice.deskAddress);
  }
  ui.noticeContact.hidden = ui.noticeContact.childNodes.length === 0;
}

function telLink(number) {
  // Digits read left to right in every language: in an Arabic page "01 99…" must not come out reversed.
  return el("a", { href: `tel:${String(number).replace(/[^\d+]/g, "")}`, className: "tel-number", dir: "ltr" }, number);
}

// ---- Transcript -----------------------------------------------------------------------------------

function renderContext() {
  return {
    t,
    lang: state.translator?.lng || "fr",
    onChoice: (payload) => send({ payload }),
    nextId: (prefix) => `${prefix}-${(state.idCounter += 1)}`,
  };
}

/** Shows a message unless the page already has it, whichever way it came (history, answer or push). */
function show(message) {
  if (!message || typeof message.seq !== "number" || state.shown.has(message.seq)) return;
  state.shown.set(message.seq, message);
  while (state.shown.has(state.seenUpTo + 1)) state.seenUpTo += 1;
  const item = renderMessage(message, renderContext());
  // Keep seq order whichever way messages arrive (a push can overtake an answer, or follow it); a
  // message outside the transcript (negative seq: an emergency answer given while the store was down)
  // goes last.
  const later = message.seq < 0 ? undefined : [...ui.messages.children].find((li) => Number(li.dataset.seq) > message.seq);
  ui.messages.insertBefore(item, later || null);
  if (!later) reveal(item);
}

/**
 * The transcript is the one scrolling region; the message field stays at the bottom of the screen. Show
 * the newest message, but never scroll past the start of a long reply (an entry card taller than the
 * screen is read from its title).
 */
function reveal(item) {
  const box = ui.transcript;
  const top = item.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
  const bottom = box.scrollHeight - box.clientHeight;
  box.scrollTop = Math.max(0, Math.min(bottom, top - 8));
}

/** Reads what the page has not seen yet: the messages after the last seq it holds without a gap. */
async function catchUp() {
  const { messages } = await listMessages(state.seenUpTo);
  for (const message of messages) show(message);
}

/**
 * Shows the answer to a message sent: the turn's messages at once. Only if something before them is
 * still missing (an answer to a retried message carries none; a message written by someone else that
 * the push stream has not brought yet) is the transcript read, after the last seq the page holds.
 */
async function showAnswer(result) {
  for (const message of result?.messages || []) show(message);
  if (result && result.conversationSeq > state.seenUpTo) await catchUp();
}

function follow() {
  state.source?.close();
  // On a reconnection EventSource sends the last id it saw, which wins over `after`: what the stream
  // sends again (messages the page already showed from an answer) is skipped by show().
  const source = new EventSource(`/api/v1/events?after=${state.seenUpTo}`);
  state.source = source;
  let lost = false;
  // A replaced stream (after erasure, after a restart) must not act any more.
  const current = () => state.source === source;
  source.addEventListener("message", (event) => {
    if (current()) show(JSON.parse(event.data));
  });
  source.addEventListener("open", () => {
    if (lost && current()) setStatus(t("status.online"));
    lost = false;
  });
  source.addEventListener("error", () => {
    if (!current()) return;
    if (source.readyState === EventSource.CLOSED) {
      // The server refused the stream (session expired or erased, server starting): open the session
      // again in a moment — the same conversation if it is still there, with only what is new.
      setTimeout(() => restart().catch(() => setStatus(t("status.offline"))), 3000);
    } else if (!lost) {
      lost = true;
      setStatus(t("status.offline"));
    }
  });
}

function stopFollowing() {
  state.source?.close();
  state.source = null;
}

function clearTranscript() {
  stopFollowing();
  state.shown.clear();
  state.seenUpTo = 0;
  ui.messages.replaceChildren();
}

async function restart() {
  stopFollowing();
  await openSession();
}

async function openSession() {
  const ready = (async () => {
    const session = await startSession();
    // A new conversation (the first visit, or the previous one erased or expired) starts on an empty
    // page; a resumed one keeps what the page shows and reads only what came after it.
    if (session.created) clearTranscript();
    if (!chosenLanguage() && session.locale && session.locale !== state.translator?.lng && languages().includes(session.locale)) {
      await setLanguage(session.locale);
      rerenderTranscript();
    }
    await catchUp();
    // A new conversation opens with the bot's own welcome (the main themes, a person), in the transcript.
    if (state.seenUpTo === 0) await greet();
    follow();
  })();
  state.sessionReady = ready;
  return ready;
}

async function greet() {
  try {
    await showAnswer(await sendMessage({ payload: "cmd:start", locale: state.translator?.lng || "fr" }));
  } catch (error) {
    // Without a welcome the page still works: the field is there and the bot answers any question.
    setError(errorText(error));
  }
}

// ---- Sending --------------------------------------------------------------------------------------

function setStatus(text) {
  ui.status.textContent = text;
}

function setError(text) {
  ui.error.textContent = text;
}

async function send(message) {
  setError("");
  setStatus(t("composer.sending"));
  try {
    await state.sessionReady;
    const result = await sendMessage({ ...message, locale: state.translator?.lng || "fr" });
    setStatus("");
    if (result && result.degraded) {
      // The server could not store anything, but a crisis is still answered: show its numbers now,
      // outside the transcript (a negative seq never collides with stored messages).
      show({ seq: -Date.now(), direction: "out", author: "bot", createdAt: new Date().toISOString(), replies: result.replies });
      return true;
    }
    await showAnswer(result);
    await followConversationLanguage(result && result.locale);
    return true;
  } catch (error) {
    setStatus("");
    if (error instanceof ApiError && error.code === "session_required") {
      setError(t("errors.session_required"));
      await restart();
      return false;
    }
    setError(errorText(error));
    return false;
  } finally {
    // Focus stays in the message field after sending, by keyboard, by button or by a choice.
    ui.input.focus();
  }
}

ui.form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const text = ui.input.value.trim();
  if (!text) {
    setError(t("errors.empty_message"));
    ui.input.focus();
    return;
  }
  ui.input.value = "";
  const ok = await send({ text });
  // Nothing is lost: on failure the resident's words come back into the field.
  if (!ok && !ui.input.value) ui.input.value = text;
});

for (const button of document.querySelectorAll("[data-payload]")) {
  button.addEventListener("click", () => {
    ui.menu.open = false;
    send({ payload: button.getAttribute("data-payload") });
  });
}

// ---- Language selector and erasure ----------------------------------------------------------------

ui.language.addEventListener("change", async () => {
  const lng = ui.language.value;
  rememberLanguage(LANGUAGE_KEY, lng);
  await setLanguage(lng);
  // Tell the bot too, so its answers switch language with the page.
  await send({ payload: `lang:${lng}` });
  ui.language.focus();
});

ui.clearButton.addEventListener("click", () => ui.dialog.showModal());
// The menu closes with Escape, giving the focus back to its button.
ui.menu.addEventListener("keydown", (event) => {
  if (event.key !== "Escape" || !ui.menu.open || ui.dialog.open) return;
  ui.menu.open = false;
  ui.menu.querySelector("summary").focus();
});
ui.clearCancel.addEventListener("click", () => ui.dialog.close("cancel"));
ui.dialog.addEventListener("close", () => {
  if (ui.dialog.returnValue !== "erased") ui.clearButton.focus();
});
ui.clearConfirm.addEventListener("click", async () => {
  setError("");
  // Stop following first: the server ends this conversation's stream when it erases it.
  stopFollowing();
  try {
    await eraseSession();
  } catch (error) {
    // Already gone (expired): the goal — nothing kept — is reached all the same.
    if (!(error instanceof ApiError && error.status === 401)) {
      ui.dialog.close("cancel");
      setError(errorText(error));
      follow();
      return;
    }
  }
  ui.dialog.close("erased");
  ui.menu.open = false;
  // Nothing of the erased conversation stays on the page, even before the new one is open.
  clearTranscript();
  await restart();
  setStatus(t("clear.done"));
  ui.input.focus();
});

// ---- Start ----------------------------------------------------------------------------------------

async function start() {
  state.info = await getInfo().catch(() => null);
  await setLanguage(preferredLanguage(languages(), LANGUAGE_KEY));
  await openSession();
  document.body.classList.add("ready");
}

start().catch((error) => {
  setError(errorText(error));
});
