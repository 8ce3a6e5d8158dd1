import sys
sys.path.insert(0, sys.path[0] + "/importdata")
import mod_a
import mod_a as again
print(mod_a.X, mod_a.f(), mod_a is again)
from mod_a import *
print(X, f())
try:
    _private
except NameError as e:
    print(type(e).__name__)
import pkg
print(pkg.H, pkg.helper.H)
import pkg.sub.deep
print(pkg.sub.deep.D, pkg.sub.VAL)
from pkg.sub import deep as d2
print(d2 is pkg.sub.deep)
from pkg.sub.deep import *
print(D)
print("mod_a" in sys.modules, sys.modules["pkg.sub"].VAL)
print(type(sys), sys.__name__, repr(sys))
try:
    import pkg.nothere
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    from pkg import nothere
except ImportError as e:
    print(type(e).__name__)
