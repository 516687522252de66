"""The result model of every conformance check: statuses, reason codes and their texts.

Statuses are held as small integers in numpy arrays while computing (so that the overall status
is a plain ``max``) and turned into the four words only when written out:

- ``TIDAK_DICEK`` (0): the input needed for the rule was not supplied; never affects the overall
- ``SESUAI`` (1): measured value within the allowed value
- ``PERLU_CEK`` (2): input supplied but missing or ambiguous for this feature
- ``MELANGGAR`` (3): measured value breaks the rule

Reasons are codes with a short Indonesian text; ``alasan`` joins them as ``KODE: teks; ...``.
"""

from __future__ import annotations

import numpy as np

TIDAK_DICEK, SESUAI, PERLU_CEK, MELANGGAR = 0, 1, 2, 3
STATUS_NAMES = np.array(["TIDAK_DICEK", "SESUAI", "PERLU_CEK", "MELANGGAR"], dtype=object)

# Values are compared after rounding to what is written out, so that a reader who sees
# "kdb 60.0, kdb_maks 60" never finds MELANGGAR next to them. KDB/KDH are percent (two decimals
# of a percent); KLB is a ratio, where two decimals would be a 1 % step, so it gets three.
DECIMALS = 2
DECIMALS_BY_MEASURE = {"klb": 3}


def decimals_of(name: str) -> int:
    """Decimals written and compared for a rule or measure name ('klb', 'klb_maks', …)."""
    return DECIMALS_BY_MEASURE.get(name.split("_", 1)[0], DECIMALS)

# code -> short Indonesian text (what the Tim Teknis reads in the attribute table)
REASONS = {
    "KDB_LEBIH": "KDB melebihi KDB maksimum zona",
    "KLB_LEBIH": "KLB melebihi KLB maksimum zona",
    "KDH_KURANG": "KDH kurang dari KDH minimum zona",
    "GSB_KURANG": "GSB kurang dari GSB minimum",
    "TINGGI_LEBIH": "tinggi bangunan melebihi tinggi maksimum",
    "LANTAI_LEBIH": "jumlah lantai melebihi lantai maksimum",
    "ITBX_X": "kegiatan tidak diizinkan (X) di sub-zona ini",
    "ITBX_T": "kegiatan diizinkan terbatas (T): periksa batasannya",
    "ITBX_B": "kegiatan diizinkan bersyarat (B): periksa persyaratannya",
    "ITBX_KOSONG": "kegiatan tidak diatur dalam tabel ITBX untuk sub-zona ini",
    "GUNA_KOSONG": "fungsi/kegiatan bangunan kosong",
    "KEGIATAN_TIDAK_DIKENAL": "kode kegiatan tidak ada di tabel ITBX",
    "ZONA_TIDAK_DIKENAL": "kode zona tidak ada di tabel ITBX",
    "DI_LUAR_ZONA": "tidak berada di zona rencana kota mana pun",
    "KODE_ZONA_KOSONG": "kode zona kosong pada lapisan zona",
    "ZONA_GANDA": "porsi zona dominan di bawah batas minimum; zona tidak pasti",
    "ATURAN_KOSONG": "nilai aturan zona kosong atau tidak terbaca",
    "ATURAN_TERPOTONG": "teks aturan zona terpotong saat ekspor; kelas luas persil ini hilang",
    "KELAS_LUAS_TIDAK_ADA": "luas persil tidak termasuk kelas luas mana pun dalam aturan zona",
    "ALTERNATIF_TIDAK_ADA": "alternatif yang diminta tidak ada dalam aturan zona",
    "ALTERNATIF_TIDAK_TERPENUHI": "tidak ada alternatif intensitas yang terpenuhi; ditampilkan alternatif "
                                  "yang gagal pada aturan paling sedikit",
    "ATURAN_DITAFSIRKAN": "nilai aturan zona dibaca dengan tafsiran",
    "RENCANA_DITAFSIRKAN": "nilai rencana dibaca dengan tafsiran",
    "LANTAI_KOSONG": "jumlah lantai kosong",
    "LANTAI_TIDAK_TERBACA": "jumlah lantai tidak dapat dibaca",
    "TINGGI_TIDAK_TERBACA": "tinggi bangunan tidak dapat dibaca",
    "TINGGI_KOSONG": "tinggi dan jumlah lantai kosong",
    "LANTAI_PERSIL_TIDAK_LENGKAP": "jumlah lantai sebagian bangunan di persil tidak diketahui",
    "BANGUNAN_TANPA_PERSIL": "bangunan tidak berada di persil mana pun",
    "BANGUNAN_PERLU_CEK": "sebagian bangunan di persil perlu dicek (lihat lapisan bangunan)",
    "PERSIL_TANPA_BANGUNAN": "persil tidak berisi bangunan",
    "JALAN_TIDAK_DITEMUKAN": "tidak ada jalan dalam jarak pencarian",
    "LEBAR_JALAN_KOSONG": "lebar jalan terdekat kosong; diukur dari as jalan",
    "LEBAR_JALAN_TIDAK_TERBACA": "lebar jalan terdekat tidak terbaca atau tidak wajar; diukur dari as jalan",
    "GEOMETRI_DIPERBAIKI": "geometri tidak valid dan diperbaiki otomatis; nilai perlu dicek",
    "GEOMETRI_KOSONG": "geometri kosong",
    "PERSIL_ESTIMASI": "persil diperkirakan dari tesselasi bangunan, bukan data persil",
    "RENCANA_LEBIH_LONGGAR": "aturan rencana lebih longgar daripada rencana kota",
    "RENCANA_KOSONG": "nilai aturan rencana kosong atau tidak terbaca",
    "ZONA_LINDUNG_DIBANGUN": "zona lindung (RTH/sempadan/badan air/cagar budaya) direncanakan untuk bangunan",
    "GUNA_TIDAK_SESUAI_ZONA": "guna rencana tidak sesuai dengan kelas zona",
    "GUNA_PERLU_CEK_ZONA": "guna rencana hanya mungkin dengan syarat di kelas zona ini",
    "GUNA_RENCANA_TIDAK_DIKENAL": "kode guna rencana tidak dikenal",
    "KELAS_ZONA_TIDAK_DIKENAL": "kelas zona tidak dapat dikenali dari kode/nama zona",
    "ATURAN_KELAS_JALAN": "aturan zona berbeda per kelas jalan; rencana hanya memenuhi sebagian",
    "ATURAN_KELAS_LUAS": "aturan zona berbeda per kelas luas persil/alternatif; rencana hanya memenuhi sebagian",
    "SEBAGIAN_DI_LUAR_ZONA": "sebagian blok berada di luar zona rencana kota",
}


