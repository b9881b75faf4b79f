"""The finder against everyday questions (answers/question_set.py), through the Ask page as a
reader uses it: a question counts as answered when a passage that answers it is among the
three shown."""

import re

import pytest

from answers.question_set import (
    HELD_OUT,
    HELD_OUT_2,
    QUESTIONS,
    UNSEEN,
    UNSEEN_2,
    UNSEEN_3,
    UNSEEN_4,
    UNSEEN_5,
    UNSEEN_6,
    UNSEEN_7,
    UNSEEN_8,
    UNSEEN_9,
    UNSEEN_10,
    UNSEEN_11,
    UNSEEN_12,
    UNSEEN_13,
    UNSEEN_14,
    UNSEEN_15,
    UNSEEN_16,
    UNSEEN_17,
    UNSEEN_18,
    UNSEEN_19,
    UNSEEN_20,
    UNSEEN_21,
    UNSEEN_22,
    UNSEEN_23,
    UNSEEN_24,
    UNSEEN_25,
    UNSEEN_26,
    UNSEEN_27,
    UNSEEN_28,
)

pytestmark = pytest.mark.django_db
BAR = 0.90


def shown(client, question):
    response = client.get("/ask/", {"q": question, "part": "answers"})
    assert response.status_code == 200, question
    return re.findall(
        r'<h3 class="ask-answer__heading"><a href="([^"]+)"', response.content.decode()
    )


def share_answered(client, questions, name):
    missed = []
    for question, answering in questions:
        links = shown(client, question)
        assert len(links) <= 3
        if not set(links) & set(answering):
            missed.append(f"  {question!r}: showed {links}, answered by {list(answering)}")
    share = 1 - len(missed) / len(questions)
    answered = len(questions) - len(missed)
    print(f"\n{name}: {answered} of {len(questions)} answered in the top three ({share:.0%})")
    print("\n".join(missed))
    return share, missed


def test_the_question_set_names_real_passages(client, demo):
    from answers.models import Passage

    urls = set(Passage.objects.values_list("url", flat=True))
    for question, answering in (
        QUESTIONS
        + HELD_OUT
        + HELD_OUT_2
        + UNSEEN
        + UNSEEN_2
        + UNSEEN_3
        + UNSEEN_4
        + UNSEEN_5
        + UNSEEN_6
        + UNSEEN_7
        + UNSEEN_8
        + UNSEEN_9
        + UNSEEN_10
        + UNSEEN_11
        + UNSEEN_12
        + UNSEEN_13
        + UNSEEN_14
        + UNSEEN_15
        + UNSEEN_16
        + UNSEEN_17
        + UNSEEN_18
        + UNSEEN_19
        + UNSEEN_20
        + UNSEEN_21
        + UNSEEN_22
        + UNSEEN_23
        + UNSEEN_24
        + UNSEEN_25
        + UNSEEN_26
        + UNSEEN_27
        + UNSEEN_28
    ):
        assert set(answering) <= urls, f"{question!r} names a passage that does not exist"


def test_at_least_90_percent_of_everyday_questions_are_answered_in_the_top_three(client, demo):
    assert len(QUESTIONS) >= 40
    share, missed = share_answered(client, QUESTIONS, "question set")
    assert share >= BAR, "\n".join(missed)


# The held-out questions were written after tuning and never tuned for; they measured 80 % when
# written (20 of 25) and 92 % (23 of 25) after the everyday table was widened. Below this floor
# (one question fewer), a change has made the finder generalise worse.
HELD_OUT_FLOOR = 0.88


def test_questions_written_after_tuning_are_answered_nearly_as_well(client, demo):
    assert len(HELD_OUT) >= 20
    share, missed = share_answered(client, HELD_OUT, "held-out set")
    assert share >= HELD_OUT_FLOOR, "\n".join(missed)


# Written before the everyday table was widened and never tuned for: 23 of 25 with the finder as
# it was, 25 of 25 measured once after the change (the same author wrote the questions and the
# table, so read that figure as optimistic). Below the earlier figure, generalising got worse.
HELD_OUT_2_FLOOR = 0.92


