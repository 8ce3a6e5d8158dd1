package org.taipan.vm;

import static org.taipan.compiler.Opcode.RESUME;
import static org.taipan.compiler.Opcode.SEND;

import org.taipan.objects.Abstract;
import org.taipan.objects.Errors;
import org.taipan.objects.ExceptionTypes;
import org.taipan.objects.PyBaseException;
import org.taipan.objects.PyException;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;

/**
 * A generator, coroutine or async generator: a suspended frame that the eval loop resumes. The
 * frame keeps its instruction and stack pointers between runs, so no Java thread or stack is
 * held while it is suspended. The Python-visible types and methods are in {@link Generators}.
 */
public final class PyGenerator extends PyObject {
    public enum Kind {
        GENERATOR("generator"), COROUTINE("coroutine"), ASYNC_GENERATOR("async generator");

        final String word;

        Kind(String word) {
            this.word = word;
        }
    }

    final Kind kind;
    final PyFrame frame;
    String name, qualname;
    boolean started, running, finished;
    /** Async generators: an asend/athrow awaitable is in progress (ag_running). */
    boolean runningAsync;
    /** Async generators: aclose() or a throw ended it. */
    boolean closedAsync;
    /** Async generators: the sys.set_asyncgen_hooks hooks were applied (first iteration). */
    boolean hooksInited;
    /** Async generators: the finalizer hook in force at the first iteration, or null. */
    PyObject finalizer;
    /** The exceptions this generator is handling, kept across suspensions. */
    final ThreadState.ExcInfo exc = new ThreadState.ExcInfo();
    /** What the frame returned, once finished. */
    PyObject returnValue = PyNone.INSTANCE;

    PyGenerator(Kind kind, PyFrame frame) {
        this.kind = kind;
        this.frame = frame;
        this.name = frame.code.name;
        this.qualname = frame.code.qualname;
    }

    @Override
    public PyType type() {
        return switch (kind) {
            case GENERATOR -> Generators.GENERATOR;
            case COROUTINE -> Generators.COROUTINE;
            case ASYNC_GENERATOR -> AsyncGenerators.ASYNC_GENERATOR;
        };
    }

    /**
     * Runs the frame until it yields or ends: sends {@code value} in, or raises {@code throwIn}
     * where it stopped. Returns the yielded value, or null when the frame returned (see
     * {@link #returnValue}). A StopIteration escaping the frame becomes RuntimeError (PEP 479).
     */
    PyObject resume(PyObject value, PyException throwIn) {
        if (running) {
            throw Errors.valueError(kind.word + " already executing");
        }
        if (finished) {
            if (throwIn != null) {
                throw throwIn;
            }
            if (kind == Kind.COROUTINE) {
                throw Errors.of(ExceptionTypes.RUNTIME_ERROR, "cannot reuse already awaited coroutine");
            }
            returnValue = PyNone.INSTANCE;
            return null;
        }
        if (!started && throwIn == null && value != PyNone.INSTANCE) {
            throw Errors.typeError("can't send non-None value to a just-started " + kind.word);
        }
        started = true;
        if (throwIn == null) {
            frame.slots[frame.sp++] = value;
        }
        ThreadState ts = ThreadState.current();
        exc.previous = ts.excInfo;
        ts.excInfo = exc;
        running = true;
        PyObject r;
        try {
            r = EvalLoop.run(frame, throwIn);
        } catch (PyException e) {
            finished = true;
            throw pep479(e);
        } finally {
            running = false;
            ts.excInfo = exc.previous;
            exc.previous = null;
            frame.back = null;
        }
        if (frame.yielded) {
            return r;
        }
        finished = true;
        returnValue = r;
        return null;
    }

