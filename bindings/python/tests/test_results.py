"""Result objects: frozen slotted dataclasses with the C field names
(docs/vocabulary.md), built by the C extension."""

import dataclasses
import pickle
import warnings

import pytest

import nir

VALID = "2 55 08 14 168 025 38"
VALID_C = "255081416802538"

# nir_result's fields (include/nir.h) that ParsedNIR exposes under the
# same name; the binding adds the CLI's JSON names and a few more.
C_FIELDS = ("compact", "status", "position", "has_key", "key",
            "expected_key", "sex", "birth_year", "month_code", "birth_month",
            "month_kind", "place_kind", "department", "department_name",
            "commune", "country_code", "country_name", "country_iso2",
            "country_iso3", "order", "nnp_caisse", "nnp_verification",
            "warnings", "kind")


def test_parsed_nir_is_a_frozen_slotted_dataclass():
    info = nir.parse(VALID)
    assert dataclasses.is_dataclass(info)
    names = [f.name for f in dataclasses.fields(info)]
    assert set(C_FIELDS) <= set(names)
    assert not hasattr(info, "__dict__")
    with pytest.raises(dataclasses.FrozenInstanceError):
        info.sex = "male"
    with pytest.raises(dataclasses.FrozenInstanceError):
        info.anything = 1
    with pytest.raises(AttributeError):
        del info.sex


def test_asdict_replace_and_pattern_matching():
    info = nir.parse(VALID)
    fields = dataclasses.asdict(info)
    assert fields["compact"] == VALID_C and fields["status"] == "ok"
    assert fields == info._asdict()
    other = dataclasses.replace(info, sex="male")
    assert other.sex == "male" and other.compact == VALID_C
    assert other != info and info.sex == "female"
    match info:
        case nir.ParsedNIR(valid=True, kind="nir", sex=sex,
                           department=department):
            assert (sex, department) == ("female", "14")
        case _:
            pytest.fail("no match")
    assert pickle.loads(pickle.dumps(info)) == info
    assert nir.ParsedNIR(**fields) == info


def test_field_values():
    info = nir.parse(VALID)
    assert (info.compact, info.status, info.valid, info.error) == \
        (VALID_C, "ok", True, None)
    assert (info.birth_year, info.month_code, info.birth_month) == (55, 8, 8)
    assert (info.department, info.department_name, info.commune) == \
        ("14", "Calvados", "168")
    assert (info.order, info.has_key, info.key, info.expected_key) == \
        (25, True, 38, 38)
    assert info.female and not info.male
    bad = nir.parse("2 55 08 14 168 025 39", strict=False)
    assert (bad.status, bad.error, bad.valid, bad.position) == \
        ("key", "key", False, 20)
    assert (bad.key, bad.expected_key) == (39, 38)
    empty = nir.parse("", strict=False)
    assert empty.status == "empty" and empty.compact is None


def test_number_is_a_deprecated_alias_of_compact():
    info = nir.parse(VALID)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert info.number == VALID_C
    assert [w.category for w in caught] == [DeprecationWarning]


def test_repr_masks_every_record():
    info = nir.parse(VALID)
    for text in (repr(info), str(info)):
        assert VALID_C not in text and VALID not in text
        assert "025" not in text and "38" not in text.replace("2 55", "")
    ntt = nir.parse_ntt("2732829320MAT0042")
    assert "MAT0042" not in repr(ntt)
    assert dataclasses.asdict(ntt)["identifier"] == "MAT0042"


def test_many_parses_leak_nothing():
    import gc
    import sys
    probe = "".join(["2550814168", "02538"])
    before = sys.getrefcount(probe)
    for _ in range(2000):
        nir.parse(probe)
        nir.parse(probe + "9", strict=False)
    gc.collect()
    assert sys.getrefcount(probe) == before


def test_vocabulary_table_lists_every_field():
    import os
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "..", "..", "..", "docs", "vocabulary.md")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    for cls in (nir.ParsedNIR, nir.ParsedNTT, nir.CivilReport, nir.Finding):
        for field in dataclasses.fields(cls):
            assert "`%s`" % field.name in text, (cls.__name__, field.name)
    for code in nir.ERROR_CODES + nir.WARNING_CODES + nir.FINDING_CODES + \
            nir.VERDICTS + nir.PROFILES:
        assert "`%s`" % code in text, code


def test_no_object_leaks_over_many_calls():
    # A leaked result, string or exception per call would add megabytes.
    import gc
    import tracemalloc

    def work():
        for _ in range(5000):
            nir.parse(VALID_C)
            nir.parse("2 55 08 14 168 025 39", strict=False)
            nir.parse_ntt("2732829320MAT0042")
            nir.check_civil_status(VALID_C, sex=" ", birth_date="3/8/1955")
            for bad in (None, "2 55 08 14 168 025 39"):
                try:
                    nir.validate(bad)
                except nir.ValidationError:
                    pass
        nir.validate_many([VALID, None, 1.5, float("nan"), b"x"] * 2000,
                          codes=True)

    work()  # warm up caches and interned names
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        work()
        gc.collect()
        grown = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert grown < 64 * 1024, grown
