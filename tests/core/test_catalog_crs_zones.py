"""CRS zone choice checked against the EPSG database through pyproj (independent of our table)."""

import pytest
from pyproj import CRS, Transformer

from plpbk_qgis.core import crs_zones


@pytest.mark.parametrize("lon,lat,expected", [
    (106.85, -6.20, 23834),   # Jakarta -> TM-3 48.2 (CONTRACTS.md)
    (104.45, 1.10, 23833),    # Bintan/Batam -> 48.1
    (110.42, -6.99, 23835),   # Semarang -> 49.1
    (112.75, -7.25, 23836),   # Surabaya -> 49.2
    (119.42, -5.14, 23838),   # Makassar -> 50.2
    (140.70, -2.53, 23845),   # Jayapura -> 54.1
    (95.32, 5.55, 23830),     # Banda Aceh -> 46.2
])
def test_tm3_epsg_for_cities(lon, lat, expected):
    epsg = crs_zones.dgn95_tm3_epsg_for_longitude(lon)
    assert epsg == expected
    area = CRS.from_epsg(epsg).area_of_use
    assert area.west - 0.01 <= lon <= area.east + 0.01


@pytest.mark.parametrize("zone_half", crs_zones.TM3_ZONES)
def test_tm3_table_matches_epsg(zone_half):
    epsg = crs_zones.dgn95_tm3_epsg(*zone_half)
    crs = CRS.from_epsg(epsg)
    assert crs.name.endswith(f"TM-3 zone {zone_half[0]}.{zone_half[1]}")
    params = {p.name: p.value for p in crs.coordinate_operation.params}
    assert params["Longitude of natural origin"] == crs_zones.tm3_central_meridian(*zone_half)
    assert params["False easting"] == 200000 and params["False northing"] == 1500000


@pytest.mark.parametrize("lon,lat,name", [
    (106.85, -6.20, "UTM zone 48S"), (98.67, 3.59, "UTM zone 47N"), (124.84, 1.47, "UTM zone 51N"),
    (140.70, -2.53, "UTM zone 54S"), (95.32, 5.55, "UTM zone 46N"), (94.0, -1.0, "UTM zone 46N"),
])
def test_utm_epsg(lon, lat, name):
    crs = CRS.from_epsg(crs_zones.utm_epsg_for_lonlat(lon, lat))
    assert crs.name == f"SRGI2013 / {name}"


def test_offered_list_resolves_in_pyproj():
    choices = crs_zones.offered_crs()
    assert len(choices) == len({c.key for c in choices})
    for choice in choices:
        if choice.epsg:
            CRS.from_epsg(choice.epsg)
    assert choices[crs_zones.default_choice_index(106.85)].epsg == 23834


def test_custom_srgi2013_tm3_projects_like_dgn95_tm3():
    choice = crs_zones.choice_by_key("SRGI2013_TM3_48.2")
    custom = CRS.from_wkt(choice.wkt)
    assert "SRGI2013" in custom.name and custom.is_projected
    from_custom = Transformer.from_crs(CRS.from_epsg(9470), custom, always_xy=True)
    from_dgn95 = Transformer.from_crs(CRS.from_epsg(4326), CRS.from_epsg(23834), always_xy=True)
    x1, y1 = from_custom.transform(106.85, -6.2)
    x2, y2 = from_dgn95.transform(106.85, -6.2)
    # same projection parameters: equal to the millimetre (datum shift ignored in both)
    assert abs(x1 - x2) < 0.01 and abs(y1 - y2) < 0.01
    assert 200000 < x1 < 240000 and 800000 < y1 < 900000
    # the proj-string fallback has no datum name, so PROJ may apply an SRGI2013->WGS 84
    # shift of a few decimetres: same zone, same metre
    x3, y3 = Transformer.from_crs(CRS.from_epsg(9470), CRS.from_proj4(choice.proj4),
                                  always_xy=True).transform(106.85, -6.2)
    assert abs(x3 - x1) < 1.0 and abs(y3 - y1) < 1.0
