"""``corral costs`` as its own sub-app module (mount: ``("corral.budget.costs_cli", "costs")``)."""

from corral.budget.cli import costs_app as app

__all__ = ["app"]
