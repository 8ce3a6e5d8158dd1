"""Timing small pieces of code: Timer, timeit(), repeat(), and ``python -m timeit``.

A Timer compiles the statement into the loop of a generated function, so that the loop costs
as little as possible; the garbage collector is off while it runs.
"""

import gc
import itertools
import sys
import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

dummy_src_name = "<timeit-src>"
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_globals = globals

# the setup runs once, then the statement `_it` times between two readings of the timer
_TEMPLATE = """
def inner(_it, _timer{init}):
    {setup}
    _t0 = _timer()
    for _i in _it:
        {stmt}
        pass
    _t1 = _timer()
    return _t1 - _t0
"""


def _indented(src, spaces):
    return src.replace("\n", "\n" + " " * spaces)


class Timer:
    """Times a statement (source text or a callable) after a setup, with a timer function."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        namespace = {}
        global_ns = _globals() if globals is None else globals
        init = ''
        if isinstance(setup, str):
            compile(setup, dummy_src_name, "exec")  # a syntax error shows the setup alone
            prefix = setup + '\n'
            setup = _indented(setup, 4)
        elif callable(setup):
            namespace['_setup'] = setup
            init += ', _setup=_setup'
            prefix = ''
            setup = '_setup()'
        else:
            raise ValueError("setup is neither a string nor callable")
        if isinstance(stmt, str):
            # compiled after the setup so that names the setup defines (e.g. __future__) count
            compile(prefix + stmt, dummy_src_name, "exec")
            stmt = _indented(stmt, 8)
        elif callable(stmt):
            namespace['_stmt'] = stmt
            init += ', _stmt=_stmt'
            stmt = '_stmt()'
        else:
            raise ValueError("stmt is neither a string nor callable")
        self.src = _TEMPLATE.format(stmt=stmt, setup=setup, init=init)
        exec(compile(self.src, dummy_src_name, "exec"), global_ns, namespace)
        self.inner = namespace["inner"]

    def print_exc(self, file=None):
        """Prints the traceback of an exception the timed code raised, with its source lines."""
        import linecache
        import traceback
        if self.src is not None:
            linecache.cache[dummy_src_name] = (len(self.src), None, self.src.split("\n"),
                                               dummy_src_name)
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Seconds taken to run the statement number times (the setup once before)."""
        loops = itertools.repeat(None, number)
        gc_was_on = gc.isenabled()
        gc.disable()
        try:
            return self.inner(loops, self.timer)
        finally:
            if gc_was_on:
                gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        """timeit(number) repeated: a list of repeat timings (the minimum is the one to trust)."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """(number, time taken) for the first number in 1, 2, 5, 10, 20, 50 ... whose run takes
        at least 0.2 seconds; callback(number, time) is called after each try."""
        scale = 1
        while True:
            for step in (1, 2, 5):
                number = scale * step
                taken = self.timeit(number)
                if callback:
                    callback(number, taken)
                if taken >= 0.2:
                    return number, taken
            scale *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number, globals=None):
    """Timer(stmt, setup, timer, globals).timeit(number)."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    """Timer(stmt, setup, timer, globals).repeat(repeat, number)."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


_HELP = """\
Times small pieces of Python code.

usage: python -m timeit [-n N] [-r N] [-s S] [-p] [-v] [-u U] [-h] [--] [statement ...]

  -n/--number N   how many times to run the statement (default: the first of 1, 2, 5,
                  10, 20, 50, ... that takes at least 0.2 seconds)
  -r/--repeat N   how many times to repeat the timing (default 5)
  -s/--setup S    a statement run once before timing (default 'pass'); may be repeated
  -p/--process    time with time.process_time() instead of time.perf_counter()
  -v/--verbose    print the raw timings; repeat for more digits
  -u/--unit U     the unit of the output: nsec, usec, msec or sec
  -h/--help       print this help and exit
  --              ends the options, for a statement that starts with -
  statement       the statement to time (default 'pass'); each argument is one line
"""

_UNITS = {"nsec": 1e-9, "usec": 1e-6, "msec": 1e-3, "sec": 1.0}


def main(args=None, *, _wrap_timer=None):
    """The command line: returns an exit status (0, 1 when the statement raised, 2 for usage)."""
    import getopt
    if args is None:
        args = sys.argv[1:]
    try:
        opts, args = getopt.getopt(args, "n:u:s:r:pvh",
                                   ["number=", "setup=", "repeat=", "process", "verbose",
                                    "unit=", "help"])
    except getopt.error as err:
        print(err)
        print("use -h/--help for command line help")
        return 2
    timer = default_timer
    stmt = "\n".join(args) or "pass"
    number = 0  # 0: find one with autorange()
    setup = []
    repeat = default_repeat
    verbose = 0
    unit = None
    precision = 3
    for o, a in opts:
        if o in ("-n", "--number"):
            number = int(a)
        if o in ("-s", "--setup"):
            setup.append(a)
        if o in ("-u", "--unit"):
            if a in _UNITS:
                unit = a
            else:
                print("Unrecognized unit. Please select nsec, usec, msec, or sec.",
                      file=sys.stderr)
                return 2
        if o in ("-r", "--repeat"):
            repeat = max(int(a), 1)
        if o in ("-p", "--process"):
            timer = time.process_time
        if o in ("-v", "--verbose"):
            if verbose:
                precision += 1
            verbose += 1
        if o in ("-h", "--help"):
            print(_HELP, end=' ')
            return 0
    setup = "\n".join(setup) or "pass"
    import os
    sys.path.insert(0, os.curdir)  # the statement may import modules of the current directory
    if _wrap_timer is not None:
        timer = _wrap_timer(timer)
    t = Timer(stmt, setup, timer)
    if number == 0:
        callback = None
        if verbose:
            def callback(number, time_taken):
                print("{num} loop{s} -> {secs:.{prec}g} secs".format(
                    num=number, s="s" if number != 1 else "", secs=time_taken, prec=precision))
        try:
            number, _ = t.autorange(callback)
        except Exception:
            t.print_exc()
            return 1
        if verbose:
            print()
    try:
        timings = t.repeat(repeat, number)
    except Exception:
        t.print_exc()
        return 1
    per_loop = [dt / number for dt in timings]
    best = min(per_loop)

    def show(dt):
        scale = _UNITS[unit] if unit else None
        shown_unit = unit
        if scale is None:
            for shown_unit, scale in sorted(_UNITS.items(), key=lambda u: u[1], reverse=True):
                if dt >= scale:
                    break
        return "%.*g %s" % (precision, dt / scale, shown_unit)

    if verbose:
        print("raw times: %s" % ", ".join(map(show, timings)))
        print()
    print("%d loop%s, best of %d: %s per loop"
          % (number, 's' if number != 1 else '', repeat, show(best)))
    worst = max(per_loop)
    if worst >= best * 4:
        import warnings
        warnings.warn_explicit("The test results are likely unreliable. "
                               "The worst time (%s) was %0.1f times slower than the best time "
                               "(%s)." % (show(worst), worst / best, show(best)),
                               UserWarning, '', 0)
    return None


if __name__ == "__main__":
    sys.exit(main())
