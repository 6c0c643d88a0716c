// The resident widget: a plain ES module, no framework and no build step, so it loads fast on a cheap
// phone and anyone at the CCAS can read it. Flow: start (or resume) the session, show the transcript,
// then follow new messages through Server-Sent Events. Messages are rendered once each, keyed by seq,
// whichever way they arrive (history, push, or the catch-up after sending).
import { ApiError, eraseSession, getDesk, getInfo, listMessages, sendMessage, startSession } from "./api.js";
import { applyStaticStrings, initialLanguage, loadTranslator, rememberLanguage } from "./i18n.js";
import { renderMessage } from "./render-message.js";

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
  rendered: new Set(),
  lastSeq: 0,
  source: null,
  idCounter: 0,
  sessionReady: null,
};

const t = (key, values) => (state.translator ? state.translator.t(key, values) : key);

// ---- Language -------------------------------------------------------------------------------------

async function setLanguage(lng) {
  [state.translator, state.desk] = await Promise.all([
    loadTranslator(lng),
    // Open now or not, and the weekly hours, worded by the server in this language; optional.
    getDesk(lng).catch(() => null),
  ]);
  document.documentElement.lang = lng;
  document.documentElement.dir = state.translator.dir;
  ui.language.value = lng;
  applyStaticStrings(document, t);
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
  if (!locale || localStorageLanguage() || locale === state.translator?.lng) return;
  if (!ui.language.querySelector(`option[value="${locale}"]`)) return;
  await setLanguage(locale);
  await rerenderTranscript();
  setStatus(t("language.followed"));
}

/** Shows the messages again with the page's new language (card headings, labels, buttons' hints). */
async function rerenderTranscript() {
  const { messages } = await listMessages(0);
  const log = document.getElementById("transcript");
  log?.setAttribute("aria-busy", "true");
  state.rendered.clear();
  ui.messages.replaceChildren();
  for (const message of messages) show(message);
  log?.removeAttribute("aria-busy");
}

function renderNotice() {
  const notice = state.info?.notice || {};
  // The desk's phone, one tap away in the header.
  ui.deskLine.replaceChildren();
  if (notice.deskPhone) {
    // A phone symbol on screen, the words for screen readers.
    const icon = document.createElement("span");
    icon.className = "icon";
    icon.setAttribute("aria-hidden", "true");
    icon.textContent = "☎";
    const label = document.createElement("span");
    label.className = "visually-hidden";
    label.textContent = `${t("desk.phone")} `;
    ui.deskLine.append(icon, label, telLink(notice.deskPhone));
  }
  if (state.desk?.status) {
    const status = document.createElement("span");
    status.className = "desk-status";
    status.textContent = state.desk.status;
    status.dir = "auto";
    if (ui.deskLine.childNodes.length > 0) ui.deskLine.append(" ");
    ui.deskLine.append(status);
  }
  ui.noticeHoursList.replaceChildren();
  for (const line of state.desk?.hours || []) {
    const li = document.createElement("li");
    li.textContent = line;
    li.dir = "auto";
    ui.noticeHoursList.append(li);
  }
  ui.noticeHours.hidden = ui.noticeHoursList.childNodes.length === 0;
  ui.deskLine.hidden = ui.deskLine.childNodes.length === 0;
  ui.noticeKept.textContent = t("notice.kept", { days: notice.retentionDays ?? 30 });
  ui.noticeContact.replaceChildren();
  if (notice.deskPhone) ui.noticeContact.append(t("notice.deskPhone"), " ", telLink(notice.deskPhone));
  if (notice.deskAddress) {
    if (ui.noticeContact.childNodes.length > 0) ui.noticeContact.append(document.createElement("br"));
    ui.noticeContact.append(t("notice.deskAddress"), " ", notice.deskAddress);
  }
  ui.noticeContact.hidden = ui.noticeContact.childNodes.length === 0;
}

function telLink(number) {
  const phone = document.createElement("a");
  phone.href = `tel:${String(number).replace(/[^\d+]/g, "")}`;
  phone.textContent = number;
  phone.className = "tel-number";
  // Digits read left to right in every language: in an Arabic page "01 99…" must not come out reversed.
  phone.dir = "ltr";
  return phone;
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

function show(message) {
  if (state.rendered.has(message.seq)) return;
  state.rendered.add(message.seq);
  state.lastSeq = Math.max(state.lastSeq, message.seq);
  const item = renderMessage(message, renderContext());
  // Keep seq order even if a catch-up and a push interleave; a message outside the transcript (negative
  // seq: an emergency answer given while the store was down) goes last.
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

async function catchUp() {
  const { messages } = await listMessages(state.lastSeq);
  for (const message of messages) show(message);
}

function follow() {
  state.source?.close();
  const source = new EventSource(`/api/v1/events?after=${state.lastSeq}`);
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
      // The server refused the stream (session expired or erased): start again in a moment.
      setTimeout(() => restart().catch(() => setStatus(t("status.offline"))), 3000);
    } else if (!lost) {
      lost = true;
      setStatus(t("status.offline"));
    }
  });
}

function clearTranscript() {
  state.source?.close();
  state.source = null;
  state.rendered.clear();
  state.lastSeq = 0;
  ui.messages.replaceChildren();
}

async function restart() {
  clearTranscript();
  await openSession();
}

async function openSession() {
  const ready = (async () => {
    const session = await startSession();
    if (!localStorageLanguage() && session.locale && session.locale !== state.translator?.lng && ui.language.querySelector(`option[value="${session.locale}"]`)) {
      await setLanguage(session.locale);
    }
    await catchUp();
    // A new conversation opens with the bot's own welcome (the main themes, a person), in the transcript.
    if (state.lastSeq === 0) await greet();
    follow();
  })();
  state.sessionReady = ready;
  return ready;
}

async function greet() {
  try {
    await sendMessage({ payload: "cmd:start", locale: state.translator?.lng || "fr" });
    await catchUp();
  } catch (error) {
    // Without a welcome the page still works: the field is there and the bot answers any question.
    setError(errorText(error));
  }
}

function localStorageLanguage() {
  try {
    return window.localStorage.getItem("accueil.lang");
  } catch {
    return null;
  }
}

// ---- Sending --------------------------------------------------------------------------------------

function setStatus(text) {
  ui.status.textContent = text;
}

function setError(text) {
  ui.error.textContent = text;
}

function errorText(error) {
  if (!(error instanceof ApiError)) return t("errors.network");
  const key = `errors.${error.code}`;
  const text = t(key, { seconds: error.retryAfterSeconds ?? 60 });
  return text === key ? t("errors.generic") : text;
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
    await catchUp();
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
  rememberLanguage(lng);
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
  state.source?.close();
  state.source = null;
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
  await restart();
  setStatus(t("clear.done"));
  ui.input.focus();
});

// ---- Start ----------------------------------------------------------------------------------------

async function start() {
  state.info = await getInfo().catch(() => null);
  await setLanguage(initialLanguage());
  await openSession();
  document.body.classList.add("ready");
}

start().catch((error) => {
  setError(errorText(error));
});
