/**
 * A worker thread of `accueil classify` for large inputs: loads the catalogue and the understander once,
 * classifies the slice of lines it is given, and posts the result back (see commands/classify.ts).
 */
import { parentPort, workerData } from "node:worker_threads";
import { loadCatalogue } from "../catalogue/load-catalogue.js";
import { createUnderstander } from "../understanding/create-understander.js";
import { classifyLines } from "./classify-lines.js";

interface Job {
  rightsDir: string;
  lines: string[];
  firstLine: number;
}

const job = workerData as Job;
const understander = createUnderstander(loadCatalogue(job.rightsDir));
parentPort?.postMessage(classifyLines(understander, job.lines, job.firstLine));
