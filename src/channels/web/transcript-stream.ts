/**
 * GET /api/v1/events: a conversation's transcript as Server-Sent Events, each message as the resident
 * API shows it (core/transcript-view.ts), from the position the page last saw. Core `message` events are
 * hints: on each one the stream reads on from where it stopped, so nothing is sent twice or missed.
 */
import type { FastifyReply } from "fastify";
import type { AccueilCore } from "../../core/accueil-core.js";
import { TranscriptViewer, type ApiMessage } from "../../core/transcript-view.js";
import { SseStream, type SseRegistry } from "../../server/sse-stream.js";

export interface StreamTarget {
  reply: FastifyReply;
  /** The response headers of the stream's path (security headers). */
  headers: Record<string, string>;
  streams: SseRegistry;
}

/** Streams the conversation's messages after the API seq `after` until the page goes away. */
export function openTranscriptStream(core: Pick<AccueilCore, "readTranscript" | "events">, target: StreamTarget, conversationId: string, after: number): void {
  const { reply } = target;
  const stream = new SseStream(reply, target.headers);
  target.streams.add(stream, conversationId);
  const viewer = new TranscriptViewer();
  let sentUpTo = after;
  let readUpTo = 0;
  let pending: Promise<void> = Promise.resolve();

  // Listen first, then read: a message written between the two is read once, never missed.
  const flush = (): void => {
    pending = pending
      .then(async () => {
        if (stream.isClosed) return;
        const messages = await core.readTranscript(conversationId, readUpTo > 0 ? { afterSeq: readUpTo } : {});
        for (const message of messages) {
          const view: ApiMessage = viewer.view(message);
          readUpTo = message.seq;
          if (view.seq > sentUpTo) {
            stream.send({ id: view.seq, event: "message", data: view });
            sentUpTo = view.seq;
          }
        }
      })
      .catch((error: unknown) => {
        reply.log.error({ err: error }, "transcript stream failed");
        stream.close();
      });
  };
  const unsubscribe = core.events.on("message", (event) => {
    if (event.conversationId === conversationId) flush();
  });
  stream.onClose(unsubscribe);
  flush();
}
