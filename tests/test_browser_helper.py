"""The browser tests can be skipped locally, never in CI."""

from __future__ import annotations

from pathlib import Path

import browser
import pytest


@pytest.mark.parametrize("ci", ["true", "1", "yes", "True"])
def test_a_missing_chromium_fails_under_any_ci_value(monkeypatch: pytest.MonkeyPatch, ci: str) -> None:
    monkeypatch.setattr(browser, "CHROMIUM", Path("/nonexistent/chromium"))
    monkeypatch.setenv("CI", ci)
    with pytest.raises(pytest.fail.Exception, match="is missing"):
        browser.require_chromium()


def test_a_missing_chromium_skips_outside_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(browser, "CHROMIUM", Path("/nonexistent/chromium"))
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="apt-get install chromium"):
        browser.require_chromium()
