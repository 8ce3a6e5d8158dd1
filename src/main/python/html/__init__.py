"""HTML text helpers: escape() for markup-safe text, unescape() for character references."""

import re as _re
from html.entities import html5 as _html5

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """s with &, < and > (and, when quote is true, both quote marks) as character references."""
    s = s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    if quote:
        s = s.replace('"', '&quot;').replace('\'', '&#x27;')
    return s


# Numeric references that the HTML5 parsing rules turn into other characters: NUL, CR, and
# the C1 range read as Windows-1252 (where that code page has a character).
_NUMERIC_FIXES = {0x00: '\ufffd', 0x0d: '\r'}
_CP1252_C1 = ('\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f'
              '\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178')
for _i, _c in enumerate(_CP1252_C1):
    _NUMERIC_FIXES[0x80 + _i] = _c
del _i, _c


def _dropped(cp):
    """Code points a numeric reference may not produce: controls and noncharacters."""
    if cp <= 0x08 or cp == 0x0b or 0x0e <= cp <= 0x1f or 0x7f <= cp <= 0x9f:
        return True
    return 0xfdd0 <= cp <= 0xfdef or (cp & 0xfffe) == 0xfffe


_REFERENCE = _re.compile(r'&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)')


def _replace(match):
    ref = match.group(1)
    if ref[0] == '#':
        digits = ref[1:].rstrip(';')
        cp = int(digits[1:], 16) if digits[0] in 'xX' else int(digits)
        if cp in _NUMERIC_FIXES:
            return _NUMERIC_FIXES[cp]
        if 0xd800 <= cp <= 0xdfff or cp > 0x10ffff:
            return '\ufffd'
        if _dropped(cp):
            return ''
        return chr(cp)
    if ref in _html5:
        return _html5[ref]
    # The longest known name that starts the reference (some HTML 4 names need no ';').
    for end in range(len(ref) - 1, 1, -1):
        if ref[:end] in _html5:
            return _html5[ref[:end]] + ref[end:]
    return '&' + ref


def unescape(s):
    """s with every named and numeric character reference replaced as HTML5 parsers do."""
    if '&' not in s:
        return s
    return _REFERENCE.sub(_replace, s)
