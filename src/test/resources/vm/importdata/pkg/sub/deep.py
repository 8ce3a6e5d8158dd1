from .. import helper
D = helper.H
__all__ = ["D"]
