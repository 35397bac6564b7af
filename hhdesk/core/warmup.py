"""Load the heavy, rarely changing parts of the resume reader once, right after start-up.

The first use of pypinyin (a multi-megabyte dictionary unmarshalled in one go), the phone metadata and the
skill vocabulary's patterns each hold the interpreter for a long moment. Done on first import, that froze
the window for ~200 ms in the middle of a batch; done here, it happens while the window has just opened.
"""

from __future__ import annotations


def warm_up() -> None:
    """Import and exercise the slow-to-load pieces of resume import and duplicate detection."""
    from hhdesk.core.duplicates import name_key
    from hhdesk.core.parsing import resume_parser  # noqa: F401 - the parsing modules and pdfminer/docx2python
    from hhdesk.core.parsing.contact_fields import find_email, find_phone
    from hhdesk.core.skills import default_vocabulary

    name_key("王伟")
    find_phone("138-0013-8000", "CN")
    find_email("warm.up@example.com")
    default_vocabulary().suggest("Python 机器学习")
