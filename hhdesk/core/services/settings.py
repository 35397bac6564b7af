"""Agency settings kept in the database, so a shared server shares them too."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from hhdesk.core.db.models import Setting

DEFAULTS = {
    "agency_name": "My Search Agency",
    "consultant_name": "",
    # Report branding: one contact line ("+86 21 5555 0100 · hello@agency.cn · agency.cn"), a logo image
    # (a path in the data folder) and the colour of headings and rules ("#1F3A5F").
    "agency_contact": "",
    "agency_logo": "",
    "brand_colour": "#1F3A5F",
    "phone_region": "CN",
    "report_language": "",  # "" = the language of the window; else en | zh
}


class SettingsService:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sessions = session_factory

    def all(self) -> dict[str, str]:
        """Every setting, defaults filled in."""
        with self._sessions() as s:
            stored = {row.key: row.value for row in s.scalars(select(Setting))}
        return {**DEFAULTS, **stored}

    def get(self, key: str) -> str:
        return self.all().get(key, "")

    def set(self, values: dict[str, str]) -> None:
        with self._sessions.begin() as s:
            for key, value in values.items():
                row = s.get(Setting, key) or Setting(key=key)
                row.value = value
                s.add(row)
