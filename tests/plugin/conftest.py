"""Plugin tests run in the QGIS process (pytest-qgis); the provider is registered once."""

import pytest


@pytest.fixture(scope="session")
def plpbk_provider(qgis_processing):
    from qgis.core import QgsApplication

    from plpbk_qgis.processing.provider import PlpbkProvider

    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("plpbk")
    if provider is None:
        provider = PlpbkProvider()
        registry.addProvider(provider)
    return provider


@pytest.fixture
def run_alg(plpbk_provider):
    """run_alg("createsheetindex", {...}) -> results dict, through processing.run."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    def _run(alg_id, params, feedback=None):
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        return processing.run(f"plpbk:{alg_id}", params, context=context,
                              feedback=feedback or QgsProcessingFeedback())

    return _run


@pytest.fixture
def plugin_survey(run_alg, tmp_path):
    """A survey database made by plpbk:createsurveydatabase and filled with the sample's content."""
    from plpbk_qgis.adapters.survey.survey_fill import fill_from
    from plpbk_qgis.core.resources import resource_path
    from plpbk_qgis.core.survey.catalog import load_catalog

    sample = resource_path("sample", "kelurahan_contoh.gpkg")
    database = tmp_path / "survei.gpkg"
    run_alg("createsurveydatabase", {"DATABASE": str(database), "BOUNDARY": f"{sample}|layername=batas_kelurahan"})
    fill_from(sample, database, load_catalog())
    return database


_exit_status = {"code": 0}


def pytest_sessionfinish(session, exitstatus):
    _exit_status["code"] = int(exitstatus)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config):
    """Leave without Python's finalisation: after pytest-qgis' exitQgis(), finalisation may
    destroy an OGR-backed layer still referenced from a module or traceback, and QGIS 3.22
    segfaults in GDALClose (seen in QgsOgrProviderUtils::release). Every result is reported by
    now; the exit status is pytest's own."""
    import os
    import sys

    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(_exit_status["code"])
