"""Render the thematic map album: one atlas PDF per catalog map plus ``manifest.json``.

1:1000 maps run over the given sheet index (kawasan prioritas); maps the catalog puts at
1:5000 (section A, R01) run over a 1:5000 grid of the kelurahan made here with the same paper.
Every sheet records whether it holds thematic data (``ada_<map id>``) so the layout prints
"Data belum tersedia" instead of an empty frame.
"""

from __future__ import annotations

import json
import re
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from qgis.core import (
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsLayoutExporter,
    QgsRectangle,
    QgsRenderContext,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

from ..core.errors import PlpbkInputError
from ..core.publicreview.sheet_qr import format_sheet_code
from ..i18n import tr, tr_noop
from . import items as ids
from .builder import SheetText, build_map_layout, printed_code
from .map_data import AlbumData, datum_name, has_features, thematic_tables
from .qr_code import write_qr_svg
from .template_maker import template_path

DEFAULT_SOURCES = tr_noop("Sumber data: survei Pemetaan Swadaya (pokja/TIPP), peta dasar 1:1000 "
                          "(BPN/BIG/citra), RTRW/RDTR kota")
DEFAULT_MAKER = tr_noop("TIPP dan TAPP Kelurahan (PLPBK)")


@dataclass
class AlbumRequest:
    gpkg: Path
    sheets: object                     # QgsVectorLayer / feature source from createsheetindex
    out_dir: Path
    map_ids: list = None               # None or [] = every catalog map
    variant: str = "standar"
    template: Path | None = None       # the user's own .qpt (item ids as in items.py)
    maker: str = ""
    sources: str = ""
    export_dpi: int = 300
    preview_dpi: int = 0              # > 0: also a PNG of each map's first sheet with data (reports)


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")[:50]


def sheets_memory_layer(source, crs, name="indeks_lembar") -> QgsVectorLayer:
    """Album-private copy of the sheet index (nomor_lembar, urutan) we may style and extend."""
    names = source.fields().names()
    if "nomor_lembar" not in names:
        raise PlpbkInputError(tr("kolom nomor_lembar tidak ada. Buat indeks lembar dengan "
                                 "'Buat indeks lembar peta'."), layer=name, field="nomor_lembar")
    layer = QgsVectorLayer(f"Polygon?crs={crs.authid() or 'EPSG:23834'}", name, "memory")
    if not crs.authid():
        layer.setCrs(crs)
    layer.dataProvider().addAttributes([QgsField("nomor_lembar", QVariant.String),
                                        QgsField("urutan", QVariant.Int)])
    layer.updateFields()
    features, seen, blank = [], {}, []
    for order, feature in enumerate(source.getFeatures(), start=1):
        if not feature.hasGeometry():
            continue
        number = feature["nomor_lembar"]
        text = "" if number is None or (hasattr(number, "isNull") and number.isNull()) else str(number).strip()
        if not text:
            blank.append(str(feature.id()))
        seen.setdefault(text, []).append(str(feature.id()))
        out = QgsFeature(layer.fields())
        out.setGeometry(feature.geometry())
        urutan = feature["urutan"] if "urutan" in names and feature["urutan"] else order
        out.setAttributes([text, int(urutan)])
        features.append(out)
    # the sheet number is the page's uji publik ID (and its QR): two pages with one ID, or an
    # ID reading "NULL", would send residents' comments to the wrong sheet
    if blank:
        raise PlpbkInputError(tr("nomor_lembar kosong pada fitur {ids}. Isi nomor setiap lembar "
                                 "(nomor itu menjadi ID lembar uji publik).").format(ids=", ".join(blank[:10])),
                              layer=name, field="nomor_lembar")
    doubled = {k: v for k, v in seen.items() if k and len(v) > 1}
    if doubled:
        raise PlpbkInputError(tr("nomor_lembar ganda: {pairs}. Setiap lembar perlu nomor sendiri "
                                 "(nomor itu menjadi ID lembar uji publik).").format(
            pairs="; ".join(f"{k} ({', '.join(v[:5])})" for k, v in list(doubled.items())[:10])),
            layer=name, field="nomor_lembar")
    if not features:
        raise PlpbkInputError(tr("indeks lembar tidak berisi lembar."), layer=name)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    return layer


def sheet_layout_of(source) -> tuple:
    """(scale, paper, orientation) from the sheet index attributes (defaults 1000/A3/landscape)."""
    feature = next(source.getFeatures(), None)
    names = source.fields().names()

    def value(field, default):
        return feature[field] if feature is not None and field in names and feature[field] else default

    return int(value("skala", 1000)), str(value("kertas", "A3")), str(value("orientasi", "landscape"))


def kelurahan_sheets(data: AlbumData, scale, paper, orientation, fallback) -> QgsVectorLayer:
    """A grid at ``scale`` over the kelurahan boundary (or the fallback layer's extent)."""
    import shapely

    from ..core.sheet_grid import SheetSpec, sheet_grid

    boundary = data.raw("batas_kelurahan") or data.raw("kawasan_prioritas")
    source = boundary if boundary is not None else fallback
    from ..adapters.sources.qgis_io import geometry_wkb

    geoms = [shapely.from_wkb(wkb) for wkb in (geometry_wkb(f.geometry()) for f in source.getFeatures())
             if wkb is not None]
    area = shapely.union_all(shapely.make_valid(shapely.GeometryCollection(geoms)))
    layer = QgsVectorLayer(f"Polygon?crs={fallback.crs().authid()}", f"indeks_{scale}", "memory")
    layer.setCrs(fallback.crs())
    layer.dataProvider().addAttributes([QgsField("nomor_lembar", QVariant.String),
                                        QgsField("urutan", QVariant.Int)])
    layer.updateFields()
    features = []
    for sheet in sheet_grid(area, SheetSpec(scale, paper, orientation)):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(*sheet.bounds)))
        feature.setAttributes([sheet.nomor_lembar, sheet.order])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    return layer


