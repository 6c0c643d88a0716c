/** Labels of the routing model's heads that are not catalogue ids or categories. */

/** The entry head's label for "no catalogue entry" (small talk, out of scope). */
export const NO_ENTRY = "none";
/** The crisis head's label for "no crisis". */
export const NO_CRISIS = "none";
