// The pure parts of .ci/model-diff.mjs: reading `smithy diff --format csv` and the bump rules. The CLI itself runs in
// model-diff.jvm.spec.ts.
import { callEsm } from "./support/call-esm";

type Event = { severity: string; id: string; shape: string; message: string };
const MODULE = ".ci/model-diff.mjs";
const m = {
  parseCsv: (text: string) => callEsm<string[][]>(MODULE, "parseCsv", text),
  parseEvents: (csv: string) => callEsm<Event[]>(MODULE, "parseEvents", csv),
  impliedBump: (events: Array<Pick<Event, "severity" | "id">>) => callEsm<string>(MODULE, "impliedBump", events),
  markdownSummary: (r: object) => callEsm<string>(MODULE, "markdownSummary", r),
};

const HEADER = "severity,id,shape,file,line,column,message,hint,suppressionReason";

test("CSV fields may hold commas, doubled quotes and newlines", () => {
  expect(m.parseCsv('a,"b,""c""\nd",e\r\nf,g\n')).toEqual([["a", 'b,"c"\nd', "e"], ["f", "g"]]);
});

test("events: the header row is skipped wherever a stage repeats it; numbers parsed", () => {
  const csv = `${HEADER}\n"NOTE","AddedShape","ns#A$b","/x/new/model/a.smithy",3,5,"Added member \`ns#A$b\`","",""\n${HEADER}\n`;
  expect(m.parseEvents(csv)).toEqual([expect.objectContaining({ severity: "NOTE", id: "AddedShape", shape: "ns#A$b", message: "Added member `ns#A$b`" })]);
});

describe("implied bump", () => {
  const e = (severity: string, id: string) => ({ severity, id });
  const doc = e("NOTE", "ModifiedTrait.Update.smithy.api#documentation");
  test.each([
    ["no event", "none", []],
    ["documentation edits only", "patch", [doc, e("NOTE", "ModifiedTrait.Add.smithy.api#documentation"), e("NOTE", "ModifiedTrait.Remove.smithy.api#externalDocumentation")]],
    ["an added member next to a doc edit", "minor", [doc, e("NOTE", "AddedShape")]],
    ["a WARNING (an added operation error)", "minor", [e("WARNING", "AddedOperationError")]],
    ["a protocol test case changed", "minor", [e("NOTE", "ModifiedTrait.Update.smithy.test#httpRequestTests")]],
    ["any DANGER", "major", [doc, e("DANGER", "ChangedEnumTrait")]],
    ["any ERROR", "major", [e("NOTE", "AddedShape"), e("ERROR", "RemovedShape")]],
  ])("%s → %s", (_name, bump, events) => {
    expect(m.impliedBump(events as Event[])).toBe(bump);
  });
});

test("the Markdown summary escapes table cells and says what a major change needs", () => {
  const md = m.markdownSummary({
    ref: "origin/main", sha: "0123456789abcdef", smithyDiffVersion: "1.73.0", bump: "major", allowBreaking: false,
    events: [{ severity: "ERROR", id: "TraitBreakingChange.Update.smithy.api#http", shape: "ns#Op", message: "uri a|b\\nc" }],
  });
  expect(md).toContain("| ERROR | `ns#Op` | TraitBreakingChange.Update.smithy.api#http | uri a\\|b c |");
  expect(md).toContain("**Implied bump: major** (breaking: needs the `breaking-change` label)");
});
