"""Messages of the core: English text that is a plain str, and still knows its template and arguments so the
window can translate it (hhdesk/ui/formatting.core_text)."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from hhdesk.core.i18n import QT_TRANSLATE_NOOP, Message, msg
from hhdesk.core.money import SalaryParseError, parse_salary
from hhdesk.core.records import ValidationError
from hhdesk.core.services.candidates import parse_for_import


def test_a_message_is_its_english_text() -> None:
    message = msg(QT_TRANSLATE_NOOP("Core", "Notice period must be {low} to {high} days."), low=0, high=365)
    assert isinstance(message, str) and isinstance(message, Message)
    assert message == "Notice period must be 0 to 365 days."
    assert str(message) == "Notice period must be 0 to 365 days." and type(str(message)) is str
    assert f"{message}" == "Notice period must be 0 to 365 days."
    assert message.template == "Notice period must be {low} to {high} days."
    assert message.args == {"low": 0, "high": 365}
    assert message.startswith("Notice") and len(message) == len("Notice period must be 0 to 365 days.")


def test_a_message_without_arguments_and_with_a_conversion() -> None:
    plain = msg("Enter the alias.")
    assert plain == "Enter the alias." and plain.template == "Enter the alias." and plain.args == {}
    quoted = msg("{name!r} is listed twice.", name="Java")
    assert quoted == "'Java' is listed twice." and quoted.args == {"name": "Java"}


def test_the_noop_marker_returns_the_text() -> None:
    assert QT_TRANSLATE_NOOP("Core", "same phone") == "same phone"


def test_a_message_survives_pickling() -> None:  # import failures come back from worker processes
    message = pickle.loads(pickle.dumps(msg("file is larger than {megabytes} MB", megabytes=20)))
    assert isinstance(message, Message) and message == "file is larger than 20 MB"
    assert message.template == "file is larger than {megabytes} MB" and message.args == {"megabytes": 20}


def test_core_errors_carry_messages() -> None:
    with pytest.raises(SalaryParseError) as raised:
        parse_salary("abc")
    text = raised.value.args[0]
    assert isinstance(text, Message) and str(raised.value) == text
    assert text.template.startswith("“{text}” is not a salary") and text.args == {"text": "abc"}
    error = ValidationError("notice_days", msg("Notice period must be 0 to 365 days."))
    assert isinstance(error.message, Message) and str(error) == "Notice period must be 0 to 365 days."


def test_an_import_failure_reason_is_a_message(tmp_path: Path) -> None:
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    reason = parse_for_import(empty, "CN")
    assert isinstance(reason, Message) and reason == "file is empty"
