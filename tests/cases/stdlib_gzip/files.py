import gzip
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "data.txt.gz")
    with gzip.open(p, "wb") as f:
        print(f.name == p, f.mode, f.write(b"line one\nline two\n"))
    raw = open(p, "rb").read()
    print(raw[:3].hex(), raw[3], raw[8:10].hex(), raw[10:19])
    with gzip.open(p) as f:
        print(f.readlines(), f.mtime is not None)
    with gzip.open(p, "ab") as f:
        f.write(b"appended member\n")
    with gzip.open(p, "rt", encoding="utf-8") as f:
        print([line for line in f])
    with gzip.open(p, "wt", encoding="utf-8", newline="\r\n") as f:
        f.write("crlf\n")
    print(gzip.decompress(open(p, "rb").read()))
    with open(p, "wb") as raw_file:
        with gzip.GzipFile(fileobj=raw_file, mode="wb", mtime=0, filename="other.bin") as g:
            g.write(b"x" * 1000)
    data = open(p, "rb").read()
    print(data[:24], len(data))
    with gzip.GzipFile(p) as g:
        print(len(g.read()), g.name == p)
    try:
        gzip.open(os.path.join(d, "missing.gz"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)
    x = os.path.join(d, "x.gz")
    with gzip.open(x, "xb") as f:
        f.write(b"exclusive")
    try:
        gzip.open(x, "xb")
    except FileExistsError as e:
        print("FileExistsError", e.errno)
