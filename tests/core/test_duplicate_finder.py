from datetime import date

import pytest

from crmdesk.core.duplicate_finder import LARGEST_GROUP, PartyKeys, find_duplicates
from crmdesk.core.enums import CustomerKind

ORG, PERSON = CustomerKind.ORGANIZATION, CustomerKind.INDIVIDUAL


def pairs_of(*parties):
    return {(p.first_id, p.second_id): p for p in find_duplicates(parties)}


def test_a_shared_phone_or_email_pairs_two_files_whatever_their_names():
    found = pairs_of(
        PartyKeys(1, "张三", PERSON, phones=("+8613800138000",)),
        PartyKeys(2, "Zhang San", PERSON, phones=("+8613800138000",)),
        PartyKeys(3, "星河贸易", ORG, email="Info@Xinghe.cn"),
        PartyKeys(4, "银河商行", ORG, email="info@xinghe.cn"),
        PartyKeys(5, "李四", PERSON, phones=("+8613900139000",)),
    )
    assert set(found) == {(1, 2), (3, 4)}
    assert found[1, 2].reasons == {"phone"}
    assert found[3, 4].reasons == {"email"}


def test_a_number_shared_by_many_files_is_a_switchboard_not_a_duplicate():
    parties = [
        PartyKeys(i, f"客户{i}", PERSON, phones=("+862088888888",))
        for i in range(LARGEST_GROUP + 1)
    ]
    assert find_duplicates(parties) == []


@pytest.mark.parametrize(
    "variant",
    ["華為技術有限公司", "华为技术(集团)股份有限公司", "华为技术 有限公司"],
)
def test_organisation_names_that_fold_to_the_same_key_are_duplicates(variant):
    found = pairs_of(PartyKeys(1, "华为技术有限公司", ORG), PartyKeys(2, variant, ORG))
    assert found[1, 2].reasons == {"name"}
    assert found[1, 2].score == 100


def test_similar_organisation_names_pair_with_their_ratio():
    found = pairs_of(
        PartyKeys(1, "深圳市星河贸易发展有限公司", ORG),
        PartyKeys(2, "深圳市星河贸易发展部有限公司", ORG),  # one character more
        PartyKeys(3, "深圳市银河电子有限公司", ORG),
    )
    assert set(found) == {(1, 2)}
    assert found[1, 2].reasons == {"similar name"}
    assert 90 <= found[1, 2].score < 100


def test_names_in_different_blocks_are_never_compared():
    found = pairs_of(PartyKeys(1, "星河贸易发展", ORG), PartyKeys(2, "河星贸易发展", ORG))
    assert found == {}


def test_people_need_a_name_and_a_birthday_or_region_in_common():
    born = date(1980, 5, 1)
    found = pairs_of(
        PartyKeys(1, "张伟", PERSON, birthday=born),
        PartyKeys(2, "張偉", PERSON, birthday=born),  # traditional characters
        PartyKeys(3, "张伟", PERSON, birthday=date(1990, 1, 1)),
        PartyKeys(4, "王芳", PERSON, region="广东"),
        PartyKeys(5, "王芳", PERSON, region="广东"),
        PartyKeys(6, "王芳", PERSON, region="北京"),
    )
    assert set(found) == {(1, 2), (4, 5)}


def test_strongest_pairs_come_first_and_reasons_add_up():
    found = find_duplicates(
        [
            PartyKeys(1, "深圳市星河贸易发展有限公司", ORG),
            PartyKeys(2, "深圳市星河贸易发展部有限公司", ORG),
            PartyKeys(3, "星光", ORG, phones=("+8675512345678",)),
            PartyKeys(4, "星光有限公司", ORG, phones=("+8675512345678",)),
        ]
    )
    assert [(p.first_id, p.second_id) for p in found] == [(3, 4), (1, 2)]
    assert found[0].reasons == {"phone", "name"}


def test_progress_reaches_the_end_and_can_cancel():
    seen = []
    find_duplicates(
        [PartyKeys(1, "星河", ORG), PartyKeys(2, "银河", ORG)], lambda d, t: seen.append((d, t))
    )
    assert seen[-1] == (2, 2)

    def cancel(done, total):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        find_duplicates([PartyKeys(1, "星河", ORG)], cancel)


def test_a_similar_ratio_from_a_long_shared_word_is_not_enough():
    found = pairs_of(
        PartyKeys(1, "Martin Manufacturing Holdings", ORG),
        PartyKeys(2, "Manning Manufacturing Holdings", ORG),
    )
    assert found == {}
