// Service-level reminders: a case nobody took, or a resident nobody answered, for too long. The server
// says which cases wait beyond a service level (`reminder` on each case, the core's rule) and sends a
// `case` hint when one comes due; this shows them above the list, on the case's row and in its details.
import { el } from "../shared/dom.js";

/** "31 min", "1 h 05", "2 j 0 h". */
export function duration(t, minutes) {
  if (minutes < 60) return t("reminder.duration.minutes", { m: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return t("reminder.duration.hours", { h: hours, m: String(minutes % 60).padStart(2, "0") });
  return t("reminder.duration.days", { d: Math.floor(hours / 24), h: hours % 24 });
}

/** One sentence for a case's reminder, or "" when it has none. */
export function reminderText(t, record) {
  const reminder = record.reminder;
  if (!reminder) return "";
  const key = reminder.reason === "untaken" ? (reminder.urgent ? "reminder.untakenUrgent" : "reminder.untaken") : "reminder.residentWaiting";
  // The server's count (as of this reading), not this computer's clock.
  const text = t(key, { reference: record.reference, duration: duration(t, reminder.waitedMinutes) });
  return reminder.stage === 2 ? `${text} ${t("reminder.escalated")}` : text;
}

/**
 * The list's reminder box: one line per overdue case, with a link to it. Rewritten only when the set
 * of reminders changes (not as their durations grow), so a screen reader hears a new one once.
 */
export function showReminders(t, cases, box) {
  const due = cases.filter((record) => record.reminder);
  const signature = due.map((record) => `${record.id}:${record.reminder.reason}:${record.reminder.stage}`).join(",");
  box.hidden = due.length === 0;
  if (box.dataset.signature === signature) return;
  box.dataset.signature = signature;
  const items = due.map((record) => {
    const link = el("a", { href: `#/cases/${encodeURIComponent(record.id)}` }, t("reminder.open", { reference: record.reference }));
    return el("li", { className: record.reminder.stage === 2 ? "reminder-escalated" : undefined }, `${reminderText(t, record)} `, link);
  });
  box.querySelector("ul").replaceChildren(...items);
}
