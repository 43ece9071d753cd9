"""`python -m ftextract`, the same as the `ftextract` command."""

from ftextract.cli import main

main()