def sheet_centres(sheets) -> dict:
    """{nomor_lembar: (x, y)} of each sheet's bounding-box centre: the atlas centres the map
    face there at the fixed scale, so the QR can tell the scan-back where the face lies."""
    centres = {}
    for feature in sheets.getFeatures():
        centre = feature.geometry().boundingBox().center()
        centres[feature["nomor_lembar"]] = (centre.x(), centre.y())
    return centres


def flag_data(sheets: QgsVectorLayer, data: AlbumData, maps) -> dict:
    """Add ``ada_<id>`` (1 = the sheet holds thematic data of that map); {map id: {sheet: bool}}."""
    provider = sheets.dataProvider()
    provider.addAttributes([QgsField(f"ada_{m.id}", QVariant.Int) for m in maps])
    sheets.updateFields()
    found, changes = {m.id: {} for m in maps}, {}
    for feature in sheets.getFeatures():
        rect = feature.geometry().boundingBox()
        attrs = {}
        for thematic in maps:
            layers = [data.raw(t) for t in thematic_tables(thematic)]
            hit = any(layer is not None and has_features(layer, rect) for layer in layers)
            found[thematic.id][feature["nomor_lembar"]] = hit
            attrs[sheets.fields().indexOf(f"ada_{thematic.id}")] = int(hit)
        changes[feature.id()] = attrs
    provider.changeAttributeValues(changes)
    return found


def sheet_text(data: AlbumData, crs, maker, sources) -> SheetText:
    kelurahan = data.first_value("batas_kelurahan", "nama_kel") or tr("(nama kelurahan)")
    today = time.localtime()
    crs_note = (tr("Sistem koordinat: ") + f"{crs.description()} ({crs.authid() or 'custom'})\n"
                + tr("Datum: ") + (datum_name(crs) or "-") + tr("; satuan meter"))
    return SheetText(
        kelurahan=kelurahan, kecamatan=data.first_value("batas_kelurahan", "kecamatan"),
        kota=data.first_value("batas_kelurahan", "kota"),
        kawasan=data.first_value("kawasan_prioritas", "nama_kawasan"), crs_note=crs_note,
        sources=sources or tr(DEFAULT_SOURCES), maker=maker or tr(DEFAULT_MAKER),
        print_date=time.strftime("%d-%m-%Y", today), sheet_id_date=time.strftime("%Y%m%d", today),
        is_sample="contoh" in kelurahan.lower())


