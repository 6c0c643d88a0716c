/**
 * /mesdonnees (a messaging app's command), a web page's "my data" button and its API: what is stored about the resident,
 * readable and as JSON, in the conversation itself — no link to a file somewhere else to protect.
 */
import { collectResidentData, residentDataAsText } from "../resident-data.js";
import type { Turn } from "../turn.js";

export async function answerMyData(turn: Turn): Promise<void> {
  const data = await collectResidentData(turn.store, turn.conversation, turn.now);
  turn.replies.push({
    kind: "data",
    title: turn.t("mydata.title"),
    text: residentDataAsText(data, turn.t, turn.lang),
    json: JSON.stringify(data, null, 2),
    filename: `mes-donnees-${turn.now.toISOString().slice(0, 10)}.json`,
  });
}
