"""Sinks: arguments whose value must come from someone we trust, and what happens when it does not.

Where a rule comes from, first match wins:

1. the spec: ``provenance.sinks: {ToolName: {arg: rule}}`` (``null`` turns a sink off);
2. the tool contract: ``"x-sink"`` on the argument's JSON Schema (a kind name such as ``"account"``, or a rule
   object ``{"kind": ..., "require": "trusted"}``);
3. defaults by argument name, for tools with ``side_effect="write"`` only (reads are not sinks):

   ==========  ===============================================================  ==============================
   kind        argument names (also as suffix: ``recipient_email``)              rule
   ==========  ===============================================================  ==============================
   recipient   recipient(s), to, cc, bcc, email, reply_to, forward_to, phone    approve_if: untrusted, generated
   account     iban, account, account_number, bic, swift, routing_number        approve_if: untrusted;
                                                                                 deny_if: generated
   amount      amount, sum, total, price                                        approve_if: untrusted
   address     address, postal_address, shipping_address                        approve_if: untrusted
   url         url, link, href, endpoint, webhook, callback_url, image_url      approve_if: untrusted
   ==========  ===============================================================  ==============================

4. egress: in every tool (reads too), an argument named like a URL, or whose whole value is a URL, is a ``url``
   sink: the URL's host and query values must not come from untrusted content (markdown-image and link
   exfiltration). A URL inside free text (an email body) is not: the tool sends it, it does not fetch it.

A rule is checked on the entities inside the value that its kind is about (addresses and phone numbers for a
recipient; IBANs, ID tokens and numbers for an account; numbers for an amount; a URL's host and query values),
else on the whole value; an address sink always checks the whole value. Generic values (booleans, small numbers, short words) always pass. An untrusted value from a
source that the spec declares ``trusted_for`` this sink kind counts as trusted.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from corral.actions import Outcome
from corral.provenance.trace import ArgumentProvenance, ValueTrace
from corral.spec.provenance import ProvenanceSettings, SinkRuleSpec

__all__ = ["DEFAULT_RULES", "SinkFinding", "SinkRule", "evaluate_sinks", "sink_kind_for_name", "sink_rules"]


@dataclass(frozen=True, slots=True)
class SinkRule:
    kind: str
    require_trusted: bool = False
    approve_if: frozenset[str] = frozenset()
    deny_if: frozenset[str] = frozenset()
    origin: str = "default"

    def verdict(self, label: str) -> Outcome:
        if label == "generic":
            return "allow"
        if label in self.deny_if or (self.require_trusted and label != "trusted"):
            return "deny"
        if label in self.approve_if:
            return "require_approval"
        return "allow"

    def describe(self) -> str:
        parts = []
        if self.require_trusted:
            parts.append("require: trusted")
        if self.approve_if:
            parts.append("approve_if: " + ", ".join(sorted(self.approve_if)))
        if self.deny_if:
            parts.append("deny_if: " + ", ".join(sorted(self.deny_if)))
        return "; ".join(parts) or "allow"

    @classmethod
    def from_spec(cls, spec: SinkRuleSpec, kind: str, origin: str) -> SinkRule:
        rule = cls(spec.kind or kind, spec.require == "trusted", frozenset(spec.approve_if),
                   frozenset(spec.deny_if), origin)
        if not (rule.require_trusted or rule.approve_if or rule.deny_if):
            default = DEFAULT_RULES.get(rule.kind, DEFAULT_RULES["recipient"])
            rule = cls(rule.kind, default.require_trusted, default.approve_if, default.deny_if, origin)
        return rule


DEFAULT_RULES: dict[str, SinkRule] = {
    "recipient": SinkRule("recipient", approve_if=frozenset({"untrusted", "generated"})),
    "account": SinkRule("account", approve_if=frozenset({"untrusted"}), deny_if=frozenset({"generated"})),
    "amount": SinkRule("amount", approve_if=frozenset({"untrusted"})),
    "address": SinkRule("address", approve_if=frozenset({"untrusted"})),
    "url": SinkRule("url", approve_if=frozenset({"untrusted"})),
}
EGRESS_RULE = SinkRule("url", approve_if=frozenset({"untrusted"}), origin="egress")
_NAMES: dict[str, str] = {
    **dict.fromkeys(("recipient", "recipients", "to", "cc", "bcc", "email", "emails", "email_address",
                     "reply_to", "forward_to", "phone", "phone_number", "mobile", "sms_to", "send_to"),
                    "recipient"),
    **dict.fromkeys(("iban", "account", "account_number", "account_no", "bic", "swift", "routing_number",
                     "recipient_account", "destination_account", "payee_account"), "account"),
    **dict.fromkeys(("amount", "sum", "total", "price"), "amount"),
    **dict.fromkeys(("address", "postal_address", "shipping_address", "street_address"), "address"),
    **dict.fromkeys(("url", "urls", "uri", "link", "links", "href", "endpoint", "webhook", "webhook_url",
                     "callback_url", "image_url", "redirect_url"), "url"),
}


def sink_kind_for_name(name: str) -> str | None:
    """The default sink kind for an argument name, by exact name or by its last ``_`` part."""
    low = name.casefold()
    if low in _NAMES:
        return _NAMES[low]
    tail = low.rpartition("_")[2]
    return _NAMES.get(tail) if tail != low and tail not in ("to", "sum", "total") else None


def sink_rules(tool: str, contract: Any, settings: ProvenanceSettings) -> dict[str, SinkRule | None]:
    """Explicit rules for ``tool``: spec first, then the contract's ``x-sink``. ``None`` means "not a sink"."""
    rules: dict[str, SinkRule | None] = {}
    params = getattr(contract, "parameters", None) or {}
    props = params.get("properties", {}) if isinstance(params, Mapping) else {}
    for arg, schema in props.items():
        mark = schema.get("x-sink") if isinstance(schema, Mapping) else None
        if isinstance(mark, str):
            rules[arg] = SinkRule(mark, *_rule_fields(DEFAULT_RULES.get(mark)), origin="contract")
        elif isinstance(mark, Mapping):
            spec = SinkRuleSpec.model_validate(dict(mark))
            rules[arg] = SinkRule.from_spec(spec, spec.kind or sink_kind_for_name(arg) or "recipient", "contract")
        elif mark is False:
            rules[arg] = None
    for arg, rule_spec in settings.sinks.get(tool, {}).items():
        if rule_spec is None:
            rules[arg] = None
        else:
            rules[arg] = SinkRule.from_spec(rule_spec, rule_spec.kind or sink_kind_for_name(arg) or "recipient",
                                            "spec")
    return rules


