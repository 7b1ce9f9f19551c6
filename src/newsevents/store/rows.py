"""A batch of records turned into the store's rows, apart from the database.

Converting records to rows (every table's Arrow columns, each record's JSON, the merge's article
events, MinHash signatures and LSH bands) needs no database and costs about 6 ms an article. On
Dask a worker does it beside the extraction and sends the rows (Arrow tables pickle as plain
buffers, unlike pydantic records), so the driver, which holds the only write connection, only
inserts them; :meth:`Store.add` does the same in one process. Either way the rows are the same.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pyarrow as pa
import pyarrow.compute as pc

from newsevents.record import Record
from newsevents.store.schema import TABLES, arrow_schema, record_rows

if TYPE_CHECKING:
    from newsevents.store.merged import MergeRows

# Columns of ``articles`` known only where and when the batch is stored (filled by ``stamped``).
STORE_COLUMNS = ("origin", "ingested_at", "run_id")


@dataclass
class RowBatch:
    """Rows for every table, one article per id (the first record of a repeated id)."""

    ids: list[str]
    tables: dict[str, pa.Table]
    merge: MergeRows
    pipeline: dict[str, Any] | None  # the first record's pipeline info: what the run log records

    @classmethod
    def of(cls, records: Iterable[Record]) -> RowBatch:
        from newsevents.store.merged import merge_rows  # the merge's modules load only when storing

        unique: dict[str, Record] = {}
        for record in records:
            unique.setdefault(record.article.id, record)
        chosen = list(unique.values())
        columns: dict[str, dict[str, list[Any]]] = {t: {c: [] for c, _ in TABLES[t]} for t in TABLES}
        for record in chosen:
            for table, rows in record_rows(record, None, None, None).items():
                for row in rows:
                    for name, values in columns[table].items():
                        values.append(row.get(name))
        return cls(
            ids=list(unique),
            tables={t: pa.table(columns[t], schema=arrow_schema(t)) for t in TABLES},
            merge=merge_rows(chosen),
            pipeline=dict(chosen[0].pipeline) if chosen else None,
        )

    def __len__(self) -> int:
        return len(self.ids)

    def without(self, stored: set[str]) -> RowBatch:
        """The batch less these articles (already stored)."""
        keep = set(self.ids) - stored
        wanted = pa.array(sorted(keep), pa.string())
        tables = {}
        for table, rows in self.tables.items():
            key = rows["id" if table == "articles" else "article_id"]
            tables[table] = rows.filter(pc.is_in(key, value_set=wanted))
        return RowBatch([aid for aid in self.ids if aid in keep], tables, self.merge.only(keep), self.pipeline)

    def stamped(self, table: str, origins: dict[str, str] | None, run_id: int | None,
                now: dt.datetime) -> pa.Table:
        """The table's rows; ``articles`` with the origin of each article, the run and the time."""
        rows = self.tables[table]
        if table != "articles" or not rows.num_rows:
            return rows
        n = rows.num_rows
        values = {
            "origin": [(origins or {}).get(aid) for aid in rows["id"].to_pylist()],
            "ingested_at": [now] * n,
            "run_id": [run_id] * n,
        }
        for name in STORE_COLUMNS:
            index = rows.schema.get_field_index(name)
            field = rows.schema.field(index)
            rows = rows.set_column(index, field, pa.array(values[name], type=field.type))
        return rows
