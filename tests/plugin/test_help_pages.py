"""Every algorithm opens its own help page: local HTML with its inputs, outputs, guideline codes
and an example whose keys are the algorithm's own parameters."""

from html.parser import HTMLParser
from pathlib import Path

import pytest
from qgis.PyQt.QtCore import QUrl

from plpbk_qgis.processing.provider import algorithm_classes


class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts = []

    def handle_data(self, data):
        self.parts.append(data)


@pytest.mark.parametrize("cls", algorithm_classes(), ids=lambda c: c.ALGORITHM_ID)
def test_help_page(plpbk_provider, cls):
    from qgis.core import QgsApplication

    alg = QgsApplication.processingRegistry().createAlgorithmById(f"plpbk:{cls.ALGORITHM_ID}")
    url = alg.helpUrl()
    path = Path(QUrl(url).toLocalFile())
    assert url.startswith("file://") and path.is_file()
    parser = _Text()
    parser.feed(path.read_text(encoding="utf-8"))
    text = " ".join(parser.parts)
    assert alg.displayName() in text and f"plpbk:{alg.name()}" in text
    for definition in alg.parameterDefinitions():
        assert definition.name() in text and definition.description() in text, definition.name()
    assert cls.GUIDELINE_CODES and all(code in text for code in cls.GUIDELINE_CODES)
    names = {d.name() for d in alg.parameterDefinitions()}
    assert cls.EXAMPLE and set(cls.EXAMPLE) <= names          # the example uses real keys
    urls = {QgsApplication.processingRegistry().createAlgorithmById(f"plpbk:{c.ALGORITHM_ID}").helpUrl()
            for c in algorithm_classes()}
    assert len(urls) == len(algorithm_classes())              # one page per algorithm


HTML_TAGS = {"a", "b", "br", "code", "em", "h1", "h2", "h3", "i", "li", "ol", "p", "span", "strong", "sub", "sup",
             "table", "td", "th", "tr", "u", "ul"}


@pytest.mark.parametrize("cls", algorithm_classes(), ids=lambda c: c.ALGORITHM_ID)
def test_help_text_holds_no_placeholder_the_dialog_would_swallow(plpbk_provider, cls):
    """The dialog shows the help as rich text: a placeholder written <kode_wilayah> vanishes
    (it read 'OUTPUT_FOLDER//' in QGIS); placeholders are written [kode_wilayah]."""
    import re

    from qgis.core import QgsApplication

    alg = QgsApplication.processingRegistry().createAlgorithmById(f"plpbk:{cls.ALGORITHM_ID}")
    texts = [alg.shortHelpString()] + [d.description() for d in alg.parameterDefinitions()]
    unknown = {tag for text in texts for tag in re.findall(r"</?([A-Za-z_][\w-]*)", text)
               if tag.lower() not in HTML_TAGS}
    assert not unknown, unknown
