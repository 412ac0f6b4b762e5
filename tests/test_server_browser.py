"""The console in a real browser: Playwright drives Debian's Chromium (CI: `apt-get install -y chromium`;
`pip install playwright`, never `playwright install`). Logs in with an API key, approves the demo agent's
pending write action and sees the run complete; screenshots go to the test's tmp dir (or
$CORRAL_TEST_ARTIFACTS when set)."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from playwright.sync_api import expect, sync_playwright

from corral.demo import list_tickets
from server_support import Gateway, gateway_fixture  # noqa: F401 - the gw fixture

CHROMIUM = os.environ.get("CORRAL_CHROMIUM", "/usr/bin/chromium")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def served(gw: Gateway) -> Iterator[tuple[Gateway, str]]:
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(gw.app, host="127.0.0.1", port=port, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.02)
    try:
        yield gw, f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def _shots(tmp_path: Path) -> Path:
    out = Path(os.environ.get("CORRAL_TEST_ARTIFACTS") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    return out


def test_console_login_approve_and_see_the_run_complete(served: tuple[Gateway, str], tmp_path: Path) -> None:
    gw, base = served
    assert Path(CHROMIUM).exists(), f"Chromium is not installed at {CHROMIUM} (apt-get install -y chromium)"
    run_id = gw.start(gw.key("acme", "operator", user="olga"))
    gw.wait(run_id, "waiting_approval")
    key, _ = gw.app.state.keys.create("acme", "approver", user="alice")
    shots = _shots(tmp_path)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox", "--disable-gpu"])
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(f"{base}/console")
            expect(page).to_have_url(f"{base}/console/login")  # no key yet: sent to log in
            page.fill("#key", "crl_000000000000_" + "x" * 43)
            page.click("button[type=submit]")
            expect(page.locator("#msg")).to_contain_text("not accepted")
            page.fill("#key", key)
            page.click("button[type=submit]")
            expect(page).to_have_url(f"{base}/console")
            expect(page.locator("#runs")).to_contain_text(run_id[:12])
            expect(page.locator("#runs")).to_contain_text("waiting_approval")
            page.click("text=Approvals")
            card = page.locator(f".approval[data-id='{run_id}-s2']")
            expect(card).to_contain_text("CreateSupportTicket")
            expect(card).to_contain_text("approval_required")  # the agent's autonomy level
            expect(card).to_contain_text("SearchKB")  # the plan so far
            card.locator(".edit").click()
            card.locator("textarea.args").fill('{"title": "EU data loss risk", "severity": "high"}')
            expect(card.locator(".diffbox .add")).to_contain_text('"title": "EU data loss risk"')
            page.screenshot(path=str(shots / "console-approval.png"), full_page=True)
            card.locator(".reason").fill("checked the KB articles")
            card.locator(".approve").click()
            expect(page.locator("#empty")).to_be_visible()
            page.goto(f"{base}/console/runs/{run_id}")
            expect(page.locator("#run-status")).to_have_text("completed", timeout=20_000)
            expect(page.locator("main")).to_contain_text("approval_decided")
            expect(page.locator("main")).to_contain_text("alice")
            page.screenshot(path=str(shots / "console-run.png"), full_page=True)
        finally:
            browser.close()
    assert gw.rt.store.get_run(run_id).status == "completed"
    assert [t["title"] for t in list_tickets(run_id)] == ["EU data loss risk"]
    assert (shots / "console-run.png").stat().st_size > 10_000
