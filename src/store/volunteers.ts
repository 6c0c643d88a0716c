/**
 * Volunteer questions (migration 0002): redacted copies of a resident's question shared with volunteers
 * (see core/dialogues/volunteer.ts), and the threads on a platform (Slack channel + message ts) that
 * mirror a case or a volunteer question. The records are the core's (records/volunteer-record.ts);
 * the threads are the Slack channel's own (channels/slack/slack-persistence.ts).
 */
import type { NewVolunteerQuestion, VolunteerQuestion, VolunteerQuestionChanges } from "../records/volunteer-record.js";
import type { ExternalThreadStore } from "../channels/slack/slack-persistence.js";

export type { NewVolunteerQuestion, VolunteerQuestion, VolunteerQuestionChanges, VolunteerQuestionStatus } from "../records/volunteer-record.js";
export type { ExternalThread } from "../channels/slack/slack-persistence.js";

export interface VolunteerStore extends ExternalThreadStore {
  /** Undefined when that transcript message was already shared (a second press of "yes"). */
  createVolunteerQuestion(q: NewVolunteerQuestion, now: Date): Promise<VolunteerQuestion | undefined>;
  getVolunteerQuestion(id: string): Promise<VolunteerQuestion | undefined>;
  updateVolunteerQuestion(id: string, changes: VolunteerQuestionChanges): Promise<void>;
}
