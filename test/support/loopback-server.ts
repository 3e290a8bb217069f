// A node:http server on 127.0.0.1 and a random port that records every request it receives and
// answers with whatever the test scripts. Nothing here leaves the loopback interface.
import { createServer, IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  method: string;
  /** The request target exactly as sent, percent-encoding intact. */
  rawPath: string;
  headers: IncomingMessage["headers"];
  body: string;
}

export interface ScriptedResponse {
  status: number;
  headers?: Record<string, string>;
  body?: string;
}

export type Responder = (req: RecordedRequest) => ScriptedResponse | Promise<ScriptedResponse>;

export interface LoopbackServer {
  endpoint: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export async function startLoopbackServer(respond: Responder): Promise<LoopbackServer> {
  const requests: RecordedRequest[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      const recorded: RecordedRequest = {
        method: req.method ?? "",
        rawPath: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      requests.push(recorded);
      try {
        const out = await respond(recorded);
        res.writeHead(out.status, out.headers ?? {});
        res.end(out.body ?? "");
      } catch (err) {
        res.writeHead(599, { "content-type": "text/plain" });
        res.end(`test responder failed: ${String(err)}`);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

export const json = (status: number, body: unknown, headers: Record<string, string> = {}): ScriptedResponse => ({
  status,
  headers: { "content-type": "application/json", ...headers },
  body: JSON.stringify(body),
});
