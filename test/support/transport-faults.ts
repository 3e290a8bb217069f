// Transport faults for the protocol server (merged into its FAULTS registry). Each one misbehaves at the HTTP/TCP
// level the way real networks and proxies do: resets, stalls, idle keep-alive sockets closed under the client, huge
// bodies and content-length headers that lie. Vectors name them and pass their knobs as params, so the table stays
// data. A fault that breaks framing writes the raw response itself and then closes the connection, because Node's
// ServerResponse refuses to send a body that disagrees with its content-length.
import type { Socket } from "node:net";
import type { FaultContext } from "./protocol-server";

const str = (v: unknown, fallback = "") => (typeof v === "string" ? v : fallback);
const num = (v: unknown, fallback: number) => (typeof v === "number" ? v : fallback);

function rawHead(status: number, reason: string, headers: Record<string, string | number>): string {
  const lines = Object.entries(headers).map(([k, v]) => `${k}: ${v}`);
  return `HTTP/1.1 ${status} ${reason}\r\n${lines.join("\r\n")}\r\n\r\n`;
}

/** Sends RST instead of FIN, the way a crashed proxy or a firewall drops a connection. */
function reset(socket: Socket): void {
  socket.resetAndDestroy();
}

/** A body for the large-JSON fault: the model's required members plus an unknown member that pads it to size. */
function largeJson(base: Record<string, unknown>, targetBytes: number): string {
  const entry = { id: "0000000", note: "x".repeat(100) };
  const entryBytes = JSON.stringify(entry).length + 1;
  const padding = Array.from({ length: Math.ceil(targetBytes / entryBytes) }, (_, i) => ({ ...entry, id: String(i).padStart(7, "0") }));
  return JSON.stringify({ ...base, unmodeledPadding: padding });
}
const largeCache = new Map<string, string>();

/**
 * A valid JSON body of exactly `bytes` bytes (ASCII, so bytes = characters): the base members plus an unknown member
 * whose string pads it to size.
 */
function exactJson(base: Record<string, unknown>, bytes: number): string {
  const shell = JSON.stringify({ ...base, unmodeledPadding: "" });
  if (bytes < shell.length) throw new Error(`exactJson: ${bytes} bytes is less than the ${shell.length} the members need`);
  const body = JSON.stringify({ ...base, unmodeledPadding: "x".repeat(bytes - shell.length) });
  if (Buffer.byteLength(body) !== bytes) throw new Error(`exactJson: made ${Buffer.byteLength(body)} bytes, not ${bytes}`);
  return body;
}
const exactCache = new Map<string, string>();

/** Writes `text` in 64 KiB pieces, waiting for the socket to drain, so the server never buffers more than a piece. */
async function writeInPieces(res: import("node:http").ServerResponse, text: string): Promise<boolean> {
  const piece = 64 * 1024;
  for (let at = 0; at < text.length; at += piece) {
    if (res.destroyed) return false;
    if (!res.write(text.slice(at, at + piece))) {
      await new Promise<void>((resolve) => {
        const done = () => {
          res.off("drain", done);
          res.off("close", done);
          resolve();
        };
        res.once("drain", done);
        res.once("close", done);
      });
    }
  }
  return !res.destroyed;
}

/** x-amz-date is ISO 8601 basic format: 20260301T100000Z. */
function parseAmzDate(value: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  return m ? Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]) : NaN;
}

