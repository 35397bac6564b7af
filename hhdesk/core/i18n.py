"""Messages of the core the window translates, without the core importing Qt.

The core writes its user-facing messages in English with :func:`msg`; the result is a :class:`Message`, a
plain ``str`` holding the English text (so code, logs and tests that compare text keep working) that also
remembers the template and its arguments. The window (``hhdesk.ui.formatting.core_text``) looks the template
up in the "Core" context of the translation and fills the arguments in. ``QT_TRANSLATE_NOOP`` marks the
template for ``pyside6-lupdate`` (which finds it by name), see ``scripts/update_translations.py``.
"""

from __future__ import annotations

CONTEXT = "Core"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` as a message of ``context`` for lupdate; returns it unchanged."""
    return text


class Message(str):
    """English text (a str, so existing code and tests keep working) that remembers its template and arguments.

    The template uses ``{name}`` placeholders filled from ``args`` with :meth:`str.format`."""

    template: str
    args: dict[str, object]

    def __new__(cls, template: str, args: dict[str, object] | None = None) -> Message:
        args = dict(args or {})
        self = super().__new__(cls, template.format(**args))
        self.template = template
        self.args = args
        return self

    def __getnewargs__(self) -> tuple[str, dict[str, object]]:  # pickled across worker processes
        return self.template, self.args


def msg(template: str, **args: object) -> Message:
    """The English ``template`` with ``args`` filled in, as a :class:`Message` that can be translated later."""
    return Message(template, args)
