import doctest
import os
import io
import contextlib

parser = doctest.DocTestParser()
text = """
Some text.
    >>> x = [1,
    ...      2]
    >>> x
    [1, 2]
    >>> print("one")  # doctest: +ELLIPSIS, -NORMALIZE_WHITESPACE
    o...

More text
>>> raise ValueError("v")
Traceback (most recent call last):
  File "x", line 1
ValueError: v
  continued
"""
for piece in parser.parse(text, "t"):
    if isinstance(piece, doctest.Example):
        print("Example", repr(piece.source), repr(piece.want), repr(piece.exc_msg), piece.lineno, piece.indent, piece.options)
    else:
        print("Text", repr(piece))
test = parser.get_doctest(text, {}, "named", "file.txt", 10)
print(test, len(test.examples))
for bad in (">>>x", ">>> a\n  ... b", "  >>> a\n b", ">>> a # doctest: +NOPE", "# doctest: +ELLIPSIS\n>>> 1\n1"):
    try:
        print(len(parser.get_examples(bad, "bad")))
    except ValueError as e:
        print("ValueError", e)

checker = doctest.OutputChecker()
for want, got, flags in (("1\n", "True\n", 0), ("1\n", "True\n", doctest.DONT_ACCEPT_TRUE_FOR_1),
                         ("a ... z\n", "a b c z\n", doctest.ELLIPSIS), ("a...\n", "b\n", doctest.ELLIPSIS),
                         ("<BLANKLINE>\n", "\n", 0), ("<BLANKLINE>\n", "\n", doctest.DONT_ACCEPT_BLANKLINE),
                         ("a  b\n", "a b\n", doctest.NORMALIZE_WHITESPACE)):
    print(repr(want), repr(got), checker.check_output(want, got, flags))
ex = doctest.Example("f()", "one\ntwo\nthree\nfour\n")
for flags in (0, doctest.REPORT_UDIFF, doctest.REPORT_CDIFF, doctest.REPORT_NDIFF):
    print(checker.output_difference(ex, "one\nTWO\nthree\nfour\n", flags), end="---\n")
print(checker.output_difference(doctest.Example("f()", ""), "x\n", 0), end="")
print(checker.output_difference(doctest.Example("f()", "x"), "", 0), end="")
print(checker.output_difference(doctest.Example("f()", ""), "", 0), end="")
print(checker.output_difference(doctest.Example("f()", "a\n"), "\n", 0), end="")


def documented(n):
    """
    >>> documented(2)
    3
    >>> documented(5)
    7
    """
    return n + 1


# the reports name this file by its absolute path: printed relative, so the case runs anywhere
here = os.path.dirname(os.path.abspath(__file__)) + os.sep
captured = io.StringIO()
with contextlib.redirect_stdout(captured):
    doctest.run_docstring_examples(documented, {"documented": documented})
    doctest.run_docstring_examples(documented, {"documented": documented}, verbose=True, name="Named")
print(captured.getvalue().replace(here, ""), end="")
finder = doctest.DocTestFinder()
tests = finder.find(documented, "documented", globs={"documented": documented})
print(str(tests).replace(here, ""), tests[0].lineno is not None)
runner = doctest.DocTestRunner(verbose=False)
out = io.StringIO()
print(runner.run(tests[0], out=out.write))
print(out.getvalue().count("Failed example"), runner.summarize(verbose=True))
dbg = doctest.DebugRunner(verbose=False)
try:
    dbg.run(finder.find(documented, "documented", globs={"documented": documented})[0])
except doctest.DocTestFailure as f:
    print("DocTestFailure", f.example.source, repr(f.got))
print(doctest.script_from_examples("Text\n>>> x = 1\n>>> x\n1\nmore\n"))
print(sorted(doctest.OPTIONFLAGS_BY_NAME.items(), key=lambda kv: kv[1]))
print(doctest.register_optionflag("CUSTOM"), doctest.register_optionflag("CUSTOM"))
