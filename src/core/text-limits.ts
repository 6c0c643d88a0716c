/**
 * One set of limits for what people write, so that an adapter checking early (to refuse before anything
 * is stored) and the core checking last never disagree. The pages' own fields (public/widget,
 * public/console) carry the same numbers as their maxlength.
 */
export const TEXT_LIMITS = {
  /** Characters of a resident's message on the web API (its field's maxlength). */
  residentMessage: 2000,
  /** Characters of a button payload sent back by a page. */
  payload: 200,
  /** What the core reads of one inbound text: channels refuse far shorter ones, this only bounds the
   * work of a turn (longer texts are cut). */
  inboundText: 4000,
  /** Characters of a reply, note or closing note typed in the console (its fields' maxlength). */
  consoleAgentText: 2000,
  /** The longest agent's or helper's text the core relays in one go, whatever the channel (a channel
   * with shorter messages splits long ones further). */
  relayedText: 4000,
} as const;
