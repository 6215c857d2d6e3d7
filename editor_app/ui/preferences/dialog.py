"""Edit → Preferences…: the desk's preferences in three pages; OK and Apply take effect at once."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFontComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from editor_app.core.domain import LANGUAGES
from editor_app.core.preferences import (
    ARTICLE_LANGUAGES,
    AUTOSAVE_SECONDS,
    FONT_SIZES,
    LENGTH_LIMITS,
    PREVIEW_WIDTHS,
    Preferences,
    length_unit,
)
from editor_app.ui.dialogs.fit import fit_title, focus_first
from editor_app.ui.i18n import LANGUAGE_NAMES, system_language


class PreferencesDialog(QDialog):
    applied = Signal(object)  # the Preferences chosen (Apply or OK)

    def __init__(self, prefs: Preferences, site_names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self._prefs = prefs
        pages = QTabWidget(self)
        pages.addTab(self._general_page(site_names), self.tr("General"))
        pages.addTab(self._editor_page(), self.tr("Editor"))
        pages.addTab(self._publishing_page(), self.tr("Publishing"))
        self.pages = pages
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Apply,
            self,
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self._apply)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(pages)
        layout.addWidget(buttons)
        self.load(prefs)
        focus_first(self, self.interface_language)
        fit_title(self, 420)

    # ------------------------------------------------------------------ pages
    def _general_page(self, site_names: list[str]) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.interface_language = QComboBox(page)
        self.interface_language.setObjectName("interfaceLanguage")
        system = LANGUAGE_NAMES[system_language()]
        self.interface_language.addItem(self.tr("As the system ({language})").format(language=system), "")
        for code, name in LANGUAGE_NAMES.items():
            self.interface_language.addItem(name, code)
        form.addRow(self.tr("Interface language"), self.interface_language)
        self.theme = QComboBox(page)
        self.theme.setObjectName("theme")
        self.theme.addItem(self.tr("As the system"), "system")
        self.theme.addItem(self.tr("Light"), "light")
        self.theme.addItem(self.tr("Dark"), "dark")
        form.addRow(self.tr("Theme"), self.theme)
        self.default_site = QComboBox(page)
        self.default_site.setObjectName("defaultSite")
        self.default_site.addItem(self.tr("(none: the only site takes new work)"), "")
        for name in site_names:
            self.default_site.addItem(name, name)
        form.addRow(self.tr("Default site"), self.default_site)
        self.default_language = QComboBox(page)
        self.default_language.setObjectName("defaultLanguage")
        for code in ARTICLE_LANGUAGES:
            self.default_language.addItem(f"{LANGUAGES.get(code, code)} ({code})", code)
        form.addRow(self.tr("Language of new articles"), self.default_language)
        self.autosave = QDoubleSpinBox(page)
        self.autosave.setObjectName("autosaveSeconds")
        self.autosave.setRange(*AUTOSAVE_SECONDS)
        self.autosave.setDecimals(1)
        self.autosave.setSingleStep(0.5)
        self.autosave.setSuffix(self.tr(" s"))
        self.autosave.setToolTip(
            self.tr("While you keep typing, the text is saved at least this often; a pause saves it at once.")
        )
        form.addRow(self.tr("Autosave at least every"), self.autosave)
        return page

    def _editor_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.font_family = QFontComboBox(page)
        self.font_family.setObjectName("editorFont")
        self.use_system_font = QCheckBox(self.tr("The system's font"), page)
        self.use_system_font.setObjectName("systemFont")
        self.use_system_font.toggled.connect(lambda on: self.font_family.setEnabled(not on))
        font_row = QHBoxLayout()
        font_row.addWidget(self.use_system_font)
        font_row.addWidget(self.font_family, 1)
        form.addRow(self.tr("Editor font"), font_row)
        self.font_size = QSpinBox(page)
        self.font_size.setObjectName("editorFontSize")
        self.font_size.setRange(FONT_SIZES.start, FONT_SIZES.stop - 1)
        self.font_size.setSuffix(self.tr(" pt"))
        form.addRow(self.tr("Font size"), self.font_size)
        self.preview_width = QSpinBox(page)
        self.preview_width.setObjectName("previewWidth")
        self.preview_width.setRange(PREVIEW_WIDTHS.start, PREVIEW_WIDTHS.stop - 1)
        self.preview_width.setSingleStep(20)
        self.preview_width.setSuffix(self.tr(" px"))
        form.addRow(self.tr("Preview width"), self.preview_width)
        self.spellcheck = QCheckBox(self.tr("Check spelling as I type"), page)
        self.spellcheck.setObjectName("spellcheck")
        form.addRow(self.tr("Spelling"), self.spellcheck)
        self.english = QComboBox(page)
        self.english.setObjectName("spellingEnglish")
        self.english.addItem(self.tr("US English"), "en_US")
        self.english.addItem(self.tr("UK English"), "en_GB")
        form.addRow(self.tr("English dictionary"), self.english)
        self.korean = QCheckBox(self.tr("Check Korean articles"), page)
        self.korean.setObjectName("spellingKorean")
        form.addRow("", self.korean)
        note = QLabel(self.tr("Japanese has no spelling dictionary and is not checked."), page)
        note.setWordWrap(True)
        form.addRow("", note)
        self.spellcheck.toggled.connect(self.english.setEnabled)
        self.spellcheck.toggled.connect(self.korean.setEnabled)
        return page

    def _publishing_page(self) -> QWidget:
        page = QWidget(self)
        column = QVBoxLayout(page)
        form = QFormLayout()
        self.publish_format = QComboBox(page)
        self.publish_format.setObjectName("publishFormat")
        self.publish_format.addItem(self.tr("Blocks (opens as blocks in the block editor)"), "blocks")
        self.publish_format.addItem(self.tr("Plain HTML (a Classic block)"), "html")
        form.addRow(self.tr("Publish format"), self.publish_format)
        column.addLayout(form)
        column.addWidget(QLabel(self.tr("Length thresholds (marked beside the headline and dek when passed)"), page))
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Headline"), page), 0, 1)
        grid.addWidget(QLabel(self.tr("Dek"), page), 0, 2)
        self.headline_limits: dict[str, QSpinBox] = {}
        self.dek_limits: dict[str, QSpinBox] = {}
        for row, code in enumerate(ARTICLE_LANGUAGES, start=1):
            grid.addWidget(QLabel(LANGUAGES.get(code, code), page), row, 0)
            unit = self.tr(" characters") if length_unit(code) == "characters" else self.tr(" words")
            for col, store in ((1, self.headline_limits), (2, self.dek_limits)):
                spin = QSpinBox(page)
                spin.setObjectName(f"{'headline' if col == 1 else 'dek'}Limit_{code}")
                spin.setRange(LENGTH_LIMITS.start, LENGTH_LIMITS.stop - 1)
                spin.setSuffix(unit)
                grid.addWidget(spin, row, col)
                store[code] = spin
        column.addLayout(grid)
        column.addStretch(1)
        return page

    # ------------------------------------------------------------------ values
    def load(self, prefs: Preferences) -> None:
        for combo, value in (
            (self.interface_language, prefs.interface_language),
            (self.theme, prefs.theme),
            (self.default_site, prefs.default_site),
            (self.default_language, prefs.default_language),
            (self.english, prefs.english_dictionary),
            (self.publish_format, prefs.publish_format),
        ):
            index = combo.findData(value)
            if index < 0 and combo is self.default_site and value:
                combo.addItem(value, value)  # a site not (yet) on this desk stays chosen
                index = combo.count() - 1
            combo.setCurrentIndex(max(index, 0))
        self.autosave.setValue(prefs.autosave_seconds)
        self.use_system_font.setChecked(not prefs.editor_font_family)
        self.font_family.setEnabled(bool(prefs.editor_font_family))
        if prefs.editor_font_family:
            self.font_family.setCurrentFont(QFont(prefs.editor_font_family))
        self.font_size.setValue(prefs.editor_font_size)
        self.preview_width.setValue(prefs.preview_width)
        self.spellcheck.setChecked(prefs.spellcheck_enabled)
        self.english.setEnabled(prefs.spellcheck_enabled)
        self.korean.setEnabled(prefs.spellcheck_enabled)
        self.korean.setChecked(prefs.checks_korean)
        for code, spin in self.headline_limits.items():
            spin.setValue(prefs.headline_limit(code))
        for code, spin in self.dek_limits.items():
            spin.setValue(prefs.dek_limit(code))

    def values(self) -> Preferences:
        languages = (self.english.currentData(),) + (("ko_KR",) if self.korean.isChecked() else ())
        return replace(
            self._prefs,
            interface_language=self.interface_language.currentData(),
            theme=self.theme.currentData(),
            default_site=self.default_site.currentData() or "",
            default_language=self.default_language.currentData(),
            autosave_seconds=self.autosave.value(),
            editor_font_family="" if self.use_system_font.isChecked() else self.font_family.currentFont().family(),
            editor_font_size=self.font_size.value(),
            preview_width=self.preview_width.value(),
            spellcheck_enabled=self.spellcheck.isChecked(),
            spellcheck_languages=languages,
            publish_format=self.publish_format.currentData(),
            headline_limits={code: spin.value() for code, spin in self.headline_limits.items()},
            dek_limits={code: spin.value() for code, spin in self.dek_limits.items()},
        ).validated()

    def _apply(self) -> None:
        self._prefs = self.values()
        self.applied.emit(self._prefs)

    def accept(self) -> None:
        self._apply()
        super().accept()
