from django.shortcuts import render
from django.views.decorators.cache import never_cache

from site_search.query import MAX_QUERY_CHARS
from tx_portal.page_serving import site_for_request

from . import finder, unanswered


def question_text(request):
    # ?q[]=... or a missing q is no question; several q's: the last one, as Django reads it.
    value = request.GET.get("q", "")
    return value if isinstance(value, str) else ""


@never_cache
def ask(request):
    """The Ask a question page; with ?part=answers only the answers, for the in-page panel.
    A GET form: nothing about the reader is kept, and answers are never cached (each would
    hold a reader's question)."""
    finding = finder.find(question_text(request), request)
    safety = None
    if finding.asked and (finding.crisis or not finding.answered_well):
        safety = finder.memo.get_safety()
    if finding.query.words and not finding.answered_well:
        unanswered.record(finding.query.text, crisis=finding.crisis)
    context = {
        "finding": finding,
        "safety": safety,
        "max_query_chars": MAX_QUERY_CHARS,
        "meta_title": "Ask a question",
        "meta_description": "Ask a question about treatment for opioid addiction and read the "
        "answer from the site's clinically reviewed pages.",
    }
    if request.GET.get("part") == "answers":
        template = "answers/answers.html"
    else:
        template = "answers/ask.html"
        site_for_request(request)  # the site for the page's menus, from the shared fragments
    return render(request, template, context)
