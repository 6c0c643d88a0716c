/**
 * The indicators page (supervisors): GET /console/api/indicators?from=YYYY-MM-DD&to=YYYY-MM-DD, as JSON
 * or, with format=csv, as a CSV file. Nothing here identifies a resident: turn statistics carry no
 * conversation and no words; the questions not understood were redacted before they were stored.
 */
import type { FastifyInstance } from "fastify";
import type { AccueilCore } from "../core/accueil-core.js";
import { requireSupervisor, type ConsoleAccess } from "./console-auth.js";
import { HttpError } from "./http-error.js";
import { buildIndicators, indicatorsCsv, parsePeriod } from "./indicators.js";

export interface ConsoleIndicatorOptions extends ConsoleAccess {
  core: AccueilCore;
}

export function registerConsoleIndicatorRoutes(app: FastifyInstance, options: ConsoleIndicatorOptions): void {
  app.get("/console/api/indicators", async (request, reply) => {
    await requireSupervisor(options, request);
    const query = request.query as { from?: unknown; to?: unknown; format?: unknown };
    const period = parsePeriod(query.from || undefined, query.to || undefined, options.clock.now());
    if (!period) throw new HttpError(400, "invalid_period", "Expected from and to as YYYY-MM-DD, from before to, at most a year apart.");
    const data = await buildIndicators(options.store, period, options.core.labels("fr"));
    if (query.format === "csv") {
      return reply
        .type("text/csv; charset=utf-8")
        .header("content-disposition", `attachment; filename="indicateurs-${data.from}-${data.to}.csv"`)
        .send(`\uFEFF${indicatorsCsv(data)}`);
    }
    return data;
  });
}
