/**
 * Reads a new password for the CLI: from standard input when it is not a terminal (scripts, CI:
 * `printf '%s\n' "$PASSWORD" | accueil agents add …`), else typed twice without echo.
 */
import type { Readable, Writable } from "node:stream";

export interface PasswordIo {
  stdin: Readable & { isTTY?: boolean; setRawMode?: (mode: boolean) => unknown };
  stderr: Writable;
}

export async function readNewPassword(io: PasswordIo): Promise<string> {
  if (!io.stdin.isTTY || !io.stdin.setRawMode) return readFirstLine(io.stdin);
  const first = await promptHidden(io, "Password (at least 12 characters): ");
  const second = await promptHidden(io, "Same password again: ");
  if (first !== second) throw new Error("The two passwords differ.");
  return first;
}

async function readFirstLine(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  const text = Buffer.concat(chunks).toString("utf8");
  // Only the line ending is removed: spaces inside or around a password are part of it.
  return (text.split(/\r?\n/)[0] ?? "");
}

function promptHidden(io: PasswordIo, question: string): Promise<string> {
  const { stdin, stderr } = io;
  stderr.write(question);
  stdin.setRawMode?.(true);
  stdin.setEncoding("utf8");
  stdin.resume();
  return new Promise((resolve, reject) => {
    let value = "";
    const cleanup = () => {
      stdin.off("data", onData);
      stdin.setRawMode?.(false);
      stdin.pause();
      stderr.write("\n");
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === "\r" || ch === "\n") {
          cleanup();
          resolve(value);
          return;
        }
        if (ch === "\u0003" || ch === "\u0004") {
          cleanup();
          reject(new Error("Cancelled."));
          return;
        }
        if (ch === "\u007f" || ch === "\b") value = [...value].slice(0, -1).join("");
        else value += ch;
      }
    };
    stdin.on("data", onData);
  });
}
