"""Photos travel with their features: a package's photo path (relative to the package folder,
as QField stores it) is copied to the same relative path beside the master. The same file is
never copied twice (same content = same file, by SHA-256); a different file already at that
path keeps its place and the new one gets the work area's code in its name."""

from __future__ import annotations

import shutil
from pathlib import Path, PurePosixPath, PureWindowsPath

from .gpkg_store import file_checksum


class PhotoCopier:
    def __init__(self, master_folder):
        self.master_folder = Path(master_folder)
        self.copied, self.same, self.missing = [], [], []

    def bring(self, value, package_folder, code):
        """The path to store in the master for ``value`` (unchanged when nothing to copy)."""
        if not isinstance(value, str) or not value.strip():
            return value
        relative = PurePosixPath(value.replace("\\", "/"))
        if relative.is_absolute() or ".." in relative.parts or PureWindowsPath(value).drive:
            # a path of the phone or of another computer: the file travelled in the package's
            # photo folder under its name, if anywhere
            name = PureWindowsPath(value).name
            source = Path(value) if Path(value).is_file() else Path(package_folder) / "DCIM" / name
            relative = PurePosixPath("DCIM") / name
        else:
            source = Path(package_folder) / relative
        if not source.is_file():
            self.missing.append(value)
            return value
        target = self.master_folder / relative
        if target.exists():
            if file_checksum(target) == file_checksum(source):
                self.same.append(str(relative))
                return str(relative)
            relative = relative.with_name(f"{relative.stem}_{code}{relative.suffix}")
            target = self.master_folder / relative
            if target.exists() and file_checksum(target) == file_checksum(source):
                self.same.append(str(relative))
                return str(relative)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)
        self.copied.append(str(relative))
        return str(relative)
