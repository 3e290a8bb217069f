"""boto3 against the local endpoint's command line: what a Python project testing its Clean Rooms ML code sees."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

import boto3
import pytest
from botocore.exceptions import ClientError

from conftest import DENIED_KEY, KEY, REGION, arn

SPRING = arn("spring-lookalikes")
UTC = timezone.utc


def status_of(client, model_id: str) -> str:
    try:
        return client.get_audience_model(audienceModelArn=arn(model_id))["status"]
    except ClientError as err:
        return err.response["Error"]["Code"]


def test_start_line_names_the_url_and_what_is_served(endpoint):
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+", endpoint.url)
    assert endpoint.start_line.endswith(f"listening on {endpoint.url} (3 audience models; SigV4 verified, 2 key pairs scoped to {REGION})")


def test_status_script_advances_one_step_per_read_then_holds(endpoint):
    client = endpoint.client()
    reads = [client.get_audience_model(audienceModelArn=SPRING) for _ in range(4)]
    assert [r["status"] for r in reads] == ["CREATE_PENDING", "CREATE_IN_PROGRESS", "ACTIVE", "ACTIVE"]
    # updateTime starts at the fixture's value and is stamped anew at each change of status.
    updates = [r["updateTime"] for r in reads]
    assert updates[0] == datetime(2026, 3, 1, 10, 42, 17, 500000, tzinfo=UTC)
    assert updates[0] < updates[1] <= updates[2] == updates[3]
    assert datetime.now(UTC) - updates[2] < timedelta(minutes=1)


def test_deletion_script_ends_in_resource_not_found(endpoint):
    client = endpoint.client()
    assert [status_of(client, "retired") for _ in range(5)] == [
        "ACTIVE", "DELETE_PENDING", "DELETE_IN_PROGRESS", "ResourceNotFoundException", "ResourceNotFoundException",
    ]


def test_timestamps_keep_fractional_seconds_and_zones(endpoint):
    model = endpoint.client().get_audience_model(audienceModelArn=SPRING)
    assert model["createTime"] == datetime(2026, 3, 1, 10, 0, 0, 125000, tzinfo=UTC)
    # "2026-03-01T12:42:17.5+02:00" in the fixtures file is the same instant in UTC.
    assert model["updateTime"] == datetime(2026, 3, 1, 10, 42, 17, 500000, tzinfo=UTC)
    assert model["trainingDataStartTime"] == datetime(2026, 1, 1, tzinfo=UTC)
    assert model["trainingDataEndTime"] == datetime(2026, 2, 28, 23, 59, 59, 999000, tzinfo=UTC)
    assert all(model[k].utcoffset() == timedelta(0) for k in ("createTime", "updateTime"))


def test_tags_description_and_status_details(endpoint):
    client = endpoint.client()
    spring = client.get_audience_model(audienceModelArn=SPRING)
    assert spring["tags"] == {"team": "growth", "cost-center": "42"}
    assert spring["description"] == "Lookalikes of spring campaign converters"
    failed = client.get_audience_model(audienceModelArn=arn("failed"))
    assert failed["status"] == "CREATE_FAILED"
    assert failed["statusDetails"] == {"statusCode": "TRAINING_DATA_TOO_SMALL", "message": "The training dataset has too few rows"}
    assert "tags" not in failed


def test_unknown_model_is_a_404_resource_not_found(endpoint):
    client = endpoint.client()
    with pytest.raises(client.exceptions.ResourceNotFoundException) as caught:
        client.get_audience_model(audienceModelArn=arn("never-created"))
    response = caught.value.response
    assert response["ResponseMetadata"]["HTTPStatusCode"] == 404
    assert response["Error"]["Message"] == f"Audience model {arn('never-created')} does not exist"
    assert re.fullmatch(r"[0-9a-f-]{36}", response["ResponseMetadata"]["RequestId"])


@pytest.mark.parametrize(
    "bad_arn, rule",
    [
        # botocore checks only required, type and minimum length, so these reach the endpoint, as they would AWS.
        ("arn:aws:s3:us-east-1:123456789012:bucket/not-an-audience-model", "must match the pattern"),
        (arn("x" * (2049 - len(arn("")))), "must be between 20 and 2048 characters long, but is 2049"),
    ],
    ids=["pattern-breaking-arn-of-valid-length", "arn-one-past-max-length"],
)
def test_arn_the_model_refuses_is_a_400_validation_exception(endpoint, bad_arn, rule):
    client = endpoint.client()
    with pytest.raises(client.exceptions.ValidationException) as caught:
        client.get_audience_model(audienceModelArn=bad_arn)
    assert caught.value.response["ResponseMetadata"]["HTTPStatusCode"] == 400
    assert rule in caught.value.response["Error"]["Message"]


@pytest.mark.parametrize(
    "key, code",
    [
        ((KEY[0], "not-the-secret"), "InvalidSignatureException"),
        (("AKIDNOBODYKNOWS", KEY[1]), "UnrecognizedClientException"),
    ],
    ids=["wrong-secret", "unknown-access-key"],
)
def test_credentials_the_endpoint_refuses_are_a_403_with_aws_sigv4_codes(endpoint, key, code):
    with pytest.raises(ClientError) as caught:
        endpoint.client(key).get_audience_model(audienceModelArn=SPRING)
    response = caught.value.response
    assert (response["Error"]["Code"], response["ResponseMetadata"]["HTTPStatusCode"]) == (code, 403)
    assert response["ResponseMetadata"]["RetryAttempts"] == 0


def test_a_key_without_permission_gets_the_modeled_access_denied(endpoint):
    client = endpoint.client(DENIED_KEY)
    with pytest.raises(client.exceptions.AccessDeniedException) as caught:
        client.get_audience_model(audienceModelArn=SPRING)
    assert caught.value.response["ResponseMetadata"]["HTTPStatusCode"] == 403
    assert "is not authorized to perform: cleanrooms-ml:GetAudienceModel" in caught.value.response["Error"]["Message"]


@pytest.mark.parametrize("mode", ["legacy", "standard", "adaptive"])
def test_throttling_is_retried_by_botocore(start_endpoint, mode):
    endpoint = start_endpoint("--throttle-every", "2")
    client = endpoint.client(retries={"mode": mode})
    first = client.get_audience_model(audienceModelArn=SPRING)
    second = client.get_audience_model(audienceModelArn=SPRING)
    assert first["ResponseMetadata"]["RetryAttempts"] == 0
    # Call 2 was throttled (429 ThrottlingException) and retried; the retry was call 3.
    assert second["ResponseMetadata"]["RetryAttempts"] == 1
    assert [first["status"], second["status"]] == ["CREATE_PENDING", "CREATE_IN_PROGRESS"]
    assert re.search(r"-> 429 ThrottlingException ", endpoint.stderr)


def test_throttling_surfaces_when_retries_are_off(start_endpoint):
    endpoint = start_endpoint("--throttle-every", "1")
    client = endpoint.client(retries={"mode": "standard", "total_max_attempts": 1})
    with pytest.raises(ClientError) as caught:
        client.get_audience_model(audienceModelArn=SPRING)
    response = caught.value.response
    assert (response["Error"]["Code"], response["ResponseMetadata"]["HTTPStatusCode"]) == ("ThrottlingException", 429)


def test_reset_restarts_the_status_scripts(endpoint):
    client = endpoint.client()
    assert [status_of(client, "spring-lookalikes") for _ in range(3)] == ["CREATE_PENDING", "CREATE_IN_PROGRESS", "ACTIVE"]
    assert endpoint.control("POST", "/_reset") == (200, {"reset": True, "audienceModels": 3})
    assert [status_of(client, "spring-lookalikes") for _ in range(2)] == ["CREATE_PENDING", "CREATE_IN_PROGRESS"]


def test_health_reports_version_and_model_count(endpoint):
    status, body = endpoint.control("GET", "/_health")
    assert status == 200
    assert body["status"] == "ok" and body["audienceModels"] == 3
    assert re.fullmatch(r"\d+\.\d+\.\d+.*", body["version"])


def test_endpoint_url_from_the_service_specific_environment_variable(endpoint, monkeypatch):
    monkeypatch.setenv("AWS_ENDPOINT_URL_CLEANROOMSML", endpoint.url)
    client = boto3.client("cleanroomsml", region_name=REGION, aws_access_key_id=KEY[0], aws_secret_access_key=KEY[1])
    assert client.meta.endpoint_url == endpoint.url
    assert client.get_audience_model(audienceModelArn=SPRING)["name"] == "spring-lookalikes"
