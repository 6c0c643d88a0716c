/**
 * The thresholds of the routing decision (content/understanding/decisions.yml). They are chosen on the
 * corpus's out-of-fold predictions (`npm run train -- --oof FILE`, then scripts/tune-decisions.ts), never
 * on an evaluation set.
 */
import { z } from "zod";

const probability = z.number().min(0).max(1);

export const decisionsSchema = z.object({
  crisis: z.object({
    /** Model crisis probability from which a crisis is flagged ("possible": numbers on top of the answer). */
    possible: probability,
    /** From which it interrupts ("imminent"), when the strength head agrees. */
    imminent: probability,
    /** A lexicon crisis is "possible" only when the strength head gives "possible" at least this share. */
    lexicon_possible_share: probability,
    /** A second category's numbers are given too from this share of the crisis probability. */
    also_share: probability,
    /** The model's crisis category replaces the lexicon's from this share of the crisis probability. */
    model_category_share: probability,
    /** Messages of fewer tokens are flagged by the model alone only from the `imminent` probability. */
    short_message_tokens: z.number().int().min(0),
  }),
  out_of_scope: z.object({
    /** The model's probability of level 0 from which a message is small talk or out of scope. */
    model: probability,
    /** The same when the vocabularies also see no request. */
    with_lexicon: probability,
  }),
  entries: z.object({
    /** Share of the aliases' ranking in the entry probabilities (the rest is the model's). */
    lexicon_weight: probability,
    /** Softness of the aliases' ranking (score points per e-fold). */
    lexicon_temperature: z.number().positive(),
    /** A further entry is offered from this probability… */
    others: probability,
    /** …and if it comes this close to the first. */
    relative: probability,
    /** Below this probability for the first entry the bot asks back instead of answering. */
    ask_back_below: probability,
    /** How many topics it then offers (plus "talk to a person"). */
    ask_back_topics: z.number().int().min(2).max(3),
  }),
  level: z.object({ lexicon_weight: probability }),
  distress: z.object({
    /** Probability of level 3 from which an information answer also offers a social worker. */
    level3: probability,
  }),
  language: z.object({
    /** The model's language head overrides the word-list detector from this probability. */
    model: probability,
  }),
});

export type Decisions = z.infer<typeof decisionsSchema>;
