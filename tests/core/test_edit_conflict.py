"""Three-way resolution of two edits of the same customer, by hand."""

from dataclasses import replace

from crmdesk.core.customer import Customer, changed_fields
from crmdesk.core.edit_conflict import Clash, EditConflict

ORIGINAL = Customer(id=1, version=1, name="赵六", region="上海", notes="", website=None)


def conflict(yours: Customer, theirs: Customer) -> EditConflict:
    return EditConflict(ORIGINAL, yours, theirs, "李娜", None, changed_fields)


def test_only_fields_both_changed_differently_clash():
    yours = replace(ORIGINAL, notes="mine", website="zl.example.com", region="北京")
    theirs = replace(ORIGINAL, version=2, notes="theirs", region="北京", name="赵六公司")
    assert conflict(yours, theirs).clashes() == [Clash("notes", "theirs", "mine")]


def test_the_resolution_keeps_both_sides_and_the_chosen_clashes():
    yours = replace(ORIGINAL, notes="mine", website="zl.example.com")
    theirs = replace(ORIGINAL, version=2, notes="theirs", name="赵六公司")
    kept_theirs = conflict(yours, theirs).resolved(set())
    assert (kept_theirs.notes, kept_theirs.website, kept_theirs.name) == (
        "theirs",
        "zl.example.com",
        "赵六公司",
    )
    assert kept_theirs.version == 2  # saved over their version, not the stale one
    assert conflict(yours, theirs).resolved({"notes"}).notes == "mine"
