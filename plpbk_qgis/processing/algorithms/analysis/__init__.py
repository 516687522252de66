"""Toolbox group 3: analyses for the arahan and rona maps (population, hazard exposure, slum score)."""
