"""Search as staff type it, on both databases."""

from dataclasses import replace

import pytest
from sqlalchemy import func, select, text

from crmdesk.core.customer import Customer
from crmdesk.core.enums import CustomerKind
from crmdesk.core.listing import ListQuery
from crmdesk.storage import bulk, customers, search
from crmdesk.storage.gram_index import GramFts
from crmdesk.storage.models import Contact, SearchGram
from crmdesk.storage.models import Customer as CustomerRow


@pytest.fixture
def filed(services):
    create = services.customers.create
    create(Customer(name="张三", mobile="13800138000", email="zhangsan@qq.com"))
    create(Customer(kind=CustomerKind.ORGANIZATION, name="华为技术有限公司", phone="010-12345678"))
    create(Customer(name="Acme Trading Ltd", email="info@acme.example"))
    create(Customer(name="王伟"))
    return services


def names(services, term):
    return sorted(r.name for r in services.customers.page(ListQuery(search=term), 0, 50))


def stored_grams(services) -> list[tuple[str, int]]:
    """Every (gram, customer id) in the gram index, read back from its storage: the
    tokens of SQLite's FTS5 table through fts5vocab, PostgreSQL's table as it is."""
    with services.context.db.write() as session:
        if session.get_bind().dialect.name != "sqlite":
            return sorted(session.execute(select(SearchGram.gram, SearchGram.customer_id)).all())
        session.execute(
            text(
                "CREATE VIRTUAL TABLE IF NOT EXISTS temp.gram_vocab"
                f" USING fts5vocab(main, {GramFts.TABLE}, instance)"
            )
        )
        rows = session.execute(text("SELECT term, doc FROM temp.gram_vocab")).all()
    return sorted((bytes.fromhex(term).decode(), customer_id) for term, customer_id in rows)


def grams_of(services, customer_id: int) -> list[str]:
    return [gram for gram, owner in stored_grams(services) if owner == customer_id]


@pytest.mark.parametrize(
    ("term", "expected"),
    [
        ("张三", ["张三"]),  # two characters: the grams
        ("华为技术", ["华为技术有限公司"]),  # 3+: the trigram index
        ("zhangsan", ["张三"]),
        ("zs", ["张三"]),
        ("hwjs", ["华为技术有限公司"]),
        ("1380013", ["张三"]),
        ("138 0013 8000", ["张三"]),
        ("010-1234", ["华为技术有限公司"]),
        ("acme", ["Acme Trading Ltd"]),
        ("ACME TRAD", ["Acme Trading Ltd"]),
        ("C000002", ["华为技术有限公司"]),
        ("qq.com", ["张三"]),
        ("不存在的客户", []),
        ('"', []),
        ("%", []),
        ("张三 OR 王伟", []),  # FTS5 operators are plain text here
        ("acme*", []),
        ("NEAR(acme", []),
    ],
)
def test_search_finds_what_staff_type(filed, term, expected):
    assert names(filed, term) == expected


def test_edits_reach_the_search(filed):
    (row,) = filed.customers.page(ListQuery(search="王伟"), 0, 1)
    customer = filed.customers.get(row.id)
    filed.customers.update(replace(customer, name="王伟强", mobile="13912345678"))
    assert names(filed, "13912345678") == ["王伟强"]
    assert names(filed, "wangweiqiang") == ["王伟强"]


def test_contact_names_find_their_customer(services):
    services.demo.populate(20, seed=5)
    with services.context.db.read() as session:
        contact_name, customer_id = session.execute(
            select(Contact.name, Contact.customer_id).limit(1)
        ).one()
        customer_name = session.scalar(
            select(CustomerRow.name).where(CustomerRow.id == customer_id)
        )
    assert customer_name in names(services, contact_name)


def test_demo_customers_are_found_through_the_trigram_index(services):
    services.demo.populate(30, seed=6)
    with services.context.db.read() as session:
        long_names = session.scalars(
            select(CustomerRow.name).where(func.length(CustomerRow.name) >= 6)
        ).all()
    assert long_names
    for name in long_names[:5]:
        assert name in names(services, name[1:5])


@pytest.mark.parametrize(
    ("term", "expected"),
    [
        ("张", ["张三"]),
        ("伟", ["王伟"]),
        ("w", ["华为技术有限公司", "王伟"]),  # initials hwjsyxgs and ww
        ("Ｗ", ["华为技术有限公司", "王伟"]),  # full width, as an IME may type it
        ("公司", ["华为技术有限公司"]),
        ("zs", ["张三"]),
        ("02", ["华为技术有限公司"]),  # its code, C000002
        ("三王", []),  # grams never span two words
    ],
)
def test_short_terms_match_pieces_of_names_and_initials(filed, term, expected):
    assert names(filed, term) == expected