def test_a_second_set_of_questions_nobody_tuned_for_is_answered_as_well(client, demo):
    assert len(HELD_OUT_2) >= 25
    share, missed = share_answered(client, HELD_OUT_2, "second held-out set")
    assert share >= HELD_OUT_2_FLOOR, "\n".join(missed)


# Written fresh (50 questions, 2 of them about things no page covers, see UNSEEN_GAPS) before the
# finder was changed to generalise better: 33 of 48 (69 %) with the finder as it was. The changes
# were measured on it, so it is no longer unseen: the bar is the everyday set's.
def test_a_fresh_set_of_everyday_questions_is_answered_as_well(client, demo):
    assert len(UNSEEN) >= 40
    share, missed = share_answered(client, UNSEEN, "fresh set")
    assert share >= BAR, "\n".join(missed)


# Written after a change to the finder and measured before the next: 26 of 31 (84 %). Its author
# knew the passages by then, so read even that as a little optimistic. 28 of 31 after the changes
# made for the third set (one of them, hyphenated words typed as one, for this set's "xwaiver").
# Below this floor (one question fewer), generalising got worse.
UNSEEN_2_FLOOR = 0.87


def test_a_second_fresh_set_nobody_tuned_for_is_answered_as_well_as_when_written(client, demo):
    assert len(UNSEEN_2) >= 30
    share, missed = share_answered(client, UNSEEN_2, "second fresh set")
    assert share >= UNSEEN_2_FLOOR, "\n".join(missed)


# Written by someone who had read the passages and not the finder: 53 of 60 (88 %) when written.
# The finder was changed for its misses, so the bar is the everyday set's.
def test_a_third_fresh_set_written_without_knowing_the_finder_is_answered_as_well(client, demo):
    assert len(UNSEEN_3) >= 40
    share, missed = share_answered(client, UNSEEN_3, "third fresh set")
    assert share >= BAR, "\n".join(missed)


# Written the same way after the changes made for the third set, and measured once before any
# change: 54 of 60 (90 %), the first fresh set to meet the bar as written. The finder was then
# changed for its misses, so the bar is the everyday set's.
def test_a_fourth_fresh_set_measured_before_any_change_meets_the_bar(client, demo):
    assert len(UNSEEN_4) >= 40
    share, missed = share_answered(client, UNSEEN_4, "fourth fresh set")
    assert share >= BAR, "\n".join(missed)


# Written after the changes made for the fourth set (20 short searches, 21 questions, 19 long
# messages), measured once before any change: 56 of 60 (93 %). Changed for since.
def test_a_fifth_fresh_set_of_searches_questions_and_messages_meets_the_bar(client, demo):
    assert len(UNSEEN_5) >= 40
    share, missed = share_answered(client, UNSEEN_5, "fifth fresh set")
    assert share >= BAR, "\n".join(missed)


# Written after the changes made for the fifth set, from an outreach worker's notes of what people
# ask, and measured once before any change: 53 of 60 (88 %). Changed for since.
def test_a_sixth_fresh_set_from_an_outreach_workers_notes_meets_the_bar(client, demo):
    assert len(UNSEEN_6) >= 40
    share, missed = share_answered(client, UNSEEN_6, "sixth fresh set")
    assert share >= BAR, "\n".join(missed)


# Written after the changes made for the sixth set, half by people who use opioids and half by
# those close to them, in every tone and length, with capitals, full stops and apostrophes:
# measured once before any change, 45 of 60 (75 %). Its misses showed that "I'm" and "don't"
# typed with an apostrophe counted as subjects, and that naming a page's subject ("CBT") did not
# keep its page on top. Changed for since.
def test_a_seventh_fresh_set_in_every_tone_and_length_meets_the_bar(client, demo):
    assert len(UNSEEN_7) >= 40
    share, missed = share_answered(client, UNSEEN_7, "seventh fresh set")
    assert share >= BAR, "\n".join(missed)


