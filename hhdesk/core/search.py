"""Full-text search over candidates: names, titles, companies, city, contact details, skills, resume text.

On SQLite the index is an FTS5 table ``candidate_fts`` (rowid = candidate id) filled with text that is
tokenised here, in Python: the ``unicode61`` tokenizer would keep a whole Chinese run as one token and
the ``trigram`` tokenizer never matches 2-character words (销售, 张伟), so CJK runs are split into
overlapping 2-character tokens and Latin text into lower-cased words. Queries go through the same
tokeniser and are rebuilt as FTS5 syntax from quoted terms only, so nothing the user types can be read
as an operator. On other databases (PostgreSQL) the same search falls back to ``ILIKE``.

The table stores its content (not ``content=''``): SQLite 3.40 cannot delete from a contentless table
without the exact old text, and a regular table lets any writer re-index a candidate by id alone.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence

import sqlalchemy as sa
from sqlalchemy import Connection, Engine, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from hhdesk.core.db.models import Candidate, CandidateSkill, ResumeFile, ResumeText
from hhdesk.core.skills import default_vocabulary

FTS_TABLE = "candidate_fts"
# FTS5 keeps "c++" and "c#" whole when "+" and "#" are token characters.
FTS_TOKENIZER = "unicode61 remove_diacritics 2 tokenchars '+#'"
FTS_COLUMNS = ("name", "headline", "skills", "body")
# bm25 weights per column: a hit in the name outweighs one in a 3 KB resume.
FTS_WEIGHTS = "10.0, 4.0, 4.0, 1.0"
FTS_RANK = f"bm25({FTS_WEIGHTS})"
HEAD_COLUMNS = "{name headline skills}"
MAX_QUERY_TERMS = 32
_BATCH = 500

# Han (with extensions and compatibility ideographs), kana, bopomofo, Hangul: scripts written without spaces.
_CJK = ("\u3041-\u3096\u309d-\u309f\u30a1-\u30fa\u30fc-\u30ff\u3105-\u312f\u3400-\u4dbf\u4e00-\u9fff"
        "\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003134f")
_RUN = re.compile(f"([{_CJK}]+)|([^\\W_{_CJK}]+(?:\\+\\+|#)?)")

fts_table = sa.table(FTS_TABLE, sa.column("rowid"), sa.column("rank"))


# -- tokenising ----------------------------------------------------------------------------------------
def _runs(text: str) -> Iterator[tuple[bool, str]]:
    """(is_cjk, run) pairs of ``text`` after NFKC (full-width → half-width) and case folding."""
    for match in _RUN.finditer(unicodedata.normalize("NFKC", text).casefold()):
        cjk, word = match.groups()
        yield (True, cjk) if cjk else (False, word)


def _bigrams(run: str) -> list[str]:
    return [run] if len(run) == 1 else [run[i:i + 2] for i in range(len(run) - 1)]


def tokenize(text: str) -> list[str]:
    """Search tokens of ``text``: CJK runs as overlapping 2-character tokens, other words lower-cased.

    >>> tokenize("销售经理 Python")
    ['销售', '售经', '经理', 'python']
    """
    tokens: list[str] = []
    for cjk, run in _runs(text):
        if cjk:
            tokens.extend(_bigrams(run))
        else:
            tokens.append(run)
    return tokens


def index_text(text: str) -> str:
    """The text stored in the index: the tokens, plus the last character of each CJK run.

    The extra single character lets a one-character query (伟, a prefix query) find the end of a run (张伟):
    every other character of a run already starts a 2-character token.
    """
    tokens: list[str] = []
    for cjk, run in _runs(text):
        if cjk:
            tokens.extend(_bigrams(run))
            if len(run) > 1:
                tokens.append(run[-1])
        else:
            tokens.append(run)
    return " ".join(tokens)


def match_query(text: str) -> str | None:
    """Safe FTS5 MATCH syntax for what the user typed, or None when it holds nothing searchable.

    Every term is double-quoted (so ``AND``, ``NEAR``, ``*``, ``-``, ``"`` are plain text), words and single
    CJK characters are prefix queries, 2-character CJK tokens are exact, and all terms must match.
    """
    terms: list[str] = []
    for cjk, run in _runs(text):
        for token in _bigrams(run) if cjk else [run]:
            quoted = '"' + token.replace('"', '""') + '"'
            term = quoted if cjk and len(token) == 2 else quoted + "*"
            if term not in terms:
                terms.append(term)
    return " AND ".join(terms[:MAX_QUERY_TERMS]) or None


def _like_words(text: str) -> list[str]:
    words = unicodedata.normalize("NFKC", text).split()
    return list(dict.fromkeys(w for w in words if any(ch.isalnum() for ch in w)))[:MAX_QUERY_TERMS]


# -- where the index lives -------------------------------------------------------------------------------
_SEARCH_TABLE = re.compile(r".+_fts(?:_(?:data|idx|content|docsize|config))?")


def is_search_table(name: str | None) -> bool:
    """True for an FTS table and the shadow tables FTS5 keeps beside it: Alembic must leave them alone."""
    return bool(name) and _SEARCH_TABLE.fullmatch(name or "") is not None


def _connection(target: Session | Connection) -> Connection:
    return target.connection() if isinstance(target, Session) else target


def has_index(conn: Connection) -> bool:
    """True when ``conn`` is SQLite and the FTS table exists (created by migration 0003)."""
    if conn.dialect.name != "sqlite":
        return False
    found = conn.execute(sa.text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :n"),
                         {"n": FTS_TABLE}).first()
    return found is not None


def create_index(conn: Connection) -> None:
    """Create the FTS table on SQLite (nothing elsewhere); the caller fills it (``reindex_all``)."""
    if conn.dialect.name != "sqlite":
        return
    columns = ", ".join(FTS_COLUMNS)
    conn.exec_driver_sql(f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5({columns}, "
                         f"tokenize=\"{FTS_TOKENIZER}\")")
    conn.exec_driver_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES ('rank', '{FTS_RANK}')")


def drop_index(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {FTS_TABLE}")


# -- keeping it current -----------------------------------------------------------------------------------
def _documents(conn: Connection, ids: Sequence[int]) -> Iterator[tuple[int, str, str, str, str]]:
    """(id, name, headline, skills, body) index rows for the candidates in ``ids`` that exist."""
    c = Candidate.__table__.c
    people = conn.execute(select(c.id, c.full_name, c.current_title, c.current_company, c.city, c.email,
                                 c.phone).where(c.id.in_(ids))).all()
    skills: dict[int, list[str]] = {}
    vocabulary = default_vocabulary()  # "Supply Chain Management" is also found as 供应链 and scm
    for cid, skill in conn.execute(select(CandidateSkill.candidate_id, CandidateSkill.skill)
                                   .where(CandidateSkill.candidate_id.in_(ids))):
        skills.setdefault(cid, []).extend((skill, *vocabulary.spellings(skill)))
    bodies: dict[int, list[str]] = {}
    for cid, text in conn.execute(select(ResumeFile.candidate_id, ResumeText.text)
                                  .join(ResumeText, ResumeText.resume_file_id == ResumeFile.id)
                                  .where(ResumeFile.candidate_id.in_(ids)).order_by(ResumeFile.id)):
        bodies.setdefault(cid, []).append(text or "")
    for cid, name, title, company, city, email, phone in people:
        digits = "".join(ch for ch in phone or "" if ch.isdigit())
        headline = " ".join(x or "" for x in (title, company, city, email, phone, digits))
        yield (cid, index_text(name or ""), index_text(headline), index_text(" ; ".join(skills.get(cid, []))),
               index_text("\n".join(bodies.get(cid, []))))


def id_batches(ids: Iterable[int], size: int = _BATCH) -> Iterator[list[int]]:
    """``ids`` in lists of at most ``size``: statements stay within the database's limit of bound values."""
    batch: list[int] = []
    for cid in ids:
        batch.append(int(cid))
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _delete(conn: Connection, ids: list[int]) -> None:
    conn.execute(sa.text(f"DELETE FROM {FTS_TABLE} WHERE rowid = :id"), [{"id": i} for i in ids])


def _insert(conn: Connection, ids: list[int]) -> None:
    rows = [dict(zip(("id", *FTS_COLUMNS), doc, strict=True)) for doc in _documents(conn, ids)]
    if rows:
        conn.execute(sa.text(f"INSERT INTO {FTS_TABLE}(rowid, {', '.join(FTS_COLUMNS)}) "
                             f"VALUES (:id, {', '.join(':' + n for n in FTS_COLUMNS)})"), rows)


def index_candidates(target: Session | Connection, ids: Iterable[int]) -> None:
    """(Re-)index these candidates from what the database holds now, in the caller's transaction.

    Call it after a change is flushed; ids that no longer exist are removed from the index. A no-op on
    databases without the FTS table.
    """
    conn = _connection(target)
    if not has_index(conn):
        return
    for batch in id_batches(ids):
        _delete(conn, batch)
        _insert(conn, batch)


def remove_candidates(target: Session | Connection, ids: Iterable[int]) -> None:
    """Drop these candidates from the index (in the caller's transaction)."""
    conn = _connection(target)
    if not has_index(conn):
        return
    for batch in id_batches(ids):
        _delete(conn, batch)


def reindex_all(conn: Connection) -> int:
    """Empty the index and fill it from every candidate, in the caller's transaction; returns the count."""
    if not has_index(conn):
        return 0
    conn.exec_driver_sql(f"DELETE FROM {FTS_TABLE}")
    ids = conn.execute(select(Candidate.id).order_by(Candidate.id)).scalars().all()
    for batch in id_batches(ids):
        _insert(conn, batch)
    conn.exec_driver_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('optimize')")
    return len(ids)


def rebuild_index(engine: Engine) -> int:
    """Rebuild the whole index in one transaction (after a bulk load or an import); returns the count."""
    with engine.begin() as conn:
        return reindex_all(conn)


# -- querying --------------------------------------------------------------------------------------------
def fts_matches(query: str) -> sa.Subquery:
    """A subquery of (id, score) for an FTS5 MATCH expression built by ``match_query``; lower is better.

    ``bm25()`` with the weights written out is ~30% faster per row than the configured ``rank`` column.
    """
    score = sa.literal_column(f"bm25({FTS_TABLE}, {FTS_WEIGHTS})")
    return (select(fts_table.c.rowid.label("id"), score.label("score"))
            .where(sa.text(f"{FTS_TABLE} MATCH :fts_query").bindparams(fts_query=query))
            .subquery("fts"))


def ranked_tiers(query: str) -> tuple[str, str]:
    """The query split in two: hits in name, title, company, city, contact or skills; then resume-only hits.

    Ranking every hit of a word found in most resumes costs ~1 µs a row (100 ms at 100k); hits in the
    short columns are fewer, rank first anyway, and usually fill the first page on their own.
    """
    head = f"{HEAD_COLUMNS} : ({query})"
    return head, f"({query}) NOT ({head})"


def like_condition(text: str) -> ColumnElement[bool] | None:
    """The fallback for databases without FTS: every word typed is in some searched column (``ILIKE``)."""
    words = _like_words(text)
    if not words:
        return None
    c = Candidate.__table__.c
    conditions = []
    for word in words:
        pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        skill = (select(CandidateSkill.id).where(CandidateSkill.candidate_id == c.id,
                                                 CandidateSkill.skill.ilike(pattern, escape="\\")))
        resume = (select(ResumeFile.id).join(ResumeText, ResumeText.resume_file_id == ResumeFile.id)
                  .where(ResumeFile.candidate_id == c.id, ResumeText.text.ilike(pattern, escape="\\")))
        conditions.append(sa.or_(*(col.ilike(pattern, escape="\\") for col in (
            c.full_name, c.current_title, c.current_company, c.city, c.email, c.phone)),
            skill.exists(), resume.exists()))
    return sa.and_(*conditions)
