"""Tool contracts: name, version, JSON Schema 2020-12 for the arguments, side-effect class; the ``@tool``
decorator that turns a Python function into a Tool; and the registry the runtime resolves names against."""

from __future__ import annotations

import inspect
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal, get_args, get_type_hints, overload

from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import SchemaError
from pydantic import TypeAdapter, create_model

from corral.errors import ConfigError, ToolArgumentsInvalid, ToolResultInvalid, UnknownTool

__all__ = [
    "SideEffect",
    "Tool",
    "ToolContext",
    "ToolContract",
    "ToolRegistry",
    "default_registry",
    "tool",
]

SideEffect = Literal["read", "write"]
DEFAULT_MAX_ARGUMENT_BYTES = 64 * 1024
_FORMAT_CHECKER = FormatChecker()


def _schema_path(path: Any) -> str:
    parts = [str(p) for p in path]
    return "$" + "".join(f"[{p}]" if p.isdigit() else f".{p}" for p in parts)


@dataclass(frozen=True)
class ToolContract:
    """What a tool promises. ``parameters`` is a JSON Schema 2020-12 object schema for the arguments;
    ``result_schema`` (optional) is checked on results; ``side_effect="write"`` marks state-changing tools
    (approval gates, idempotency keys). ``pii_allowed`` lets the PII guard re-hydrate placeholders for it."""

    name: str
    version: str
    parameters: dict[str, Any]
    side_effect: SideEffect = "read"
    description: str = ""
    result_schema: dict[str, Any] | None = None
    sandbox: bool = False
    pii_allowed: bool = False
    compensation: str | None = None
    max_argument_bytes: int = DEFAULT_MAX_ARGUMENT_BYTES
    _validator: Draft202012Validator = field(init=False, repr=False, compare=False)
    _result_validator: Draft202012Validator | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        try:
            Draft202012Validator.check_schema(self.parameters)
            if self.result_schema is not None:
                Draft202012Validator.check_schema(self.result_schema)
        except SchemaError as exc:
            raise ConfigError(f"tool {self.name!r}: invalid JSON Schema: {exc.message}") from None
        if self.parameters.get("type") != "object":
            raise ConfigError(f"tool {self.name!r}: the argument schema must have type 'object'")
        if self.side_effect not in get_args(SideEffect):  # "Write" would be read as "read": no approval, no keys
            raise ConfigError(f"tool {self.name!r}: side_effect must be one of {', '.join(get_args(SideEffect))}, "
                              f"not {self.side_effect!r}")
        object.__setattr__(self, "_validator", Draft202012Validator(self.parameters, format_checker=_FORMAT_CHECKER))
        rv = Draft202012Validator(self.result_schema, format_checker=_FORMAT_CHECKER) if self.result_schema else None
        object.__setattr__(self, "_result_validator", rv)

    @property
    def is_write(self) -> bool:
        return self.side_effect == "write"

    def validate_arguments(self, arguments: Any) -> None:
        """Raise ToolArgumentsInvalid listing every violation; return None when the call is valid."""
        if not isinstance(arguments, dict):
            raise ToolArgumentsInvalid(
                f"{self.name}: arguments must be a JSON object, got {type(arguments).__name__}",
                errors=["arguments must be an object"], context=None,
            ).with_context(tool=self.name)  # type: ignore[return-value]
        size = len(json.dumps(arguments, ensure_ascii=False, default=str).encode())
        if size > self.max_argument_bytes:
            raise ToolArgumentsInvalid(
                f"{self.name}: arguments are {size} bytes, over the {self.max_argument_bytes}-byte limit",
                errors=[f"arguments too large: {size} > {self.max_argument_bytes} bytes"],
            ).with_context(tool=self.name)  # type: ignore[return-value]
        if self._validator.is_valid(arguments):
            return
        errors = sorted(self._validator.iter_errors(arguments), key=lambda e: list(e.absolute_path))
        if errors:
            lines = [f"{_schema_path(e.absolute_path)}: {_short(e)}" for e in errors]
            raise ToolArgumentsInvalid(
                f"{self.name}: arguments break the contract: " + "; ".join(lines), errors=lines
            ).with_context(tool=self.name)  # type: ignore[return-value]

    def validate_result(self, result: Any) -> None:
        if self._result_validator is None or self._result_validator.is_valid(result):
            return
        errors = list(self._result_validator.iter_errors(result))
        if errors:
            lines = [f"{_schema_path(e.absolute_path)}: {_short(e)}" for e in errors]
            raise ToolResultInvalid(f"{self.name}: result breaks its schema: " + "; ".join(lines)).with_context(
                tool=self.name
            )

    def to_model_tool(self) -> dict[str, Any]:
        """The provider-neutral tool definition sent to models."""
        params = {k: v for k, v in self.parameters.items() if k not in ("$schema", "title")}
        return {"name": self.name, "description": self.description or self.parameters.get("title", self.name),
                "parameters": params}


def _short(error: Any, limit: int = 200) -> str:
    """A jsonschema error's message, or, when it is long (it quotes the value: a re-hydrated address, a card
    number), the rule the value breaks without the value: a message cut in the middle of a value would leave a
    piece no PII recognizer knows, for the model, the logs and the audit log to read."""
    message: str = error.message
    if len(message) <= limit:
        return message
    rule = repr(error.validator_value)
    rule = rule if len(rule) <= 80 else rule[:80] + "…"
    what = f"a string of {len(error.instance)} characters" if isinstance(error.instance, str) else \
        f"a {type(error.instance).__name__}"
    return f"{what} breaks {error.validator}: {rule}"


