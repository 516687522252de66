"""The slum criteria of Permen PUPR No. 14/PRT/M/2018 as data (pure, no QGIS).

Peraturan Menteri Pekerjaan Umum dan Perumahan Rakyat No. 14/PRT/M/2018 tentang Pencegahan
dan Peningkatan Kualitas terhadap Perumahan Kumuh dan Permukiman Kumuh sets seven aspects with
16 criteria (k1a … k7b below); the KOTAKU programme scores each per RT from the share of the
RT (buildings, households, metres, hectares) that fails it, sums the 16 scores (0 … 80) and
classes the sum. This module holds that table; :mod:`.slum_score` computes with it.

What was checked, and where (looked up for this module; third-party copies, not the gazette)
---------------------------------------------------------------------------------------------
Verified against text:

* Criteria wording and the sub-articles of the building aspect (a. ketidakteraturan,
  b. kepadatan tidak sesuai rencana tata ruang = KDB/KLB melebihi ketentuan, c. persyaratan
  teknis = dampak lingkungan, di atas/bawah prasarana, keselamatan, kesehatan, kenyamanan,
  kemudahan): Perda Kota Surakarta No. 2/2016 and the Permen 02/PRT/M/2016 criteria table
  copied in "Penilaian Tingkat Kekumuhan … Jorong Sarilamak" (pdfcoffee.com), which also gives
  the density trigger "kota metropolitan dan kota besar ≥ 250 unit/Ha, kota sedang dan kota
  kecil ≥ 200 unit/Ha" and the bands "76% - 100% bangunan …".
* Score bands, units and class bounds: KOTAKU baseline sheets as published per RT by KAWANKU
  Jawa Timur (kawanku.pkpjatim.id, "Data Kumuh Kelurahan …"): columns VOLUME / SATUAN /
  PROSEN (%) / NILAI with units Unit (k1a, k1c, k7a, k7b), Ha (k1b, k4a), Meter (k2a, k2b,
  k4b, k4c), KK (k3a … k6b) and "BATAS AMBANG NILAI: 60-80 kumuh berat, 38-59 kumuh sedang,
  16-37 kumuh ringan" (totals 14 -> TIDAK KUMUH, 17 and 24 -> KUMUH RINGAN on those sheets).
  The same sheets fix how shares between two written bands are scored (see slum_score).
* Pasal 36 ayat (6) (verification of the location assessment before the bupati/wali kota
  decree), Pasal 37 ayat (1) (table and map of locations), Pasal 38 ayat (1) (review at least
  once in 5 years): quoted in SE Dirjen Cipta Karya "Tata Cara Verifikasi Hasil Penilaian
  Lokasi" (2021) and the Dit. PKP slides "Pendataan Baseline Permukiman Kumuh" (2023).
* Non-physical items (identifikasi legalitas lahan: kejelasan status penguasaan lahan,
  kesesuaian dengan rencana tata ruang; pertimbangan lain: nilai strategis lokasi,
  kependudukan, kondisi sosial ekonomi budaya): Perda Kota Surabaya No. 4/2018 Pasal 26
  (which follows Permen 14/2018). Their scores: a KOTAKU identification form in a public
  repository scores nilai strategis Ada 5 / Tidak 1, kependudukan Rendah 1 / Sedang 3 /
  Tinggi 5, sosial-ekonomi-budaya Ya 5 / Tidak 1, and both legalitas items as + / −.

Not verified (from memory of the regulation; ``Criterion.pasal_verified`` is False for all):
the article numbers Pasal 4 … 10 for the seven aspects (Pasal 3 lists the aspects), and the
numeric thresholds of "kependudukan" (population density classes) and the class bounds of the
summed pertimbangan lain — these are therefore NOT encoded; the caller gives the level.
"""

from __future__ import annotations

from dataclasses import dataclass

REGULATION = "Permen PUPR No. 14/PRT/M/2018"

# Units of the volume, as the KOTAKU baseline writes them.
UNIT_BUILDINGS, UNIT_HOUSEHOLDS, UNIT_METRES, UNIT_HECTARES = "unit bangunan", "KK", "meter", "ha"
WHOLE_UNITS = (UNIT_BUILDINGS, UNIT_HOUSEHOLDS)   # counts: a volume cannot be fractional

