"""One module per Processing algorithm. Each module defines exactly one subclass of
:class:`plpbk_qgis.processing.base.PlpbkAlgorithm`; the provider finds them itself, so adding
an algorithm is adding a module (keep heavy imports inside ``processAlgorithm``)."""
