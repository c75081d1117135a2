"""The Certificates page: generate, register, revoke, reissue, verify, print."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

from lacworkshop.model import CertificateKind, CertificateStatus
from lacworkshop.services.attendance.standings import workshop_standings
from lacworkshop.services.certificates.issuing import list_certificates
from lacworkshop.ui.dialogs.certificate_issue_preview import IssuePreviewDialog


def _page(qtbot, ctx):  # type: ignore[no-untyped-def]
    from lacworkshop.ui.pages.certificates_page import CertificatesPage

    page = CertificatesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    return page


def test_generate_writes_the_pdf_and_fills_the_register(
    qtbot, cert_ctx, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    ctx, wid = cert_ctx
    page = _page(qtbot, ctx)
    assert page.workshop_id() == wid and page.model.rowCount() == 0
    target = tmp_path / "walc.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    previews: list[str] = []

    def accept(dialog):  # type: ignore[no-untyped-def]
        previews.append(dialog.summary.text() + "\n" + dialog.details.toPlainText())
        # Nothing is written while the plan is shown.
        assert not target.exists() and not list_certificates(ctx.db, wid)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(IssuePreviewDialog, "exec", accept)
    page.kind_combo.setCurrentIndex(page.kind_combo.findData(CertificateKind.COMPLETION.value))
    page.generate_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    eligible = [s for s in workshop_standings(ctx.db, wid) if s.result.eligible]
    assert previews and previews[0].startswith(f"{len(eligible)} to issue, 0 to reprint")
    assert previews[0].count("New certificate: ") == len(eligible)
    assert "Not eligible: " in previews[0]
    assert target.exists() and target.read_bytes().startswith(b"%PDF")
    assert f"{len(eligible)} issued, 0 reused" in shown[0]
    assert page.model.rowCount() == len(eligible)
    assert page.count_label.text().startswith(str(len(eligible)))


def test_revoke_reissue_and_verify_from_the_page(qtbot, cert_ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.services.certificates.issuing import issue_certificates

    ctx, wid = cert_ctx
    issue_certificates(ctx.db, wid, CertificateKind.PARTICIPATION)
    page = _page(qtbot, ctx)
    page.show_all.setChecked(True)
    first = page.model.row_at(0)
    page.table.selectRow(0)
    assert page.revoke_button.isEnabled() and page.reissue_button.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("wrong person", True))
    page.revoke_button.click()
    qtbot.waitUntil(lambda: page.model.row_at(0).status is CertificateStatus.REVOKED)
    row = next(r for r in list_certificates(ctx.db, wid) if r.id == first.id)
    assert row.status is CertificateStatus.REVOKED and row.revoked_reason == "wrong person"
    assert "wrong person" in page.model.data(page.model.index(0, 8))
    page.verify_bar.edit.setText(first.code)
    page.verify_bar.button.click()
    # Verifying runs as an operation: its answer comes on a later turn of the event loop.
    qtbot.waitUntil(lambda: "REVOKED" in page.verify_bar.result.text(), timeout=20000)
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: messages.append(text))
    page.table.selectRow(0)
    page.reissue_button.click()
    qtbot.waitUntil(lambda: bool(messages))
    assert "version 2" in messages[0]
    assert page.model.rowCount() == len(list_certificates(ctx.db, wid))
    page.verify_bar.edit.setText("not a code")
    page.verify_bar.button.click()
    qtbot.waitUntil(
        lambda: "not a certificate code" in page.verify_bar.result.text(), timeout=20000
    )


def test_open_and_print_use_the_selected_certificates(
    qtbot, cert_ctx, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtPrintSupport import QPrinter

    from lacworkshop.services.certificates.issuing import issue_certificates
    from lacworkshop.ui.dialogs import pdf_print

    ctx, wid = cert_ctx
    issue_certificates(ctx.db, wid, CertificateKind.PARTICIPATION)
    page = _page(qtbot, ctx)
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True
    )
    page.table.selectRow(1)
    page.open_button.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=10000)
    assert Path(opened[0]).name == f"{page.model.row_at(1).code}.pdf"
    printed = tmp_path / "printed.pdf"
    real_print = pdf_print.print_pdf

    def fake_print(path: str, parent=None, printer=None) -> bool:  # type: ignore[no-untyped-def]
        out = QPrinter(QPrinter.PrinterMode.HighResolution)
        out.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        out.setOutputFileName(str(printed))
        out.setResolution(72)
        return real_print(path, parent, out)

    monkeypatch.setattr(pdf_print, "print_pdf", fake_print)
    page.table.clearSelection()
    page.print_button.click()
    qtbot.waitUntil(printed.exists, timeout=20000)
    assert printed.exists() and printed.stat().st_size > 1000
    import subprocess

    info = subprocess.run(
        ["pdfinfo", str(printed)], capture_output=True, text=True, check=True
    ).stdout
    valid = [r for r in page.model.rows() if r.status is CertificateStatus.VALID]
    pages = {k.strip(): v.strip() for k, v in (line.split(":", 1) for line in info.splitlines())}
    assert int(pages["Pages"]) == len(valid)
    width, _x, height = pages["Page size"].split()[:3]
    assert float(width) > float(height)  # landscape paper for landscape certificates


def test_cancel_issues_nothing_and_writes_nothing(
    qtbot, cert_ctx, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.services.certificates import issuing as service
    from lacworkshop.services.certificates import use_cases as certificates_ops

    ctx, wid = cert_ctx
    page = _page(qtbot, ctx)
    target = tmp_path / "walc.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    real_issue = service.issue_certificates

    def issue_then_cancel(*args, progress=None, **kwargs):  # type: ignore[no-untyped-def]
        if kwargs.get("dry_run"):  # the plan shown first runs through; the issue is cancelled
            return real_issue(*args, progress=progress, **kwargs)

        class Cancelling:
            def report(self, *a) -> None:  # type: ignore[no-untyped-def]
                progress.cancel()

            def check(self) -> None:
                progress.check()

        return real_issue(*args, progress=Cancelling(), **kwargs)

    monkeypatch.setattr(certificates_ops, "issue_certificates", issue_then_cancel)
    monkeypatch.setattr(IssuePreviewDialog, "exec", lambda _d: QDialog.DialogCode.Accepted)
    messages: list[str] = []
    ctx.status_message.connect(messages.append)
    page.generate_button.click()
    qtbot.waitUntil(lambda: bool(messages), timeout=10000)
    assert "cancelled" in messages[0]
    assert not target.exists() and not list(tmp_path.glob(".*.part"))
    assert list_certificates(ctx.db, wid) == []


def test_the_page_starts_on_the_template_the_command_line_uses(qtbot, cert_ctx) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.services.certificates.templates import DEFAULT_TEMPLATE

    ctx, _wid = cert_ctx
    page = _page(qtbot, ctx)
    assert page.template_combo.currentText() == DEFAULT_TEMPLATE == "Classic"
    # A choice the organiser made is kept when the list is filled again.
    page.template_combo.setCurrentIndex(page.template_combo.findText("Bilingual"))
    page.issue_box.fill_templates()
    assert page.template_combo.currentText() == "Bilingual"


def test_names_stay_readable_on_a_small_screen(qtbot, cert_ctx) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.services.certificates.issuing import issue_certificates, revoke

    ctx, wid = cert_ctx
    issue_certificates(ctx.db, wid, CertificateKind.PARTICIPATION)
    first = list_certificates(ctx.db, wid)[0]
    revoke(ctx.db, first.id, "Inscripción duplicada por error del formulario de registro en línea")
    page = _page(qtbot, ctx)
    page.show_all.setChecked(True)
    page.resize(800, 600)
    page.refresh()
    longest = max(page.table.fontMetrics().horizontalAdvance(r.name) for r in page.model.rows())
    qtbot.waitUntil(lambda: page.table.columnWidth(2) >= min(longest, 160))
    assert page.table.columnWidth(page.model.columnCount() - 1) <= 220  # the long reason is capped
    # One line per certificate: no row grows to wrap a name.
    assert not page.table.wordWrap()
    assert page.table.rowHeight(0) == page.table.rowHeight(1)


def test_reissue_after_a_name_fix_selects_the_new_version(qtbot, cert_ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import update

    from lacworkshop.model import Person
    from lacworkshop.services.certificates.issuing import issue_certificates

    ctx, wid = cert_ctx
    issue_certificates(ctx.db, wid, CertificateKind.PARTICIPATION)
    page = _page(qtbot, ctx)
    first = page.model.row_at(0)
    with ctx.db.session() as s:  # the misspelt surname is corrected on the People page
        s.execute(
            update(Person).where(Person.id == first.person_id).values(family_names="Núñez Peña")
        )
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    page.table.selectRow(0)
    page.reissue_button.click()
    qtbot.waitUntil(lambda: bool(told))
    chosen = page.selected()
    assert len(chosen) == 1
    assert chosen[0].version == first.version + 1 and chosen[0].name.endswith("Núñez Peña")
    assert chosen[0].status is CertificateStatus.VALID
    assert page.open_button.isEnabled() and page.print_button.isEnabled()


def test_only_valid_certificates_show_until_asked(qtbot, cert_ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.services.certificates.issuing import issue_certificates, reissue, revoke

    ctx, wid = cert_ctx
    issue_certificates(ctx.db, wid, CertificateKind.PARTICIPATION)
    register = list_certificates(ctx.db, wid)
    revoke(ctx.db, register[0].id, "duplicate registration")
    with ctx.db.session() as s:  # a corrected name makes the reissue a new version
        from sqlalchemy import update

        from lacworkshop.model import Person

        s.execute(
            update(Person)
            .where(Person.id == register[1].person_id)
            .values(given_names="José Ángel")
        )
    reissue(ctx.db, register[1].id)
    everything = list_certificates(ctx.db, wid)
    statuses = [r.status for r in everything]
    valid = statuses.count(CertificateStatus.VALID)
    assert statuses.count(CertificateStatus.REVOKED) == 1
    assert statuses.count(CertificateStatus.SUPERSEDED) == 1
    page = _page(qtbot, ctx)
    assert not page.show_all.isChecked()
    assert page.model.rowCount() == valid == len(everything) - 2
    assert all(r.status is CertificateStatus.VALID for r in page.model.rows())
    assert (
        page.count_label.text() == f"{valid} valid certificate(s) (2 superseded or revoked hidden)"
    )
    page.show_all.setChecked(True)
    assert page.model.rowCount() == len(everything)
    assert {r.id for r in page.model.rows()} == {r.id for r in everything}
    assert page.count_label.text() == f"{valid} valid certificate(s)"
    page.show_all.setChecked(False)
    assert page.model.rowCount() == valid
    # Revoking from the filtered list: the row leaves it, the label and a message say where.
    messages: list[str] = []
    ctx.status_message.connect(messages.append)
    target = page.model.row_at(0)
    page.table.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("left early", True))
    page.revoke_button.click()
    qtbot.waitUntil(lambda: target.id not in {r.id for r in page.model.rows()})
    assert page.model.rowCount() == valid - 1
    assert "3 superseded or revoked hidden" in page.count_label.text()
    assert messages and target.code in messages[-1]
    # The filter survives a refresh (a change elsewhere in the application).
    ctx.notify("attendance")
    assert page.model.rowCount() == valid - 1


def test_generate_before_the_end_asks_and_a_no_writes_nothing(
    qtbot, cert_ctx, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from datetime import date, time, timedelta

    from lacworkshop.model import Slot

    ctx, wid = cert_ctx
    with ctx.db.session() as session:
        later = date.today() + timedelta(days=10)
        session.add(
            Slot(
                workshop_id=wid,
                track_id=None,
                date=later,
                start_time=time(9, 0),
                end_time=time(10, 0),
                topic="Clausura",
            )
        )
    page = _page(qtbot, ctx)
    asked: list[str] = []

    def say(answer):  # type: ignore[no-untyped-def]
        def question(_parent, _title, text, *a, **k):  # type: ignore[no-untyped-def]
            asked.append(text)
            return answer

        return question

    previews: list[IssuePreviewDialog] = []
    monkeypatch.setattr(
        IssuePreviewDialog, "exec", lambda d: previews.append(d) or QDialog.DialogCode.Rejected
    )
    monkeypatch.setattr(QMessageBox, "question", say(QMessageBox.StandardButton.No))
    page.generate_button.click()
    assert asked and later.isoformat() in asked[0] and not previews
    monkeypatch.setattr(QMessageBox, "question", say(QMessageBox.StandardButton.Yes))
    page.generate_button.click()
    qtbot.waitUntil(lambda: bool(previews), timeout=20000)
    # The plan was shown and cancelled: nothing issued.
    assert "to issue" in previews[0].summary.text()
    assert not list_certificates(ctx.db, wid)
