"""A person already in the database is recognised: e-mail, phone, or name (characters or pinyin) + company."""

from __future__ import annotations

import pytest

from hhdesk.core.duplicates import DuplicateService, PersonKey, name_key, phone_key
from hhdesk.core.records import CandidateInput
from hhdesk.core.services import Services


@pytest.mark.parametrize("a, b", [("王伟", "Wang Wei"), ("王伟", "Wei Wang"), ("王 伟", "WANG wei"),
                                  ("Mary-Jane Chen", "chen mary jane"), ("Ｍａｒｙ Ｃｈｅｎ", "Mary Chen")])
def test_same_name_keys(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize("a, b", [("王伟", "汪伟"), ("Mary Chen", "Mary Cheng"), ("李娜", "李娜娜")])
def test_different_name_keys(a: str, b: str) -> None:
    # 汪 and 王 share their pinyin: that is deliberate (a possible duplicate for the user to judge).
    assert (name_key(a) == name_key(b)) is ((a, b) == ("王伟", "汪伟"))


@pytest.mark.parametrize("phone, key", [("+86 138 0013 8000", "13800138000"), ("138-0013-8000", "13800138000"),
                                        ("(555) 123-4567", "5551234567"), ("12345", "")])
def test_phone_key(phone: str, key: str) -> None:
    assert phone_key(phone) == key


def test_find_duplicates(services: Services) -> None:
    wang = services.candidates.save(CandidateInput(full_name="王伟", email="wang.wei@example.cn",
                                                   phone="+86 138 0013 8000", current_company="星河金融科技有限公司"))
    other = services.candidates.save(CandidateInput(full_name="Wang Wei", current_company="Acme"))
    finder = DuplicateService(services.sessions)
    by_mail = finder.find(PersonKey(full_name="W. Wang", email="WANG.WEI@example.cn"))
    assert [(m.candidate_id, m.reasons) for m in by_mail] == [(wang.id, ("email",))]
    by_phone = finder.find(PersonKey(phone="13800138000"))
    assert [m.candidate_id for m in by_phone] == [wang.id] and by_phone[0].strong
    by_name = finder.find(PersonKey(full_name="Wei Wang", company="星河金融科技"))
    assert [(m.candidate_id, m.reasons) for m in by_name] == [(wang.id, ("name_company",)), (other.id, ("name",))]
    assert by_name[0].strong and not by_name[1].strong
    assert finder.find(PersonKey(full_name="Li Lei", email="li@example.com", phone="+1 555 0100")) == []
    assert finder.find(PersonKey(email="wang.wei@example.cn"), exclude_id=wang.id) == []
