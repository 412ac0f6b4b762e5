"""The bubblewrap sandbox: isolation (files, network, environment), limits, results, refusal without bwrap."""

from __future__ import annotations

import os
import socket
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import sandboxed_tools_for_tests as tools

from corral.errors import SandboxError, ToolExecutionError, ToolTimeout
from corral.spec.agent import AgentSpec
from corral.tools.contract import Tool, ToolContext, ToolContract, ToolRegistry, tool
from corral.tools.egress import EgressPolicy
from corral.tools.proxy import ContractCheck, ToolInvocation, ToolProxy
from corral.tools.sandbox import Sandbox, SandboxInterceptor, SandboxLimits

CTX = ToolContext(run_id="run-1", step=3, call_id="c1")
WHOAMI = Tool(ToolContract("whoami", "1", {"type": "object"}, sandbox=True), tools.whoami, context_param="ctx")


@pytest.fixture(scope="module")
def sandbox() -> Sandbox:
    box = Sandbox()
    box.bwrap()  # fails the tests (never skips) when bubblewrap is missing: install it, see .ci/run
    return box


def test_returns_the_result(sandbox: Sandbox) -> None:
    assert sandbox.run(tools.add, {"a": 2, "b": 40}) == 42


def test_runs_as_nobody_in_scratch_with_context_and_stdout_noise(sandbox: Sandbox) -> None:
    got = sandbox.run(tools.whoami, {}, context=CTX, context_param="ctx")
    assert got == {"run_id": "run-1", "step": 3, "cwd": "/scratch", "uid": 65534}


def test_cannot_write_outside_scratch(sandbox: Sandbox, tmp_path: Path) -> None:
    outside = tmp_path / "escaped.txt"
    got = sandbox.run(tools.write_file, {"path": str(outside), "text": "x"})
    assert got["written"] is False and not outside.exists()
    got = sandbox.run(tools.write_file, {"path": "/usr/corral-escape.txt", "text": "x"})
    assert got["written"] is False and not Path("/usr/corral-escape.txt").exists()


def test_bound_source_tree_is_read_only(sandbox: Sandbox) -> None:
    target = Path(__file__).with_name("written_by_sandbox.txt")
    got = sandbox.run(tools.write_file, {"path": str(target), "text": "x"})
    assert got["written"] is False and "Read-only file system" in got["error"]
    assert not target.exists()


def test_scratch_dir_is_writable_and_kept_when_given(sandbox: Sandbox, tmp_path: Path) -> None:
    got = sandbox.run(tools.write_file, {"path": "/scratch/out.txt", "text": "hello"}, scratch=tmp_path)
    assert got["written"] is True
    assert (tmp_path / "out.txt").read_text() == "hello"


def test_cannot_open_a_socket_to_local_postgres(sandbox: Sandbox) -> None:
    with socket.create_connection(("127.0.0.1", 5432), timeout=2):
        pass  # reachable from the parent: the refusal below is the sandbox's doing
    got = sandbox.run(tools.connect, {"host": "127.0.0.1", "port": 5432})
    assert got["connected"] is False


