import linecache
import os

name = "lc_sample.txt"
with open(name, "w") as f:
    f.write("first\nsecond\n\nlast without newline")
try:
    print(repr(linecache.getline(name, 1)))
    print(repr(linecache.getline(name, 4)))
    print(repr(linecache.getline(name, 0)), repr(linecache.getline(name, 5)))
    print(linecache.getlines(name))
    print(name in linecache.cache)
    with open(name, "w") as f:
        f.write("changed\n")
    print(repr(linecache.getline(name, 1)))
    linecache.checkcache(name)
    print(name in linecache.cache)
    print(repr(linecache.getline(name, 1)))
    os.remove(name)
    linecache.checkcache()
    print(name in linecache.cache, linecache.getlines(name))
finally:
    if os.path.exists(name):
        os.remove(name)
print(repr(linecache.getline("linecache_basic.py", 1)))
print(linecache.getline("<string>", 1) == "", linecache.getlines("") == [])
print(linecache.getlines("no/such/file.py"))
linecache.clearcache()
print(linecache.cache)
# from a module's loader when no file has the name
import json
print(linecache.getline(json.__file__, 1) != "")
print(linecache.lazycache("<x>", {}), linecache.lazycache("zz.py", None))

with open("lc_latin.py", "wb") as f:
    f.write(b"# -*- coding: latin-1 -*-\ns = '\xe9t\xe9'\n")
print(repr(linecache.getline("lc_latin.py", 2)))
os.remove("lc_latin.py")
