"""The account dialog: a site's address, user and application password, with "Test connection".

The test runs on the network pool and saving runs on the store lane; the dialog never talks
to the site or the store itself. The password lives only in the password field until it is
saved to the keychain by the core, and the field is cleared as soon as that is done (or the
dialog is closed). Nothing here logs it or writes it to settings.

The dialog also chooses the site's byline field (the post meta field a byline goes to when it
names no author the account may set), among the fields "Test connection" found on the site.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor_app.core.credentials import KeychainUnavailable
from editor_app.core.desk import Desk
from editor_app.core.services.sites import SiteCheck, SiteService, SiteView
from editor_app.ui.dialogs.fit import focus_first
from editor_app.ui.i18n import tr_message
from editor_app.ui.operations import operations_for
from editor_app.ui.sync.callbacks import weak_callback
from editor_app.ui.sync.messages import PASSWORD_HINT, describe_connection_error
from editor_app.ui.workers import Lane

translate = QCoreApplication.translate


def probe_account(sites: SiteService, url: str, username: str, password: str) -> tuple[SiteCheck, str | None]:
    """Runs on the network pool: the account check, and whether the keychain could keep the password."""
    found = sites.test_connection(url, username, password)
    try:
        sites.credentials.backend()
    except KeychainUnavailable as exc:
        return found, str(exc)
    return found, None


def save_account(
    sites: SiteService,
    fields: tuple[str, str, str, str],
    *,
    existing: bool,
    byline_field: str | None,
    change_byline: bool,
) -> SiteView:
    """Runs on the store lane: the account (or its new password), then the byline field choice
    through the same core call as `copydesk site byline-field`."""
    name, url, user, password = fields
    view = sites.set_password(name, password) if existing else sites.add(name, url, user, password)
    if change_byline:
        view = sites.set_byline_field(view.name, byline_field)
    return view


def describe_authors(count: int | None) -> str:
    if count is None:
        return translate("AccountDialog", "Test the connection to see the site's authors and fields.")
    if count == 1:
        return translate("AccountDialog", "1 author on the site")
    return translate("AccountDialog", "{count} authors on the site").format(count=count)


def describe_check(found: SiteCheck, keychain_problem: str | None) -> str:
    site = found.site_name or translate("AccountDialog", "the site")
    lines = [translate("AccountDialog", "Connected to {site}.").format(site=site) + " " + tr_message(found.summary)]
    if found.timezone:
        lines.append(translate("AccountDialog", "The site's time zone is {zone}.").format(zone=found.timezone))
    if keychain_problem:
        lines.append(
            translate("AccountDialog", "But the password cannot be saved here — no usable keychain. {problem}").format(
                problem=keychain_problem
            )
        )
    return "\n\n".join(lines)


class AccountDialog(QDialog):
    """Add a site, or (given `site`) enter a new application password for an existing one."""

    saved = Signal(object)  # the SiteView as stored
    tested = Signal(bool)  # whether the last "Test connection" succeeded

    def __init__(
        self,
        desk: Desk,
        store_lane: Lane,
        net_lane: Lane,
        site: SiteView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.store_lane = store_lane
        self.net_lane = net_lane
        self.ops = operations_for(store_lane, net_lane)
        self.site = site
        self.last_check: SiteCheck | None = None
        self.last_error = ""
        self._token = 0  # answers to an older request (or after closing) are ignored
        self.setObjectName("accountDialog")
        self.setWindowTitle(
            self.tr("Re-enter Password — {site}").format(site=site.name) if site else self.tr("Add a WordPress Site")
        )
        self.setAccessibleName(self.tr("Site account"))
        self.setMinimumWidth(520)

        self.name_edit = self._line(self.tr("Site name"), self.tr("e.g. Daily Herald"))
        self.url_edit = self._line(self.tr("Site address"), "https://news.example.com")
        self.user_edit = self._line(self.tr("WordPress user name"), self.tr("your WordPress login name"))
        self.password_edit = self._line(self.tr("Application password"), "xxxx xxxx xxxx xxxx xxxx xxxx")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setInputMethodHints(
            Qt.InputMethodHint.ImhHiddenText
            | Qt.InputMethodHint.ImhSensitiveData
            | Qt.InputMethodHint.ImhNoPredictiveText
            | Qt.InputMethodHint.ImhNoAutoUppercase
        )
        self.password_edit.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        hint = QLabel(translate("SyncMessages", PASSWORD_HINT), self)
        hint.setWordWrap(True)
        hint.setAccessibleName(self.tr("Where to create an application password"))
        hint.setObjectName("passwordHint")

        self.test_button = QPushButton(self.tr("&Test connection"), self)
        self.test_button.setAccessibleName(self.tr("Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("connectionResult")
        self.result_label.setAccessibleName(self.tr("Connection test result"))
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # Item data: None detects a field by its common names, "" means no field, else the field.
        self.byline_combo = QComboBox(self)
        self.byline_combo.setObjectName("bylineField")
        self.byline_combo.setAccessibleName(self.tr("Byline field"))
        self.byline_combo.setToolTip(
            self.tr("Where a byline goes when it names no author of the site that this account may set.")
        )
        self.authors_label = QLabel(self)
        self.authors_label.setObjectName("siteAuthors")
        self.authors_label.setAccessibleName(self.tr("Authors on the site"))
        self.authors_label.setWordWrap(True)
        if site is not None:
            # no authors listed means none learned yet (the account itself is one once checked)
            self._fill_bylines(site.meta_fields, site.byline_field_setting)
            self.authors_label.setText(describe_authors(len(site.authors) or None))
        else:
            self._fill_bylines((), None)
            self.authors_label.setText(describe_authors(None))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setAccessibleName(self.tr("Save account"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Site &name:"), self.name_edit)
        form.addRow(self.tr("&Address:"), self.url_edit)
        form.addRow(self.tr("&User name:"), self.user_edit)
        form.addRow(self.tr("Application &password:"), self.password_edit)
        form.addRow("", hint)
        byline_row = QHBoxLayout()
        byline_row.addWidget(self.byline_combo)
        byline_row.addWidget(self.authors_label, 1)
        form.addRow(self.tr("&Byline field:"), byline_row)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)
        layout = QVBoxLayout(self)
        if site is not None:
            intro = QLabel(
                self.tr(
                    "Enter a new application password for {user} at {url}. The site stays paused until it is saved."
                ).format(user=site.username, url=site.url),
                self,
            )
            intro.setWordWrap(True)
            layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(test_row)
        layout.addWidget(self.result_label, 1)
        layout.addWidget(self.buttons)

        if site is not None:
            for edit, value in (
                (self.name_edit, site.name),
                (self.url_edit, site.url),
                (self.user_edit, site.username),
            ):
                edit.setText(value)
                edit.setReadOnly(True)
        for edit in (self.name_edit, self.url_edit, self.user_edit, self.password_edit):
            edit.textChanged.connect(self._fields_changed)
        self._fields_changed()
        focus_first(self, self.password_edit if site is not None else self.name_edit)

    def _line(self, accessible: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(accessible)
        edit.setPlaceholderText(placeholder)
        return edit

    # ------------------------------------------------------------------ byline field
    def _fill_bylines(self, fields: tuple[str, ...], chosen: str | None) -> None:
        """List the byline choices for these fields, keeping `chosen` selected (a chosen field
        the site no longer lists stays visible, so opening the dialog never changes it)."""
        combo = self.byline_combo
        combo.clear()
        combo.addItem(self.tr("Detect automatically"), None)
        combo.addItem(self.tr("None (byline at the top of the story or left out)"), "")
        for field in dict.fromkeys((*fields, *([chosen] if chosen else []))):
            combo.addItem(field, field)
        index = next((i for i in range(combo.count()) if combo.itemData(i) == chosen), 0)
        combo.setCurrentIndex(index)

    def byline_choice(self) -> str | None:
        """The chosen byline field: None to detect one, "" for none, else the field's name."""
        return self.byline_combo.currentData()

    # ------------------------------------------------------------------ state
    def _fields(self) -> tuple[str, str, str, str]:
        return (
            self.name_edit.text().strip(),
            self.url_edit.text().strip(),
            self.user_edit.text().strip(),
            self.password_edit.text().strip(),
        )

    def _fields_changed(self) -> None:
        name, url, user, password = self._fields()
        self._token += 1  # a result for other values no longer applies
        self.test_button.setEnabled(bool(url and user and password))
        self.save_button.setEnabled(bool(name and url and user and password))

    def _busy(self, text: str) -> int:
        self._token += 1
        self.test_button.setEnabled(False)
        self.save_button.setEnabled(False)
        self.result_label.setText(text)
        return self._token

    def _idle(self) -> None:
        name, url, user, password = self._fields()
        self.test_button.setEnabled(bool(url and user and password))
        self.save_button.setEnabled(bool(name and url and user and password))

    def _lock_fields(self, locked: bool) -> None:
        """While a save runs, the values being saved cannot change under it."""
        for edit in (self.name_edit, self.url_edit, self.user_edit, self.password_edit, self.byline_combo):
            edit.setEnabled(not locked)

    def _show_error(self, text: str) -> None:
        self.last_error = text
        self.result_label.setProperty("ok", False)
        self.result_label.setText(text)

    # ------------------------------------------------------------------ test connection
    def test_connection(self) -> None:
        _name, url, user, password = self._fields()
        if not (url and user and password):
            return
        token = self._busy(self.tr("Testing the connection…"))
        self.last_check, self.last_error = None, ""
        self.ops.network(
            probe_account,
            self.desk.sites,
            url,
            user,
            password,
            on_done=weak_callback(self, lambda d, result: d._tested(token, result)),
            on_error=weak_callback(self, lambda d, exc: d._test_failed(token, user, exc)),
        )

    def _tested(self, token: int, result: tuple[SiteCheck, str | None]) -> None:
        if token != self._token:
            return
        found, keychain_problem = result
        self.last_check = found
        self.last_error = keychain_problem or ""
        if found.meta_fields is not None:
            self._fill_bylines(found.meta_fields, self.byline_choice())
        if found.authors is not None:  # a site that would not list them keeps what was shown
            self.authors_label.setText(describe_authors(len(found.authors)))
        self.result_label.setProperty("ok", keychain_problem is None)
        self.result_label.setText(describe_check(found, keychain_problem))
        self._idle()
        self.tested.emit(True)

    def _test_failed(self, token: int, user: str, exc: BaseException) -> None:
        if token != self._token:
            return
        self._show_error(describe_connection_error(exc, user))
        self._idle()
        self.tested.emit(False)

    # ------------------------------------------------------------------ save
    def save(self) -> None:
        name, url, user, password = self._fields()
        if not (name and url and user and password):
            self._show_error(self.tr("Fill in the site name, address, user name and application password."))
            return
        token = self._busy(self.tr("Saving the password in the keychain…"))
        self._lock_fields(True)
        choice = self.byline_choice()
        before = self.site.byline_field_setting if self.site is not None else None
        self.ops.store(
            save_account,
            self.desk.sites,
            (self.site.name if self.site is not None else name, url, user, password),
            existing=self.site is not None,
            byline_field=choice,
            change_byline=choice != before,
            on_done=weak_callback(self, lambda d, view: d._saved(token, view)),
            on_error=weak_callback(self, lambda d, exc: d._save_failed(token, user, exc)),
        )

    def _saved(self, token: int, view: SiteView) -> None:
        if token != self._token:
            return
        self.password_edit.clear()
        self.result_label.setText(
            self.tr("Saved {site}. The password is in the system keychain.").format(site=view.name)
        )
        self.saved.emit(view)
        self.accept()

    def _save_failed(self, token: int, user: str, exc: BaseException) -> None:
        if token != self._token:
            return
        self._lock_fields(False)
        self._show_error(self.tr("Not saved.") + " " + describe_connection_error(exc, user))
        self._idle()

    # ------------------------------------------------------------------ closing
    def done(self, result: int) -> None:
        self._token += 1
        self.password_edit.clear()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's API name
        self._token += 1
        self.password_edit.clear()
        super().closeEvent(event)
