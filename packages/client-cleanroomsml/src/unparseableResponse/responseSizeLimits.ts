// smithy-typescript generated code
/**
 * Default `maxResponseBytes` of {@link GetAudienceModelCommand}: 2359296 bytes.
 *
 * The largest well-formed response body the model allows is 1156391 bytes (GetAudienceModelResponse); the limit is
 * twice that, rounded up to a multiple of 64 KiB, and at least 1 MiB. Largest body of each:
 * - GetAudienceModelResponse: 1156391 bytes
 * - AccessDeniedException: 98378 bytes
 * - ResourceNotFoundException: 98382 bytes
 * - ValidationException: 98376 bytes
 * - ThrottlingException: 98376 bytes
 *
 * Every member present and at its largest: strings at their `@length` maximum, each character at its worst JSON
 * escaping among those its `@pattern` allows; lists and maps at their most entries; timestamps and numbers in their
 * longest text (ResponseSizeBound in codegen/ says exactly how). Where the model sets no maximum, an assumption
 * stands in:
 * - GetAudienceModelResponse.statusDetails.statusCode (string without `@length` max: 8192 characters assumed)
 * - GetAudienceModelResponse.statusDetails.message (string without `@length` max: 8192 characters assumed)
 * - AccessDeniedException.message (string without `@length` max: 8192 characters assumed)
 * - ResourceNotFoundException.message (string without `@length` max: 8192 characters assumed)
 * - ValidationException.message (string without `@length` max: 8192 characters assumed)
 * - ThrottlingException.message (string without `@length` max: 8192 characters assumed)
 *
 * @public
 */
export const GetAudienceModelMaxResponseBytes = 2359296;

/**
 * Every operation's default `maxResponseBytes`, keyed by operation name; operations with a
 * streaming output are not read whole and have none.
 *
 * @public
 */
export const MaxResponseBytesByOperation: { readonly [operation: string]: number } = {
  GetAudienceModel: GetAudienceModelMaxResponseBytes,
};
