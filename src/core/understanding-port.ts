/**
 * What the core needs from the understanding step (implemented in src/understanding/). The core routes a
 * first message on level, entries and crisis exactly as returned, so `accueil classify` and the live bot
 * make the same decision.
 */
export type CrisisCategory = "suicide" | "violence" | "child" | "shelter" | "medical";

export interface Understanding {
  /** ISO 639-1 language of the message. */
  lang: string;
  langConfident: boolean;
  crisis: CrisisCategory | null;
  /** 0 small talk / out of scope, 1 information, 2 démarche, 3 social worker, 4 digital help. */
  level: 0 | 1 | 2 | 3 | 4;
  /** Ranked catalogue ids, best first, at most 3; empty when no entry should be offered. */
  entries: string[];
  intent: "question" | "greeting" | "thanks" | "goodbye" | "human" | "smalltalk" | "out-of-scope" | "unknown";
}

export interface Understander {
  understand(text: string, hints?: { localeHint?: string }): Understanding;
}

export interface CrisisSignal {
  category: CrisisCategory;
  matched: string;
}

export type CrisisDetector = (text: string) => CrisisSignal | null;
export type YesNoParser = (text: string) => "yes" | "no" | null;
