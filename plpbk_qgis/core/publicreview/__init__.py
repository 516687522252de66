"""Uji publik (U1–U3): residents' comments placed, summarised and tied to the plan changes they asked for."""
