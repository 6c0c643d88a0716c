/**
 * Runs async tasks one after another, in call order; a failing task does not stop the ones behind it.
 * The outbox workers use it so that two sending rounds never overlap.
 */
export interface SerialRunner {
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Resolves once every task queued so far has settled. */
  idle(): Promise<void>;
}

export function createSerialRunner(): SerialRunner {
  let tail: Promise<void> = Promise.resolve();
  return {
    run<T>(task: () => Promise<T>): Promise<T> {
      const result = tail.then(task);
      tail = result.then(
        () => undefined,
        () => undefined,
      );
      return result;
    },
    idle: () => tail,
  };
}
