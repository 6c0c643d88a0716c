/**
 * For CLI commands that work beside a running server (agents, outbox): opens the configured store
 * without the instance lock, runs fn, closes it.
 */
import type { Store } from "../store/store.js";

export async function withStore<T>(fn: (store: Store) => Promise<T>): Promise<T> {
  // Loaded here, not at the top: the other commands start without the store's drivers.
  const [{ readConfig }, { openStore }] = await Promise.all([import("../app/config.js"), import("../store/open-store.js")]);
  const config = readConfig(process.env);
  const store = await openStore(config.DATABASE_URL, { dataDir: config.DATA_DIR, instanceLock: false });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
