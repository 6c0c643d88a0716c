/**
 * A question shared with volunteers (migration 0002): the redacted copy of a resident's question (see
 * core/dialogues/volunteer.ts), its review and its answers.
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
