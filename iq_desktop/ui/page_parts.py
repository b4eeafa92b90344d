"""Parts every page is built from: the page heading and a page whose content scrolls."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

__all__ = ["make_heading", "scroll_page"]


def make_heading(label: QLabel) -> QLabel:
    """Make ``label`` a page heading (bold, 1.3 times the text size) and return it."""
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setBold(True)
    label.setFont(font)
    return label


def scroll_page(page: QWidget, content: QWidget) -> QScrollArea:
    """Fill ``page`` edge to edge with a frameless scroll area holding ``content``."""
    scroll = QScrollArea(page)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(content)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return scroll
