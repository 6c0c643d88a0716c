/** The CLI's password input: typed twice without echo on a terminal, or the first line of stdin. */
import { PassThrough, Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { readNewPassword } from "../../src/agents/read-password.js";

/** A terminal as Node presents it: a readable stream with isTTY and setRawMode. */
function terminal(keystrokes: string[]) {
  const stdin = new PassThrough() as PassThrough & { isTTY: boolean; setRawMode: (mode: boolean) => void; rawModes: boolean[] };
  stdin.isTTY = true;
  stdin.rawModes = [];
  stdin.setRawMode = (mode: boolean) => void stdin.rawModes.push(mode);
  let written = "";
  const stderr = new PassThrough();
  stderr.on("data", (chunk: Buffer) => {
    written += chunk.toString();
    // Answer each prompt when it appears, the way a person types after reading it.
    if (/: $/.test(written)) {
      const next = keystrokes.shift();
      if (next !== undefined) setImmediate(() => stdin.write(next));
    }
  });
  return { io: { stdin, stderr }, stdin, echoed: () => written };
}

describe("readNewPassword", () => {
  it("reads the same password twice, hidden, with backspace", async () => {
    const tty = terminal(["un mot de passe x\u007f solide\r", "un mot de passe  solide\r"]);
    await expect(readNewPassword(tty.io)).resolves.toBe("un mot de passe  solide");
    expect(tty.echoed()).not.toContain("solide");
    expect(tty.stdin.rawModes).toEqual([true, false, true, false]);
  });

  it("refuses two different passwords", async () => {
    const tty = terminal(["premier mot de passe\r", "second mot de passe\r"]);
    await expect(readNewPassword(tty.io)).rejects.toThrow("differ");
  });

  it("takes the first line of a pipe", async () => {
    const stdin = Readable.from(["ligne un avec espaces \r\n", "ligne deux\n"]);
    await expect(readNewPassword({ stdin, stderr: new PassThrough() })).resolves.toBe("ligne un avec espaces ");
  });
});
