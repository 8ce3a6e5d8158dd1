"""subprocess.Popen (Taipan): a child started by _subprocess.spawn, its pipes as io files."""

import io
import os
import sys
import time
import types

import _subprocess
from subprocess import SubprocessError, TimeoutExpired

_SIGTERM = 15
_SIGKILL = 9


def _unsupported(what, why):
    raise NotImplementedError("subprocess: %s is not supported by Taipan (%s)" % (what, why))


def _find_program(name, env):
    """The file that running name finds through PATH (env's, as CPython looks there)."""
    path = (env if env is not None else os.environ).get("PATH")
    if path is None:
        path = os.defpath
    denied = False
    for d in path.split(os.pathsep):
        candidate = os.path.join(d or ".", name)
        if os.path.isfile(candidate):
            if os.access(candidate, os.X_OK):
                return candidate
            denied = True
        elif os.path.isdir(candidate):
            denied = True
    if denied:
        raise PermissionError(13, "Permission denied", name)
    raise FileNotFoundError(2, "No such file or directory", name)


def _std_flush(*specs):
    """Flushes our sys.stdout/sys.stderr when a child writes to the same place, so that order holds."""
    for spec in specs:
        for f in (sys.stdout, sys.stderr):
            try:
                if f is not None and (spec is None or spec is f or spec == f.fileno()):
                    f.flush()
            except (AttributeError, ValueError, OSError, TypeError):
                pass


class Popen:
    """A child process. See the subprocess documentation; limits are in the module docstring."""

    __module__ = "subprocess"

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True, shell=False, cwd=None, env=None,
                 universal_newlines=None, startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False, pass_fds=(), *, user=None,
                 group=None, extra_groups=None, encoding=None, errors=None, text=None, umask=-1,
                 pipesize=-1, process_group=None):
        self.args = args
        self.stdin = self.stdout = self.stderr = None
        self.pid = None
        self.returncode = None
        self.encoding = encoding
        self.errors = errors
        self._child = None
        self._comm = None
        if bufsize is None:
            bufsize = -1
        if not isinstance(bufsize, int):
            raise TypeError("bufsize must be an integer")
        if startupinfo is not None:
            raise ValueError("startupinfo is only supported on Windows platforms")
        if creationflags != 0:
            raise ValueError("creationflags is only supported on Windows platforms")
        if preexec_fn is not None:
            _unsupported("preexec_fn", "Java runs no code in the child before exec")
        if pass_fds:
            _unsupported("pass_fds", "Java cannot hand a child open descriptors")
        if start_new_session:
            _unsupported("start_new_session", "Java cannot call setsid() in the child")
        if process_group is not None and process_group >= 0:
            _unsupported("process_group", "Java cannot call setpgid() in the child")
        if user is not None or group is not None or extra_groups is not None:
            _unsupported("user, group and extra_groups", "Java cannot change the child's ids")
        if umask >= 0:
            _unsupported("umask", "Java cannot set the child's umask")
        if not restore_signals:
            _unsupported("restore_signals=False", "Java always restores the child's signals")
        if text is not None and universal_newlines is not None and bool(universal_newlines) != bool(text):
            raise SubprocessError("Cannot disambiguate when both text and universal_newlines are "
                                  "supplied but different. Pass one or the other.")
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        if self.text_mode and encoding is None:
            self.encoding = encoding = "utf-8"

        command = self._command(args, executable, shell)
        environ = self._environment(env)
        if cwd is not None:
            cwd = os.fsdecode(cwd)
            if not os.path.isdir(cwd):
                if os.path.exists(cwd):
                    raise NotADirectoryError(20, "Not a directory", cwd)
                raise FileNotFoundError(2, "No such file or directory", cwd)
        shown = command[0]
        if "/" not in command[0]:
            command[0] = _find_program(command[0], env)
        specs = [self._spec(stdin), self._spec(stdout), self._spec(stderr)]
        _std_flush(stdout, stderr)
        env_list = []
        for k, v in environ.items():
            env_list += (k, v)
        child, self.pid, raw_in, raw_out, raw_err = _subprocess.spawn(
            command, cwd, env_list, specs[0], specs[1], specs[2], shown)
        self._child = child
        self.stdin = self._wrap(raw_in, bufsize, True)
        self.stdout = self._wrap(raw_out, bufsize, False)
        self.stderr = self._wrap(raw_err, bufsize, False)

    @staticmethod
    def _command(args, executable, shell):
        if isinstance(args, (str, bytes, os.PathLike)):
            args = [args]
        elif shell:
            args = list(args)
        else:
            args = list(args)
        args = [os.fsdecode(a) for a in args]
        if shell:
            args = ["/bin/sh", "-c"] + args
            if executable is not None:
                args[0] = os.fsdecode(executable)
        elif executable is not None:
            # Java passes the program's own name as argv[0]: args[0] cannot be given apart.
            args[0] = os.fsdecode(executable)
        if not args:
            raise IndexError("list index out of range")
        return args

    @staticmethod
    def _environment(env):
        if env is None:
            return dict(os.environ)
        out = {}
        for k, v in env.items():
            k = os.fsdecode(k)
            if "=" in k:
                raise ValueError("illegal environment variable name")
            out[k] = os.fsdecode(v)
        return out

    @staticmethod
    def _spec(f):
        if f is None or isinstance(f, int):
            return f
        return f.fileno()

    def _wrap(self, raw, bufsize, writing):
        if raw is None:
            return None
        if bufsize == 1 and not self.text_mode:
            import warnings
            warnings.warn("line buffering (buffering=1) isn't supported in binary mode, "
                          "the default buffer size will be used", RuntimeWarning, stacklevel=3)
        if bufsize == 0 and not self.text_mode:
            return raw
        size = bufsize if bufsize > 1 else io.DEFAULT_BUFFER_SIZE
        f = io.BufferedWriter(raw, size) if writing else io.BufferedReader(raw, size)
        if not self.text_mode:
            return f
        if writing:
            return io.TextIOWrapper(f, encoding=self.encoding, errors=self.errors,
                                    line_buffering=bufsize == 1, write_through=True)
        return io.TextIOWrapper(f, encoding=self.encoding, errors=self.errors)

    @property
    def universal_newlines(self):
        return self.text_mode

    @universal_newlines.setter
    def universal_newlines(self, value):
        self.text_mode = bool(value)

    __class_getitem__ = classmethod(types.GenericAlias)

    def __repr__(self):
        r = "<%s: returncode: %s args: %r>" % (type(self).__name__, self.returncode, self.args)
        if len(r) > 80:
            r = r[:76] + "...>"
        return r

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        if self.stdout:
            self.stdout.close()
        if self.stderr:
            self.stderr.close()
        try:
            if self.stdin:
                self.stdin.close()
        finally:
            if exc_type is KeyboardInterrupt:
                try:
                    self.wait(timeout=0.25)
                except TimeoutExpired:
                    pass
            else:
                self.wait()

    def poll(self):
        if self.returncode is None and self._child is not None:
            self.returncode = self._child.poll()
        return self.returncode

    def wait(self, timeout=None):
        if self.returncode is None:
            status = self._child.wait(timeout)
            if status is None:
                raise TimeoutExpired(self.args, timeout)
            self.returncode = status
        return self.returncode

    def send_signal(self, sig):
        if self.poll() is None:
            self._child.signal(int(sig))

    def terminate(self):
        self.send_signal(_SIGTERM)

    def kill(self):
        self.send_signal(_SIGKILL)

    def communicate(self, input=None, timeout=None):
        """Sends input, reads stdout and stderr to their end (both at once) and waits."""
        if self._comm is not None and input:
            raise ValueError("Cannot send input after starting communication")
        if self._comm is None and timeout is None and \
                (self.stdin is not None) + (self.stdout is not None) + (self.stderr is not None) < 2:
            out = err = None
            if self.stdin is not None:
                self._write_input(self._input_bytes(input))
            elif self.stdout is not None:
                out = self.stdout.read()
                self.stdout.close()
            elif self.stderr is not None:
                err = self.stderr.read()
                self.stderr.close()
            self.wait()
            return out, err
        deadline = None if timeout is None else time.monotonic() + timeout
        if self._comm is None:
            input = self._input_bytes(input)
            self._comm = _Communication(self, input)
        comm = self._comm
        if not comm.join(deadline):
            raise TimeoutExpired(self.args, timeout, comm.partial("stdout"), comm.partial("stderr"))
        out, err = comm.result()
        try:
            self.wait(None if deadline is None else max(0.0, deadline - time.monotonic()))
        except TimeoutExpired:
            raise TimeoutExpired(self.args, timeout) from None
        return out, err

    def _input_bytes(self, data):
        """communicate()'s input as bytes, checked in the caller's thread as CPython does."""
        if data is None or self.stdin is None:
            return data
        if self.text_mode:
            return data.encode(self.stdin.encoding, self.stdin.errors)
        return memoryview(data).tobytes()

    def _write_input(self, data):
        try:
            if data:
                binary = getattr(self.stdin, "buffer", self.stdin)
                if binary is not self.stdin:
                    self.stdin.flush()
                binary.write(data)
        except BrokenPipeError:
            pass
        finally:
            try:
                self.stdin.close()
            except BrokenPipeError:
                pass


