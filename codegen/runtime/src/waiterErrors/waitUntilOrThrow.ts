import { type WaiterConfiguration, type WaiterResult, WaiterState } from "@smithy/util-waiter";

import { WaiterAbortedError, WaiterFailedError, type WaiterStatusFields, WaiterTimeoutError } from "./WaiterError";

// The body of every generated waitUntil* function. Written by WaiterErrorsIntegration.
//
// The stock waitUntil* polls with @smithy/util-waiter's createWaiter, then hands the result to its checkExceptions,
// which throws a plain Error whose message is the JSON of the result (named TimeoutError or AbortError for those two
// ends): nothing to branch on but a string. The generated code keeps the stock polling, through the generated
// (deprecated, never throwing) waitFor* function with its acceptors, and ends here instead, so a wait that does not
// succeed throws a typed WaiterError subclass carrying what the waiter last saw.
//
// util-waiter reports the matching response only for the failure state; a timeout or an abort has no response in its
// result. So the client passed in is observed: a view of it whose `send` records the last output and the last
// response before handing them back unchanged. The view is `Object.create(client)`, so every other member (config,
// middlewareStack, destroy) and `instanceof` reach the client itself, and `send` runs on the real client.

/** What a waiter needs of a client: `send`, as the generated acceptor checks call it. */
interface SendingClient {
  send(command: unknown, ...rest: unknown[]): Promise<unknown> | void;
}

/** What the waiter has seen so far: the last output of a call that succeeded, and the last response of any kind. */
interface Seen {
  output?: unknown;
  response?: unknown;
}

/**
 * Runs a waiter through its never-throwing `waitFor*` function and returns its result if it succeeded; otherwise
 * throws {@link WaiterFailedError}, {@link WaiterTimeoutError} or {@link WaiterAbortedError} with the waiter's name,
 * the last status and details (read from the last output by `statusOf`), the last response's `$metadata` and the
 * counts of what it observed. Errors thrown before polling starts (invalid delays) pass through unchanged.
 *
 * @internal
 */
export const waitUntilOrThrow = async <Client extends SendingClient, Input, Output, Result>(
  waiterName: string,
  waitFor: (params: WaiterConfiguration<Client>, input: Input) => Promise<WaiterResult<unknown>>,
  params: WaiterConfiguration<Client>,
  input: Input,
  statusOf?: (output: Output) => WaiterStatusFields,
): Promise<WaiterResult<Result>> => {
  const seen: Seen = {};
  const result = await waitFor({ ...params, client: observe(params.client, seen) }, input);
  if (result.state === WaiterState.SUCCESS) {
    return result as WaiterResult<Result>;
  }
  // For a failure, util-waiter's result names the response that matched; it is also the last one the view recorded.
  const lastResponse = result.state === WaiterState.FAILURE && result.reason !== undefined ? result.reason : seen.response;
  const lastOutput = lastResponse instanceof Error ? seen.output : (lastResponse ?? seen.output);
  const options = {
    waiterName,
    lastResponse,
    statusFields: lastOutput !== undefined && statusOf ? statusOf(lastOutput as Output) : undefined,
    observedResponses: result.observedResponses,
  };
  switch (result.state) {
    case WaiterState.TIMEOUT:
      throw new WaiterTimeoutError({ ...options, maxWaitTime: params.maxWaitTime });
    case WaiterState.ABORTED:
      throw new WaiterAbortedError(options);
    default:
      // FAILURE; util-waiter's poll loop never returns RETRY, and anything else it might add is not a success either.
      throw new WaiterFailedError(options);
  }
};

/** A view of `client` whose `send` records into `seen` what each call resolved or rejected with. */
function observe<Client extends SendingClient>(client: Client, seen: Seen): Client {
  if (client === null || typeof client !== "object" || typeof client.send !== "function") {
    return client;
  }
  const send = (command: unknown, ...rest: unknown[]) => {
    const sent = client.send(command, ...rest);
    if (!sent || typeof (sent as Promise<unknown>).then !== "function") {
      return sent; // the callback form; the generated acceptor checks never use it
    }
    return (sent as Promise<unknown>).then(
      (output) => {
        seen.output = output;
        seen.response = output;
        return output;
      },
      (error: unknown) => {
        seen.response = error;
        throw error;
      },
    );
  };
  return Object.create(client, { send: { value: send, enumerable: false, writable: true, configurable: true } }) as Client;
}
