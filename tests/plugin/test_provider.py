from plpbk_qgis.processing.provider import algorithm_classes


def test_provider_lists_every_algorithm_module(plpbk_provider):
    from qgis.core import QgsApplication

    provider = QgsApplication.processingRegistry().providerById("plpbk")
    ids = {alg.name() for alg in provider.algorithms()}
    expected = {cls.ALGORITHM_ID for cls in algorithm_classes()}
    assert ids == expected
    for alg in provider.algorithms():
        assert alg.shortHelpString(), f"{alg.name()} has no help text"
        assert alg.displayName() != alg.name()