def test_renaming_replaces_the_short_keys(filed):
    (row,) = filed.customers.page(ListQuery(search="王伟"), 0, 1)
    customer = filed.customers.get(row.id)
    filed.customers.update(replace(customer, name="李强"))
    assert names(filed, "伟") == []
    assert names(filed, "李") == ["李强"]
    code = row.code.lower()
    pieces = {"李", "强", "李强", "l", "q", "lq"} | set(code) | {code[i : i + 2] for i in range(6)}
    assert grams_of(filed, row.id) == sorted(pieces)


def test_a_purged_customer_leaves_no_grams(filed):
    (row,) = filed.customers.page(ListQuery(search="王伟"), 0, 1)
    filed.customers.delete([row.id])
    assert grams_of(filed, row.id)
    filed.customers.purge([row.id])
    assert grams_of(filed, row.id) == []


def test_many_matches_are_listed_as_few_are(services, monkeypatch):
    """Past SORTED_MATCHES the query walks the sort order instead of sorting the matches:
    the same rows must come back, in the same order, with the same count."""
    services.demo.populate(60, seed=7)
    queries = [ListQuery(search=t, sort_key=k) for t in ("a", "n", "z") for k in ("name", "code")]

    def listed():
        customers = services.customers
        return [(customers.count(q), customers.page(q, 0, 20)) for q in queries]

    few = listed()
    monkeypatch.setattr(search, "SORTED_MATCHES", 2)
    assert listed() == few
    assert all(count > 2 for count, _ in few)


def indexed(services) -> tuple[list[tuple], list[tuple[str, int]]]:
    """Every stored document with its short keys, and every gram; on SQLite the
    trigram index is first checked against every document (FTS5 integrity-check)."""
    with services.context.db.write() as session:
        if session.get_bind().dialect.name == "sqlite":
            session.execute(
                text(
                    "INSERT INTO customer_search_fts (customer_search_fts, rank)"
                    " VALUES ('integrity-check', 1)"
                )
            )
        documents = session.scalars(select(search.CustomerSearch).order_by("customer_id"))
        stored = [(d.customer_id, d.document, d.short_keys) for d in documents]
    return stored, stored_grams(services)


def refreshed_one_by_one(services, ids: list[int]) -> tuple[list[tuple], list[tuple[str, int]]]:
    with services.context.db.write() as session:
        search.refresh(session, ids)
    return indexed(services)


def test_customers_added_in_bulk_are_indexed_as_those_added_one_by_one(services, monkeypatch):
    """New customers' documents, trigrams and grams are made from the values inserted,
    a chunk at a time; the index must come out as refreshing each customer makes it."""
    monkeypatch.setattr(bulk, "CHUNK_ROWS", 1000)  # several chunks
    count = 2500
    values = [Customer(name=f"客户{i}号", mobile=f"1380013{i:04d}") for i in range(count)]
    values[123] = Customer(name="龙鑫", email="long@example.com", phone="+861012345678")
    codes = [f"BK-{i}" for i in range(count)]
    reported = []
    with services.context.db.write() as session:
        ids = customers.insert_many(session, values, codes, reported.append)
    in_bulk = indexed(services)
    assert sum(reported) == 2 * count  # inserted, then indexed
    assert len(in_bulk[0]) == count and len(in_bulk[1]) > count
    assert in_bulk == refreshed_one_by_one(services, ids)
    assert names(services, "龙鑫") == ["龙鑫"]  # grams
    assert names(services, "bk-2499") == ["客户2499号"]  # trigrams
    assert names(services, "01012345678") == ["龙鑫"]


def test_customers_with_contacts_indexed_in_bulk_are_as_those_refreshed(services, monkeypatch):
    """Demo data indexes its customers, contacts and all, a chunk at a time from
    BULK_MIN customers on."""
    monkeypatch.setattr(search, "BULK_MIN", 10)
    monkeypatch.setattr(search, "_CHUNK", 7)  # several chunks
    services.demo.populate(30, seed=8)
    in_bulk = indexed(services)
    with services.context.db.read() as session:
        ids = session.scalars(select(CustomerRow.id)).all()
        contact_names = session.scalars(select(Contact.name)).all()
    assert len(in_bulk[0]) == len(ids) >= 30
    assert in_bulk == refreshed_one_by_one(services, ids)
    assert any(names(services, name) for name in contact_names)
