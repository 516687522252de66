"""The QGIS-facing shell: menu, toolbar and the Processing provider. Nothing heavy here."""

from pathlib import Path

from qgis.core import Qgis, QgsApplication, QgsMessageLog
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from .dependencies import describe_found, describe_missing, missing_requirements
from .i18n import install_translator, remove_translator, tr

PLUGIN_DIR = Path(__file__).resolve().parent
ICON_PATH = PLUGIN_DIR / "icon.png"
MENU_NAME = "&PLPBK"
LOG_TAG = "PLPBK"


def plugin_metadata() -> dict:
    """[general] of metadata.txt (version, homepage, tracker …); {} when it cannot be read."""
    import configparser

    parser = configparser.ConfigParser(interpolation=None)
    try:
        # inside the installed plugin folder; beside the package in a development checkout
        parser.read([PLUGIN_DIR / "metadata.txt", PLUGIN_DIR.parent / "metadata.txt"], encoding="utf-8")
        return dict(parser["general"]) if parser.has_section("general") else {}
    except (OSError, configparser.Error):
        return {}


class PlpbkPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.actions = []
        self.toolbar = None
        self.dependency_message = ""

    # Processing -----------------------------------------------------------------------
    def initProcessing(self):  # noqa: N802 (QGIS API name)
        # Registered here (not in initGui) so that qgis_process sees the provider too.
        if self.provider is not None:
            return
        from .processing.provider import PlpbkProvider

        install_translator()      # qgis_process and Processing without the GUI speak English too

        self.provider = PlpbkProvider()
        QgsApplication.processingRegistry().addProvider(self.provider)

    # GUI ------------------------------------------------------------------------------
    def initGui(self):  # noqa: N802 (QGIS API name)
        install_translator()
        self.initProcessing()
        self.toolbar = self.iface.addToolBar(tr("PLPBK"))
        self.toolbar.setObjectName("PlpbkToolbar")
        self._add_action(tr("Alat Processing PLPBK"), self.open_toolbox,
                         tr("Buka daftar algoritma PLPBK di Processing Toolbox"), toolbar=True)
        self._add_action(tr("Periksa pustaka Python"), self.show_dependencies,
                         tr("Tampilkan pustaka Python yang dibutuhkan plugin"))
        self._add_action(tr("Tentang PLPBK"), self.show_about, tr("Tentang plugin PLPBK"))
        self.check_dependencies()

    def _add_action(self, text, callback, tip, toolbar=False):
        action = QAction(QIcon(str(ICON_PATH)), text, self.iface.mainWindow())
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.triggered.connect(callback)
        self.iface.addPluginToMenu(MENU_NAME, action)
        if toolbar and self.toolbar is not None:
            self.toolbar.addAction(action)
        self.actions.append(action)
        return action

    def unload(self):
        for action in self.actions:
            self.iface.removePluginMenu(MENU_NAME, action)
            if self.toolbar is not None:
                self.toolbar.removeAction(action)
            action.deleteLater()
        self.actions = []
        if self.toolbar is not None:
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translator()

    # Actions --------------------------------------------------------------------------
    def check_dependencies(self):
        """Warn once, in the message bar and the log, about missing libraries; never raise."""
        from .adapters.survey.project_defaults import qgis_language

        self.dependency_message = describe_missing(missing_requirements(), qgis_language())
        if not self.dependency_message:
            return
        QgsMessageLog.logMessage(self.dependency_message, LOG_TAG, Qgis.Warning)
        names = ", ".join(req.distribution for req, _ in missing_requirements())
        short = tr("pustaka Python belum lengkap ({names}). Algoritma PLPBK belum dapat dijalankan.")
        try:
            bar = self.iface.messageBar()
            if hasattr(bar, "createMessage"):
                from qgis.PyQt.QtWidgets import QPushButton

                widget = bar.createMessage(tr("PLPBK"), short.format(names=names))
                button = QPushButton(tr("Rincian dan cara memasang"), widget)
                button.clicked.connect(self.show_dependencies)
                widget.layout().addWidget(button)
                bar.pushWidget(widget, Qgis.Warning, 0)
            else:  # minimal interfaces (tests, other hosts): the whole text in one message
                bar.pushMessage(tr("PLPBK"), self.dependency_message.replace("\n", " "), Qgis.Warning, 0)
        except Exception:  # noqa: BLE001 — a message bar problem must not stop QGIS  # nosec B110
            pass

    def open_toolbox(self):
        """Show the Processing Toolbox filtered to this provider's algorithms."""
        from qgis.PyQt.QtWidgets import QDockWidget, QLineEdit

        dock = self.iface.mainWindow().findChild(QDockWidget, "ProcessingToolbox")
        if dock is None:
            return
        dock.setVisible(True)
        dock.raise_()
        search = dock.findChild(QLineEdit, "searchBox")
        if search is not None:
            search.setText("PLPBK")

    def show_dependencies(self):
        from qgis.PyQt.QtWidgets import QMessageBox

        from .adapters.survey.project_defaults import qgis_language

        language = qgis_language()
        missing = describe_missing(missing_requirements(), language)
        text = (missing + "\n\n" if missing else "") + describe_found(language)
        QMessageBox.information(self.iface.mainWindow(), tr("PLPBK — pustaka Python"), text)

    def about_text(self) -> str:
        """The About box: what the plugin is, its version, links and the libraries it found."""
        from .adapters.survey.project_defaults import qgis_language

        meta = plugin_metadata()
        return (tr("PLPBK: Penataan Lingkungan Permukiman Berbasis Komunitas.\n"
                   "Basis data Pemetaan Swadaya, impor peta dasar dan rencana kota, "
                   "pemeriksaan KDB/KLB/KDH/GSB/tinggi/ITBX dan album peta 1:1000 untuk uji publik.")
                + "\n\n" + tr("Versi {version}").format(version=meta.get("version", "?"))
                + "\n" + tr("Situs: {url}").format(url=meta.get("homepage", ""))
                + "\n" + tr("Laporkan masalah: {url}").format(url=meta.get("tracker", ""))
                + "\n\n" + describe_found(qgis_language()))

    def show_about(self):
        from qgis.PyQt.QtGui import QPixmap
        from qgis.PyQt.QtWidgets import QMessageBox

        box = QMessageBox(self.iface.mainWindow())
        box.setWindowTitle(tr("Tentang PLPBK"))
        box.setText(self.about_text())
        box.setIconPixmap(QPixmap(str(PLUGIN_DIR / "icon.png")).scaledToWidth(64))
        box.exec_()
