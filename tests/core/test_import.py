"""Importing resumes: every field read is stored, the person already known gets the file, doubts are kept."""

from __future__ import annotations

from pathlib import Path

from hhdesk.core.records import CandidateInput
from hhdesk.core.services import Services
from hhdesk.core.services.candidate_list import CandidateFilter

RESUME = """张伟
现居：上海
邮箱：zhang.wei@example.cn  电话：138-0013-8000

工作经历
星河金融科技有限公司 | 高级后端工程师 | 2021.03 - 至今
澜汇支付 | 后端工程师 | 2019.01 - 2020.06
北辰软件 | 开发工程师 | 2018.01 - 2018.08

教育背景
2014.09 - 2018.06 复旦大学 计算机科学与技术 本科

技能
Python, Kubernetes, MySQL, Redis
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_every_field_and_the_doubts_are_stored(services: Services, tmp_path: Path) -> None:
    outcome = services.candidates.import_resume(write(tmp_path, "zw.txt", RESUME))
    assert outcome.status == "created"
    record = services.candidates.get(outcome.candidate_id)
    assert (record.full_name, record.email, record.city) == ("张伟", "zhang.wei@example.cn", "上海")
    assert (record.current_title, record.current_company) == ("高级后端工程师", "星河金融科技有限公司")
    assert record.education_level == "bachelor"
    assert {"Python", "Kubernetes", "MySQL", "Redis"} <= set(record.skills)
    assert record.years_experience is not None and record.years_experience > 6
    kinds = {d.kind for d in record.doubts}
    assert "gap" in kinds and "short_tenure" in kinds  # 2018.08 → 2019.01, and eight months at 北辰
    found = services.candidate_list.query(CandidateFilter(text="星河"))  # searchable at once
    assert [c.full_name for c in services.candidate_list.rows(found)] == ["张伟"]


def test_a_known_person_gets_the_new_resume_not_a_second_profile(services: Services, tmp_path: Path) -> None:
    known = services.candidates.save(CandidateInput(full_name="Zhang Wei", email="ZHANG.WEI@example.cn",
                                                    city="Shanghai"))
    outcome = services.candidates.import_resume(write(tmp_path, "zw.txt", RESUME))
    assert (outcome.status, outcome.candidate_id) == ("attached", known.id)
    assert "same e-mail" in outcome.message
    record = services.candidates.get(known.id)
    assert record.full_name == "Zhang Wei" and record.city == "Shanghai"  # confirmed fields stay as they were
    assert record.current_company == "星河金融科技有限公司"  # empty ones are filled from the resume
    assert len(record.resumes) == 1 and services.candidates.count() == 1


def test_a_drop_on_an_open_candidate_attaches_the_file(services: Services, tmp_path: Path) -> None:
    other = services.candidates.save(CandidateInput(full_name="Li Na"))
    outcome = services.candidates.import_resume(write(tmp_path, "cv.txt", "Li Na\nli.na@example.com\n"),
                                                attach_to=other.id)
    assert (outcome.status, outcome.candidate_id) == ("attached", other.id)
    assert services.candidates.get(other.id).email == "li.na@example.com"


def test_an_automatic_attach_can_be_undone(services: Services, tmp_path: Path) -> None:
    known = services.candidates.save(CandidateInput(full_name="Zhang Wei", email="zhang.wei@example.cn"))
    outcome = services.candidates.import_resume(write(tmp_path, "zw.txt", RESUME))
    assert outcome.status == "attached"
    resume_id = services.candidates.get(known.id).resumes[0].id
    separate = services.candidates.separate_resume(known.id, resume_id)
    assert separate.status == "created" and separate.candidate_id != known.id
    assert services.candidates.get(known.id).resumes == ()
    moved = services.candidates.get(separate.candidate_id)
    assert moved.full_name == "张伟" and [r.id for r in moved.resumes] == [resume_id]
    assert services.candidates.count() == 2
