"""Wrapping and filling paragraphs of text; dedent, indent and shorten."""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# only these count as blanks for wrapping (not every Unicode space)
_BLANKS = '\t\n\x0b\x0c\r '
_TO_SPACE = {ord(c): ' ' for c in _BLANKS}


def _is_word(c):
    return c.isalnum() or c == '_'


def _is_letter(c):
    # a word character that is not a decimal digit
    return (c.isalnum() or c == '_') and not c.isdecimal()


def _is_word_punct(c):
    return _is_word(c) or c in '!"\'&.,?'


class TextWrapper:
    """Wraps paragraphs to lines of at most ``width`` characters, with the options as attributes."""

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True, fix_sentence_endings=False,
                 break_long_words=True, drop_whitespace=True, break_on_hyphens=True,
                 tabsize=8, *, max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    # ---- text to chunks

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(_TO_SPACE)
        return text

    def _split(self, text):
        """Chunks: runs of blanks and words; words also break after hyphens when asked."""
        chunks = []
        n = len(text)
        i = 0
        while i < n:
            j = i + 1
            if text[i] in _BLANKS:
                while j < n and text[j] in _BLANKS:
                    j += 1
            elif self.break_on_hyphens and self._dash_at(text, i):
                while text[j] == '-':
                    j += 1
            elif self.break_on_hyphens:
                j = self._word_end(text, i)
            else:
                while j < n and text[j] not in _BLANKS:
                    j += 1
            chunks.append(text[i:j])
            i = j
        return chunks

    @staticmethod
    def _dash_at(text, i):
        # an em-dash: two or more hyphens after word or punctuation, before a word character
        if text[i] != '-' or i == 0 or not _is_word_punct(text[i - 1]):
            return False
        j = i
        while j < len(text) and text[j] == '-':
            j += 1
        return j - i >= 2 and j < len(text) and _is_word(text[j])

    @staticmethod
    def _word_end(text, i):
        """Where the word starting at i ends: after a hyphen between letters, before blanks,
        or before an em-dash, whichever comes first."""
        n = len(text)
        e = i + 1
        while True:
            if e < n and text[e] == '-' and e + 1 < n:
                # "ab-c" or "a-b-c": the hyphen ends the chunk when letters follow it
                before = (e >= 2 and _is_letter(text[e - 2]) and _is_letter(text[e - 1])) or \
                    (e >= 3 and _is_letter(text[e - 3]) and text[e - 2] == '-' and _is_letter(text[e - 1]))
                if before and _is_letter(text[e + 1]):
                    k = e + 2
                    if k < n and text[k] == '-':
                        k += 1
                    if k < n and _is_letter(text[k]):
                        return e + 1
            if e >= n or text[e] in _BLANKS:
                return e
            if text[e] == '-' and _is_word_punct(text[e - 1]) and TextWrapper._dash_at(text, e):
                return e
            e += 1

    def _fix_sentence_endings(self, chunks):
        # two spaces after a sentence's end: a lower-case letter, then . ! or ?, maybe a quote
        for i in range(len(chunks) - 1):
            if chunks[i + 1] == " " and self._ends_sentence(chunks[i]):
                chunks[i + 1] = "  "

    @staticmethod
    def _ends_sentence(chunk):
        if chunk[-1:] in ('"', "'"):
            chunk = chunk[:-1]
        return len(chunk) >= 2 and chunk[-1] in '.!?' and 'a' <= chunk[-2] <= 'z'

    # ---- chunks to lines

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            chunk = reversed_chunks[-1]
            cut = space
            if self.break_on_hyphens and len(chunk) > space:
                # rather after the last hyphen that fits, unless only hyphens precede it
                hyphen = chunk.rfind('-', 0, space)
                if hyphen > 0 and chunk[:hyphen].strip('-'):
                    cut = hyphen + 1
            cur_line.append(chunk[:cut])
            reversed_chunks[-1] = chunk[cut:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            first = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(first) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        lines = []
        chunks = chunks[::-1]  # popped from the end
        while chunks:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and lines and not chunks[-1].strip():
                del chunks[-1]  # no blanks at the start of a line after the first
            line = []
            length = 0
            while chunks and length + len(chunks[-1]) <= width:
                length += len(chunks[-1])
                line.append(chunks.pop())
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, line, length, width)
            length = sum(map(len, line))
            if self.drop_whitespace and line and not line[-1].strip():
                length -= len(line[-1])
                del line[-1]
            if not line:
                continue
            if (self.max_lines is None or len(lines) + 1 < self.max_lines
                    or (not chunks or (self.drop_whitespace and len(chunks) == 1
                                       and not chunks[0].strip())) and length <= width):
                lines.append(indent + ''.join(line))
                continue
            self._end_with_placeholder(lines, line, length, width, indent)
            break
        return lines

    def _end_with_placeholder(self, lines, line, length, width, indent):
        # the last allowed line: drop chunks until the placeholder fits after a word
        while line:
            if line[-1].strip() and length + len(self.placeholder) <= width:
                lines.append(indent + ''.join(line) + self.placeholder)
                return
            length -= len(line[-1])
            del line[-1]
        if lines:
            previous = lines[-1].rstrip()
            if len(previous) + len(self.placeholder) <= self.width:
                lines[-1] = previous + self.placeholder
                return
        lines.append(indent + self.placeholder.lstrip())

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    # ---- the public methods

    def wrap(self, text):
        """The paragraph as a list of lines, none longer than width (without newlines)."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """The paragraph wrapped, as one string with newlines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wraps one paragraph into lines of at most width characters (see TextWrapper)."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Wraps one paragraph and joins the lines with newlines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapses the blanks of text and truncates it to width, ending with the placeholder."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def _leading_blanks(line):
    i = 0
    while i < len(line) and line[i] in ' \t':
        i += 1
    return line[:i]


def dedent(text):
    """Removes the leading spaces and tabs that every non-blank line has in common.

    Lines of only spaces and tabs become empty; tabs and spaces are different characters here.
    """
    lines = text.split('\n')
    for i, line in enumerate(lines):
        if line and not line.strip(' \t'):
            lines[i] = ''
    margin = None
    for line in lines:
        if not line:
            continue
        lead = _leading_blanks(line)
        if margin is None:
            margin = lead
            continue
        k = 0
        while k < len(margin) and k < len(lead) and margin[k] == lead[k]:
            k += 1
        margin = margin[:k]
    if margin:
        lines = [line[len(margin):] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Puts prefix before every line of text that predicate accepts (by default, non-blank ones)."""
    if predicate is None:
        predicate = str.strip
    return ''.join(prefix + line if predicate(line) else line for line in text.splitlines(True))
