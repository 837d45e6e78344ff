# Actor types, place details and the countries roll-up in the Python module:
# the same values as lsearch --format json on a real index of the seed corpus.
import json

import pytest

import lsearch


def cli_json(lsearch_cli, db, *args):
    return json.loads(lsearch_cli("--db", str(db), "-f", "json", *args))


def test_hit_entities_are_the_json_entities(seed_db, lsearch_cli):
    results = lsearch.Searcher(seed_db).search("haftar", limit=20)
    expected = cli_json(lsearch_cli, seed_db, "haftar", "-n", "20")
    assert len(results.hits) == len(expected["results"]) > 0
    typed = placed = 0
    for hit, want in zip(results.hits, expected["results"]):
        assert hit.countries == want["countries"]
        got = []
        for e in hit.entities:
            if e.kind == "actor":
                got.append({"kind": e.kind, "name": e.name, "type": e.type})
                typed += e.type is not None
            else:
                coordinates = list(e.coordinates) if e.coordinates else None
                got.append({"kind": e.kind, "name": e.name, "place_kind": e.place_kind,
                            "country": e.country, "coordinates": coordinates})
                placed += e.coordinates is not None
        assert got == want["entities"]
        assert [e.name for e in hit.entities if e.kind == "actor"] == hit.actors
        assert [e.name for e in hit.entities if e.kind == "place"] == hit.places
    assert typed > 0 and placed > 0


def test_haftar_is_a_person_and_tripoli_a_libyan_city(seed_db):
    results = lsearch.Searcher(seed_db).search("", actors=["Haftar"], places=["Tripoli"], limit=50)
    assert results.total > 0
    actors = {v.value: v for v in results.facets.actors}
    assert actors["Khalifa Haftar"].type == "person"
    for hit in results.hits:
        tripoli = [e for e in hit.entities if e.name == "Tripoli"]
        assert len(tripoli) == 1
        assert (tripoli[0].place_kind, tripoli[0].country) == ("city", "Libya")
        lat, lon = tripoli[0].coordinates
        assert lat == pytest.approx(32.89, abs=0.05) and lon == pytest.approx(13.19, abs=0.05)
        assert "Libya" in hit.countries


def test_countries_filter_and_facet_are_the_clis(seed_db, lsearch_cli):
    searcher = lsearch.Searcher(seed_db)
    results = searcher.search("", countries=["Libya"], facet_limit=100)
    expected = cli_json(lsearch_cli, seed_db, "--country", "Libya", "--facet-limit", "100")
    assert results.total == expected["total"]["value"] > 0
    assert results.total >= searcher.search("", places=["Libya"]).total
    assert [(v.value, v.count) for v in results.facets.countries] == [
        (v["value"], v["count"]) for v in expected["facets"]["countries"]]
    assert [(v.value, v.count, v.type) for v in results.facets.actors] == [
        (v["value"], v["count"], v["type"]) for v in expected["facets"]["actors"]]
    countries = {v.value: v.count for v in results.facets.countries}
    assert countries["Libya"] == results.total


def test_a_city_is_not_a_country(seed_db):
    with pytest.raises(lsearch.QueryError, match="city of Libya"):
        lsearch.Searcher(seed_db).search("", countries=["Benghazi"])
