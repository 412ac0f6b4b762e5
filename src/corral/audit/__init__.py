"""corral.audit: the append-only, hash-chained audit log fed by the run-event stream."""

from corral.audit.anchor import Anchor, default_anchor_path, latest_anchor, write_anchor
from corral.audit.canonical import GENESIS_HASH, canonical_json, chain_hash
from corral.audit.export import export_run, load_run_state
from corral.audit.log import AuditEntry, AuditLog, AuditRecord, Head
from corral.audit.redact import Redactor, default_redactor, redact_data
from corral.audit.subscriber import AuditSubscriber, event_to_entry
from corral.audit.tables import audit_head, audit_log, drop_protection, ensure_schema, install_protection
from corral.audit.verify import Broken, VerifyReport, verify

__all__ = [
    "GENESIS_HASH",
    "Anchor",
    "AuditEntry",
    "AuditLog",
    "AuditRecord",
    "AuditSubscriber",
    "Broken",
    "Head",
    "Redactor",
    "VerifyReport",
    "audit_head",
    "audit_log",
    "default_redactor",
    "canonical_json",
    "chain_hash",
    "default_anchor_path",
    "drop_protection",
    "ensure_schema",
    "event_to_entry",
    "export_run",
    "install_protection",
    "latest_anchor",
    "load_run_state",
    "redact_data",
    "verify",
    "write_anchor",
]
