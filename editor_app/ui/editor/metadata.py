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
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from editor_app.core.domain import LANGUAGES, Article, Status, Term


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
        self.setAccessibleName("Article details")
        self.headline = self._line("Headline", "headline")
        self.headline.setMaxLength(5000)
        self.dek = QPlainTextEdit(self)
        self.dek.setAccessibleName("Dek")
        self.dek.setObjectName("dek")
        self.dek.setPlaceholderText("A sentence or two under the headline")
        self.dek.setTabChangesFocus(True)
        self.dek.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.slug = self._line("Slug", "slug")
        self.slug.setPlaceholderText("made from the headline when empty")
        self.byline = self._line("Byline", "byline")
        self.section = QComboBox(self)
        self.section.setAccessibleName("Section")
        self.section.setObjectName("section")
        self.tags = self._line("Tags", "tags")
        self.tags.setPlaceholderText("comma-separated")
        self._tag_model = QStringListModel(self)
        completer = TagCompleter(self._tag_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        self.tags.setCompleter(completer)
        self.lang = QComboBox(self)
        self.lang.setAccessibleName("Language")
        self.lang.setObjectName("language")
        self.lang.setEditable(True)
        for code, name in LANGUAGES.items():
            self.lang.addItem(f"{name} ({code})", code)
        self.status = QComboBox(self)
        self.status.setAccessibleName("Status")
        self.status.setObjectName("status")
        for status in Status:
            self.status.addItem(status.value.capitalize(), status)
        self.featured_url = self._line("Featured image", "featuredImage")
        self.featured_url.setPlaceholderText("image file or https:// address")
        browse = QPushButton("Choose…", self)
        browse.setAccessibleName("Choose featured image file")
        browse.clicked.connect(self._choose_image)
        self.featured_alt = self._line("Image description (alt text)", "featuredAlt")
        self.featured_caption = self._line("Image caption", "featuredCaption")
        self.featured_credit = self._line("Image credit", "featuredCredit")
        self.scheduled_on = QCheckBox("Scheduled", self)
        self.scheduled_on.setAccessibleName("Scheduled")
        self.scheduled = QDateTimeEdit(self)
        self.scheduled.setAccessibleName("Scheduled time")
        self.scheduled.setCalendarPopup(True)
        self.scheduled.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.scheduled.setEnabled(False)
        self.scheduled_on.toggled.connect(self.scheduled.setEnabled)

        form = QFormLayout(self)
        form.setContentsMargins(6, 6, 6, 6)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow("Headline", self.headline)
        form.addRow("Dek", self.dek)
        pair = QHBoxLayout()
        pair.addWidget(self.byline, 2)
        pair.addWidget(self.section, 1)
        pair.addWidget(self.lang, 1)
        pair.addWidget(self.status, 1)
        form.addRow("Byline", pair)
        form.addRow("Tags", self.tags)
        form.addRow("Slug", self.slug)
        image = QHBoxLayout()
        image.addWidget(self.featured_url, 3)
        image.addWidget(browse)
        image.addWidget(self.featured_alt, 2)
        image.addWidget(self.featured_caption, 2)
        image.addWidget(self.featured_credit, 1)
        self.featured_alt.setPlaceholderText("alt text")
        self.featured_caption.setPlaceholderText("caption")
        self.featured_credit.setPlaceholderText("credit")
        form.addRow("Image", image)
        when = QHBoxLayout()
        when.addWidget(self.scheduled_on)
        when.addWidget(self.scheduled, 1)
        form.addRow("Publish", when)

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
        self._loading = False

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

    def _choose_image(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Featured image", "", "Images (*.png *.jpg *.jpeg *.gif *.webp)")
        if path:
            self.featured_url.setText(path)
            self.edited.emit()

    # ------------------------------------------------------------------ vocabulary
    def set_terms(self, sections: list[Term], tags: list[Term]) -> None:
        current = self.section.currentData()
        self._loading = True
        self.section.clear()
        self.section.addItem("(no section)", None)
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
        self._loading = True
        try:
            self.headline.setText(article.title)
            self.headline.setCursorPosition(0)  # a 2,000-character title shows its start
            self.dek.setPlainText(article.dek)
            self.slug.setText(article.slug)
            self.byline.setText(article.byline)
            if article.primary_section and self.section.findData(article.primary_section) < 0:
                self.section.addItem(article.primary_section, article.primary_section)
            self._select_data(self.section, article.primary_section)
            self.tags.setText(", ".join(article.tags))
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
            self.featured_url.setText(f.url)
            self.featured_alt.setText(f.alt)
            self.featured_caption.setText(f.caption)
            self.featured_credit.setText(f.credit)
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
