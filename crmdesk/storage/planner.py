"""Steering SQLite's query planner. SQLAlchemy drops ``with_hint`` text on SQLite (its
compiler renders no FROM hints), so an ``INDEXED BY`` hint never reaches the database;
SQLite's own documented way to keep an index from serving a term is a unary ``+`` on
the column, which changes nothing else."""

from typing import ClassVar

from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import ColumnElement
from sqlalchemy.sql.visitors import InternalTraversal


class unindexed(ColumnElement):
    """``column`` in a condition that must not choose the index: on SQLite the sales
    queries then scan the covering index their GROUP BY reads in order (0.43 s over a
    million sales) instead of the date index plus a sort (1.5 s)."""

    inherit_cache = True
    _traverse_internals: ClassVar = [("column", InternalTraversal.dp_clauseelement)]

    def __init__(self, column):
        self.column = column
        self.type = column.type


@compiles(unindexed)
def _plain(element, compiler, **kw) -> str:
    return compiler.process(element.column, **kw)


@compiles(unindexed, "sqlite")
def _unary_plus(element, compiler, **kw) -> str:
    return "+" + compiler.process(element.column, **kw)
