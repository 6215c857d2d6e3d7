"""For tests that publish from the window: answer the pre-publish sheet with "Publish Anyway"."""

from __future__ import annotations


def publish_anyway(qtbot, window, timeout: int = 15_000) -> list[str]:
    """Wait for the sheet, check that nothing blocks, accept its warnings; their codes."""
    from editor_app.ui.sync.prepublish_sheet import PrepublishSheet

    qtbot.waitUntil(lambda: (s := window.findChild(PrepublishSheet)) is not None and s.isVisible(), timeout=timeout)
    sheet = window.findChild(PrepublishSheet)
    assert not sheet.blocked, [f.code for f in sheet.findings if f.blocking]
    sheet.anyway.click()
    return [f.code for f in sheet.findings]
