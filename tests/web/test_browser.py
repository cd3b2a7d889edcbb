"""The workbench in a real browser: Playwright driving Debian's chromium (`make test` installs it).

Playwright's own browser download does not work here, so the system chromium is launched by path.
Screenshots are kept under out/browser/ for a person to look at.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from support import ROOT

pytestmark = pytest.mark.browser
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SHOTS = ROOT / "out" / "browser"


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        pytest.skip("no chromium: `make test` installs it (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.dialogs = []  # every alert/confirm the page tries: must stay empty
    tab.csp_errors = []
    tab.on("dialog", lambda d: (tab.dialogs.append(d.message), d.dismiss()))
    tab.on("console",
           lambda m: tab.csp_errors.append(m.text) if "Content Security Policy" in m.text else None)
    tab.set_default_timeout(15_000)
    yield tab
    context.close()


def _chart_marks(tab: Any) -> int:
    tab.wait_for_selector(".vega[data-rendered]")
    return int(tab.locator(".vega svg .mark-rect path, .vega svg .mark-line path").count())


def test_search_to_article_to_speaker_to_dyad_chart(page: Any, live_url: str) -> None:
    page.goto(live_url + "/search")
    page.fill("#q", "spokesperson")
    page.press("#q", "Enter")  # htmx swaps the results in and pushes the URL
    page.wait_for_selector("#results .result")
    assert "q=spokesperson" in page.url
    assert page.locator("#results .result mark").count() > 0
    page.screenshot(path=str(SHOTS / "1-search.png"), full_page=True)

    page.locator("body").click(position={"x": 5, "y": 5})  # leave the search box, then use the keys
    page.keyboard.press("j")
    focused = page.evaluate("document.activeElement.getAttribute('href')")
    assert focused and focused.startswith("/article/")
    page.keyboard.press("Enter")
    page.wait_for_url("**/article/**")
    assert page.locator(".article-text .n-quote").count() >= 1
    assert page.locator(".article-text .n-timex").first.get_attribute("title")  # resolved value on hover
    page.screenshot(path=str(SHOTS / "2-article.png"), full_page=True)

    page.locator('.notes a[href^="/speaker/"]').first.click()
    page.wait_for_url("**/speaker/**")
    assert page.locator("ol.quotes li").count() >= 30
    assert _chart_marks(page) > 0
    page.screenshot(path=str(SHOTS / "3-speaker.png"), full_page=True)

    page.goto(live_url + "/dyad/KOR/PRK?by=week")
    assert _chart_marks(page) >= 2  # bars and the Goldstein line
    assert page.locator("ol.events li").count() == 30
    page.screenshot(path=str(SHOTS / "4-dyad.png"), full_page=True)
    assert page.dialogs == [] and page.csp_errors == []


def test_hostile_article_fires_no_dialog(page: Any, live_url: str) -> None:
    page.goto(live_url + "/search?q=Hostile")
    page.click("#results .result a.title")
    page.wait_for_url("**/article/**")
    page.wait_for_timeout(300)  # give any injected handler the chance to run
    assert "<script>alert(1)</script>" in page.inner_text(".article-text")
    assert page.locator(".article-text img, .article-text script, .article-text a").count() == 0
    page.screenshot(path=str(SHOTS / "5-hostile.png"), full_page=True)
    page.locator('.notes a[href^="/speaker/"]').first.click()
    page.wait_for_url("**/speaker/**")
    page.wait_for_timeout(300)
    assert page.dialogs == []


def test_usable_at_phone_width(page: Any, live_url: str) -> None:
    page.set_viewport_size({"width": 390, "height": 844})
    for name, path in (("search", "/search?q=spokesperson"), ("dyad", "/dyad/KOR/PRK"),
                       ("stories", "/stories")):
        page.goto(live_url + path)
        if name == "dyad":
            _chart_marks(page)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 392, f"{name} scrolls sideways at phone width ({width} px)"
        page.screenshot(path=str(SHOTS / f"phone-{name}.png"), full_page=True)
