"""Statistics of real Jakarta data that the synthetic sample imitates.

Measured with ``scripts/sample/measure_real_stats.py`` on ../shared/data (2025 snapshot), after
reprojection to EPSG:23834. "Dense cells" = 1-ha cells holding >= 40 buildings: the fully mapped,
kampung-like parts (OSM coverage elsewhere is partial). Printed values, rounded:

- Petogogan (DKI building data), dense cells: footprint median 120 m2 (q1 78, q3 170),
  cells 44/ha median, 53/ha p90, footprint coverage p90 0.80, 98 % of buildings touch a neighbour.
- OSM Jakarta buildings, dense cells: footprint median 47 m2 (q1 21, q3 52), 47.5/ha median,
  62/ha p90, nearest-neighbour gap median 1.1 m (q1 0.0, q3 1.6).
- OSM LEVELS (1 205 tagged buildings, Central/North/East Jakarta, towers included): 1 floor 31 %,
  2 floors 32 %, 3-4 floors 16 %, 5+ 21 %. Kampung houses are the low part of this: the sample
  drops the towers and keeps the 1 : 2 : 3-4 proportions.
- OSM roads of Menteng/Tanah Abang by length: residential 35 %, primary 21 %, secondary 10 %,
  tertiary 5 %, footway 4 % (no widths in the data: widths below follow Indonesian road classes
  and field practice for gang).
"""

# Footprint area (m2): the sample median is aimed between the two measured dense medians, near
# Petogogan's (complete cadastre-like data; OSM misses and merges small kampung houses). With the
# real dense-cell density (~45-50/ha) this gives the real coverage (~0.6-0.75) and plot KDB 80-100 %.
REAL_DENSE_MEDIAN_AREA_OSM = 47.0
REAL_DENSE_MEDIAN_AREA_PETOGOGAN = 120.0
TARGET_MEDIAN_AREA = 115.0

# Buildings per hectare in dense 1-ha cells (median .. p90 over both data sets).
REAL_DENSE_PER_HA_MEDIAN = (44.0, 47.5)
REAL_DENSE_PER_HA_P90 = (53.0, 62.0)
REAL_MAX_PER_HA = 67.0  # densest cell of all (Petogogan); OSM max 64

# Nearest-neighbour gap between buildings (m), OSM dense cells.
REAL_GAP_MEDIAN = 1.1

# Floors of kampung buildings (share among buildings with a floor count): 1 : 2 : 3 : 4,
# from the OSM shares 31 : 32 : 16 (3-4) with towers (5+) left out.
FLOOR_SHARES = {1: 0.39, 2: 0.41, 3: 0.15, 4: 0.05}

# Road widths (m, full width) per class: OSM gives classes only; widths are field practice.
ROAD_WIDTH = {"arteri": (22.0, 24.0), "kolektor": (10.0, 12.0), "lokal": (6.0, 8.0),
              "lingkungan": (3.5, 5.0), "gang": (1.0, 3.0)}
