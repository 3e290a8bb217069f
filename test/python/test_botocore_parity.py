"""botocore's own ParamValidator, over botocore's own cleanroomsml service model, refuses exactly the probe inputs the
TypeScript client refuses in its default mode, for the same reason.

The probe inputs and the client's verdicts are one table, test/vectors/input-validation-modes.json, which
test/input-validation-modes.integ.spec.ts runs through the client (both builds, every mode). Here the table's
"default" column is held to what botocore does with the same input: "sent" when ParamValidator reports nothing,
otherwise the client's constraint name for botocore's first complaint. Nothing is sent anywhere: ParamValidator is
the check botocore runs before it serializes a request.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import botocore.session
import pytest
from botocore.validate import ParamValidator

ROOT = Path(__file__).resolve().parents[2]
TABLE = json.loads((ROOT / "test" / "vectors" / "input-validation-modes.json").read_text("utf-8"))
CONSTRAINTS_TS = ROOT / "packages" / "client-cleanroomsml" / "src" / "validation" / "inputConstraints.ts"

# The first words of each ParamValidationError report line (botocore/validate.py, ValidationErrors._format_error)
# and the InputValidationError constraint the client names for the same rule.
BOTOCORE_TO_CLIENT = {
    "Missing required parameter": "required",
    "Invalid type for parameter": "type",
    "Invalid length for parameter": "length",
    "Invalid value for parameter": "range",
}


def decode(value):
    """{"$padEnd": {"start", "length", "fill"}} is start padded with fill to length characters, as in the JS loader."""
    if isinstance(value, dict) and "$padEnd" in value:
        pad = value["$padEnd"]
        return pad["start"] + pad["fill"] * (pad["length"] - len(pad["start"]))
    return value


def decoded_input(row: dict) -> dict:
    return {name: decode(value) for name, value in row["input"].items()}


@pytest.fixture(scope="module")
def operation():
    # Only botocore's shipped data files are read: no credentials, no endpoint, no network.
    return botocore.session.get_session().get_service_model("cleanroomsml").operation_model(TABLE["operation"])


def botocore_verdict(operation, params: dict) -> str:
    report = ParamValidator().validate(params, operation.input_shape)
    if not report.has_errors():
        return "sent"
    first = report.generate_report().splitlines()[0]
    for prefix, constraint in BOTOCORE_TO_CLIENT.items():
        if first.startswith(prefix):
            return constraint
    return f"unmapped botocore error: {first}"


def client_table() -> dict:
    """The generated client's constraint table for the operation, read from its JSON literal."""
    source = CONSTRAINTS_TS.read_text("utf-8")
    match = re.search(
        r"export const " + TABLE["operation"] + r"InputConstraints: OperationInputConstraints = (\{.*?\n\});\n", source, re.S
    )
    assert match, f"no {TABLE['operation']} table in {CONSTRAINTS_TS}"
    return json.loads(match.group(1))


def test_the_table_holds_the_issues_eleven_kinds_of_input():
    assert len(TABLE["rows"]) >= 11
    assert {"missing", "empty", "valid", "nested path", "longer than the maximum", "a number instead of a string"} <= {
        row["kind"] for row in TABLE["rows"]
    }


def test_botocore_states_the_same_rules_as_the_clients_table(operation):
    """Parity means something only if both sides read the same constraints: member, required, label, length, pattern."""
    table = client_table()
    member = TABLE["member"]
    ours = table["members"][member]
    shape = operation.input_shape
    theirs = shape.members[member]
    assert shape.required_members == [name for name, node in table["members"].items() if node.get("required")]
    assert theirs.serialization.get("location") == "uri" and ours["httpLabel"] is True
    assert theirs.type_name == ours["type"] == "string"
    assert (theirs.metadata["min"], theirs.metadata["max"]) == (ours["length"]["min"], ours["length"]["max"])
    # botocore's JSON model drops the pattern's ^...$ anchors; the expression between them is the same.
    assert theirs.metadata["pattern"] == ours["pattern"].removeprefix("^").removesuffix("$")


@pytest.mark.parametrize("row", TABLE["rows"], ids=[row["name"] for row in TABLE["rows"]])
def test_default_mode_refuses_what_botocore_refuses(operation, row):
    assert botocore_verdict(operation, decoded_input(row)) == row["verdict"]["default"]
