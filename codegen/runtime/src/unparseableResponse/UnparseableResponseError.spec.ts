import { HttpResponse } from "@smithy/protocol-http";
import { ServiceException } from "@smithy/smithy-client";
import { ServiceBaseException } from "../models/ServiceBaseException";
import { UNPARSEABLE_BODY_TEXT_LIMIT, UnparseableResponseError, responseMetadata } from "./UnparseableResponseError";

const response = (statusCode: number, headers: Record<string, string> = {}) => new HttpResponse({ statusCode, headers });
const bytes = (text: string) => new TextEncoder().encode(text);

describe("UnparseableResponseError", () => {
  const html = "<html><body>502 Bad Gateway</body></html>";
  const cause = new SyntaxError("Unexpected token '<'");
  const error = new UnparseableResponseError({
    response: response(502, { "content-type": "text/html", "x-amzn-requestid": "req-1" }),
    body: bytes(html),
    cause,
    operation: "GetThing",
  });

  it("extends the service's base exception", () => {
    expect(error).toBeInstanceOf(UnparseableResponseError);
    expect(error).toBeInstanceOf(ServiceBaseException);
    expect(ServiceException.isInstance(error)).toBe(true);
    expect(error.name).toBe("UnparseableResponseError");
  });

  it("names the operation, status, content type and size, and keeps the body and the parser's error", () => {
    expect(error.message).toBe(
      `GetThing response could not be parsed (HTTP 502, text/html, ${html.length} bytes); ` +
        "its text is in $responseBodyText and the parser's error in cause.",
    );
    expect(error.$responseBodyText).toBe(html);
    expect(error.$responseBodyTruncated).toBe(false);
    expect(error.cause).toBe(cause);
    expect(error.$metadata).toMatchObject({ httpStatusCode: 502, requestId: "req-1" });
  });

  it.each([
    [500, "server"],
    [503, "server"],
    [429, "client"],
    [403, "client"],
    [200, "client"],
  ])("HTTP %i is a %s fault", (status, fault) => {
    expect(new UnparseableResponseError({ response: response(status), body: new Uint8Array(0), cause }).$fault).toBe(fault);
  });

  it("keeps the body, the raw response and the cause out of enumeration", () => {
    const keys = Object.keys(error);
    for (const hidden of ["$response", "$responseBodyText", "$responseBodyTruncated", "cause"]) expect(keys).not.toContain(hidden);
    expect(error.$response).toBeInstanceOf(HttpResponse);
    expect(JSON.stringify(error)).not.toContain("Bad Gateway");
  });

  it("keeps at most 64 KiB of text, cut at a character boundary", () => {
    const body = bytes("a".repeat(UNPARSEABLE_BODY_TEXT_LIMIT - 1) + "é" + "tail");
    const e = new UnparseableResponseError({ response: response(500), body, cause });
    expect(e.$responseBodyTruncated).toBe(true);
    // The two-byte "é" would straddle the limit, so it is left out whole.
    expect(e.$responseBodyText).toBe("a".repeat(UNPARSEABLE_BODY_TEXT_LIMIT - 1));
    expect(e.message).toContain("(HTTP 500, no content-type, 65541 bytes)");
  });

  it("says 'The response' when the operation is not known", () => {
    expect(new UnparseableResponseError({ response: response(200), body: new Uint8Array(1), cause }).message).toMatch(/^The response could not/);
  });
});

describe("responseMetadata", () => {
  it("reads the request ids whatever the header case", () => {
    expect(responseMetadata(response(404, { "X-Amz-Request-Id": "s3", "x-amz-id-2": "ext", "x-amz-cf-id": "cf" }))).toEqual({
      httpStatusCode: 404,
      requestId: "s3",
      extendedRequestId: "ext",
      cfId: "cf",
    });
  });

  it("prefers x-amzn-requestid", () => {
    expect(responseMetadata(response(200, { "x-amzn-requestid": "a", "x-amzn-request-id": "b" })).requestId).toBe("a");
    expect(responseMetadata(response(200, { "x-amzn-request-id": "b" })).requestId).toBe("b");
    expect(responseMetadata(response(200)).requestId).toBeUndefined();
  });
});
