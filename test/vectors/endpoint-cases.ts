// Endpoint vectors come from the model's own @endpointTests trait, read from the Smithy AST, so the cases are never
// retyped here: adding a case to model/endpoints.smithy adds a vector on every transport.
import { loadModelJson, serviceTraits } from "../support/model-json";
import type { EndpointVector } from "./types";

interface EndpointTestCase {
  documentation?: string;
  params?: Record<string, unknown>;
  expect: { endpoint?: { url: string; headers?: Record<string, string[]> }; error?: string };
}

export function endpointVectors(): EndpointVector[] {
  const cases: EndpointTestCase[] = serviceTraits(loadModelJson())["smithy.rules#endpointTests"]?.testCases ?? [];
  if (cases.length === 0) throw new Error("the model has no smithy.rules#endpointTests cases");
  return cases.map((c, i) => ({
    kind: "endpoint",
    name: `endpoint ${String(i + 1).padStart(2, "0")}: ${c.documentation ?? JSON.stringify(c.params ?? {})}`,
    params: c.params ?? {},
    expect: c.expect.error !== undefined ? { error: c.expect.error } : { url: c.expect.endpoint!.url, headers: c.expect.endpoint!.headers },
  }));
}
