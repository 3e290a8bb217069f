// A loopback stand-in for the service, shared by the CommonJS and ESM consumer apps:
// one known audience model (ACTIVE) and a modeled 404 for anything else. Only 127.0.0.1 is used.
const { createServer } = require("node:http");

const KNOWN_ARN = "arn:aws:cleanrooms-ml:us-east-1:123456789012:audience-model/consumer-check";

function startService() {
  const server = createServer((req, res) => {
    const known = req.url === `/audience-model/${encodeURIComponent(KNOWN_ARN)}`;
    const body = known
      ? { audienceModelArn: KNOWN_ARN, name: "consumer-check", status: "ACTIVE",
          createTime: "2026-03-01T10:00:00Z", updateTime: "2026-03-01T10:00:00Z",
          trainingDatasetArn: "arn:aws:cleanrooms-ml:us-east-1:123456789012:training-dataset/ds" }
      : { message: "no such audience model" };
    res.writeHead(known ? 200 : 404, {
      "content-type": "application/json",
      ...(known ? {} : { "x-amzn-errortype": "ResourceNotFoundException" }),
    });
    res.end(JSON.stringify(body));
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({ endpoint: `http://127.0.0.1:${server.address().port}`, close: () => server.close() })));
}

const clientConfig = (endpoint) => ({
  region: "us-east-1",
  endpoint,
  credentials: { accessKeyId: "AKIDCONSUMERCHECK", secretAccessKey: "consumer-check-secret" },
});

module.exports = { KNOWN_ARN, startService, clientConfig };
