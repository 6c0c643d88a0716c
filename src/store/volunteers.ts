/**
 * Volunteer questions (migration 0002): redacted copies of a resident's question shared with volunteers
 * (see core/dialogues/volunteer.ts), and the threads on a platform (Slack channel + message ts) that
 * mirror a case or a volunteer question.
 */

/** review: an agent checks it before volunteers see it; open: shown to volunteers. */
export type VolunteerQuestionStatus = "review" | "open" | "answered" | "declined";

export interface VolunteerQuestion {
  id: string;
  conversationId: string;
  /** Transcript seq of the resident's message it comes from (one question per message). */
  sourceSeq: number;
  language: string;
  /** The redacted text: the only wording volunteers ever see. */
  text: string;
  redactions: Array<{ kind: string; count: number }>;
  /** Words no vocabulary knew (a possible name the redactor missed): why it waits for a review. */
  unknownWords: string[];
  status: VolunteerQuestionStatus;
  answerCount: number;
  /** Where the question is mirrored (Slack channel + ts), JSON. */
  externalRefs: Record<string, string>;
  createdAt: Date;
  answeredAt: Date | null;
}

export type NewVolunteerQuestion = Pick<VolunteerQuestion, "conversationId" | "sourceSeq" | "language" | "text" | "redactions" | "unknownWords"> & {
  status: "review" | "open";
};

export type VolunteerQuestionChanges = Partial<Pick<VolunteerQuestion, "status" | "text" | "answerCount" | "answeredAt" | "externalRefs">>;

export interface ExternalThread {
  platform: string;
  channel: string;
  threadId: string;
  subjectKind: "case" | "question";
  subjectId: string;
}

export interface VolunteerStore {
  /** Undefined when that transcript message was already shared (a second press of "yes"). */
  createVolunteerQuestion(q: NewVolunteerQuestion, now: Date): Promise<VolunteerQuestion | undefined>;
  getVolunteerQuestion(id: string): Promise<VolunteerQuestion | undefined>;
  updateVolunteerQuestion(id: string, changes: VolunteerQuestionChanges): Promise<void>;

  // Threads on a platform that mirror a case or a volunteer question
  linkExternalThread(thread: ExternalThread): Promise<void>;
  findExternalThread(platform: string, channel: string, threadId: string): Promise<ExternalThread | undefined>;
}
