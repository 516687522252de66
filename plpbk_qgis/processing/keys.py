"""Parameter keys that mean the same thing in every algorithm (one key for one thing), so
that models, scripts and the next algorithms can pass the survey database, the priority area,
the sheet index or the city-plan zones from one algorithm to the next without renaming."""

DATABASE = "DATABASE"            # the survey GeoPackage (plpbk:createsurveydatabase)
PRIORITY_AREA = "PRIORITY_AREA"  # the priority area (kawasan_prioritas) polygon layer
SHEET_INDEX = "SHEET_INDEX"      # the sheet grid of plpbk:createsheetindex
ZONES = "ZONES"                  # the city-plan zones with their rules (plpbk:importcityplan)
