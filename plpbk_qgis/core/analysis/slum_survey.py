"""Slum-criterion volumes per RT from the PLPBK survey layers (pure: pandas, no QGIS).

The caller gives one DataFrame per catalog layer (``resources/catalog.yaml``), one row per
feature, with the RT already assigned in a column ``rt`` (optional ``rw``, see
``slum_score.rt_key``), line lengths in ``panjang_m`` and, in the ``rt`` frame, the RT area in
``luas_m2``. Values are the catalog codes ("rusak_berat"; "Rusak Berat" is read as the same).

What the survey feeds (``SHARE_RULES`` + k1b) and what only the baseline can give
---------------------------------------------------------------------------------
====  =========  ==========================  =============================================
code  layer      volume / total              fails when
====  =========  ==========================  =============================================
k1b   bangunan + buildings / buildings       checkbuildingrules ``status_kdb`` or
      rules, rt                              ``status_klb`` MELANGGAR; or the RT has
                                             ≥ 250 (big city) / ≥ 200 buildings per ha
k1c   bangunan   buildings / buildings       kondisi rusak_sedang/berat, tipe darurat,
                                             atap ijuk_rumbia, dinding bambu, lantai
                                             tanah (RTLH-style safety/health indicators)
k2b   jalan      metres / metres             kondisi rusak_sedang/berat or perkerasan tanah;
                 (kelas lingkungan, gang)    city roads (arteri/kolektor/lokal) not counted
k3a   air_minum  KK served / KK served       kualitas_air not baik, or sumber_air sungai
k4b   drainase   metres / metres (all)       jenis_drainase tidak_ada (surveyed gaps)
k4c   drainase   metres / metres (existing)  jenis saluran_tanah (unlined, as the criterion
                                             says), kondisi rusak_sedang/berat, masalah rusak
k5a   sanitasi   KK users / KK users         jenis_sanitasi tidak_ada (BABS), or disposal not
                                             to tangki_septik / ipal_komunal
k5b   sanitasi   KK users / KK users         disposal not to tangki_septik / ipal_komunal,
                                             or kondisi rusak_sedang/berat
====  =========  ==========================  =============================================

Baseline only — no catalog field measures them, so the survey returns nothing (missing, never
0): k1a (regularity against RDTR/RTBL tata bangunan), k2a (area not served needs the ideal
road length), k3b (60 l/person/day), k4a (ponding > 30 cm, > 2 h, > 2x/year — hazard zones
are not that), k6a/k6b (the persampahan layer has no household count), k7a/k7b (the catalog
has no existing fire-protection layer; hydrants appear only as plans).

Denominators are the features whose fields could be read; features with an empty or unknown
code (or no weight) are not counted and the count is written in ``catatan``. k3a/k5 divide by
the households recorded at the sources/facilities, not by the RT's jml_kk (a source may serve
several RTs); k4c divides by existing drains, where KOTAKU sheets divide by an "ideal" length.
k1b from the density alone is only a verdict when the RT is dense (100 %): below the
threshold KDB/KLB may still be exceeded, so without rule results the criterion stays missing.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..errors import Message
from ..values import is_empty
from .slum_criteria import DENSITY_BIG_CITY_UNITS_PER_HA, DENSITY_SMALL_CITY_UNITS_PER_HA
from .slum_score import RT_COLUMN, RW_COLUMN, SURVEY, Volume, rt_key

LENGTH_M, AREA_M2, BUILDING_ID = "panjang_m", "luas_m2", "id_bangunan"
RULE_STATUS_COLUMNS = ("status_kdb", "status_klb")
VIOLATES, CHECK, CONFORMS, NOT_CHECKED = "MELANGGAR", "PERLU_CEK", "SESUAI", "TIDAK_DICEK"
SQUARE_METRES_PER_HA = 10_000.0
RULES_LAYER = "hasil pemeriksaan aturan bangunan"

# The catalog value lists used below (tests compare them with resources/catalog.yaml).
VALUE_LISTS = {
    "kondisi": ("baik", "rusak_ringan", "rusak_sedang", "rusak_berat"),
    "tipe_bangunan": ("permanen", "semi_permanen", "darurat"),
    "material_atap": ("genteng", "beton", "seng", "asbes", "kayu_sirap", "ijuk_rumbia", "lainnya"),
    "material_dinding": ("tembok", "kayu", "bambu", "seng", "campuran", "lainnya"),
    "material_lantai": ("keramik", "ubin", "semen", "kayu", "tanah", "lainnya"),
    "kelas_jalan": ("arteri", "kolektor", "lokal", "lingkungan", "gang"),
    "perkerasan": ("aspal", "beton", "paving", "kerikil", "tanah"),
    "jenis_drainase": ("saluran_terbuka", "saluran_tertutup", "gorong_gorong", "saluran_tanah",
                       "tidak_ada"),
    "masalah_drainase": ("tidak_ada", "tersumbat", "sedimentasi", "meluap", "rusak",
                         "tidak_terhubung"),
    "sumber_air": ("pdam", "sumur_gali", "sumur_bor", "hidran_umum", "air_kemasan", "mata_air",
                   "air_hujan", "sungai"),
    "kualitas_air": ("baik", "keruh", "berbau", "asin", "berwarna"),
    "jenis_sanitasi": ("jamban_pribadi", "jamban_bersama", "mck_umum", "tidak_ada"),
    "pembuangan_limbah": ("tangki_septik", "ipal_komunal", "cubluk", "saluran_drainase", "sungai"),
}
# (layer, field) -> value list, as in the catalog
FIELD_LISTS = {
    ("bangunan", "kondisi"): "kondisi", ("bangunan", "tipe_bangunan"): "tipe_bangunan",
    ("bangunan", "material_atap"): "material_atap",
    ("bangunan", "material_dinding"): "material_dinding",
    ("bangunan", "material_lantai"): "material_lantai",
    ("jalan", "kelas_jalan"): "kelas_jalan", ("jalan", "perkerasan"): "perkerasan",
    ("jalan", "kondisi"): "kondisi",
    ("drainase", "jenis_drainase"): "jenis_drainase", ("drainase", "kondisi"): "kondisi",
    ("drainase", "masalah"): "masalah_drainase",
    ("air_minum", "sumber_air"): "sumber_air", ("air_minum", "kualitas_air"): "kualitas_air",
    ("sanitasi", "jenis_sanitasi"): "jenis_sanitasi",
    ("sanitasi", "pembuangan_limbah"): "pembuangan_limbah", ("sanitasi", "kondisi"): "kondisi",
}
DAMAGED = frozenset({"rusak_sedang", "rusak_berat"})
NO_SEPTIC = frozenset({"cubluk", "saluran_drainase", "sungai"})


@dataclass(frozen=True)
class ShareRule:
    """One criterion as a share of a layer's features. A feature fails when any ``bad`` field
    holds one of its codes; it passes when no field fails and every ``required`` field holds
    a known code; otherwise it is not counted. ``only`` keeps the features the criterion is
    about (e.g. neighbourhood roads). ``weight``: summed column, None = count features."""
    code: str
    layer: str
    weight: str | None
    bad: dict
    required: tuple
    only: dict = field(default_factory=dict)


SHARE_RULES = (
    ShareRule("k1c", "bangunan", None,
              {"kondisi": DAMAGED, "tipe_bangunan": {"darurat"}, "material_atap": {"ijuk_rumbia"},
               "material_dinding": {"bambu"}, "material_lantai": {"tanah"}}, ("kondisi",)),
    ShareRule("k2b", "jalan", LENGTH_M, {"kondisi": DAMAGED, "perkerasan": {"tanah"}},
              ("kondisi", "perkerasan"), {"kelas_jalan": {"lingkungan", "gang"}}),
    ShareRule("k3a", "air_minum", "jml_kk_dilayani",
              {"kualitas_air": {"keruh", "berbau", "asin", "berwarna"}, "sumber_air": {"sungai"}},
              ("sumber_air", "kualitas_air")),
    ShareRule("k4b", "drainase", LENGTH_M, {"jenis_drainase": {"tidak_ada"}}, ("jenis_drainase",)),
    ShareRule("k4c", "drainase", LENGTH_M,
              {"jenis_drainase": {"saluran_tanah"}, "kondisi": DAMAGED, "masalah": {"rusak"}},
              ("jenis_drainase", "kondisi"),
              {"jenis_drainase": set(VALUE_LISTS["jenis_drainase"]) - {"tidak_ada"}}),
    ShareRule("k5a", "sanitasi", "jml_pengguna_kk",
              {"jenis_sanitasi": {"tidak_ada"}, "pembuangan_limbah": NO_SEPTIC},
              ("jenis_sanitasi", "pembuangan_limbah")),
    ShareRule("k5b", "sanitasi", "jml_pengguna_kk",
              {"pembuangan_limbah": NO_SEPTIC, "kondisi": DAMAGED}, ("pembuangan_limbah",)),
)

NOTE_NOT_COUNTED = "{jumlah} fitur tidak dihitung (data kosong/tidak dikenal)"


@dataclass
class SurveyVolumes:
    """``survey_volumes`` result: rt key -> {code: Volume}, and the problems met."""
    volumes: dict = field(default_factory=dict)
    problems: list = field(default_factory=list)

    def put(self, key: str, code: str, volume: Volume) -> None:
        self.volumes.setdefault(key, {})[code] = volume


def _code(value) -> str | None:
    """Catalog code of a cell: 'Rusak Berat ' -> 'rusak_berat'; empty -> None."""
    return None if is_empty(value) else re.sub(r"[\s\-]+", "_", str(value).strip().lower())


def _keys(frame: pd.DataFrame) -> pd.Series:
    """rt key per row (None where the RT is empty)."""
    rw = frame[RW_COLUMN] if RW_COLUMN in frame else pd.Series([None] * len(frame), frame.index)
    return pd.Series([rt_key(rt, w) for rt, w in zip(frame[RT_COLUMN], rw)], frame.index,
                     dtype=object)


def _coded(frame, layer: str, column: str, result: SurveyVolumes, reported: set) -> pd.Series:
    """The column as known catalog codes; unknown codes become None and are reported once."""
    codes = frame[column].map(_code)
    known = set(VALUE_LISTS[FIELD_LISTS[(layer, column)]])
    unknown = codes[codes.notna() & ~codes.isin(known)]
    for value, count in unknown.value_counts().items():
        if (layer, column, value) not in reported:
            reported.add((layer, column, value))
            result.problems.append(Message(
                "Lapisan {lapisan}, kolom {kolom}: nilai '{nilai}' ({jumlah} fitur) tidak ada "
                "dalam daftar nilai katalog; fitur itu tidak dihitung.",
                lapisan=layer, kolom=column, nilai=value, jumlah=int(count)))
    return codes.where(codes.isin(known), None)


def _weights(frame, layer: str, column: str | None, result: SurveyVolumes) -> pd.Series:
    """Weight per feature (1 when counting); NaN where it cannot be used (reported)."""
    if column is None:
        return pd.Series(1.0, frame.index)
    raw = frame[column]
    numbers = pd.to_numeric(raw, errors="coerce")
    unusable = (numbers.isna() & ~raw.map(is_empty)) | (numbers < 0)
    if unusable.any():
        result.problems.append(Message(
            "Lapisan {lapisan}, kolom {kolom}: {jumlah} fitur bernilai bukan angka atau negatif; "
            "fitur itu tidak dihitung.", lapisan=layer, kolom=column, jumlah=int(unusable.sum())))
    return numbers.where(~unusable)


def _missing_columns(rule: ShareRule, frame: pd.DataFrame) -> list:
    needed = [RT_COLUMN, *rule.required, *rule.only, *([rule.weight] if rule.weight else [])]
    return [column for column in dict.fromkeys(needed) if column not in frame]


def _share_volumes(rule: ShareRule, frame, keys, result: SurveyVolumes, reported: set) -> None:
    """Volumes of one ShareRule per RT into ``result``."""
    missing = _missing_columns(rule, frame)
    if missing:
        result.problems.append(Message(
            "Lapisan {lapisan} tidak memiliki kolom {kolom}; kriteria {kode} tidak dihitung dari "
            "survei.", lapisan=rule.layer, kolom=", ".join(missing), kode=rule.code))
        return
    fields = dict.fromkeys([*rule.only, *rule.bad, *rule.required])
    codes = {name: _coded(frame, rule.layer, name, result, reported)
             for name in fields if name in frame}
    in_scope = pd.Series(True, frame.index)
    scope_unknown = pd.Series(False, frame.index)
    for name, allowed in rule.only.items():
        scope_unknown |= codes[name].isna()
        in_scope &= codes[name].isin(allowed)
    fails = pd.Series(False, frame.index)
    for name, bad in rule.bad.items():
        if name in codes:
            fails |= codes[name].isin(bad)
    readable = pd.concat([codes[name].notna() for name in rule.required], axis=1).all(axis=1)
    weight = _weights(frame, rule.layer, rule.weight, result)
    counted = in_scope & (fails | readable) & weight.notna() & keys.notna()
    unknown = (scope_unknown | (in_scope & ~counted)) & keys.notna()
    table = pd.DataFrame({"key": keys, "bad": weight.where(counted & fails, 0.0),
                          "total": weight.where(counted, 0.0), "unknown": unknown,
                          "seen": counted | unknown})
    for key, group in table[table["seen"]].groupby("key", sort=False):
        not_counted = int(group["unknown"].sum())
        note = NOTE_NOT_COUNTED.format(jumlah=not_counted) if not_counted else ""
        result.put(key, rule.code, Volume(float(group["bad"].sum()), float(group["total"].sum()),
                                          SURVEY, note))


# ---------------------------------------------------------------- k1b building density
def _rule_status(rules: pd.DataFrame, result: SurveyVolumes) -> pd.Series:
    """Per building: 'melanggar' / 'sesuai' / None (check needed, not checked, unknown)."""
    columns = [column for column in RULE_STATUS_COLUMNS if column in rules]
    known = {VIOLATES, CHECK, CONFORMS, NOT_CHECKED}
    statuses = {}
    for column in columns:
        text = rules[column].map(lambda v: None if is_empty(v) else str(v).strip().upper())
        for value, count in text[text.notna() & ~text.isin(known)].value_counts().items():
            result.problems.append(Message(
                "Hasil pemeriksaan aturan bangunan, kolom {kolom}: status '{nilai}' tidak dikenal "
                "({jumlah} bangunan); bangunan itu tidak dihitung.",
                kolom=column, nilai=value, jumlah=int(count)))
        statuses[column] = text
    frame = pd.DataFrame(statuses, index=rules.index)
    violates = frame.eq(VIOLATES).any(axis=1)
    doubtful = (frame.notna() & ~frame.isin([CONFORMS, NOT_CHECKED, VIOLATES])).any(axis=1)
    conforms = frame.eq(CONFORMS).any(axis=1) & ~doubtful
    return pd.Series(np.select([violates, conforms], ["melanggar", "sesuai"], None),
                     rules.index, dtype=object)


def _rules_keys(rules: pd.DataFrame, bangunan: pd.DataFrame | None) -> pd.Series | None:
    """rt key per rule row: its own ``rt`` column, else through ``id_bangunan``."""
    if RT_COLUMN in rules:
        return _keys(rules)
    if bangunan is None or BUILDING_ID not in rules or BUILDING_ID not in bangunan:
        return None
    by_id = dict(zip(bangunan[BUILDING_ID].astype(str), _keys(bangunan)))
    return rules[BUILDING_ID].astype(str).map(by_id)


def _rule_counts(rules, bangunan, result: SurveyVolumes) -> dict:
    """rt key -> (violating, conforming, not decided) buildings from the rule results."""
    keys = _rules_keys(rules, bangunan)
    if keys is None or not any(column in rules for column in RULE_STATUS_COLUMNS):
        result.problems.append(Message(
            "Hasil pemeriksaan aturan bangunan tidak memiliki kolom 'rt' atau 'id_bangunan' yang "
            "cocok dengan lapisan bangunan; k1b tidak dihitung dari status KDB/KLB."))
        return {}
    status = _rule_status(rules, result)
    table = pd.DataFrame({"key": keys, "status": status})
    without = int(table["key"].isna().sum())
    if without:
        result.problems.append(Message("Lapisan {lapisan}: {jumlah} fitur tanpa RT tidak dihitung.",
                                       lapisan=RULES_LAYER, jumlah=without))
    table = table[table["key"].notna()]
    return {key: (int((group["status"] == "melanggar").sum()),
                  int((group["status"] == "sesuai").sum()), int(group["status"].isna().sum()))
            for key, group in table.groupby("key", sort=False)}


def _densities(building_keys: pd.Series, rt: pd.DataFrame, result: SurveyVolumes) -> dict:
    """rt key -> (buildings, buildings per ha) for the RTs with a usable area."""
    counts = building_keys.dropna().value_counts()
    densities = {}
    for key, area in zip(_keys(rt), pd.to_numeric(rt[AREA_M2], errors="coerce")):
        if key is None:
            continue
        if not area > 0:
            result.problems.append(Message("RT {rt}: luas '{luas}' tidak dapat dipakai; kepadatan "
                                           "bangunan per ha tidak dihitung.", rt=key, luas=area))
            continue
        buildings = int(counts.get(key, 0))
        densities[key] = (buildings, buildings / (area / SQUARE_METRES_PER_HA))
    return densities


def _density_volumes(layers: Mapping, big_city: bool | None, result: SurveyVolumes) -> dict:
    bangunan, rt = layers.get("bangunan"), layers.get("rt")
    if bangunan is None or rt is None or RT_COLUMN not in bangunan or AREA_M2 not in rt \
            or RT_COLUMN not in rt:
        return {}
    if big_city is None:
        result.problems.append(Message("Ukuran kota (besar/metropolitan atau sedang/kecil) tidak "
                                       "diberikan; kepadatan bangunan per ha (k1b) tidak dinilai."))
        return {}
    return _densities(_keys(bangunan), rt, result)


def _building_density_volumes(layers: Mapping, building_rules, big_city, result) -> None:
    """k1b per RT: all buildings when the RT is dense, else the share violating KDB/KLB."""
    threshold = DENSITY_BIG_CITY_UNITS_PER_HA if big_city else DENSITY_SMALL_CITY_UNITS_PER_HA
    densities = _density_volumes(layers, big_city, result)
    counts = {} if building_rules is None else _rule_counts(building_rules, layers.get("bangunan"),
                                                            result)
    for key in dict.fromkeys([*densities, *counts]):
        buildings, density = densities.get(key, (None, None))
        if density is not None and density >= threshold:
            result.put(key, "k1b", Volume(float(buildings), float(buildings), SURVEY,
                                          f"kepadatan {density:.0f} unit/ha ≥ {threshold:.0f} "
                                          "unit/ha: seluruh bangunan dihitung"))
        elif key in counts:
            violating, conforming, undecided = counts[key]
            notes = [f"{violating} bangunan melanggar KDB/KLB dari {violating + conforming}"]
            if undecided:
                notes.append(f"{undecided} bangunan perlu dicek/tidak dicek, tidak dihitung")
            notes.append(f"kepadatan {density:.0f} unit/ha < {threshold:.0f} unit/ha"
                         if density is not None else "kepadatan per ha tidak dihitung")
            result.put(key, "k1b", Volume(float(violating), float(violating + conforming),
                                          SURVEY, "; ".join(notes)))


# ---------------------------------------------------------------- entry point
def _report_rows_without_rt(layers: Mapping, result: SurveyVolumes) -> dict:
    """rt keys per layer; rows without an RT are reported once per layer."""
    keys = {}
    for layer, frame in layers.items():
        if frame is None or RT_COLUMN not in frame:
            continue
        keys[layer] = _keys(frame)
        without = int(keys[layer].isna().sum())
        if without:
            result.problems.append(Message("Lapisan {lapisan}: {jumlah} fitur tanpa RT tidak "
                                           "dihitung.", lapisan=layer, jumlah=without))
    return keys


def survey_volumes(layers: Mapping, building_rules: pd.DataFrame | None = None,
                   big_city: bool | None = None) -> SurveyVolumes:
    """Volumes per RT of the criteria the survey can feed (table in the module docstring).

    ``layers``: catalog layer name -> DataFrame ('bangunan', 'jalan', 'drainase', 'air_minum',
    'sanitasi', 'rt'), absent layers simply feed nothing. ``building_rules``: the per-building
    checkbuildingrules result (``status_kdb``/``status_klb`` and ``rt`` or ``id_bangunan``).
    ``big_city``: True for kota metropolitan/besar (250 unit/ha), False for sedang/kecil (200).
    """
    result = SurveyVolumes()
    layers = {name: frame for name, frame in layers.items() if frame is not None}
    keys = _report_rows_without_rt(layers, result)
    reported: set = set()
    for rule in SHARE_RULES:
        frame = layers.get(rule.layer)
        if frame is None:
            continue
        layer_keys = keys.get(rule.layer, pd.Series([None] * len(frame), frame.index))
        _share_volumes(rule, frame, layer_keys, result, reported)
    _building_density_volumes(layers, building_rules, big_city, result)
    return result
