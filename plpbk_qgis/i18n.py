"""Translation: source strings are Bahasa Indonesia, English comes from ``i18n/plpbk_en.qm``.

All user-facing text goes through :func:`tr` with one context (``plpbk``) so that
``scripts/update_translations.py`` can extract it from any module.
"""

from __future__ import annotations

from pathlib import Path

from qgis.PyQt.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

CONTEXT = "plpbk"
I18N_DIR = Path(__file__).resolve().parent / "i18n"
_translator = None


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def say(text) -> str:
    """A text made in core (``core.errors.Message``, possibly holding Messages) translated; a
    plain string is data (a file name, a code) and comes back as it is."""
    from .core.errors import render

    return render(text, tr)


def tr_noop(text: str) -> str:
    """Mark a literal for extraction (like Qt's ``QT_TR_NOOP``) where it is defined away from
    its ``tr(variable)`` call; returns the text untranslated."""
    return text


def user_language() -> str:
    """Two-letter language QGIS is set to (QGIS' own setting wins over the system locale)."""
    settings = QSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        name = settings.value("locale/userLocale", "", type=str)
    else:
        name = QLocale.system().name()
    return (name or "id")[:2].lower()


def install_translator(language: str | None = None) -> bool:
    """Load the compiled translation for ``language``; Indonesian needs none."""
    global _translator
    if _translator is not None:      # initProcessing and initGui both ask: install once
        return True
    language = language or user_language()
    if language == "id":
        return False
    qm = I18N_DIR / f"plpbk_{language}.qm"
    if not qm.exists():
        return False
    translator = QTranslator()
    if not translator.load(str(qm)):
        return False
    QCoreApplication.installTranslator(translator)
    _translator = translator
    return True


def remove_translator() -> None:
    global _translator
    if _translator is not None:
        QCoreApplication.removeTranslator(_translator)
        _translator = None
