#!/usr/bin/env python3
"""Writes the writers' `book.py` (make_books.py's helper, without its books) and one example book into DEST."""
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
dest = Path(sys.argv[1])
src = (HERE / "make_books.py").read_text(encoding="utf-8").split("\n")
end = next(i for i, line in enumerate(src) if line.startswith("def designer"))
(dest / "book.py").write_text("\n".join(l for l in src[:end] if "from facts import" not in l) + "\n", encoding="utf-8")
start = next(i for i, line in enumerate(src) if line.startswith("def palermo"))
stop = next(i for i, line in enumerate(src) if line.startswith("def winnipeg"))
(dest / "example_palermo.py").write_text("from book import Book\n\n\n" + "\n".join(src[start:stop]).rstrip() + "\n",
                                         encoding="utf-8")
shutil.copy(HERE / "palermo.md", dest / "example_palermo.md")
print(f"kit written to {dest}")
