# import statements: plain, dotted, aliases, relative, parenthesized, star.
import a
import a.b
import a.b.c
import a as b
import a.b as c
import a, b
import a as x, b.c as y, d
from a import b
from a import b as c
from a import b, c
from a import b as c, d as e
from a import (b)
from a import (b,)
from a import (b, c)
from a import (b as c, d as e,)
from a import (
    b,
    c as d,
)
from a.b import c
from a.b.c import d
from . import a
from .. import a
from ... import a
from .... import a
from ..... import a
from .a import b
from ..a import b
from ...a import b
from ....a.b import c
from . a import b
from .a.b import (c, d)
from a import *
from .a import *
from . import *
from .. a . b import c
import a . b . c
