"""The sandbox: tools whose contract says ``sandbox=True`` run in a subprocess under bubblewrap.

    proxy = ToolProxy([ContractCheck(), ..., SandboxInterceptor(Sandbox(), egress=EgressPolicy.from_spec(spec))])

What the sandboxed process gets (see ``Sandbox.command``):

* new user, pid, ipc, uts, cgroup and network namespaces (``--unshare-all``); uid/gid 65534, every capability
  dropped, its own session (``--new-session``), killed when the parent dies (``--die-with-parent``);
* no network (``--unshare-net``: only its own loopback) unless the tool's ``EgressPolicy`` allows some host — then
  the host network is shared, ``/etc/resolv.conf`` and the CA bundle are bound, and ``CORRAL_EGRESS_POLICY``
  carries the policy so ``sandbox_egress_client()`` in the tool enforces it. A tool that opens raw sockets
  bypasses that guard, so give network only to tools you trust to use the client;
* a read-only view of ``/usr`` (and ``/bin``, ``/lib*``), the Python installation and the parent's ``sys.path``
  entries; an empty ``/tmp`` (tmpfs, discarded); the scratch directory bound read-write at ``/scratch``; nothing
  else of the host (no ``/etc``, ``/home``, ``/root``, ``/work`` outside ``sys.path``);
* an empty environment plus PATH, HOME=/scratch, LANG and TMPDIR: no inherited secrets;
* rlimits for CPU seconds, file size and open files (set before the tool is imported; the hard limit cannot be
  raised again without capabilities), a memory limit on the resident set of the process tree and a wall-clock
  timeout, both watched by the parent, which kills the whole tree.

The tool function is called in the child as ``module.qualname(**arguments)`` (JSON on stdin, JSON result on
stdout), so sandboxed tools must be module-level functions with JSON arguments and results. Without a working
``bwrap`` every sandboxed call raises ``SandboxError`` saying how to install it: never a silent unsandboxed run.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import httpx

from corral.errors import SandboxError, ToolExecutionError, ToolTimeout
from corral.tools.contract import Tool, ToolContext
from corral.tools.egress import EgressPolicy, egress_client
from corral.tools.proxy import Next, ToolInvocation, ToolOutcome

__all__ = [
    "INSTALL_HINT",
    "Sandbox",
    "SandboxInterceptor",
    "SandboxLimits",
    "sandbox_egress_client",
    "sandbox_egress_policy",
]

INSTALL_HINT = "install bubblewrap: `apt-get install -y bubblewrap` (Debian/Ubuntu) or `dnf install bubblewrap`"
EGRESS_ENV = "CORRAL_EGRESS_POLICY"
SCRATCH = "/scratch"
_CHILD = Path(__file__).with_name("_sandbox_child.py")
_PAGE = os.sysconf("SC_PAGE_SIZE")
_SYSTEM_DIRS = ("/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64")
_NETWORK_FILES = ("/etc/resolv.conf", "/etc/hosts", "/etc/nsswitch.conf", "/etc/gai.conf", "/etc/ssl",
                  "/etc/ca-certificates", "/etc/pki")


@dataclass(frozen=True)
class SandboxLimits:
    """Resource limits of one sandboxed call."""

    timeout_s: float = 30.0
    cpu_s: int = 30
    memory_mb: int = 1024  # resident memory of the whole process tree, watched by the parent
    address_space_mb: int | None = None  # optional RLIMIT_AS; breaks tools that load snmalloc (regopy)
    max_file_mb: int = 64
    max_open_files: int = 256
    max_output_bytes: int = 4 * 1024 * 1024
    poll_s: float = 0.02

    def rlimits(self) -> dict[str, tuple[int, int]]:
        """(soft, hard) per limit. The CPU hard limit sits one second above the soft one so the process gets
        SIGXCPU (reported as "CPU limit") rather than a bare SIGKILL."""
        limits = {
            "RLIMIT_CPU": (self.cpu_s, self.cpu_s + 1),
            "RLIMIT_FSIZE": (self.max_file_mb * 1024 * 1024,) * 2,
            "RLIMIT_NOFILE": (self.max_open_files,) * 2,
            "RLIMIT_CORE": (0, 0),
        }
        if self.address_space_mb is not None:
            limits["RLIMIT_AS"] = (self.address_space_mb * 1024 * 1024,) * 2
        return limits


@dataclass
class Sandbox:
    """Runs functions in a bubblewrap sandbox. ``bwrap_path`` overrides the lookup on PATH."""

    limits: SandboxLimits = field(default_factory=SandboxLimits)
    bwrap_path: str | None = None
    python: str = sys.executable
    extra_ro_paths: Sequence[str] = ()
    allow_network: bool = True  # False: never share the network, whatever the egress policy says
    _probed: str | None = field(default=None, init=False, repr=False)
    last_pid: int | None = field(default=None, init=False, repr=False)

    # -- availability --

    def bwrap(self) -> str:
        """The bwrap binary, checked once to really create namespaces here; SandboxError otherwise."""
        if self._probed is not None:
            return self._probed
        path = self.bwrap_path or shutil.which("bwrap")
        if not path or not os.path.isfile(path) or not os.access(path, os.X_OK):
            where = f" at {self.bwrap_path}" if self.bwrap_path else " on PATH"
            raise SandboxError(f"bubblewrap (bwrap) not found{where}; sandboxed tools cannot run. {INSTALL_HINT}",
                               hint=INSTALL_HINT)
        probe = subprocess.run(  # noqa: S603 - fixed argv
            [path, "--unshare-all", "--unshare-user", "--cap-drop", "ALL", "--die-with-parent",
             "--ro-bind", "/", "/", "--proc", "/proc", "--dev", "/dev", "true"],
            capture_output=True, text=True, timeout=30, env={"PATH": "/usr/bin:/bin"},
        )
        if probe.returncode != 0:
            raise SandboxError(
                f"bubblewrap at {path} cannot create namespaces here: {probe.stderr.strip()[:300]}",
                hint="allow unprivileged user namespaces (sysctl kernel.unprivileged_userns_clone=1, "
                     "or kernel.apparmor_restrict_unprivileged_userns=0), or run the worker as root",
            )
        self._probed = path
        return path

    def available(self) -> bool:
        try:
            self.bwrap()
        except SandboxError:
            return False
        return True

    # -- the command --

    def _ro_paths(self, extra: Sequence[str] = ()) -> list[tuple[str, str]]:
        """(source, destination) read-only binds: the Python installation and every ``sys.path`` entry."""
        candidates = [sys.prefix, sys.base_prefix, sys.exec_prefix, os.path.dirname(os.path.realpath(self.python)),
                      str(_CHILD.parent), *sys.path, *self.extra_ro_paths, *extra]
        dests = sorted({os.path.abspath(p) for p in candidates if p and os.path.exists(p)})
        kept: list[str] = []
        for dest in dests:
            if dest == "/" or any(dest == d or dest.startswith(d + "/") for d in (*kept, *_SYSTEM_DIRS)):
                continue
            kept.append(dest)
        return [(os.path.realpath(d), d) for d in kept]

    def command(
        self, scratch: Path, *, network: bool, env: dict[str, str], extra_ro: Sequence[str] = ()
    ) -> list[str]:
        argv = [self.bwrap(), "--unshare-all", "--unshare-user", "--uid", "65534", "--gid", "65534",
                "--cap-drop", "ALL", "--die-with-parent", "--new-session", "--clearenv"]
        if network:
            argv.append("--share-net")
        argv += ["--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp"]  # first: later binds may sit under /tmp
        for d in _SYSTEM_DIRS:
            if os.path.islink(d):
                argv += ["--symlink", os.readlink(d), d]
            elif os.path.isdir(d):
                argv += ["--ro-bind", d, d]
        for source, dest in self._ro_paths(extra_ro):
            argv += ["--ro-bind", source, dest]
        if network:
            for path in _NETWORK_FILES:
                argv += ["--ro-bind-try", path, path]
        argv += ["--bind", str(scratch), SCRATCH, "--chdir", SCRATCH]
        for key, value in env.items():
            argv += ["--setenv", key, value]
        python = os.path.abspath(self.python)  # a venv's python: keep the symlink so the venv is found
        return [*argv, "--", python, "-I", "-S", "-B", str(_CHILD)]

    # -- running --

    def run(
        self,
        fn: Tool | Callable[..., Any] | tuple[str, str],
        arguments: dict[str, Any],
        *,
        context: ToolContext | None = None,
        context_param: str | None = None,
        egress: EgressPolicy | None = None,
        scratch: Path | None = None,
        timeout_s: float | None = None,
        name: str | None = None,
    ) -> Any:
        """Call ``fn(**arguments)`` in the sandbox and return its JSON result. ``fn`` may be a Tool, a
        module-level function or ``(module, qualname)``."""
        if isinstance(fn, Tool):
            fn = fn.fn
        module, qualname = fn if isinstance(fn, tuple) else _locate(fn)
        file = _module_file(module)
        label = name or qualname
        network = bool(self.allow_network and egress is not None and egress.allows_anything)
        request = {
            "limits": self.limits.rlimits(), "path": [p for p in sys.path if p], "module": module,
            "qualname": qualname, "file": file, "arguments": arguments, "context_param": context_param,
            "context": asdict(context) if context is not None and context_param else None,
        }
        try:
            payload = json.dumps(request)
        except TypeError as exc:
            raise SandboxError(f"{label}: arguments must be JSON for a sandboxed call: {exc}") from None
        env = {"PATH": "/usr/bin:/bin", "HOME": SCRATCH, "TMPDIR": "/tmp", "LANG": "C.UTF-8",
               "PYTHONDONTWRITEBYTECODE": "1", "CORRAL_SANDBOX": "1"}
        if network and egress is not None:
            env[EGRESS_ENV] = json.dumps(egress.to_dict())
        with _scratch_dir(scratch) as where:
            argv = self.command(where, network=network, env=env, extra_ro=[file] if file else [])
            reply = self._spawn(argv, payload, timeout_s or self.limits.timeout_s, label)
        return _unpack(reply, label)

    def _watch(self, proc: subprocess.Popen[bytes], timeout_s: float, label: str) -> None:
        """Wait for the process; kill the whole tree on the wall clock or when its memory passes the limit.

        Memory is the resident set of the process tree sampled every ``poll_s``: address-space rlimits cannot
        be used because allocators such as snmalloc (regopy) reserve hundreds of GB of address space up front.
        A fast allocation can overshoot the limit for one sampling interval before the kill."""
        deadline = time.monotonic() + timeout_s
        limit = self.limits.memory_mb * 1024 * 1024
        while True:
            with suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=self.limits.poll_s)
            if proc.returncode is not None:
                return
            pids = _descendants(proc.pid)
            rss = _rss_bytes(pids)
            if rss > limit:
                _kill_tree(proc, pids)
                raise SandboxError(
                    f"{label}: sandboxed process exceeded the memory limit "
                    f"({rss // 2**20} MB > {self.limits.memory_mb} MB) and was killed"
                ).with_context(tool=label)
            if time.monotonic() >= deadline:
                _kill_tree(proc, pids)
                raise ToolTimeout(f"{label}: sandboxed call exceeded {timeout_s:g}s and was killed").with_context(
                    tool=label)

    def _spawn(self, argv: list[str], payload: str, timeout_s: float, label: str) -> dict[str, Any]:
        with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
            proc = subprocess.Popen(  # noqa: S603 - argv built above, no shell
                argv, stdin=subprocess.PIPE, stdout=out, stderr=err, start_new_session=True,
                env={"PATH": "/usr/bin:/bin"}, close_fds=True,
            )
            self.last_pid = proc.pid
            threading.Thread(target=_feed, args=(proc, payload.encode()), daemon=True).start()
            self._watch(proc, timeout_s, label)
            out.seek(0)
            raw = out.read(self.limits.max_output_bytes + 1)
            err.seek(max(0, err.seek(0, os.SEEK_END) - 600))
            tail = err.read().decode("utf-8", "replace").strip()
        if len(raw) > self.limits.max_output_bytes:
            raise SandboxError(f"{label}: result is larger than {self.limits.max_output_bytes} bytes")
        if proc.returncode != 0 or not raw:
            raise SandboxError(f"{label}: sandboxed process {_describe_exit(proc.returncode)}"
                               + (f"; stderr: {tail}" if tail else "")).with_context(tool=label)
        try:
            reply: dict[str, Any] = json.loads(raw)
        except json.JSONDecodeError:
            raise SandboxError(f"{label}: sandboxed process wrote an unreadable reply") from None
        return reply


def _descendants(root: int) -> list[int]:
    """``root`` and every process below it, from /proc (the sandbox's own pid namespace hides nothing here)."""
    parents: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:
            continue
        ppid = int(stat[stat.rindex(b")") + 2:].split()[1])
        parents.setdefault(ppid, []).append(int(entry))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(parents.get(pid, []))
    return found


def _rss_bytes(pids: list[int]) -> int:
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/statm", "rb") as fh:
                total += int(fh.read().split()[1]) * _PAGE
        except (OSError, IndexError, ValueError):
            continue
    return total


def _feed(proc: subprocess.Popen[bytes], data: bytes) -> None:
    assert proc.stdin is not None
    with suppress(BrokenPipeError, OSError):
        proc.stdin.write(data)
        proc.stdin.close()


def _locate(fn: Callable[..., Any]) -> tuple[str, str]:
    module, qualname = getattr(fn, "__module__", None), getattr(fn, "__qualname__", "")
    if not module or not qualname or module == "__main__" or "<locals>" in qualname or "<lambda>" in qualname:
        raise SandboxError(
            f"{qualname or fn!r}: a sandboxed tool must be a module-level function in an importable module "
            f"(got module {module!r}, qualname {qualname!r})"
        )
    return module, qualname


def _module_file(module: str) -> str | None:
    """The source file of a module imported under a name the child may not find (loaded from a path)."""
    mod = sys.modules.get(module)
    file = getattr(mod, "__file__", None)
    return os.path.abspath(file) if isinstance(file, str) else None


def _kill_tree(proc: subprocess.Popen[bytes], pids: list[int]) -> None:
    for pid in reversed(pids):
        with suppress(ProcessLookupError, PermissionError):
            os.kill(pid, signal.SIGKILL)
    _kill_group(proc)


def _unpack(reply: dict[str, Any], label: str) -> Any:
    if reply.get("ok"):
        return reply.get("result")
    kind, message = reply.get("type", "Error"), reply.get("message", "")
    if kind == "MemoryError":
        message = message or "memory limit exceeded"
    raise ToolExecutionError(
        f"{label} failed in the sandbox: {kind}: {message}", retryable=bool(reply.get("retryable"))
    ).with_context(tool=label)


def _describe_exit(code: int | None) -> str:
    if code is None:
        return "did not exit"
    signum = -code if code < 0 else code - 128 if code > 128 else 0
    if signum:
        reason = {signal.SIGXCPU: " (CPU limit)", signal.SIGXFSZ: " (file size limit)",
                  signal.SIGKILL: " (killed)"}.get(signal.Signals(signum), "")
        return f"died of signal {signal.Signals(signum).name}{reason}"
    return f"exited with status {code} without a reply" if code else "exited without a reply"


def _kill_group(proc: subprocess.Popen[bytes]) -> None:
    with suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()


@contextmanager
def _scratch_dir(scratch: Path | None) -> Iterator[Path]:
    if scratch is not None:
        scratch.mkdir(parents=True, exist_ok=True)
        yield scratch
        return
    with tempfile.TemporaryDirectory(prefix="corral-scratch-") as tmp:
        yield Path(tmp)


# --- inside the sandbox -----------------------------------------------------------------------------------


def sandbox_egress_policy() -> EgressPolicy:
    """The egress policy the sandbox handed this process (deny-all when there is none)."""
    raw = os.environ.get(EGRESS_ENV)
    return EgressPolicy.from_dict(json.loads(raw)) if raw else EgressPolicy.deny_all()


def sandbox_egress_client(**client_kwargs: Any) -> httpx.Client:
    """For sandboxed tools: an egress-guarded client with the policy the sandbox was given."""
    return egress_client(sandbox_egress_policy(), **client_kwargs)


# --- the interceptor --------------------------------------------------------------------------------------


EgressFor = Callable[[ToolInvocation], EgressPolicy | None]


class SandboxInterceptor:
    """Runs tools whose contract has ``sandbox=True`` in the sandbox; passes every other call on.

    It is the innermost interceptor for sandboxed tools: it executes the call itself and does not call
    ``call_next``. ``egress`` is the policy (or a function of the invocation returning it) that decides whether
    the sandbox gets a network. ``scratch_root``: keep one scratch directory per run under it (else a fresh
    directory per call, removed afterwards). The wall clock is ``inv.timeout_s``, else ``per_tool_timeouts``,
    else ``timeout_s``, else the sandbox's own limit: give it the same deadlines as the ``Timeout``
    interceptor, which abandons the call but cannot kill a process.
    """

    name = "sandbox"

    def __init__(
        self,
        sandbox: Sandbox | None = None,
        *,
        egress: EgressPolicy | EgressFor | None = None,
        scratch_root: Path | None = None,
        timeout_s: float | None = None,
        per_tool_timeouts: Mapping[str, float] | None = None,
    ) -> None:
        self.sandbox = sandbox or Sandbox()
        self.egress = egress
        self.scratch_root = scratch_root
        self.timeout_s = timeout_s
        self.per_tool_timeouts = dict(per_tool_timeouts or {})

    def _egress_for(self, inv: ToolInvocation) -> EgressPolicy | None:
        return self.egress(inv) if callable(self.egress) else self.egress

    def _deadline(self, inv: ToolInvocation) -> float | None:
        if inv.timeout_s is not None:
            return inv.timeout_s
        return self.per_tool_timeouts.get(inv.tool.name, self.timeout_s)

    def __call__(self, inv: ToolInvocation, call_next: Next) -> ToolOutcome:
        if not inv.tool.contract.sandbox:
            return call_next(inv)
        t0 = time.perf_counter()
        scratch = self.scratch_root / _safe(inv.context.run_id) if self.scratch_root else None
        result = self.sandbox.run(
            inv.tool, inv.arguments, context=inv.context, context_param=inv.tool.context_param,
            egress=self._egress_for(inv), scratch=scratch, timeout_s=self._deadline(inv), name=inv.tool.name,
        )
        inv.attributes["sandboxed"] = True
        return ToolOutcome(result, duration_ms=(time.perf_counter() - t0) * 1000, notes={"sandboxed": True})


def _safe(run_id: str) -> str:
    cleaned = "".join(c if c.isalnum() or c in "-_." else "_" for c in run_id).strip(".")
    return cleaned or "run"
