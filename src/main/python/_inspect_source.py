"""inspect's source functions: where an object's source starts (findsource) and where the
block starting there ends (getblock).

getblock reads the lines through a small tokenizer of its own that reports only what the
block rules need: the end of each logical line (strings, brackets and backslashes followed),
indentation changes, comments with their column, and names and "@" while a line starts.
"""

import re

_OPEN = "([{"
_CLOSE = ")]}"
_STRING_START = re.compile(r"(?i)(?:rb|br|fr|rf|u|r|b|f)?('''|\"\"\"|'|\")")
_NAME = re.compile(r"\w+")


class _Stop(Exception):
    pass


def _columns(text):
    col = 0
    for ch in text:
        if ch == '\t':
            col = (col // 8 + 1) * 8
        elif ch == '\f':
            col = 0
        else:
            col += 1
    return col


def _tokens(lines):
    """Yields (kind, text, row, col) with kind one of NAME OP COMMENT NEWLINE NL INDENT DEDENT."""
    indents = [0]
    depth = 0
    quote = None  # the closing quote of a string running over lines
    continued = False
    for row, line in enumerate(lines, 1):
        pos = 0
        n = len(line)
        if quote is None and depth == 0 and not continued:
            stripped = line.lstrip(' \t\f')
            pos = n - len(stripped)
            if not stripped or stripped[0] in '\r\n':
                yield ('NL', '', row, pos)
                continue
            if stripped[0] == '#':
                yield ('COMMENT', stripped.rstrip('\r\n'), row, pos)
                yield ('NL', '', row, n)
                continue
            col = _columns(line[:pos])
            if col > indents[-1]:
                indents.append(col)
                yield ('INDENT', line[:pos], row, pos)
            while col < indents[-1]:
                indents.pop()
                yield ('DEDENT', '', row, pos)
            if col != indents[-1]:
                raise IndentationError('unindent does not match any outer indentation level')
        continued = False
        while pos < n:
            if quote is not None:
                end = _string_end(line, pos, quote)
                if end < 0:
                    pos = n
                    break
                pos = end
                quote = None
                continue
            ch = line[pos]
            if ch in ' \t\f':
                pos += 1
            elif ch in '\r\n':
                break
            elif ch == '#':
                yield ('COMMENT', line[pos:].rstrip('\r\n'), row, pos)
                break
            elif ch == '\\':
                continued = True
                break
            elif ch in _OPEN:
                depth += 1
                yield ('OP', ch, row, pos)
                pos += 1
            elif ch in _CLOSE:
                depth = max(depth - 1, 0)
                yield ('OP', ch, row, pos)
                pos += 1
            else:
                m = _STRING_START.match(line, pos)
                if m:
                    q = m.group(1)
                    end = _string_end(line, m.end(), q)
                    if end < 0:
                        if len(q) == 1 and not line.rstrip('\r\n').endswith('\\'):
                            pos = n  # an unterminated one-line string: give up on it
                            break
                        quote = q
                        pos = n
                        break
                    yield ('STRING', line[pos:end], row, pos)
                    pos = end
                    continue
                m = _NAME.match(line, pos)
                if m:
                    yield ('NAME', m.group(), row, pos)
                    pos = m.end()
                else:
                    yield ('OP', ch, row, pos)
                    pos += 1
        if quote is None and depth == 0 and not continued:
            yield ('NEWLINE', '', row, pos)
    for _ in indents[1:]:
        yield ('DEDENT', '', len(lines) + 1, 0)
    yield ('ENDMARKER', '', len(lines) + 1, 0)


def _string_end(line, pos, quote):
    # Index after the closing quote, or -1 when the string goes on past this line.
    while True:
        i = line.find(quote, pos)
        back = line.find('\\', pos)
        if back >= 0 and (i < 0 or back < i):
            pos = back + 2
            if pos > len(line):
                return -1
            continue
        return -1 if i < 0 else i + len(quote)


def getblock(lines):
    """The lines of the def, class or lambda block at the top of lines."""
    indent = 0
    started = islambda = passline = indecorator = False
    body_col = None
    last = 1
    try:
        for kind, text, row, col in _tokens(lines):
            if not started and not indecorator:
                if text == '@' and kind == 'OP':
                    indecorator = True
                elif kind == 'NAME' and text in ('def', 'class', 'lambda'):
                    islambda = text == 'lambda'
                    started = True
                passline = True
            elif kind == 'NEWLINE':
                passline = False
                last = row
                if islambda:
                    break
                if indecorator:
                    indecorator = False
            elif passline:
                pass
            elif kind == 'INDENT':
                if body_col is None and started:
                    body_col = len(text)
                indent += 1
                passline = True
            elif kind == 'DEDENT':
                indent -= 1
                if indent <= 0:
                    break
            elif kind == 'COMMENT':
                if body_col is not None and col >= body_col:
                    last = row
            elif indent == 0 and kind != 'NL':
                break
    except IndentationError:
        pass
    return lines[:last]


_DEF_LINE = re.compile(r'^(\s*def\s)|(\s*async\s+def\s)|(.*(?<!\w)lambda(:|\s))|^(\s*@)')


def class_start(lines, qualname):
    """The index of the line where the class named qualname starts (its first decorator)."""
    import ast
    tree = ast.parse(''.join(lines))
    path = qualname.split('.')
    found = []

    def walk(body, prefix):
        for node in body:
            if isinstance(node, ast.ClassDef):
                names = prefix + [node.name]
                if names == path:
                    line = node.decorator_list[0].lineno if node.decorator_list else node.lineno
                    found.append(line - 1)
                    return True
                if walk(node.body, names):
                    return True
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                if walk(node.body, prefix + [node.name, '<locals>']):
                    return True
            else:
                for field in ('body', 'orelse', 'finalbody', 'handlers', 'cases'):
                    inner = getattr(node, field, None)
                    if isinstance(inner, list) and walk(inner, prefix):
                        return True
        return False

    if isinstance(tree, ast.Module):
        walk(tree.body, [])
    return found[0] if found else None


def code_start(lines, code):
    lnum = code.co_firstlineno - 1
    while lnum > 0:
        try:
            line = lines[lnum]
        except IndexError:
            raise OSError('lineno is out of bounds')
        if _DEF_LINE.match(line):
            break
        lnum -= 1
    return lnum
