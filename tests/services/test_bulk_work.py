"""The garbage collector held off while the analytics build their rows: nested and
concurrent computations, and a collector switched off beforehand."""

import gc

import pytest

from crmdesk.services.bulk_work import collector_held_off


@pytest.fixture
def collector_on():
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_the_collector_is_off_inside_and_back_on_after(collector_on):
    with collector_held_off():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_the_collector_comes_back_on_even_when_the_computation_fails(collector_on):
    with pytest.raises(KeyError), collector_held_off():
        raise KeyError("a customer deleted meanwhile")
    assert gc.isenabled()


def test_it_stays_off_until_the_last_of_overlapping_computations_ends(collector_on):
    first, second = collector_held_off(), collector_held_off()
    first.__enter__()
    second.__enter__()
    first.__exit__(None, None, None)  # as another thread's computation ends first
    assert not gc.isenabled()
    second.__exit__(None, None, None)
    assert gc.isenabled()


def test_a_collector_switched_off_before_stays_off(collector_on):
    gc.disable()
    with collector_held_off():
        pass
    assert not gc.isenabled()


def test_an_export_streams_its_rows_with_the_collector_held_off(collector_on, services, tmp_path):
    seen = []

    def rows():
        for n in range(3):
            seen.append(gc.isenabled())
            yield [f"客户{n}"]

    services.list_export.write(tmp_path / "list.xlsx", ["name"], ["名称"], rows(), title="x")
    assert seen == [False, False, False]
    assert gc.isenabled()
