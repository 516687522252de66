"""`make bench`: run every bench/bench_*.py in turn (each prints its own ratios)."""

import subprocess  # nosec B404
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

if __name__ == "__main__":
    failed = 0
    for script in sorted(HERE.glob("bench_*.py")):
        print(f"== {script.name}", flush=True)
        failed |= subprocess.run([sys.executable, str(script), *sys.argv[1:]]).returncode  # nosec B603
    sys.exit(failed)
