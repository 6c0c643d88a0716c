/**
 * Roles in the console API, against the real server: a colleague's case is refused (403 not_assigned)
 * and left untouched; supervisors reassign, reopen, list, disable and enable agents (a disabled agent's
 * open session gets 401 at once) and read the audit log, per case and paged; agents may do none of it.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addAgent } from "../../src/agents/add-agent.js";
import { ResidentClient, startWebServer, type WebHarness } from "./web-harness.js";

let web: WebHarness;
beforeEach(async () => {
  web = await startWebServer({ announceSetupLink: false });
});
afterEach(async () => {
  await web?.close();
});

const PASSWORD = "un mot de passe solide";

async function errorCode(response: Response): Promise<string> {
  return ((await response.json()) as { error: { code: string } }).error.code;
}

async function signedIn(username: string, role: "agent" | "supervisor" = "agent"): Promise<ResidentClient> {
  const displayName = username[0]!.toUpperCase() + username.slice(1);
  await addAgent(web.runtime.store, web.runtime.clock, { username, displayName, password: PASSWORD, role });
  const client = new ResidentClient(web);
  const response = await client.request("POST", "/console/api/login", { body: { username, password: PASSWORD } });
  expect(response.status).toBe(200);
  return client;
}

async function residentWithCase(): Promise<{ resident: ResidentClient; caseId: string }> {
  const resident = new ResidentClient(web);
  await resident.startSession();
  await resident.send({ payload: "cmd:human" });
  await resident.send({ payload: "consent:yes" });
  await resident.send({ payload: "contact:this-chat" });
  await resident.send({ text: "Mon dossier CAF est bloqué depuis deux mois." });
  const [open] = await web.runtime.store.listCases({ status: ["open"] });
  return { resident, caseId: open!.id };
}

async function json<T>(response: Response): Promise<T> {
  expect(response.status).toBeLessThan(300);
  return (await response.json()) as T;
}

describe("a colleague's case", () => {
  it("answers 403 not_assigned to another agent's reply or close, and changes nothing; a note is fine", async () => {
    const { resident, caseId } = await residentWithCase();
    const agentA = await signedIn("nadia");
    const agentB = await signedIn("paul");
    expect((await agentA.request("POST", `/console/api/cases/${caseId}/claim`)).status).toBe(200);

    const page = await json<{ permissions: Record<string, boolean> }>(await agentB.request("GET", `/console/api/cases/${caseId}`));
    expect(page.permissions).toEqual({ claim: false, reply: false, note: true, close: false, reassign: false, reopen: false });
    const mine = await json<{ permissions: Record<string, boolean> }>(await agentA.request("GET", `/console/api/cases/${caseId}`));
    expect(mine.permissions).toEqual({ claim: false, reply: true, note: true, close: true, reassign: false, reopen: false });

    const before = { counts: web.counts(), record: await web.runtime.store.getCase(caseId), transcript: await resident.request("GET", "/api/v1/messages?after=0").then((r) => r.json()) };
    const reply = await agentB.request("POST", `/console/api/cases/${caseId}/reply`, { body: { text: "Bonjour, ici Paul." } });
    expect(reply.status).toBe(403);
    expect(await errorCode(reply)).toBe("not_assigned");
    const close = await agentB.request("POST", `/console/api/cases/${caseId}/close`, { body: { outcome: "resolved" } });
    expect(close.status).toBe(403);
    expect(await errorCode(close)).toBe("not_assigned");
    const after = { counts: web.counts(), record: await web.runtime.store.getCase(caseId), transcript: await resident.request("GET", "/api/v1/messages?after=0").then((r) => r.json()) };
    // Reading the case wrote "read" lines before; the refused actions wrote nothing at all.
    expect(after).toEqual(before);

    expect((await agentB.request("POST", `/console/api/cases/${caseId}/note`, { body: { text: "Je connais la famille." } })).status).toBe(204);
  });
});

describe("supervisors", () => {
  it("reassign and reopen; agents get 403 supervisors_only", async () => {
    const { caseId } = await residentWithCase();
    const nadia = await signedIn("nadia");
    const paulClient = await signedIn("paul");
    const claire = await signedIn("claire", "supervisor");
    const paul = (await web.runtime.store.findAgentByUsername("paul"))!;
    await nadia.request("POST", `/console/api/cases/${caseId}/claim`);

    const supervisorView = await json<{ permissions: Record<string, boolean> }>(await claire.request("GET", `/console/api/cases/${caseId}`));
    expect(supervisorView.permissions).toMatchObject({ reply: true, close: true, reassign: true, reopen: false });

    const refused = await paulClient.request("POST", `/console/api/cases/${caseId}/reassign`, { body: { agentId: paul.id } });
    expect(refused.status).toBe(403);
    expect(await errorCode(refused)).toBe("supervisors_only");
    const unknown = await claire.request("POST", `/console/api/cases/${caseId}/reassign`, { body: { agentId: "nobody" } });
    expect(unknown.status).toBe(422);
    expect(await errorCode(unknown)).toBe("invalid_assignee");

    const reassigned = await json<{ case: { assignedAgentId: string; assignedAgentName: string } }>(
      await claire.request("POST", `/console/api/cases/${caseId}/reassign`, { body: { agentId: paul.id } }),
    );
    expect(reassigned.case).toMatchObject({ assignedAgentId: paul.id, assignedAgentName: "Paul" });
    expect((await nadia.request("POST", `/console/api/cases/${caseId}/reply`, { body: { text: "Bonjour" } })).status).toBe(403);
    expect((await paulClient.request("POST", `/console/api/cases/${caseId}/reply`, { body: { text: "Bonjour, je reprends." } })).status).toBe(204);
    expect((await paulClient.request("POST", `/console/api/cases/${caseId}/close`, { body: { outcome: "resolved" } })).status).toBe(200);

    const notReopened = await paulClient.request("POST", `/console/api/cases/${caseId}/reopen`);
    expect(notReopened.status).toBe(403);
    const reopened = await json<{ case: { status: string; assignedAgentId: string | null } }>(await claire.request("POST", `/console/api/cases/${caseId}/reopen`));
    expect(reopened.case).toMatchObject({ status: "open", assignedAgentId: null });
    const again = await claire.request("POST", `/console/api/cases/${caseId}/reopen`);
    expect(again.status).toBe(409);
    expect(await errorCode(again)).toBe("not_reopenable");
  });

  it("disable an agent: their open session gets 401 at its next request, they cannot sign in; enable restores", async () => {
    const nadia = await signedIn("nadia");
    const claire = await signedIn("claire", "supervisor");
    const nadiaId = (await web.runtime.store.findAgentByUsername("nadia"))!.id;
    const claireId = (await web.runtime.store.findAgentByUsername("claire"))!.id;
    expect((await nadia.request("GET", "/console/api/me")).status).toBe(200);

    expect((await nadia.request("GET", "/console/api/agents")).status).toBe(403);
    expect((await nadia.request("POST", `/console/api/agents/${claireId}/disable`)).status).toBe(403);
    const listed = await json<{ agents: Array<{ username: string; role: string; disabledAt: string | null }> }>(await claire.request("GET", "/console/api/agents"));
    expect(listed.agents.map((a) => [a.username, a.role, a.disabledAt])).toEqual([
      ["claire", "supervisor", null],
      ["nadia", "agent", null],
    ]);
    const self = await claire.request("POST", `/console/api/agents/${claireId}/disable`);
    expect(self.status).toBe(409);
    expect(await errorCode(self)).toBe("cannot_disable_self");
    const foreign = await new ResidentClient(web, "https://evil.example").request("POST", `/console/api/agents/${nadiaId}/disable`, { headers: { cookie: claire.cookie! } });
    expect(foreign.status).toBe(403);

    const disabled = await json<{ agent: { disabledAt: string | null }; endedSessions: number }>(await claire.request("POST", `/console/api/agents/${nadiaId}/disable`));
    expect(disabled.agent.disabledAt).not.toBeNull();
    expect(disabled.endedSessions).toBe(1);
    const next = await nadia.request("GET", "/console/api/cases");
    expect(next.status).toBe(401);
    expect(await errorCode(next)).toBe("sign_in_required");
    const login = await new ResidentClient(web).request("POST", "/console/api/login", { body: { username: "nadia", password: PASSWORD } });
    expect(login.status).toBe(401);

    expect((await claire.request("POST", `/console/api/agents/${nadiaId}/enable`)).status).toBe(200);
    const back = await new ResidentClient(web).request("POST", "/console/api/login", { body: { username: "nadia", password: PASSWORD } });
    expect(back.status).toBe(200);
    expect((await claire.request("POST", "/console/api/agents/nobody/enable")).status).toBe(404);
  });

  it("read the audit log of a case and of everything, newest first and paged; agents cannot", async () => {
    const { caseId } = await residentWithCase();
    const nadia = await signedIn("nadia");
    const claire = await signedIn("claire", "supervisor");
    await nadia.request("GET", `/console/api/cases/${caseId}`);
    await nadia.request("POST", `/console/api/cases/${caseId}/claim`);
    await nadia.request("POST", `/console/api/cases/${caseId}/reply`, { body: { text: "Bonjour" } });
    await nadia.request("POST", `/console/api/cases/${caseId}/note`, { body: { text: "Appeler la CAF" } });
    await nadia.request("POST", `/console/api/cases/${caseId}/close`, { body: { outcome: "resolved" } });

    expect((await nadia.request("GET", "/console/api/audit")).status).toBe(403);
    expect((await nadia.request("GET", `/console/api/cases/${caseId}/audit`)).status).toBe(403);
    const perCase = await json<{ entries: Array<{ action: string; agentName: string | null; caseReference: string }> }>(await claire.request("GET", `/console/api/cases/${caseId}/audit`));
    expect(perCase.entries.map((e) => [e.action, e.agentName])).toEqual([
      ["closed", "Nadia"],
      ["noted", "Nadia"],
      ["answered", "Nadia"],
      ["claimed", "Nadia"],
      ["read", "Nadia"],
      ["opened", null],
    ]);
    const reference = (await web.runtime.store.getCase(caseId))!.reference;
    expect(perCase.entries.every((e) => e.caseReference === reference)).toBe(true);

    const first = await json<{ entries: Array<{ action: string }>; nextBefore: number | null }>(await claire.request("GET", "/console/api/audit?limit=4"));
    expect(first.entries.map((e) => e.action)).toEqual(["closed", "noted", "answered", "claimed"]);
    const second = await json<{ entries: Array<{ action: string }>; nextBefore: number | null }>(await claire.request("GET", `/console/api/audit?limit=4&before=${first.nextBefore}`));
    expect(second.entries.map((e) => e.action)).toEqual(["read", "opened"]);
    expect(second.nextBefore).toBeNull();
    expect((await claire.request("GET", "/console/api/audit?limit=0")).status).toBe(400);
  });
});

describe("finding a case by its reference", () => {
  it("finds it whatever its state and however the reference is typed; an unknown one is a clear 404", async () => {
    const { caseId } = await residentWithCase();
    const agent = await signedIn("paul");
    const record = (await web.runtime.store.getCase(caseId))!;
    const typed = record.reference.toLowerCase().replace("-", " ");
    const found = await json<{ case: { id: string; reference: string } }>(await agent.request("GET", `/console/api/cases/by-reference/${encodeURIComponent(typed)}`));
    expect(found.case).toMatchObject({ id: caseId, reference: record.reference });
    await web.runtime.core.closeCase(caseId, { id: "slack:U1", displayName: "Nadia" }, "resolved");
    expect((await agent.request("GET", `/console/api/cases/by-reference/${record.reference}`)).status).toBe(200);
    const missing = await agent.request("GET", "/console/api/cases/by-reference/ZZZ-999");
    expect(missing.status).toBe(404);
    expect(await errorCode(missing)).toBe("case_not_found");
    expect((await new ResidentClient(web).request("GET", `/console/api/cases/by-reference/${record.reference}`)).status).toBe(401);
  });
});
