package org.taipan.modules.subprocess;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.taipan.modules.Console;
import org.taipan.modules.io.FileIO;
import org.taipan.modules.os.Cwd;
import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.Errors;
import org.taipan.objects.ExceptionTypes;
import org.taipan.objects.Iter;
import org.taipan.objects.PyBaseException;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyException;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyTuple;
import org.taipan.objects.Seq;

/**
 * {@code _subprocess}, the Java half of {@code subprocess}: starts a child with
 * {@link ProcessBuilder}. {@code spawn} takes the argument list, the directory, the environment
 * and what each standard stream of the child is connected to, and returns the child and the
 * raw files ({@code io.FileIO}) over the pipes asked for.
 *
 * <p>A stream is given as an int: {@link #INHERIT}, {@link #PIPE}, {@link #STDOUT} (stderr
 * joins stdout), {@link #DEVNULL}, or a descriptor. Descriptor 0 is inherited. A child's
 * stdout going to our 1 (stderr to our 2) is inherited unless tests redirected the console;
 * every other output (to the other standard stream, a file, another child's pipe) is copied by
 * a thread ({@link Pump}), because Java cannot hand a child an open descriptor.
 */
public final class SubprocessModule {
    private SubprocessModule() {}

    static final int INHERIT = -10, PIPE = -1, STDOUT = -2, DEVNULL = -3;

    private static final ArgParser SPAWN = ArgParser.clinic("spawn",
            "args, cwd, env, stdin, stdout, stderr, errname, /");

    public static PyModule create() {
        PyModule m = new PyModule("_subprocess", new PyDict());
        m.builtin = true;
        m.def("spawn", (self, a, start, kw) -> spawn(SPAWN.bind(a, start, kw)));
        return m;
    }

    private static PyObject spawn(PyObject[] p) {
        List<String> command = new ArrayList<>();
        for (PyObject o : Iter.toArray(p[0])) {
            command.add(str(o));
        }
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.directory(p[1] == PyNone.INSTANCE ? Cwd.get().toFile() : Cwd.resolve(str(p[1])).toFile());
        if (p[2] != PyNone.INSTANCE) {
            Map<String, String> env = pb.environment();
            env.clear();
            PyObject[] kv = Iter.toArray(p[2]);
            for (int i = 0; i + 1 < kv.length; i += 2) {
                env.put(str(kv[i]), str(kv[i + 1]));
            }
        }
        int in = spec(p[3]), out = spec(p[4]), err = spec(p[5]);
        List<Pump> pumps = new ArrayList<>();
        try {
            return start(pb, in, out, err, pumps, p[6]);
        } catch (RuntimeException e) {
            pumps.forEach(Pump::abandon);
            throw e;
        }
    }

    private static PyObject start(ProcessBuilder pb, int in, int out, int err, List<Pump> pumps, PyObject name) {
        pb.redirectInput(in == PIPE ? ProcessBuilder.Redirect.PIPE
                : in == DEVNULL ? ProcessBuilder.Redirect.from(new File("/dev/null"))
                : in == INHERIT || in <= 2 ? ProcessBuilder.Redirect.INHERIT : ProcessBuilder.Redirect.PIPE);
        if (in > 2) {
            if (FileIO.descriptorStream(in) == null) {
                throw osError(9, "Bad file descriptor", null);
            }
            pumps.add(Pump.into(in));
        }
        pb.redirectOutput(output(out, 1, pumps, false));
        if (err == STDOUT) {
            pb.redirectErrorStream(true);
        } else {
            pb.redirectError(output(err, 2, pumps, true));
        }
        Process proc;
        try {
            proc = pb.start();
        } catch (IOException e) {
            throw startError(e, name);
        }
        ChildProcess child = new ChildProcess(proc, pumps);
        for (Pump pump : pumps) {
            pump.start(proc);
        }
        PyObject stdin = in == PIPE ? FileIO.pipe(null, proc.getOutputStream()) : PyNone.INSTANCE;
        PyObject stdout = out == PIPE ? FileIO.pipe(proc.getInputStream(), null) : PyNone.INSTANCE;
        PyObject stderr = err == PIPE ? FileIO.pipe(proc.getErrorStream(), null) : PyNone.INSTANCE;
        return PyTuple.of(child, PyInt.of(proc.pid()), stdin, stdout, stderr);
    }

    /** Where a child's stdout (1) or stderr (2) goes; a copying thread is added where Java cannot connect it. */
    private static ProcessBuilder.Redirect output(int spec, int own, List<Pump> pumps, boolean isErr) {
        if (spec == PIPE) {
            return ProcessBuilder.Redirect.PIPE;
        }
        if (spec == DEVNULL) {
            return ProcessBuilder.Redirect.DISCARD;
        }
        int target = spec == INHERIT ? own : spec;
        if (target == 0) {
            throw Errors.valueError("cannot send a child's output to standard input");
        }
        if (target == own && !Console.isRedirected(own)) {
            return ProcessBuilder.Redirect.INHERIT;
        }
        // The other standard stream is copied too: a Redirect to /proc/self/fd/N would open the
        // file again, with an offset of its own, and overwrite what this process writes there.
        if (target > 2 && FileIO.descriptorStream(target) == null) {
            throw osError(9, "Bad file descriptor", null);
        }
        pumps.add(Pump.outOf(target, isErr));
        return ProcessBuilder.Redirect.PIPE;
    }

    private static int spec(PyObject o) {
        return o == PyNone.INSTANCE ? INHERIT : (int) Seq.asSsize(o);
    }

    private static String str(PyObject o) {
        if (!(o instanceof PyStr s)) {
            throw Errors.typeError("expected str, bytes or os.PathLike object, not " + o.type().name());
        }
        String v = s.value();
        if (v.indexOf('\0') >= 0) {
            throw Errors.valueError("embedded null byte");
        }
        return v;
    }

    private static final Pattern ERRNO = Pattern.compile("error(?:=|: )(\\d+)(?:, | \\()([^)]*)");

    /** Java's "Cannot run program …: error=2, No such file or directory" as CPython's OSError. */
    private static PyException startError(IOException e, PyObject name) {
        Matcher mt = ERRNO.matcher(String.valueOf(e.getMessage()));
        if (mt.find()) {
            return osError(Integer.parseInt(mt.group(1)), mt.group(2), name);
        }
        return osError(5, "Input/output error", name);
    }

    static PyException osError(int errno, String msg, PyObject name) {
        PyObject[] args = name == null || name == PyNone.INSTANCE
                ? new PyObject[] {PyInt.of(errno), PyStr.of(msg)}
                : new PyObject[] {PyInt.of(errno), PyStr.of(msg), name};
        return new PyException((PyBaseException) Abstract.call(ExceptionTypes.OS_ERROR, args, null));
    }
}
