"""`corral metrics`: a server's live registry over --url, errors as one line."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import typer
from prometheus_client import start_http_server
from typer.testing import CliRunner

from corral.telemetry import CorralMetrics
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
