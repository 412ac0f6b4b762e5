"""`corral metrics`: a server's live registry over --url, errors as one line."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import typer
from prometheus_client import start_http_server
from prometheus_client.parser import text_string_to_metric_families
from typer.testing import CliRunner

from corral.cli.flows import example_spec_path
from corral.runtime import Runtime
from corral.spec.loader import load_spec
from corral.store.db import make_engine
from corral.store.sql import SqlStore
from corral.telemetry import CorralMetrics, store_lookup
from corral.telemetry.cli import app
from telemetry_demo import all_events

main = typer.Typer()  # mounted as corral.cli.main mounts sub-apps
main.add_typer(app, name="metrics")


@main.command()
def version() -> None:
    """A second command, so the test app is a group like `corral`."""


@pytest.fixture
def server_url() -> Iterator[str]:
    metrics = CorralMetrics()
    for event in all_events():
        metrics(event)
    server, thread = start_http_server(0, addr="127.0.0.1", registry=metrics.registry)
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def test_metrics_prints_a_servers_registry(server_url: str) -> None:
    result = CliRunner().invoke(main, ["metrics", "--url", server_url])
    assert result.exit_code == 0, result.output
    assert 'corral_runs_total{agent="support-bot",status="completed",tenant="acme"} 1.0' in result.output


def test_metrics_table(server_url: str) -> None:
    result = CliRunner().invoke(main, ["metrics", "--url", server_url, "--table"])
    assert result.exit_code == 0, result.output
    assert "corral_tokens_in_total" in result.output


def test_unreachable_server_is_one_line_and_exit_1() -> None:
    result = CliRunner().invoke(main, ["metrics", "--url", "http://127.0.0.1:9"])
    assert result.exit_code == 1
    assert "could not reach" in result.output
    assert "Traceback" not in result.output


def _approve(run_id: str, approval_id: str) -> dict[str, object]:
    return {"approval_id": approval_id, "status": "approved", "actor": "alice", "reason": "ok"}


@pytest.fixture
def stored_demo(tmp_path: Path) -> tuple[str, str]:
    """The demo agent run (approved in process) into a SQLite store; yields (database URL, run id)."""
    url = f"sqlite:///{tmp_path / 'runs.db'}"
    rt = Runtime(SqlStore(make_engine(url)), durable_runs=False, approver=_approve)
    try:
        run = rt.run(load_spec(example_spec_path()), "Customer data loss risk in EU region")
    finally:
        rt.shutdown()
    assert run.status == "completed"
    return url, run.id


def test_metrics_are_recomputed_from_the_store(stored_demo: tuple[str, str]) -> None:
    url, _ = stored_demo
    result = CliRunner().invoke(main, ["metrics", "--db", url])
    assert result.exit_code == 0, result.output
    samples = {(s.name, tuple(sorted(s.labels.items()))): s.value
               for f in text_string_to_metric_families(result.output) for s in f.samples}

    def value(name: str, **labels: str) -> float:
        return samples[(name, tuple(sorted(labels.items())))]

    agent = "incident-resolver"
    assert value("corral_runs_total", agent=agent, tenant="default", status="completed") == 1
    assert value("corral_tool_calls_total", agent=agent, tenant="default", tool="CreateSupportTicket",
                 status="ok") == 1
    assert value("corral_approvals_total", agent=agent, status="requested") == 1
    assert value("corral_policy_decisions_total", agent=agent, outcome="require_approval") == 1


def test_store_lookup_knows_agent_start_and_approvals(stored_demo: tuple[str, str]) -> None:
    url, run_id = stored_demo
    store = SqlStore(make_engine(url))
    info = store_lookup(store)(run_id)
    run = store.get_run(run_id)
    assert info is not None and (info.agent, info.started_at, info.tenant) == (run.agent, run.created_at, "default")
    assert [tool for _, tool in info.approvals.values()] == ["CreateSupportTicket"]
    assert store_lookup(store)("no-such-run") is None
