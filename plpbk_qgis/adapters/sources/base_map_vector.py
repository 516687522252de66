"""Vector base-map layers straight into a survey GeoPackage table (plpbk:importbasemap).

The table is chosen by its catalog name (``persil``, ``bangunan``, ``jalan`` …); the copy itself
is :func:`.feature_copy.copy_features` (the same code that fills a survey database from earlier
data), so fields are matched by name and whatever cannot be copied is reported, not dropped.
"""

from __future__ import annotations

from ...core.errors import PlpbkInputError
from ...i18n import tr
from ..survey.survey_gpkg import CATALOG_TABLE
from ..survey.survey_reader import gpkg_path, open_table, table_names
from .feature_copy import copy_features

MAX_LISTED = 20        # per-feature lines in the log; the rest are counted


def open_target_table(database: str, table: str):
    """The catalog table ``table`` of the survey GeoPackage, or a message saying what to pick."""
    from ...core.survey.catalog import load_catalog

    path = gpkg_path(database)
    tables = table_names(path)
    if CATALOG_TABLE not in tables:
        raise PlpbkInputError(tr("bukan basis data survei PLPBK (tabel plpbk_catalog tidak ada). "
                                 "Buat dulu dengan 'Buat basis data survei' (plpbk:createsurveydatabase)."),
                              layer=path.name)
    catalog = load_catalog()
    available = [name for name in catalog.layer_names if name in tables]
    if table not in available:
        raise PlpbkInputError(tr("tabel tujuan '{table}' bukan lapisan katalog di basis data ini. "
                                 "Pilih salah satu: {names}.").format(table=table, names=", ".join(available)),
                              layer=path.name)
    layer = open_table(path, table)
    if not layer.isSpatial():
        raise PlpbkInputError(tr("tabel '{table}' tidak bergeometri; peta dasar harus masuk ke lapisan "
                                 "bergeometri.").format(table=table), layer=path.name)
    return path, layer, catalog.layer(table).id_field


def report_ids(target, id_field: str, feedback) -> int:
    """Warn about duplicate and empty ids in the table after the import (old rows included:
    a re-import of the same layer shows up here). Returns the number of duplicated ids."""
    from qgis.core import QgsFeatureRequest

    from ...core.values import is_empty

    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
    request.setSubsetOfAttributes([id_field], target.fields())
    by_id, empty = {}, []
    for feature in target.getFeatures(request):
        value = feature[id_field]
        if is_empty(value):
            empty.append(feature.id())
        else:
            by_id.setdefault(str(value).strip(), []).append(feature.id())
    duplicates = {value: fids for value, fids in by_id.items() if len(fids) > 1}
    for value, fids in list(duplicates.items())[:MAX_LISTED]:
        feedback.pushWarning(tr(
            "tabel '{table}', kolom '{field}': id '{value}' dipakai {n} fitur (fid {fids}). Beri id "
            "unik sebelum validasi survei.").format(table=target.name(), field=id_field, value=value,
                                                     n=len(fids), fids=", ".join(map(str, fids))))
    if len(duplicates) > MAX_LISTED:
        feedback.pushWarning(tr("… dan {n} id ganda lain.").format(n=len(duplicates) - MAX_LISTED))
    if empty:
        feedback.pushWarning(tr(
            "tabel '{table}': {n} fitur tanpa '{field}' (fid {fids}). Isi id saat survei lapangan.").format(
                table=target.name(), n=len(empty), field=id_field,
                fids=", ".join(map(str, empty[:MAX_LISTED])) + (" …" if len(empty) > MAX_LISTED else "")))
    return len(duplicates)


def copy_into_table(layer, name: str, target, renames: dict, context, feedback):
    """Copy ``layer`` into ``target``; log every unmatched field / bad value / split feature."""
    result = copy_features(layer, target, renames, context.transformContext(), feedback)
    if feedback.isCanceled():
        raise PlpbkInputError(tr("dibatalkan oleh pengguna; tidak ada fitur yang ditulis."), layer=name)
    if result.error:
        raise PlpbkInputError(tr("gagal menulis ke tabel '{table}': {error}").format(
            table=target.name(), error=result.error), layer=name)
    if result.unmatched_fields:
        feedback.pushWarning(tr(
            "lapisan '{layer}': kolom tanpa pasangan di tabel '{table}' TIDAK disalin: {fields}. "
            "Petakan dengan 'Pemetaan kolom' (nama_katalog=KOLOM) bila isinya diperlukan; kolom "
            "tabel: {target}.").format(layer=name, table=target.name(),
                                       fields=", ".join(result.unmatched_fields),
                                       target=", ".join(n for n in target.fields().names() if n != "fid")))
    for fid, field, raw, reason in result.bad_values[:MAX_LISTED]:
        feedback.pushWarning(tr(
            "lapisan '{layer}', fitur {fid}, kolom '{field}': nilai '{raw}' tidak cocok dengan tipe "
            "kolom ({reason}); dikosongkan. Perbaiki nilainya di lapisan sumber lalu impor ulang.").format(
                layer=name, fid=fid, field=field, raw=raw, reason=reason))
    if len(result.bad_values) > MAX_LISTED:
        feedback.pushWarning(tr("… dan {n} nilai lain yang dikosongkan.").format(
            n=len(result.bad_values) - MAX_LISTED))
    if result.split:
        listed = ", ".join(f"{fid} ({parts} bagian)" for fid, parts in list(result.split.items())[:MAX_LISTED])
        feedback.pushWarning(tr(
            "lapisan '{layer}': {n} fitur multi-bagian dipecah per bagian karena tabel '{table}' "
            "menyimpan satu bagian per fitur (atributnya tersalin ke tiap bagian): {listed}. "
            "Periksa id ganda hasilnya.").format(layer=name, n=len(result.split), table=target.name(),
                                                 listed=listed))
    return result
