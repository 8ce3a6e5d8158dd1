import dis

from disshow import Buffer, masked, show


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
