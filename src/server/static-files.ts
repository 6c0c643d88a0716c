/**
 * Serves the widget and the console: a fixed list of files read from public/ at start-up. No wildcard
 * route and no path joining at request time, so there is no path traversal to get wrong, and an unknown
 * file is the ordinary JSON 404. ETags let a cheap phone on a slow network skip unchanged files.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { FastifyInstance } from "fastify";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};

/** Pages served at a friendly URL instead of their file path. */
const PAGE_ALIASES: Record<string, string> = {
  "/widget/index.html": "/",
  "/console/index.html": "/console",
  "/console/setup.html": "/console/setup",
};

interface StaticFile {
  body: Buffer;
  contentType: string;
  etag: string;
}

function listFiles(dir: string): string[] {
  const files: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name.startsWith(".")) continue;
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) files.push(...listFiles(full));
    else files.push(full);
  }
  return files;
}

export function loadStaticFiles(publicDir: string): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  for (const full of listFiles(publicDir)) {
    const contentType = CONTENT_TYPES[path.extname(full)];
    if (!contentType) continue;
    const urlPath = "/" + path.relative(publicDir, full).split(path.sep).join("/");
    const body = readFileSync(full);
    const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 22)}"`;
    files.set(PAGE_ALIASES[urlPath] ?? urlPath, { body, contentType, etag });
  }
  return files;
}

export function registerStaticFiles(app: FastifyInstance, publicDir: string): void {
  for (const [urlPath, file] of loadStaticFiles(publicDir)) {
    app.get(urlPath, async (request, reply) => {
      reply.header("etag", file.etag).header("cache-control", "no-cache");
      if (request.headers["if-none-match"] === file.etag) return reply.code(304).send();
      return reply.type(file.contentType).send(file.body);
    });
  }
}
