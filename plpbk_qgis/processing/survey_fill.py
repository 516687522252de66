"""Copy features from another GeoPackage (earlier survey, sample data; SEED_MAP S3) into the
survey database, table by table and field by field (matched by name).

Nothing is dropped silently: fields of the source that have no column in the catalog table are
reported per table, and so are source tables unknown to the catalog.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from qgis.core import QgsCoordinateTransform, QgsFeature, QgsProject

from .survey_reader import open_table, table_names


@dataclass
class FillReport:
    copied: dict = field(default_factory=dict)            # table -> features copied
    unmatched_fields: dict = field(default_factory=dict)  # table -> source fields not copied
    unknown_tables: list = field(default_factory=list)    # source tables not in the catalog
    failed: dict = field(default_factory=dict)            # table -> provider error


def fill_from(source_gpkg, target_gpkg, catalog, feedback=None) -> FillReport:
    report = FillReport()
    source_tables = table_names(source_gpkg)
    target_tables = table_names(target_gpkg)
    report.unknown_tables = sorted(source_tables - set(catalog.layer_names))
    for spec in catalog.layers:
        if spec.name not in source_tables or spec.name not in target_tables:
            continue
        source = open_table(source_gpkg, spec.name)
        target = open_table(target_gpkg, spec.name)
        target_fields = target.fields()
        pairs = [(source.fields().indexOf(name), target_fields.indexOf(name))
                 for name in source.fields().names()
                 if name != "fid" and target_fields.indexOf(name) >= 0]
        missing = [name for name in source.fields().names()
                   if name != "fid" and target_fields.indexOf(name) < 0]
        if missing:
            report.unmatched_fields[spec.name] = missing
        transform = None
        if spec.has_geometry and source.crs() != target.crs():
            transform = QgsCoordinateTransform(source.crs(), target.crs(), QgsProject.instance())
        features = []
        for feature in source.getFeatures():
            copy = QgsFeature(target_fields)
            if spec.has_geometry and feature.hasGeometry():
                geometry = feature.geometry()
                if transform is not None:
                    geometry.transform(transform)
                copy.setGeometry(geometry)
            attributes = [None] * target_fields.count()
            for source_index, target_index in pairs:
                attributes[target_index] = feature.attributes()[source_index]
            copy.setAttributes(attributes)
            features.append(copy)
        ok, _added = target.dataProvider().addFeatures(features)
        if not ok:
            report.failed[spec.name] = "; ".join(target.dataProvider().errors()[-3:])
        report.copied[spec.name] = len(features) if ok else 0
        if feedback is not None:
            feedback.pushInfo(f"{spec.name}: {report.copied[spec.name]}")
    return report
