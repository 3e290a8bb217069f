import { constructStack } from "@smithy/middleware-stack";
import type { OperationInputConstraints } from "./checkInput";
import { InputValidationError } from "./InputValidationError";
import { getInputValidationPlugin } from "./inputValidationPlugin";

const constraints: OperationInputConstraints = {
  operation: "PutThings",
  shape: "example#PutThingsInput",
  type: "structure",
  members: { id: { shape: "example#Id", type: "string", required: true } },
};

/** A command's stack with the plugin applied, ending in a handler that records what reached it. */
function stackWith(inputValidation: boolean, reused = constructStack<any, any>()) {
  const reached: unknown[] = [];
  reused.use(getInputValidationPlugin({ inputValidation }, { constraints }));
  const handler = reused.resolve(async (args: any) => {
    reached.push(args.input);
    return { output: { $metadata: {} } } as any;
  }, {} as any);
  return { stack: reused, reached, send: (input: unknown) => handler({ input } as any) };
}

describe("getInputValidationPlugin", () => {
  it("refuses a bad input with a rejected promise, before the rest of the stack runs", async () => {
    const { send, reached } = stackWith(true);
    const pending = send({});
    expect(pending).toBeInstanceOf(Promise);
    await expect(pending).rejects.toThrow(InputValidationError);
    await expect(send({})).rejects.toMatchObject({ operation: "PutThings", memberPath: "id", constraint: "required" });
    expect(reached).toEqual([]);
  });

  it("passes a good input on unchanged", async () => {
    const { send, reached } = stackWith(true);
    await send({ id: "x" });
    expect(reached).toEqual([{ id: "x" }]);
  });

  it("runs first: initialize step, high priority, one copy however often the command is sent", () => {
    const { stack } = stackWith(true);
    stack.use(getInputValidationPlugin({ inputValidation: true }, { constraints }));
    stack.add((next) => next, { step: "initialize", name: "other", priority: "high" });
    const identified = stack.identify();
    expect(identified.filter((n) => n.startsWith("inputValidationMiddleware"))).toHaveLength(1);
    expect(identified[0]).toBe("inputValidationMiddleware - initialize");
  });

  it("with inputValidation false, takes the check out of a stack a validating client put it in", async () => {
    const first = stackWith(true);
    const { send, reached } = stackWith(false, first.stack);
    await send({});
    expect(reached).toEqual([{}]);
    expect(first.stack.identify().some((n) => n.startsWith("inputValidationMiddleware"))).toBe(false);
  });

  it("builds one plugin per table", () => {
    const config = { inputValidation: true };
    expect(getInputValidationPlugin(config, { constraints })).toBe(getInputValidationPlugin(config, { constraints }));
    expect(getInputValidationPlugin(config, { constraints })).not.toBe(getInputValidationPlugin(config, { constraints: { ...constraints } }));
  });
});
