import { parse as parseQuery } from "node:querystring";

import multipart from "@fastify/multipart";
import type { FastifyInstance } from "fastify";

/** Uploads are capped like the sandbox's bodyLimit: 15 MB. */
const MAX_UPLOAD = 15 * 1024 * 1024;

/**
 * Parsers, scoped to the WiseAlpha plugin so other providers are unaffected:
 * - form posts: the seed's Python examples send `data=` (form-encoded), and its curl
 *   examples send JSON with `-d` but no Content-Type (curl then says form-encoded), so a
 *   form body that looks like JSON is read as JSON;
 * - document uploads as a raw body with the file's own Content-Type;
 * - multipart/form-data through @fastify/multipart.
 */
export async function registerBodyParsers(app: FastifyInstance) {
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD, files: 2 } });

  app.addContentTypeParser("application/x-www-form-urlencoded", { parseAs: "string" }, (_request, raw, done) => {
    const text = String(raw).trim();
    if (text.startsWith("{") || text.startsWith("[")) {
      try {
        return done(null, JSON.parse(text));
      } catch {
        // Not JSON after all: fall through to form decoding.
      }
    }
    done(null, { ...parseQuery(text) });
  });

  // Everything else (image/jpeg, application/pdf, octet-stream, …) arrives as bytes;
  // the upload route decides by magic bytes, other routes ignore a binary body.
  app.addContentTypeParser("*", { parseAs: "buffer", bodyLimit: MAX_UPLOAD }, (_request, raw, done) => done(null, raw));
}
