"""The gateway: ``create_app(runtime, agents)`` builds the FastAPI app (API under /v1, console under
/console, OpenAPI at /openapi.json). ``corral serve`` runs it with uvicorn."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, RedirectResponse

from corral.errors import (
    ApprovalForbidden,
    ConfigError,
    CorralError,
    PolicyBlocked,
    RunNotFound,
    RunStateConflict,
    ToolArgumentsInvalid,
    UnknownTool,
)
from corral.runtime import Runtime
from corral.server import console, ops, routes_approvals, routes_runs
from corral.server.auth import JwtVerifier
from corral.server.deps import Services
from corral.server.keys import KeyStore
from corral.server.ratelimit import Buckets, Limiter, MemoryBuckets, RedisBuckets
from corral.server.records import Records
from corral.server.settings import ServerSettings
from corral.spec.loader import LoadedSpec, load_spec
from corral.store.sql import SqlStore

__all__ = ["create_app", "load_agents"]

_STATUS: list[tuple[type[CorralError], int]] = [
    (RunNotFound, 404), (RunStateConflict, 409), (ApprovalForbidden, 403), (PolicyBlocked, 403),
    (ToolArgumentsInvalid, 422), (UnknownTool, 422), (ConfigError, 400),
]


def load_agents(paths: list[Path] | list[str]) -> dict[str, LoadedSpec]:
    """The agents registry: spec files by agent name (a name given twice is an error)."""
    agents: dict[str, LoadedSpec] = {}
    for p in paths:
        spec = load_spec(Path(p))
        if spec.agent.name in agents:
            raise ConfigError(f"two specs define the agent {spec.agent.name!r}")
        agents[spec.agent.name] = spec
    return agents


def _error_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, CorralError)
    status = next((code for cls, code in _STATUS if isinstance(exc, cls)), 400)
    body = exc.to_dict()
    body.pop("context", None)  # ids of other records stay server-side
    return JSONResponse({"detail": exc.message, "error": body}, status_code=status)


def create_app(runtime: Runtime, agents: dict[str, LoadedSpec], settings: ServerSettings | None = None,
               *, buckets: Buckets | None = None) -> FastAPI:
    """The app for a launched durable ``runtime`` with a SQL store."""
    settings = settings or ServerSettings.from_env()
    if not isinstance(runtime.store, SqlStore):
        raise ConfigError("the server needs a SQL store (Runtime.open())")
    engine = runtime.store.engine
    app = FastAPI(title="corral", version="1", description="Run autonomous LLM agents safely: the control plane API.",
                  docs_url="/docs", redoc_url=None)
    metrics = ops.Metrics()
    svc = Services(runtime, agents, Records(engine), settings, metrics)
    metrics.bind(svc)
    app.state.services = svc
    app.state.keys = KeyStore(engine)
    if buckets is None:
        buckets = RedisBuckets(settings.redis_url) if settings.redis_url else MemoryBuckets()
    app.state.limiter = Limiter(buckets, settings.rate_per_key, settings.rate_per_tenant)
    app.state.jwt = (JwtVerifier(settings.oidc_audience, jwks_url=settings.jwks_url, jwks_file=settings.jwks_file,
                                 issuer=settings.oidc_issuer, tenant_claim=settings.tenant_claim,
                                 role_claim=settings.role_claim)
                     if settings.oidc_audience and (settings.jwks_url or settings.jwks_file) else None)
    app.add_exception_handler(CorralError, _error_handler)
    app.add_middleware(ops.GatewayMiddleware, max_body=settings.max_body_bytes, metrics=metrics)
    for router in (routes_runs.router, routes_approvals.router, ops.router, console.router):
        app.include_router(router)

    @app.get("/", include_in_schema=False)
    def root() -> Any:
        return RedirectResponse("/console")

    return app
