"""Merge decisions: every order of the same packages gives the same master and conflicts."""

from itertools import permutations

import pytest

from plpbk_qgis.core.fieldwork.edits import DELETE, INSERT, UPDATE, Edit, edits_from_changeset
from plpbk_qgis.core.fieldwork.reconcile import (
    ALREADY,
    APPLIED,
    CONFLICT,
    DELETED,
    DIFFERENT_VALUES,
    DUPLICATE,
    EDIT_VS_DELETE,
    MASTER,
    OPEN,
    SAME_OBJECT,
    Provenance,
    Reconciler,
    decide,
)


class Rows:
    """In-memory master: table -> fid -> row (dict without fid)."""

    def __init__(self, data):
        self.data = {t: {f: dict(r) for f, r in rows.items()} for t, rows in data.items()}
        self.next = {t: max(rows, default=0) + 100 for t, rows in data.items()}

    def get(self, table, fid):
        row = self.data[table].get(fid)
        return None if row is None else dict(row, fid=fid)

    def set_value(self, table, fid, column, value):
        self.data[table][fid][column] = value

    def insert(self, table, row):
        fid = self.next[table]
        self.next[table] += 1
        self.data[table][fid] = {k: v for k, v in row.items() if k != "fid"}
        return fid

    def restore(self, table, row):
        self.data[table][row["fid"]] = {k: v for k, v in row.items() if k != "fid"}

    def delete(self, table, fid):
        del self.data[table][fid]

    def content(self):
        """Order-free view: rows as sorted tuples (new features get order-dependent fids)."""
        return {t: sorted(repr(sorted(r.items())) for r in rows.values()) for t, rows in self.data.items()}


def near(table, a, b):
    return abs(a.get("x", 0) - b.get("x", 0)) < 2


MASTER_ROWS = {
    "bangunan": {1: {"kondisi": "baik", "x": 0, "pokja": None}, 2: {"kondisi": "baik", "x": 50, "pokja": None},
                 3: {"kondisi": "rusak", "x": 100, "pokja": None}},
    "jalan": {7: {"lebar_m": 3.0, "x": 10, "pokja": None}},
    "usaha_ekonomi": {4: {"jenis": "kios", "x": 5, "pokja": None}},
}


def prov(code):
    return Provenance(f"id-{code}", code, pokja=f"pokja-{code}", surveyor=f"s-{code}", date="2026-12-01")


def upd(table, fid, column, old, new):
    return Edit(table, UPDATE, fid, column, old, new)


PACKAGES = {
    "W1": [upd("bangunan", 1, "kondisi", "baik", "rusak_ringan"),          # same house, two pokja
           upd("jalan", 7, "lebar_m", 3.0, 4.5),                            # road edited here …
           Edit("bangunan", INSERT, 200, row={"fid": 200, "kondisi": "baik", "x": 300, "pokja": "a"}),
           upd("bangunan", 2, "kondisi", "baik", "rusak_berat")],           # agreed with W3
    "W2": [upd("bangunan", 1, "kondisi", "baik", "rusak_berat"),
           Edit("jalan", DELETE, 7, row={"fid": 7, "lebar_m": 3.0, "x": 10, "pokja": None}),   # … deleted here
           Edit("usaha_ekonomi", DELETE, 4, row={"fid": 4, "jenis": "kios", "x": 5, "pokja": None}),
           Edit("bangunan", INSERT, 200, row={"fid": 200, "kondisi": "rusak", "x": 300.5, "pokja": "b"})],
    "W3": [upd("bangunan", 2, "kondisi", "baik", "rusak_berat"),
           upd("bangunan", 3, "kondisi", "rusak", "baik"),
           Edit("bangunan", INSERT, 200, row={"fid": 200, "kondisi": "baik", "x": 900, "pokja": "c"})],
}


def run(order):
    rows, ledger, conflicts = Rows(MASTER_ROWS), [], {}
    merger = Reconciler(rows, ledger, conflicts, same_object=near)
    outcomes = {}
    for code in order:
        outcomes[code] = merger.merge(prov(code), PACKAGES[code])
    return rows, ledger, conflicts, outcomes, merger


def conflict_view(conflicts):
    view = set()
    for c in conflicts.values():
        if c.status != OPEN:
            continue
        versions = frozenset((v.source, repr(sorted(v.value.items())) if isinstance(v.value, dict) else repr(v.value))
                             for v in c.versions)
        view.add((c.kind, c.table, c.master_fid, c.column, versions))
    return view


