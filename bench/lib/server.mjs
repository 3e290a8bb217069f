// The loopback server every measurement talks to, run in its own process so the server's CPU does not
// compete with the client under test inside one event loop. Listens on 127.0.0.1 only, prints its port.
//   /audience-model/...  -> GetAudienceModel body (our client and the bare GET baseline)
//   /collaborations/...  -> GetCollaboration body (AWS's client)
import { createServer } from "node:http";
import { AUDIENCE_MODEL_BODY, COLLABORATION_BODY } from "./fixtures.mjs";

const bodies = {
  audience: Buffer.from(AUDIENCE_MODEL_BODY),
  collaboration: Buffer.from(COLLABORATION_BODY),
};
let served = 0;
const server = createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    const body = req.url.startsWith("/collaborations/") ? bodies.collaboration
      : req.url.startsWith("/audience-model/") ? bodies.audience : undefined;
    served += 1;
    if (!body) {
      res.writeHead(404, { "content-type": "application/json", "x-amzn-errortype": "ResourceNotFoundException" });
      res.end('{"message":"no route"}');
      return;
    }
    res.writeHead(200, {
      "content-type": "application/json",
      "content-length": body.length,
      "x-amzn-requestid": `req-${served}`,
    });
    res.end(body);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => {
  process.stdout.write(`${JSON.stringify({ port: server.address().port })}\n`);
});
process.on("message", (m) => {
  if (m === "stop") server.close(() => process.exit(0));
});
process.on("disconnect", () => process.exit(0));
