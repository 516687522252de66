"""Generator of the embedded sample "Kelurahan Contoh" (synthetic data, see make_sample.py)."""