def empty_status(n: int, value: int = TIDAK_DICEK) -> np.ndarray:
    return np.full(n, value, dtype=np.int8)


def rounded(values, decimals: int = DECIMALS) -> np.ndarray:
    return np.round(np.asarray(values, dtype=float), decimals)


def compare(measured, allowed, *, at_most: bool, decimals: int = DECIMALS) -> np.ndarray:
    """SESUAI/MELANGGAR where both numbers are known, PERLU_CEK where either is NaN.

    ``at_most``: the measured value must be ≤ allowed (KDB, KLB, height); else ≥ (KDH, GSB).
    """
    measured = rounded(measured, decimals)
    allowed = rounded(allowed, decimals)
    known = ~np.isnan(measured) & ~np.isnan(allowed)
    with np.errstate(invalid="ignore"):
        ok = measured <= allowed if at_most else measured >= allowed
    status = np.where(ok, SESUAI, MELANGGAR).astype(np.int8)
    status[~known] = PERLU_CEK
    return status


def overall(*statuses) -> np.ndarray:
    """MELANGGAR if any rule is, else PERLU_CEK if any is, else SESUAI (TIDAK_DICEK ignored;
    TIDAK_DICEK only when no rule was checked at all)."""
    return np.maximum.reduce([np.asarray(s, dtype=np.int8) for s in statuses])


def finish_overall(out: dict, reasons, repaired, empty) -> np.ndarray:
    """Write the overall ``status`` and ``alasan`` into ``out`` (shared by the building and the
    plan check): repaired or empty geometry makes a feature at least PERLU_CEK."""
    status = overall(*[out[k] for k in list(out) if k.startswith("status_")])
    reasons.add(repaired, "GEOMETRI_DIPERBAIKI")
    reasons.add(empty, "GEOMETRI_KOSONG")
    flagged = repaired | empty
    status[flagged] = np.maximum(status[flagged], PERLU_CEK)
    out["status"] = status
    out["alasan"] = reasons.text
    return status


