/** The volunteers part of the Kysely store: volunteer questions and platform threads (volunteer-queries.ts). */
import type { KyselyHandle } from "./kysely-handle.js";
import type { VolunteerStore } from "./volunteers.js";
import * as volunteers from "./volunteer-queries.js";

export function kyselyVolunteerStore({ db }: KyselyHandle): VolunteerStore {
  return {
    createVolunteerQuestion: (q, now) => volunteers.insertVolunteerQuestion(db, q, now),
    getVolunteerQuestion: (id) => volunteers.selectVolunteerQuestion(db, id),
    updateVolunteerQuestion: (id, changes) => volunteers.updateVolunteerQuestionRow(db, id, changes),
    linkExternalThread: (thread) => volunteers.insertExternalThread(db, thread),
    findExternalThread: (platform, channel, threadId) => volunteers.selectExternalThread(db, platform, channel, threadId),
  };
}
