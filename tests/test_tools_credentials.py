from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from corral.errors import ConfigError, CredentialError
from corral.tools.contract import ToolContext, ToolRegistry, tool
from corral.tools.credentials import Credentials, InProcessVault, ScopedCredential, Vault, resolve_credential
from corral.tools.proxy import ToolInvocation, ToolProxy

SECRET = "sk-live-very-secret-123"


class FakeClock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def _vault(clock: FakeClock | None = None) -> InProcessVault:
    return InProcessVault({"CreateTicket": SECRET}, clock=clock or FakeClock())


def test_in_process_vault_is_a_vault() -> None:
    assert isinstance(_vault(), Vault)


def test_issued_token_resolves_for_its_tool_and_run() -> None:
    vault = _vault()
    cred = vault.issue("CreateTicket", run_id="r1", ttl_s=60)
    assert cred.token != SECRET and len(cred.token) >= 40
    assert vault.resolve(cred.token, "CreateTicket", "r1") == SECRET


def test_expired_token_is_rejected() -> None:
    clock = FakeClock()
    vault = _vault(clock)
    cred = vault.issue("CreateTicket", ttl_s=60)
    clock.now += 61
    with pytest.raises(CredentialError, match="expired"):
        vault.resolve(cred.token, "CreateTicket")


def test_token_for_another_tool_is_rejected() -> None:
    vault = InProcessVault({"CreateTicket": SECRET, "SendMail": "mail-secret"}, clock=FakeClock())
    cred = vault.issue("SendMail")
    with pytest.raises(CredentialError, match="scoped to tool"):
        vault.resolve(cred.token, "CreateTicket")


def test_token_for_another_run_is_rejected() -> None:
    vault = _vault()
    cred = vault.issue("CreateTicket", run_id="r1")
    with pytest.raises(CredentialError, match="another run"):
        vault.resolve(cred.token, "CreateTicket", "r2")


def test_unscoped_token_serves_any_run() -> None:
    vault = _vault()
    cred = vault.issue("CreateTicket")
    assert vault.resolve(cred.token, "CreateTicket", "r9") == SECRET


def test_revoked_or_forged_token_is_rejected() -> None:
    vault = _vault()
    cred = vault.issue("CreateTicket")
    vault.revoke(cred.token)
    with pytest.raises(CredentialError, match="unknown"):
        vault.resolve(cred.token, "CreateTicket")
    with pytest.raises(CredentialError):
        vault.resolve(SECRET, "CreateTicket")


def test_no_secret_means_no_token() -> None:
    with pytest.raises(CredentialError):
        _vault().issue("Unknown")


def test_ttl_is_bounded() -> None:
    with pytest.raises(CredentialError):
        _vault().issue("CreateTicket", ttl_s=10 * 3600)


def test_secrets_and_tokens_never_show_in_repr_or_errors() -> None:
    vault = _vault()
    cred = vault.issue("CreateTicket", run_id="r1")
    texts = [repr(vault), str(vault), repr(cred), str(cred)]
    try:
        vault.resolve(cred.token, "Other", "r1")
    except CredentialError as exc:
        texts += [str(exc), repr(exc), str(exc.to_dict())]
    for text in texts:
        assert SECRET not in text and cred.token not in text
    assert isinstance(cred, ScopedCredential)


def test_vault_from_env_matches_tool_names() -> None:
    vault = InProcessVault.from_env(environ={"CORRAL_SECRET_CREATE_TICKET": SECRET, "OTHER": "x"})
    assert vault.provides("create-ticket") and vault.provides("Create_Ticket")
    assert not vault.provides("OTHER")
    cred = vault.issue("create-ticket")
    assert vault.resolve(cred.token, "create-ticket") == SECRET


def test_vault_from_file(tmp_path: Path) -> None:
    path = tmp_path / "secrets.yaml"
    path.write_text(f"CreateTicket: {SECRET}\n")
    vault = InProcessVault.from_file(path)
    assert vault.resolve(vault.issue("CreateTicket").token, "CreateTicket") == SECRET


def test_malformed_secrets_file_is_a_config_error(tmp_path: Path) -> None:
    path = tmp_path / "secrets.yaml"
    path.write_text("- a\n- b\n")
    with pytest.raises(ConfigError):
        InProcessVault.from_file(path)


def _ticket_tool(seen: dict[str, Any]) -> Any:
    def CreateTicket(title: str, ctx: ToolContext) -> str:
        seen["token"] = ctx.credential
        seen["secret"] = resolve_credential(ctx)
        return "ok"

    return tool(CreateTicket, side_effect="write", registry=ToolRegistry())


def test_interceptor_hands_the_tool_a_token_that_resolves_during_the_call() -> None:
    vault = _vault()
    seen: dict[str, Any] = {}
    inv = ToolInvocation(_ticket_tool(seen), {"title": "t"}, ToolContext(run_id="r1", step=1, call_id="c"))
    ToolProxy([Credentials(vault)]).call(inv)
    assert seen["secret"] == SECRET
    assert seen["token"] != SECRET
    with pytest.raises(CredentialError):  # revoked once the call returned
        vault.resolve(seen["token"], "CreateTicket", "r1")


def test_interceptor_scopes_the_token_to_the_run() -> None:
    vault = _vault()
    seen: dict[str, Any] = {}

    def CreateTicket(title: str, ctx: ToolContext) -> str:
        seen["other_run"] = pytest.raises(CredentialError, vault.resolve, ctx.credential, "CreateTicket", "r2")
        return "ok"

    t = tool(CreateTicket, side_effect="write", registry=ToolRegistry())
    ToolProxy([Credentials(vault)]).call(
        ToolInvocation(t, {"title": "t"}, ToolContext(run_id="r1", step=1, call_id="c")))
    assert "another run" in str(seen["other_run"].value)


def test_tools_without_a_secret_get_no_credential() -> None:
    seen: list[str | None] = []

    def Lookup(q: str, ctx: ToolContext) -> str:
        seen.append(ctx.credential)
        with pytest.raises(CredentialError):
            resolve_credential(ctx)
        return q

    t = tool(Lookup, registry=ToolRegistry())
    ToolProxy([Credentials(_vault())]).call(ToolInvocation(t, {"q": "a"}, ToolContext("r1", 1, "c")))
    assert seen == [None]


def test_tool_context_repr_hides_the_token() -> None:
    ctx = ToolContext("r1", 1, "c", credential="tok-abc123")
    assert "tok-abc123" not in repr(ctx)
