"""Module docstring."""
import a
import a.b.c
import a.b as c
import a.b.c as d
from x import y
from x import y as z, w
from . import m
from ..p import q
from r import *
global g
x: int
y: list = []
z.w: int = 1
q[0]: int
print(x)
del x