def test_every_order_gives_the_same_master_and_conflicts():
    results = [run(order) for order in permutations(PACKAGES)]
    masters = {repr(r[0].content()) for r in results}
    views = {frozenset(conflict_view(r[2])) for r in results}
    assert len(masters) == 1 and len(views) == 1
    rows, _, conflicts, _, _ = results[0]
    data = rows.data
    assert data["bangunan"][1]["kondisi"] == "baik"            # prior kept: two pokja disagree
    assert data["bangunan"][2]["kondisi"] == "rusak_berat"     # two pokja agree: applied
    assert data["bangunan"][3]["kondisi"] == "baik"            # one pokja: applied
    assert data["jalan"][7]["lebar_m"] == 3.0                  # edit vs delete: as before
    assert 4 not in data["usaha_ekonomi"]                      # kiosk deleted
    xs = sorted(r["x"] for r in data["bangunan"].values())
    assert xs == [0, 50, 100, 900]                              # the twice-drawn new house waits
    kinds = sorted((c.kind, c.table) for c in conflicts.values() if c.status == OPEN)
    assert kinds == sorted([(DIFFERENT_VALUES, "bangunan"), (EDIT_VS_DELETE, "jalan"), (SAME_OBJECT, "bangunan")])


def test_each_edit_has_one_outcome_and_merging_twice_changes_nothing():
    rows, ledger, conflicts, outcomes, merger = run(["W1", "W2", "W3"])
    for code, result in outcomes.items():
        assert len(result) == len(PACKAGES[code])
    before = (repr(rows.content()), conflict_view(conflicts), len(conflicts))
    again = merger.merge(prov("W2"), PACKAGES["W2"])
    assert [o for _, o in again] == [ALREADY] * len(PACKAGES["W2"])
    assert (repr(rows.content()), conflict_view(conflicts), len(conflicts)) == before


def test_outcomes_of_a_known_order():
    _, _, _, outcomes, _ = run(["W1", "W2", "W3"])
    assert [o for _, o in outcomes["W1"]] == [APPLIED, APPLIED, APPLIED, APPLIED]
    assert [o for _, o in outcomes["W2"]] == [CONFLICT, CONFLICT, APPLIED, CONFLICT]
    assert [o for _, o in outcomes["W3"]] == [DUPLICATE, APPLIED, APPLIED]


def test_a_value_the_planner_changed_after_the_cut_is_a_conflict_with_the_master():
    rows = Rows(MASTER_ROWS)
    rows.data["bangunan"][1]["kondisi"] = "sedang"            # edited in the office meanwhile
    conflicts = {}
    merger = Reconciler(rows, [], conflicts)
    [(_, outcome)] = merger.merge(prov("W1"), [upd("bangunan", 1, "kondisi", "baik", "rusak_ringan")])
    assert outcome == CONFLICT and rows.data["bangunan"][1]["kondisi"] == "sedang"
    [conflict] = conflicts.values()
    assert {v.source for v in conflict.versions} == {MASTER, "id-W1"}


def test_identical_new_objects_are_one_feature_whatever_the_order():
    row = {"fid": 200, "kondisi": "baik", "x": 300}
    contents = set()
    for order in (["A", "B"], ["B", "A"]):
        rows = Rows(MASTER_ROWS)
        merger = Reconciler(rows, [], {}, same_object=near)
        results = [merger.merge(prov(code), [Edit("bangunan", INSERT, 200, row=dict(row, pokja=code))])
                   for code in order]
        assert sorted(r[0][1] for r in results) == [APPLIED, DUPLICATE]
        contents.add(repr(rows.content()))
    assert len(contents) == 1


@pytest.mark.parametrize("choice, expected", [("id-W1", "rusak_ringan"), ("id-W2", "rusak_berat"), (MASTER, "baik")])
def test_decisions_apply_the_chosen_version(choice, expected):
    rows, _, conflicts, _, _ = run(["W2", "W1"])
    conflict = next(c for c in conflicts.values() if c.kind == DIFFERENT_VALUES)
    chosen = [v for v in conflict.versions if v.source == choice]
    decide(rows, conflict, chosen)
    assert rows.data["bangunan"][1]["kondisi"] == expected


def test_deciding_a_road_conflict_for_the_delete_removes_it():
    rows, _, conflicts, _, _ = run(["W1", "W2"])
    conflict = next(c for c in conflicts.values() if c.kind == EDIT_VS_DELETE)
    decide(rows, conflict, [v for v in conflict.versions if v.value == DELETED])
    assert 7 not in rows.data["jalan"]


