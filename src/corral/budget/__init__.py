"""Cost control: caps per run, user and tenant (per day and month), reservations that hold under
concurrency, the cost ledger, and the gate the runtime calls around each model and tool call."""

from corral.budget.gate import BudgetGate
from corral.budget.store import BudgetStore, Charge, Reservation, Scope, ScopeUsage

__all__ = ["BudgetGate", "BudgetStore", "Charge", "Reservation", "Scope", "ScopeUsage"]
