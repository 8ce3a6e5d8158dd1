"""Conversions between Python values and C structs packed into bytes (Taipan: the work is in _struct)."""

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack', 'Struct', 'error']

from _struct import *
from _struct import _clearcache