def test_changeset_listing_becomes_edits():
    listing = {"geodiff": [
        {"table": "t", "type": "update", "changes": [{"column": 0, "old": 5}, {"column": 2, "old": None, "new": "x"}]},
        {"table": "t", "type": "insert", "changes": [{"column": 0, "new": 9}, {"column": 1, "new": "g"},
                                                     {"column": 2, "new": None}]},
        {"table": "t", "type": "delete", "changes": [{"column": 0, "old": 6}, {"column": 1, "old": "h"},
                                                     {"column": 2, "old": "y"}]}]}
    edits = edits_from_changeset(listing, {"t": ["fid", "geom", "catatan"]})
    assert edits == [Edit("t", UPDATE, 5, "catatan", None, "x"),
                     Edit("t", INSERT, 9, row={"fid": 9, "geom": "g", "catatan": None}),
                     Edit("t", DELETE, 6, row={"fid": 6, "geom": "h", "catatan": "y"})]


def full_view(conflicts):
    """Every conflict with its key and status (a decided or folded one counts too)."""
    return frozenset((key, c.kind, c.status, frozenset(
        (v.source, repr(sorted(v.value.items())) if isinstance(v.value, dict) else repr(v.value)) for v in c.versions))
        for key, c in conflicts.items())


def every_order(packages, master=MASTER_ROWS, same=near):
    results = set()
    for order in permutations(packages):
        rows, conflicts = Rows(master), {}
        merger = Reconciler(rows, [], conflicts, same_object=same)
        for code in order:
            merger.merge(prov(code), packages[code])
        results.add((repr(rows.content()), full_view(conflicts)))
    return results, rows, conflicts


def test_a_delete_against_two_edited_fields_keeps_both_in_any_order():
    packages = {"A": [Edit("bangunan", DELETE, 3, row={"fid": 3, "kondisi": "rusak", "x": 100, "pokja": None})],
                "B": [upd("bangunan", 3, "kondisi", "rusak", "baik"), upd("bangunan", 3, "x", 100, 101)]}
    results, rows, conflicts = every_order(packages)
    assert len(results) == 1
    [conflict] = conflicts.values()
    version = next(v for v in conflict.versions if v.source == "id-B")
    assert version.value == {"kondisi": "baik", "x": 101}
    decide(rows, conflict, [version])
    assert rows.data["bangunan"][3] == {"kondisi": "baik", "x": 101, "pokja": None}


def test_a_chain_of_near_new_objects_is_one_conflict_in_any_order():
    packages = {code: [Edit("bangunan", INSERT, 200, row={"fid": 200, "kondisi": code, "x": x, "pokja": None})]
                for code, x in (("A", 300), ("B", 301.5), ("C", 303))}
    results, rows, conflicts = every_order(packages)
    assert len(results) == 1
    [conflict] = conflicts.values()
    assert {v.source for v in conflict.versions} == {"id-A", "id-B", "id-C"}
    assert sorted(r["x"] for r in rows.data["bangunan"].values()) == [0, 50, 100]


def test_a_value_conflict_then_a_delete_gives_the_same_conflicts_in_any_order():
    packages = {"A": [Edit("bangunan", DELETE, 1, row={"fid": 1, "kondisi": "baik", "x": 0, "pokja": None})],
                "B": [upd("bangunan", 1, "kondisi", "baik", "rusak_ringan")],
                "C": [upd("bangunan", 1, "kondisi", "baik", "rusak_berat")]}
    results, rows, _ = every_order(packages)
    assert len(results) == 1 and rows.data["bangunan"][1]["kondisi"] == "baik"


def test_the_planners_value_stays_when_one_pokja_agrees_and_another_not_in_any_order():
    master = {t: dict(r) for t, r in MASTER_ROWS.items()}
    master["bangunan"] = {**master["bangunan"], 1: {"kondisi": "sedang", "x": 0, "pokja": None}}
    packages = {"A": [upd("bangunan", 1, "kondisi", "baik", "sedang")],
                "B": [upd("bangunan", 1, "kondisi", "baik", "rusak")]}
    results, rows, conflicts = every_order(packages, master)
    assert len(results) == 1 and rows.data["bangunan"][1]["kondisi"] == "sedang"
    assert {v.source for v in next(iter(conflicts.values())).versions} == {MASTER, "id-A", "id-B"}


def test_a_package_merged_again_with_newer_values_brings_them():
    rows = Rows(MASTER_ROWS)
    merger = Reconciler(rows, [], {}, same_object=near)
    new_house = {"fid": 200, "kondisi": "baik", "x": 500, "pokja": None}
    merger.merge(prov("A"), [upd("bangunan", 3, "kondisi", "rusak", "baik"), Edit("bangunan", INSERT, 200, row=new_house)])
    again = merger.merge(prov("A"), [upd("bangunan", 3, "kondisi", "rusak", "rusak_ringan"),
                                     Edit("bangunan", INSERT, 200, row=dict(new_house, kondisi="rusak_berat"))])
    assert [o for _, o in again] == [APPLIED, APPLIED]
    assert rows.data["bangunan"][3]["kondisi"] == "rusak_ringan"
    assert [r["kondisi"] for r in rows.data["bangunan"].values() if r["x"] == 500] == ["rusak_berat"]
    assert [o for _, o in merger.merge(prov("A"), [upd("bangunan", 3, "kondisi", "rusak", "rusak_ringan")])] == [ALREADY]


