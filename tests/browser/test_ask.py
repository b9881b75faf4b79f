"""Ask a question in a real browser: the panel answers in place (a static script, under the
strict CSP), screen readers hear a status line, the answer's link lands on the passage and marks
it, and the Ask page and panel are axe-clean."""

from io import StringIO

import pytest
from django.core.management import call_command

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
BLOCKING_IMPACTS = {"serious", "critical"}


@pytest.fixture
def demo(home, site_url):
    call_command("load_demo_content", stdout=StringIO())
    return site_url


def blocking(results):
    return [
        (violation["id"], violation["help"], [node["target"] for node in violation["nodes"]])
        for violation in results["violations"]
        if violation["impact"] in BLOCKING_IMPACTS
    ]


def test_the_panel_answers_in_place_and_the_link_lands_on_the_passage(page, demo, run_axe):
    policy_errors = []
    page.on(
        "console",
        lambda message: (
            policy_errors.append(message.text)
            if "Content Security Policy" in message.text
            else None
        ),
    )
    page.goto(demo + "/medications/methadone/")
    page.get_by_label("Type your question").fill("can i take methadone while pregnant")
    page.get_by_label("Type your question").press("Enter")
    first = page.locator("#ask-panel-answers .ask-answer__heading a").first
    first.wait_for()
    assert page.url == demo + "/medications/methadone/", "the reader stayed on the page"
    assert page.locator("#ask-panel-status").text_content() == "3 answers found."
    assert page.locator("#ask-panel-answers .ask-answer").count() == 3
    assert blocking(run_axe()) == []
    href = first.get_attribute("href")
    first.click()
    page.wait_for_url("**" + href)
    anchor = href.split("#")[1]
    assert (
        page.evaluate("document.querySelector(':target') && document.querySelector(':target').id")
        == anchor
    )
    outline = page.evaluate("getComputedStyle(document.querySelector(':target')).outlineStyle")
    assert outline == "solid", "the passage reached is marked"
    assert policy_errors == []


def test_without_javascript_the_panel_opens_the_ask_page_with_help_first(browser, demo):
    context = browser.new_context(java_script_enabled=False)
    plain = context.new_page()
    plain.goto(demo + "/")
    plain.get_by_label("Type your question").fill("my friend overdosed what do i do")
    plain.get_by_role("button", name="Ask").click()
    plain.wait_for_url("**/ask/?q=*")
    html = plain.content()
    help_first = html.index("If you or someone else needs help now")
    assert help_first < html.index('class="ask-answer"')
    context.close()


@pytest.mark.parametrize(
    "question", ["", "how long does withdrawl last", "my friend overdosed", "qwzx vlorp"]
)
def test_the_ask_page_has_no_serious_accessibility_problems(page, demo, run_axe, question):
    page.goto(demo + "/ask/?q=" + question.replace(" ", "+"))
    assert blocking(run_axe()) == []
