// One table of single-request vectors for the local endpoint's answers. Two thin runners read it:
// raw-http.integ.spec.ts (hand-signed fetch, checks the wire) and client.integ.spec.ts (the generated client,
// checks the typed result). Every vector runs against the same endpoint, started by endpoint-fixture.ts.

/** How the request is signed. "valid" uses the accepted key pair; the rest break one thing each. */
export type Signing =
  | "valid"
  | "wrong-secret"
  | "unknown-key"
  | "other-region"
  | "stale-date"
  | "unsigned"
  | "tampered-header"
  | "truncated-authorization"
  | "denied-key";

export interface EndpointVector {
  /** Says the behaviour. */
  name: string;
  /** The audienceModelArn label value, before percent-encoding. */
  arn: string;
  signing: Signing;
  /**
   * False when the generated client cannot produce this request: it always signs, and it may refuse
   * input that breaks the model's constraints before sending. Only the raw runner runs those vectors.
   */
  viaClient: boolean;
  expect:
    | { status: 200; modelStatus: string; name: string }
    | { status: 400 | 403 | 404; errorType: ModeledError | SigV4Error; messageIncludes: string };
}

/** Errors the operation models: the generated client raises each as its own class. */
type ModeledError = "ValidationException" | "AccessDeniedException" | "ResourceNotFoundException";
/** What AWS's SigV4 front end answers (403), outside any operation's model: the client raises its service exception. */
export type SigV4Error = "InvalidSignatureException" | "UnrecognizedClientException" | "MissingAuthenticationTokenException" | "IncompleteSignatureException";
export const SIGV4_ERRORS: readonly string[] = ["InvalidSignatureException", "UnrecognizedClientException", "MissingAuthenticationTokenException", "IncompleteSignatureException"];

export const ACCOUNT = "123456789012";
export const REGION = "us-east-1";
export const arnOf = (id: string) => `arn:aws:cleanrooms-ml:${REGION}:${ACCOUNT}:audience-model/${id}`;
export const KNOWN_ARN = arnOf("team_a/model-1.v2");
export const MISSING_ARN = arnOf("never-created");
// 2048 and 2049 code points that otherwise match the pattern: only @length tells them apart.
export const LONGEST_ARN = arnOf("x".repeat(2048 - arnOf("").length));
export const TOO_LONG_ARN = arnOf("x".repeat(2049 - arnOf("").length));

export const VECTORS: EndpointVector[] = [
  {
    name: "a signed read of a known model answers 200 with the model",
    arn: KNOWN_ARN, signing: "valid", viaClient: true,
    expect: { status: 200, modelStatus: "ACTIVE", name: "fixture-model" },
  },
  {
    name: "an ARN nobody created answers ResourceNotFoundException 404",
    arn: MISSING_ARN, signing: "valid", viaClient: true,
    expect: { status: 404, errorType: "ResourceNotFoundException", messageIncludes: "does not exist" },
  },
  {
    name: "an ARN outside the model's @pattern answers ValidationException 400",
    arn: "arn:aws:s3:us-east-1:123456789012:bucket/not-a-model", signing: "valid", viaClient: false,
    expect: { status: 400, errorType: "ValidationException", messageIncludes: "audienceModelArn must match the pattern ^arn:aws" },
  },
  {
    name: "an empty ARN label (GET /audience-model/) answers ValidationException 400",
    arn: "", signing: "valid", viaClient: false,
    expect: { status: 400, errorType: "ValidationException", messageIncludes: "but is 0" },
  },
  {
    name: "an ARN shorter than the model's @length min answers ValidationException 400",
    arn: "arn:aws:short", signing: "valid", viaClient: false,
    expect: { status: 400, errorType: "ValidationException", messageIncludes: "audienceModelArn must be between 20 and 2048 characters long" },
  },
  {
    name: "an ARN exactly at the model's @length max passes validation and is looked up (404)",
    arn: LONGEST_ARN, signing: "valid", viaClient: true,
    expect: { status: 404, errorType: "ResourceNotFoundException", messageIncludes: "does not exist" },
  },
  {
    name: "an ARN longer than the model's @length max answers ValidationException 400",
    arn: TOO_LONG_ARN, signing: "valid", viaClient: false,
    expect: { status: 400, errorType: "ValidationException", messageIncludes: "audienceModelArn must be between 20 and 2048 characters long" },
  },
  {
    name: "a signature made with the wrong secret answers InvalidSignatureException 403",
    arn: KNOWN_ARN, signing: "wrong-secret", viaClient: true,
    expect: { status: 403, errorType: "InvalidSignatureException", messageIncludes: "signature we calculated does not match" },
  },
  {
    name: "an access key the endpoint does not know answers UnrecognizedClientException 403",
    arn: KNOWN_ARN, signing: "unknown-key", viaClient: true,
    expect: { status: 403, errorType: "UnrecognizedClientException", messageIncludes: "security token included in the request is invalid" },
  },
  {
    name: "a signature scoped to another region answers InvalidSignatureException 403",
    arn: KNOWN_ARN, signing: "other-region", viaClient: true,
    expect: { status: 403, errorType: "InvalidSignatureException", messageIncludes: "valid region" },
  },
  {
    name: "a signature dated 20 minutes ago answers InvalidSignatureException 403 (a clock-skew code)",
    arn: KNOWN_ARN, signing: "stale-date", viaClient: true,
    expect: { status: 403, errorType: "InvalidSignatureException", messageIncludes: "Signature expired" },
  },
  {
    name: "an unsigned request answers MissingAuthenticationTokenException 403",
    arn: KNOWN_ARN, signing: "unsigned", viaClient: false,
    expect: { status: 403, errorType: "MissingAuthenticationTokenException", messageIncludes: "Missing Authentication Token" },
  },
  {
    name: "an Authorization header without its Signature answers IncompleteSignatureException 403",
    arn: KNOWN_ARN, signing: "truncated-authorization", viaClient: false,
    expect: { status: 403, errorType: "IncompleteSignatureException", messageIncludes: "Credential, SignedHeaders and Signature" },
  },
  {
    name: "a signed header changed after signing answers InvalidSignatureException 403",
    arn: KNOWN_ARN, signing: "tampered-header", viaClient: false,
    expect: { status: 403, errorType: "InvalidSignatureException", messageIncludes: "signature we calculated does not match" },
  },
  {
    name: "the signature is checked before the ARN: a bad ARN with a bad signature answers 403",
    arn: "arn:aws:short", signing: "wrong-secret", viaClient: false,
    expect: { status: 403, errorType: "InvalidSignatureException", messageIncludes: "signature we calculated does not match" },
  },
  {
    name: "a key that verifies but lacks permission answers the modeled AccessDeniedException 403",
    arn: KNOWN_ARN, signing: "denied-key", viaClient: true,
    expect: { status: 403, errorType: "AccessDeniedException", messageIncludes: "is not authorized to perform: cleanrooms-ml:GetAudienceModel" },
  },
  {
    name: "a key that lacks permission still gets ValidationException 400 for a malformed ARN",
    arn: "arn:aws:short", signing: "denied-key", viaClient: false,
    expect: { status: 400, errorType: "ValidationException", messageIncludes: "between 20 and 2048" },
  },
  {
    name: "a key that lacks permission cannot tell a missing model from a present one (403, not 404)",
    arn: MISSING_ARN, signing: "denied-key", viaClient: true,
    expect: { status: 403, errorType: "AccessDeniedException", messageIncludes: "is not authorized" },
  },
];
