"""JSON token scanner (json.scanner): make_scanner(context) builds the decoder's scan_once."""

import _json
from .decoder import JSONDecodeError, PyScanner as py_make_scanner


def make_scanner(context):
    return _json.make_scanner(context, JSONDecodeError)


c_make_scanner = make_scanner
