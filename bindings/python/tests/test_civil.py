"""Civil-status cross-check (nir_check_civil_status)."""

import pickle

import pytest

import nir

pytestmark = pytest.mark.skipif(
    not nir._nir.HAVE_CIVIL,
    reason="built without lib/civil (civil-status sources missing)")


def with_key(body):
    return body + nir.calc_check_digits(body)


# Man, born April 1965 in the United States (99404).
US_APRIL_65 = with_key("1650499404001")
# Woman, born August 1955 in Calvados, commune 14168.
CALVADOS = "255081416802538"


def codes(report):
    return [f.code for f in report.findings]


def test_day_month_swapped_us_document():
    rep = nir.check_civil_status(US_APRIL_65, birth_date="2/4/1965",
                                 document_country="US")
    assert isinstance(rep, nir.CivilReport)
    assert rep.verdict == "inconsistent"
    assert rep.date_order == "mdy"
    assert "day_month_swapped" in codes(rep)
    f = rep.findings[codes(rep).index("day_month_swapped")]
    assert f.mismatch is True
    assert f.expected_month == 2
    assert f.message_en and f.message_fr and f.message_en != f.message_fr
    assert rep.readings[0] == nir.DateReading(1965, 2, 4, 4)


def test_same_date_french_document_is_consistent():
    rep = nir.check_civil_status(US_APRIL_65, birth_date="2/4/1965",
                                 document_country="FR")
    assert rep.verdict == "consistent"
    assert rep.date_order == "dmy"
    assert not any(f.mismatch for f in rep.findings)


def test_explicit_date_order_overrides_country():
    rep = nir.check_civil_status(US_APRIL_65, birth_date="2/4/1965",
                                 document_country="US", date_order="dmy")
    assert rep.verdict == "consistent" and rep.date_order == "dmy"


def test_ambiguous_date_without_country():
    rep = nir.check_civil_status(US_APRIL_65, birth_date="2/4/1965")
    assert "date_ambiguous" in codes(rep)
    f = rep.findings[codes(rep).index("date_ambiguous")]
    assert f.mismatch is False
    assert f.matched_order == "dmy" and f.expected_month == 4
    assert rep.date_order is None
    assert len(rep.readings) == 2
    assert rep.verdict != "inconsistent"


def test_sex_and_year_mismatch():
    rep = nir.check_civil_status(CALVADOS, sex="M", birth_date="1956-08-03")
    assert rep.verdict == "inconsistent"
    assert {"sex_mismatch", "birth_year_mismatch"} <= set(codes(rep))
    sex = rep.findings[codes(rep).index("sex_mismatch")]
    assert (sex.number_value, sex.document_value) == (2, 1)


def test_month_mismatch():
    rep = nir.check_civil_status(CALVADOS, birth_date="1955-09-03")
    assert rep.verdict == "inconsistent"
    assert "birth_month_mismatch" in codes(rep)


def test_consistent_full():
    rep = nir.check_civil_status(CALVADOS, sex="femme",
                                 birth_date="3 août 1955",
                                 birthplace="14168")
    assert rep.verdict == "consistent", codes(rep)
    assert rep.birthplace_code == "14168"


def test_birthplace_country_mismatch_and_unresolved():
    rep = nir.check_civil_status(US_APRIL_65, birthplace="Grèce")
    assert "birthplace_mismatch" in codes(rep)
    assert rep.verdict == "inconsistent"
    rep = nir.check_civil_status(US_APRIL_65, birthplace="Atlantis-sur-Mer")
    assert "birthplace_unresolved" in codes(rep)


def test_unknown_month_unparsed_date_unresolved_country():
    unknown_month = with_key("1412080782005")
    rep = nir.check_civil_status(unknown_month, birth_date="1941-06-01")
    assert "birth_month_unknown" in codes(rep)
    rep = nir.check_civil_status(CALVADOS, birth_date="not a date")
    assert "birth_date_unparsed" in codes(rep)
    rep = nir.check_civil_status(CALVADOS, birth_date="3/8/1955",
                                 document_country="Narnia")
    assert "document_country_unresolved" in codes(rep)


def test_invalid_and_not_comparable_numbers():
    rep = nir.check_civil_status("2 55 08 14 168 025 39", sex="F")
    assert rep.verdict == "cannot_tell"
    assert rep.number_status == "key"
    assert "number_invalid" in codes(rep)
    rep = nir.check_civil_status("7112312345678", sex="M")
    assert "not_comparable" in codes(rep)
    assert rep.verdict == "cannot_tell"


def test_nothing_given_cannot_tell():
    rep = nir.check_civil_status(CALVADOS)
    assert rep.verdict == "cannot_tell"
    assert rep.number_status == "ok"


