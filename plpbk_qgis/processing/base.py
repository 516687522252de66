"""Common ground for every PLPBK algorithm: naming, help, dependency check, error wrapping.

Subclasses implement ``initAlgorithm`` and ``compute`` (not ``processAlgorithm``): ``compute`` may
raise :class:`PlpbkInputError` and the user sees its message, never a traceback. Algorithms
keep no per-run state on ``self`` (Processing may reuse or copy instances).
"""

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException

from ..core.errors import PlpbkInputError
from ..dependencies import blocking_problems, describe_missing
from ..i18n import tr
from . import keys


def group_titles():
    """Processing group title per ``GROUP_KEY``, translated (``tr`` of literals, so that
    ``scripts/update_translations.py`` extracts them)."""
    return {
        "survey": tr("1. Basis data Pemetaan Swadaya"),
        "import": tr("2. Peta dasar dan rencana kota"),
        "analysis": tr("3. Analisis"),
        "check": tr("4. Pemeriksaan kesesuaian"),
        "print": tr("5. Peta dan album cetak"),
    }


GROUP_ICONS = {"survey": "/mActionNewGeoPackageLayer.svg", "import": "/mActionAddOgrLayer.svg",
               "analysis": "/mActionCalculateField.svg", "check": "/mIconCertificateTrusted.svg",
               "print": "/mActionNewLayout.svg"}


def tidy_message(text: str) -> str:
    """Every message a user reads starts with a capital letter and has no doubled
    punctuation ("failed.." from a library's own full stop, ". ." from joined sentences)."""
    import re

    text = re.sub(r"(?<!\.)\.\.(?!\.)", ".", str(text).strip())
    text = re.sub(r"\.\s+\.", ".", text)
    text = re.sub(r":\s*:", ":", text)
    return text[:1].upper() + text[1:] if text else text


def _language() -> str:
    from ..adapters.survey.project_defaults import qgis_language

    return qgis_language()


