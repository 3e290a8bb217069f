"""The AWS CLI (v1, from PyPI) against the local endpoint: --endpoint-url, and AWS_ENDPOINT_URL_CLEANROOMSML."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import KEY, REGION, arn

# The `aws` script pip installed beside this interpreter (the venv's), not whatever else is on PATH.
AWS = Path(sys.executable).parent / "aws"
SPRING = arn("spring-lookalikes")


def aws(*args: str, key: tuple[str, str] = KEY, endpoint_env: str | None = None) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "AWS_ACCESS_KEY_ID": key[0],
        "AWS_SECRET_ACCESS_KEY": key[1],
        "AWS_DEFAULT_REGION": REGION,
        "AWS_PAGER": "",
    }
    if endpoint_env is not None:
        env["AWS_ENDPOINT_URL_CLEANROOMSML"] = endpoint_env
    return subprocess.run([str(AWS), *args, "--output", "json"], env=env, capture_output=True, text=True, timeout=60)


def test_the_cli_is_installed():
    version = subprocess.run([str(AWS), "--version"], capture_output=True, text=True, timeout=60)
    assert version.returncode == 0, version.stderr
    assert (version.stdout + version.stderr).startswith("aws-cli/1.")


def test_get_audience_model_with_endpoint_url(endpoint):
    done = aws("cleanroomsml", "get-audience-model", "--audience-model-arn", SPRING, "--endpoint-url", endpoint.url)
    assert done.returncode == 0, done.stderr
    model = json.loads(done.stdout)
    assert model["status"] == "CREATE_PENDING"
    assert model["tags"] == {"team": "growth", "cost-center": "42"}
    # The CLI prints timestamps as the service sent them: ISO-8601 in UTC with milliseconds.
    assert model["createTime"] == "2026-03-01T10:00:00.125Z"
    assert model["updateTime"] == "2026-03-01T10:42:17.500Z"


def test_get_audience_model_with_the_endpoint_environment_variable(endpoint):
    done = aws("cleanroomsml", "get-audience-model", "--audience-model-arn", SPRING, endpoint_env=endpoint.url)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["name"] == "spring-lookalikes"
    assert f"GET /audience-model/" in endpoint.stderr


@pytest.mark.parametrize(
    "model_arn, key, expected",
    [
        (arn("never-created"), KEY, "An error occurred (ResourceNotFoundException) when calling the GetAudienceModel operation: Audience model"),
        ("arn:aws:s3:us-east-1:123456789012:bucket/not-an-audience-model", KEY, "(ValidationException) when calling the GetAudienceModel operation: 1 validation error detected: audienceModelArn must match the pattern"),
        (SPRING, (KEY[0], "not-the-secret"), "(InvalidSignatureException) when calling the GetAudienceModel operation: The request signature we calculated does not match"),
    ],
    ids=["404-resource-not-found", "400-pattern-breaking-arn", "403-wrong-secret"],
)
def test_errors_are_reported_with_the_service_code(endpoint, model_arn, key, expected):
    done = aws("cleanroomsml", "get-audience-model", "--audience-model-arn", model_arn, key=key, endpoint_env=endpoint.url)
    assert done.returncode != 0
    assert expected in done.stderr