def test_cannot_read_parent_env_secrets(sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CORRAL_FAKE_SECRET", "hunter2-sandbox-canary")
    got = sandbox.run(tools.environment, {})
    assert "CORRAL_FAKE_SECRET" not in got["env"]
    assert not any("hunter2-sandbox-canary" in blob for blob in [*got["env"].values(), *got["proc_environ"]])
    assert set(got["env"]) <= {"PATH", "HOME", "PWD", "TMPDIR", "LANG", "PYTHONDONTWRITEBYTECODE",
                                "CORRAL_SANDBOX"}


def test_wall_clock_timeout_kills_the_process() -> None:
    box = Sandbox(limits=SandboxLimits(timeout_s=1.0))
    with pytest.raises(ToolTimeout, match="killed"):
        box.run(tools.sleep, {"seconds": 60})
    assert box.last_pid is not None
    with pytest.raises(ProcessLookupError):
        os.kill(box.last_pid, 0)


def test_memory_limit_kills_a_tool_that_grows_past_it() -> None:
    box = Sandbox(limits=SandboxLimits(memory_mb=256))
    with pytest.raises(SandboxError, match="memory limit"):
        box.run(tools.allocate, {"megabytes": 2048})
    with pytest.raises(ProcessLookupError):
        os.kill(box.last_pid or 0, 0)
    assert box.run(tools.allocate, {"megabytes": 16}) == 16 * 1024 * 1024


def test_memory_limit_holds_for_tools_that_import_corral(sandbox: Sandbox) -> None:
    # regopy's snmalloc reserves far more address space than any RLIMIT_AS would allow; the RSS watch does not mind
    assert sandbox.run(WHOAMI, {}, context=CTX, context_param="ctx")["uid"] == 65534


def test_optional_address_space_limit_raises_memory_error() -> None:
    box = Sandbox(limits=SandboxLimits(address_space_mb=256))
    with pytest.raises(ToolExecutionError, match="MemoryError"):
        box.run(tools.allocate, {"megabytes": 1024})


def test_cpu_limit_kills_a_spinning_tool() -> None:
    box = Sandbox(limits=SandboxLimits(cpu_s=1, timeout_s=30))
    with pytest.raises(SandboxError, match="CPU limit"):
        box.run(tools.spin, {})


def test_tool_exception_comes_back_as_tool_execution_error(sandbox: Sandbox) -> None:
    with pytest.raises(ToolExecutionError, match="TypeError"):
        sandbox.run(tools.add, {"a": 1, "b": "x"})


def test_local_functions_are_refused(sandbox: Sandbox) -> None:
    def inner() -> int:
        return 1

    with pytest.raises(SandboxError, match="module-level"):
        sandbox.run(inner, {})


def test_missing_bwrap_refuses_with_install_hint() -> None:
    with pytest.raises(SandboxError, match="apt-get install -y bubblewrap") as err:
        Sandbox(bwrap_path="/nonexistent/bwrap").run(tools.add, {"a": 1, "b": 2})
    assert err.value.hint is not None and "bubblewrap" in err.value.hint


# --- through the proxy -------------------------------------------------------------------------------------


def _inv(t: Any, arguments: dict[str, Any]) -> ToolInvocation:
    return ToolInvocation(tool=t, arguments=arguments, context=CTX)


def test_interceptor_routes_sandboxed_tools_into_the_sandbox(sandbox: Sandbox) -> None:
    proxy = ToolProxy([ContractCheck(), SandboxInterceptor(sandbox)])
    outcome = proxy.call(_inv(WHOAMI, {}))
    assert outcome.result["uid"] == 65534 and outcome.notes["sandboxed"] is True


def test_interceptor_passes_unsandboxed_tools_through(sandbox: Sandbox) -> None:
    plain = tool(tools.add, name="plain_add", registry=ToolRegistry())
    outcome = ToolProxy([ContractCheck(), SandboxInterceptor(sandbox)]).call(_inv(plain, {"a": 1, "b": 1}))
    assert outcome.result == 2 and "sandboxed" not in outcome.notes


def test_interceptor_without_bwrap_never_runs_the_tool_unsandboxed(tmp_path: Path) -> None:
    marker = tmp_path / "ran-unsandboxed.txt"
    writer = tool(tools.write_file, sandbox=True, registry=ToolRegistry())
    proxy = ToolProxy([ContractCheck(), SandboxInterceptor(Sandbox(bwrap_path="/nonexistent/bwrap"))])
    with pytest.raises(SandboxError, match="bubblewrap"):
        proxy.call(_inv(writer, {"path": str(marker), "text": "x"}))
    assert not marker.exists()


def test_interceptor_keeps_one_scratch_dir_per_run(sandbox: Sandbox, tmp_path: Path) -> None:
    writer = tool(tools.write_file, sandbox=True, registry=ToolRegistry())
    proxy = ToolProxy([SandboxInterceptor(sandbox, scratch_root=tmp_path)])
    proxy.call(_inv(writer, {"path": "/scratch/note.txt", "text": "kept"}))
    assert (tmp_path / "run-1" / "note.txt").read_text() == "kept"


# --- network follows the egress policy ---------------------------------------------------------------------


class _Hello(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802
        self.send_response(200)
        self.send_header("Content-Length", "5")
        self.end_headers()
        self.wfile.write(b"hello")

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def hello_server() -> Iterator[int]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Hello)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server.server_address[1]
    server.shutdown()
    server.server_close()


def test_network_is_shared_only_when_the_egress_policy_allows_a_host(sandbox: Sandbox, hello_server: int) -> None:
    url = f"http://127.0.0.1:{hello_server}/"
    allowed = sandbox.run(tools.fetch, {"url": url}, egress=EgressPolicy(allow_domains=("127.0.0.1",)))
    assert allowed == {"status": 200, "text": "hello"}
    cut = sandbox.run(tools.connect, {"host": "127.0.0.1", "port": hello_server}, egress=EgressPolicy())
    assert cut["connected"] is False


def test_egress_guard_applies_inside_the_sandbox(sandbox: Sandbox, hello_server: int) -> None:
    policy = EgressPolicy(allow_domains=("example.com",))
    with pytest.raises(ToolExecutionError, match="EgressDenied"):
        sandbox.run(tools.fetch, {"url": f"http://127.0.0.1:{hello_server}/"}, egress=policy)


def test_tool_module_loaded_from_a_path_runs_in_the_sandbox(sandbox: Sandbox, tmp_path: Path) -> None:
    from corral.runtime.services import import_tool_modules

    source = tmp_path / "user_tools.py"
    source.write_text("def shout(text: str) -> str:\n    return text.upper()\n")
    import_tool_modules([str(source)], None)
    module = next(m for m in sys.modules.values() if getattr(m, "__file__", None) == str(source))
    assert sandbox.run(module.shout, {"text": "quiet"}) == "QUIET"


# --- in the standard chain ---------------------------------------------------------------------------------


def _chain(engine: Any, spec: AgentSpec, box: Sandbox) -> ToolProxy:
    from corral.tools.chain import build_proxy
    from corral.tools.credentials import InProcessVault
    from corral.tools.ratelimit import InMemoryBuckets
    from corral.tools.reliability import BreakerBoard

    return build_proxy(spec, ledger=engine, vault=InProcessVault({}), buckets=InMemoryBuckets(),
                       breakers=BreakerBoard(), sleep=lambda s: None, sandbox=box)


def test_standard_chain_runs_sandboxed_tools_in_the_sandbox(sandbox: Sandbox, tmp_path: Path) -> None:
    from corral.store.db import make_engine

    spec = AgentSpec(name="a", allowed_tools=("whoami",))
    outcome = _chain(make_engine(f"sqlite:///{tmp_path / 'l.db'}"), spec, sandbox).call(_inv(WHOAMI, {}))
    assert outcome.result["uid"] == 65534


def test_standard_chain_kills_a_sandboxed_tool_at_the_spec_timeout(tmp_path: Path) -> None:
    from corral.store.db import make_engine

    sleeper = tool(tools.sleep, sandbox=True, registry=ToolRegistry())
    spec = AgentSpec.model_validate({"name": "a", "allowed_tools": ["sleep"],
                                     "tools": {"sleep": {"timeout_s": 1, "retries": 0}}})
    box = Sandbox()
    with pytest.raises(ToolTimeout):
        _chain(make_engine(f"sqlite:///{tmp_path / 'l.db'}"), spec, box).call(_inv(sleeper, {"seconds": 60}))
    box_pid = box.last_pid
    deadline = time.monotonic() + 10
    while box_pid is not None and time.monotonic() < deadline:
        try:
            os.kill(box_pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.05)
    else:
        pytest.fail("the sandboxed process outlived its timeout")
