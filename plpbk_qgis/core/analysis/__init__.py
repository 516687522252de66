"""Analyses for the arahan and rona maps: population, hazard exposure, slum score."""
