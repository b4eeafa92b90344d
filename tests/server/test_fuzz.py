"""Schema-driven fuzzing of the running server from its own OpenAPI document (schemathesis):
no server errors, answers match the documented schemas (426 for older schema versions included),
schema-violating requests are refused, and no item that violates the wire schema (version 2) is ever
accepted."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, given, settings
from pydantic import ValidationError
from schemathesis.checks import not_a_server_error
from schemathesis.generation.modes import GenerationMode
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_schema_conformance,
    status_code_conformance,
)

from iq_desktop.domain.wire import RecordEnvelope
from tests.server.conftest import Device, Server, start_server, stop_server

SITE_RE = re.compile(r"^[A-Za-z0-9_.-]{1,40}$")


@pytest.fixture(scope="module")
def fuzz_target(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Server, Device]]:
    tmp: Path = tmp_path_factory.mktemp("fuzz")
    srv = start_server(f"sqlite:///{tmp / 'fuzz.db'}", tmp, args=("--docs",))
    dev = srv.enrol()
    yield srv, dev
    stop_server(srv)


@pytest.fixture(scope="module")
def api_schema(fuzz_target: tuple[Server, Device]) -> Any:
    srv, _ = fuzz_target
    spec = requests.get(srv.url + "/openapi.json", timeout=10).json()
    return schemathesis.openapi.from_dict(spec)


OPERATIONS = [("GET", "/v1/health"), ("POST", "/v1/enrol"), ("POST", "/v1/records"), ("GET", "/v1/sync-state")]
# health takes no input, so there is nothing to violate
CASES = [(m, p, mode) for m, p in OPERATIONS for mode in GenerationMode if (p, mode) != ("/v1/health", "negative")]


def no_invalid_record_accepted(ctx: Any, response: Any, case: Any) -> bool:
    if case.path != "/v1/records" or response.status_code != 200 or not isinstance(case.body, dict):
        return True
    for sent, result in zip(case.body["records"], response.json()["results"], strict=True):
        if result["status"] != "rejected":
            try:
                RecordEnvelope.model_validate(sent)
            except ValidationError as exc:
                raise AssertionError(f"an invalid item was accepted as {result['status']}") from exc
    return True


@pytest.mark.parametrize(("method", "path", "mode"), CASES)
def test_api_fuzz(api_schema: Any, fuzz_target: tuple[Server, Device], method: str, path: str,
                  mode: GenerationMode) -> None:  # fmt: skip
    srv, dev = fuzz_target
    operation = api_schema[path][method]
    checks = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
    if mode is GenerationMode.NEGATIVE:
        checks.append(negative_data_rejection)

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(max_examples=50, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    def run(case: Any) -> None:
        body = case.body
        site = body.get("site_id") if path == "/v1/records" and isinstance(body, dict) else None
        if isinstance(site, str) and SITE_RE.match(site):
            body["site_id"] = dev.site_id  # reach the per-item checks, not just the 403
            if mode is GenerationMode.POSITIVE and isinstance(body.get("records"), list):
                for r in body["records"]:  # most batches are version 2 (else the whole batch gets 426)
                    if isinstance(r, dict) and isinstance(r.get("schema_version"), int) and r["schema_version"] % 4:
                        r["schema_version"] = 2
        headers = {"Authorization": f"Bearer {dev.token}"} if path != "/v1/enrol" else None
        response = case.call(base_url=srv.url, headers=headers, timeout=30)
        case.validate_response(
            response, checks=checks, additional_checks=[no_invalid_record_accepted], headers=headers,
            transport_kwargs={"base_url": srv.url},
        )  # fmt: skip

    run()
