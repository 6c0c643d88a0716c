/**
 * Configuration from the environment, validated once at start-up with messages that say how to fix a
 * wrong value. Every variable is documented in the README.
 */
import { z } from "zod";

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() !== "" ? v.trim() : undefined));

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("127.0.0.1"),
  DATABASE_URL: optionalText,
  DATA_DIR: z.string().default("data"),
  PUBLIC_BASE_URL: optionalText,
  ALLOWED_ORIGINS: optionalText,
  TERRITORY_FILE: optionalText,
  CONTENT_DIR: optionalText,
  /** Who answers data-protection questions (a DPO's e-mail or address), shown on /confidentialite. */
  PRIVACY_CONTACT: optionalText,
  RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  CASE_RETENTION_DAYS: z.coerce.number().int().min(30).max(3650).default(730),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  TELEGRAM_BOT_TOKEN: optionalText,
  TELEGRAM_WEBHOOK_SECRET: optionalText,
  TELEGRAM_API_ROOT: optionalText,
  SLACK_BOT_TOKEN: optionalText,
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: optionalText,
  SLACK_AGENTS_CHANNEL: optionalText,
  SLACK_VOLUNTEERS_CHANNEL: optionalText,
  SLACK_API_URL: optionalText,
  SLACK_SUPERVISOR_CHANNEL: optionalText,
  RATE_LIMIT_MESSAGES_PER_MINUTE: z.coerce.number().int().min(1).default(20),
  RATE_LIMIT_MESSAGES_PER_ADDRESS_PER_MINUTE: z.coerce.number().int().min(1).default(60),
  RATE_LIMIT_SESSIONS_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  TRUST_PROXY: z
    .enum(["true", "false", "1", "0", ""])
    .default("false")
    .transform((v) => v === "true" || v === "1"),
  READY_MAX_OUTBOX_LAG_SECONDS: z.coerce.number().int().min(1).default(1800),
  OUTBOX_ALERT_AFTER_SECONDS: z.coerce.number().int().min(1).default(60),
  SLA_URGENT_MINUTES: z.coerce.number().int().min(1).default(30),
  SLA_UNTAKEN_HOURS: z.coerce.number().int().min(1).default(24),
  SLA_RESIDENT_WAITING_HOURS: z.coerce.number().int().min(1).default(48),
  CONSOLE_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  CONSOLE_SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(30 * 24).default(12),
});

export type AppConfig = z.infer<typeof envSchema> & { publicBaseUrl: string; allowedOrigins: string[] };

export class ConfigError extends Error {
  constructor(problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join("\n  - ")}\nSee the README's "Configuration" section for every variable.`);
    this.name = "ConfigError";
  }
}

export function readConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<z.infer<typeof envSchema>> = {}): AppConfig {
  const parsed = envSchema.safeParse({ ...env, ...Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined)) });
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`));
  const config = parsed.data;
  const problems: string[] = [];
  if (config.TELEGRAM_WEBHOOK_SECRET && !/^[A-Za-z0-9_-]{1,256}$/.test(config.TELEGRAM_WEBHOOK_SECRET)) {
    problems.push("TELEGRAM_WEBHOOK_SECRET: Telegram accepts 1–256 characters among A–Z, a–z, 0–9, _ and -.");
  }
  if (config.SLACK_BOT_TOKEN && !config.SLACK_SIGNING_SECRET && !config.SLACK_APP_TOKEN) {
    problems.push("SLACK_BOT_TOKEN is set: also set SLACK_SIGNING_SECRET (HTTP mode) or SLACK_APP_TOKEN (Socket Mode).");
  }
  if (config.SLACK_BOT_TOKEN && !config.SLACK_AGENTS_CHANNEL) problems.push("SLACK_BOT_TOKEN is set: also set SLACK_AGENTS_CHANNEL (the channel id where cases are posted).");
  if (problems.length) throw new ConfigError(problems);
  const publicBaseUrl = (config.PUBLIC_BASE_URL ?? `http://localhost:${config.PORT}`).replace(/\/+$/, "");
  const https = publicBaseUrl.startsWith("https:");
  // Served over https, the service has no business with pages on the visitor's own machine: a local
  // program could otherwise act in a resident's session.
  const allowedOrigins = config.ALLOWED_ORIGINS
    ? config.ALLOWED_ORIGINS.split(",").map((o) => o.trim().replace(/\/+$/, "")).filter(Boolean)
    : https ? [publicBaseUrl] : [publicBaseUrl, `http://127.0.0.1:${config.PORT}`, `http://localhost:${config.PORT}`];
  const local = allowedOrigins.filter((o) => /^https?:\/\/(localhost|127\.|\[::1\])/i.test(o));
  if (https && local.length > 0) {
    throw new ConfigError([`ALLOWED_ORIGINS lists ${local.join(", ")} while PUBLIC_BASE_URL is https: remove the local origins (they are for development over http only).`]);
  }
  return { ...config, publicBaseUrl, allowedOrigins: [...new Set(allowedOrigins)] };
}
