"""doctest's unittest integration: DocTestCase (one DocTest as a test case), DocTestSuite
(a module's doctests), DocFileSuite (text files)."""

import os
import sys
import unittest
from io import StringIO

# doctest's namespace, given by doctest when it imports this module (doctest may be running
# as __main__, so importing it here could make a second copy).
_dt = None


def _install(namespace):
    global _dt
    _dt = namespace

_unittest_reportflags = 0


def set_unittest_reportflags(flags):
    """Sets the reporting flags used when a DocTestCase has none; returns the old ones."""
    global _unittest_reportflags
    if (flags & _dt.REPORTING_FLAGS) != flags:
        raise ValueError("Only reporting flags allowed", flags)
    old = _unittest_reportflags
    _unittest_reportflags = flags
    return old


class DocTestCase(unittest.TestCase):

    def __init__(self, test, optionflags=0, setUp=None, tearDown=None, checker=None):
        unittest.TestCase.__init__(self)
        self._dt_optionflags = optionflags
        self._dt_checker = checker
        self._dt_globs = test.globs.copy()
        self._dt_test = test
        self._dt_setUp = setUp
        self._dt_tearDown = tearDown

    def setUp(self):
        if self._dt_setUp is not None:
            self._dt_setUp(self._dt_test)

    def tearDown(self):
        test = self._dt_test
        if self._dt_tearDown is not None:
            self._dt_tearDown(test)
        test.globs.clear()
        test.globs.update(self._dt_globs)

    def runTest(self):
        test = self._dt_test
        old = sys.stdout
        new = StringIO()
        optionflags = self._dt_optionflags
        if not optionflags & _dt.REPORTING_FLAGS:
            optionflags |= _unittest_reportflags
        runner = _dt.DocTestRunner(optionflags=optionflags, checker=self._dt_checker,
                               verbose=False)
        try:
            runner.DIVIDER = "-" * 70
            failures, tries = runner.run(test, out=new.write, clear_globs=False)
        finally:
            sys.stdout = old
        if failures:
            raise self.failureException(self.format_failure(new.getvalue()))

    def format_failure(self, err):
        test = self._dt_test
        lineno = 'unknown line number' if test.lineno is None else '%s' % test.lineno
        lname = '.'.join(test.name.split('.')[-1:])
        return ('Failed doctest test for %s\n  File "%s", line %s, in %s\n\n%s'
                % (test.name, test.filename, lineno, lname, err))

    def debug(self):
        self.setUp()
        runner = _dt.DebugRunner(optionflags=self._dt_optionflags,
                                     checker=self._dt_checker, verbose=False)
        runner.run(self._dt_test, clear_globs=False)
        self.tearDown()

    def id(self):
        return self._dt_test.name

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self._dt_test == other._dt_test
                and self._dt_optionflags == other._dt_optionflags
                and self._dt_setUp == other._dt_setUp
                and self._dt_tearDown == other._dt_tearDown
                and self._dt_checker == other._dt_checker)

    def __hash__(self):
        return hash((self._dt_optionflags, self._dt_setUp, self._dt_tearDown,
                     self._dt_checker))

    def __repr__(self):
        name = self._dt_test.name.split('.')
        return "%s (%s)" % (name[-1], '.'.join(name[:-1]))

    __str__ = object.__str__

    def shortDescription(self):
        return "Doctest: " + self._dt_test.name


class SkipDocTestCase(DocTestCase):
    def __init__(self, module):
        self.module = module
        DocTestCase.__init__(self, None)

    def setUp(self):
        self.skipTest("DocTestSuite will not work with -O2 and above")

    def test_skip(self):
        pass

    def shortDescription(self):
        return "Skipping tests from %s" % self.module.__name__

    __str__ = shortDescription


class _DocTestSuite(unittest.TestSuite):
    def _removeTestAtIndex(self, index):
        pass


def DocTestSuite(module=None, globs=None, extraglobs=None, test_finder=None, **options):
    """A unittest suite of the doctests of a module (the caller's by default)."""
    if test_finder is None:
        test_finder = _dt.DocTestFinder()
    module = _dt._normalize_module(module)
    tests = test_finder.find(module, globs=globs, extraglobs=extraglobs)
    tests.sort()
    suite = _DocTestSuite()
    for test in tests:
        if len(test.examples) == 0:
            continue
        if not test.filename:
            filename = module.__file__
            if filename[-4:] == ".pyc":
                filename = filename[:-1]
            test.filename = filename
        suite.addTest(DocTestCase(test, **options))
    return suite


class DocFileCase(DocTestCase):

    def id(self):
        return '_'.join(self._dt_test.name.split('.'))

    def __repr__(self):
        return self._dt_test.filename

    def format_failure(self, err):
        return ('Failed doctest test for %s\n  File "%s", line 0\n\n%s'
                % (self._dt_test.name, self._dt_test.filename, err))


def DocFileTest(path, module_relative=True, package=None, globs=None, parser=None,
                encoding=None, **options):
    if parser is None:
        parser = _dt.DocTestParser()
    globs = {} if globs is None else globs.copy()
    if package and not module_relative:
        raise ValueError("Package may only be specified for module-relative paths.")
    doc, path = _dt._load_testfile(path, package, module_relative, encoding or "utf-8")
    if "__file__" not in globs:
        globs["__file__"] = path
    name = os.path.basename(path)
    test = parser.get_doctest(doc, globs, name, path, 0)
    return DocFileCase(test, **options)


def DocFileSuite(*paths, **kw):
    """A unittest suite of the doctests in text files."""
    suite = _DocTestSuite()
    if kw.get('module_relative', True):
        kw['package'] = _dt._normalize_module(kw.get('package'))
    for path in paths:
        suite.addTest(DocFileTest(path, **kw))
    return suite


for _cls in (DocTestCase, SkipDocTestCase, DocFileCase):
    _cls.__module__ = 'doctest'
del _cls
