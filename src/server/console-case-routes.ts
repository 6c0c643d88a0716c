/**
 * The console's case work: the list (urgency, then age), one case with the conversation since consent
 * and the case's events, and the actions — claim, reply, internal note, close, and for supervisors
 * reassign and reopen — which all go through the core, so the console and Slack always change the same
 * case state and obey the same rules (a colleague's case: 403 not_assigned). One case's page also says
 * what the agent may do with it (`permissions`), and its reading is written in the audit log.
 * Each active case also says whether it waits beyond a service level (`reminder`, the core's rule — see
 * core/case-timers.ts), so a CCAS on the console alone gets the reminders; the core's timers send a
 * `case` hint ("reminder") the moment one comes due.
 * Live updates are an SSE stream of hints (`case`, `message`); the page re-reads the API, which is the truth.
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import type { AccueilCore } from "../core/accueil-core.js";
import type { CaseReminder } from "../core/case-reminder.js";
import { CASE_OUTCOMES, CASE_STATUSES, type CaseRecord, type CaseStatus } from "../records/case-record.js";
import { TEXT_LIMITS } from "../core/text-limits.js";
import { identityOf, requireAgent, requireSupervisor, type ConsoleAccess } from "./console-auth.js";
import { auditView } from "./audit-view.js";
import { HttpError } from "./http-error.js";
import type { OriginPolicy } from "./origin-check.js";
import { SseStream, type SseRegistry } from "./sse-stream.js";

export interface ConsoleCaseOptions extends ConsoleAccess {
  core: AccueilCore;
  origins: OriginPolicy;
  streams: SseRegistry;
  headersFor(path: string): Record<string, string>;
}

const MAX_AGENT_TEXT = TEXT_LIMITS.consoleAgentText;

const textSchema = z.object({ text: z.string().trim().min(1).max(MAX_AGENT_TEXT) }).strict();
const closeSchema = z.object({ outcome: z.enum(CASE_OUTCOMES), note: z.string().trim().max(MAX_AGENT_TEXT).optional() }).strict();
const listQuery = z.object({ status: z.string().optional() });
const caseParams = z.object({ id: z.string().min(1).max(100) });
const reassignSchema = z.object({ agentId: z.string().min(1).max(100) }).strict();
/** A case's audit is short (a few lines per action); this bounds an unusual one. */
const CASE_AUDIT_LIMIT = 500;