def pdf_settings(dpi: int):
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = dpi
    settings.forceVectorOutput = True
    settings.rasterizeWholeImage = False
    settings.textRenderFormat = QgsRenderContext.TextFormatAlwaysText   # text stays text
    settings.simplifyGeometries = True
    settings.appendGeoreference = True
    settings.exportMetadata = True
    return settings


def export_atlas(layout, path: Path, dpi: int) -> list:
    """Export the layout's atlas to one PDF; returns per page (sheet number, map scale)."""
    atlas = layout.atlas()
    main = layout.itemById(ids.MAP)
    pages = {}

    def record(_feature):              # page name = nomor_lembar; the map is set up by now
        number = atlas.currentFeatureNumber()
        if number >= 0:
            pages[number] = (atlas.nameForPage(number), round(main.scale(), 3))

    atlas.featureChanged.connect(record)
    result, error = QgsLayoutExporter.exportToPdf(atlas, str(path), pdf_settings(dpi))
    atlas.featureChanged.disconnect(record)
    if result != QgsLayoutExporter.Success:
        # QgsLayoutExporter's codes: say what they mean and what to do
        reasons = {QgsLayoutExporter.FileError: tr("berkas tidak dapat ditulis (folder hanya-baca, penuh, "
                                                   "atau berkas sedang dibuka program lain)"),
                   QgsLayoutExporter.MemoryError: tr("memori tidak cukup untuk halaman ini"),
                   QgsLayoutExporter.PrintError: tr("pencetakan PDF gagal"),
                   QgsLayoutExporter.IteratorError: tr("atlas lembar tidak dapat dijalankan")}
        raise PlpbkInputError(tr("ekspor PDF gagal: {reason}. Pilih folder keluaran yang dapat ditulis, tutup "
                                 "PDF lama yang sedang dibuka, lalu ulangi.").format(
            reason=error or reasons.get(result, str(result))), layer=str(path))
    return [pages[number] for number in sorted(pages)]


def export_preview(layout, path: Path, dpi: int, page: int = 0) -> Path | None:
    """PNG of one atlas page (the rona report shows each section's map)."""
    from qgis.core import QgsLayoutExporter

    atlas = layout.atlas()
    atlas.beginRender()
    try:
        if not atlas.seekTo(page):
            return None
        settings = QgsLayoutExporter.ImageExportSettings()
        settings.dpi = dpi
        result = QgsLayoutExporter(layout).exportToImage(str(path), settings)
    finally:
        atlas.endRender()
    return path if result == QgsLayoutExporter.Success else None


