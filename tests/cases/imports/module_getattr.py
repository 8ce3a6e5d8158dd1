import lazy_mod
print(lazy_mod.real, lazy_mod.computed, lazy_mod.another)
try:
    lazy_mod.missing
except AttributeError as e:
    print(type(e).__name__, e)
from lazy_mod import computed as c
print(c)
import sys
try:
    sys.nothing_here
except AttributeError as e:
    print(type(e).__name__, e)
