"""The web chat page in headless Chromium (Debian's `chromium`, driven by Playwright; no browser
is downloaded). The service runs in this process on 127.0.0.1 only.

Set ALLBOT_SCREENSHOTS=DIR to keep the screenshots somewhere to look at; they always go to a
temporary folder too.
"""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import pytest
import uvicorn
from playwright.sync_api import Page, expect, sync_playwright

from bot import Bot
from bot.server.app import create_app
from bot.server.config import Limits, OrgConfig, load_config

from .chromium import launch, shoot

EXAMPLE = load_config(Path(__file__).resolve().parent.parent / "config" / "organisation.example.yaml")
CONFIG = OrgConfig(name="Example Leukaemia Support Line", locale="UK", disclaimer=EXAMPLE.disclaimer,
                   contacts={"treatment_line": "the children's ward on 0161 496 0000",
                             "support_line": "the Example Support Line on 0808 000 0000",
                             "support_hours": "Monday to Friday, 9am to 5pm"},
                   limits=Limits(rate_limit_per_minute=1000))
expect.set_options(timeout=15_000)  # a busy CI machine is slower than a desktop
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}
RED_FLAG = "my son is on chemo and has a temperature of 38.4"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def site_bot() -> Bot:
    return Bot.load(locale=CONFIG.locale, contact_overrides=CONFIG.contact_overrides())


@pytest.fixture(scope="module")
def base_url(site_bot):
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(CONFIG, bot=site_bot), host="127.0.0.1", port=port,
                                           log_level="warning", access_log=False))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}/"
    server.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as playwright:
        browser = launch(playwright)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, base_url) -> Page:
    context = browser.new_context(viewport=DESKTOP, reduced_motion="reduce")
    page = context.new_page()
    page.goto(base_url)
    yield page
    context.close()


