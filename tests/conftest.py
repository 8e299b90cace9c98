import os

# The tests change mirror pages between crawls a few seconds apart, as if a day had passed: every
# crawl asks every page again unless a test sets --recrawl-interval itself (tests/test_recrawl.py).
os.environ.setdefault("DKBM_RECRAWL_INTERVAL", "0")
