"""Planned use of an RTPLP block against a city-plan sub-zone (C1).

With an ITBX table the block's planned use is judged as the activity it stands for (housing as
``rumah_tinggal``, mixed use as ``rumah_toko`` …; a planned-use code that is itself an activity
of the table is used as is). Without one, or when the table does not know the activity, the
zone class decides: the class is the leading letters of the sub-zone code (``R-2`` -> ``R``,
``SPU-1`` -> ``SPU``) or, failing that, a keyword of the zone name (Permen ATR/BPN 14/2021
zone names). Protected zones (RTH, perlindungan setempat/sempadan, badan air, cagar budaya,
hutan lindung) planned for building are MELANGGAR whatever the table says.
"""

from __future__ import annotations

import re

import numpy as np

from .rules import MELANGGAR, PERLU_CEK, SESUAI

PROTECTED_CLASSES = {"RTH", "PS", "SP", "HL", "BA", "CB"}
# zone-name keywords -> class, for zones whose code does not follow the national pattern
NAME_CLASSES = (
    ("ruang terbuka hijau", "RTH"), ("rth", "RTH"), ("taman", "RTH"), ("pemakaman", "RTH"),
    ("sempadan", "PS"), ("perlindungan setempat", "PS"), ("badan air", "BA"), ("sungai", "BA"),
    ("danau", "BA"), ("waduk", "BA"), ("cagar budaya", "CB"), ("hutan lindung", "HL"),
    ("campuran", "C"), ("perumahan", "R"), ("permukiman", "R"), ("perdagangan", "K"),
    ("perkantoran", "KT"), ("pelayanan umum", "SPU"), ("industri", "I"),
)
BUILT_USES = {"perumahan", "campuran", "fasilitas_sosial", "fasilitas_ekonomi"}
OPEN_USES = {"rth_ruang_publik", "konservasi", "prasarana"}   # allowed in every zone
# planned use -> (classes where it is SESUAI, classes where it needs a check)
USE_CLASSES = {
    "perumahan": ({"R", "C"}, {"K", "KT", "SPU"}),
    "campuran": ({"C", "K"}, {"R", "KT"}),
    "fasilitas_sosial": ({"SPU"}, {"R", "C", "K", "KT"}),
    "fasilitas_ekonomi": ({"K", "C"}, {"R", "KT", "I"}),
}
# planned use -> the ITBX activity it stands for
USE_ACTIVITY = {"perumahan": "rumah_tinggal", "campuran": "rumah_toko",
                "fasilitas_sosial": "fasilitas_umum_lain", "fasilitas_ekonomi": "toko"}
_LETTERS = re.compile(r"^\s*([A-Za-z]+)")


def zone_class(code, parent_code=None, name=None, parent_name=None) -> str:
    """'R-2' -> 'R'; a name keyword when no code says it; '' unknown."""
    for text in (parent_code, code):
        match = _LETTERS.match(str(text)) if text not in (None, "") else None
        if match:
            return match.group(1).upper()
    for text in (name, parent_name):
        lowered = "" if text is None else str(text).lower()
        for keyword, cls in NAME_CLASSES:
            if re.search(rf"\b{keyword}\b", lowered):
                return cls
    return ""


def is_protected(cls: str, name=None, parent_name=None) -> bool:
    names = " ".join("" if t is None else str(t).lower() for t in (name, parent_name))
    return cls in PROTECTED_CLASSES or any(k in names for k in ("sempadan", "lindung", "cagar budaya",
                                                                 "badan air", "ruang terbuka hijau"))


def judge_use(use, zone_code, cls: str, protected: bool, itbx=None) -> tuple[int, str, str]:
    """(status, reason code, detail) of one planned use in one sub-zone."""
    use = "" if use is None else str(use).strip().lower()
    if not use:
        return PERLU_CEK, "GUNA_KOSONG", ""
    if use in OPEN_USES:
        return SESUAI, "", ""
    if use not in BUILT_USES and (itbx is None or use not in itbx.activities):
        return PERLU_CEK, "GUNA_RENCANA_TIDAK_DIKENAL", use
    if protected:
        return MELANGGAR, "ZONA_LINDUNG_DIBANGUN", f"{use} di {zone_code or cls}"
    if itbx is not None:
        activity = use if use in itbx.activities else USE_ACTIVITY.get(use)
        if activity in itbx.activities:
            status, code, detail = itbx.judge(activity, zone_code)
            if code != "ZONA_TIDAK_DIKENAL":
                return status, code, f"{activity} di {zone_code}: {detail}".rstrip(": ")
    if not cls:
        return PERLU_CEK, "KELAS_ZONA_TIDAK_DIKENAL", str(zone_code or "")
    fits, check = USE_CLASSES.get(use, (set(), set()))
    if cls in fits:
        return SESUAI, "", ""
    if cls in check:
        return PERLU_CEK, "GUNA_PERLU_CEK_ZONA", f"{use} di zona {cls}"
    return MELANGGAR, "GUNA_TIDAK_SESUAI_ZONA", f"{use} di zona {zone_code or cls}"


def judge_uses(uses, zone_codes, classes, protected, itbx=None):
    """Vectorised over (block, zone) pairs: judged once per distinct combination."""
    keys = list(zip(uses, zone_codes, classes, protected))
    n = len(keys)
    status = np.empty(n, dtype=np.int8)
    code = np.empty(n, dtype=object)
    detail = np.empty(n, dtype=object)
    seen: dict = {}
    for k, key in enumerate(keys):
        if key not in seen:
            seen[key] = judge_use(key[0], key[1], key[2], bool(key[3]), itbx)
        status[k], code[k], detail[k] = seen[key]
    return status, code, detail
