import { HttpResponse } from "@smithy/protocol-http";
import { ResponseBodyReadError, ResponseBodyTimeoutError } from "./ResponseBodyReadError";

const response = new HttpResponse({ statusCode: 200, headers: { "x-amzn-requestid": "req-2" } });

describe("ResponseBodyReadError", () => {
  const cause = Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" });
  const error = new ResponseBodyReadError({ response, cause, operation: "GetThing" });

  it("is transient for the retry strategies and keeps the runtime's error", () => {
    expect(error.$retryable).toEqual({ throttling: false });
    expect(error.cause).toBe(cause);
    expect(error.code).toBe("ECONNRESET");
    expect(error.$metadata).toMatchObject({ httpStatusCode: 200, requestId: "req-2" });
    expect(error.$response).toBe(response);
    expect(Object.keys(error)).not.toContain("$response");
  });

  it("says what broke and where the runtime's error is", () => {
    expect(error.name).toBe("ResponseBodyReadError");
    expect(error.message).toBe(
      "GetThing response body broke off before its end (HTTP 200): Error: read ECONNRESET. " +
        "The connection failed while the body was read; the runtime's error is in cause.",
    );
  });

  it("describes causes that are not errors", () => {
    expect(new ResponseBodyReadError({ response, cause: "terminated" }).message).toContain("(HTTP 200): terminated.");
    expect(new ResponseBodyReadError({ response, cause: new TypeError("terminated") }).code).toBeUndefined();
  });
});

describe("ResponseBodyTimeoutError", () => {
  const error = new ResponseBodyTimeoutError({ response, timeoutMs: 250, operation: "GetThing" });

  it("is named TimeoutError like the handlers' own timeout, and is still a body read error", () => {
    expect(error.name).toBe("TimeoutError");
    expect(error).toBeInstanceOf(ResponseBodyTimeoutError);
    expect(error).toBeInstanceOf(ResponseBodyReadError);
    expect(error.$retryable).toEqual({ throttling: false });
  });

  it("names the deadline that ran out", () => {
    expect(error.timeoutMs).toBe(250);
    expect(error.option).toBe("requestTimeout");
    expect(error.message).toBe(
      "GetThing response body did not finish within the requestTimeout of 250 ms (HTTP 200); " +
        "reading stopped and the connection was closed.",
    );
  });
});

describe("ResponseBodyTimeoutError for bodyTimeout", () => {
  it("says the body stalled and names the option", () => {
    const error = new ResponseBodyTimeoutError({ response, timeoutMs: 60_000, option: "bodyTimeout", operation: "GetThing" });
    expect(error).toMatchObject({ name: "TimeoutError", option: "bodyTimeout", timeoutMs: 60_000, $retryable: { throttling: false } });
    expect(error.message).toBe(
      "GetThing response body stalled: no byte arrived for the bodyTimeout of 60000 ms (HTTP 200); " +
        "reading stopped and the connection was closed.",
    );
  });
});
