# Positions of import statements and alias nodes.
import a
import a.b.c
import a as b
import a.b as c
import a, b.c, d as e
import a . b . c
import a.b.c as d
from a import b
from a import b as c
from a import (b,
               c as d)
from . import a
from .a import *
from ...a.b import c
from é import ü as ö
import é.ü
from a import (
    b,
    c,
)
