from . import helper
from .helper import twice
from .inner import deep
