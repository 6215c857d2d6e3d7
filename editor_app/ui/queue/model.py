"""The publish jobs as a Qt table model, fed rows by the dialog (never reading the store itself)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt

from editor_app.core.i18n import QT_TRANSLATE_NOOP
from editor_app.core.services.publishing import ATTENTION, FAILED, JobView

COLUMNS = (
    QT_TRANSLATE_NOOP("QueueModel", "Headline"),
    QT_TRANSLATE_NOOP("QueueModel", "Site"),
    QT_TRANSLATE_NOOP("QueueModel", "When"),
    QT_TRANSLATE_NOOP("QueueModel", "Action"),
    QT_TRANSLATE_NOOP("QueueModel", "State"),
    QT_TRANSLATE_NOOP("QueueModel", "Message"),
)
HEADLINE, SITE, WHEN, ACTION, STATE, MESSAGE = range(len(COLUMNS))
ACTION_LABELS = {
    "publish": QT_TRANSLATE_NOOP("QueueModel", "Publish now"),
    "schedule": QT_TRANSLATE_NOOP("QueueModel", "Schedule"),
}
# The jobs' states as the publish queue shows them (the core keeps the codes).
STATE_LABELS = {
    "queued": QT_TRANSLATE_NOOP("QueueModel", "queued"),
    "sending": QT_TRANSLATE_NOOP("QueueModel", "sending"),
    "scheduled": QT_TRANSLATE_NOOP("QueueModel", "scheduled"),
    "live": QT_TRANSLATE_NOOP("QueueModel", "live"),
    "failed": QT_TRANSLATE_NOOP("QueueModel", "failed"),
    "attention": QT_TRANSLATE_NOOP("QueueModel", "needs attention"),
    "cancelled": QT_TRANSLATE_NOOP("QueueModel", "cancelled"),
}
Index = QModelIndex | QPersistentModelIndex


def local_time(value: datetime | None) -> str:
    """Jobs keep UTC; people read their own zone."""
    if value is None:
        return QCoreApplication.translate("QueueModel", "now")
    return value.astimezone().strftime("%Y-%m-%d %H:%M")


class QueueModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.jobs: list[JobView] = []

    def set_jobs(self, jobs: list[JobView]) -> None:
        self.beginResetModel()
        self.jobs = list(jobs)
        self.endResetModel()

    def job(self, row: int) -> JobView | None:
        return self.jobs[row] if 0 <= row < len(self.jobs) else None

    def row_of(self, job_id: int) -> int:
        return next((i for i, j in enumerate(self.jobs) if j.id == job_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self.jobs)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        job = self.job(index.row())
        if job is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(job, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == WHEN and job.run_at is not None:
                return f"{job.run_at:%Y-%m-%d %H:%M} UTC"
            return job.message or None
        if role == Qt.ItemDataRole.UserRole:
            return job.id
        if role == Qt.ItemDataRole.FontRole and column == STATE and job.state in (FAILED, ATTENTION):
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, job: JobView, column: int) -> str:
        if column == HEADLINE:
            return job.headline
        if column == SITE:
            return job.site or "-"
        if column == WHEN:
            return local_time(job.run_at)
        if column == ACTION:
            return self.tr(ACTION_LABELS[job.action]) if job.action in ACTION_LABELS else job.action
        if column == STATE:
            return self.tr(STATE_LABELS[job.state]) if job.state in STATE_LABELS else job.state_label
        return job.message
