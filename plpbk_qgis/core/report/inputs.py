"""The JSON reports of the checks, as the printable report uses them (pure).

The checks write ``REPORT`` JSON: ``pemeriksaan``, ``waktu``, ``masukan`` (input names),
``parameter`` (Processing parameters) and ``ringkasan`` (counts). The printable report shows the
inputs and parameters, finds the JSON next to a result layer when the user gave none, and warns
when the JSON's counts differ from the layer it describes (the layer was edited or re-run).
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path

from ..errors import PlpbkInputError

MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember")

CHECK_TITLES = {
    "checkbuildingrules": "Periksa bangunan terhadap aturan zona (plpbk:checkbuildingrules)",
    "checkplanconformance": "Periksa kesesuaian rencana (RTPLP) dengan rencana kota "
                            "(plpbk:checkplanconformance)",
}

# what the sample's files are called: the report then says it is not a real kelurahan
SAMPLE_MARKERS = ("kelurahan_contoh", "kelurahan contoh", "ortho_contoh", "rdtr_contoh")


def indonesian_date(day: datetime.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def indonesian_timestamp(text: str) -> str:
    """'2026-11-27T19:57:49+00:00' -> '27 November 2026 19.57 (UTC)'; other text unchanged."""
    try:
        moment = datetime.datetime.fromisoformat(str(text))
    except (TypeError, ValueError):
        return str(text or "")
    zone = " (UTC)" if moment.utcoffset() == datetime.timedelta(0) else ""
    return f"{indonesian_date(moment.date())} {moment:%H.%M}{zone}"


def load_report(path) -> dict:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise PlpbkInputError("laporan JSON tidak dapat dibaca ({error}). Pilih berkas REPORT keluaran "
                              "pemeriksaan, atau kosongkan.", layer=str(path), error=str(error)) from error
    if not isinstance(data, dict) or "ringkasan" not in data:
        raise PlpbkInputError("bukan laporan JSON pemeriksaan kesesuaian (tidak ada 'ringkasan'). "
                              "Pilih berkas REPORT keluaran pemeriksaan, atau kosongkan.",
                              layer=str(path))
    return data


def _file_of(value) -> str:
    return str(value).split("|", 1)[0].strip()


def find_report(layer_source: str, max_files: int = 50) -> Path | None:
    """The JSON in the layer's folder whose parameters name the layer's file, if any."""
    path = Path(_file_of(layer_source))
    if not path.is_file():
        return None
    target = path.resolve()
    for candidate in sorted(path.parent.glob("*.json"))[:max_files]:
        try:
            data = json.loads(candidate.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        parameters = data.get("parameter") if isinstance(data, dict) else None
        if not isinstance(parameters, dict) or "ringkasan" not in data:
            continue
        for value in parameters.values():
            if isinstance(value, str) and value and Path(_file_of(value)).resolve() == target:
                return candidate
    return None


def short_value(value) -> str:
    """Parameter values for people: 'dir/x.gpkg|layername=bangunan' -> 'x.gpkg › bangunan'."""
    if value is None or value == "":
        return "–"
    if isinstance(value, bool):
        return "ya" if value else "tidak"
    if isinstance(value, (list, tuple)):
        return ", ".join(short_value(v) for v in value) or "–"
    text = str(value)
    file_part, _, rest = text.partition("|")
    if ("/" in file_part or "\\" in file_part) and Path(file_part).suffix:
        name = Path(file_part).name
        layer = rest.split("layername=", 1)[1].split("|")[0] if "layername=" in rest else ""
        return f"{name} › {layer}" if layer else name
    return text


def input_rows(report: dict) -> list:
    """(label, value) rows: the check, when it ran, its named inputs, then every parameter."""
    rows = [("Pemeriksaan", CHECK_TITLES.get(report.get("pemeriksaan"), str(report.get("pemeriksaan", "")))),
            ("Waktu pemeriksaan", indonesian_timestamp(report.get("waktu", "")))]
    for key, value in (report.get("masukan") or {}).items():
        rows.append((f"Masukan: {key.replace('_', ' ')}", short_value(value)))
    for key, value in sorted((report.get("parameter") or {}).items()):
        rows.append((f"Parameter {key}", short_value(value)))
    return rows


def mentions_sample(texts) -> bool:
    return any(marker in str(text).lower() for text in texts if text for marker in SAMPLE_MARKERS)


def report_texts(report: dict) -> list:
    """Every input name and parameter value of a JSON report (for the sample test)."""
    values = list((report.get("masukan") or {}).values()) + list((report.get("parameter") or {}).values())
    return [str(v) for v in values if v is not None]


def summary_mismatch(report: dict, kind: str, counts: dict) -> str:
    """A warning when the JSON's status counts for ``kind`` differ from the layer's, else ''."""
    summary = (report.get("ringkasan") or {}).get(kind)
    if not isinstance(summary, dict) or not isinstance(summary.get("status"), dict):
        return ""
    expected = {k: int(v) for k, v in summary["status"].items() if v}
    actual = {k: int(v) for k, v in counts.items() if v}
    if expected == actual:
        return ""
    return ("Jumlah per status di laporan JSON berbeda dengan lapisan hasil (lapisan diubah atau "
            "pemeriksaan dijalankan ulang?). Laporan ini memakai lapisan hasil.")