export const TRANSPORT_FAULTS: Record<string, (ctx: FaultContext) => void | Promise<void>> = {
  /** The connection is reset after the request arrived and before any response byte. */
  "reset-before-headers": ({ req }) => reset(req.socket),

  /** Status and headers (with the full content-length) go out, then part of the body, then RST. */
  "reset-mid-body": ({ req, res, params, corsHeaders }) => {
    const body = str(params.body);
    res.writeHead(num(params.status, 200), { ...corsHeaders, "content-type": "application/json", "content-length": Buffer.byteLength(body) });
    res.write(body.slice(0, num(params.sendBytes, Math.floor(body.length / 2))), () => {
      // Give the partial body time to reach the client before the reset overtakes it.
      setTimeout(() => reset(req.socket), num(params.resetAfterMs, 30));
    });
  },

  /** Headers and the first bytes of the body go out; the rest never comes. The socket stays open. */
  "stall-body": ({ res, params, corsHeaders }) => {
    const body = str(params.body);
    res.writeHead(num(params.status, 200), { ...corsHeaders, "content-type": "application/json", "content-length": Buffer.byteLength(body) });
    res.write(body.slice(0, num(params.sendBytes, 10)));
  },

  /**
   * Answers normally on a keep-alive connection. With closeAfterMs, the server then closes the idle connection (FIN)
   * as servers and load balancers do when their keep-alive timeout expires.
   */
  "respond-then-close-idle": ({ req, res, params, corsHeaders }) => {
    const body = str(params.body);
    const headers = { ...corsHeaders, "content-type": "application/json", ...(params.headers as Record<string, string> | undefined) };
    res.writeHead(num(params.status, 200), headers);
    res.end(body, () => {
      if (typeof params.closeAfterMs === "number") setTimeout(() => req.socket.end(), params.closeAfterMs);
    });
  },

  /**
   * The race behind "stale socket" errors: the client reuses a pooled connection just as the server drops it, so
   * the request is answered with RST. A socket that already carried a response (bytesWritten > 0) is a reused one.
   * Arriving on a fresh connection means the vector did not set up the race; the fault then answers 599 so the
   * vector fails saying so instead of passing by accident.
   */
  "reset-if-reused": ({ req, res, corsHeaders }) => {
    if (req.socket.bytesWritten > 0) return reset(req.socket);
    res.writeHead(599, { ...corsHeaders, "content-type": "text/plain" });
    res.end("test server: this request came on a fresh connection, not the reused keep-alive socket the vector needs");
  },

  /** A valid JSON body of about params.bytes (default 10 MiB); base members come from params.base. */
  "large-json": ({ res, params, corsHeaders }) => {
    const base = (params.base as Record<string, unknown>) ?? {};
    const bytes = num(params.bytes, 10 * 1024 * 1024);
    const key = `${JSON.stringify(base)}:${bytes}`;
    let body = largeCache.get(key);
    if (!body) largeCache.set(key, (body = largeJson(base, bytes)));
    res.writeHead(200, { ...corsHeaders, "content-type": "application/json", "content-length": Buffer.byteLength(body) });
    res.end(body);
  },

  /**
   * A 200 whose JSON body never ends: after the model's members, one string member grows 64 KiB at a time, as fast
   * as the client reads (the server waits for each piece to drain, so its own memory stays flat), until the client
   * hangs up. Chunked, so no content-length warns the client.
   */
  "endless-body": async ({ res, params, corsHeaders }) => {
    res.writeHead(200, { ...corsHeaders, "content-type": "application/json", "x-amzn-requestid": "req-endless" });
    const head = JSON.stringify(params.base ?? {}).replace(/}$/, ',"unmodeledPadding":"');
    const piece = "x".repeat(64 * 1024);
    if (!(await writeInPieces(res, head))) return;
    while (await writeInPieces(res, piece));
  },

  /**
   * Headers announce a body of params.contentLength bytes (default 2 GiB); then one byte trickles out every
   * params.everyMs (default 100) until the client hangs up.
   */
  "huge-content-length-trickle": ({ req, params, corsHeaders }) => {
    const socket = req.socket;
    socket.write(rawHead(200, "OK", {
      ...corsHeaders,
      "content-type": "application/json",
      "content-length": num(params.contentLength, 2 * 1024 ** 3),
      "x-amzn-requestid": "req-huge",
    }));
    const timer = setInterval(() => (socket.destroyed ? clearInterval(timer) : socket.write("{")), num(params.everyMs, 100));
    socket.once("close", () => clearInterval(timer));
  },

  /**
   * A valid JSON body of exactly params.bytes bytes (the members of params.base, padded by an unknown member), with
   * params.status (default 200) and params.headers. Sent chunked unless params.contentLength is true.
   */
  "sized-json": async ({ res, params, corsHeaders }) => {
    const bytes = num(params.bytes, 1024);
    const key = `${JSON.stringify(params.base ?? {})}:${bytes}`;
    let body = exactCache.get(key);
    if (!body) exactCache.set(key, (body = exactJson((params.base as Record<string, unknown>) ?? {}, bytes)));
    res.writeHead(num(params.status, 200), {
      ...corsHeaders,
      "content-type": "application/json",
      ...(params.contentLength === true ? { "content-length": bytes } : {}),
      ...(params.headers as Record<string, string> | undefined),
    });
    if (await writeInPieces(res, body)) res.end();
  },

  /** The whole body in params.chunks pieces (default 8), one every params.everyMs (default 100), with content-length. */
  "trickle-body": ({ res, params, corsHeaders }) => {
    const body = str(params.body);
    const chunks = num(params.chunks, 8);
    const size = Math.ceil(body.length / chunks);
    res.writeHead(200, { ...corsHeaders, "content-type": "application/json", "content-length": Buffer.byteLength(body) });
    let at = 0;
    const timer = setInterval(() => {
      if (res.destroyed) return clearInterval(timer);
      const piece = body.slice(at, (at += size));
      if (at >= body.length) {
        clearInterval(timer);
        res.end(piece);
      } else {
        res.write(piece);
      }
    }, num(params.everyMs, 100));
  },

  /**
   * A server whose clock is params.skewMs away from the client's. Like SigV4 services it rejects a request signed
   * more than 5 minutes off its own time with 403 and params.errorType; every answer carries its own time in Date.
   * Date is not a CORS-safelisted response header: a browser shows it to the page only if the server lists it in
   * Access-Control-Expose-Headers, which params.exposeDate adds to the model's own list.
   */
  "clock-skewed": ({ req, res, params, corsHeaders: modelCors }) => {
    const exposed = modelCors["access-control-expose-headers"];
    const corsHeaders = params.exposeDate && exposed !== undefined ? { ...modelCors, "access-control-expose-headers": `${exposed}, date` } : modelCors;
    const serverNow = Date.now() + num(params.skewMs, 15 * 60 * 1000);
    const date = new Date(serverNow).toUTCString();
    const signedAt = parseAmzDate(String(req.headers["x-amz-date"] ?? ""));
    if (!(Math.abs(signedAt - serverNow) <= 5 * 60 * 1000)) {
      res.writeHead(403, { ...corsHeaders, "content-type": "application/json", date, "x-amzn-errortype": str(params.errorType, "InvalidSignatureException") });
      res.end(JSON.stringify({ message: str(params.message, "Signature expired") }));
      return;
    }
    res.writeHead(200, { ...corsHeaders, "content-type": "application/json", date });
    res.end(str(params.body));
  },

  /**
   * content-length announces params.delta more (positive) or fewer (negative) bytes than the body has; the body is
   * sent whole and the connection closed, so a client waiting for more sees the peer hang up mid-body.
   */
  "wrong-content-length": ({ req, params, corsHeaders }) => {
    const body = Buffer.from(str(params.body));
    const head = rawHead(200, "OK", {
      ...corsHeaders,
      "content-type": "application/json",
      "content-length": body.length + num(params.delta, 100),
      connection: "close",
    });
    req.socket.end(Buffer.concat([Buffer.from(head), body]));
  },
};