MAX_SCORE = 5
# (lowest share in percent, score), highest band first; a share is in a band from its written
# lower bound up to the next band's lower bound (see slum_score.band_score).
SCORE_BANDS = ((76.0, 5), (51.0, 3), (25.0, 1), (0.0, 0))
# (lowest total, class), highest first. Totals are sums of 0/1/3/5 over the 16 criteria.
NOT_SLUM, LIGHT, MEDIUM, HEAVY = "tidak_kumuh", "ringan", "sedang", "berat"
CLASS_BANDS = ((60, HEAVY), (38, MEDIUM), (16, LIGHT), (0, NOT_SLUM))
CLASS_LABELS = {NOT_SLUM: "Tidak kumuh", LIGHT: "Kumuh ringan", MEDIUM: "Kumuh sedang",
                HEAVY: "Kumuh berat"}

# k1b: a location is dense from this many buildings per hectare (≥, as the criteria table
# writes it; a KOTAKU input form says "lebih dari" — the two differ only at exactly 250/200).
DENSITY_BIG_CITY_UNITS_PER_HA = 250.0      # kota metropolitan dan kota besar
DENSITY_SMALL_CITY_UNITS_PER_HA = 200.0    # kota sedang dan kota kecil
WATER_NEED_LITRES_PER_PERSON_DAY = 60      # k3b, for the record (the survey cannot measure it)


@dataclass(frozen=True)
class Aspect:
    number: int
    name_id: str
    name_en: str
    pasal: str


@dataclass(frozen=True)
class Criterion:
    code: str
    aspect: Aspect
    name_id: str
    name_en: str
    unit: str                  # unit of the volume (and of the total it is divided by)
    total_id: str              # what the total is, as the baseline sheet gives it
    pasal: str
    pasal_verified: bool = False


ASPECTS = (
    Aspect(1, "Kondisi bangunan gedung", "Buildings", "Pasal 4"),
    Aspect(2, "Kondisi jalan lingkungan", "Neighbourhood roads", "Pasal 5"),
    Aspect(3, "Kondisi penyediaan air minum", "Drinking water", "Pasal 6"),
    Aspect(4, "Kondisi drainase lingkungan", "Drainage", "Pasal 7"),
    Aspect(5, "Kondisi pengelolaan air limbah", "Wastewater", "Pasal 8"),
    Aspect(6, "Kondisi pengelolaan persampahan", "Solid waste", "Pasal 9"),
    Aspect(7, "Kondisi proteksi kebakaran", "Fire protection", "Pasal 10"),
)
_A = {aspect.number: aspect for aspect in ASPECTS}

CRITERIA = (
    Criterion("k1a", _A[1], "Ketidakteraturan bangunan", "Irregular buildings", UNIT_BUILDINGS,
              "jumlah bangunan", "Pasal 4 ayat (1) huruf a, ayat (2)"),
    Criterion("k1b", _A[1], "Kepadatan bangunan tidak sesuai ketentuan rencana tata ruang",
              "Building density above the spatial plan (KDB/KLB; ≥ 250 or 200 units/ha)",
              UNIT_HECTARES, "luas RT", "Pasal 4 ayat (1) huruf b, ayat (3)"),
    Criterion("k1c", _A[1], "Ketidaksesuaian dengan persyaratan teknis bangunan",
              "Buildings not meeting technical requirements", UNIT_BUILDINGS,
              "jumlah bangunan", "Pasal 4 ayat (1) huruf c, ayat (4)"),
    Criterion("k2a", _A[2], "Cakupan pelayanan jalan lingkungan",
              "Area not served by neighbourhood roads", UNIT_METRES,
              "panjang jalan lingkungan ideal", "Pasal 5 ayat (1) huruf a"),
    Criterion("k2b", _A[2], "Kualitas permukaan jalan lingkungan",
              "Road surface in bad condition", UNIT_METRES, "panjang jalan lingkungan",
              "Pasal 5 ayat (1) huruf b"),
    Criterion("k3a", _A[3], "Ketidaktersediaan akses aman air minum",
              "No access to safe drinking water", UNIT_HOUSEHOLDS, "jumlah KK", "Pasal 6 ayat (1) huruf a"),
    Criterion("k3b", _A[3], "Tidak terpenuhinya kebutuhan air minum",
              "Drinking-water need (60 l/person/day) not met", UNIT_HOUSEHOLDS, "jumlah KK",
              "Pasal 6 ayat (1) huruf b"),
    Criterion("k4a", _A[4], "Ketidakmampuan mengalirkan limpasan air (genangan)",
              "Drains cannot carry runoff (ponding > 30 cm, > 2 h, > 2x/year)", UNIT_HECTARES,
              "luas RT", "Pasal 7 ayat (1) huruf a"),
    Criterion("k4b", _A[4], "Ketidaktersediaan drainase", "No drains", UNIT_METRES,
              "panjang drainase lingkungan ideal", "Pasal 7 ayat (1) huruf b"),
    Criterion("k4c", _A[4], "Kualitas konstruksi drainase", "Poor drain construction",
              UNIT_METRES, "panjang drainase lingkungan", "Pasal 7 ayat (1) huruf c"),
    Criterion("k5a", _A[5], "Sistem pengelolaan air limbah tidak sesuai standar teknis",
              "Wastewater system below technical standards", UNIT_HOUSEHOLDS, "jumlah KK",
              "Pasal 8 ayat (1) huruf a"),
    Criterion("k5b", _A[5], "Prasarana dan sarana pengelolaan air limbah tidak sesuai "
              "persyaratan teknis", "Wastewater facilities below technical requirements",
              UNIT_HOUSEHOLDS, "jumlah KK", "Pasal 8 ayat (1) huruf b"),
    Criterion("k6a", _A[6], "Prasarana dan sarana persampahan tidak sesuai persyaratan teknis",
              "Solid-waste facilities below technical requirements", UNIT_HOUSEHOLDS,
              "jumlah KK", "Pasal 9 ayat (1) huruf a"),
    Criterion("k6b", _A[6], "Sistem pengelolaan persampahan tidak sesuai standar teknis",
              "Solid-waste handling below technical standards", UNIT_HOUSEHOLDS, "jumlah KK",
              "Pasal 9 ayat (1) huruf b"),
    Criterion("k7a", _A[7], "Ketidaktersediaan prasarana proteksi kebakaran",
              "No fire-protection infrastructure (water supply, access, communication)",
              UNIT_BUILDINGS, "jumlah bangunan", "Pasal 10 ayat (1) huruf a"),
    Criterion("k7b", _A[7], "Ketidaktersediaan sarana proteksi kebakaran",
              "No fire-fighting equipment (APAR, pump vehicle)", UNIT_BUILDINGS,
              "jumlah bangunan", "Pasal 10 ayat (1) huruf b"),
)
CODES = tuple(criterion.code for criterion in CRITERIA)
BY_CODE = {criterion.code: criterion for criterion in CRITERIA}
MAX_TOTAL = MAX_SCORE * len(CRITERIA)     # 80


