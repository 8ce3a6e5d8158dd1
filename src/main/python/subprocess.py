"""Starting child processes and talking to them through pipes (Taipan).

The children are started by the JVM's ProcessBuilder (module _subprocess); what Java cannot do
(run code in the child before exec, hand it extra descriptors, new sessions or process groups,
another user) is refused with NotImplementedError naming the argument.
"""

import os
import types

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput", "getoutput",
           "check_output", "run", "CalledProcessError", "DEVNULL", "SubprocessError",
           "TimeoutExpired", "CompletedProcess", "list2cmdline"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

_mswindows = False


class SubprocessError(Exception):
    pass


def _signal_name(signum):
    """repr(signal.Signals(signum)), or None for a number that is no signal."""
    try:
        import signal
        return repr(signal.Signals(signum))
    except ImportError:
        name = _SIGNAL_NAMES.get(signum)
        return None if name is None else "<Signals.%s: %d>" % (name, signum)
    except ValueError:
        return None


# Linux's numbering, for when the signal module is not there.
_SIGNAL_NAMES = dict(enumerate(
    ("SIGHUP SIGINT SIGQUIT SIGILL SIGTRAP SIGABRT SIGBUS SIGFPE SIGKILL SIGUSR1 SIGSEGV SIGUSR2 "
     "SIGPIPE SIGALRM SIGTERM SIGSTKFLT SIGCHLD SIGCONT SIGSTOP SIGTSTP SIGTTIN SIGTTOU SIGURG "
     "SIGXCPU SIGXFSZ SIGVTALRM SIGPROF SIGWINCH SIGIO SIGPWR SIGSYS").split(), 1))


class CalledProcessError(SubprocessError):
    """A child run by check_call, check_output or run(check=True) ended with a non-zero status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            name = _signal_name(-self.returncode)
            if name is None:
                return "Command '%s' died with unknown signal %d." % (self.cmd, -self.returncode)
            return "Command '%s' died with %s." % (self.cmd, name)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """The timeout passed before the child ended."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess:
    """What run() returns: the arguments, the exit status and the captured output."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        parts = ["args=%r" % (self.args,), "returncode=%r" % (self.returncode,)]
        if self.stdout is not None:
            parts.append("stdout=%r" % (self.stdout,))
        if self.stderr is not None:
            parts.append("stderr=%r" % (self.stderr,))
        return "%s(%s)" % (type(self).__name__, ", ".join(parts))

    __class_getitem__ = classmethod(types.GenericAlias)

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def list2cmdline(seq):
    """The command line that Microsoft's C runtime splits back into seq."""
    out = []
    for arg in map(os.fsdecode, seq):
        quote = not arg or " " in arg or "\t" in arg
        piece = []
        slashes = 0
        for c in arg:
            if c == "\\":
                slashes += 1
                continue
            if c == '"':
                piece.append("\\" * (2 * slashes) + '\\"')
            else:
                piece.append("\\" * slashes + c)
            slashes = 0
        piece.append("\\" * slashes)
        if quote:
            piece.append("\\" * slashes + '"')
            piece.insert(0, '"')
        out.append("".join(piece))
    return " ".join(out)


def call(*popenargs, timeout=None, **kwargs):
    """Runs the command, waits for it and returns its exit status."""
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except:  # noqa: E722 - the child must not outlive any error, KeyboardInterrupt included
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    """call(), raising CalledProcessError for a non-zero status."""
    status = call(*popenargs, **kwargs)
    if status:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(status, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Runs the command and returns its output; CalledProcessError for a non-zero status."""
    if "stdout" in kwargs:
        raise ValueError("stdout argument not allowed, it will be overridden.")
    if "input" in kwargs and kwargs["input"] is None:
        text = kwargs.get("universal_newlines") or kwargs.get("text") or kwargs.get("encoding") \
            or kwargs.get("errors")
        kwargs["input"] = "" if text else b""
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Runs the command, waits for it and returns a CompletedProcess."""
    if input is not None:
        if kwargs.get("stdin") is not None:
            raise ValueError("stdin and input arguments may not both be used.")
        kwargs["stdin"] = PIPE
    if capture_output:
        if kwargs.get("stdout") is not None or kwargs.get("stderr") is not None:
            raise ValueError("stdout and stderr arguments may not be used with capture_output.")
        kwargs["stdout"] = PIPE
        kwargs["stderr"] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired:
            process.kill()
            process.wait()  # the exception holds the output read so far
            raise
        except:  # noqa: E722
            process.kill()
            raise
        status = process.poll()
        if check and status:
            raise CalledProcessError(status, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, status, stdout, stderr)


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """(status, output) of the shell command cmd, stderr included, one final newline removed."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT, encoding=encoding, errors=errors)
        status = 0
    except CalledProcessError as e:
        data = e.output
        status = e.returncode
    if data[-1:] == "\n":
        data = data[:-1]
    return status, data


def getoutput(cmd, *, encoding=None, errors=None):
    """The output of the shell command cmd, stderr included, one final newline removed."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


from _subprocess_popen import Popen  # noqa: E402
