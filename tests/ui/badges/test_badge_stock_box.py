"""The stock choice says each layout in the interface's words, from the layout's measures."""

from __future__ import annotations


def test_every_layout_is_described_once_from_its_measures(qtbot) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.formats.badges.layouts import LAYOUTS
    from lacworkshop.ui.widgets.badge_stock_box import BadgeStockBox

    box = BadgeStockBox("avery-l7163")
    qtbot.addWidget(box)
    labels = [box.itemText(i) for i in range(box.count())]
    assert box.count() == len(LAYOUTS) and len(set(labels)) == len(labels)
    assert box.layout_name() == "avery-l7163"
    assert box.currentText() == "Avery L7163: 14 labels of 99 x 38 mm, A4"
    by_name = {box.itemData(i): box.itemText(i) for i in range(box.count())}
    assert by_name["a4-8"] == "A4, 8 badges to cut (95 x 69 mm)"
    assert by_name["letter-folded-4"].startswith("Letter, 4 badges to cut and fold")
    assert by_name["cr80"] == "CR80, one badge per page (54 x 86 mm)"
    box.choose("no-such-stock")
    assert box.currentIndex() == 0


def test_languages_and_papers_are_named_not_coded(qtbot) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.ui.widgets.document_language_box import DocumentLanguageBox
    from lacworkshop.ui.widgets.paper_size_box import PaperSizeBox

    languages = DocumentLanguageBox(workshop_default=True)
    papers = PaperSizeBox()
    qtbot.addWidget(languages)
    qtbot.addWidget(papers)
    assert languages.code() is None  # the workshop's own language first
    assert [languages.itemText(i) for i in range(1, 5)] == [
        "Spanish",
        "Portuguese",
        "English",
        "French",
    ]
    languages.setCurrentIndex(languages.findData("pt"))
    assert languages.code() == "pt"
    papers.setCurrentIndex(1)
    assert (papers.currentText(), papers.paper()) == ("Letter", "letter")