def criterion(code: str) -> Criterion:
    """The criterion of a code ('k1a' … 'k7b'); KeyError for an unknown code."""
    return BY_CODE[code]


# ---------------------------------------------------------------- non-physical considerations
@dataclass(frozen=True)
class Consideration:
    """A non-physical item: its options and the score (or sign) each option gives."""
    code: str
    group: str                 # "pertimbangan_lain" or "legalitas_lahan"
    name_id: str
    name_en: str
    options: tuple             # ((option code, Indonesian label, score or sign), ...)
    source: str

    def score(self, option: str):
        """Score (int) or sign ('+'/'-') of an option code; KeyError for an unknown option."""
        return {code: value for code, _, value in self.options}[option]


OTHER, LEGAL = "pertimbangan_lain", "legalitas_lahan"
_FORM = "format identifikasi KOTAKU (repositori publik); Perda Kota Surabaya 4/2018 Pasal 26"
CONSIDERATIONS = (
    Consideration("nilai_strategis", OTHER, "Nilai strategis lokasi",
                  "Strategic value of the location",
                  (("ada", "Lokasi bernilai strategis bagi kota", 5),
                   ("tidak", "Lokasi tidak bernilai strategis", 1)), _FORM),
    Consideration("kependudukan", OTHER, "Kependudukan (kepadatan penduduk)",
                  "Population density",
                  (("tinggi", "Kepadatan penduduk tinggi", 5),
                   ("sedang", "Kepadatan penduduk sedang", 3),
                   ("rendah", "Kepadatan penduduk rendah", 1)), _FORM),
    Consideration("sosial_ekonomi_budaya", OTHER, "Kondisi sosial, ekonomi dan budaya",
                  "Social, economic and cultural potential",
                  (("ya", "Memiliki potensi sosial, ekonomi, budaya", 5),
                   ("tidak", "Tidak memiliki potensi", 1)), _FORM),
    Consideration("status_lahan", LEGAL, "Kejelasan status penguasaan lahan",
                  "Clear land tenure",
                  (("jelas", "Status penguasaan lahan jelas (milik sendiri / izin pemilik)", "+"),
                   ("tidak_jelas", "Status penguasaan lahan tidak jelas", "-")), _FORM),
    Consideration("kesesuaian_rtr", LEGAL, "Kesesuaian dengan rencana tata ruang",
                  "Conforms to the spatial plan",
                  (("sesuai", "Sesuai peruntukan dalam rencana tata ruang", "+"),
                   ("tidak_sesuai", "Tidak sesuai peruntukan", "-")), _FORM),
)
CONSIDERATION_BY_CODE = {item.code: item for item in CONSIDERATIONS}
