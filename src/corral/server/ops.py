"""Health, readiness and Prometheus metrics (the runtime's ``corral.telemetry`` metrics and the gateway's own); the ASGI middleware that caps bodies and times requests."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Annotated, Any

import sqlalchemy as sa
from fastapi import APIRouter, Depends, HTTPException, Response
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from corral.server.auth import Principal, require
from corral.server.deps import Services, services

__all__ = ["GatewayMiddleware", "Metrics", "router"]

router = APIRouter(tags=["ops"])


class _RunsCollector(Collector):
    def __init__(self, svc: Services) -> None:
        self.svc = svc

    def collect(self) -> Iterator[Metric]:
        g = GaugeMetricFamily("corral_runs_by_status", "Runs in the store by agent and status",
                              labels=["agent", "status"])
        for (agent, status), n in sorted(self.svc.records.runs_by_status().items()):
            g.add_metric([agent, status], n)
        yield g


class Metrics:
    """The gateway's registry: request latency by route and status, and runs by status (from the store)."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.latency = Histogram("corral_http_request_seconds", "Gateway request latency",
                                 ["method", "route", "status"], registry=self.registry,
                                 buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5))

    def bind(self, svc: Services) -> None:
        self.registry.register(_RunsCollector(svc))


class GatewayMiddleware:
    """Refuses bodies over ``max_body`` (413, also for chunked bodies as they stream in) and times requests."""

    def __init__(self, app: ASGIApp, max_body: int, metrics: Metrics) -> None:
        self.app, self.max_body, self.metrics = app, max_body, metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            await _plain(send, 413, b'{"detail":"request body too large"}')
            return
        t0, seen, status = time.perf_counter(), 0, [500]

        async def capped() -> Message:
            nonlocal seen
            msg = await receive()
            seen += len(msg.get("body", b""))
            if seen > self.max_body:
                raise HTTPException(413, "request body too large")
            return msg

        async def sending(msg: Message) -> None:
            if msg["type"] == "http.response.start":
                status[0] = msg["status"]
            await send(msg)

        try:
            await self.app(scope, capped, sending)
        finally:
            route = scope.get("route")
            path = getattr(route, "path", "unmatched")
            self.metrics.latency.labels(scope["method"], path, str(status[0])).observe(time.perf_counter() - t0)


async def _plain(send: Send, status: int, body: bytes) -> None:
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


@router.get("/healthz", summary="Liveness (no credentials needed)")
def healthz() -> dict[str, Any]:
    return {"status": "ok"}


@router.get("/readyz", summary="Readiness: the database answers (no credentials needed)")
def readyz(svc: Annotated[Services, Depends(services)]) -> dict[str, Any]:
    try:
        with svc.records.engine.connect() as conn:
            conn.execute(sa.text("SELECT 1"))
    except Exception:
        raise HTTPException(503, "the database is not reachable") from None
    return {"status": "ready", "agents": sorted(svc.agents)}


@router.get("/metrics", summary="Prometheus metrics (admin)", response_class=Response)
def metrics(svc: Annotated[Services, Depends(services)],
            principal: Annotated[Principal, Depends(require("metrics"))]) -> Response:
    text = generate_latest(svc.metrics.registry)
    telemetry = getattr(svc.runtime, "telemetry", None)  # the runtime's run metrics (corral.telemetry)
    if telemetry is not None:
        text = generate_latest(telemetry.metrics.registry) + text
    return Response(text, media_type=CONTENT_TYPE_LATEST)
