from dataclasses import dataclass

from PySide6.QtCore import Qt

from crmdesk.core.listing import ListQuery
from crmdesk.ui.models.windowed_table_model import PAGE_SIZE, Column, WindowedTableModel


@dataclass(frozen=True)
class Row:
    id: int
    name: str


class FakeList:
    """A list source with the count/page signature of the services, counting its calls."""

    def __init__(self, names):
        self.names = names
        self.page_calls = []

    def _matching(self, query: ListQuery):
        rows = [Row(i, n) for i, n in enumerate(self.names) if query.search in n]
        return sorted(rows, key=lambda r: r.name, reverse=query.descending)

    def count(self, query):
        return len(self._matching(query))

    def page(self, query, offset, limit):
        self.page_calls.append(offset)
        return self._matching(query)[offset : offset + limit]


COLUMNS = [Column("name", "Name", lambda r: r.name), Column("id", "Id", lambda r: str(r.id), True)]


def loaded_model(qtbot, worker, source):
    model = WindowedTableModel(COLUMNS, source.count, source.page, worker, "Test")
    with qtbot.waitSignal(model.counted, timeout=5000):
        model.reload()
    return model


def test_first_window_loads_with_the_full_count(qtbot, worker):
    source = FakeList([f"客户{i:04d}" for i in range(1000)])
    model = loaded_model(qtbot, worker, source)
    assert model.rowCount() == 1000
    assert model.data(model.index(0, 0)) == "客户0000"
    assert source.page_calls == [0]
    assert model.data(model.index(0, 1), Qt.ItemDataRole.TextAlignmentRole) is not None


def test_rows_beyond_the_window_load_on_demand(qtbot, worker):
    source = FakeList([f"n{i:04d}" for i in range(1000)])
    model = loaded_model(qtbot, worker, source)
    far = model.index(PAGE_SIZE * 3 + 5, 0)
    assert model.data(far) is None  # not loaded yet: asks the worker
    with qtbot.waitSignal(model.dataChanged, timeout=5000):
        pass
    assert model.data(far) == f"n{PAGE_SIZE * 3 + 5:04d}"
    assert model.row_id(PAGE_SIZE * 3 + 5) == PAGE_SIZE * 3 + 5


def test_search_and_sort_requery(qtbot, worker):
    source = FakeList(["alpha", "beta", "alphabet", "gamma"])
    model = loaded_model(qtbot, worker, source)
    with qtbot.waitSignal(model.counted, timeout=5000):
        model.set_query(ListQuery(search="alpha"))
    assert model.rowCount() == 2
    with qtbot.waitSignal(model.counted, timeout=5000):
        model.sort(0, Qt.SortOrder.DescendingOrder)
    assert [model.data(model.index(r, 0)) for r in range(2)] == ["alphabet", "alpha"]
    assert model.query() == ListQuery(search="alpha", sort_key="name", descending=True)


def test_a_stale_answer_is_ignored(qtbot, worker):
    source = FakeList(["a1", "a2", "b1"])
    model = loaded_model(qtbot, worker, source)
    model.set_query(ListQuery(search="a"))
    with qtbot.waitSignal(model.counted, timeout=5000) as blocker:
        model.set_query(ListQuery(search="b"))  # overtakes the first
    assert blocker.args == [1] and model.rowCount() == 1


def test_first_rows_show_before_the_count_arrives(qtbot, worker):
    source = FakeList([f"n{i:04d}" for i in range(700)])
    model = WindowedTableModel(COLUMNS, source.count, source.page, worker, "Test")
    sizes = []
    model.first_page_ready.connect(lambda: sizes.append(model.rowCount()))
    with qtbot.waitSignal(model.counted, timeout=5000):
        model.reload()
    assert sizes == [PAGE_SIZE]  # shown at once, one window long
    assert model.rowCount() == 700  # then grown to the full count


def test_the_count_is_asked_for_once_the_first_window_is_in(qtbot, worker):
    """Counting must not share the CPU with the first window: it starts after it."""
    import threading

    first_window_may_go = threading.Event()
    source = FakeList([f"name{i:04d}" for i in range(1000)])
    counts = []

    def count(query):
        counts.append(query)
        return source.count(query)

    def slow_page(query, offset, limit):
        first_window_may_go.wait(5)
        return source.page(query, offset, limit)

    model = WindowedTableModel(COLUMNS, count, slow_page, worker, "Test")
    order = []
    model.first_page_ready.connect(lambda: order.append("first window"))
    model.counted.connect(lambda total: order.append(total))
    model.reload()
    qtbot.wait(100)
    assert counts == []
    with qtbot.waitSignal(model.counted, timeout=5000):
        first_window_may_go.set()
    assert order == ["first window", 1000]
    assert model.rowCount() == 1000
    assert len(counts) == 1


def test_a_short_first_window_is_the_whole_result(qtbot, worker):
    source = FakeList([f"name{i}" for i in range(30)])
    counts = []
    model = WindowedTableModel(
        COLUMNS, lambda q: counts.append(q) or source.count(q), source.page, worker, "Test"
    )
    with qtbot.waitSignal(model.counted, timeout=5000) as counted:
        model.reload()
    assert counted.args == [30]
    assert model.rowCount() == 30
    assert counts == []  # no count query was needed


def test_a_query_superseded_while_waiting_is_never_run(qtbot, worker):
    source = FakeList([f"name{i}" for i in range(300)])
    model = WindowedTableModel(COLUMNS, source.count, source.page, worker, "Test")
    blocker = __import__("threading").Event()
    worker.submit(lambda: blocker.wait(5), lambda _: None)  # the DB thread is busy
    for term in ("n", "na", "nam"):
        model.set_query(ListQuery(search=term))
    with qtbot.waitSignal(model.first_page_ready, timeout=5000):
        blocker.set()
    assert source.page_calls == [0]  # only the newest query's first window ran
    assert model.query().search == "nam"
