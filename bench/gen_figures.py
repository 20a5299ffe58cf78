#!/usr/bin/env python3
"""Writes clearly synthetic market figures in market-service's bulk-load CSV format (never shipped).

Publishers are SYN001..SYN999; each has twelve monthly series (production and sales of all, passenger,
commercial, nev, bev and phev), newest month first from 2025-12 back. Row i of the sequence is always the same
figure for the same --months, so that --offset gives disjoint batches and --revision the same figures with other
values (a revision of every row).

    python3 bench/gen_figures.py --rows 250000 --offset 1000 > figures.csv
"""
import argparse
import sys

MEASURES = ("production", "sales")
SEGMENTS = ("all", "passenger", "commercial", "nev", "bev", "phev")
SERIES = len(MEASURES) * len(SEGMENTS)
HEADER = ("measure,segment,period,publisher,value,qualifier,precision,stated_as,reported_yoy_pct,"
          "reported_yoy_qualifier,definition,published,source,attribution,attribution_note,notes")
MAX_PUBLISHERS = 999
LAST_YEAR, LAST_MONTH = 2025, 12


def months_for(total_rows):
    """Months per publisher: 120 (2016-01..2025-12), more when 999 publishers would not hold total_rows."""
    per_month = MAX_PUBLISHERS * SERIES
    return max(120, -(-total_rows // per_month))


def row(i, months, revision):
    publisher, rest = divmod(i, SERIES * months)
    if publisher >= MAX_PUBLISHERS:
        raise SystemExit(f"row {i} needs more than {MAX_PUBLISHERS} publishers; raise --months")
    back, series = divmod(rest, SERIES)
    measure = MEASURES[series // len(SEGMENTS)]
    segment = SEGMENTS[series % len(SEGMENTS)]
    y, m = divmod(LAST_YEAR * 12 + LAST_MONTH - 1 - back, 12)
    py, pm = divmod(y * 12 + m + 1, 12)  # published the month after
    value = 1000 + (i * 7919) % 900000 + revision
    return (f"{measure},{segment},{y:04d}-{m + 1:02d},SYN{publisher + 1:03d},{value},,,,,,,"
            f"{py:04d}-{pm + 1:02d},,,,\n")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--rows", type=int, required=True)
    p.add_argument("--offset", type=int, default=0, help="index of the first row of the sequence")
    p.add_argument("--months", type=int, help="months per publisher (default: from --total-rows)")
    p.add_argument("--total-rows", type=int, help="every row the run will generate, to choose --months")
    p.add_argument("--revision", type=int, default=0, help="added to every value: a revision of the same figures")
    p.add_argument("--output", help="file to write (default stdout)")
    a = p.parse_args()
    months = a.months or months_for(a.total_rows or (a.offset + a.rows))
    out = open(a.output, "w", encoding="ascii", newline="") if a.output else sys.stdout
    out.write(HEADER + "\n")
    chunk = []
    for i in range(a.offset, a.offset + a.rows):
        chunk.append(row(i, months, a.revision))
        if len(chunk) >= 10000:
            out.write("".join(chunk))
            chunk.clear()
    out.write("".join(chunk))
    if out is not sys.stdout:
        out.close()


if __name__ == "__main__":
    main()
