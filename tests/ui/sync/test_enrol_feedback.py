"""Enrolment feedback appears where the user is looking (issue 12, item 5): the result below the Enrol
button is scrolled into view, also when the button sat at the window's lower edge."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QScrollArea


def _in_view(scroll: QScrollArea, widget: Any) -> bool:
    viewport = scroll.viewport()
    top_left = widget.mapTo(viewport, QPoint(0, 0))
    return viewport.rect().contains(QRect(top_left, widget.size()))


def test_enrolment_result_is_scrolled_into_view(qtbot: Any, ctx: Any) -> None:
    from iq_desktop.ui.sync.panel import SyncPanel

    panel = SyncPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(900, 420)
    panel.show()
    qtbot.waitExposed(panel)
    scroll = panel.findChild(QScrollArea)
    button = panel.enrol_button
    # the user scrolled down until the Enrol button just shows at the lower edge
    scroll.verticalScrollBar().setValue(0)
    scroll.ensureWidgetVisible(button, 0, 0)
    qtbot.waitUntil(lambda: _in_view(scroll, button), timeout=2000)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # no address, no code: the form says so
    assert "server address" in panel.enrol_result.text()
    try:
        qtbot.waitUntil(lambda: _in_view(scroll, panel.enrol_result), timeout=10000)  # a loaded CI machine
    except Exception:
        bar, label = scroll.verticalScrollBar(), panel.enrol_result
        raise AssertionError(
            f"result at {label.mapTo(scroll.viewport(), QPoint(0, 0))} size {label.size()}, viewport "
            f"{scroll.viewport().rect()}, bar {bar.value()}/{bar.maximum()}, page {scroll.widget().size()}, "
            f"visible {panel.isVisible()}"
        ) from None