@dataclass(frozen=True)
class ToolContext:
    """What the proxy hands a tool that asks for it (a parameter annotated ``ToolContext``)."""

    run_id: str
    step: int
    call_id: str
    idempotency_key: str | None = None
    credential: str | None = field(default=None, repr=False)  # a scoped token; still kept out of logs
    tenant: str = "default"
    extras: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Tool:
    contract: ToolContract
    fn: Callable[..., Any]
    context_param: str | None = None

    @property
    def name(self) -> str:
        return self.contract.name

    def invoke(self, arguments: dict[str, Any], ctx: ToolContext) -> Any:
        """Validate, then call. An invalid call never reaches ``fn``."""
        self.contract.validate_arguments(arguments)
        kwargs = dict(arguments)
        if self.context_param:
            kwargs[self.context_param] = ctx
        result = self.fn(**kwargs)
        if inspect.isawaitable(result):
            import asyncio

            result = asyncio.run(_await(result))
        self.contract.validate_result(result)
        return result


async def _await(aw: Any) -> Any:
    return await aw


def _is_context(annotation: Any) -> bool:
    if annotation is ToolContext:
        return True
    return ToolContext in getattr(annotation, "__args__", ())


def _context_param(fn: Callable[..., Any]) -> str | None:
    hints = get_type_hints(fn)
    return next((p for p in inspect.signature(fn).parameters if _is_context(hints.get(p))), None)


def _derive_schema(fn: Callable[..., Any], name: str) -> dict[str, Any]:
    hints = get_type_hints(fn)
    fields: dict[str, Any] = {}
    for pname, param in inspect.signature(fn).parameters.items():
        annotation = hints.get(pname, Any)
        if _is_context(annotation):
            continue
        default = ... if param.default is inspect.Parameter.empty else param.default
        fields[pname] = (annotation, default)
    model = create_model(name, **fields)
    schema = TypeAdapter(model).json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["additionalProperties"] = False
    return schema


@overload
def tool(fn: Callable[..., Any], /) -> Tool: ...


@overload
def tool(
    *,
    name: str | None = None,
    version: str = "1",
    side_effect: SideEffect = "read",
    schema: dict[str, Any] | None = None,
    description: str | None = None,
    result_schema: dict[str, Any] | None = None,
    sandbox: bool = False,
    pii_allowed: bool = False,
    compensation: str | None = None,
    registry: ToolRegistry | None = None,
) -> Callable[[Callable[..., Any]], Tool]: ...


def tool(
    fn: Callable[..., Any] | None = None,
    *,
    name: str | None = None,
    version: str = "1",
    side_effect: SideEffect = "read",
    schema: dict[str, Any] | None = None,
    description: str | None = None,
    result_schema: dict[str, Any] | None = None,
    sandbox: bool = False,
    pii_allowed: bool = False,
    compensation: str | None = None,
    registry: ToolRegistry | None = None,
) -> Any:
    """Turn a function into a Tool. The schema is derived from the signature unless given explicitly.

    >>> @tool(side_effect="write", schema=CREATE_TICKET_SCHEMA)
    ... def CreateSupportTicket(title: str, severity: str, description: str = "") -> dict: ...
    """

    def wrap(f: Callable[..., Any]) -> Tool:
        tool_name = name or f.__name__
        contract = ToolContract(
            name=tool_name,
            version=version,
            parameters=schema if schema is not None else _derive_schema(f, tool_name),
            side_effect=side_effect,
            description=description or inspect.getdoc(f) or "",
            result_schema=result_schema,
            sandbox=sandbox,
            pii_allowed=pii_allowed,
            compensation=compensation,
        )
        t = Tool(contract, f, _context_param(f))
        (registry or default_registry).register(t)
        return t

    return wrap(fn) if fn is not None else wrap


class ToolRegistry:
    """Tools by name and version. The spec pins versions; unpinned names resolve to the latest registered."""

    def __init__(self) -> None:
        self._tools: dict[str, dict[str, Tool]] = {}

    def register(self, t: Tool) -> None:
        self._tools.setdefault(t.name, {})[t.contract.version] = t

    def names(self) -> list[str]:
        return sorted(self._tools)

    def versions(self, name: str) -> list[str]:
        return sorted(self._tools.get(name, {}))

    def get(self, name: str, version: str | None = None) -> Tool:
        versions = self._tools.get(name)
        if not versions:
            raise UnknownTool(f"unknown tool {name!r}; registered tools: {', '.join(self.names()) or 'none'}").with_context(
                tool=name
            )  # type: ignore[return-value]
        if version is None:
            return versions[max(versions, key=_version_key)]
        if version not in versions:
            raise UnknownTool(
                f"tool {name!r} has no version {version!r}; available: {', '.join(sorted(versions))}"
            ).with_context(tool=name)  # type: ignore[return-value]
        return versions[version]

    def __contains__(self, name: object) -> bool:
        return name in self._tools


def _version_key(v: str) -> tuple[Any, ...]:
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in v.replace("-", ".").split("."))


default_registry = ToolRegistry()
