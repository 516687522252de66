"""Each algorithm's own help page: what it does, its inputs and outputs, the guideline codes it
carries and an example, as a local HTML page the dialog's Help button opens (no network).

Decision: the page is written from the algorithm's own definitions when the Help button asks
for it (``helpUrl``), in the language QGIS runs in, into the QGIS profile's cache folder. So it
can never disagree with the dialog, needs no build step and works offline; writing it costs a
few milliseconds.
"""

from __future__ import annotations

import html
import json
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsProcessingDestinationParameter,
    QgsProcessingParameterDefinition,
)
from qgis.PyQt.QtCore import QUrl

from ..i18n import tr

STYLE = """body{font-family:sans-serif;max-width:56em;margin:1.5em auto;padding:0 1em;color:#222}
h1{font-size:1.4em;border-bottom:2px solid #7a1f1f;padding-bottom:.3em}h2{font-size:1.1em;margin-top:1.4em}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.3em .5em;text-align:left;
vertical-align:top}th{background:#f3ecec}code,pre{background:#f6f6f6;font-size:.92em}pre{padding:.6em;
overflow-x:auto}.codes span{display:inline-block;background:#7a1f1f;color:#fff;border-radius:3px;
padding:0 .4em;margin:0 .2em .2em 0}"""


def _cell(text) -> str:
    return html.escape("" if text is None else str(text))


def _default(definition) -> str:
    value = definition.defaultValue()
    if value is None or value == "":
        return ""
    if hasattr(definition, "options") and isinstance(value, int) and definition.options():
        options = definition.options()
        return options[value] if 0 <= value < len(options) else str(value)
    return str(value)


def _parameter_rows(alg) -> tuple[list, list]:
    inputs, outputs = [], []
    for definition in alg.parameterDefinitions():
        advanced = bool(definition.flags() & QgsProcessingParameterDefinition.FlagAdvanced)
        row = (definition.name(), definition.description(), definition.type(),
               tr("opsional") if definition.flags() & QgsProcessingParameterDefinition.FlagOptional
               else tr("wajib"), _default(definition), tr("lanjutan") if advanced else "")
        (outputs if isinstance(definition, QgsProcessingDestinationParameter) else inputs).append(row)
    destinations = {d.name() for d in alg.destinationParameterDefinitions()}
    for output in alg.outputDefinitions():
        if output.name() not in destinations:
            outputs.append((output.name(), output.description(), output.type(), "", "", ""))
    return inputs, outputs


def _table(rows, headings) -> str:
    head = "".join(f"<th>{_cell(h)}</th>" for h in headings)
    body = "".join("<tr>" + "".join(f"<td>{_cell(v)}</td>" if i else f"<td><code>{_cell(v)}</code></td>"
                                    for i, v in enumerate(row)) + "</tr>" for row in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def render(alg) -> str:
    """The help page of ``alg`` (an initialised PlpbkAlgorithm) as HTML text."""
    inputs, outputs = _parameter_rows(alg)
    headings = (tr("Kunci"), tr("Keterangan"), tr("Jenis"), tr("Wajib/opsional"), tr("Bawaan"), "")
    codes = "".join(f"<span>{_cell(c)}</span>" for c in getattr(alg, "GUIDELINE_CODES", ()))
    example = getattr(alg, "EXAMPLE", {}) or {}
    call = json.dumps(example, ensure_ascii=False, indent=4)
    command = " ".join(f"{k}={v}" for k, v in example.items())
    description = "".join(f"<p>{_cell(p)}</p>" for p in alg.shortHelpString().split("\n") if p.strip())
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>{_cell(alg.displayName())}</title><style>{STYLE}</style></head><body>
<h1>{_cell(alg.displayName())}</h1>
<p><code>plpbk:{_cell(alg.name())}</code> — {_cell(alg.group())}</p>
<p class="codes">{_cell(tr("Kode pedoman PLPBK:"))} {codes}</p>
<h2>{_cell(tr("Apa yang dilakukan"))}</h2>{description}
<h2>{_cell(tr("Masukan"))}</h2>{_table(inputs, headings)}
<h2>{_cell(tr("Keluaran"))}</h2>{_table(outputs, headings)}
<h2>{_cell(tr("Contoh"))}</h2>
<p>{_cell(tr("Konsol Python QGIS:"))}</p><pre>import processing
processing.run("plpbk:{_cell(alg.name())}", {_cell(call)})</pre>
<p>{_cell(tr("Baris perintah:"))}</p><pre>qgis_process run plpbk:{_cell(alg.name())} -- {_cell(command)}</pre>
</body></html>"""


def page_url(alg) -> str:
    """Write the page into the profile's cache and return its file URL ('' when it cannot)."""
    from ..adapters.survey.project_defaults import qgis_language

    try:
        folder = Path(QgsApplication.qgisSettingsDirPath()) / "cache" / "plpbk_help" / qgis_language()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{alg.name()}.html"
        path.write_text(render(alg), encoding="utf-8")
    except (OSError, RuntimeError):
        return ""
    return QUrl.fromLocalFile(str(path)).toString()
