"""Publish… on the Certificates page writes the verification folder off the GUI thread."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from lacworkshop.model import CertificateKind


def _answer(choice: str, shown: list[str]):  # type: ignore[no-untyped-def]
    """QMessageBox.exec: the question is answered with the button whose text starts *choice*."""

    def exec_(box: QMessageBox) -> int:
        if box.icon() is QMessageBox.Icon.Question:
            (button,) = [b for b in box.buttons() if b.text().replace("&", "").startswith(choice)]
            button.click()
        else:
            shown.append(box.text())
        return 0

    return exec_


def test_publish_writes_the_folder_and_says_what_it_holds(
    qtbot, cert_ctx, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.services.certificates.issuing import issue_certificates
    from lacworkshop.ui.pages.certificates_page import CertificatesPage
    from tests.unit.publishing.conftest import published_key_list

    ctx, wid = cert_ctx
    issued = issue_certificates(ctx.db, wid, CertificateKind.PARTICIPATION, before_end=True)
    page = CertificatesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    target = tmp_path / "site"
    target.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(target))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", _answer("Every workshop", shown))
    assert page.publish_button.isEnabled()
    page.publish_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert (target / "verify.html").read_bytes().startswith(b"<!DOCTYPE html>")
    assert json.loads((target / "keys.json").read_text(encoding="utf-8")) == published_key_list(
        ctx.db
    )
    assert (target / "workshops" / "WALC2026.json").is_file()
    # The demo records no consent to being listed: everyone is left out, and said so.
    report = page.publish_action.last_report
    assert report is not None and report.listed == 0
    assert report.left_out == len(issued.issued) > 0
    assert f"{len(issued.issued)} left out" in shown[0] and str(target) in shown[0]


def test_publish_only_the_chosen_workshop(qtbot, cert_ctx, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.services.certificates.issuing import issue_certificates
    from lacworkshop.services.workshops.listing import list_workshops
    from lacworkshop.ui.pages.certificates_page import CertificatesPage

    ctx, wid = cert_ctx
    issue_certificates(ctx.db, wid, CertificateKind.PARTICIPATION, before_end=True)
    assert len(list_workshops(ctx.db)) > 1
    page = CertificatesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.issue_box.workshop_code() == "WALC2026"
    target = tmp_path / "site"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(target))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", _answer("Only WALC2026", shown))
    page.publish_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert sorted(p.name for p in (target / "workshops").iterdir()) == ["WALC2026.json"]
    assert "Published 1 workshop(s)" in shown[0]


def test_cancelling_the_question_publishes_nothing(
    qtbot, cert_ctx, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.ui.pages.certificates_page import CertificatesPage

    ctx, _wid = cert_ctx
    page = CertificatesPage(ctx)
    qtbot.addWidget(page)
    asked: list[bool] = []
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", lambda *a, **k: asked.append(True) or str(tmp_path)
    )
    monkeypatch.setattr(QMessageBox, "exec", _answer("Cancel", []))
    page.publish_button.click()
    assert not asked and not (tmp_path / "verify.html").exists()
