"""traceback.TracebackException: an exception, its chain and its groups, captured for formatting."""

import collections.abc
import sys

from _traceback_stack import StackSummary, _walk_tb_positions

_CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n"
_CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n"


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except BaseException:
        return '<{} {}() failed>'.format(what, func.__name__)


def _type_name(exc_type):
    module = exc_type.__module__
    name = exc_type.__qualname__
    if module not in ("__main__", "builtins"):
        if not isinstance(module, str):
            module = "<unknown>"
        name = module + '.' + name
    return name


class _Margins:
    """Where group output is: the nesting depth gives the indentation and the '| ' margin."""

    def __init__(self):
        self.depth = 0
        self.need_close = False

    def indent(self):
        return ' ' * (2 * self.depth)

    def emit(self, chunks, margin='|'):
        prefix = self.indent() + (margin + ' ' if self.depth else '')
        if isinstance(chunks, str):
            chunks = [chunks]
        for text in chunks:
            yield ''.join(prefix + line for line in text.splitlines(True))


class TracebackException:
    """An exception ready for formatting: its type's name, str(), stack, cause and context.

    Nothing in it refers to the exception's frames once made (apart from locals' reprs).
    """

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        top = _seen is None
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self._capture(exc_type, exc_value, exc_traceback, limit, lookup_lines, capture_locals)
        if not top:
            return  # the caller links the chain of the nested exception
        options = dict(limit=limit, lookup_lines=lookup_lines, capture_locals=capture_locals,
                       max_group_width=max_group_width, max_group_depth=max_group_depth)
        # breadth first over causes, contexts and group members, without recursion on the
        # Python stack (chains can be long), each exception captured once (chains can loop)
        queue = [(self, exc_value)]
        while queue:
            te, value = queue.pop()
            cause = value.__cause__ if value is not None else None
            te.__cause__ = self._nested(cause, _seen, options, queue)
            need_context = not compact or (te.__cause__ is None and not te.__suppress_context__)
            context = value.__context__ if value is not None and need_context else None
            te.__context__ = self._nested(context, _seen, options, queue)
            if value is not None and isinstance(value, BaseExceptionGroup):
                members = []
                for member in value.exceptions:
                    nested = self._nested(member, _seen, options, queue, member_of_group=True)
                    if nested is not None:
                        members.append(nested)
                te.exceptions = members
            else:
                te.exceptions = None

    @staticmethod
    def _nested(value, seen, options, queue, member_of_group=False):
        if value is None or (not member_of_group and id(value) in seen):
            return None
        te = TracebackException(type(value), value, value.__traceback__, _seen=seen, **options)
        queue.append((te, value))
        return te

    def _capture(self, exc_type, exc_value, exc_traceback, limit, lookup_lines, capture_locals):
        self.stack = StackSummary._extract_from_extended_frame_gen(
            _walk_tb_positions(exc_traceback), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)
        self.exc_type = exc_type
        self._str = _safe_string(exc_value, 'exception')
        try:
            self.__notes__ = getattr(exc_value, '__notes__', None)
        except Exception as e:
            self.__notes__ = [
                'Ignored error getting __notes__: ' + _safe_string(e, '__notes__', repr)]
        # no "Did you mean" here: CPython 3.11 adds it in its C printer only
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lineno = exc_value.lineno
            self.lineno = str(lineno) if lineno is not None else None
            end_lineno = exc_value.end_lineno
            self.end_lineno = str(end_lineno) if end_lineno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        if lookup_lines:
            for summary in self.stack:
                summary.line
        self.__suppress_context__ = (
            exc_value.__suppress_context__ if exc_value is not None else False)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """Captures an exception with its own traceback."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def _load_lines(self):
        for summary in self.stack:
            summary.line

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """The last lines: the SyntaxError block or 'Type: message', then the notes."""
        if self.exc_type is None:
            yield _final_line(None, self._str)
            return
        stype = _type_name(self.exc_type)
        if not issubclass(self.exc_type, SyntaxError):
            yield _final_line(stype, self._str)
        else:
            yield from self._syntax_error(stype)
        notes = self.__notes__
        if isinstance(notes, collections.abc.Sequence):
            for note in notes:
                note = _safe_string(note, 'note')
                yield from [line + '\n' for line in note.split('\n')]
        elif notes is not None:
            yield _safe_string(notes, '__notes__', func=repr)

    def _syntax_error(self, stype):
        suffix = ''
        if self.lineno is not None:
            yield '  File "{}", line {}\n'.format(self.filename or "<string>", self.lineno)
        elif self.filename is not None:
            suffix = ' ({})'.format(self.filename)
        text = self.text
        if text is not None:
            text = text.rstrip('\n')
            shown = text.lstrip(' \n\f')
            indent = len(text) - len(shown)
            yield '    {}\n'.format(shown)
            if self.offset is not None:
                start = self.offset
                end = self.end_offset if self.end_offset not in (None, 0) else start
                if end == start or end == -1:
                    end = start + 1
                col, end_col = start - 1 - indent, end - 1 - indent
                if col >= 0:
                    # tabs and other blanks kept under the text, so the carets line up
                    lead = ''.join(c if c.isspace() else ' ' for c in shown[:col])
                    yield '    {}{}\n'.format(lead, '^' * (end_col - col))
        yield "{}: {}{}\n".format(stype, self.msg or "<no detail available>", suffix)

    def format(self, *, chain=True, _ctx=None):
        """The whole report, as CPython prints it: the chain oldest first, groups as boxes."""
        ctx = _Margins() if _ctx is None else _ctx
        links = []
        te = self
        while te is not None:
            if not chain:
                links.append((None, te))
                break
            if te.__cause__ is not None:
                links.append((_CAUSE, te))
                te = te.__cause__
            elif te.__context__ is not None and not te.__suppress_context__:
                links.append((_CONTEXT, te))
                te = te.__context__
            else:
                links.append((None, te))
                te = None
        for message, te in reversed(links):
            if message is not None:
                yield from ctx.emit(message)
            if te.exceptions is None:
                if te.stack:
                    yield from ctx.emit('Traceback (most recent call last):\n')
                    yield from ctx.emit(te.stack.format())
                yield from ctx.emit(te.format_exception_only())
            elif ctx.depth > self.max_group_depth:
                yield from ctx.emit('... (max_group_depth is {})\n'.format(self.max_group_depth))
            else:
                yield from te._format_group(ctx, chain)

    def _format_group(self, ctx, chain):
        top = ctx.depth == 0
        if top:
            ctx.depth += 1
        if self.stack:
            yield from ctx.emit('Exception Group Traceback (most recent call last):\n',
                                margin='+' if top else '|')
            yield from ctx.emit(self.stack.format())
        yield from ctx.emit(self.format_exception_only())
        width = self.max_group_width
        count = len(self.exceptions)
        shown = count if count <= width else width + 1
        ctx.need_close = False
        for i in range(shown):
            last = i == shown - 1
            if last:
                ctx.need_close = True
            truncated = i >= width
            title = '...' if truncated else str(i + 1)
            yield ctx.indent() + ('+-' if i == 0 else '  ') + \
                '+---------------- {} ----------------\n'.format(title)
            ctx.depth += 1
            if truncated:
                more = count - width
                yield from ctx.emit('and {} more exception{}\n'.format(more, 's' if more > 1 else ''))
            else:
                yield from self.exceptions[i].format(chain=chain, _ctx=ctx)
            if last and ctx.need_close:
                yield ctx.indent() + '+------------------------------------\n'
                ctx.need_close = False
            ctx.depth -= 1
        if top:
            ctx.depth = 0

    def print(self, *, file=None, chain=True):
        """Writes format()'s lines to file (sys.stderr by default)."""
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")


TracebackException.__module__ = 'traceback'


def _final_line(etype, value):
    text = _safe_string(value, 'exception')
    if value is None or not text:
        return '{}\n'.format(etype)
    return '{}: {}\n'.format(etype, text)
