# encoding='locale' (3.10) and io's text_encoding(): the locale's encoding, UTF-8 on these machines.
import io, os, tempfile, sys
print(io.text_encoding(None), io.text_encoding("latin-1"), io.text_encoding(None, 2))
d = tempfile.mkdtemp()
p = os.path.join(d, "f.txt")
with open(p, "w", encoding="locale") as f:
    print(f.encoding)
    f.write("héllo\n")
with open(p, encoding="locale") as f:
    print(repr(f.read()))
with open(p, "rb") as f:
    print(f.read())
w = io.TextIOWrapper(io.BytesIO(), encoding="locale")
print(w.encoding)
os.remove(p); os.rmdir(d)
