"""City plans and their rules: reading rule values, lot-size classes, rule tables, the normalised city-plan layer (pure)."""