def _rule_fields(rule: SinkRule | None) -> tuple[bool, frozenset[str], frozenset[str]]:
    if rule is None:
        return True, frozenset(), frozenset()
    return rule.require_trusted, rule.approve_if, rule.deny_if


@dataclass(frozen=True, slots=True)
class SinkFinding:
    """One rule checked on one value: which value (index into the provenance's ``values``), its effective
    label for this sink, the rule and the verdict."""

    value_index: int
    path: str
    kind: str
    rule: SinkRule
    label: str
    outcome: Outcome
    via: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"value": self.value_index, "path": self.path, "kind": self.kind,
                               "rule": self.rule.describe(), "rule_origin": self.rule.origin,
                               "label": self.label, "outcome": self.outcome}
        if self.via:
            out["via"] = self.via
        return out


def _effective(v: ValueTrace, kind: str) -> tuple[str, str | None]:
    if v.label == "untrusted" and (kind in v.trusted_for or "*" in v.trusted_for):
        return "trusted", f"trusted_for:{kind}"
    return v.label, v.via


def _rule_for(v: ValueTrace, explicit: dict[str, SinkRule | None], write: bool,
              settings: ProvenanceSettings) -> tuple[bool, SinkRule | None]:
    """(explicitly configured?, rule) for the leaf ``v`` sits in."""
    for name in (v.key, v.arg):
        if name in explicit:
            return True, explicit[name]
    kind = sink_kind_for_name(v.key) or sink_kind_for_name(v.arg)
    if kind is not None and ((settings.default_sinks and write) or (settings.egress and kind == "url")):
        return False, DEFAULT_RULES[kind]
    return False, None


# The entity kinds a sink kind is about; a rule is checked on those entities inside the value when there are
# any, else on the whole value (an address sink always looks at the whole value).
_RELEVANT: dict[str, frozenset[str]] = {
    "recipient": frozenset({"email", "phone"}),
    "account": frozenset({"iban", "id", "number", "phone"}),
    "amount": frozenset({"number"}),
    "url": frozenset({"url"}),
    "address": frozenset(),
}
_ALL_KINDS = frozenset({"email", "phone", "iban", "id", "number", "url", "host"})


def _checked_values(values: list[ValueTrace], leaf: list[int], kind: str) -> list[int]:
    """The values of one leaf a ``kind`` rule is checked on: the relevant entities (for a URL: its host and
    query values), else the leaf's whole value."""
    relevant = _RELEVANT.get(kind, _ALL_KINDS)
    picked: list[int] = []
    for i in leaf:
        v = values[i]
        if v.whole and v.parent is None and v.kind != "url":
            continue
        if v.kind == "url" and "url" in relevant:
            parts = [j for j in leaf if values[j].parent == i]
            picked.extend(parts or [i])
        elif v.part is None and v.kind in relevant and v.kind != "url":
            picked.append(i)
    if picked:
        return picked
    whole = [i for i in leaf if values[i].whole]
    return whole[:1]


def _egress_values(values: list[ValueTrace], leaf: list[int]) -> list[int]:
    """A URL that is the whole argument value is something a tool may fetch: its host and query values."""
    head = values[leaf[0]]
    if head.kind != "url" or not head.whole:
        return []
    return [j for j in leaf if values[j].parent == leaf[0]] or [leaf[0]]


def evaluate_sinks(prov: ArgumentProvenance, contract: Any, settings: ProvenanceSettings) -> list[SinkFinding]:
    """Check every sink rule that applies to the traced call; one finding per (rule, value)."""
    explicit = sink_rules(prov.tool, contract, settings)
    write = bool(getattr(contract, "is_write", False))
    leaves: dict[str, list[int]] = {}
    for i, v in enumerate(prov.values):
        leaves.setdefault(v.path, []).append(i)
    findings: list[SinkFinding] = []
    for path, leaf in leaves.items():
        configured, rule = _rule_for(prov.values[leaf[0]], explicit, write, settings)
        if rule is not None:
            checked = _checked_values(prov.values, leaf, rule.kind)
        elif not configured and settings.egress:
            rule, checked = EGRESS_RULE, _egress_values(prov.values, leaf)
        else:
            continue
        for i in checked:
            label, via = _effective(prov.values[i], rule.kind)
            findings.append(SinkFinding(i, path, rule.kind, rule, label, rule.verdict(label), via))
    return findings
