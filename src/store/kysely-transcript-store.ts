/** The transcript part of the Kysely store (transcript-queries.ts). */
import type { KyselyHandle } from "./kysely-handle.js";
import type { TranscriptStore } from "./transcript.js";
import * as transcript from "./transcript-queries.js";

export function kyselyTranscriptStore({ db }: KyselyHandle): TranscriptStore {
  return {
    appendMessage: (m) => transcript.appendMessage(db, m),
    listMessages: (conversationId, options) => transcript.listMessages(db, conversationId, options),
  };
}
