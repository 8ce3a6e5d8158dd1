print("pkg init", __name__, __package__)
from . import helper
from .helper import H
