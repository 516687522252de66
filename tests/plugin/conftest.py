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
