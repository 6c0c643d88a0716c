/**
 * POST /telegram/webhook: Telegram's deliveries. The secret given to setWebhook (`secret_token`) comes
 * back in X-Telegram-Bot-Api-Secret-Token on every request; anything without the right one gets 401
 * before its body is even parsed. A valid update is written to the inbox and answered 200: the answer
 * waits for that write (a crash after the 200 loses nothing) but never for the core. If the store cannot
 * take it, the answer is 503 and Telegram delivers it again later.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import type { FastifyInstance } from "fastify";
import type { Update } from "grammy/types";
import { z } from "zod";
import type { UpdateIntake } from "./update-intake.js";

export const TELEGRAM_WEBHOOK_PATH = "/telegram/webhook";

/** Only what the adapter relies on before handing the update to grammY; Telegram adds fields freely. */
const updateSchema = z.looseObject({
  update_id: z.number().int().nonnegative(),
});

export function telegramWebhookPlugin(options: { secret: string; intake: UpdateIntake }) {
  const expected = digest(options.secret);
  return async (app: FastifyInstance): Promise<void> => {
    // Runs before body parsing, and only for the routes of this plugin (Fastify encapsulation).
    app.addHook("onRequest", async (request, reply) => {
      const given = request.headers["x-telegram-bot-api-secret-token"];
      if (typeof given !== "string" || !timingSafeEqual(digest(given), expected)) {
        return reply.code(401).send({ error: { code: "unauthorized", message: "Wrong or missing secret token." } });
      }
    });

    // Updates are small, but a 4096-character message in a non-Latin script with entities can pass the
    // server's default 16 KB limit.
    app.post(TELEGRAM_WEBHOOK_PATH, { bodyLimit: 256 * 1024 }, async (request, reply) => {
      const parsed = updateSchema.safeParse(request.body);
      if (!parsed.success) {
        return reply.code(400).send({ error: { code: "bad-update", message: "Not a Telegram update." } });
      }
      try {
        await options.intake.admit(parsed.data as unknown as Update);
      } catch (error) {
        request.log.error({ err: error }, "a Telegram update could not be written to the inbox; Telegram will retry");
        return reply.code(503).send({ error: { code: "unavailable", message: "Try again later." } });
      }
      return reply.code(200).send();
    });
  };
}

/** Hashing both sides gives equal lengths, so the comparison is constant-time whatever was sent. */
function digest(value: string): Buffer {
  return createHash("sha256").update(value, "utf8").digest();
}
