/**
 * Schemas for the JSON columns that hold messages: the transcript body and the outbox message. They are
 * our own writes, but a hand-edited or corrupted row should fail loudly when it is read back rather than
 * deep inside a channel's renderer.
 *
 * Objects are loose: keys the schema does not name are kept, so that a message reads back exactly as it
 * was written; only the fields the renderers rely on are checked.
 */
import { z } from "zod";
import type { Author, OutboundReply } from "../core/messages.js";
import type { InboundBody, OutboundBody } from "./transcript.js";
import type { OutboxMessage } from "./outbox.js";

const choiceSchema = z.looseObject({ label: z.string(), payload: z.string() });

const figureSchema = z.looseObject({
  label: z.string(),
  value: z.string(),
  asOf: z.string(),
  confirmed: z.boolean(),
  sourceUrl: z.string(),
});

const placeCardSchema = z.looseObject({
  name: z.string(),
  address: z.string(),
  phone: z.string().exactOptional(),
  openNow: z.boolean().nullable(),
  status: z.string(),
  hours: z.array(z.string()),
  mapUrl: z.string(),
  distanceKm: z.number().exactOptional(),
});

/** One schema per kind of reply; `satisfies` fails to compile when a kind is added without its schema. */
const replySchemas = {
  text: z.looseObject({ kind: z.literal("text"), text: z.string() }),
  choices: z.looseObject({ kind: z.literal("choices"), text: z.string(), choices: z.array(choiceSchema) }),
  link: z.looseObject({ kind: z.literal("link"), label: z.string(), url: z.string() }),
  entry: z.looseObject({
    kind: z.literal("entry"),
    entryId: z.string(),
    title: z.string(),
    summary: z.string(),
    figures: z.array(figureSchema),
    decidedBy: z.string(),
    officialUrl: z.string(),
    fallbackNote: z.string().exactOptional(),
    caution: z.string().exactOptional(),
  }),
  place: z.looseObject({ kind: z.literal("place"), place: placeCardSchema }),
  data: z.looseObject({ kind: z.literal("data"), title: z.string(), text: z.string(), json: z.string(), filename: z.string() }),
  emergency: z.looseObject({
    kind: z.literal("emergency"),
    text: z.string(),
    numbers: z.array(z.looseObject({ number: z.string(), label: z.string() })),
    category: z.string().exactOptional(),
  }),
} satisfies { [Kind in OutboundReply["kind"]]: z.ZodType<Extract<OutboundReply, { kind: Kind }>> };

export const outboundReplySchema: z.ZodType<OutboundReply> = z.discriminatedUnion("kind", [
  replySchemas.text,
  replySchemas.choices,
  replySchemas.link,
  replySchemas.entry,
  replySchemas.place,
  replySchemas.data,
  replySchemas.emergency,
]);

const authorSchema = z.enum(["bot", "agent", "volunteer"]) satisfies z.ZodType<Author>;

/** A resident's message in the transcript: what they typed, and the button they pressed if any. */
export const inboundBodySchema: z.ZodType<InboundBody> = z.looseObject({ text: z.string(), payload: z.string().exactOptional() });

/** The bot's, an agent's or a volunteer's message in the transcript. */
export const outboundBodySchema: z.ZodType<OutboundBody> = z.looseObject({ replies: z.array(outboundReplySchema) });

/** What the outbox holds for a push channel to render and send. */
export const outboxMessageSchema: z.ZodType<OutboxMessage> = z.looseObject({
  author: authorSchema,
  authorName: z.string().exactOptional(),
  replies: z.array(outboundReplySchema),
});
