"""Refuse, before anything is written, an output that would overwrite an input.

Processing replaces a file destination as a whole: ``survei.gpkg`` as the output of an
algorithm that reads ``survei.gpkg|layername=bangunan`` would wipe the survey database. An
output names an input when it is the same file and either the output does not name a layer of
its own (the whole file is replaced) or it names the input's layer (that layer is replaced). A
GeoPackage output with another layer name (``ogr:dbname='survei.gpkg' table="hasil"``) adds a
layer and is allowed. Folder outputs clash with the input files inside them whose names the
algorithm writes (``PlpbkAlgorithm.folder_output_names``).
"""

from __future__ import annotations

import os
import re

from qgis.core import (
    QgsProcessing,
    QgsProcessingDestinationParameter,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProviderRegistry,
)

from ..core.errors import PlpbkInputError
from ..i18n import tr


def _location(text) -> tuple[str, str | None] | None:
    """(absolute file path, layer name or None) of a source or destination string."""
    if not text or not isinstance(text, str) or text.startswith(("memory:", "postgres", "TEMPORARY_OUTPUT")):
        return None
    match = re.match(r"^ogr:dbname='(?P<path>[^']+)'(?:\s+table=\"?(?P<table>[^\"\s]+)\"?)?", text)
    if match:
        return os.path.abspath(match.group("path")), match.group("table")
    parts = QgsProviderRegistry.instance().decodeUri("ogr", text)
    path = parts.get("path") or text.split("|", 1)[0]
    if not path or not os.path.splitext(path)[1]:
        return None
    return os.path.abspath(path), parts.get("layerName") or None


def _input_locations(alg, parameters, context) -> list:
    found = []
    for definition in alg.parameterDefinitions():
        name = definition.name()
        if isinstance(definition, QgsProcessingDestinationParameter) or parameters.get(name) in (None, ""):
            continue
        if isinstance(definition, QgsProcessingParameterFile):
            where = _location(alg.parameterAsFile(parameters, name, context))
            found += [(where, definition)] if where else []
            continue
        if isinstance(definition, QgsProcessingParameterMultipleLayers) and definition.layerType() == QgsProcessing.TypeFile:
            # files and folders (field packages): never opened as layers (GDAL would probe
            # every driver on a folder, HDF5 printing its diagnostics)
            found += [(where, definition) for where in map(_location, alg.parameterAsFileList(parameters, name, context))
                      if where]
            continue
        if isinstance(definition, QgsProcessingParameterMultipleLayers):
            layers = alg.parameterAsLayerList(parameters, name, context)
        else:
            try:
                layer = alg.parameterAsLayer(parameters, name, context)
            except Exception:  # noqa: BLE001 - not a layer parameter
                layer = None
            layers = [layer] if layer is not None else []
        for layer in layers:
            where = _location(layer.source())
            if where:
                found.append((where, definition))
    return found


def _output_locations(alg, parameters, context) -> list:
    found = []
    for definition in alg.destinationParameterDefinitions():
        name = definition.name()
        if parameters.get(name) in (None, ""):
            continue
        if isinstance(definition, QgsProcessingParameterFolderDestination):
            folder = alg.parameterAsFileOutput(parameters, name, context)
            if folder:
                found.append(("folder", os.path.abspath(folder), None, definition))
            continue
        try:
            value = alg.parameterAsOutputLayer(parameters, name, context)
        except Exception:  # noqa: BLE001 - a plain file destination
            value = None
        value = value or alg.parameterAsFileOutput(parameters, name, context)
        where = _location(value)
        if where:
            found.append(("file", where[0], where[1], definition))
    return found


def make_output_folders(alg, parameters, context):
    """Create the missing folders of file outputs (QGIS' own writers do not, and fail with a
    GDAL message about sqlite3_open)."""
    for kind, path, _layer, _definition in _output_locations(alg, parameters, context):
        folder = path if kind == "folder" else os.path.dirname(path)
        if folder and not os.path.isdir(folder):
            os.makedirs(folder, exist_ok=True)


def refuse_outputs_over_inputs(alg, parameters, context):
    """Raise :class:`PlpbkInputError` naming the output and the input it would overwrite."""
    inputs = _input_locations(alg, parameters, context)
    if not inputs:
        return
    folder_names = {n.lower() for n in alg.folder_output_names(parameters, context)}
    for kind, path, layer, output in _output_locations(alg, parameters, context):
        for (in_path, in_layer), source in inputs:
            if kind == "folder":
                clash = os.path.dirname(in_path) == path and os.path.basename(in_path).lower() in folder_names
            else:
                clash = os.path.normcase(in_path) == os.path.normcase(path) and (
                    layer is None or in_layer is None or layer == in_layer)
            if clash:
                raise PlpbkInputError(
                    tr("keluaran '{output}' ({path}) akan menimpa masukan '{input}'. Pilih berkas "
                       "keluaran lain (atau, untuk GeoPackage, nama lapisan lain); masukan tidak "
                       "diubah.").format(output=output.description(), path=path,
                                         input=source.description()))


def outputs_before(alg, parameters, context) -> list:
    """What the file and folder outputs were before the run: (kind, path, files already there),
    so that a cancelled run can remove what it made and only that."""
    state = []
    for kind, path, _layer, _definition in _output_locations(alg, parameters, context):
        if kind == "folder":
            existing = {os.path.join(root, name) for root, _dirs, names in os.walk(path) for name in names} \
                if os.path.isdir(path) else None
            state.append((kind, path, existing))
        else:
            state.append((kind, path, os.path.exists(path)))
    return state


def remove_unfinished_outputs(state) -> tuple[list, list]:
    """After a cancel: delete the files the run created (a new output file, new files in an
    output folder, the folder itself when the run made it). Returns (removed, kept): a file
    that existed before (a GeoPackage the run added a layer to) is never deleted."""
    import shutil

    removed, kept = [], []
    for kind, path, before in state:
        if kind == "folder":
            if before is None:
                if os.path.isdir(path):
                    shutil.rmtree(path, ignore_errors=True)
                    removed.append(path)
                continue
            for root, _dirs, names in os.walk(path):
                for name in names:
                    file = os.path.join(root, name)
                    if file not in before:
                        os.remove(file)
                        removed.append(file)
        elif os.path.exists(path):
            if before:
                kept.append(path)
            else:
                for extra in (path, path + "-wal", path + "-shm", path + "-journal"):
                    if os.path.exists(extra):
                        os.remove(extra)
                removed.append(path)
                # a Shapefile is several files
                stem, extension = os.path.splitext(path)
                if extension.lower() == ".shp":
                    for sibling in (".shx", ".dbf", ".prj", ".cpg", ".qix"):
                        if os.path.exists(stem + sibling):
                            os.remove(stem + sibling)
    return removed, kept