# Written after the changes made for the seventh set, by every kind of reader in every tone and
# way of typing, and measured once before any change: 56 of 60 (93 %). Changed for since.
def test_an_eighth_fresh_set_by_every_kind_of_reader_meets_the_bar(client, demo):
    assert len(UNSEEN_8) >= 40
    share, missed = share_answered(client, UNSEEN_8, "eighth fresh set")
    assert share >= BAR, "\n".join(missed)


# Written after the changes made for the eighth set, in the style of the issue's own examples,
# and measured once before any change: 50 of 60 (83 %). Changed for since.
def test_a_ninth_fresh_set_of_plain_questions_meets_the_bar(client, demo):
    assert len(UNSEEN_9) >= 40
    share, missed = share_answered(client, UNSEEN_9, "ninth fresh set")
    assert share >= BAR, "\n".join(missed)


# Written at the same time, by picturing 60 visitors late at night and typing what each would,
# and measured once before any change: 51 of 60 (85 %). Changed for since.
def test_a_tenth_fresh_set_of_late_night_visitors_meets_the_bar(client, demo):
    assert len(UNSEEN_10) >= 40
    share, missed = share_answered(client, UNSEEN_10, "tenth fresh set")
    assert share >= BAR, "\n".join(missed)


# Written at the same time as the twelfth, page by page through the passages, and measured once
# after the changes made for the twelfth and before any made for it: 54 of 60 (90 %).
def test_an_eleventh_fresh_set_written_page_by_page_meets_the_bar(client, demo):
    assert len(UNSEEN_11) >= 40
    share, missed = share_answered(client, UNSEEN_11, "eleventh fresh set")
    assert share >= BAR, "\n".join(missed)


# Written by people who describe things instead of naming them ("the spray", "the clinic
# stuff"), and measured once before any change: 50 of 60 (83 %). Changed for since.
def test_a_twelfth_fresh_set_in_everyday_descriptions_meets_the_bar(client, demo):
    assert len(UNSEEN_12) >= 40
    share, missed = share_answered(client, UNSEEN_12, "twelfth fresh set")
    assert share >= BAR, "\n".join(missed)


# Written after the changes made for the eleventh and twelfth sets, in the style of the issue's
# own examples, and measured once before any change: 47 of 50 (94 %). Changed for since.
def test_a_thirteenth_fresh_set_in_the_issues_own_style_meets_the_bar(client, demo):
    assert len(UNSEEN_13) >= 40
    share, missed = share_answered(client, UNSEEN_13, "thirteenth fresh set")
    assert share >= BAR, "\n".join(missed)


# Written at the same time, about what matters most for safety and what changed lately, and
# measured once before any change: 46 of 50 (92 %). Changed for since.
def test_a_fourteenth_fresh_set_on_safety_and_recent_changes_meets_the_bar(client, demo):
    assert len(UNSEEN_14) >= 40
    share, missed = share_answered(client, UNSEEN_14, "fourteenth fresh set")
    assert share >= BAR, "\n".join(missed)


# Written after the changes made for the thirteenth and fourteenth sets, the two passages a
# worried visitor would most need from each page, and measured once before any change: 47 of
# 50 (94 %). Changed for since.
def test_a_fifteenth_fresh_set_of_what_visitors_most_need_meets_the_bar(client, demo):
    assert len(UNSEEN_15) >= 40
    share, missed = share_answered(client, UNSEEN_15, "fifteenth fresh set")
    assert share >= BAR, "\n".join(missed)


# Written at the same time by family, friends and people supporting someone, and measured once
# before any change: 43 of 50 (86 %). Changed for since.
def test_a_sixteenth_fresh_set_from_family_and_friends_meets_the_bar(client, demo):
    assert len(UNSEEN_16) >= 40
    share, missed = share_answered(client, UNSEEN_16, "sixteenth fresh set")
    assert share >= BAR, "\n".join(missed)


# Written after the changes made for the fifteenth and sixteenth sets, by people close to someone
# who uses, about every page, and measured once before any change: 45 of 50 (90 %). Changed for
# since.
def test_a_seventeenth_fresh_set_from_people_close_to_someone_meets_the_bar(client, demo):
    assert len(UNSEEN_17) >= 40
    share, missed = share_answered(client, UNSEEN_17, "seventeenth fresh set")
    assert share >= BAR, "\n".join(missed)