class PlpbkAlgorithm(QgsProcessingAlgorithm):
    #: algorithm id (``plpbk:<ALGORITHM_ID>``), set by each subclass
    ALGORITHM_ID = ""
    #: key of :func:`group_titles`
    GROUP_KEY = "survey"

    def tr(self, text):
        return tr(text)

    def addParameter(self, parameter, createOutput=True):  # noqa: N802, N803
        # decimal numbers show as 10.00 in the dialog, not Qt's default 10.000000
        from qgis.core import QgsProcessingParameterNumber

        if isinstance(parameter, QgsProcessingParameterNumber) and \
                parameter.dataType() == QgsProcessingParameterNumber.Double:
            metadata = parameter.metadata()
            wrapper = dict(metadata.get("widget_wrapper") or {})
            wrapper.setdefault("decimals", 2)
            metadata["widget_wrapper"] = wrapper
            parameter.setMetadata(metadata)
        return super().addParameter(parameter, createOutput)

    def add_advanced(self, parameter):
        """Add a secondary parameter, folded under 'Advanced' in the dialog."""
        parameter.setFlags(parameter.flags() | parameter.FlagAdvanced)
        self.addParameter(parameter)
        return parameter

    def createInstance(self):  # noqa: N802
        return type(self)()

    def name(self):
        return self.ALGORITHM_ID

    def icon(self):
        """One icon per toolbox group (QGIS theme icons, so they match the user's theme)."""
        from qgis.core import QgsApplication

        return QgsApplication.getThemeIcon(GROUP_ICONS.get(self.GROUP_KEY, "/processingAlgorithm.svg"))

    def group(self):
        return group_titles()[self.GROUP_KEY]

    def groupId(self):  # noqa: N802
        return self.GROUP_KEY

    #: guideline codes (SEED_MAP) the algorithm carries, shown on its help page
    GUIDELINE_CODES = ()
    #: parameters of the help page's example
    EXAMPLE = {}

    def helpUrl(self):  # noqa: N802
        """This algorithm's own page (inputs, outputs, guideline codes, example), local HTML."""
        from .help_pages import page_url

        return page_url(self)

    def checkParameterValues(self, parameters, context):  # noqa: N802
        # Runs before parameters are resolved: a missing library is the first thing to say.
        problems = blocking_problems()
        if problems:
            return False, describe_missing(problems, _language())
        return super().checkParameterValues(parameters, context)

    # tables of the survey database (DATABASE) this algorithm writes; {unsaved_edits.ANY_TABLE}: any
    WRITES_TABLES = frozenset()

    def tables_written(self, parameters, context) -> set:
        return set(self.WRITES_TABLES)

    def _check_unsaved_edits(self, parameters, context, feedback):
        # layers of the project are only read here (their edit state), as QGIS's own
        # parameterAsVectorLayer does from the task's thread
        if self.parameterDefinition(keys.DATABASE) is None:
            return
        from .unsaved_edits import check_unsaved_edits

        check_unsaved_edits(self.parameterAsFile(parameters, keys.DATABASE, context), context.project(),
                            self.tables_written(parameters, context), feedback, tr)

    @staticmethod
    def _input_error_message(error):
        words = {"layer": tr("lapisan '{}'"), "field": tr("kolom '{}'"), "feature": tr("fitur {}")}
        return tidy_message(error.describe(words, tr))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        problems = blocking_problems()
        if problems:
            raise QgsProcessingException(describe_missing(problems, _language()))
        try:
            from .output_guard import make_output_folders, outputs_before, refuse_outputs_over_inputs

            refuse_outputs_over_inputs(self, parameters, context)
            self._check_unsaved_edits(parameters, context, feedback)
            before = outputs_before(self, parameters, context)
            make_output_folders(self, parameters, context)
            self._written = False
            try:
                result = self.compute(parameters, context, feedback)
            except Exception:
                if feedback is not None and feedback.isCanceled():
                    self._cancelled(before)
                raise
            if feedback is not None and feedback.isCanceled():
                self._cancelled(before)
            return result
        except PlpbkInputError as error:
            raise QgsProcessingException(self._input_error_message(error)) from error
        except QgsProcessingException:
            raise
        except OSError as error:
            # unwritable or missing folders, a file where a folder was expected, a full disk
            where = error.filename or ""
            raise QgsProcessingException(tidy_message(tr(
                "Berkas atau folder '{path}' tidak dapat dibaca/ditulis ({reason}). Pilih lokasi lain "
                "yang dapat ditulis, atau periksa berkasnya; tidak ada masukan yang diubah.").format(
                    path=where, reason=error.strerror or error))) from error
        except Exception as error:  # noqa: BLE001 - never a traceback in front of the user
            import traceback

            from qgis.core import Qgis, QgsMessageLog

            QgsMessageLog.logMessage(traceback.format_exc(), "PLPBK", Qgis.Critical)
            raise QgsProcessingException(tidy_message(tr(
                "{name} berhenti karena masalah yang tidak terduga pada masukan: {kind}: {message}. "
                "Periksa lapisan dan parameter masukan; rincian teknis ada di panel Log Pesan "
                "(tab PLPBK).").format(name=self.displayName(), kind=type(error).__name__,
                                       message=error))) from error

    def database_written(self):
        """Called right before the survey database is written: from here on the run completes
        (a cancel now would leave the database changed while saying nothing was)."""
        self._written = True

    @staticmethod
    def stage(feedback, percent) -> bool:
        """Report that ``percent`` of the work is done; True when the user has cancelled, so the
        caller stops before writing anything (short algorithms report their stages this way:
        the dialog's bar moves and Cancel is honoured between stages)."""
        feedback.setProgress(percent)
        return feedback.isCanceled()

    def _cancelled(self, before):
        """Remove what a cancelled run made and say exactly that (an output it had to leave,
        such as a GeoPackage that existed before, is named)."""
        import gc

        from .output_guard import remove_unfinished_outputs

        gc.collect()                        # sinks close their files when they are collected
        removed, kept = remove_unfinished_outputs(before)
        if getattr(self, "_written", False):
            message = tr("Dibatalkan oleh pengguna setelah basis data survei mulai ditulis: perubahan basis data "
                         "sudah tersimpan utuh (tidak ikut dibatalkan); keluaran lain yang belum selesai dihapus "
                         "({removed}).").format(removed=len(removed))
        else:
            message = tr("Dibatalkan oleh pengguna. Keluaran yang belum selesai dihapus ({removed}); "
                         "masukan tidak diubah.").format(removed=len(removed))
        if kept:
            message += " " + tr("Berkas yang sudah ada sebelumnya tidak dihapus, periksa isinya: "
                                "{files}.").format(files=", ".join(kept))
        raise QgsProcessingException(message)

    def crs_of(self, parameters, key, context):
        """The CRS chosen for ``key``, or None when left empty. A code QGIS does not know
        (EPSG:999999, a typo) is refused rather than silently replaced by the default."""
        crs = self.parameterAsCrs(parameters, key, context)
        given = parameters.get(key)
        if crs.isValid():
            return crs
        if given in (None, "") or (hasattr(given, "isValid") and not given.authid() and not given.toWkt()):
            return None
        raise PlpbkInputError(tr("CRS '{value}' tidak dikenal QGIS. Pilih CRS dari daftar (mis. EPSG:23834 "
                                 "TM-3 zona 48.2 atau EPSG:9477 UTM SRGI2013), atau kosongkan.").format(
            value=getattr(given, "authid", lambda: given)() or given), field=key)

    def field_of(self, parameters, key, context, source):
        """The field chosen for ``key`` on ``source``, or None. A default field name the layer
        does not have counts as not given (the plugin's own names, such as ``jml_lantai``, are
        pre-filled for its own database); a name typed by the user that is missing is an error."""
        value = self.parameterAsString(parameters, key, context) or None
        if value is None or source is None or value in source.fields().names():
            return value
        if value == self.parameterDefinition(key).defaultValue():
            return None
        raise PlpbkInputError(tr("kolom tidak ada di lapisan ini. Pilih kolom yang ada atau kosongkan "
                                 "parameter kolomnya."), layer=source.sourceName(), field=value)

    def folder_output_names(self, parameters, context):
        """File names this algorithm writes into its folder outputs (an input file of the same
        name in that folder would be overwritten: see ``output_guard``)."""
        return ()

    def compute(self, parameters, context, feedback):  # pragma: no cover - abstract
        """The algorithm's work. Not called ``run``: QgsProcessingAlgorithm.run() is what
        processing.run() calls and must not be shadowed."""
        raise NotImplementedError
