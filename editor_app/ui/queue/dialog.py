"""The Publish Queue window: jobs by run time, cancel one, send the queue now.

Not modal, like the conflict list. Every read and the cancel go through the store lane; sending
is the sync controller's (network lane), and the list reloads whenever a sync finishes.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from editor_app.core.desk import Desk
from editor_app.core.domain import Change
from editor_app.core.services.publishing import SCHEDULED, SENDING, JobView
from editor_app.ui.operations import operations_for
from editor_app.ui.queue.model import HEADLINE, MESSAGE, QueueModel
from editor_app.ui.sync.callbacks import weak_callback
from editor_app.ui.sync.controller import SyncController
from editor_app.ui.sync.messages import describe_error
from editor_app.ui.workers import Lane


class PublishQueueDialog(QDialog):
    # Ask before cancelling a job (tests turn this off: no modal dialogs).
    confirm_cancel = True
    cancelled = Signal(int, str)  # job id, article id
    loaded = Signal(int)  # rows shown, after each reload

    def __init__(self, desk: Desk, store_lane: Lane, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.lane, self.controller = desk, store_lane, controller
        self.ops = operations_for(store_lane)
        self.ops.changed.connect(self._store_changed)
        self.setObjectName("publishQueue")
        self.setWindowTitle(self.tr("Publish Queue"))
        self.setAccessibleName(self.tr("Publish queue"))
        self.setModal(False)
        self.resize(820, 400)

        self.intro = QLabel(self.tr("Loading…"), self)
        self.intro.setWordWrap(True)
        self.model = QueueModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("queueTable")
        self.table.setAccessibleName(self.tr("Publish jobs"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(HEADLINE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(MESSAGE, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.show_finished = QCheckBox(self.tr("Show &finished jobs (live, cancelled)"), self)
        self.show_finished.setAccessibleName(self.tr("Show finished jobs"))
        self.show_finished.toggled.connect(lambda _on: self.reload())
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Publish queue messages"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.cancel_button = QPushButton(self.tr("&Cancel Job"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel the selected publish job"))
        self.send_button = QPushButton(self.tr("&Send Now"), self)
        self.send_button.setAccessibleName(self.tr("Send the queued jobs to the site now"))
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setAccessibleName(self.tr("Reload the publish queue"))
        for button in (self.cancel_button, self.send_button, self.refresh_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.send_button.clicked.connect(self.send_now)
        self.refresh_button.clicked.connect(self.reload)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.show_finished)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        controller.finished.connect(self._sync_finished)
        controller.failed.connect(self._sync_failed)
        self._update_buttons()
        self.reload()

    # ------------------------------------------------------------------ loading
    def reload(self) -> None:
        self.ops.store(
            self.desk.publish_queue.list,
            self.show_finished.isChecked(),
            on_done=weak_callback(self, PublishQueueDialog._loaded),
            on_error=weak_callback(self, PublishQueueDialog._failed),
        )

    def _store_changed(self, change: Change) -> None:
        if change.outbox or getattr(change, "jobs", False):  # a publish queued or cancelled, a job sent
            self.reload()

    def _loaded(self, jobs: list[JobView]) -> None:
        selected = self.current()
        self.model.set_jobs(jobs)
        row = self.model.row_of(selected.id) if selected is not None else -1
        if row < 0 and jobs:
            row = 0
        if row >= 0:
            self.table.selectRow(row)
        waiting = sum(1 for j in jobs if not j.finished)
        if waiting == 1:
            intro = self.tr(
                "1 job waiting, scheduled on the site or needing attention. "
                "A scheduled post goes out at its time even with Copydesk closed."
            )
        elif waiting:
            intro = self.tr(
                "{count} jobs waiting, scheduled on the site or needing attention. "
                "A scheduled post goes out at its time even with Copydesk closed."
            ).format(count=waiting)
        else:
            intro = self.tr("Nothing waiting: every publish request has reached its site.")
        self.intro.setText(intro)
        self._update_buttons()
        self.loaded.emit(len(jobs))

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(describe_error(exc))

    def current(self) -> JobView | None:
        index = self.table.currentIndex()
        return self.model.job(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        job = self.current()
        self.cancel_button.setEnabled(job is not None and not job.finished and job.state != SENDING)

    # ------------------------------------------------------------------ cancelling
    def cancel_selected(self) -> bool:
        job = self.current()
        if job is None or job.finished:
            return False
        if self.confirm_cancel and not self._confirmed(job):
            return False
        self.message.setText(self.tr("Cancelling “{title}”…").format(title=job.headline))
        self.ops.store(
            self.desk.publish_queue.cancel,
            job.id,
            on_done=weak_callback(self, lambda d, result: d._cancelled(result[0])),
            on_error=weak_callback(self, PublishQueueDialog._failed),
        )
        return True

    def _confirmed(self, job: JobView) -> bool:
        if job.state == SCHEDULED:
            where = self.tr("It goes back to draft on the site with the next sync.")
        else:
            where = self.tr("The article gets back the status it had before; nothing of its text is lost.")
        answer = QMessageBox.question(
            self,
            self.tr("Cancel Publish Job"),
            self.tr("Cancel publishing “{title}”?").format(title=job.headline) + " " + where,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _cancelled(self, job: JobView) -> None:
        self.message.setText(self.tr("Cancelled “{title}”: {message}").format(title=job.headline, message=job.message))
        self.cancelled.emit(job.id, job.article_id)  # the list reloads with the cancel's change (_store_changed)

    # ------------------------------------------------------------------ sending
    def send_now(self) -> None:
        self.message.setText(self.tr("Looking for queued jobs…"))
        self.ops.store(
            self.desk.publish_queue.sites_to_run,
            on_done=weak_callback(self, PublishQueueDialog._send_to),
            on_error=weak_callback(self, PublishQueueDialog._failed),
        )

    def _send_to(self, sites: list[str]) -> None:
        if not sites:
            self.message.setText(self.tr("Nothing queued to send."))
            return
        started = [name for name in sites if self.controller.sync(name)]
        if started:
            self.message.setText(self.tr("Sending to {sites}…").format(sites=", ".join(started)))

    def _sync_finished(self, report: object) -> None:
        site = getattr(report, "site", "")
        ok = getattr(report, "ok", True)
        if ok:
            self.message.setText(self.tr("{site}: sent.").format(site=site))
        else:
            reason = getattr(report, "message", "") or self.tr("see the jobs")
            self.message.setText(f"{site}: {reason}")
        self.reload()

    def _sync_failed(self, site: str, text: str) -> None:
        self.message.setText(f"{site}: {text}" if site else text)
        self.reload()
