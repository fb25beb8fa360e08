"""python3 add_book.py NAME — adds /work/books/NAME.py and NAME.md to make_books.py, run.py and the review folder."""
import re, sys, shutil
from pathlib import Path
name = sys.argv[1]
R = str(Path(__file__).resolve().parent.parent) + '/'
src = open(f'/work/books/{name}.py').read()
src = re.sub(r'^(from book import Book|import book)\s*\n', '', src, flags=re.M)
lines = src.strip('\n')
mb = open(R + 'make_books.py').read()
assert f'def {name}(' not in mb
mb = mb.replace('\n\ndef main():', '\n\n' + lines + '\n\n\ndef main():', 1)
mb = re.sub(r'(palermo, winnipeg(?:, \w+)*)\):', lambda m: m.group(1) + f', {name}):', mb, count=1)
open(R + 'make_books.py', 'w').write(mb)
rp = open(R + 'run.py').read()
rp = re.sub(r'("palermo", "winnipeg"(?:, "\w+")*)\)', lambda m: m.group(1) + f', "{name}")', rp, count=1)
open(R + 'run.py', 'w').write(rp)
shutil.copy(f'/work/books/{name}.md', R + f'{name}.md')
print('added', name)
