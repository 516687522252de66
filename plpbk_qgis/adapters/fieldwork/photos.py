"""Photos travel with their features: a package's photo path (relative to the package folder,
as QField stores it) is copied to the same relative path beside the master. The same file is
never copied twice (same content = same file, by SHA-256); a different file already at that
path keeps its place and the new one gets the work area's code in its name."""

from __future__ import annotations

import shutil
from pathlib import Path, PurePosixPath, PureWindowsPath

from ...i18n import tr
from .gpkg_store import file_checksum


def _names(relative, code):
    """rumah.jpg, rumah_WK-02.jpg, rumah_WK-02_2.jpg, rumah_WK-02_3.jpg, ..."""
    yield relative
    yield relative.with_name(f"{relative.stem}_{code}{relative.suffix}")
    number = 2
    while True:
        yield relative.with_name(f"{relative.stem}_{code}_{number}{relative.suffix}")
        number += 1


class PhotoCopier:
    """Decides where each photo goes while the merge runs; copies only when the merged master
    is in place (``write``), so a cancelled or failed merge leaves no photo behind and a
    refused package's photos are forgotten with it (``mark`` / ``restore``)."""

    def __init__(self, master_folder):
        self.master_folder = Path(master_folder)
        self.copied, self.same, self.missing, self.failed = [], [], [], []
        self.pending = {}                      # relative path in the master folder -> source file
        self._folded = {}                      # the same, by case-folded path

    def mark(self):
        return len(self.copied), len(self.same), len(self.missing), dict(self.pending)

    def restore(self, mark):
        copied, same, missing, self.pending = mark
        del self.copied[copied:], self.same[same:], self.missing[missing:]
        self._folded = {str(name).casefold(): source for name, source in self.pending.items()}

    def _held(self, relative):
        """Checksum of what the master folder holds (or will hold) at ``relative``, or None.
        Names are compared without case: on Windows and macOS DCIM/IMG_1.JPG is dcim/img_1.jpg."""
        pending = self._folded.get(str(relative).casefold())
        if pending is not None:
            return file_checksum(pending)
        target = self.master_folder / relative
        return file_checksum(target) if target.exists() else None

    def bring(self, value, package_folder, code):
        """The path to store in the master for ``value`` (unchanged when nothing to copy)."""
        if not isinstance(value, str) or not value.strip():
            return value
        relative = PurePosixPath(value.replace("\\", "/"))
        if relative.is_absolute() or ".." in relative.parts or PureWindowsPath(value).drive:
            # a path of the phone or of another computer: the file travelled in the package's
            # photo folder under its name, if anywhere. A file elsewhere on this computer is
            # never taken (a package must not pull in files from outside itself).
            name = PureWindowsPath(value).name
            given, folder = Path(value), Path(package_folder).resolve()
            inside = given.is_absolute() and folder in given.resolve().parents and given.is_file()
            source = given if inside else folder / "DCIM" / name
            relative = PurePosixPath("DCIM") / name
        else:
            source = Path(package_folder) / relative
        if not source.is_file():
            self.missing.append(value)
            return value
        checksum = file_checksum(source)
        # a different photo already at that path keeps its place: the newcomer gets the work
        # area's code (and a number, should that be taken too) in its name
        for candidate in _names(relative, code):
            held = self._held(candidate)
            if held == checksum:
                self.same.append(str(candidate))
                return str(candidate)
            if held is None:
                break
        self.pending[candidate] = source
        self._folded[str(candidate).casefold()] = source
        self.copied.append(str(candidate))
        return str(candidate)

    def write(self):
        """Copy the photos decided on (after the master has been replaced: a photo that cannot be
        copied now is named in ``failed`` for the user to copy by hand, the merge stands)."""
        for relative, source in self.pending.items():
            target = self.master_folder / relative
            try:
                if target.exists():             # appeared during the merge: never overwritten
                    if file_checksum(target) != file_checksum(source):
                        self.failed.append(f"{source} → {relative}: " + tr("{name} sudah ada (berkas lain)").format(
                            name=target.name))
                    continue
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, target)
            except OSError as error:
                self.failed.append(f"{source} → {relative}: {error.strerror or error}")
        self.pending, self._folded = {}, {}
