"""Album speed: plpbk:renderthematicmaps against QGIS' own atlas exporter, same layouts.

1. the plugin renders the demo album (every catalog map, uji publik variant, A3) end to end:
   reading the GeoPackage, styling, building layouts, QR codes, PDFs, manifest;
2. the same layouts (built beforehand, not timed) are exported with
   ``QgsLayoutExporter.exportToPdf(atlas, …)`` alone — what QGIS costs without the plugin.
Prints the overhead ratio (target < 1.2×) and seconds per A3 page (target < 1 s).
Usage: ``.venv/bin/python bench/bench_album.py [--repeat N]``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
SAMPLE = ROOT / "resources" / "sample" / "kelurahan_contoh.gpkg"


def plugin_album(sheets, out: Path) -> tuple:
    import processing

    started = time.perf_counter()
    result = processing.run("plpbk:renderthematicmaps", {
        "DATABASE": str(SAMPLE), "SHEET_INDEX": sheets, "MAPS": [], "VARIANT": 1,
        "OUTPUT_FOLDER": str(out)})
    return time.perf_counter() - started, result["PAGE_COUNT"]


def bare_atlas(sheets_path, out: Path) -> tuple:
    """Build the plugin's layouts untimed, then time only QGIS' atlas PDF export."""
    from qgis.core import QgsLayoutExporter, QgsVectorLayer

    from plpbk_qgis.core.survey.catalog import load_catalog
    from plpbk_qgis.layouts.album import (
        flag_data,
        kelurahan_sheets,
        pdf_settings,
        sheet_layout_of,
        sheet_text,
        sheets_memory_layer,
    )
    from plpbk_qgis.layouts.builder import build_map_layout
    from plpbk_qgis.layouts.map_data import AlbumData
    from plpbk_qgis.layouts.qr_code import write_qr_svg
    from plpbk_qgis.layouts.template_maker import template_path

    catalog = load_catalog()
    data = AlbumData.open(SAMPLE, catalog)
    source = QgsVectorLayer(sheets_path, "lembar", "ogr")
    scale, paper, orientation = sheet_layout_of(source)
    base = sheets_memory_layer(source, source.crs())
    data.project.addMapLayer(base, False)
    kel = kelurahan_sheets(data, 5000, paper, orientation, base)
    data.project.addMapLayer(kel, False)
    text = sheet_text(data, source.crs(), "", "")
    qr_dir = Path(tempfile.mkdtemp(prefix="bench_qr_"))
    layouts = []
    for sheets, maps, map_scale in ((base, [m for m in catalog.maps if m.scale <= scale], scale),
                                    (kel, [m for m in catalog.maps if m.scale > scale], 5000)):
        found = flag_data(sheets, data, maps)
        for thematic in maps:
            for name in found[thematic.id]:
                write_qr_svg(name, qr_dir / f"qr_{thematic.id}_{name}.svg")
            layouts.append(build_map_layout(template_path(paper, orientation, "uji_publik"), data,
                                            thematic, sheets, map_scale, text, qr_dir,
                                            "uji_publik"))
    settings = pdf_settings(300)
    started = time.perf_counter()
    pages = 0
    for number, layout in enumerate(layouts):
        result, error = QgsLayoutExporter.exportToPdf(layout.atlas(), str(out / f"{number}.pdf"),
                                                      settings)
        assert result == QgsLayoutExporter.Success, error
        pages += layout.atlas().count()
    return time.perf_counter() - started, pages


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)   # best of 3: other jobs add noise
    args = parser.parse_args(argv)
    if not SAMPLE.exists():
        print(f"sample missing: {SAMPLE} (run make demo first)")
        return 1
    from qgis_headless import start_qgis

    app = start_qgis()
    import processing

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        sheets = processing.run("plpbk:createsheetindex", {
            "PRIORITY_AREA": f"{SAMPLE}|layername=kawasan_prioritas", "SCALE": 1000, "PAPER": 0,
            "ORIENTATION": 0, "OUTPUT": str(tmp / "lembar.gpkg")})["OUTPUT"]
        plugin_album(sheets, tmp / "warmup")                 # fonts, providers, SVG cache
        plugin_times, bare_times = [], []
        for index in range(args.repeat):
            seconds, pages = plugin_album(sheets, tmp / f"plugin{index}")
            plugin_times.append(seconds)
            (tmp / f"bare{index}").mkdir()
            seconds, bare_pages = bare_atlas(sheets, tmp / f"bare{index}")
            bare_times.append(seconds)
            assert bare_pages == pages, (bare_pages, pages)
    plugin_s, bare_s = min(plugin_times), min(bare_times)
    print(f"album: {pages} A3 pages ({len(plugin_times)} runs, best)")
    print(f"  plugin renderthematicmaps : {plugin_s:6.2f} s  = {plugin_s / pages:.3f} s/page "
          f"(target < 1 s)")
    print(f"  QGIS atlas exporter only  : {bare_s:6.2f} s  = {bare_s / pages:.3f} s/page")
    ratio = plugin_s / bare_s
    print(f"  overhead ratio            : {ratio:.2f}x (target < 1.2x)")
    app.exitQgis()
    return 0 if ratio < 1.2 and plugin_s / pages < 1.0 else 2


if __name__ == "__main__":
    sys.exit(main())
