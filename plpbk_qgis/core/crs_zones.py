"""Which metric CRS to work in, chosen from longitude/latitude (pure, no QGIS).

Offered for Indonesia:
- SRGI2013 / UTM zones: EPSG:9476-9482 = zones 46N-52N, EPSG:9487-9494 = zones 47S-54S
  (EPSG:9483-9486 do not exist; checked in QGIS 3.22 and pyproj/PROJ 9.1).
- DGN95 / Indonesia TM-3 (BPN cadastral practice): EPSG:23830 (zone 46.2, CM 94.5) ...
  EPSG:23845 (zone 54.1, CM 139.5); k0 0.9999, false easting 200 000, false northing 1 500 000.
- SRGI2013 TM-3: same projection on the SRGI2013 datum; no EPSG code exists, so a custom CRS
  (WKT built with pyproj, proj string as fallback).

TM-3 zone names: UTM zone N is split into N.1 (west half) and N.2 (east half) of 3 degrees.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

SRGI2013_GEOGRAPHIC = 9470
TM3_K0 = 0.9999
TM3_FALSE_EASTING = 200_000.0
TM3_FALSE_NORTHING = 1_500_000.0
UTM_NORTH = {zone: 9476 + zone - 46 for zone in range(46, 53)}        # 46N..52N
UTM_SOUTH = {zone: 9487 + zone - 47 for zone in range(47, 55)}        # 47S..54S
TM3_FIRST_EPSG = 23830                                                # zone 46.2
TM3_ZONES = [(46, 2)] + [(z, h) for z in range(47, 54) for h in (1, 2)] + [(54, 1)]
DEFAULT_EPSG = 23834                                                  # Jakarta, TM-3 48.2


@dataclass(frozen=True)
class CrsChoice:
    key: str              # stable key for settings/parameters: "EPSG:23834" or "SRGI2013_TM3_48.2"
    label: str            # Indonesian label shown to the user
    epsg: int | None      # None for a custom CRS
    wkt: str | None = None
    proj4: str | None = None

    @property
    def auth_id(self) -> str | None:
        return f"EPSG:{self.epsg}" if self.epsg else None


def utm_zone_number(lon: float) -> int:
    return int(math.floor((lon + 180.0) / 6.0)) + 1


def tm3_zone_for_longitude(lon: float) -> tuple:
    """(utm zone, half) e.g. 106.85 -> (48, 2). Clamped to the Indonesian zones 46.2..54.1."""
    zone = utm_zone_number(lon)
    west_edge = (zone - 1) * 6 - 180
    half = 1 if lon < west_edge + 3 else 2
    if (zone, half) < TM3_ZONES[0]:
        return TM3_ZONES[0]
    if (zone, half) > TM3_ZONES[-1]:
        return TM3_ZONES[-1]
    return zone, half


def tm3_central_meridian(zone: int, half: int) -> float:
    return (zone - 1) * 6 - 180 + (1.5 if half == 1 else 4.5)


def tm3_zone_name(zone: int, half: int) -> str:
    return f"{zone}.{half}"


def dgn95_tm3_epsg(zone: int, half: int) -> int:
    return TM3_FIRST_EPSG + TM3_ZONES.index((zone, half))


def dgn95_tm3_epsg_for_longitude(lon: float) -> int:
    return dgn95_tm3_epsg(*tm3_zone_for_longitude(lon))


def utm_epsg_for_lonlat(lon: float, lat: float) -> int:
    """SRGI2013 UTM EPSG code; hemispheres without an EPSG zone fall back to the other one."""
    zone = min(max(utm_zone_number(lon), 46), 54)
    first, second = (UTM_NORTH, UTM_SOUTH) if lat >= 0 else (UTM_SOUTH, UTM_NORTH)
    if zone in first:
        return first[zone]
    if zone in second:
        return second[zone]
    return UTM_SOUTH[47]  # unreachable for clamped zones, keeps type checkers calm


def srgi2013_tm3_proj4(zone: int, half: int) -> str:
    # SRGI2013 is realised on ITRF2008 with the WGS 84 ellipsoid (as EPSG:9470 declares).
    return (f"+proj=tmerc +lat_0=0 +lon_0={tm3_central_meridian(zone, half):g} +k={TM3_K0} "
            f"+x_0={TM3_FALSE_EASTING:.0f} +y_0={TM3_FALSE_NORTHING:.0f} +ellps=WGS84 "
            "+towgs84=0,0,0,0,0,0,0 +units=m +no_defs")


def srgi2013_tm3_wkt(zone: int, half: int) -> str:
    """WKT2 of a projected CRS named 'SRGI2013 / TM-3 zone 48.2' on the SRGI2013 datum."""
    from pyproj import CRS
    from pyproj.crs import ProjectedCRS
    from pyproj.crs.coordinate_operation import TransverseMercatorConversion

    conversion = TransverseMercatorConversion(
        latitude_natural_origin=0.0, longitude_natural_origin=tm3_central_meridian(zone, half),
        false_easting=TM3_FALSE_EASTING, false_northing=TM3_FALSE_NORTHING,
        scale_factor_natural_origin=TM3_K0)
    crs = ProjectedCRS(conversion=conversion, geodetic_crs=CRS.from_epsg(SRGI2013_GEOGRAPHIC),
                       name=f"SRGI2013 / TM-3 zone {tm3_zone_name(zone, half)}")
    return crs.to_wkt()


def srgi2013_tm3_choice(zone: int, half: int) -> CrsChoice:
    name = tm3_zone_name(zone, half)
    return CrsChoice(key=f"SRGI2013_TM3_{name}", label=f"SRGI2013 / TM-3 zona {name} (CRS khusus)",
                     epsg=None, wkt=srgi2013_tm3_wkt(zone, half),
                     proj4=srgi2013_tm3_proj4(zone, half))


def offered_crs() -> list:
    """Every CRS offered, TM-3 DGN95 first (BPN 1:1000 practice), then UTM, then custom TM-3."""
    choices = [CrsChoice(f"EPSG:{dgn95_tm3_epsg(z, h)}",
                         f"DGN95 / TM-3 zona {tm3_zone_name(z, h)} (EPSG:{dgn95_tm3_epsg(z, h)})",
                         dgn95_tm3_epsg(z, h)) for z, h in TM3_ZONES]
    utm = sorted([(zone, "U", epsg) for zone, epsg in UTM_NORTH.items()]
                 + [(zone, "S", epsg) for zone, epsg in UTM_SOUTH.items()], key=lambda t: t[2])
    choices += [CrsChoice(f"EPSG:{epsg}", f"SRGI2013 / UTM zona {zone}{'N' if hemi == 'U' else 'S'} "
                          f"(EPSG:{epsg})", epsg) for zone, hemi, epsg in utm]
    choices += [CrsChoice(f"SRGI2013_TM3_{tm3_zone_name(z, h)}",
                          f"SRGI2013 / TM-3 zona {tm3_zone_name(z, h)} (CRS khusus)", None)
                for z, h in TM3_ZONES]
    return choices


def choice_by_key(key: str) -> CrsChoice:
    """Full choice (custom CRS with WKT) from a key of :func:`offered_crs`."""
    if key.startswith("SRGI2013_TM3_"):
        zone, half = key.rsplit("_", 1)[1].split(".")
        return srgi2013_tm3_choice(int(zone), int(half))
    for choice in offered_crs():
        if choice.key == key:
            return choice
    raise KeyError(key)


def default_choice_index(lon: float | None, lat: float | None = None) -> int:
    """Index into :func:`offered_crs` of the DGN95 TM-3 zone for ``lon`` (Jakarta when None)."""
    epsg = DEFAULT_EPSG if lon is None else dgn95_tm3_epsg_for_longitude(lon)
    keys = [choice.key for choice in offered_crs()]
    return keys.index(f"EPSG:{epsg}")
