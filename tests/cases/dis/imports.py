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


def importer():
    import sys
    import os.path as osp
    from sys import argv, path as p
    from . import sibling
    from ..pkg import thing
    return sys, osp, argv, p


show(importer)
show("from sys import *")
print(list(dis._find_imports(importer.__code__)))
print(list(dis._find_store_names(compile("import a\nb = 1\nglobal c\nc = 2", "m", "exec"))))
