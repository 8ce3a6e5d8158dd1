"""traceback's frame records: FrameSummary, StackSummary and the walks over frames.

The marker lines under source lines come from the Java printer (``_traceback.markers``), so
that ``traceback`` and the uncaught-exception report draw the same carets.
"""

import itertools
import linecache
import sys
from collections import deque

import _traceback

_RECURSIVE_CUTOFF = 3  # identical frames shown before "[Previous line repeated ...]"


class FrameSummary:
    """One frame of a stack: where it was (file, line, columns), its function, its source line."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None,
                 line=None, end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = None if not locals else {k: repr(v) for k, v in locals.items()}

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, index):
        return (self.filename, self.lineno, self.name, self.line)[index]

    def __iter__(self):
        return iter((self.filename, self.lineno, self.name, self.line))

    def __repr__(self):
        return "<FrameSummary file {}, line {} in {}>".format(self.filename, self.lineno, self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        self.line  # reads it into _line
        return self._line

    @property
    def line(self):
        """The source line without its surrounding blanks (None when the line number is None)."""
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


FrameSummary.__module__ = 'traceback'


def _char_offset(text, byte_offset):
    # a UTF-8 offset into text as a character offset (a cut character counts as one)
    return len(text.encode('utf-8')[:byte_offset].decode('utf-8', 'replace'))


def _anchors(segment):
    """(start, end) of the part of a one-line failing segment to mark with '^' (an operator,
    a subscript's brackets), the rest getting '~'; None for other expressions."""
    parts = _traceback.expression_parts(segment)
    if parts is None:
        return None
    kind, a, b = parts
    n = len(segment)
    if kind == 1:
        between = segment[_char_offset(segment, a):_char_offset(segment, b)]
        blanks = len(between) - len(between.lstrip())
        left = a + blanks  # UTF-8 offset used as a character index, as CPython 3.11 does
        right = left + 1
        if blanks + 1 < len(between) and not between[blanks + 1].isspace():
            right += 1  # a two-character operator
        while left < n and (segment[left].isspace() or segment[left] in ")#"):
            left += 1
            right += 1
        return _char_offset(segment, left), _char_offset(segment, right)
    left = _char_offset(segment, a)
    right = _char_offset(segment, b + 1)
    while left < n and segment[left] != "[":
        left += 1
    while right < n and segment[right] != "]":
        right += 1
    if right < n:
        right += 1
    return left, right


def _markers(summary, shown):
    """The line of markers under a frame's source line, or ''.

    As CPython 3.11's traceback module draws them: the shift left by the blanks stripped from
    the line counts trailing blanks and the newline too (so a line with trailing blanks has
    its markers moved left), widths are display columns.
    """
    original = summary._original_line
    start = _char_offset(original, summary.colno)
    anchors = None
    if summary.lineno == summary.end_lineno:
        end = _char_offset(original, summary.end_colno)
        try:
            anchors = _anchors(original[start:end])
        except Exception:
            anchors = None
    else:
        end = len(original.rstrip())  # to the end of the first line
    if end - start >= len(shown) and not (anchors and anchors[1] - anchors[0] > 0):
        return ''  # plain markers under the whole line say nothing
    width = _traceback.width
    stripped = len(original) - len(shown)
    lead = width(original[:start]) + 1 - stripped
    marks = width(original[start:end])
    if anchors:
        segment = original[start:end]
        left = width(segment[:anchors[0]])
        middle = width(segment[anchors[0]:anchors[1]])
        text = '~' * left + '^' * middle + '~' * (marks - left - middle)
    else:
        text = '^' * marks
    return '    ' + ' ' * lead + text + '\n'


def walk_stack(f):
    """Yields (frame, line number) from f outwards; f None means the caller's caller's frame."""
    if f is None:
        # as CPython 3.11: four frames out from this generator's own, which is right when
        # iterated by StackSummary.extract called from extract_stack
        f = sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Yields (frame, line number) for each entry of a traceback, outermost first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _code_position(code, lasti):
    if lasti < 0:
        return None, None, None, None
    return next(itertools.islice(code.co_positions(), lasti // 2, None))


def _walk_tb_positions(tb):
    # each entry with (line, end line, column, end column) of the instruction that failed
    while tb is not None:
        positions = _code_position(tb.tb_frame.f_code, tb.tb_lasti)
        if positions[0] is None:
            yield tb.tb_frame, (tb.tb_lineno,) + positions[1:]
        else:
            yield tb.tb_frame, positions
        tb = tb.tb_next


def _limited(frames, limit):
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is None:
        return frames
    if limit >= 0:
        return itertools.islice(frames, limit)
    return deque(frames, maxlen=-limit)


class StackSummary(list):
    """A list of FrameSummary objects that can format itself as a traceback's lines."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        """From (frame, line number) pairs: a StackSummary (without columns, as CPython's)."""
        def positioned():
            for f, lineno in frame_gen:
                yield f, (lineno, None, None, None)
        return klass._extract_from_extended_frame_gen(
            positioned(), limit=limit, lookup_lines=lookup_lines, capture_locals=capture_locals)

    @classmethod
    def _extract_from_extended_frame_gen(klass, frame_gen, *, limit=None,
                                         lookup_lines=True, capture_locals=False):
        result = klass()
        files = set()
        for f, (lineno, end_lineno, colno, end_colno) in _limited(frame_gen, limit):
            code = f.f_code
            filename = code.co_filename
            files.add(filename)
            linecache.lazycache(filename, f.f_globals)
            result.append(FrameSummary(
                filename, lineno, code.co_name, lookup_line=False,
                locals=f.f_locals if capture_locals else None,
                end_lineno=end_lineno, colno=colno, end_colno=end_colno))
        for filename in files:
            linecache.checkcache(filename)
        if lookup_lines:
            for summary in result:
                summary.line
        return result

    @classmethod
    def from_list(klass, a_list):
        """A StackSummary from FrameSummary objects or (file, line, name, source) tuples."""
        result = StackSummary()
        for item in a_list:
            if isinstance(item, FrameSummary):
                result.append(item)
            else:
                filename, lineno, name, line = item
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """One frame's text: the 'File ...' line, its source and markers, its locals."""
        parts = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        line = frame_summary.line
        if line:
            parts.append('    {}\n'.format(line))
            if frame_summary.colno is not None and frame_summary.end_colno is not None:
                parts.append(_markers(frame_summary, line))
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                parts.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(parts)

    def format(self):
        """The lines to print, one string per frame; runs of a repeated frame collapsed."""
        result = []
        last = None
        count = 0
        for summary in self:
            text = self.format_frame_summary(summary)
            if text is None:
                continue
            spot = (summary.filename, summary.lineno, summary.name)
            if last is None or None in last or spot != last:
                _repeated(result, count)
                last = spot
                count = 0
            count += 1
            if count <= _RECURSIVE_CUTOFF:
                result.append(text)
        _repeated(result, count)
        return result


def _repeated(result, count):
    if count > _RECURSIVE_CUTOFF:
        more = count - _RECURSIVE_CUTOFF
        result.append('  [Previous line repeated {} more time{}]\n'.format(
            more, 's' if more > 1 else ''))


StackSummary.__module__ = 'traceback'
