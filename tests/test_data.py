"""policylab.data: typed loading, schema checks, and clear errors on bad input."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from policylab import data
from policylab.data import DataError

SOURCES = "id,publisher,title,date,url\nS1,Pub,A title,2021-06-30,https://example.org/a\n"
SOURCES_RES = {
    "name": "sources",
    "path": "sources.csv",
    "schema": {
        "fields": [
            {"name": "id", "type": "string", "constraints": {"required": True}},
            {"name": "publisher", "type": "string"},
            {"name": "title", "type": "string"},
            {"name": "date", "type": "string"},
            {"name": "url", "type": "string"},
        ],
        "primaryKey": "id",
    },
}


def counts_resource(**extra) -> dict:
    res = {
        "name": "counts",
        "path": "counts.csv",
        "schema": {
            "fields": [
                {"name": "year", "type": "year", "constraints": {"required": True}},
                {"name": "reports", "type": "integer", "constraints": {"minimum": 0}},
                {"name": "share", "type": "number"},
                {"name": "when", "type": "date"},
                {"name": "flag", "type": "boolean"},
                {"name": "kind", "type": "string", "constraints": {"enum": ["a", "b"]}},
                {"name": "source_id", "type": "string", "constraints": {"required": True}},
            ],
            "primaryKey": "year",
            "foreignKeys": [
                {"fields": "source_id", "reference": {"resource": "sources", "fields": "id"}}
            ],
        },
    }
    res.update(extra)
    return res


HEADER = "year,reports,share,when,flag,kind,source_id\n"
GOOD = HEADER + "2020,10,0.5,2020-12-31,true,a,S1\n2021,,0.25,,false,b,S1\n"


def make(tiny_package, body: str, resource: dict | None = None):
    return tiny_package(
        {"sources.csv": SOURCES, "counts.csv": body}, [SOURCES_RES, resource or counts_resource()]
    )


def test_load_returns_typed_columns(tiny_package):
    folder = make(tiny_package, GOOD)
    frame = data.load("counts", folder=folder)
    assert list(frame.columns) == ["year", "reports", "share", "when", "flag", "kind", "source_id"]
    assert str(frame["reports"].dtype) == "Int64"
    assert frame["reports"].isna().tolist() == [False, True]
    assert pd.api.types.is_datetime64_any_dtype(frame["when"])
    assert frame["when"].iloc[0] == pd.Timestamp("2020-12-31")
    assert frame["flag"].tolist() == [True, False]
    assert frame["share"].sum() == pytest.approx(0.75)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (HEADER + "2020,ten,0.5,2020-12-31,true,a,S1\n", r"line 2, column 'reports': 'ten' is not a"),
        (HEADER + "2020,-3,0.5,2020-12-31,true,a,S1\n", r"line 2, column 'reports'.*below the minimum"),
        (HEADER + "2020,1,0.5,31/12/2020,true,a,S1\n", r"column 'when'.*YYYY-MM-DD"),
        (HEADER + "2020,1,0.5,2020-12-31,maybe,a,S1\n", r"column 'flag'.*not a boolean"),
        (HEADER + "2020,1,0.5,2020-12-31,true,c,S1\n", r"column 'kind'.*not one of"),
        (HEADER + "2020,1,0.5,2020-12-31,true,a,\n", r"column 'source_id'.*required"),
        (HEADER + "2020,1,0.5,2020-12-31,true,a,S9\n", r"column 'source_id'.*'S9' is not an id"),
        (GOOD + "2020,1,0.5,2020-12-31,true,a,S1\n", r"line 4, column 'year'.*duplicate key"),
        (HEADER + "2020,1,0.5\n", r"line 2: 3 cells, but the header has 7"),
        ("year,reports\n2020,1\n", r"line 1 \(header\).*missing column"),
        ("", r"the file is empty"),
        (HEADER + '2020,1,0.5,2020-12-31,true,"a\n', r"malformed CSV|cells, but the header"),
    ],
)
def test_bad_rows_name_file_line_and_column(tiny_package, body, expected):
    folder = make(tiny_package, body)
    with pytest.raises(DataError, match=expected) as info:
        data.load("counts", folder=folder)
    assert "counts.csv" in str(info.value)


def test_missing_file_is_named(tiny_package):
    folder = make(tiny_package, GOOD, counts_resource(path="renamed.csv"))
    with pytest.raises(DataError, match=r"renamed\.csv: file not found"):
        data.load("counts", folder=folder)


def test_unknown_resource_lists_known_names(tiny_package):
    folder = make(tiny_package, GOOD)
    with pytest.raises(DataError, match=r"no resource called 'count'.*known: sources, counts"):
        data.load("count", folder=folder)


def test_non_utf8_file(tiny_package):
    folder = make(tiny_package, GOOD)
    (folder / "counts.csv").write_bytes(HEADER.encode() + b"2020,1,0.5,,true,a,S\xe9\n")
    with pytest.raises(DataError, match="not UTF-8"):
        data.load("counts", folder=folder)


def test_broken_datapackage_json(tmp_path):
    (tmp_path / "datapackage.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(DataError, match=r"datapackage.json: not valid JSON \(line 1"):
        data.load("counts", folder=tmp_path)


def test_unsupported_field_type_is_reported(tiny_package):
    res = counts_resource()
    res["schema"]["fields"][2]["type"] = "geopoint"
    folder = make(tiny_package, GOOD, res)
    with pytest.raises(DataError, match="field 'share' has type 'geopoint'"):
        data.load("counts", folder=folder)


def test_edited_package_is_reread(tiny_package):
    folder = make(tiny_package, GOOD)
    assert data.resource_names(folder) == ["sources", "counts"]
    pkg = json.loads((folder / "datapackage.json").read_text())
    pkg["resources"].pop()
    path = folder / "datapackage.json"
    path.write_text(json.dumps(pkg))
    import os

    os.utime(path, ns=(1, 1))  # a different mtime, whatever the clock's resolution
    assert data.resource_names(folder) == ["sources"]


def test_sources_lists_the_rows_sources(tiny_package):
    folder = make(tiny_package, GOOD)
    table = data.sources("counts", folder=folder)
    assert table["id"].tolist() == ["S1"]
    assert table.loc[0, "publisher"] == "Pub"
    assert table.loc[0, "used_for"] == "the rows' source"


def test_data_dir_honours_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("POLICYLAB_DATA", str(tmp_path))
    assert data.data_dir() == tmp_path


def test_data_dir_finds_the_pack():
    assert (data.data_dir() / "datapackage.json").is_file()


def test_loaded_tables_are_cached_copies_refreshed_when_a_file_changes(tiny_package):
    import os

    folder = make(tiny_package, GOOD)
    first = data.load("counts", folder=folder)
    first.loc[0, "reports"] = 999  # a lesson editing its table
    assert data.load("counts", folder=folder).loc[0, "reports"] == 10, "a fresh copy each time"
    path = folder / "counts.csv"
    path.write_text(GOOD.replace("2020,10,", "2020,11,"), encoding="utf-8")
    os.utime(path, ns=(1, 1))
    assert data.load("counts", folder=folder).loc[0, "reports"] == 11, "an edited file is re-read"
