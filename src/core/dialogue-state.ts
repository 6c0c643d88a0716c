/**
 * The conversation's dialogue state, stored as JSON in the conversation row after every turn, so a
 * restart resumes exactly where the resident was. Parsed with zod on read: a row written by an older
 * version (or damaged) falls back to a fresh state instead of crashing the turn.
 */
import { z } from "zod";
import { answersSchema } from "../estimate/answers.js";

const referralDraftSchema = z.object({
  phase: z.enum(["consent", "contact-method", "contact-value", "contact-time", "description"]),
  urgency: z.enum(["urgent", "high", "normal"]),
  level: z.number().int().min(0).max(4),
  entryId: z.string().nullable(),
  crisis: z.string().nullable(),
  contactMethod: z.string().nullable(),
  contactValue: z.string().nullable(),
  contactTime: z.string().nullable(),
  /** How many times the resident typed something we could not use in this phase. */
  retries: z.number().int().default(0),
});

/** The eligibility estimate in progress (or the last one's answers, kept to check the other rights). */
const estimateDraftSchema = z.object({
  /** A catalogue entry (rsa, prime-activite, aspa, css) or "all" (vérifier mes droits). */
  target: z.string(),
  /** The question waiting for an answer; "done" once the estimate was given. */
  step: z.string(),
  /** The month estimated (YYYY-MM), fixed when the questions start. */
  period: z.string(),
  answers: answersSchema,
  /** Answers not understood in a row. */
  retries: z.number().int().min(0).default(0),
});

export const dialogueStateSchema = z.object({
  v: z.literal(1),
  /** What the bot is waiting for. */
  mode: z.enum(["idle", "demarche", "referral", "digital", "forget-confirm", "estimate"]),
  /** The catalogue entry the resident is looking at, if any. */
  entryId: z.string().nullable(),
  /** Démarche and digital-guide progress per entry: index of the next step to show. Kept when the
   * resident leaves, so "reprendre" continues where they stopped. */
  progress: z.record(z.string(), z.number().int().min(0)),
  referral: referralDraftSchema.nullable(),
  /** Consecutive messages the bot did not understand. */
  misses: z.number().int().min(0),
  /** The language was chosen by the resident (never overridden by detection). */
  languageChosen: z.boolean(),
  /** The resident was told once that French is used because their language has no translation. */
  fallbackNoted: z.boolean().default(false),
  /** The resident's answers to the estimate's questions: only here, erased with the conversation. */
  estimate: estimateDraftSchema.nullable().optional(),
});

export type DialogueState = z.infer<typeof dialogueStateSchema>;
export type ReferralDraft = z.infer<typeof referralDraftSchema>;
export type EstimateDraft = z.infer<typeof estimateDraftSchema>;

export function freshState(): DialogueState {
  return { v: 1, mode: "idle", entryId: null, progress: {}, referral: null, misses: 0, languageChosen: false, fallbackNoted: false };
}

export function readState(raw: unknown): DialogueState {
  const parsed = dialogueStateSchema.safeParse(raw);
  return parsed.success ? parsed.data : freshState();
}
