"""Figures: the site's own counts for a period in the sections of the network's "IQ in figures", two
charts (sessions per month by topic, the top reference occupations) and export to CSV / XLSX.
Counting and writing files run on the DB worker.

The page counts again when the period changes and when records change (``data_changed``; a hidden page
when it is shown again); an export always counts first, so it never writes old numbers. The export is
worded in the user's language (sections, figures, columns, sheet and file names) and, like the page,
says that these exact counts are internal: no disclosure control protects small counts.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iq_desktop.domain import figures as figures_domain
from iq_desktop.domain import reference
from iq_desktop.ui import operations
from iq_desktop.ui.context import AppContext, Change
from iq_desktop.ui.errors import friendly_message, is_known, report_exception
from iq_desktop.ui.figures.data import quarter_name
from iq_desktop.ui.forms.fields import RequiredDate
from iq_desktop.ui.page_parts import make_heading, scroll_page

if TYPE_CHECKING:
    from iq_desktop.services.figures import ExportWords, FigurePart, Figures

#: The page counts again this long after the period was last changed.
RECOUNT_DELAY_MS = 300


class FiguresPage(QWidget):
    exported = Signal(object)  # the written file's Path

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lang: str = ctx.language
        self.data: Figures | None = None

        heading = QLabel(self.tr("The site's figures"))
        make_heading(heading)
        note = QLabel(
            self.tr(
                "Counted from the records on this laptop, in the sections of the network's "
                '"IQ in figures", by quarter like the network\'s figures (a period is widened to '
                "whole quarters)."
            )
        )
        note.setWordWrap(True)
        self.internal_note = QLabel("⚠ " + self.internal_text())
        self.internal_note.setWordWrap(True)
        self.internal_note.setAccessibleName(self.tr("Internal figures"))

        self.preset = QComboBox()
        for key, text in (
            ("year", self.tr("this year")),
            ("last_year", self.tr("last year")),
            ("quarter", self.tr("this quarter")),
            ("last_quarter", self.tr("last quarter")),
            ("custom", self.tr("custom period")),
        ):
            self.preset.addItem(text, key)
        self.start = RequiredDate(self.lang)
        self.end = RequiredDate(self.lang)
        self.show_button = QPushButton(self.tr("&Show"))
        self.csv_button = QPushButton(self.tr("Export &CSV…"))
        self.xlsx_button = QPushButton(self.tr("Export &XLSX…"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        period = QGridLayout()
        for col, (text, w) in enumerate(
            ((self.tr("&Period"), self.preset), (self.tr("&From"), self.start), (self.tr("&To"), self.end))
        ):
            lab = QLabel(text)
            lab.setBuddy(w)
            w.setAccessibleName(text.replace("&", ""))
            period.addWidget(lab, 0, col * 2)
            period.addWidget(w, 0, col * 2 + 1)
        period.setColumnStretch(6, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_button)
        buttons.addStretch(1)
        buttons.addWidget(self.csv_button)
        buttons.addWidget(self.xlsx_button)

        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Figure"), self.tr("Number")])
        self.tree.setAccessibleName(self.tr("Figures"))
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self.tree.setRootIsDecorated(False)
        self.tree.setMinimumHeight(self.fontMetrics().height() * 20)
        # as tall as its rows (see _fit_tree): the page scrolls as one, never a table scrolling inside it
        self.tree.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)

        self.month_chart = QChartView()
        self.month_chart.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.month_chart.setAccessibleName(self.tr("Chart: sessions per month by topic"))
        self.occupation_chart = QChartView()
        self.occupation_chart.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.occupation_chart.setAccessibleName(self.tr("Chart: the most frequent reference occupations"))
        for view in (self.month_chart, self.occupation_chart):
            view.setMinimumHeight(self.fontMetrics().height() * 18)

        content = QWidget()
        lay = QVBoxLayout(content)
        lay.addWidget(heading)
        lay.addWidget(note)
        lay.addWidget(self.internal_note)
        lay.addLayout(period)
        lay.addLayout(buttons)
        lay.addWidget(self.status)
        lay.addWidget(self.tree)
        lay.addWidget(self.month_chart)
        lay.addWidget(self.occupation_chart)
        scroll_page(self, content)

        self._recount = QTimer(self)
        self._recount.setSingleShot(True)
        self._recount.setInterval(RECOUNT_DELAY_MS)
        self._recount.timeout.connect(self.load)
        self.preset.currentIndexChanged.connect(self._apply_preset)
        self.start.dateChanged.connect(self._custom)
        self.end.dateChanged.connect(self._custom)
        self.show_button.clicked.connect(self.load)
        operations.refresh_on(ctx, self, Change.RECORDS, self.load, when_visible=True)
        self.csv_button.clicked.connect(lambda: self._ask_export("csv"))
        self.xlsx_button.clicked.connect(lambda: self._ask_export("xlsx"))
        self._presetting = False
        self._apply_preset()
        self.csv_button.setEnabled(False)
        self.xlsx_button.setEnabled(False)
        self.load()

    # --- period ----------------------------------------------------------------------------------------
    def _apply_preset(self) -> None:
        today = QDate.currentDate()
        key = self.preset.currentData()
        q_start = QDate(today.year(), 3 * ((today.month() - 1) // 3) + 1, 1)
        ranges = {  # whole quarters, as the figures are counted
            "year": (QDate(today.year(), 1, 1), QDate(today.year(), 12, 31)),
            "last_year": (QDate(today.year() - 1, 1, 1), QDate(today.year() - 1, 12, 31)),
            "quarter": (q_start, q_start.addMonths(3).addDays(-1)),
            "last_quarter": (q_start.addMonths(-3), q_start.addDays(-1)),
        }
        if key in ranges:
            self._presetting = True
            self.start.setDate(ranges[key][0])
            self.end.setDate(ranges[key][1])
            self._presetting = False
        if hasattr(self, "_recount"):
            self._recount.start()

    def _custom(self) -> None:
        if not self._presetting:
            self.preset.setCurrentIndex(self.preset.findData("custom"))
            self._recount.start()  # count the new period as soon as the typing settles

    def set_period(self, start: date, end: date) -> None:
        self.start.set_value(start)
        self.end.set_value(end)

    # --- loading ---------------------------------------------------------------------------------------
    def load(self) -> None:
        self._recount.stop()
        vault = self.ctx.vault
        if vault is None:
            return
        from iq_desktop.services import figures

        start, end = self.start.value(), self.end.value()
        if end < start:
            self.status.setText(self.tr("⚠ The period ends before it starts."))
            return
        whole = figures.quarter_period(start, end)
        if whole != (start, end):  # show the whole quarters that are counted
            self._presetting = True
            self.set_period(*whole)
            self._presetting = False
        self.status.setText(self.tr("Counting…"))
        self.show_button.setEnabled(False)
        operations.query(
            self.ctx, figures.figures_for_period, vault, start, end, success=self.show_data, failure=self._failed
        )

    def show_data(self, data: Figures) -> None:
        self.data = data
        self.show_button.setEnabled(True)
        self.csv_button.setEnabled(True)
        self.xlsx_button.setEnabled(True)
        period = [date.fromisoformat(d) for d in data.get("period", [])[:2]]
        if len(period) == 2:
            first, last = (quarter_name(d) for d in period)
            quarters = first if first == last else f"{first} – {last}"
            self.status.setText(self.tr("By quarter: %1").replace("%1", quarters))
        else:
            self.status.setText("")
        self.tree.clear()
        for section in data.get("sections", []):
            if section.get("id") == "states":
                continue  # one site is in one state: it would repeat the initial sessions (still exported)
            top = QTreeWidgetItem([self._section_title(section)])
            f = top.font(0)
            f.setBold(True)
            top.setFont(0, f)
            self.tree.addTopLevelItem(top)
            columns = section.get("columns", [])
            for row in section.get("rows", []):
                cell_ids = row.get("cell_ids", [])
                for i, cell in enumerate(row.get("cells", [])):
                    label = self._row_label(section, row)
                    if len(columns) > 1:
                        label = f"{label}: {self._column_label(section, str(columns[i]), i)}"
                    item = QTreeWidgetItem(["    " + label, self._cell(cell)])
                    item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    if i < len(cell_ids):  # what exactly the figure counts
                        meaning = figures_domain.definition(str(cell_ids[i]), self.lang)
                        item.setToolTip(0, meaning)
                        item.setToolTip(1, meaning)
                    self.tree.addTopLevelItem(item)
        self._fit_tree()
        self._month_chart(data.get("monthly", {}))
        self._occupation_chart(data)

    def _fit_tree(self) -> None:
        """As tall as its rows: the page scrolls as one (no second scroll bar inside the page)."""
        rows = self.tree.topLevelItemCount()
        body = sum(self.tree.sizeHintForRow(r) for r in range(rows)) if rows else self.fontMetrics().height()
        height = self.tree.header().sizeHint().height() + body + 2 * self.tree.frameWidth() + 4
        self.tree.setMinimumHeight(max(height, self.fontMetrics().height() * 6))
        self.tree.setMaximumHeight(max(height, self.fontMetrics().height() * 6))

    def _cell(self, cell: FigurePart) -> str:
        if cell.get("suppressed") or cell.get("value") is None:
            return self.tr("x (suppressed)")
        return self.locale().toString(int(cell["value"]))

    def _section_title(self, section: FigurePart) -> str:
        titles = {
            "initial": self.tr("Initial advisory sessions"),
            "fair_integration": self.tr("Fair Integration"),
            "job_training": self.tr("Job-training schemes in the context of the Recognition Act"),
            "stakeholders": self.tr("Labour-market and business stakeholders"),
            "skilled_worker_networks": self.tr("Regional skilled worker networks – immigration"),
            "occupations": self.tr("Most frequent reference occupations (KldB 2010 occupational groups)"),
            "states": self.tr("Initial advisory sessions by federal state"),
        }
        return str(titles.get(section.get("id", ""), section.get("title", "")))

    def _column_label(self, section: FigurePart, column: str, index: int) -> str:
        if section.get("id") == "stakeholders":
            names = [self.tr("trainings"), self.tr("participants in trainings"), self.tr("other events"),
                     self.tr("participants in other events"), self.tr("consultations")]  # fmt: skip
            return names[index] if index < len(names) else column
        words = {
            "sessions": self.tr("sessions"),
            "count": self.tr("number"),
            "individuals": self.tr("individuals"),
            "total": self.tr("initial advisory sessions"),
            "recognition": self.tr("of which recognition counselling only"),
            "job_training": self.tr("of which job-training counselling only"),
            "combined": self.tr("of which combined recognition and job-training counselling"),
        }
        return words.get(column, column)

    def _row_label(self, section: FigurePart, row: FigurePart) -> str:
        labels = {
            ("initial", "total"): self.tr("initial advisory sessions"),
            ("initial", "recognition"): self.tr("of which recognition counselling only"),
            ("initial", "job_training"): self.tr("of which job-training counselling only"),
            ("initial", "combined"): self.tr("of which combined recognition and job-training counselling"),
            ("fair_integration", "individuals"): self.tr("individuals advised"),
            ("fair_integration", "events"): self.tr("group events"),
            ("fair_integration", "participants"): self.tr("participants in these events"),
            ("job_training", "schemes"): self.tr("job-training schemes started"),
            ("job_training", "course_based"): self.tr("of which course-based"),
            ("job_training", "individual"): self.tr("of which individually tailored"),
            ("job_training", "individuals"): self.tr("individuals commencing"),
            ("job_training", "completers"): self.tr("successful completers (by today)"),
            ("stakeholders", "labour_market"): self.tr("labour-market stakeholders"),
            ("stakeholders", "business"): self.tr("business stakeholders"),
            ("skilled_worker_networks", "individuals"): self.tr("individuals reached"),
        }
        key = (section.get("id", ""), row.get("id", ""))
        if key in labels:
            return labels[key]
        if key[0] == "occupations":
            group = reference.occupation_groups().get(str(row.get("id")))
            if group is not None:
                return f"{group.code} {group.title(self.lang)}"
        return str(row.get("label", ""))

    def _failed(self, exc: BaseException) -> None:
        self.show_button.setEnabled(True)
        if is_known(exc):
            self.status.setText("⚠ " + friendly_message(exc, self.lang))
        else:
            self.status.setText(self.tr("⚠ The figures could not be counted."))
            report_exception(exc, self, self.lang)

    # --- charts ------------------------------------------------------------------------------------------
    def _month_chart(self, monthly: dict[str, dict[str, int]]) -> None:
        from iq_desktop.services.figures import TOPIC_GROUPS

        chart = QChart()
        chart.setTitle(self.tr("Sessions per month by topic (a session with several topics counts in each)"))
        series = QStackedBarSeries()
        names = {
            "recognition": self.tr("Recognition"),
            "job_training": self.tr("Job training"),
            "fair_integration": self.tr("Fair Integration"),
        }
        top = 0
        for group in TOPIC_GROUPS:
            bar = QBarSet(names[group])
            bar.append([float(m.get(group, 0)) for m in monthly.values()])
            series.append(bar)
        for m in monthly.values():
            top = max(top, sum(m.values()))
        chart.addSeries(series)
        x = QBarCategoryAxis()
        years = sorted({k.split("-")[0] for k in monthly})
        if len(years) == 1:  # one year: the months, and the (four-digit) year as the axis title
            x.append([self._month_name(k, with_year=False) for k in monthly])
            x.setTitleText(years[0])
        else:
            x.append([self._month_name(k) for k in monthly])
            x.setLabelsAngle(-90)  # "Jan 2026" under each bar: upright labels instead of "…"
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(x)
        y = QValueAxis()
        y.setRange(0, max(top, 1))
        y.setLabelFormat("%d")
        y.applyNiceNumbers()
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(y)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self._set_chart(self.month_chart, chart)

    def _month_name(self, key: str, *, with_year: bool = True) -> str:
        year, month = key.split("-")
        name = str(self.locale().monthName(int(month), self.locale().FormatType.ShortFormat))
        return f"{name} {year}" if with_year else name

    def _occupation_chart(self, data: FigurePart) -> None:
        chart = QChart()
        chart.setTitle(self.tr("Most frequent reference occupations (initial sessions)"))
        section: FigurePart = next((s for s in data.get("sections", []) if s.get("id") == "occupations"), {"rows": []})
        rows = [r for r in section["rows"] if r["cells"] and r["cells"][0].get("value") is not None][::-1]
        bar = QBarSet(self.tr("Initial sessions"))
        bar.append([float(r["cells"][0]["value"]) for r in rows])
        series = QHorizontalBarSeries()
        series.append(bar)
        series.setLabelsVisible(True)
        chart.addSeries(series)
        y = QBarCategoryAxis()
        y.append([self._row_label(section, r) for r in rows] or [self.tr("(none yet)")])
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(y)
        x = QValueAxis()
        x.setRange(0, max([r["cells"][0]["value"] for r in rows] or [1]))
        x.setLabelFormat("%d")
        x.applyNiceNumbers()
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(x)
        chart.legend().hide()
        self._set_chart(self.occupation_chart, chart)

    @staticmethod
    def _set_chart(view: QChartView, chart: QChart) -> None:
        old = view.chart()
        view.setChart(chart)
        if old is not None:
            old.deleteLater()

    # --- export ---------------------------------------------------------------------------------------
    def _headers(self) -> tuple[str, str, str, str]:
        return (self.tr("Section"), self.tr("Figure"), self.tr("Column"), self.tr("Value"))

    def internal_text(self) -> str:
        """What the page and every export say about these figures (services.figures.INTERNAL_NOTE)."""
        return self.tr(
            "Internal – not for publication: the exact counts of this site; small counts are not protected "
            "(no disclosure control), so a count of 1 or 2 may point to a person."
        )

    def export_words(self) -> ExportWords:
        from iq_desktop.services.figures import ExportWords

        return ExportWords(
            header=self._headers(),
            sheet=self.tr("IQ in figures"),
            data_sheet=self.tr("Figures"),
            monthly_sheet=self.tr("Per month"),
            period=self.tr("Period"),
            month=self.tr("Month"),
            groups=(self.tr("Recognition"), self.tr("Job training"), self.tr("Fair Integration")),
            internal=self.internal_text(),
        )

    def worded(self, data: Figures) -> Figures:
        """The figures with every section title, figure and column in the user's language (for the export:
        the same words as on the screen)."""
        sections = []
        for section in data.get("sections", []):
            columns = section.get("columns", [])
            sections.append({
                **section,
                "title": self._section_title(section),
                "columns": [self._column_label(section, str(c), i) for i, c in enumerate(columns)],
                "rows": [{**row, "label": self._row_label(section, row)} for row in section.get("rows", [])],
            })  # fmt: skip
        return {**data, "sections": sections}

    def default_file_name(self, fmt: str) -> str:
        start, end = self.start.value().isoformat(), self.end.value().isoformat()
        return self.tr("iq-figures-%1-%2").replace("%1", start).replace("%2", end) + "." + fmt

    def _ask_export(self, fmt: str) -> None:
        name = self.default_file_name(fmt)
        filters = self.tr("CSV files (*.csv)") if fmt == "csv" else self.tr("Excel workbooks (*.xlsx)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the figures"), name, filters)
        if path:
            self.export_to(Path(path), fmt)

    def export_to(self, path: Path, fmt: str) -> None:
        """Count the period again, show it and write it to ``path`` (CSV or XLSX) on the DB worker, in the
        user's language; emits ``exported``. Never old numbers: the count and the file are made together."""
        vault = self.ctx.vault
        if vault is None:
            return
        from iq_desktop.services import figures

        start, end = self.start.value(), self.end.value()
        if end < start:
            self.status.setText(self.tr("⚠ The period ends before it starts."))
            return
        self._recount.stop()
        self.status.setText(self.tr("Exporting…"))

        def counted(data: Figures) -> None:
            self.show_data(data)
            self.status.setText(self.tr("Exporting…"))
            operations.query(
                self.ctx, figures.export_figures, self.worded(data), Path(path), self.export_words(), fmt,
                success=self._exported, failure=self._export_failed,
            )  # fmt: skip

        operations.query(self.ctx, figures.figures_for_period, vault, start, end, success=counted, failure=self._failed)

    def _exported(self, path: Path) -> None:
        self.status.setText(self.tr("✔ Saved to %1").replace("%1", str(path)))
        self.exported.emit(path)

    def _export_failed(self, exc: BaseException) -> None:
        if isinstance(exc, OSError):
            self.status.setText(self.tr("⚠ The file could not be written. Choose another folder."))
        else:
            self._failed(exc)