    private PyException pep479(PyException e) {
        String what;
        if (e.matches(ExceptionTypes.STOP_ITERATION)) {
            what = "StopIteration";
        } else if (kind == Kind.ASYNC_GENERATOR && e.matches(ExceptionTypes.STOP_ASYNC_ITERATION)) {
            what = "StopAsyncIteration";
        } else {
            return e;
        }
        PyException r = Errors.of(ExceptionTypes.RUNTIME_ERROR, kind.word + " raised " + what);
        r.value.cause = e.value;
        r.value.context = e.value;
        r.value.suppressContext = true;
        r.contextChained = true;
        return r;
    }

    /** The iterator a suspended {@code yield from} / {@code await} delegates to, or null. */
    PyObject delegate() {
        if (!started || finished) {
            return null;
        }
        byte[] code = frame.code.code;
        int next = frame.pc;
        if (next + 1 >= code.length || (code[next] & 0xFF) != RESUME || (code[next + 1] & 0xFF) < 2) {
            return null;
        }
        return frame.slots[frame.sp - 1];
    }

    /** send(): the next yielded value, or StopIteration with the return value. */
    PyObject send(PyObject value) {
        PyObject r = resume(value, null);
        if (r == null) {
            throw Generators.stopIteration(returnValue);
        }
        return r;
    }

    /**
     * throw(): raises {@code e} where the generator is suspended, first passing it down to the
     * iterator a {@code yield from} delegates to. Returns the next yielded value, or null when
     * the generator returned (see {@link #returnValue}).
     */
    PyObject throwIn(PyException e) {
        PyObject yf = delegate();
        if (yf != null) {
            PyObject r;
            if (e.matches(ExceptionTypes.GENERATOR_EXIT)) {
                running = true;
                try {
                    Generators.closeIter(yf);
                } catch (PyException closing) {
                    running = false;
                    return resume(null, closing);
                } finally {
                    running = false;
                }
                return resume(null, e);
            }
            running = true;
            try {
                if (yf instanceof PyGenerator g) {
                    r = g.throwIn(e);
                    if (r == null) {
                        return finishDelegation(g.returnValue);
                    }
                    return r;
                }
                PyObject meth = Abstract.lookupAttr(yf, PyStr.of("throw"));
                if (meth == null) {
                    running = false;
                    return resume(null, e);
                }
                r = Abstract.call(meth, new PyObject[] {e.value.type(), e.value, tracebackOrNone(e.value)}, null);
                return r;
            } catch (PyException sub) {
                running = false;
                if (sub.matches(ExceptionTypes.STOP_ITERATION)) {
                    return finishDelegation(Generators.stopIterationValue(sub.value));
                }
                popDelegate();
                return resume(null, sub);
            } finally {
                running = false;
            }
        }
        return resume(null, e);
    }

    private static PyObject tracebackOrNone(PyBaseException e) {
        return e.traceback == null ? PyNone.INSTANCE : e.traceback;
    }

    /** The delegated iterator ended with {@code value}: continue after the yield from with it. */
    private PyObject finishDelegation(PyObject value) {
        popDelegate();
        byte[] code = frame.code.code;
        int send = frame.lasti - 2;
        if (send >= 0 && (code[send] & 0xFF) == SEND) {
            frame.pc = frame.lasti + (code[send + 1] & 0xFF) * 2;
        }
        return resume(value, null);
    }

    private void popDelegate() {
        frame.slots[--frame.sp] = null;
    }

    /** close(): GeneratorExit where it stopped; yielding again is a RuntimeError. */
    void close() {
        if (!started || finished) {
            finished = true;
            return;
        }
        PyObject r;
        try {
            r = throwIn(new PyException(new PyBaseException(ExceptionTypes.GENERATOR_EXIT, PyTuple.EMPTY)));
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.GENERATOR_EXIT) || e.matches(ExceptionTypes.STOP_ITERATION)) {
                return;
            }
            throw e;
        }
        if (r != null) {
            throw Errors.of(ExceptionTypes.RUNTIME_ERROR, kind.word + " ignored GeneratorExit");
        }
    }
}
