"""Certificate styles: one registry, offered by the template editor with a label each."""

from __future__ import annotations

from lacworkshop.formats.certificates.styles import CERTIFICATE_STYLES, DEFAULT_STYLE, STYLE_NAMES


def test_the_editor_offers_every_registered_style_with_its_label(qtbot, cert_ctx) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.ui.dialogs.template_editor import TemplateEditor

    ctx, wid = cert_ctx
    editor = TemplateEditor(ctx, wid, "Classic")
    qtbot.addWidget(editor)
    labels = editor.style_labels()
    assert set(labels) == set(CERTIFICATE_STYLES)
    combo = editor.style_combo
    offered = [combo.itemData(i) for i in range(combo.count())]
    assert offered == list(STYLE_NAMES)
    assert [combo.itemText(i) for i in range(combo.count())] == [labels[s] for s in STYLE_NAMES]
    assert DEFAULT_STYLE in STYLE_NAMES
