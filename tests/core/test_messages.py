import pickle

import pytest

from crmdesk.core.contact_info import normalize_phone
from crmdesk.core.messages import Message, fill


def test_a_message_reads_as_its_english_text_and_keeps_its_template():
    message = Message("%1 is also the code of row %2", "C001", 12)
    assert message == "C001 is also the code of row 12"
    assert (message.template, message.args) == ("%1 is also the code of row %2", ("C001", 12))


def test_places_from_ten_up_are_not_taken_for_place_one():
    values = [str(n) for n in range(1, 11)]
    assert fill("%10 after %1", values) == "10 after 1"
    assert fill("%10", ["one"]) == "one0"  # with one value, %10 is %1 then a 0


def test_a_value_holding_a_place_is_not_filled_again():
    assert Message("%1 is also the code of row %2", "C1", "'%1'") == (
        "C1 is also the code of row '%1'"
    )


def test_an_error_raised_with_a_message_gives_the_message_back():
    with pytest.raises(ValueError) as raised:
        normalize_phone("12345")
    said = str(raised.value)
    assert isinstance(said, Message)
    assert said.template == "%1 is not a valid phone number" and said.args == ("'12345'",)


def test_a_message_survives_pickling():
    message = pickle.loads(pickle.dumps(Message("same %1 as row %2", "code", 3)))
    assert message == "same code as row 3" and message.args == ("code", 3)
