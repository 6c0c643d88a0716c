/**
 * An error its callers tell apart by a code (the console maps each to an HTTP status, a channel to a
 * message in the thread…), rather than by parsing its message. Each subclass names itself (a name
 * written out survives bundling and minifying, a class's own name may not).
 */
export class CodedError<Code extends string> extends Error {
  constructor(
    readonly code: Code,
    message: string,
  ) {
    super(message);
  }
}
