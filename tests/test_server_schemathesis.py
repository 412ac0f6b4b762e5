"""Property-based API testing with schemathesis against /openapi.json (bounded examples per operation): with a
valid admin key, no request the schema allows, nor a malformed one it generates, gets a 5xx."""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis.checks import not_a_server_error
from schemathesis.generation import GenerationMode

from server_support import Gateway, gateway_fixture  # noqa: F401 - the gw fixture

MAX_EXAMPLES = 12


@pytest.mark.filterwarnings("ignore::hypothesis.errors.HypothesisDeprecationWarning")  # schemathesis' own
def test_no_server_errors(gw: Gateway) -> None:
    key, _ = gw.app.state.keys.create("acme", "admin", user="fuzzer")
    headers = {"Authorization": f"Bearer {key}"}
    schema = schemathesis.openapi.from_asgi("/openapi.json", gw.app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 15
    gw.wait(gw.start(headers), "waiting_approval")  # something real to find, besides the fuzz
    tested_negative_skip: list[str] = []
    for operation in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):

            @given(case=operation.as_strategy(generation_mode=mode))
            @settings(max_examples=MAX_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck),
                      database=None)
            def check(case: Any) -> None:
                case.call_and_validate(headers=headers, checks=[not_a_server_error])

            try:
                check()
            except Unsatisfiable:
                # nothing to malform (an operation without parameters or body): only positive cases exist
                assert mode is GenerationMode.NEGATIVE
                tested_negative_skip.append(operation.label)
    # every operation with a body or a constrained parameter was also fuzzed with malformed input
    assert not {"POST /v1/runs", "GET /v1/runs", "POST /v1/approvals/{approval_id}/approve"} & set(tested_negative_skip)
