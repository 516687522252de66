"""The plugin shell: menu, toolbar, provider, unload, missing dependencies, light start-up."""

import subprocess  # nosec B404
import sys
from pathlib import Path

import pytest
from qgis.core import Qgis, QgsApplication
from qgis.PyQt.QtWidgets import QMenu
from test_provider import ids_in_source

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def restore_session_provider(qgis_processing):
    """These tests unload the plugin, which removes the provider other tests run through."""
    yield
    registry = QgsApplication.processingRegistry()
    if registry.providerById("plpbk") is None:
        from plpbk_qgis.processing.provider import PlpbkProvider

        provider = PlpbkProvider()
        registry.addProvider(provider)
        _kept_alive.append(provider)


_kept_alive = []


@pytest.fixture
def iface(qgis_iface):
    """pytest-qgis' iface with a real plugin menu (the stub ignores addPluginToMenu)."""
    menus = {}

    def add_plugin_to_menu(name, action):
        menus.setdefault(name, QMenu(name)).addAction(action)

    def remove_plugin_menu(name, action):
        menus[name].removeAction(action)

    qgis_iface.addPluginToMenu = add_plugin_to_menu
    qgis_iface.removePluginMenu = remove_plugin_menu
    qgis_iface.plugin_menus = menus
    qgis_iface.messageBar().messages[Qgis.Warning].clear()
    yield qgis_iface
    del qgis_iface.addPluginToMenu, qgis_iface.removePluginMenu


def _plugin(iface):
    """A fresh plugin instance, with the provider of other tests out of the registry."""
    import plpbk_qgis

    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("plpbk")
    if existing is not None:
        registry.removeProvider(existing)

    return plpbk_qgis.classFactory(iface)


def test_init_gui_adds_menu_toolbar_provider_and_unload_removes_them(iface, qgis_processing):
    registry = QgsApplication.processingRegistry()
    plugin = _plugin(iface)
    plugin.initGui()
    menu = iface.plugin_menus["&PLPBK"]
    assert len(menu.actions()) == 3
    assert [a.text() for a in plugin.toolbar.actions()] == [menu.actions()[0].text()]
    provider = registry.providerById("plpbk")
    assert {alg.name() for alg in provider.algorithms()} == ids_in_source()
    assert iface.messageBar().get_messages(Qgis.Warning) == []   # all libraries present here
    plugin.unload()
    assert menu.actions() == []
    assert registry.providerById("plpbk") is None


def test_missing_shapely_gives_indonesian_message_and_no_exception(iface, qgis_processing, monkeypatch):
    monkeypatch.setitem(sys.modules, "shapely", None)
    plugin = _plugin(iface)
    plugin.initGui()            # must not raise
    try:
        messages = iface.messageBar().get_messages(Qgis.Warning)
        assert len(messages) == 1
        assert "shapely>=2.0" in messages[0] and "Pasang dengan" in messages[0]
        # algorithms refuse politely too
        import processing
        from qgis.core import QgsProcessingException

        alg_id = QgsApplication.processingRegistry().providerById("plpbk").algorithms()[0].id()
        with pytest.raises(QgsProcessingException, match="shapely"):
            processing.run(alg_id, {})
    finally:
        plugin.unload()


def test_start_up_does_not_import_heavy_libraries():
    """Enabling the plugin must stay light: heavy libraries load when an algorithm runs."""
    code = (
        "import sys\n"
        "from qgis.core import QgsApplication\n"
        "app = QgsApplication([], False); app.initQgis()\n"
        "before = set(sys.modules)\n"
        "import plpbk_qgis\n"
        "class Iface:\n"
        "    pass\n"
        "plugin = plpbk_qgis.classFactory(Iface())\n"
        "plugin.initProcessing()\n"
        "assert plugin.provider.algorithms()\n"
        # pyyaml is allowed: the catalog gives some parameters their choices (about 20 ms)
        "heavy = {'shapely', 'geopandas', 'pandas', 'reportlab', 'openpyxl', 'pyproj', 'pyogrio', 'numpy'}\n"
        "print(','.join(sorted(m for m in set(sys.modules) - before if m.split('.')[0] in heavy)))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          timeout=300, env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin",
                                            "HOME": str(ROOT / "out" / "home")})  # nosec B603
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1:] in ([], [""]), f"imported at start-up: {done.stdout}"
