/**
 * In-process notifications, so push channels (web SSE, console live updates, outbox workers) react at
 * once instead of polling. They are hints only: the store is the truth, and every listener re-reads it,
 * so a missed event (or a second instance) never loses a message.
 */
import { EventEmitter } from "node:events";

export interface CoreEventMap {
  /** A transcript message was appended to a conversation. */
  message: { conversationId: string; seq: number };
  /** Something to send was queued in the outbox for a channel. */
  outbox: { channel: string };
  /** A case was created or changed, or ("reminder") waited beyond a service level (see case-timers.ts). */
  case: { caseId: string; change: CaseChange };
  /** A question for volunteers was shared (asked), checked by an agent (published, declined), corrected
   * (updated) or answered. */
  volunteer: { questionId: string; change: "asked" | "published" | "updated" | "declined" | "answered" };
}

export type CaseChange = "created" | "claimed" | "message" | "note" | "closed" | "cancelled" | "updated" | "reassigned" | "reopened" | "crisis" | "reminder";

export type AnyCoreEvent = { [K in keyof CoreEventMap]: { name: K; event: CoreEventMap[K] } }[keyof CoreEventMap];

export class CoreEvents {
  private readonly emitter = new EventEmitter();
  private readonly taps = new Set<(e: AnyCoreEvent) => void>();

  constructor() {
    // Every open SSE stream listens: many listeners are normal here, not a leak.
    this.emitter.setMaxListeners(0);
  }

  emit<K extends keyof CoreEventMap>(name: K, event: CoreEventMap[K]): void {
    this.emitter.emit(name, event);
    for (const tap of this.taps) tap({ name, event } as AnyCoreEvent);
  }

  /** An event that happened in another instance (see events-bridge.ts): told to this one's listeners
   * only, not passed on again. */
  emitFromElsewhere(e: AnyCoreEvent): void {
    this.emitter.emit(e.name, e.event);
  }

  /** Every event emitted here, whatever its name (to pass them on to other instances). */
  tap(listener: (e: AnyCoreEvent) => void): () => void {
    this.taps.add(listener);
    return () => this.taps.delete(listener);
  }

  on<K extends keyof CoreEventMap>(name: K, listener: (event: CoreEventMap[K]) => void): () => void {
    this.emitter.on(name, listener);
    return () => this.emitter.off(name, listener);
  }
}
