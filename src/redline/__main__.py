"""`python -m redline` runs the command line."""
import sys

from redline.cli import main

sys.exit(main())