@pytest.fixture(scope="module")
def screenshots(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("screenshots")


def _shoot(page: Page, folder: Path, name: str) -> None:
    shoot(page, folder, name)


def _replies(page: Page):
    return page.locator("#log .msg.bot:not(.pending)")


def _ask(page: Page, text: str) -> None:
    before = _replies(page).count()
    page.fill("#message", text)
    page.press("#message", "Enter")
    expect(_replies(page)).to_have_count(before + 1)


def _answer_of(bot: Bot, intent_id: str) -> str:
    return bot.content.intent(intent_id).answer.split("\n")[0][:60]


def test_ask_a_question_and_see_the_answer_with_its_source(page, site_bot):
    expect(page.locator(".disclaimer")).to_contain_text("not medical advice")
    expect(page.get_by_label("Your question")).to_be_visible()
    assert page.locator("#log").get_attribute("aria-live") == "polite"
    for _ in range(15):  # reach the message box with the keyboard alone
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "message":
            break
    assert page.evaluate("document.activeElement.id") == "message"
    page.keyboard.type("what is a lumbar puncture?")
    page.keyboard.press("Enter")
    reply = _replies(page).last
    expect(reply).to_contain_text(_answer_of(site_bot, "lumbar-puncture"))
    expect(reply.locator(".sources")).to_contain_text("Source")
    expect(reply.locator(".sources li").first).to_be_visible()
    expect(page.locator("#banner")).to_be_hidden()
    assert page.evaluate("document.activeElement.id") == "message"  # ready for the next question


def test_a_red_flag_shows_a_banner_with_the_number_to_call(page):
    _ask(page, RED_FLAG)
    banner = page.locator("#banner")
    expect(banner).to_be_visible()
    expect(banner).to_contain_text("URGENT")
    expect(banner).to_contain_text("the children's ward on 0161 496 0000")
    call = banner.locator("#banner-call")
    expect(call).to_have_attribute("href", "tel:01614960000")
    assert banner.locator("[role=alert]").count() == 1
    expect(_replies(page).last.locator(".notice")).to_contain_text("URGENT: a temperature")
    page.click("#banner-close")
    expect(banner).to_be_hidden()


def test_without_a_number_to_dial_the_banner_shows_no_empty_call_button(page):
    """Contacts such as "your treatment team's 24-hour number" have nothing to dial: the banner
    still says whom to call, and no blank call button is drawn."""
    page.evaluate("document.body.dataset.treatmentTel = ''")  # as a config without a number gives
    _ask(page, RED_FLAG)
    banner = page.locator("#banner")
    expect(banner).to_contain_text("Call the children's ward")
    expect(page.locator("#banner-call")).to_be_hidden()


def test_an_emergency_banner_calls_the_emergency_number(page):
    _ask(page, "he is not breathing")
    expect(page.locator("#banner")).to_contain_text("EMERGENCY")
    expect(page.locator("#banner-call")).to_have_attribute("href", "tel:999")


def test_asking_for_a_person_says_how_to_reach_one(page):
    _ask(page, "can I talk to a real person")
    expect(_replies(page).last).to_contain_text(
        "contact the Example Support Line on 0808 000 0000 (Monday to Friday, 9am to 5pm)")
    expect(_replies(page).last).not_to_contain_text("join")
    expect(page.locator("#banner")).to_be_hidden()


def test_pick_a_suggestion(page, site_bot):
    page.get_by_role("button", name="What ALL is").click()  # a starter topic
    expect(_replies(page)).to_have_count(1)
    expect(page.locator("#starters")).to_be_hidden()
    suggestion = _replies(page).last.locator("button.suggestion").first
    title = suggestion.inner_text()
    suggestion.click()
    expect(_replies(page)).to_have_count(2)
    intent = next(i for i in site_bot.content.intents if i.title == title)
    expect(_replies(page).last).to_contain_text(_answer_of(site_bot, intent.id))
    expect(page.locator("#log .msg.user").last).to_have_text(f"You{title}")


def test_reload_keeps_the_session(page, site_bot):
    _ask(page, "what are the survival rates for children")
    session = page.evaluate("localStorage.getItem('allbot.session')")
    page.reload()
    expect(page.locator("#log .msg.user")).to_have_count(1)  # the conversation is shown again
    assert page.evaluate("localStorage.getItem('allbot.session')") == session
    _ask(page, "and for adults?")
    expect(_replies(page).last).to_contain_text(_answer_of(site_bot, "survival-adults"))
    assert page.evaluate("localStorage.getItem('allbot.session')") == session


def test_start_again_forgets_the_conversation(page):
    _ask(page, "what are the survival rates for children")
    page.click("#restart")
    expect(page.locator("#log .msg")).to_have_count(0)
    expect(page.locator("#starters")).to_be_visible()
    assert page.evaluate("localStorage.getItem('allbot.session')") is None


@pytest.mark.parametrize("name,viewport", [("desktop", DESKTOP), ("phone", PHONE)])
def test_screens_at_desktop_and_phone_width(browser, base_url, screenshots, name, viewport):
    context = browser.new_context(viewport=viewport, reduced_motion="reduce")
    page = context.new_page()
    page.goto(base_url)
    _shoot(page, screenshots, f"{name}-1-start")
    _ask(page, "how long is maintenance?")
    _shoot(page, screenshots, f"{name}-2-answer")
    _ask(page, RED_FLAG)
    expect(page.locator("#banner")).to_be_visible()
    _shoot(page, screenshots, f"{name}-3-banner")
    # Readable at this width: nothing wider than the screen, the call link and message box in reach.
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
    box = page.locator("#banner-call").bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= viewport["width"]
    assert page.locator("#message").bounding_box()["width"] >= viewport["width"] * 0.5
    context.close()
    assert len(list(screenshots.glob(f"{name}-*.png"))) == 3


def _in_view(page: Page, selector: str) -> bool:
    return page.evaluate("""(selector) => {
        const box = document.querySelector(selector).getBoundingClientRect();
        return box.height > 0 && box.top >= -1 && box.top < window.innerHeight;
    }""", selector)


def test_the_emergency_number_is_said_once_before_you_start(page):
    before = page.locator(".disclaimer").inner_text()
    assert before.count("In an emergency") == 1 and before.count("999") == 1


def test_every_phone_number_is_a_tap_to_call_link(page):
    expect(page.locator(".disclaimer a[href='tel:999']")).to_have_text("999")
    expect(page.locator(".disclaimer a[href='tel:01614960000']")).to_have_text("0161 496 0000")
    expect(page.locator(".foot a[href='tel:08080000000']")).to_have_text("0808 000 0000")
    _ask(page, "can I talk to a real person")
    expect(_replies(page).last.locator("a[href='tel:08080000000']")).to_have_count(1)
    _ask(page, "what temperature is a fever")  # readings and days are not numbers to call
    links = _replies(page).last.locator("a.tel")
    assert all(link.get_attribute("href") in ("tel:999", "tel:01614960000") for link in links.all())


def test_an_emergency_banner_says_call_999_once_and_names_each_alert(page):
    _ask(page, "he is not breathing and has collapsed")
    text = page.locator("#banner-text").inner_text()
    assert text.count("Call 999 now") == 1
    assert text.startswith("EMERGENCY: trouble breathing; a collapse")
    expect(page.locator("#banner-text a[href='tel:999']")).to_have_count(1)


def test_the_favicon_is_served(page, base_url):
    response = page.request.get(base_url + "favicon.ico")
    assert response.ok and response.headers["content-type"].startswith("image/svg+xml")
    assert page.locator("link[rel=icon]").get_attribute("href") == "static/favicon.svg"


def test_the_latest_alert_comes_back_after_a_reload(page):
    _ask(page, RED_FLAG)
    _ask(page, "what is a lumbar puncture?")  # a later answer without an alert
    page.reload()
    expect(page.locator("#banner")).to_be_visible()
    expect(page.locator("#banner")).to_contain_text("URGENT: a temperature")
    page.click("#banner-close")
    page.reload()
    expect(page.locator("#log .msg.user")).to_have_count(2)
    expect(page.locator("#banner")).to_be_hidden()


@pytest.mark.parametrize("name,viewport", [("desktop", DESKTOP), ("phone", PHONE)])
def test_the_alert_stays_within_reach_after_the_next_message(browser, base_url, screenshots, name, viewport):
    context = browser.new_context(viewport=viewport, reduced_motion="reduce")
    page = context.new_page()
    page.goto(base_url)
    _ask(page, RED_FLAG)
    _ask(page, "how long is maintenance?")
    _ask(page, "what is induction?")
    _shoot(page, screenshots, f"{name}-4-after-alert")
    if name == "desktop":
        assert _in_view(page, "#banner")  # sticky at the top
        expect(page.locator("#alert-jump")).to_be_hidden()
    else:
        assert not _in_view(page, "#banner")  # scrolled away with the page...
        jump = page.locator("#alert-jump")
        expect(jump).to_be_visible()  # ...and a link in the message bar brings it back
        expect(jump).to_have_text("Urgent: show the alert")
        jump.click()
        page.wait_for_function("document.getElementById('banner').getBoundingClientRect().top > -2")
        assert _in_view(page, "#banner")
        _shoot(page, screenshots, f"{name}-5-jumped-to-alert")
    context.close()
