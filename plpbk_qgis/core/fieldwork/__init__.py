"""Pokja field work: packages cut from the master survey database and their merge back."""
