"""Starts the local endpoint the way a Python project would: the `cleanroomsml-local-endpoint` bin (what
`npx @cleanroomsml-sdk/local-endpoint` runs) as a child process on --port 0, its URL read from the start line.

Every process is stopped with SIGTERM after its test, and must exit 0: a clean stop is part of what is tested.
Nothing here can reach AWS: clients always get the local URL, the shared AWS config files are hidden, and
HTTP(S)_PROXY points at a closed loopback port, so a request that escaped the endpoint would fail at once.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import threading
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import boto3
import pytest
from botocore.config import Config

ROOT = Path(__file__).resolve().parents[2]
BIN = ROOT / "node_modules" / ".bin" / "cleanroomsml-local-endpoint"
FIXTURES = ROOT / "test" / "local-endpoint" / "fixtures" / "audience-models.json"
START_LINE_URL = re.compile(r"http://(\[[0-9a-f:.]+\]|[^\s/:]+):\d+")

REGION = "us-east-1"
ACCOUNT = "123456789012"
KEY = ("AKIDPYTHONTESTS", "python-tests-secret/0123456789+abcdef")
DENIED_KEY = ("AKIDNOPERMISSION", "denied-key-secret")


def arn(model_id: str) -> str:
    return f"arn:aws:cleanrooms-ml:{REGION}:{ACCOUNT}:audience-model/{model_id}"


@pytest.fixture(autouse=True, scope="session")
def isolated_aws_environment():
    """No profile, config file, metadata service or endpoint override from the machine leaks into a test."""
    saved = dict(os.environ)
    for name in list(os.environ):
        if name.startswith("AWS_"):
            del os.environ[name]
    os.environ.update(
        {
            "AWS_CONFIG_FILE": str(ROOT / "build" / "no-such-aws-config"),
            "AWS_SHARED_CREDENTIALS_FILE": str(ROOT / "build" / "no-such-aws-credentials"),
            "AWS_EC2_METADATA_DISABLED": "true",
            # Port 9 (discard) is closed on loopback: anything not sent to the endpoint fails fast.
            "HTTP_PROXY": "http://127.0.0.1:9",
            "HTTPS_PROXY": "http://127.0.0.1:9",
            "NO_PROXY": "127.0.0.1,localhost",
        }
    )
    yield
    os.environ.clear()
    os.environ.update(saved)


@dataclass
class LocalEndpoint:
    url: str
    start_line: str
    process: subprocess.Popen
    _stderr: list[str] = field(default_factory=list)

    @property
    def stderr(self) -> str:
        return "".join(self._stderr)

    def client(self, key: tuple[str, str] = KEY, **config):
        return boto3.client(
            "cleanroomsml",
            region_name=REGION,
            endpoint_url=self.url,
            aws_access_key_id=key[0],
            aws_secret_access_key=key[1],
            config=Config(**config) if config else None,
        )

    def control(self, method: str, path: str) -> tuple[int, dict]:
        request = urllib.request.Request(self.url + path, method=method)
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        with opener.open(request, timeout=10) as response:
            return response.status, json.loads(response.read())

    def stop(self) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        return self.process.wait(timeout=15)


@pytest.fixture
def start_endpoint():
    """start_endpoint(*options) -> LocalEndpoint, on a free port, with the shared fixtures file by default."""
    if not BIN.exists():
        pytest.fail(f"{BIN} is missing: run npm ci && npm run build first")
    started: list[LocalEndpoint] = []

    def start(*options: str, models: Path | None = FIXTURES) -> LocalEndpoint:
        args = [str(BIN), "--port", "0", *options]
        if models is not None:
            args += ["--models", str(models)]
        process = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        stderr: list[str] = []
        threading.Thread(target=lambda: stderr.extend(process.stderr), daemon=True).start()
        first_line: list[str] = []
        reader = threading.Thread(target=lambda: first_line.append(process.stdout.readline()), daemon=True)
        reader.start()
        reader.join(timeout=30)
        start_line = first_line[0] if first_line else ""
        match = START_LINE_URL.search(start_line)
        if not match:
            process.kill()
            pytest.fail(f"no URL in the start line {start_line!r}; exit {process.wait()}; stderr: {''.join(stderr)}")
        endpoint = LocalEndpoint(match.group(0), start_line.rstrip("\n"), process, stderr)
        started.append(endpoint)
        return endpoint

    yield start
    for endpoint in started:
        assert endpoint.stop() == 0, f"the endpoint did not stop cleanly on SIGTERM; stderr: {endpoint.stderr}"


@pytest.fixture
def endpoint(start_endpoint):
    """The endpoint with the shared fixtures, SigV4 verified for KEY, and DENIED_KEY known but not authorized."""
    return start_endpoint("--sigv4", ":".join(KEY), "--sigv4-denied", ":".join(DENIED_KEY), "--region", REGION)
