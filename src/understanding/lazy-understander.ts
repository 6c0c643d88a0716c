/**
 * An understander built on first use, or by warm(): building one reads the vocabularies and the model
 * and indexes the catalogue (a few hundred milliseconds). The server starts listening first and warms
 * it right after, so health checks and the first page answer at once; a message arriving before the
 * warm-up ends simply waits for it.
 */
import type { Understander } from "../core/understanding-port.js";

export interface LazyUnderstander extends Understander {
  /** Builds it now, if not yet built, letting the event loop breathe between the costly steps (so the
   * server keeps answering health checks and pages meanwhile). */
  warm(): Promise<void>;
}

/** `prepare`: steps whose results `build` will find cached (reading the vocabularies, the model…). */
export function lazyUnderstander(build: () => Understander, prepare: Array<() => unknown> = []): LazyUnderstander {
  let built: Understander | undefined;
  const get = (): Understander => (built ??= build());
  return {
    understand: (text, hints) => get().understand(text, hints),
    async warm() {
      for (const step of prepare) {
        if (built) return;
        await new Promise((resolve) => setImmediate(resolve));
        step();
      }
      await new Promise((resolve) => setImmediate(resolve));
      get();
    },
  };
}