class _Communication:
    """communicate()'s threads: one feeds stdin, one drains each output pipe, so none blocks the others.

    Output is gathered as bytes chunks, so that a timeout can report what came so far (as bytes,
    as CPython does), and a later communicate() goes on from there.
    """

    def __init__(self, popen, input):
        import threading
        self.chunks = {}
        self.threads = []
        self.popen = popen
        self.error = None
        if popen.stdin is not None:
            self._start(threading, self._feed, input)
        for name in ("stdout", "stderr"):
            f = getattr(popen, name)
            if f is not None:
                self.chunks[name] = []
                self._start(threading, self._drain, self.chunks[name], f)

    def _start(self, threading, target, *args):
        t = threading.Thread(target=target, args=args, daemon=True)
        t.start()
        self.threads.append(t)

    def _feed(self, input):
        try:
            self.popen._write_input(input)
        except BaseException as e:  # raised again in the caller's thread (a str given to a bytes pipe)
            self.error = e

    def _drain(self, chunks, f):
        binary = getattr(f, "buffer", f)
        read = getattr(binary, "read1", binary.read)
        try:
            while True:
                data = read(32768)
                if not data:
                    break
                chunks.append(data)
        finally:
            f.close()

    def join(self, deadline):
        for t in self.threads:
            t.join(None if deadline is None else max(0.0, deadline - time.monotonic()))
            if t.is_alive():
                return False
        return True

    def partial(self, name):
        chunks = self.chunks.get(name)
        return b"".join(chunks) if chunks else None

    def result(self):
        if self.error is not None:
            e, self.error = self.error, None
            raise e
        out = [None, None]
        for i, name in enumerate(("stdout", "stderr")):
            if name in self.chunks:
                data = b"".join(self.chunks[name])
                if self.popen.text_mode:
                    data = data.decode(self.popen.encoding, self.popen.errors or "strict")
                    data = data.replace("\r\n", "\n").replace("\r", "\n")
                out[i] = data
        return tuple(out)
