"""The web console: server-rendered page shells (no build step) filled by ``static/console.js`` from the
/v1 API with the API key the operator logged in with (kept in sessionStorage, sent as a bearer token)."""

from __future__ import annotations

import html
from importlib import resources

from fastapi import APIRouter, Response
from fastapi.responses import HTMLResponse

__all__ = ["router"]

router = APIRouter(prefix="/console", include_in_schema=False)

_NAV = [("runs", "/console", "Runs"), ("approvals", "/console/approvals", "Approvals"),
        ("escalations", "/console/escalations", "Escalations")]


def _page(page: str, title: str, data: str = "") -> HTMLResponse:
    nav = "".join(f'<a href="{href}" class="{"on" if key == page else ""}">{label}</a>' for key, href, label in _NAV)
    body = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)} · corral</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/console/static/console.css"></head>
<body data-page="{page}" data-id="{html.escape(data)}">
<header><strong>corral</strong><nav>{nav}</nav><span id="who"></span>
<button id="logout" class="link">log out</button></header>
<main><h1>{html.escape(title)}</h1><div id="msg" role="status"></div><div id="app">loading…</div></main>
<script src="/console/static/console.js"></script></body></html>"""
    return HTMLResponse(body, headers={"Cache-Control": "no-store", "X-Frame-Options": "DENY",
                                       "Content-Security-Policy": "default-src 'self'; frame-ancestors 'none'"})


@router.get("")
def runs_page() -> HTMLResponse:
    return _page("runs", "Runs")


@router.get("/login")
def login_page() -> HTMLResponse:
    return _page("login", "Log in")


@router.get("/runs/{run_id}")
def run_page(run_id: str) -> HTMLResponse:
    return _page("run", "Run", run_id[:64])


@router.get("/approvals")
def approvals_page() -> HTMLResponse:
    return _page("approvals", "Approvals")


@router.get("/escalations")
def escalations_page() -> HTMLResponse:
    return _page("escalations", "Escalations")


@router.get("/static/{name}")
def static(name: str) -> Response:
    types = {"console.js": "text/javascript", "console.css": "text/css"}
    if name not in types:
        return Response(status_code=404)
    text = resources.files("corral.server").joinpath("static", name).read_text(encoding="utf-8")
    return Response(text, media_type=types[name], headers={"Cache-Control": "no-cache"})