def render_album(request: AlbumRequest, catalog, feedback=None) -> dict:
    data = AlbumData.open(request.gpkg, catalog)
    wanted = [m.strip() for m in (request.map_ids or []) if m and m.strip()]
    unknown = [m for m in wanted if m not in [t.id for t in catalog.maps]]
    if unknown:
        raise PlpbkInputError(tr("kode peta tidak dikenal: ") + ", ".join(unknown)
                              + tr(". Pilih dari katalog: ")
                              + ", ".join(t.id for t in catalog.maps))
    maps = [t for t in catalog.maps if not wanted or t.id in wanted]
    scale, paper, orientation = sheet_layout_of(request.sheets)
    crs = request.sheets.sourceCrs() if hasattr(request.sheets, "sourceCrs") else request.sheets.crs()
    base = sheets_memory_layer(request.sheets, crs)
    data.project.setCrs(crs)
    data.project.addMapLayer(base, False)
    groups = {scale: (base, [m for m in maps if m.scale <= scale])}
    for other in sorted({m.scale for m in maps if m.scale > scale}):
        layer = kelurahan_sheets(data, other, paper, orientation, base)
        data.project.addMapLayer(layer, False)
        groups[other] = (layer, [m for m in maps if m.scale == other])
    out_dir = Path(request.out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    text = sheet_text(data, crs, request.maker, request.sources)
    template_for = request.template or template_path(paper, orientation, request.variant)
    pages, files, done, previews = [], [], 0, {}
    total = len(maps) or 1
    with tempfile.TemporaryDirectory(prefix="plpbk_qr_") as qr_dir:
        for map_scale, (sheets, group_maps) in sorted(groups.items()):
            if not group_maps:
                continue
            found = flag_data(sheets, data, group_maps)
            missing = {m.id: [i.layer for i in m.layers if data.raw(i.layer) is None] for m in group_maps}
            layout = None                  # one layout per sheet group, rewired for each map
            for thematic in group_maps:
                if feedback is not None:
                    if feedback.isCanceled():
                        raise PlpbkInputError(tr("dibatalkan oleh pengguna."))
                    feedback.setProgress(100.0 * done / total)
                    feedback.pushInfo(f"{thematic.id}: {thematic.title_id}")
                    if missing[thematic.id]:
                        feedback.pushWarning(tr("{map}: lapisan tanpa data di basis data survei: {layers}. "
                                                "Peta dicetak tanpa isi lapisan itu.").format(
                            map=thematic.id, layers=", ".join(missing[thematic.id])))
                if request.variant == "uji_publik":
                    for name, centre in sheet_centres(sheets).items():
                        write_qr_svg(format_sheet_code(text.kelurahan, thematic.id, name, text.sheet_id_date,
                                                       crs.authid(), map_scale, paper, orientation, centre),
                                     Path(qr_dir) / f"qr_{thematic.id}_{name}.svg")
                layout = build_map_layout(template_for, data, thematic, sheets, map_scale, text,
                                          Path(qr_dir), request.variant, layout)
                if feedback is not None and layout.customProperty("plpbk/legend_fits") is False:
                    feedback.pushWarning(tr("{map}: legenda tidak muat di bingkainya dan "
                                            "terpotong. Pakai kertas A1 atau templat dengan "
                                            "bingkai legenda lebih tinggi.").format(map=thematic.id))
                file_name = f"{thematic.id}_{slug(thematic.title_id)}.pdf"
                exported = export_atlas(layout, out_dir / file_name, request.export_dpi)
                files.append(file_name)
                if request.preview_dpi > 0:
                    names = [name for name, _scale in exported]
                    with_data = [i for i, name in enumerate(names) if found[thematic.id].get(name)]
                    image = export_preview(layout, out_dir / f"{thematic.id}.png", request.preview_dpi,
                                           with_data[0] if with_data else 0)
                    if image is not None:
                        previews[thematic.id] = image.name
                for page, (name, printed_scale) in enumerate(exported, start=1):
                    pages.append({"kode_peta": thematic.id, "kode_cetak": printed_code(thematic),
                                  "judul": thematic.title_id,
                                  "nomor_lembar": name, "berkas": file_name, "halaman": page,
                                  "skala": map_scale, "skala_peta": printed_scale,
                                  "ada_data": found[thematic.id].get(name, False),
                                  "lapisan_tanpa_data": missing[thematic.id],
                                  "id_lembar": f"{thematic.id}-{name}-{text.sheet_id_date}"})
                done += 1
    # crs/crs_wkt: the scan-back georeferences a sheet whose CRS has no authority code (the
    # QR then says "-") with this WKT
    manifest = {"kelurahan": text.kelurahan, "varian": request.variant, "kertas": paper,
                "orientasi": orientation, "tanggal": text.print_date, "crs": crs.authid(),
                "crs_wkt": crs.toWkt(), "berkas": files,
                "jumlah_halaman": len(pages), "halaman": pages, "gambar": previews}
    (out_dir / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False),
                                           encoding="utf-8")
    return manifest
