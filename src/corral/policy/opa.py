"""An external OPA server over its REST API: ``POST {opa_url}/v1/data/<path>`` with ``{"input": ...}``.

The result follows the same contract as an in-process Rego policy (see ``decision_from_result``). A missing
``result`` (undefined) is a deny; timeouts, connection errors, non-200 answers and malformed JSON are a deny with
reason ``policy_error`` — the agent never acts because OPA could not be asked.
"""

from __future__ import annotations

from typing import Any

import httpx

from corral.actions import Decision
from corral.policy.engine import PolicyInput, decision_from_result, fail_closed

__all__ = ["OpaPolicy", "query_to_path"]


def query_to_path(query: str) -> str:
    """``data.corral.decision`` → ``corral/decision`` (the Data API path)."""
    parts = query.split(".")
    if parts[0] == "data":
        parts = parts[1:]
    return "/".join(parts)


class OpaPolicy:
    """A PolicyEngine that asks an OPA server. Pass ``client`` to share a connection pool (closed by its owner)."""

    def __init__(self, url: str, *, query: str = "data.corral.decision", timeout_s: float = 0.5,
                 policy_id: str | None = None, policy_version: str | None = None,
                 client: httpx.Client | None = None) -> None:
        self.endpoint = f"{url.rstrip('/')}/v1/data/{query_to_path(query)}"
        self.policy_id = policy_id or f"opa:{query}"
        self.policy_version = policy_version or "remote"
        self._owns_client = client is None
        self._client = client or httpx.Client(timeout=httpx.Timeout(timeout_s), follow_redirects=False)

    def close(self) -> None:
        if self._owns_client:
            self._client.close()

    def _ask(self, document: dict[str, Any]) -> dict[str, Any]:
        response = self._client.post(self.endpoint, json={"input": document})
        if response.status_code != 200:
            raise ValueError(f"OPA answered HTTP {response.status_code}")
        body = response.json()
        if not isinstance(body, dict):
            raise ValueError("OPA's answer is not a JSON object")
        return body

    def evaluate(self, input: PolicyInput) -> Decision:  # noqa: A002
        ident = {"policy_id": self.policy_id, "policy_version": self.policy_version}
        try:
            body = self._ask(input.to_document())
        except httpx.TimeoutException:
            return fail_closed(f"OPA did not answer in time ({self.endpoint})", **ident)
        except httpx.HTTPError as exc:
            return fail_closed(f"OPA is unreachable ({self.endpoint}): {type(exc).__name__}", **ident)
        except ValueError as exc:  # includes json.JSONDecodeError
            return fail_closed(f"OPA gave an unusable answer ({self.endpoint}): {exc}", **ident)
        return decision_from_result(body.get("result"), **ident)
