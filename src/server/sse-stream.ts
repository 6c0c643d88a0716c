/**
 * One Server-Sent Events stream over a hijacked Fastify reply. Hijacking skips Fastify's onSend hooks,
 * so the caller passes the security headers. A comment line every 25 s keeps proxies from closing an
 * idle stream (an in-memory interval is fine here: it dies with the connection, nothing to survive).
 */
import type { FastifyReply } from "fastify";

const HEARTBEAT_MS = 25_000;

export class SseStream {
  private closed = false;
  private readonly heartbeat: NodeJS.Timeout;
  private readonly closeListeners: Array<() => void> = [];
  private readonly raw: FastifyReply["raw"];

  constructor(reply: FastifyReply, headers: Record<string, string>) {
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      ...headers,
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-store",
      connection: "keep-alive",
      // Tells nginx-style proxies not to buffer the stream.
      "x-accel-buffering": "no",
    });
    // Reconnect after 3 s; EventSource then sends Last-Event-ID.
    raw.write("retry: 3000\n\n");
    this.heartbeat = setInterval(() => this.write(": keep-alive\n\n"), HEARTBEAT_MS);
    this.heartbeat.unref();
    raw.on("close", () => this.markClosed());
    this.raw = raw;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  send(event: { id?: number | string; event?: string; data: unknown }): void {
    let frame = "";
    if (event.id !== undefined) frame += `id: ${event.id}\n`;
    if (event.event) frame += `event: ${event.event}\n`;
    // JSON.stringify never emits raw newlines, so one data line is enough.
    frame += `data: ${JSON.stringify(event.data)}\n\n`;
    this.write(frame);
  }

  onClose(listener: () => void): void {
    if (this.closed) listener();
    else this.closeListeners.push(listener);
  }

  close(): void {
    if (this.closed) return;
    this.raw.end();
    this.markClosed();
  }

  private write(text: string): void {
    if (!this.closed) this.raw.write(text);
  }

  private markClosed(): void {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.heartbeat);
    for (const listener of this.closeListeners.splice(0)) listener();
  }
}

/** Keeps open streams so that server shutdown and conversation erasure can end them. */
export class SseRegistry {
  private readonly streams = new Map<SseStream, string>();

  add(stream: SseStream, group: string): void {
    this.streams.set(stream, group);
    stream.onClose(() => this.streams.delete(stream));
  }

  closeGroup(group: string): void {
    for (const [stream, g] of [...this.streams]) if (g === group) stream.close();
  }

  closeAll(): void {
    for (const stream of [...this.streams.keys()]) stream.close();
  }

  get size(): number {
    return this.streams.size;
  }
}
