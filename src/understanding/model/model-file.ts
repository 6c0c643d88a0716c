/**
 * The routing model on disk: a JSON header (heads, labels, scales, temperatures, the compiled concept
 * glossary, fingerprint) and
 * the arrays, little-endian, each aligned on 4 bytes:
 *
 *   "ACCUEILM" | u32 header length | header JSON | keys u32[n] | offsets u32[n+1] | columns u8[m] | weights i8[m] | bias f32[c]
 *
 * Encoding is deterministic (same model, same bytes), so `npm run train -- --check` can compare files.
 */
import { z } from "zod";
import { HEAD_NAMES, columnCount, type RoutingModel } from "./routing-model.js";

const MAGIC = "ACCUEILM";

/** 26,000 glossary forms: checked in one pass (zod's per-element checks would double the start-up). */
const strings = z.custom<string[]>((v) => Array.isArray(v) && v.every((x) => typeof x === "string"), "expected an array of strings");

const headerSchema = z.object({
  format: z.literal(1),
  heads: z.array(
    z.object({
      name: z.enum(HEAD_NAMES),
      labels: z.array(z.string()).min(1),
      offset: z.number().int().nonnegative(),
      scale: z.number().positive(),
      temperature: z.number().positive(),
    }),
  ),
  keys: z.number().int().nonnegative(),
  pairs: z.number().int().nonnegative(),
  concepts: z.object({ ids: strings, forms: strings }),
  fingerprint: z.object({ corpus: z.string(), features: z.string(), options: z.string(), examples: z.number().int() }),
});

const align = (n: number): number => (n + 3) & ~3;

export function encodeModel(model: RoutingModel): Buffer {
  const header = Buffer.from(
    JSON.stringify({
      format: model.format,
      heads: model.heads,
      keys: model.keys.length,
      pairs: model.columns.length,
      concepts: model.concepts,
      fingerprint: model.fingerprint,
    }),
    "utf8",
  );
  const n = model.keys.length;
  const m = model.columns.length;
  const c = model.bias.length;
  const start = align(MAGIC.length + 4 + header.length);
  const size = start + 4 * n + 4 * (n + 1) + align(m) + align(m) + 4 * c;
  const out = Buffer.alloc(size);
  out.write(MAGIC, 0, "latin1");
  out.writeUInt32LE(header.length, MAGIC.length);
  header.copy(out, MAGIC.length + 4);
  let at = start;
  for (const v of model.keys) at = out.writeUInt32LE(v, at);
  for (const v of model.offsets) at = out.writeUInt32LE(v, at);
  out.set(model.columns, at);
  at += align(m);
  out.set(new Uint8Array(model.weights.buffer, model.weights.byteOffset, m), at);
  at += align(m);
  for (const v of model.bias) at = out.writeFloatLE(v, at);
  return out;
}

export function decodeModel(bytes: Buffer, source = "routing model"): RoutingModel {
  const fail = (why: string): never => {
    throw new Error(`${source}: ${why}. Rebuild it with \`npm run train\`.`);
  };
  if (bytes.length < MAGIC.length + 4 || bytes.toString("latin1", 0, MAGIC.length) !== MAGIC) fail("not a routing model file");
  const headerLength = bytes.readUInt32LE(MAGIC.length);
  let parsed: z.infer<typeof headerSchema>;
  try {
    parsed = headerSchema.parse(JSON.parse(bytes.toString("utf8", MAGIC.length + 4, MAGIC.length + 4 + headerLength)));
  } catch (error) {
    return fail(`unreadable header (${(error as Error).message.split("\n")[0]})`);
  }
  const n = parsed.keys;
  const m = parsed.pairs;
  const c = columnCount(parsed.heads);
  let at = align(MAGIC.length + 4 + headerLength);
  const expected = at + 4 * n + 4 * (n + 1) + align(m) + align(m) + 4 * c;
  if (bytes.length !== expected) fail(`size ${bytes.length} bytes, expected ${expected}`);
  // Copies (not views): the file's buffer may not be 4-byte aligned. The machines this runs on are
  // little-endian, as the format is.
  const copy = (length: number): ArrayBuffer => {
    const from = bytes.byteOffset + at;
    at += align(length);
    return bytes.buffer.slice(from, from + length) as ArrayBuffer;
  };
  const keys = new Uint32Array(copy(4 * n));
  const offsets = new Uint32Array(copy(4 * (n + 1)));
  const columns = new Uint8Array(copy(m));
  const weights = new Int8Array(copy(m));
  const bias = new Float32Array(copy(4 * c));
  if (offsets[n] !== m) fail("inconsistent offsets");
  for (let i = 1; i < n; i++) if (keys[i - 1]! >= keys[i]!) fail("keys out of order");
  for (const col of columns) if (col >= c) fail("column out of range");
  return { format: 1, heads: parsed.heads, keys, offsets, columns, weights, bias, concepts: parsed.concepts, fingerprint: parsed.fingerprint };
}
