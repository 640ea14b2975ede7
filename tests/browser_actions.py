"""What a browser test does as a person would, shared by the browser tests."""

from __future__ import annotations

from selenium.common.exceptions import (
    ElementClickInterceptedException,
    NoSuchElementException,
    StaleElementReferenceException,
)
from selenium.webdriver.support.ui import WebDriverWait

INSTANT_CENTRE = "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});"


def click(dash_duo, selector: str) -> None:
    """Click as a person would, once the element is settled: scrolled to the middle of the
    window, tried again while a loading overlay still covers it or Dash replaces it."""

    def attempt(driver) -> bool:
        element = driver.find_element("css selector", selector)
        driver.execute_script(INSTANT_CENTRE, element)
        element.click()
        return True

    WebDriverWait(dash_duo.driver, 15, poll_frequency=0.2, ignored_exceptions=(
        ElementClickInterceptedException, StaleElementReferenceException,
        NoSuchElementException)).until(attempt)
