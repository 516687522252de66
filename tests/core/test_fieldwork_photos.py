"""Photos of a merge: where each goes, never overwritten, copied only when the merge lands.

PhotoCopier is an adapter without QGIS (files only), so it is tested here with plain files."""

import hashlib

from plpbk_qgis.adapters.fieldwork.photos import PhotoCopier


def _photo(folder, relative, content):
    path = folder / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return path


def _sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_nothing_is_copied_before_write_and_nothing_overwritten(tmp_path):
    master, one, two, three = (tmp_path / n for n in ("induk", "WK-01", "WK-02", "WK-03"))
    _photo(master, "DCIM/rumah.jpg", b"already in the master")
    _photo(master, "DCIM/rumah_WK-02.jpg", b"an older photo of WK-02")
    _photo(one, "DCIM/rumah.jpg", b"already in the master")          # the same file: not copied
    _photo(two, "DCIM/rumah.jpg", b"WK-02's new photo")             # same name, other content
    _photo(three, "DCIM/rumah.jpg", b"WK-03's new photo")
    photos = PhotoCopier(master)
    assert photos.bring("DCIM/rumah.jpg", one, "WK-01") == "DCIM/rumah.jpg"
    # rumah.jpg and rumah_WK-02.jpg are both taken by other content: a number is added
    assert photos.bring("DCIM/rumah.jpg", two, "WK-02") == "DCIM/rumah_WK-02_2.jpg"
    assert photos.bring("DCIM\\rumah.jpg", three, "WK-03") == "DCIM/rumah_WK-03.jpg"     # Windows separators
    assert photos.bring("DCIM/rumah.jpg", two, "WK-02") == "DCIM/rumah_WK-02_2.jpg"   # again: the same file
    assert sorted(p.name for p in (master / "DCIM").iterdir()) == ["rumah.jpg", "rumah_WK-02.jpg"]
    photos.write()
    held = {p.name: p.read_bytes() for p in (master / "DCIM").iterdir()}
    assert held == {"rumah.jpg": b"already in the master", "rumah_WK-02.jpg": b"an older photo of WK-02",
                    "rumah_WK-02_2.jpg": b"WK-02's new photo", "rumah_WK-03.jpg": b"WK-03's new photo"}
    assert (photos.copied, len(photos.same)) == (["DCIM/rumah_WK-02_2.jpg", "DCIM/rumah_WK-03.jpg"], 2)


def test_a_refused_package_forgets_its_photos_and_phone_paths_land_in_dcim(tmp_path):
    master, one, two = (tmp_path / n for n in ("induk", "WK-01", "WK-02"))
    _photo(one, "DCIM/a.jpg", b"a")
    _photo(two, "DCIM/b.jpg", b"b")
    photos = PhotoCopier(master)
    assert photos.bring("/storage/emulated/0/QField/DCIM/a.jpg", one, "WK-01") == "DCIM/a.jpg"
    assert photos.bring("C:\\Users\\pokja\\DCIM\\..\\hilang.jpg", one, "WK-01") == "C:\\Users\\pokja\\DCIM\\..\\hilang.jpg"
    mark = photos.mark()
    assert photos.bring("../../etc/b.jpg", two, "WK-02") == "DCIM/b.jpg"   # never outside the master folder
    photos.restore(mark)                                                  # WK-02 was refused
    photos.write()
    assert [p.name for p in (master / "DCIM").iterdir()] == ["a.jpg"]
    assert _sha(master / "DCIM" / "a.jpg") == _sha(one / "DCIM" / "a.jpg")
    assert photos.missing == ["C:\\Users\\pokja\\DCIM\\..\\hilang.jpg"] and photos.copied == ["DCIM/a.jpg"]


def test_names_differing_only_in_case_are_one_file(tmp_path):
    """On Windows and macOS DCIM/IMG_1.JPG and dcim/img_1.jpg are one file: two different
    photos under those names must not end up copied over each other."""
    master, one, two = (tmp_path / n for n in ("induk", "WK-01", "WK-02"))
    _photo(one, "DCIM/IMG_1.JPG", b"first")
    _photo(two, "dcim/img_1.jpg", b"second")
    photos = PhotoCopier(master)
    assert photos.bring("DCIM/IMG_1.JPG", one, "WK-01") == "DCIM/IMG_1.JPG"
    assert photos.bring("dcim/img_1.jpg", two, "WK-02") == "dcim/img_1_WK-02.jpg"
    photos.write()
    assert {p.relative_to(master).as_posix(): p.read_bytes() for p in master.rglob("*") if p.is_file()} == {
        "DCIM/IMG_1.JPG": b"first", "dcim/img_1_WK-02.jpg": b"second"}


def test_a_photo_that_appears_during_the_merge_is_not_overwritten(tmp_path):
    master, one = tmp_path / "induk", tmp_path / "WK-01"
    _photo(one, "DCIM/a.jpg", b"from the package")
    photos = PhotoCopier(master)
    assert photos.bring("DCIM/a.jpg", one, "WK-01") == "DCIM/a.jpg"
    _photo(master, "DCIM/a.jpg", b"put there by someone meanwhile")
    photos.write()
    assert (master / "DCIM" / "a.jpg").read_bytes() == b"put there by someone meanwhile"
    assert len(photos.failed) == 1 and "a.jpg" in photos.failed[0]


def test_a_path_outside_the_package_is_never_read(tmp_path):
    """A photo path pointing at a file elsewhere on the merging computer (a hand-edited or
    hostile package) is not copied; the package's own DCIM copy, if any, is."""
    master, one = tmp_path / "induk", tmp_path / "WK-01"
    secret = _photo(tmp_path / "rumah_planner", "dokumen/rahasia.jpg", b"not the package's")
    own = _photo(one, "DCIM/foto_desktop.jpg", b"edited on a desktop")
    photos = PhotoCopier(master)
    assert photos.bring(str(secret), one, "WK-01") == str(secret)                 # reported missing
    assert photos.bring(str(own.resolve()), one, "WK-01") == "DCIM/foto_desktop.jpg"   # absolute, inside
    photos.write()
    assert [p.name for p in (master / "DCIM").iterdir()] == ["foto_desktop.jpg"]
    assert photos.missing == [str(secret)]
