"""How long a review page of 1,000 articles takes to open in headless Chromium.

The time is a measurement, not a test: ``tests/test_review_browser.py`` checks that such a
page opens, lists every article and draws one on demand, and this script times the opening
(the load event, or the first paint if that comes later) over a few runs. It needs Debian's
``chromium`` (``make chromium``); without it, it says so and exits 0.

    python bench/review_open.py [--articles 1000] [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the DevTools client and page helpers the tests use

from cdp_client import Browser, find_chromium  # noqa: E402

OPENED = (
    "Math.max(performance.getEntriesByType('navigation')[0].loadEventEnd,"
    " ...performance.getEntriesByType('paint').map((p) => p.startTime))"
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    chromium = find_chromium()
    if chromium is None:
        print("Chromium not installed (make chromium installs it): nothing measured")
        return 0

    from review_helpers import corpus_articles, repeated

    from pipeline.extraction import load_pipeline
    from pipeline.review.show_page import show_page

    many = repeated(corpus_articles(load_pipeline()), args.articles)
    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / "review.html"
        page.write_text(show_page(many), encoding="utf-8")
        browser = Browser(chromium)
        try:
            times = []
            for _ in range(args.runs):
                browser.open(page)
                times.append(float(browser.evaluate(OPENED)))
        finally:
            browser.close()
        size = page.stat().st_size / 1e6
    print(
        f"{args.articles} articles, {size:.1f} MB: opens in {min(times):.0f} ms "
        f"(median {statistics.median(times):.0f} ms of {args.runs} runs)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
