/**
 * Listening within a fraction of a second of the start: `accueil start` opens its port before loading the
 * bot (content, model, database), answering /healthz (alive, starting), /readyz 503 and every other request
 * 503 with Retry-After: 1 — Telegram and Slack deliver again, a browser retries — until the app takes the
 * same server over (Fastify's serverFactory). Nothing is accepted that could not be handled.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";

export interface EarlyListener {
  server: Server;
  /** Gives the server's requests to the real handler from now on. */
  handOver(handler: (request: IncomingMessage, response: ServerResponse) => void): void;
}

function starting(request: IncomingMessage, response: ServerResponse): void {
  const path = (request.url ?? "/").split("?")[0];
  const alive = path === "/healthz";
  response.writeHead(alive ? 200 : 503, { "content-type": "application/json; charset=utf-8", "retry-after": "1", "cache-control": "no-store" });
  response.end(
    JSON.stringify(
      alive
        ? { status: "starting" }
        : path === "/readyz"
          ? { status: "not ready", problems: ["starting"] }
          : { error: { code: "starting", message: "Accueil is starting; try again in a second." } },
    ),
  );
}

export function listenEarly(port: number, host: string): Promise<EarlyListener> {
  const server = createServer(starting);
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve({
        server,
        handOver(handler) {
          server.off("request", starting);
          server.on("request", handler);
        },
      });
    });
  });
}
