"""The skill vocabulary as the user sees it: the shipped list plus the aliases and skills they added."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from hhdesk.core.db.models import SkillAlias
from hhdesk.core.i18n import QT_TRANSLATE_NOOP, msg
from hhdesk.core.records import ValidationError
from hhdesk.core.skills import SkillVocabulary, clean, default_vocabulary

MAX_LENGTH = 120  # the width of skill_alias.alias and skill_alias.canonical


class SkillService:
    """Reads and extends the skill vocabulary; user additions live in the ``skill_alias`` table."""

    def __init__(self, session_factory: sessionmaker[Session], shipped: SkillVocabulary | None = None) -> None:
        """``shipped`` defaults to the vocabulary in ``resources/skills``."""
        self._sessions = session_factory
        self._shipped = shipped or default_vocabulary()
        self._cached: SkillVocabulary | None = None

    def vocabulary(self) -> SkillVocabulary:
        """The shipped vocabulary with the user's aliases; cached until :meth:`add_alias` changes it."""
        if self._cached is None:
            self._cached = self._shipped.with_user_aliases(self.user_aliases())
        return self._cached

    def user_aliases(self) -> list[tuple[str, str]]:
        """The user's ``(alias, canonical)`` pairs, oldest first."""
        with self._sessions() as s:
            rows = s.execute(select(SkillAlias.alias, SkillAlias.canonical).order_by(SkillAlias.id)).all()
        return [(alias, canonical) for alias, canonical in rows]

    def add_alias(self, alias: str, canonical: str) -> None:
        """Teach the vocabulary that ``alias`` means ``canonical``; a canonical not known yet is a new skill.

        Raises ValidationError (field ``alias`` or ``canonical``) when either is empty or too long, or when
        ``alias`` already names a different skill. Adding a spelling the skill already has does nothing.
        """
        alias, canonical = clean(alias), clean(canonical)
        if not alias:
            raise ValidationError("alias", msg(QT_TRANSLATE_NOOP("Core", "Enter the alias.")))
        if not canonical:
            raise ValidationError("canonical", msg(QT_TRANSLATE_NOOP("Core", "Enter the skill the alias stands for.")))
        for field_name, value in (("alias", alias), ("canonical", canonical)):
            if len(value) > MAX_LENGTH:
                raise ValidationError(field_name, msg(
                    QT_TRANSLATE_NOOP("Core", "At most {limit} characters."), limit=MAX_LENGTH))
        vocabulary = self.vocabulary()
        target = vocabulary.exact(canonical) or canonical
        owner = vocabulary.exact(alias)
        if owner == target:
            return  # already a spelling of this very skill
        if owner is not None:
            raise ValidationError("alias", msg(
                QT_TRANSLATE_NOOP("Core", "“{alias}” already stands for {owner}."), alias=alias, owner=owner))
        with self._sessions.begin() as s:
            s.add(SkillAlias(alias=alias, canonical=target))
        self._cached = None
