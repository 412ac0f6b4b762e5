"""The ``provenance:`` section of the agent spec: which tools are trusted, and which arguments are sinks.

    provenance:
      trusted_tools: [lookup_directory]          # every result of these tools is a trusted source
      tools:
        search_hotels: {trusted_for: [amount, url]}   # trusted for these sink kinds only
        read_email: {attributed_fields: [from, sender, reply_to]}
      sinks:
        send_money:
          iban: {require: trusted}
          amount: {approve_if: untrusted}
          memo: null                              # not a sink (turns a default off)

Every key is optional; an empty section means the defaults in ``corral.provenance.sinks``.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

__all__ = ["Label", "ProvenanceSettings", "SinkRuleSpec", "ToolProvenance"]

Label = Literal["trusted", "untrusted", "generated"]
SINK_KINDS = ("recipient", "account", "amount", "address", "url", "*")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _labels(v: Any) -> Any:
    return (v,) if isinstance(v, str) else v


class SinkRuleSpec(_Strict):
    """``require: trusted`` denies any other label; ``approve_if``/``deny_if`` list labels that hold or deny.
    ``kind`` names the sink kind (for ``trusted_for``); by default it is inferred from the argument name."""

    kind: str | None = None
    require: Literal["trusted"] | None = None
    approve_if: tuple[Label, ...] = ()
    deny_if: tuple[Label, ...] = ()

    _v_labels = field_validator("approve_if", "deny_if", mode="before")(_labels)


class ToolProvenance(_Strict):
    trusted: bool = False
    trusted_for: tuple[str, ...] = ()
    attributed_fields: tuple[str, ...] | None = None

    @field_validator("trusted_for")
    @classmethod
    def _known_kinds(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        for kind in v:
            if kind not in SINK_KINDS:
                raise ValueError(f"unknown sink kind {kind!r} (one of {', '.join(SINK_KINDS)})")
        return v


class ProvenanceSettings(_Strict):
    enabled: bool = True
    trusted_tools: tuple[str, ...] = ()
    tools: dict[str, ToolProvenance] = Field(default_factory=dict)
    sinks: dict[str, dict[str, SinkRuleSpec | None]] = Field(default_factory=dict)
    default_sinks: bool = True
    egress: bool = True
    attributed_fields: tuple[str, ...] = ("from", "sender", "reply_to")
    task_named_senders: bool = True

    def tool(self, name: str) -> ToolProvenance:
        settings = self.tools.get(name, ToolProvenance())
        if name in self.trusted_tools and not settings.trusted:
            settings = settings.model_copy(update={"trusted": True})
        return settings
