import { HttpResponse } from "@smithy/protocol-http";
import { ServiceException } from "@smithy/smithy-client";
import { isServerError, isThrottlingError, isTransientError } from "@smithy/core/retry";
import { ServiceBaseException } from "../models/ServiceBaseException";
import { ResponseTooLargeError } from "./ResponseTooLargeError";

/** How @smithy/core's retry middleware classifies an error: transient, throttling, server error. */
const classify = (e: object) => [isTransientError(e as any), isThrottlingError(e as any), isServerError(e as any)];
const response = (statusCode: number) => new HttpResponse({ statusCode, headers: { "x-amzn-requestid": "req-9" } });

describe("ResponseTooLargeError", () => {
  const counted = new ResponseTooLargeError({ response: response(200), maxResponseBytes: 1000, receivedBytes: 1001, operation: "GetThing" });
  const announced = new ResponseTooLargeError({ response: response(200), maxResponseBytes: 1000, receivedBytes: 0, contentLength: 2 ** 31 });

  it("extends the service's base exception, with the status and request id", () => {
    expect(counted).toBeInstanceOf(ResponseTooLargeError);
    expect(counted).toBeInstanceOf(ServiceBaseException);
    expect(ServiceException.isInstance(counted)).toBe(true);
    expect(counted).toMatchObject({ name: "ResponseTooLargeError", $fault: "server", $metadata: { httpStatusCode: 200, requestId: "req-9" } });
    expect(counted.$response.statusCode).toBe(200);
    expect(Object.keys(counted)).not.toContain("$response");
  });

  it("says the limit and how much was seen, counted or announced", () => {
    expect(counted).toMatchObject({ maxResponseBytes: 1000, receivedBytes: 1001 });
    expect(counted.message).toBe(
      "GetThing response is larger than maxResponseBytes (1000 bytes): 1001 bytes had arrived (HTTP 200); " +
        "reading stopped and the connection was closed.",
    );
    expect(announced).toMatchObject({ maxResponseBytes: 1000, receivedBytes: 0, contentLength: 2147483648 });
    expect(announced.message).toBe(
      "The response is larger than maxResponseBytes (1000 bytes): its content-length is 2147483648 bytes (HTTP 200); " +
        "reading stopped and the connection was closed.",
    );
    expect(JSON.parse(JSON.stringify(announced))).toMatchObject({ maxResponseBytes: 1000, receivedBytes: 0, contentLength: 2147483648 });
  });

  it("is not retryable in itself; a 5xx or 429 status keeps the retry behaviour of its status", () => {
    for (const status of [200, 400, 404]) {
      const e = new ResponseTooLargeError({ response: response(status), maxResponseBytes: 1, receivedBytes: 2 });
      expect(classify(e)).toEqual([false, false, false]);
    }
    expect(classify(new ResponseTooLargeError({ response: response(503), maxResponseBytes: 1, receivedBytes: 2 }))[0]).toBe(true);
    expect(classify(new ResponseTooLargeError({ response: response(429), maxResponseBytes: 1, receivedBytes: 2 }))[1]).toBe(true);
  });
});
