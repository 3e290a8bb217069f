// The part every transport runner shares: start the protocol server, then one jest test per vector of the table
// (call vectors plus the model's endpoint cases), each scripted on the server, executed on the transport, and judged
// by the same assertions. A runner only says how to execute a vector on its transport.
import { CALL_VECTORS } from "../vectors/get-audience-model";
import { endpointVectors } from "../vectors/endpoint-cases";
import { FAULT_VECTORS } from "../vectors/transport-faults";
import type { TransportName, Vector } from "../vectors/types";
import { TEST_CREDENTIALS, TEST_REGION } from "./credentials";
import { loadModelJson, whenModelJson } from "./model-json";
import { describeOutcome, flushFaultColumn, isFaultVector, recordFaultCell } from "./fault-matrix";
import { corsPolicyFromModel, ProtocolServer, serviceInputCheckFromModel, startProtocolServer } from "./protocol-server";
import { assertVector } from "./vector-assertions";
import type { VectorReport } from "./vector-executor";

export const SIGNING_SERVICE = "cleanrooms-ml";

export interface TransportRunner {
  transport: TransportName;
  /** Prepares the transport against the started server; returns how to execute one vector. */
  setup(server: ProtocolServer): Promise<(v: Vector) => Promise<VectorReport>>;
  teardown?(): Promise<void>;
  /** How long setup may take, when it needs more than jest's default (launching a browser on a loaded machine). */
  setupTimeoutMs?: number;
  /** Checks that hold for the transport as a whole once every vector ran (e.g. CORS preflights were really made). */
  afterVectors?(server: ProtocolServer): void;
}

export function allVectors(): Vector[] {
  return [...CALL_VECTORS, ...FAULT_VECTORS, ...endpointVectors()];
}

export function runVectorTable(title: string, runner: TransportRunner): void {
  // Endpoint vectors and CORS come from the model AST (support/model-json.ts).
  whenModelJson(title, () => defineVectorTable(title, runner));
}

function defineVectorTable(title: string, runner: TransportRunner): void {
  describe(title, () => {
    let server: ProtocolServer;
    let execute: (v: Vector) => Promise<VectorReport>;
    const reports: VectorReport[] = [];

    beforeAll(async () => {
      server = await startProtocolServer({
        cors: corsPolicyFromModel(loadModelJson()),
        signing: { credentials: TEST_CREDENTIALS, service: SIGNING_SERVICE },
        inputCheck: serviceInputCheckFromModel(loadModelJson()),
      });
      execute = await runner.setup(server);
    }, runner.setupTimeoutMs);
    afterAll(async () => {
      flushFaultColumn(runner.transport);
      await runner.teardown?.();
      await server?.close();
    });

    for (const v of allVectors()) {
      const reason = v.skip?.[runner.transport];
      if (reason) {
        if (isFaultVector(v)) recordFaultCell(runner.transport, { row: v.row, verdict: "n/a", outcome: reason });
        test.skip(`${v.name} [not expressible on ${runner.transport}: ${reason}]`, () => undefined);
        continue;
      }
      const known = v.kind === "call" ? v.knownFailure?.[runner.transport] : undefined;
      // A known upstream failure stays visible: it runs, asserts the correct outcome, and is expected to fail.
      (known ? test.failing : test)(known ? `${v.name} [known upstream failure: ${known}]` : v.name, async () => {
        server.load({ responses: v.kind === "call" ? v.responses ?? [] : [], region: (v.kind === "call" && v.client?.region) || TEST_REGION });
        const report = await execute(v);
        // A hang-up reaches the server a moment after the client gives up; wait for it only where it is asserted.
        const x = v.kind === "call" ? v.expectOn?.[runner.transport] ?? v.expect : undefined;
        if (x?.closedByClient || x?.everyRequestClosedByClient) await server.untilClientsClosed(1000);
        reports.push(report);
        let failure: unknown;
        try {
          assertVector(v, report, [...server.exchanges], runner.transport);
        } catch (e) {
          failure = e;
        }
        if (isFaultVector(v)) {
          const verdict = failure === undefined ? "pass" : known ? "known" : "fail";
          recordFaultCell(runner.transport, { row: v.row, verdict, outcome: describeOutcome(report, server.exchanges.length, x?.maxElapsedMs !== undefined), note: known });
        }
        if (failure !== undefined) throw failure;
      });
    }

    test("[suite] secrets: the capturing logger saw the calls (so the leak check above was not vacuous)", () => {
      // Every vector above already failed if a log line or error held the secret key or session token.
      expect(reports.length).toBeGreaterThan(0);
      expect(reports.flatMap((r) => r.logs).length).toBeGreaterThan(0);
    });

    if (runner.afterVectors) test(`[suite] ${runner.transport}: transport-wide checks`, () => runner.afterVectors!(server));
  });
}