# Written at the same time, as an independent tester would from the issue's brief, and measured
# once before any change: 47 of 50 (94 %). Changed for since.
def test_an_eighteenth_fresh_set_written_from_the_issues_brief_meets_the_bar(client, demo):
    assert len(UNSEEN_18) >= 40
    share, missed = share_answered(client, UNSEEN_18, "eighteenth fresh set")
    assert share >= BAR, "\n".join(missed)


# Written after the changes made for the seventeenth and eighteenth sets, by people with one real
# worry each about details on every page, and measured once before any change: 41 of 50 (82 %).
# Changed for since.
def test_a_nineteenth_fresh_set_about_details_meets_the_bar(client, demo):
    assert len(UNSEEN_19) >= 40
    share, missed = share_answered(client, UNSEEN_19, "nineteenth fresh set")
    assert share >= BAR, "\n".join(missed)


# Written at the same time by people in the middle of a hard moment, and measured once before
# any change: 45 of 50 (90 %). Changed for since.
def test_a_twentieth_fresh_set_from_hard_moments_meets_the_bar(client, demo):
    assert len(UNSEEN_20) >= 40
    share, missed = share_answered(client, UNSEEN_20, "twentieth fresh set")
    assert share >= BAR, "\n".join(missed)


# Written after the changes made for the nineteenth and twentieth sets, as the issue's brief
# asks, and measured once before any change: 47 of 50 (94 %). Changed for since.
def test_a_twenty_first_fresh_set_as_the_brief_asks_meets_the_bar(client, demo):
    assert len(UNSEEN_21) >= 40
    share, missed = share_answered(client, UNSEEN_21, "twenty-first fresh set")
    assert share >= BAR, "\n".join(missed)


# Written at the same time, each from a passage picked at random, and measured once before any
# change: 42 of 50 (84 %). Changed for since.
def test_a_twenty_second_fresh_set_from_random_passages_meets_the_bar(client, demo):
    assert len(UNSEEN_22) >= 40
    share, missed = share_answered(client, UNSEEN_22, "twenty-second fresh set")
    assert share >= BAR, "\n".join(missed)


# Written after the changes made for the twenty-first and twenty-second sets, page by page in the
# brief's style, and measured once before any change: 45 of 50 (90 %). Changed for since.
def test_a_twenty_third_fresh_set_page_by_page_meets_the_bar(client, demo):
    assert len(UNSEEN_23) >= 40
    share, missed = share_answered(client, UNSEEN_23, "twenty-third fresh set")
    assert share >= BAR, "\n".join(missed)


# Written at the same time, topics in proportion to how often people ask, and measured once
# after the changes made for the twenty-third and before any made for it: 43 of 50 (86 %).
# Changed for since.
def test_a_twenty_fourth_fresh_set_in_proportion_to_what_people_ask_meets_the_bar(client, demo):
    assert len(UNSEEN_24) >= 40
    share, missed = share_answered(client, UNSEEN_24, "twenty-fourth fresh set")
    assert share >= BAR, "\n".join(missed)


# Written after the last change of this round and never tuned for: 42, 49, 47 and 48 of 50 when
# written, 186 of 200 (93 %) together. Each keeps its own floor (its first figure less one
# question), so a change that generalises worse fails here even if it helps the sets it was made
# for; together they must meet the bar.
UNTUNED = {
    "UNSEEN_25": (UNSEEN_25, 0.82),
    "UNSEEN_26": (UNSEEN_26, 0.96),
    "UNSEEN_27": (UNSEEN_27, 0.92),
    "UNSEEN_28": (UNSEEN_28, 0.94),
}


def test_sets_never_tuned_for_stay_at_their_first_figures_and_meet_the_bar_together(client, demo):
    answered = asked = 0
    for name, (questions, floor) in UNTUNED.items():
        assert len(questions) >= 40
        share, missed = share_answered(client, questions, f"never-tuned set {name}")
        assert share >= floor, "\n".join(missed)
        answered += len(questions) - len(missed)
        asked += len(questions)
    assert answered / asked >= BAR