export async function registerConsoleCaseRoutes(app: FastifyInstance, options: ConsoleCaseOptions): Promise<void> {
  const { core, store, origins } = options;
  const stateChanging = { preHandler: async (request: FastifyRequest) => origins.assertStateChange(request) };

  async function agentName(id: string | null): Promise<string | null> {
    if (!id) return null;
    return (await core.agentName(id)) ?? id;
  }

  async function caseView(record: CaseRecord) {
    return { ...record, assignedAgentName: await agentName(record.assignedAgentId), entryTitle: entryTitle(record.entryId) };
  }

  /** A reminder as the page reads it: since when (ISO), and for how long by the server's clock. */
  function reminderView(reminder: CaseReminder | undefined) {
    if (!reminder) return null;
    const waitedMinutes = Math.max(0, Math.floor((options.clock.now().getTime() - reminder.since.getTime()) / 60_000));
    return { reason: reminder.reason, urgent: reminder.urgent, stage: reminder.stage, since: reminder.since.toISOString(), waitedMinutes };
  }

  /** The catalogue's title for a case's entry (French: the console's names follow the catalogue's). */
  function entryTitle(entryId: string | null): string | null {
    if (!entryId) return null;
    return core.labels("fr").entries[entryId] ?? null;
  }

  async function loadCase(request: FastifyRequest): Promise<CaseRecord> {
    const params = caseParams.safeParse(request.params);
    const record = params.success ? await core.getCase(params.data.id) : undefined;
    if (!record) throw new HttpError(404, "case_not_found", "No such case.");
    return record;
  }

  function parse<T>(schema: z.ZodType<T>, body: unknown, what: string): T {
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      const tooLong = parsed.error.issues.some((issue) => issue.code === "too_big");
      if (tooLong) throw new HttpError(422, "text_too_long", `At most ${MAX_AGENT_TEXT} characters.`);
      throw new HttpError(400, "invalid_body", `Expected ${what}.`);
    }
    return parsed.data;
  }

  app.get("/console/api/cases", async (request) => {
    const agent = await requireAgent(options, request);
    const query = listQuery.safeParse(request.query);
    const wanted = (query.success && query.data.status ? query.data.status.split(",") : ["open", "claimed"]).filter(
      (s): s is CaseStatus => (CASE_STATUSES as readonly string[]).includes(s),
    );
    const cases = await core.listCases({ status: wanted });
    // What reached each case since this agent last opened it: new messages, a crisis (shown first).
    const activity = await core.caseActivity(
      cases.map((c) => c.id),
      agent.id,
    );
    const reminders = await core.caseTimers.remindersFor(cases);
    const views = await Promise.all(
      cases.map(async (record) => {
        const seen = activity.get(record.id);
        return {
          ...(await caseView(record)),
          newMessages: seen?.newMessages ?? 0,
          crisisSinceRead: seen?.crisisSinceRead ? { category: seen.crisisSinceRead.category, at: seen.crisisSinceRead.at.toISOString() } : null,
          reminder: reminderView(reminders.get(record.id)),
        };
      }),
    );
    const alerted = views.filter((v) => v.crisisSinceRead && (v.status === "open" || v.status === "claimed"));
    return { cases: [...alerted, ...views.filter((v) => !alerted.includes(v))] };
  });

  app.get("/console/api/labels", async (request) => {
    await requireAgent(options, request);
    const lang = (request.query as { lang?: unknown }).lang;
    return core.labels(typeof lang === "string" && /^[a-z]{2}$/.test(lang) ? lang : "fr");
  });

  // Residents are told to keep their reference ("A7K-3QX"): agents find the case by it, whatever its state.
  app.get("/console/api/cases/by-reference/:reference", async (request) => {
    await requireAgent(options, request);
    const { reference } = request.params as { reference: string };
    const found = reference.length <= 32 ? await core.findCaseByReference(reference) : undefined;
    if (!found) throw new HttpError(404, "case_not_found", "No case has this reference.");
    return { case: await caseView(found) };
  });

  app.get("/console/api/cases/:id", async (request) => {
    const agent = await requireAgent(options, request);
    const record = await loadCase(request);
    // The agent sees the conversation from the resident's consent on, never what came before.
    const messages = await core.caseTranscript(record);
    await core.recordCaseRead(record.id, identityOf(agent));
    // Resident messages after this are shown as new (the agent had not seen them).
    const lastReadAt = await core.markCaseRead(record.id, identityOf(agent));
    const reminder = (await core.caseTimers.remindersFor([record])).get(record.id);
    return {
      case: { ...(await caseView(record)), reminder: reminderView(reminder) },
      lastReadAt: lastReadAt?.toISOString() ?? null,
      messages,
      events: await core.caseEvents(record.id),
      me: agent.id,
      permissions: await core.permissionsFor(record, identityOf(agent)),
    };
  });

  app.get("/console/api/cases/:id/audit", async (request) => {
    await requireSupervisor(options, request);
    const record = await loadCase(request);
    const page = await store.listAudit({ caseId: record.id, limit: CASE_AUDIT_LIMIT });
    return { entries: await auditView(core, page.entries) };
  });

  app.post("/console/api/cases/:id/claim", stateChanging, async (request) => {
    const agent = await requireAgent(options, request);
    const record = await loadCase(request);
    return { case: await caseView(await core.claimCase(record.id, identityOf(agent))) };
  });

  app.post("/console/api/cases/:id/reply", stateChanging, async (request, reply) => {
    const agent = await requireAgent(options, request);
    const record = await loadCase(request);
    const { text } = parse(textSchema, request.body, "{ text }");
    await core.replyToResident(record.id, identityOf(agent), text);
    return reply.code(204).send();
  });

  app.post("/console/api/cases/:id/note", stateChanging, async (request, reply) => {
    const agent = await requireAgent(options, request);
    const record = await loadCase(request);
    const { text } = parse(textSchema, request.body, "{ text }");
    await core.addInternalNote(record.id, identityOf(agent), text);
    return reply.code(204).send();
  });

  app.post("/console/api/cases/:id/close", stateChanging, async (request) => {
    const agent = await requireAgent(options, request);
    const record = await loadCase(request);
    const { outcome, note } = parse(closeSchema, request.body, "{ outcome, note? }");
    const closed = await core.closeCase(record.id, identityOf(agent), outcome, note || undefined);
    return { case: await caseView(closed) };
  });

  app.post("/console/api/cases/:id/reassign", stateChanging, async (request) => {
    const supervisor = await requireSupervisor(options, request);
    const record = await loadCase(request);
    const { agentId } = parse(reassignSchema, request.body, "{ agentId }");
    return { case: await caseView(await core.reassignCase(record.id, identityOf(supervisor), agentId)) };
  });

  app.post("/console/api/cases/:id/reopen", stateChanging, async (request) => {
    const supervisor = await requireSupervisor(options, request);
    const record = await loadCase(request);
    return { case: await caseView(await core.reopenCase(record.id, identityOf(supervisor))) };
  });

  app.get("/console/api/events", async (request, reply) => {
    origins.assertRead(request);
    await requireAgent(options, request);
    const stream = new SseStream(reply, options.headersFor(request.url));
    options.streams.add(stream, "console");
    const offCase = core.events.on("case", (event) => stream.send({ event: "case", data: event }));
    // Only conversations with an active case concern agents; other residents' activity is not shown.
    const offMessage = core.events.on("message", (event) => {
      void core
        .activeCaseOf(event.conversationId)
        .then((active) => {
          if (active) stream.send({ event: "message", data: { caseId: active.id } });
        })
        .catch((error: unknown) => reply.log.warn({ err: error }, "console stream lookup failed"));
    });
    stream.onClose(() => {
      offCase();
      offMessage();
    });
    stream.send({ event: "ready", data: {} });
  });
}
