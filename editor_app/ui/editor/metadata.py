"""The metadata panel: headline, dek, slug, byline, section, tags, language, status, featured
image and scheduled time. It only holds values; the editor decides when they are saved."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDateTime, QModelIndex, QPersistentModelIndex, QStringListModel, Qt, QTimeZone, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from editor_app.core.domain import LANGUAGES, Article, Status, Term
from editor_app.core.preferences import Preferences, length_unit, measure
from editor_app.core.text import title_slug
from editor_app.ui.labels import status_name


def split_tags(text: str) -> list[str]:
    return [t for t in (" ".join(p.split()) for p in text.replace("、", ",").split(",")) if t]


class TagCompleter(QCompleter):
    """Completes the tag being typed after the last comma, keeping the ones before it."""

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 - Qt's API name
        return [path.rsplit(",", 1)[-1].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:  # noqa: N802
        widget = self.widget()
        current = widget.text() if isinstance(widget, QLineEdit) else ""
        head = current.rsplit(",", 1)[0] + ", " if "," in current else ""
        return f"{head}{index.data()}, "


@dataclass(frozen=True)
class FeaturedImage:
    url: str = ""
    alt: str = ""
    caption: str = ""
    credit: str = ""


@dataclass(frozen=True)
class Metadata:
    title: str
    dek: str
    slug: str
    slug_manual: bool  # typed by hand; otherwise the slug follows the headline
    byline: str
    section: str | None
    tags: tuple[str, ...]
    lang: str
    status: Status
    scheduled_at: datetime | None
    featured: FeaturedImage


class MetadataPanel(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("metadataPanel")
        self.setAccessibleName(self.tr("Article details"))
        self.limits: Preferences | None = None  # headline and dek length thresholds, once known
        self.headline = self._line(self.tr("Headline"), "headline")
        self.headline.setMaxLength(5000)
        self.dek = QPlainTextEdit(self)
        self.dek.setAccessibleName(self.tr("Dek"))
        self.dek.setObjectName("dek")
        self.dek.setPlaceholderText(self.tr("A sentence or two under the headline"))
        self.dek.setTabChangesFocus(True)
        self.dek.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.headline_length = self._length_label("headlineLength")
        self.dek_length = self._length_label("dekLength")
        self.byline = self._line(self.tr("Byline"), "byline")
        self.section = QComboBox(self)
        self.section.setAccessibleName(self.tr("Section"))
        self.section.setObjectName("section")
        self.lang = QComboBox(self)
        self.lang.setAccessibleName(self.tr("Language"))
        self.lang.setObjectName("language")
        self.lang.setEditable(True)
        for code, name in LANGUAGES.items():
            self.lang.addItem(f"{name} ({code})", code)
        self.status = QComboBox(self)
        self.status.setAccessibleName(self.tr("Status"))
        self.status.setObjectName("status")
        for status in Status:
            self.status.addItem(status_name(status), status)
        self.tags = self._line(self.tr("Tags"), "tags")
        self.tags.setPlaceholderText(self.tr("comma-separated"))
        self._tag_model = QStringListModel(self)
        completer = TagCompleter(self._tag_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        self.tags.setCompleter(completer)
        self.slug = self._line(self.tr("Slug"), "slug")
        self.slug.setPlaceholderText(self.tr("made from the headline when empty"))
        self.featured_url = self._line(self.tr("Featured image"), "featuredImage")
        self.featured_url.setPlaceholderText(self.tr("image file or https:// address"))
        browse = QPushButton(self.tr("Choose…"), self)
        browse.setObjectName("chooseImage")
        browse.setAccessibleName(self.tr("Choose featured image file"))
        browse.clicked.connect(self._choose_image)
        self.browse = browse
        self.featured_alt = self._line(self.tr("Image description (alt text)"), "featuredAlt")
        self.featured_caption = self._line(self.tr("Image caption"), "featuredCaption")
        self.featured_credit = self._line(self.tr("Image credit"), "featuredCredit")
        self.featured_alt.setPlaceholderText(self.tr("what the image shows, for readers who cannot see it"))
        self.featured_caption.setPlaceholderText(self.tr("shown under the image"))
        self.featured_credit.setPlaceholderText(self.tr("photographer or agency"))
        self.scheduled_on = QCheckBox(self.tr("Scheduled"), self)
        self.scheduled_on.setAccessibleName(self.tr("Scheduled"))
        self.scheduled = QDateTimeEdit(self)
        self.scheduled.setAccessibleName(self.tr("Scheduled time"))
        self.scheduled.setCalendarPopup(True)
        self.scheduled.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.scheduled.setEnabled(False)
        self.scheduled_on.toggled.connect(self.scheduled.setEnabled)

        form = QFormLayout(self)
        form.setContentsMargins(6, 6, 6, 6)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Headline"), self._with_length(self.headline, self.headline_length))
        form.addRow(self.tr("Dek"), self._with_length(self.dek, self.dek_length))
        form.addRow(self.tr("Byline"), self.byline)  # a row of its own: a name is never cut to a few letters
        kinds = QHBoxLayout()
        kinds.addWidget(self.section, 2)
        kinds.addWidget(self.lang, 1)
        kinds.addWidget(self.status, 1)
        form.addRow(self.tr("Section"), kinds)
        form.addRow(self.tr("Tags"), self.tags)
        form.addRow(self.tr("Slug"), self.slug)
        image = QHBoxLayout()
        image.addWidget(self.featured_url, 1)
        image.addWidget(browse)
        form.addRow(self.tr("Image"), image)
        # Each of the image's texts gets the panel's full width: a sentence of alt text stays readable.
        form.addRow(self.tr("Alt text"), self.featured_alt)
        form.addRow(self.tr("Caption"), self.featured_caption)
        form.addRow(self.tr("Credit"), self.featured_credit)
        when = QHBoxLayout()
        when.addWidget(self.scheduled_on)
        when.addWidget(self.scheduled, 1)
        form.addRow(self.tr("Publish"), when)
        # Tab follows the reading order of the form, not the order the fields were made in.
        chain = (
            self.headline, self.dek, self.byline, self.section, self.lang, self.status, self.tags, self.slug,
            self.featured_url, browse, self.featured_alt, self.featured_caption, self.featured_credit,
            self.scheduled_on, self.scheduled,
        )  # fmt: skip
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.tab_chain = chain

        for line in (
            self.headline,
            self.slug,
            self.byline,
            self.tags,
            self.featured_url,
            self.featured_alt,
            self.featured_caption,
            self.featured_credit,
        ):
            line.textEdited.connect(self._user_edit)
        self.dek.textChanged.connect(self._user_edit)
        self.section.activated.connect(self._user_edit)
        self.lang.activated.connect(self._user_edit)
        self.lang.lineEdit().textEdited.connect(self._user_edit)
        self.status.activated.connect(self._user_edit)
        self.scheduled_on.clicked.connect(self._user_edit)
        self.scheduled.dateTimeChanged.connect(self._user_edit)
        self.headline.textEdited.connect(self._follow_headline)
        self.slug.textEdited.connect(self._slug_edited)
        self.headline.textChanged.connect(self.update_lengths)
        self.dek.textChanged.connect(self.update_lengths)
        self.lang.currentIndexChanged.connect(self.update_lengths)
        self._loading = False
        self._slug_manual = False

    def _length_label(self, object_name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(object_name)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        return label

    @staticmethod
    def _with_length(field: QWidget, label: QLabel) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(field, 1)
        row.addWidget(label)
        return row

    # ------------------------------------------------------------------ length thresholds
    def set_limits(self, prefs: Preferences) -> None:
        self.limits = prefs
        self.update_lengths()

    def update_lengths(self, *_args: object) -> None:
        """'9/12 words' beside the headline (characters for Japanese and Korean), marked when over."""
        lang = self.language()
        for text, label, limit in (
            (self.headline.text(), self.headline_length, self.limits.headline_limit(lang) if self.limits else 0),
            (self.dek.toPlainText(), self.dek_length, self.limits.dek_limit(lang) if self.limits else 0),
        ):
            if not limit:
                label.clear()
                continue
            count = measure(text, lang)
            unit = (
                self.tr("{count}/{limit} characters")
                if length_unit(lang) == "characters"
                else self.tr("{count}/{limit} words")
            )
            label.setText(unit.format(count=count, limit=limit))
            over = count > limit
            label.setProperty("over", over)
            label.setStyleSheet("color: #c5221f; font-weight: bold;" if over else "")
            label.setToolTip(self.tr("Longer than this desk's threshold (Preferences)") if over else "")

    def _line(self, name: str, object_name: str) -> QLineEdit:
        line = QLineEdit(self)
        line.setAccessibleName(name)
        line.setObjectName(object_name)
        return line

    @property
    def loading(self) -> bool:
        """True while the panel fills its own fields (an article or image loading), not the user."""
        return self._loading

    def _user_edit(self, *_args: object) -> None:
        if not self._loading:
            self.edited.emit()

    # ------------------------------------------------------------------ slug
    @property
    def slug_manual(self) -> bool:
        return self._slug_manual

    def _follow_headline(self, text: str) -> None:
        """Until the slug is typed by hand it shows what the headline gives (what the site gets)."""
        if not self._slug_manual:
            self.slug.setText(title_slug(text))

    def _slug_edited(self, text: str) -> None:
        # Emptying the field hands the slug back to the headline; it is refilled with the next
        # headline edit, never under the user's cursor.
        self._slug_manual = bool(text.strip())

    def _choose_image(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Featured Image"), "", self.tr("Images (*.png *.jpg *.jpeg *.gif *.webp)")
        )
        if path:
            self.featured_url.setText(path)
            self.edited.emit()

    # ------------------------------------------------------------------ vocabulary
    def set_terms(self, sections: list[Term], tags: list[Term]) -> None:
        current = self.section.currentData()
        self._loading = True
        self.section.clear()
        self.section.addItem(self.tr("(no section)"), None)
        depth: dict[int, int] = {}
        for term in sections:
            level = depth[term.parent_id] + 1 if term.parent_id in depth else 0
            depth[term.id] = level
            self.section.addItem("   " * level + term.name, term.slug)
        self._select_data(self.section, current)
        self._loading = False
        self._tag_model.setStringList(sorted((t.name for t in tags), key=str.lower))

    def known_tags(self) -> list[str]:
        return self._tag_model.stringList()

    @staticmethod
    def _select_data(combo: QComboBox, value: object) -> None:
        i = combo.findData(value)
        combo.setCurrentIndex(max(i, 0))

    # ------------------------------------------------------------------ values
    def load(self, article: Article, featured: FeaturedImage | None = None) -> None:
        """Show ``article``. A field that already shows its value is left alone, so taking in the
        store's copy while the user types (a sync, a merge) never moves their caret."""
        self._loading = True
        try:
            if self.headline.text() != article.title:
                self.headline.setText(article.title)
                self.headline.setCursorPosition(0)  # a 2,000-character title shows its start
            if self.dek.toPlainText() != article.dek:
                self.dek.setPlainText(article.dek)
            _set_line(self.slug, article.slug)
            self._slug_manual = article.slug_manual
            _set_line(self.byline, article.byline)
            if article.primary_section and self.section.findData(article.primary_section) < 0:
                self.section.addItem(article.primary_section, article.primary_section)
            self._select_data(self.section, article.primary_section)
            _set_line(self.tags, ", ".join(article.tags))
            i = self.lang.findData(article.lang)
            if i < 0:
                self.lang.addItem(article.lang, article.lang)
                i = self.lang.count() - 1
            self.lang.setCurrentIndex(i)
            self._select_data(self.status, article.status)
            self.scheduled_on.setChecked(article.scheduled_at is not None)
            self.scheduled.setEnabled(article.scheduled_at is not None)
            moment = article.scheduled_at or (datetime.now(UTC) + timedelta(hours=1))
            self.scheduled.setDateTime(QDateTime.fromSecsSinceEpoch(int(moment.timestamp())))
            f = featured or FeaturedImage()
            for line, text in (
                (self.featured_url, f.url),
                (self.featured_alt, f.alt),
                (self.featured_caption, f.caption),
                (self.featured_credit, f.credit),
            ):
                _set_line(line, text)
        finally:
            self._loading = False

    def set_featured(self, f: FeaturedImage) -> None:
        self._loading = True
        try:
            self.featured_url.setText(f.url)
            self.featured_alt.setText(f.alt)
            self.featured_caption.setText(f.caption)
            self.featured_credit.setText(f.credit)
        finally:
            self._loading = False

    def language(self) -> str:
        data = self.lang.currentData()
        text = self.lang.currentText().strip()
        if data and self.lang.itemText(self.lang.currentIndex()) == text:
            return str(data)
        if text.endswith(")") and "(" in text:
            text = text.rsplit("(", 1)[1][:-1]
        return text.lower() or "en"

    def values(self) -> Metadata:
        scheduled = None
        if self.scheduled_on.isChecked():
            utc = self.scheduled.dateTime().toTimeZone(QTimeZone.utc())
            scheduled = datetime.fromtimestamp(utc.toSecsSinceEpoch(), UTC)
        return Metadata(
            title=self.headline.text(),
            dek=self.dek.toPlainText(),
            slug=self.slug.text().strip(),
            slug_manual=self._slug_manual,
            byline=self.byline.text().strip(),
            section=self.section.currentData(),
            tags=tuple(split_tags(self.tags.text())),
            lang=self.language(),
            status=Status(self.status.currentData() or Status.DRAFT),  # Qt hands the enum back as str
            scheduled_at=scheduled,
            featured=FeaturedImage(
                self.featured_url.text().strip(),
                self.featured_alt.text(),
                self.featured_caption.text(),
                self.featured_credit.text(),
            ),
        )


def _set_line(line: QLineEdit, text: str) -> None:
    if line.text() != text:
        line.setText(text)
