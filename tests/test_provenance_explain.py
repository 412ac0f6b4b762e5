from __future__ import annotations

from corral.provenance import explain, quote
from provenance_helpers import ATTACK_EMAIL, Run


def _attack_doc(flag: bool = False) -> tuple[Run, dict[str, object]]:
    run = Run("Check my inbox")
    run.result("read_email", [ATTACK_EMAIL])
    if flag:
        src = run.ledger.sources[-1]
        start = src.text.index("IMPORTANT SYSTEM NOTE")
        run.ledger.flag(src.id, start, start + len("IMPORTANT SYSTEM NOTE TO THE ASSISTANT"), "injection")
    _, doc = run.propose("send_money", iban="GB33BUKB20201555555555", amount=2450)
    return run, doc


def test_explain_names_value_label_and_source() -> None:
    text = explain(_attack_doc()[1])
    assert '$.iban = "GB33BUKB20201555555555" (iban) is UNTRUSTED' in text
    assert "the result of read_email (source s3, step 1)" in text


def test_explain_quotes_the_source_with_the_value_marked() -> None:
    assert "»GB33 BUKB 2020 1555 5555 55«" in explain(_attack_doc()[1])


def test_explain_highlights_text_a_guard_flagged_on_the_ledger() -> None:
    assert "⟦IMPORTANT SYSTEM NOTE TO THE ASSISTANT⟧" in explain(_attack_doc(flag=True)[1])


def test_explain_highlights_evidence_passed_in() -> None:
    run, doc = _attack_doc()
    src = run.ledger.sources[-1]
    start = src.text.index("ignore the user")
    text = explain(doc, {src.id: [(start, start + len("ignore the user"))]})
    assert "⟦ignore the user⟧" in text


def test_explain_without_objections_says_so() -> None:
    run = Run("Pay 1,150 EUR to DE89 3704 0044 0532 0130 00")
    _, doc = run.propose("send_money", iban="DE89370400440532013000", amount=1150)
    assert "every traced argument value is trusted" in explain(doc)


def test_explain_generated_value() -> None:
    run = Run("Pay my rent")
    _, doc = run.propose("send_money", iban="DE02120300000000202051", amount=900)
    assert "the model produced it" in explain(doc)


def test_quote_without_snippet_is_empty() -> None:
    assert quote({"source_id": "s1"}) == ""


def test_approval_panel_shows_source_text_literally() -> None:
    from rich.console import Console

    from corral.cli.render import approval_panel
    from corral.store.records import ApprovalRecord, RunRecord

    message = 'to "[bold]x[/bold]" (recipient sink, approve_if: untrusted → held for approval)'
    approval = ApprovalRecord(id="a", run_id="r", step_idx=2, kind="action", tool="send_email",
                              arguments={"to": "[red]x"}, reasons=[{"code": "provenance.untrusted_value",
                                                                      "message": message}], expires_at=None)
    run = RunRecord(id="r", agent="a", task="t", spec={}, spec_path=None, model="scripted:", autonomy="autonomous",
                    tenant="default", user="u", trace_id="t")
    console = Console(width=200, record=True)
    console.print(approval_panel(approval, run))
    out = console.export_text()
    assert "[bold]x[/bold]" in out and "[red]x" in out