def test_arguments():
    # A matching sex alone is too little for "consistent" (issue 14); a
    # blank sex is "not given".
    assert nir.check_civil_status(CALVADOS.encode(), sex=b"F").verdict == \
        "cannot_tell"
    assert nir.check_civil_status(CALVADOS, sex="Mme",
                                  birth_date="1955-08-03").verdict == \
        "consistent"
    assert nir.check_civil_status(CALVADOS, sex="  ").verdict == \
        "cannot_tell"
    with pytest.raises(ValueError):
        nir.check_civil_status(CALVADOS, sex="X")
    with pytest.raises(ValueError):
        nir.check_civil_status(CALVADOS, birth_date="1/2/1955",
                               date_order="dym")
    with pytest.raises(TypeError):
        nir.check_civil_status(CALVADOS, sex=1)
    with pytest.raises(ValueError):
        nir.check_civil_status(CALVADOS, profile="bogus")
    with pytest.raises(TypeError):
        nir.check_civil_status(CALVADOS, colour="red")


def test_report_objects():
    rep = nir.check_civil_status(US_APRIL_65, birth_date="2/4/1965",
                                 document_country="US")
    assert CALVADOS not in repr(rep) and US_APRIL_65 not in repr(rep)
    with pytest.raises(AttributeError):
        rep.verdict = "consistent"
    with pytest.raises(AttributeError):
        rep.findings[0].code = "x"
    assert pickle.loads(pickle.dumps(rep)) == rep
    assert set(codes(rep)) <= set(nir.FINDING_CODES)
    assert nir.VERDICTS == ("consistent", "inconsistent", "cannot_tell")


def test_finding_codes_from_c():
    assert nir.FINDING_CODES == (
        "sex_mismatch", "birth_year_mismatch", "birth_month_mismatch",
        "birthplace_mismatch", "birth_month_unknown", "date_ambiguous",
        "day_month_swapped", "birthplace_unresolved", "birth_date_unparsed",
        "document_country_unresolved", "number_invalid", "not_comparable",
        "other_calendar", "country_succession", "place_history")


def test_blank_sex_is_not_given():
    # Like a blank date, country or place: None, "", white space.
    alone = nir.check_civil_status(CALVADOS, birth_date="1955-08-03")
    for blank in (None, "", " ", "\t \r\n", "\u00a0", b"", b"  "):
        rep = nir.check_civil_status(CALVADOS, sex=blank,
                                     birth_date="1955-08-03")
        assert rep == alone, repr(blank)
        assert "sex_mismatch" not in codes(rep)
    assert nir.check_civil_status(CALVADOS, sex=" ", birth_date=" ",
                                  document_country="", birthplace="  "
                                  ).verdict == "cannot_tell"
    # Not blank: still recognised or refused.
    assert "sex_mismatch" in codes(nir.check_civil_status(CALVADOS, sex="M"))
    with pytest.raises(ValueError):
        nir.check_civil_status(CALVADOS, sex=" x ")


def test_report_is_a_dataclass_with_predicate():
    import dataclasses
    rep = nir.check_civil_status(CALVADOS, sex="F", birth_date="1955-08-03")
    assert rep.consistent and rep.verdict == "consistent"
    assert not dataclasses.replace(rep, verdict="inconsistent").consistent
    fields = dataclasses.asdict(rep)
    assert fields["verdict"] == "consistent"
    assert all(isinstance(f, dict) for f in fields["findings"])


# Places as HR files write them (docs/civil-status-places.md).
MAYOTTE_2000 = with_key("1000498501001")  # man, April 2000, 985 01


def test_birthplace_commune_names_and_postal_codes():
    for place in ("Colombières", "COLOMBIERES", "14710", "14710 Colombières"):
        rep = nir.check_civil_status(CALVADOS, birthplace=place)
        assert rep.verdict == "consistent", place
    rep = nir.check_civil_status(CALVADOS, birthplace="14000 Caen")
    assert rep.verdict == "inconsistent"
    f = rep.findings[codes(rep).index("birthplace_mismatch")]
    assert f.message_en == ("The document says Caen (Calvados); the number "
                            "carries a birth in Colombières (Calvados).")
    assert "14168" not in f.message_en and "14168" not in f.message_fr
    rep = nir.check_civil_status(CALVADOS, birthplace="Atlantis-sur-Mer")
    assert codes(rep) == ["birthplace_unresolved"]


def test_place_history_finding():
    rep = nir.check_civil_status(MAYOTTE_2000, birth_date="2000-04-01",
                                 birthplace="Mayotte")
    assert rep.verdict == "consistent"
    assert codes(rep) == ["place_history"]
    f = rep.findings[0]
    assert f.mismatch is False
    assert "Mayotte" in f.message_en and "985" not in f.message_en
    rep = nir.check_civil_status(MAYOTTE_2000, birth_date="2010-04-01",
                                 birthplace="Mayotte")
    assert "birthplace_mismatch" in codes(rep)