def status_names(status) -> np.ndarray:
    return STATUS_NAMES[np.asarray(status, dtype=np.int64)]


def status_categories(status):
    """The status words as a pandas Categorical: reads like ``status_names`` (``[i]``, ``==``,
    ``set``, ``np.asarray``) but keeps one byte per feature instead of a pointer (10⁶ features,
    a dozen status columns: about a hundred megabytes)."""
    import pandas as pd

    return pd.Categorical.from_codes(np.asarray(status, dtype=np.int8), categories=list(STATUS_NAMES))


class Reasons:
    """Collects reason codes per feature, vectorised: ``add(mask, code, detail=None)``.

    ``detail`` (optional, per-feature strings or one string) is appended in brackets, e.g. the
    raw text of an unreadable floor count.

    Each ``add`` is one bit of a per-feature key; ``text`` joins the pieces only once, per
    distinct key, so features with the same reasons share one string (at 10⁶ features a string
    per feature and per ``add`` cost about a gigabyte). Only pieces with a per-feature detail
    are joined feature by feature.
    """

    def __init__(self, n: int):
        self.n = n
        self.codes: dict[str, int] = {}
        self._keys: list = []       # uint64 per feature, one bit per add (64 adds per array)
        self._pieces: list = []     # text per add
        self._details: dict = {}    # add number -> (feature indices, their pieces)

    def add(self, mask, code: str, detail=None):
        mask = np.asarray(mask, dtype=bool)
        if not mask.any():
            return
        self.codes[code] = self.codes.get(code, 0) + int(mask.sum())
        piece = f"{code}: {REASONS[code]}"
        number = len(self._pieces)
        if number % 64 == 0:
            self._keys.append(np.zeros(self.n, dtype=np.uint64))
        self._keys[-1][mask] |= np.uint64(1) << np.uint64(number % 64)
        if detail is not None and np.ndim(detail) == 0:
            piece = piece if detail in (None, "") else f"{piece} ({detail})"
        elif detail is not None:
            detail = np.broadcast_to(np.asarray(detail, dtype=object), (self.n,))[mask]
            self._details[number] = (np.flatnonzero(mask), np.array(
                [piece if d in (None, "") else f"{piece} ({d})" for d in detail], dtype=object))
        self._pieces.append(piece)

    def _has(self, keys, number):
        return (keys[number // 64] >> np.uint64(number % 64)) & np.uint64(1) == 1

    @property
    def text(self) -> np.ndarray:
        if not self._pieces:
            return np.full(self.n, "", dtype=object)
        if len(self._keys) == 1:   # up to 64 adds: a plain sort of one integer per feature
            combos, inverse = np.unique(self._keys[0], return_inverse=True)
            combos = combos[:, None]
        else:
            combos, inverse = np.unique(np.stack(self._keys, axis=1), axis=0, return_inverse=True)
        combo_keys = [combos[:, i] for i in range(combos.shape[1])]
        combo_text = np.array(["; ".join(p for k, p in enumerate(self._pieces)
                                         if self._has([c[row:row + 1] for c in combo_keys], k)[0])
                               for row in range(len(combos))], dtype=object)
        text = combo_text[np.asarray(inverse).ravel()]
        if self._details:
            # features with a per-feature detail: joined one by one, in the order of the adds
            rows = np.unique(np.concatenate([idx for idx, _ in self._details.values()]))
            keys = [k[rows] for k in self._keys]
            joined = np.full(len(rows), "", dtype=object)
            for number, piece in enumerate(self._pieces):
                present = self._has(keys, number)
                if not present.any():
                    continue
                if number in self._details:
                    idx, per_row = self._details[number]
                    pieces = per_row[np.searchsorted(idx, rows[present])]
                else:
                    pieces = np.full(int(present.sum()), piece, dtype=object)
                current = joined[present]
                joined[present] = np.where(current == "", pieces, current + "; " + pieces)
            text[rows] = joined
        return text

    def add_status(self, status, melanggar_code: str | None = None):
        """Convenience: code for the MELANGGAR rows of a rule."""
        if melanggar_code:
            self.add(np.asarray(status) == MELANGGAR, melanggar_code)
