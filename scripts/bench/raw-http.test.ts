import http from "node:http";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { prebuiltPost, rawConnection, responseEnd } from "./raw-http";

describe("responseEnd", () => {
  it("finds the end of Content-Length, chunked and length-less responses", () => {
    const cl = Buffer.from("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhelloHTTP/1.1");
    expect(responseEnd(cl)).toEqual({ status: 200, length: cl.length - 8, close: false });
    expect(responseEnd(cl.subarray(0, 20))).toBeNull();
    const chunked = Buffer.from("HTTP/1.1 503 X\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n");
    expect(responseEnd(chunked)).toEqual({ status: 503, length: chunked.length, close: false });
    expect(responseEnd(chunked.subarray(0, chunked.length - 2))).toBeNull();
    expect(responseEnd(Buffer.from("HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nbody"))).toMatchObject({ status: 200, length: -1 });
  });
});

describe("rawConnection", () => {
  let server: http.Server;
  let url: URL;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        const body = Buffer.concat(chunks).toString();
        if (body === "chunked") {
          res.writeHead(202);
          res.write("a");
          res.end("b");
        } else if (body === "close") {
          res.writeHead(401, { connection: "close" });
          res.end("no");
        } else res.writeHead(req.headers["x-sig"] === "s" ? 200 : 400, { "content-length": 2 }).end("ok");
      });
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    url = new URL(`http://127.0.0.1:${(server.address() as { port: number }).port}/p`);
  });
  afterAll(() => new Promise((r) => server.close(r)));

  it("sends prebuilt requests over one connection and reads each status", async () => {
    const conn = rawConnection(url);
    const post = (body: string, sig = "s") => conn.send(prebuiltPost(url, { "x-sig": sig }, Buffer.from(body)));
    expect(await post("x")).toBe(200);
    expect(await post("x", "bad")).toBe(400);
    expect(await post("chunked")).toBe(202);
    expect(await post("close")).toBe(401);
    expect(await post("x")).toBe(200); // reconnected after the close
    conn.close();
  });
});
