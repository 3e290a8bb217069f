// The soak at CI size (500 calls, 64 in flight); `npm run soak` runs the full 10,000.
// It runs in a child Node process: under jest, process-level 'unhandledRejection' events never reach the test's
// listener (jest tracks rejections itself), so the counter would read 0 whatever happened. Each failure mode is
// asserted on its own so a red run names what went wrong.
import { execFile } from "node:child_process";
import { join } from "node:path";
import type { SoakReport } from "./soak";
import { RSS_GROWTH_LIMIT_MB, soakFailures } from "./soak";

const CALLS = 500;
const CONCURRENCY = 64;
const RUNNER = join(__dirname, "run-soak.mjs");

function soak(args: string[]): Promise<SoakReport> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [RUNNER, "--json", ...args], { timeout: 40_000 }, (err, stdout) => {
      if (err) return reject(err);
      const lines = stdout.trim().split("\n");
      console.log(lines.slice(0, -1).join("\n"));
      resolve(JSON.parse(lines[lines.length - 1]));
    });
  });
}

describe("soak: NodeHttpHandler with keep-alive, mixed outcomes", () => {
  let report: SoakReport;

  beforeAll(async () => {
    report = await soak(["--calls", String(CALLS), "--concurrency", String(CONCURRENCY)]);
  }, 45_000);

  it("counts an unhandled rejection when one happens (guards the zero asserted below)", async () => {
    const probe = await soak(["--calls", "20", "--concurrency", "4", "--inject-unhandled"]);
    expect(probe.unhandledRejections).toBe(1);
    expect(probe.settled).toBe(20);
  }, 45_000);

  it("settles every call within the time bound", () => {
    expect(report.timedOut).toBe(false);
    expect(report.settled).toBe(CALLS);
  });

  it("ends every call as its kind demands: output, modeled error class with status and attempts, or AbortError", () => {
    expect(report.mismatches).toEqual([]);
    expect(report.mismatchCount).toBe(0);
    // Each kind in the mix really happened.
    for (const kind of ["ok", "400", "403", "404", "429", "500", "503", "502-html", "abort"]) {
      expect(report.outcomes[kind]).toBeGreaterThan(0);
    }
  });

  it("raises no unhandled rejection", () => {
    expect(report.unhandledRejections).toBe(0);
  });

  it("leaves no socket open beyond the agent's free pool, and none after client.destroy()", () => {
    expect(report.agentActiveSockets).toBe(0);
    expect(report.agentFreeSockets).toBeLessThanOrEqual(CONCURRENCY);
    expect(report.serverOpenConnections).toBe(report.agentFreeSockets);
    expect(report.serverOpenAfterDestroy).toBe(0);
  });

  it("keeps RSS growth bounded", () => {
    expect(report.rssEndMb - report.rssStartMb).toBeLessThan(RSS_GROWTH_LIMIT_MB);
    expect(soakFailures(report)).toEqual([]);
  });
});
