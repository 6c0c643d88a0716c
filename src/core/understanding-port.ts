/**
 * What the core needs from the understanding step (implemented in src/understanding/). The core routes a
 * first message on level, entries and crisis exactly as returned, so `accueil classify` and the live bot
 * make the same decision.
 */
export type CrisisCategory = "suicide" | "violence" | "child" | "shelter" | "medical";
export type CrisisStrength = "imminent" | "possible";

export interface Understanding {
  /** ISO 639-1 language of the message. */
  lang: string;
  langConfident: boolean;
  crisis: CrisisCategory | null;
  /** How a crisis is answered: "imminent" interrupts with the numbers; "possible" puts them on top of the
   * normal answer. null when there is no crisis. */
  crisisStrength: CrisisStrength | null;
  /** The crisis is reported by someone else (a neighbour, a parent): the answer says whom to call for them. */
  crisisAboutOther: boolean;
  /** A second category the message may also be (a mother and children in a car tonight: violence and
   * shelter): its numbers are given too. null when there is none. */
  crisisAlso: CrisisCategory | null;
  /** 0 small talk / out of scope, 1 information, 2 démarche, 3 social worker, 4 digital help. */
  level: 0 | 1 | 2 | 3 | 4;
  /** Ranked catalogue ids, best first, at most 3; empty when no entry should be offered. */
  entries: string[];
  /** "unsure": the likeliest topics are in `entries`, none clearly enough to answer: ask back. */
  intent: "question" | "unsure" | "greeting" | "thanks" | "goodbye" | "human" | "smalltalk" | "out-of-scope" | "unknown";
  /** Calibrated probability of the decision (of the first entry for a question). */
  confidence: number;
  /** Signs that the person needs a social worker beyond the information asked: offer one. */
  distress: boolean;
  /** The message asks whether one is entitled or how much one would get: about one benefit ("one", the
   * entries say which) or about all of one's rights ("all"). Absent or null otherwise. */
  entitlement?: "one" | "all" | null;
}

export interface Understander {
  understand(text: string, hints?: { localeHint?: string }): Understanding;
}

export interface CrisisSignal {
  category: CrisisCategory;
  /** What matched (a lexicon phrase), for logs; empty when the model alone flagged it. */
  matched: string;
  /** Absent: imminent (the lexicon alone, when understanding failed). */
  strength?: CrisisStrength;
  aboutOther?: boolean;
  also?: CrisisCategory | null;
}

export type CrisisDetector = (text: string) => CrisisSignal | null;
export type YesNoParser = (text: string) => "yes" | "no" | null;
/** A message that is only a word to move in a guide: "next" ("suivant", "ok") or "resume" ("reprendre"). */
export type GuideWordParser = (text: string) => "next" | "resume" | null;
