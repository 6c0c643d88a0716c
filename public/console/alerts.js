// Crisis alerts: a banner naming every case where a crisis arrived since this agent last opened it, the
// tab's title, and a short tone if the agent asked for one.
import { api } from "../shared/api.js";
import { el } from "../shared/dom.js";

const SOUND_KEY = "console.alertSound";

export function crisisAlerts(app) {
  const { t, $, state } = app;
  let audio = null;
  const soundWanted = () => localStorage.getItem(SOUND_KEY) === "on";
  $("alert-sound").checked = soundWanted();
  $("alert-sound").addEventListener("change", () => {
    localStorage.setItem(SOUND_KEY, $("alert-sound").checked ? "on" : "off");
    // Browsers allow sound once the page was used: turning it on is that use.
    if ($("alert-sound").checked && typeof AudioContext === "function") audio ??= new AudioContext();
  });

  /** A short tone, only if the agent asked for one (the banner and the title are always there). */
  function beep() {
    if (!soundWanted()) return;
    try {
      audio ??= new AudioContext();
      const oscillator = audio.createOscillator();
      const gain = audio.createGain();
      oscillator.frequency.value = 880;
      gain.gain.value = 0.15;
      oscillator.connect(gain).connect(audio.destination);
      oscillator.start();
      oscillator.stop(audio.currentTime + 0.4);
    } catch {
      // No sound available: the banner says it.
    }
  }

  /** The banner from a list of cases (the list view passes the one it shows). */
  function show(cases) {
    const alerted = cases.filter((record) => record.crisisSinceRead && (record.status === "open" || record.status === "claimed"));
    const fresh = alerted.some((record) => !state.alerted.has(record.id));
    state.alerted = new Set(alerted.map((record) => record.id));
    const banner = $("crisis-alert");
    if (alerted.length === 0) {
      banner.replaceChildren();
    } else if (fresh || banner.childElementCount !== alerted.length) {
      // Rewritten only when it changes: a screen reader hears a new alert once, not at every refresh.
      banner.replaceChildren(
        ...alerted.map((record) =>
          el(
            "p",
            null,
            `${t("alert.crisis", { reference: record.reference, category: t(`crisis.${record.crisisSinceRead.category}`) })} `,
            el("a", { href: `#/cases/${encodeURIComponent(record.id)}` }, t("alert.open", { reference: record.reference })),
          ),
        ),
      );
      if (fresh) beep();
    }
    app.applyTitle();
  }

  /** The banner on pages that do not list the cases themselves. */
  async function check() {
    const data = await api("GET", "/console/api/cases").catch(() => null);
    if (data) show(data.cases);
  }

  /** Signed out: no banner. */
  function clear() {
    state.alerted = new Set();
    $("crisis-alert").replaceChildren();
  }

  return { show, check, clear };
}
