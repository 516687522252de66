import ast
from pathlib import Path

ALGORITHMS = Path(__file__).resolve().parents[2] / "plpbk_qgis" / "processing" / "algorithms"


def ids_in_source() -> set:
    """ALGORITHM_ID of every algorithm module, read from the files themselves (not through the
    provider's discovery, which logs and skips a module that fails to import)."""
    ids = set()
    for path in ALGORITHMS.rglob("*.py"):
        if path.name == "__init__.py":
            continue
        found = [node.value.value for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
                 if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
                 and any(getattr(t, "id", None) == "ALGORITHM_ID" for t in node.targets)]
        assert len(found) == 1, f"{path.name}: one algorithm per module, found {found}"
        ids.add(found[0])
    return ids


def test_provider_lists_every_algorithm_module(plpbk_provider):
    from qgis.core import QgsApplication

    provider = QgsApplication.processingRegistry().providerById("plpbk")
    ids = {alg.name() for alg in provider.algorithms()}
    assert ids == ids_in_source()
    assert len(ids) == len(provider.algorithms())          # no id registered twice
    for alg in provider.algorithms():
        assert alg.shortHelpString(), f"{alg.name()} has no help text"
        assert alg.displayName() != alg.name()


def test_each_algorithm_lives_in_its_group_folder():
    """algorithms/<group>/: survey, imports, analysis, check, printing (one folder per toolbox group)."""
    folders = {"survey": "survey", "import": "imports", "analysis": "analysis", "check": "check", "print": "printing"}
    for path in ALGORITHMS.rglob("*.py"):
        if path.name == "__init__.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        groups = [node.value.value for node in ast.walk(tree)
                  if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
                  and any(getattr(t, "id", None) == "GROUP_KEY" for t in node.targets)]
        assert groups and path.parent.name == folders[groups[0]], path


def test_group_icons_and_about_box(qgis_processing):
    from qgis.core import QgsApplication

    from plpbk_qgis.plugin import PlpbkPlugin, plugin_metadata
    from plpbk_qgis.processing.provider import algorithm_classes

    icons = {}
    for alg in (cls() for cls in algorithm_classes()):
        assert not alg.icon().isNull(), alg.name()
        icons.setdefault(alg.groupId(), alg.icon().cacheKey())
    assert len(icons) == 5                               # one icon per toolbox group
    assert len(set(icons.values())) == 5
    text = PlpbkPlugin(None).about_text()
    meta = plugin_metadata()
    assert meta["version"] in text and meta["homepage"] in text and meta["tracker"] in text
    assert "shapely" in text and QgsApplication.instance() is not None


def test_decimal_parameters_show_two_decimals(plpbk_provider):
    """Qt shows a decimal parameter as 10.000000 unless told otherwise; ours say 10.00."""
    from qgis.core import QgsApplication, QgsProcessingParameterNumber

    from plpbk_qgis.processing.provider import algorithm_classes

    found = []
    for cls in algorithm_classes():
        alg = QgsApplication.processingRegistry().createAlgorithmById(f"plpbk:{cls.ALGORITHM_ID}")
        for definition in alg.parameterDefinitions():
            if isinstance(definition, QgsProcessingParameterNumber) and \
                    definition.dataType() == QgsProcessingParameterNumber.Double:
                found.append((cls.ALGORITHM_ID, definition.name(),
                              definition.metadata().get("widget_wrapper", {}).get("decimals")))
    assert len(found) >= 10 and all(decimals == 2 for *_, decimals in found), found
