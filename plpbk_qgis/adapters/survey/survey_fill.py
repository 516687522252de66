"""Copy features from another GeoPackage (earlier survey, sample data; SEED_MAP S3) into the
survey database, table by table and field by field (matched by name).

Nothing is dropped silently: fields of the source that have no column in the catalog table are
reported per table, and so are source tables unknown to the catalog.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..sources.feature_copy import copy_features
from .survey_reader import open_table, table_names


@dataclass
class FillReport:
    copied: dict = field(default_factory=dict)            # table -> features copied
    unmatched_fields: dict = field(default_factory=dict)  # table -> source fields not copied
    unknown_tables: list = field(default_factory=list)    # source tables not in the catalog
    failed: dict = field(default_factory=dict)            # table -> provider error
    bad_values: dict = field(default_factory=dict)        # table -> [(fid, field, raw, reason)]
    split: dict = field(default_factory=dict)             # table -> {fid: parts} multi-parts split


def fill_from(source_gpkg, target_gpkg, catalog, feedback=None) -> FillReport:
    report = FillReport()
    source_tables = table_names(source_gpkg)
    target_tables = table_names(target_gpkg)
    report.unknown_tables = sorted(source_tables - set(catalog.layer_names))
    for spec in catalog.layers:
        if spec.name not in source_tables or spec.name not in target_tables:
            continue
        result = copy_features(open_table(source_gpkg, spec.name), open_table(target_gpkg, spec.name))
        if result.unmatched_fields:
            report.unmatched_fields[spec.name] = result.unmatched_fields
        if result.error:
            report.failed[spec.name] = result.error
        if result.bad_values:
            report.bad_values[spec.name] = result.bad_values
        if result.split:
            report.split[spec.name] = result.split
        report.copied[spec.name] = result.copied
        if feedback is not None:
            feedback.pushInfo(f"{spec.name}: {report.copied[spec.name]}")
    return report
