from star_pkg import *
print(public, sub_a.A)
try:
    other
except NameError as e:
    print(type(e).__name__, e)
from star_pkg.noall import *
print(visible, "_hidden" in globals(), "_sys" in globals())
try:
    from star_pkg.badall import *
except TypeError as e:
    print(type(e).__name__, e)
def f():
    exec("from star_pkg.noall import *")
    return "done"
print(f())
import star_pkg
print(sorted(k for k in vars(star_pkg) if not k.startswith("__")))
