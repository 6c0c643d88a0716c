/**
 * Creates a console agent account (used by `accueil agents add` and by the first-start setup page).
 */
import { z } from "zod";
import type { Clock } from "../core/clock.js";
import { CodedError } from "../core/coded-error.js";
import type { AgentRecord, AgentStore } from "./agent-store.js";
import { hashPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./password.js";

export class AddAgentError extends CodedError<"invalid_username" | "invalid_display_name" | "password_too_short" | "password_too_long" | "username_taken"> {
  override name = "AddAgentError";
}

export const usernameSchema = z.string().regex(/^[a-z0-9][a-z0-9._-]{1,39}$/);

export interface NewAgentInput {
  username: string;
  displayName?: string;
  password: string;
  role: AgentRecord["role"];
}

export type PreparedAgent = Omit<AgentRecord, "id" | "createdAt" | "disabledAt">;

export async function addAgent(store: AgentStore, clock: Clock, input: NewAgentInput): Promise<AgentRecord> {
  return store.createAgent(await prepareAgent(store, input), clock.now());
}

/** Validates the input, checks the username is free and hashes the password; stores nothing. */
export async function prepareAgent(store: AgentStore, input: NewAgentInput): Promise<PreparedAgent> {
  const username = input.username.trim().toLowerCase();
  if (!usernameSchema.safeParse(username).success) {
    throw new AddAgentError(
      "invalid_username",
      "A username has 2 to 40 characters: lower-case letters, digits, dot, dash or underscore, starting with a letter or digit.",
    );
  }
  const displayName = (input.displayName ?? username).trim();
  if (displayName.length < 1 || displayName.length > 80) {
    throw new AddAgentError("invalid_display_name", "A display name has 1 to 80 characters.");
  }
  if ([...input.password].length < MIN_PASSWORD_LENGTH) {
    throw new AddAgentError("password_too_short", `A password has at least ${MIN_PASSWORD_LENGTH} characters.`);
  }
  if (input.password.length > MAX_PASSWORD_LENGTH) {
    throw new AddAgentError("password_too_long", `A password has at most ${MAX_PASSWORD_LENGTH} characters.`);
  }
  if (await store.findAgentByUsername(username)) {
    throw new AddAgentError("username_taken", `An agent named "${username}" already exists.`);
  }
  const passwordHash = await hashPassword(input.password);
  return { username, displayName, passwordHash, role: input.role };
}
