import sys, os_path_helper
here = os_path_helper.here
sys.path[1:1] = [here + "/ns_a", here + "/ns_b"]
import nsp.one, nsp.two
print(nsp.one.ONE, nsp.two.TWO)
print([p.rsplit("/", 2)[-2:] for p in nsp.__path__])
print(nsp.__file__, nsp.__spec__.origin, nsp.__spec__.loader is not None)
print(nsp.__spec__.submodule_search_locations is not None, nsp.__package__)
from nsp.inner import deep
print(deep.DEEP, deep.__package__, nsp.inner.__file__)
try:
    import ns_a.nsp.missing
except ImportError as e:
    print(type(e).__name__, e)
