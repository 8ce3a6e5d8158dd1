import sys
import dis


class Buffer:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


def masked(text):
    # object addresses differ from run to run; the main script's file name is absolute in CPython
    parts = text.replace(__file__, __file__.split("/")[-1]).split(" at 0x")
    return parts[0] + "".join(" at 0x?" + p.lstrip("0123456789abcdef") for p in parts[1:])


def show(x, **kw):
    b = Buffer()
    dis.dis(x, file=b, **kw)
    print(masked("".join(b.parts)), end="")



class Source:
    name = "<stdin>"

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("closed", file=sys.stderr)

    def read(self):
        return b'import sys\n\ndef greet(name):\n    print(f"hello {name}")\n\nfor n in ("a", "b"):\n    greet(n)\n'


class Stdin:
    buffer = Source()


# what `python -m dis` prints for its standard input
sys.argv = ["dis.py"]
sys.stdin = Stdin()
sys.stdout = out = Buffer()
dis.main()
sys.stdout = sys.__stdout__
print(masked("".join(out.parts)), end="")
