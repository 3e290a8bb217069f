import { constructStack } from "@smithy/middleware-stack";
import type { OperationInputConstraints } from "./checkInput";
import { InputValidationError } from "./InputValidationError";
import type { InputValidationOption } from "./inputValidationConfig";
import { getInputValidationPlugin } from "./inputValidationPlugin";

const constraints: OperationInputConstraints = {
  operation: "PutThings",
  shape: "example#PutThingsInput",
  type: "structure",
  members: { id: { shape: "example#Id", type: "string", required: true, httpLabel: true, length: { min: 2, max: 4 }, pattern: "^[a-z]+$" } },
};

/** A command's stack with the plugin applied, ending in a handler that records what reached it. */
function stackWith(inputValidation: InputValidationOption, reused = constructStack<any, any>()) {
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
    await send({ id: "xy" });
    expect(reached).toEqual([{ id: "xy" }]);
  });

  it("runs first: initialize step, high priority, one copy however often the command is sent", () => {
    const { stack } = stackWith(true);
    stack.use(getInputValidationPlugin({ inputValidation: true }, { constraints }));
    stack.add((next) => next, { step: "initialize", name: "other", priority: "high" });
    const identified = stack.identify();
    expect(identified.filter((n) => n.startsWith("inputValidationMiddleware"))).toHaveLength(1);
    expect(identified[0]).toBe("inputValidationMiddleware - initialize");
  });

  it.each([
    // input, then what each mode does with it: "sent" or the constraint that refused it
    [{ id: "xy" }, "sent", "sent", "sent"],
    [{ id: "ABCDEFG" }, "sent", "length", "sent"],
    [{ id: "AB" }, "sent", "pattern", "sent"],
    [{ id: "x" }, "length", "length", "sent"],
    [{ id: 12 }, "type", "type", "sent"],
    [{ id: "" }, "length", "length", "httpLabel"],
    [{}, "required", "required", "required"],
  ] as const)("checks %j at each mode's level: true %s, \"strict\" %s, false %s", async (input, byDefault, strict, off) => {
    for (const [option, verdict] of [[true, byDefault], ["strict", strict], [false, off]] as const) {
      const { send, reached } = stackWith(option);
      const outcome = await send(input).then(() => "sent", (e: InputValidationError) => e.constraint);
      expect({ option, outcome }).toEqual({ option, outcome: verdict });
      expect(reached).toHaveLength(verdict === "sent" ? 1 : 0);
    }
  });

  it("checks a command at the level of the client sending it now, whatever level a client sent it at before", async () => {
    const strict = stackWith("strict");
    await expect(strict.send({ id: "ABCDEFG" })).rejects.toMatchObject({ constraint: "length" });
    const byDefault = stackWith(true, strict.stack);
    await byDefault.send({ id: "ABCDEFG" });
    const off = stackWith(false, strict.stack);
    await expect(off.send({ id: "" })).rejects.toMatchObject({ constraint: "httpLabel" });
    await off.send({ id: "x" });
    expect([...byDefault.reached, ...off.reached]).toEqual([{ id: "ABCDEFG" }, { id: "x" }]);
    expect(strict.stack.identify().filter((n) => n.startsWith("inputValidationMiddleware"))).toHaveLength(1);
  });

  it("builds one plugin per table and level", () => {
    const config = { inputValidation: true };
    expect(getInputValidationPlugin(config, { constraints })).toBe(getInputValidationPlugin(config, { constraints }));
    expect(getInputValidationPlugin(config, { constraints })).not.toBe(getInputValidationPlugin(config, { constraints: { ...constraints } }));
    expect(getInputValidationPlugin(config, { constraints })).not.toBe(getInputValidationPlugin({ inputValidation: "strict" }, { constraints }));
  });
});