def test_a_late_package_reopens_a_decided_conflict_and_keeps_the_decision_in_the_master():
    rows, ledger, conflicts, _, merger = run(["W1", "W2"])
    conflict = next(c for c in conflicts.values() if c.kind == DIFFERENT_VALUES)
    chosen = next(v for v in conflict.versions if v.source == "id-W2")
    chosen.decision, chosen.note = "pakai", "disepakati rembug RW 02"
    decide(rows, conflict, [chosen])
    assert rows.data["bangunan"][1]["kondisi"] == "rusak_berat"
    [(_, outcome)] = merger.merge(prov("W9"), [upd("bangunan", 1, "kondisi", "baik", "rusak_sedang")])
    assert outcome == CONFLICT and rows.data["bangunan"][1]["kondisi"] == "rusak_berat"
    assert conflict.status == OPEN and chosen.note == "disepakati rembug RW 02"
    assert {v.source for v in conflict.versions} == {"id-W1", "id-W2", "id-W9"}


def near_in_cells(table, a, b):
    return near(table, a, b)


# cells of 5 units: ``near`` (within 2) needs the cells of x ± 2; a coarse grid on purpose, so
# that features in neighbouring cells must still be found
near_in_cells.cells = lambda row: tuple(range(int((row.get("x", 0) - 2) // 5), int((row.get("x", 0) + 2) // 5) + 1))


@pytest.mark.parametrize("scenario", ["packages", "chain", "chain_over_cells"])
def test_finding_new_features_by_place_changes_nothing(scenario):
    """The reconciler's place index (``same_object.cells``) only saves comparisons: every order
    gives the same master and conflicts as comparing every pair."""
    chain = {"chain": (300, 301.5, 303), "chain_over_cells": (298.5, 300.2, 301.9)}
    packages = PACKAGES if scenario == "packages" else {
        code: [Edit("bangunan", INSERT, 200, row={"fid": 200, "kondisi": code, "x": x, "pokja": None})]
        for code, x in zip("ABC", chain[scenario])}
    by_pairs, _, _ = every_order(packages)
    by_place, _, conflicts = every_order(packages, same=near_in_cells)
    assert by_place == by_pairs and len(by_place) == 1
    assert any(c.kind == SAME_OBJECT for c in conflicts.values())


def _new_house(x, kondisi):
    return [Edit("bangunan", INSERT, 200, row={"fid": 200, "kondisi": kondisi, "x": x, "pokja": None})]


@pytest.mark.parametrize("same", [near, near_in_cells], ids=["every_pair", "by_place"])
@pytest.mark.parametrize("moved_by", ["package", "planner"])
def test_a_new_house_moved_since_it_was_merged_is_found_where_it_is(same, moved_by):
    """A house added by A, then moved (by a later package, or by the planner in QGIS between
    two merges): D's house drawn where it now stands is the same object, a conflict."""
    rows, ledger, conflicts = Rows(MASTER_ROWS), [], {}
    Reconciler(rows, ledger, conflicts, same_object=same).merge(prov("A"), _new_house(500, "baik"))
    fid = ledger[-1].master_fid
    merger = Reconciler(rows, ledger, conflicts, same_object=same)
    if moved_by == "package":
        assert merger.merge(prov("C"), [upd("bangunan", fid, "x", 500, 800)])[0][1] == APPLIED
    else:
        rows.data["bangunan"][fid]["x"] = 800
        merger = Reconciler(rows, ledger, conflicts, same_object=same)      # a later run
    assert merger.merge(prov("D"), _new_house(800.5, "rusak"))[0][1] == CONFLICT
    [conflict] = conflicts.values()
    assert conflict.kind == SAME_OBJECT and sorted(r["x"] for r in rows.data["bangunan"].values()) == [0, 50, 100]


def test_two_packages_of_one_work_area_keep_their_own_conflicts():
    """A second round re-cut for W1 numbers its new features like the first: each same-object
    conflict keeps its own key, none replaces another."""
    rows, ledger, conflicts = Rows(MASTER_ROWS), [], {}
    merger = Reconciler(rows, ledger, conflicts, same_object=near_in_cells)
    for package, code, x in (("pkg-1", "W1", 500), ("pkg-2", "W2", 500.5), ("pkg-3", "W1", 900), ("pkg-4", "W3", 900.5)):
        merger.merge(Provenance(package, code), _new_house(x, package))
    assert sorted(sorted(v.source for v in c.versions) for c in conflicts.values()) == [
        ["pkg-1", "pkg-2"], ["pkg-3", "pkg-4"]]
