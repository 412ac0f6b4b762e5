from __future__ import annotations

from typer.testing import CliRunner

from corral.budget import BudgetStore, Charge
from corral.budget.cli import app, costs_app
from corral.store.db import make_engine

runner = CliRunner()


def test_set_and_show_tenant_cap() -> None:
    out = runner.invoke(app, ["set", "--tenant", "acme", "--monthly", "100"])
    assert out.exit_code == 0, out.output
    shown = runner.invoke(app, ["show"])
    assert "tenant acme" in shown.output
    assert "$100.0000" in shown.output


def test_set_user_daily_cap_applies() -> None:
    assert runner.invoke(app, ["set", "--tenant", "acme", "--user", "ann", "--daily", "0.01"]).exit_code == 0
    store = BudgetStore(make_engine())
    assert store.remaining_usd(Charge(tenant="acme", user="ann")) is None  # no counter yet: nothing held
    assert ("user", "acme/ann", "day", 0.01) in store.list_caps()


def test_missing_scope_is_one_line_error() -> None:
    out = runner.invoke(app, ["set", "--monthly", "5"])
    assert out.exit_code == 1
    assert "name a scope" in out.output
    assert "Traceback" not in out.output


def test_costs_reports_spend() -> None:
    store = BudgetStore(make_engine())
    store.create_tables()
    c = Charge(tenant="acme", run_id="r1", model="openai:gpt-4o-mini")
    store.settle(store.reserve(c, 0.2), 0.125)
    out = runner.invoke(costs_app, ["--by", "tenant,model"])
    assert out.exit_code == 0, out.output
    assert "acme" in out.output and "$0.1250" in out.output
    assert "total $0.1250 over 1 run(s)" in out.output


def test_costs_bad_group_is_an_error() -> None:
    out = runner.invoke(costs_app, ["--by", "colour"])
    assert out.exit_code == 1
    assert "cannot group by" in out.output


def test_mounted_under_a_root_app() -> None:
    import typer

    from corral.budget import cli, costs_cli

    root = typer.Typer()
    root.add_typer(cli.app, name="budget")
    root.add_typer(costs_cli.app, name="costs")
    assert runner.invoke(root, ["budget", "set", "--tenant", "t", "--monthly", "100"]).exit_code == 0
    out = runner.invoke(root, ["costs", "--by", "tenant"])
    assert out.exit_code == 0, out.output
    assert "cost per successful task" in out.output or "total $0.0000" in out.output
