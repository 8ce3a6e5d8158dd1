"""A module docstring may precede __future__ imports."""
from __future__ import annotations
from __future__ import nested_scopes, generators
from __future__ import (division, absolute_import,)
from __future__ import with_statement as ws, print_function
from __future__ import unicode_literals
from __future__ import generator_stop
from __future__ import barry_as_FLUFL
import os


def f(x: SomeType) -> Other:
    return x != 1
