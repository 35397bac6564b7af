"""The submission ledger: every saved report is recorded; sending the same person to a client again is
known before it happens; previews record nothing."""

from __future__ import annotations

from pathlib import Path

from test_services import make_candidate, make_company, make_position

from hhdesk.core.records import ReportOptions
from hhdesk.core.services import Services


def test_saving_records_a_submission_and_previews_do_not(services: Services, tmp_path: Path) -> None:
    company = make_company(services)
    backend, data = make_position(services, company), make_position(services, company, title="Data Engineer")
    other_client = make_position(services, make_company(services, "Globex"), title="Architect")
    cid = make_candidate(services)
    pdf = services.reports.render_bytes(cid, backend, ReportOptions())
    assert pdf.startswith(b"%PDF") and services.reports.submissions() == []
    assert services.reports.earlier_submissions(cid, data) == []

    out = tmp_path / "r.pdf"
    sent = services.reports.save(cid, backend, out, ReportOptions(lang="zh", anonymous=True))
    assert out.read_bytes().startswith(b"%PDF") and not list(tmp_path.glob(".*.part"))
    assert (sent.candidate_id, sent.position_id, sent.company_name, sent.anonymous, sent.lang) == (
        cid, backend, "Acme Robotics", True, "zh")
    assert services.pipeline.stage(cid, backend) == "recommended"
    # The same person to the same client, for another position: known; to another client: not.
    assert [s.id for s in services.reports.earlier_submissions(cid, data)] == [sent.id]
    assert services.reports.earlier_submissions(cid, other_client) == []
    assert [s.id for s in services.reports.submissions(cid)] == [sent.id]
    assert any(e.kind == "report" for e in services.timeline.timeline(cid))


def test_suggested_file_names(services: Services) -> None:
    pid = make_position(services, make_company(services), title='Lead / "Platform" Engineer')
    cid = make_candidate(services, "Maria: Gonzalez")
    named = services.reports.suggested_file_name(cid, pid, ReportOptions())
    anonymous = services.reports.suggested_file_name(cid, pid, ReportOptions(anonymous=True, lang="zh"))
    assert named == "Recommendation - Maria Gonzalez - Lead Platform Engineer.pdf"
    assert anonymous == f"推荐报告 - Candidate HH-{cid:04d} - Lead Platform Engineer.pdf"
    assert "Maria" not in anonymous
