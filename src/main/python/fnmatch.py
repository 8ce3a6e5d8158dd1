"""Shell-style wildcards: ``*``, ``?``, ``[seq]`` and ``[!seq]`` matched against names.

A pattern is translated to a regular expression; ``*`` between fixed parts becomes an atomic
group, so that a failing match does not backtrack through every way of placing the stars.
"""

import functools
import os
import posixpath
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    """Whether name matches pat, after normalising the case of both as the OS does."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


@functools.lru_cache(maxsize=32768, typed=True)
def _compiled(pat):
    if isinstance(pat, bytes):
        regex = bytes(translate(str(pat, 'ISO-8859-1')), 'ISO-8859-1')
    else:
        regex = translate(pat)
    return re.compile(regex).match


def filter(names, pat):
    """The names that match pat, in their order."""
    pat = os.path.normcase(pat)
    match = _compiled(pat)
    if os.path is posixpath:  # normcase does nothing
        return [name for name in names if match(name)]
    return [name for name in names if match(os.path.normcase(name))]


def fnmatchcase(name, pat):
    """Whether name matches pat, case counting."""
    return _compiled(pat)(name) is not None


_STAR = object()


def _set(body):
    """A bracket expression's body (after '[' and any '!', before ']') as a regex set's body."""
    # A '-' between two characters makes a range, except first in the set and right after a
    # range; the pieces between range hyphens are kept literal.
    pieces = []
    start = 0
    k = 1
    while True:
        hyphen = body.find('-', k)
        if hyphen < 0:
            break
        pieces.append(body[start:hyphen])
        start = hyphen + 1
        k = hyphen + 3
    rest = body[start:]
    if rest:
        pieces.append(rest)
    else:
        pieces[-1] += '-'
    # a range whose ends are reversed matches nothing: drop its two ends
    k = len(pieces) - 1
    while k >= 1:
        if pieces[k - 1][-1] > pieces[k][0]:
            pieces[k - 1] = pieces[k - 1][:-1] + pieces[k][1:]
            del pieces[k]
        k -= 1
    return '-'.join(p.replace('\\', '\\\\').replace('-', '\\-') for p in pieces)


def _parts(pat):
    """The pattern as regex pieces, with _STAR for each run of stars."""
    parts = []
    i = 0
    n = len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not parts or parts[-1] is not _STAR:
                parts.append(_STAR)
        elif c == '?':
            parts.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            close = pat.find(']', j)
            if close < 0:
                parts.append('\\[')
                continue
            negated = pat[i:i + 1] == '!'
            body = pat[i + 1 if negated else i:close]
            if '-' in body:
                body = _set(body)
            else:
                body = body.replace('\\', '\\\\')
            i = close + 1
            for op in '&~|':  # set operations a future re may give meaning to
                body = body.replace(op, '\\' + op)
            if negated:
                if not body:
                    parts.append('.')  # [!] with nothing left: any character
                    continue
                parts.append('[^' + body + ']')
            elif not body:
                parts.append('(?!)')  # an empty set matches nothing
            elif body[0] in '^[':
                parts.append('[\\' + body + ']')
            else:
                parts.append('[' + body + ']')
        else:
            parts.append(re.escape(c))
    return parts


def translate(pat):
    """The regular expression (as a string) that matches what the shell pattern pat matches."""
    parts = _parts(pat)
    out = []
    i = 0
    n = len(parts)
    while i < n and parts[i] is not _STAR:
        out.append(parts[i])
        i += 1
    while i < n:
        i += 1  # a star
        fixed = []
        while i < n and parts[i] is not _STAR:
            fixed.append(parts[i])
            i += 1
        fixed = ''.join(fixed)
        if i == n:
            out.append('.*' + fixed)  # the last star: plain, the match must reach the end
        else:
            out.append('(?>.*?' + fixed + ')')  # fewest characters up to the next fixed part
    return '(?s:' + ''.join(out) + ')\\Z'
