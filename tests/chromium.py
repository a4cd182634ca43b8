"""Debian's chromium, driven by Playwright (no browser is ever downloaded), and screenshots kept
where a person can look at them.

Screenshots go to the test's own folder; set ALLBOT_SCREENSHOTS=DIR to keep copies there too.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, Playwright

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def launch(playwright: Playwright) -> Browser:
    if not Path(CHROMIUM).is_file():
        pytest.fail(f"{CHROMIUM} is missing; install Debian's chromium (apt-get install chromium) to run these tests")
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)


def shoot(page: Page, folder: Path, name: str, full_page: bool = False) -> Path:
    path = folder / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    keep = os.environ.get("ALLBOT_SCREENSHOTS")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(keep) / path.name)
    return path
