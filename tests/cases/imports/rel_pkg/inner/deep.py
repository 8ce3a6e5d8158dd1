from .. import helper
from ..helper import twice as t2
from . import sibling
print("deep:", __package__, helper.twice(3), t2(4), sibling.NAME)
try:
    from ... import nothing
except ImportError as e:
    print(type(e).__name__, e)
