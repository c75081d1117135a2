"""The template editor's preview says what a real workshop needs; a demo's stays quiet."""

from __future__ import annotations

from datetime import date


def test_preview_of_a_real_workshop_names_what_to_set(qtbot, cert_ctx) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.services.certificates.templates import add_signatory
    from lacworkshop.services.organisation import set_organisation_logo
    from lacworkshop.services.workshops.editing import WorkshopData, create_workshop
    from lacworkshop.ui.dialogs.template_editor import TemplateEditor
    from tests.e2e.certificates.test_sample_logo_refused import _png

    ctx, demo_wid = cert_ctx
    demo = TemplateEditor(ctx, demo_wid, "Classic")
    qtbot.addWidget(demo)
    demo.show()
    assert demo.preview_panel.readiness.isHidden()

    wid = create_workshop(
        ctx.db, WorkshopData("RDLAC-2025", "Red LAC 2025", date(2025, 3, 1), date(2025, 3, 5))
    )
    real = TemplateEditor(ctx, wid, "Classic")
    qtbot.addWidget(real)
    real.show()
    note = real.preview_panel.readiness
    assert not note.isHidden()
    assert "organisation's logo" in note.text() and "signatory" in note.text()

    set_organisation_logo(ctx.db, _png("navy"))
    add_signatory(ctx.db, wid, "Rosa Quispe Mamani", "Directora", "", _png("black"))
    ready = TemplateEditor(ctx, wid, "Classic")
    qtbot.addWidget(ready)
    ready.show()
    assert ready.preview_panel.readiness.isHidden()
