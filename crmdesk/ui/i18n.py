"""Interface language: our translations plus Qt's own, chosen once at start-up."""

import shutil
import subprocess
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from crmdesk.paths import data_dir, resource
from crmdesk.settings import LANGUAGES


def resolve_language(requested: str | None) -> str:
    """The requested language, else the system's: Chinese systems get zh_CN."""
    if requested in LANGUAGES:
        return requested
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def sheet_language() -> str:
    """The language of spreadsheet headers and choices: the interface's."""
    return "zh" if QLocale().language() == QLocale.Language.Chinese else "en"


def compiled_catalog(language: str) -> Path | None:
    """The .qm for ``language``, compiled from its .ts when missing or older.

    A bundle ships only the .qm; a source checkout compiles it once with
    pyside6-lrelease, beside the .ts or, where that is read-only, in the data folder.
    """
    shipped = resource("translations", f"crmdesk_{language}.qm")
    source = shipped.with_suffix(".ts")
    if not source.exists():
        return shipped if shipped.exists() else None
    for target in (shipped, data_dir() / "translations" / f"{source.stem}.qm"):
        if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
            return target
        if _compile(source, target):
            return target
    return None


def _compile(source: Path, target: Path) -> bool:
    lrelease = shutil.which("pyside6-lrelease")
    if lrelease is None:
        return False
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [lrelease, "-silent", str(source), "-qm", str(target)],
            check=True,
            capture_output=True,
            timeout=60,
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return target.exists()


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Load Qt's translations and ours for ``language``; English needs none of ours."""
    QLocale.setDefault(
        QLocale(QLocale.Language.Chinese, QLocale.Country.China)
        if language == "zh_CN"
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    )
    translators = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{language}", qt_dir):
        translators.append(qt_translator)
    catalog = compiled_catalog(language) if language != "en" else None
    if catalog is not None:
        ours = QTranslator(app)
        if ours.load(str(catalog)):
            translators.append(ours)
    for translator in translators:
        app.installTranslator(translator)
    return translators
