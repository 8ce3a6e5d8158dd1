package org.taipan.vm;

import org.taipan.objects.Errors;
import org.taipan.objects.ExceptionTypes;
import org.taipan.objects.PyBaseException;
import org.taipan.objects.PyException;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;

/**
 * Async generators. The frame yields two kinds of values: those of its {@code yield}
 * expressions, wrapped by ASYNC_GEN_WRAP, and those of the awaits inside it, which pass through
 * to whoever drives the coroutine. The awaitables returned by {@code __anext__}/{@code asend}
 * ({@link ASend}) and {@code athrow}/{@code aclose} ({@link AThrow}) drive the frame and turn
 * a wrapped value into StopIteration(value), which ends the await that asked for it.
 */
final class AsyncGenerators {
    private AsyncGenerators() {}

    static final PyType ASYNC_GENERATOR = PyType.builtin("async_generator", PyGenerator.class, PyType.OBJECT, 0, t -> {
        t.repr = Generators::repr;
    }, t -> {
        Generators.common(t, "ag");
        t.method("__aiter__", self -> self);
        t.method("__anext__", self -> new ASend(initHooks(self), PyNone.INSTANCE));
        t.method("asend", (self, v) -> new ASend(initHooks(self), v));
        t.method("athrow", (self, args, start, kwnames) ->
                new AThrow(initHooks(self), Generators.throwArgs(args, start, kwnames)));
        t.method("aclose", self -> new AThrow(initHooks(self), null));
        org.taipan.objects.PyGetSetDescr.getter(t, "ag_await", self -> {
            PyObject d = ((PyGenerator) self).delegate();
            return d == null ? PyNone.INSTANCE : d;
        });
    });

    /**
     * At the first __anext__/asend/athrow/aclose, as CPython: remember the finalizer hook and
     * call the firstiter hook (an event loop uses it to track the generator).
     */
    private static PyGenerator initHooks(PyObject self) {
        PyGenerator g = (PyGenerator) self;
        if (!g.hooksInited) {
            g.hooksInited = true;
            ThreadState ts = ThreadState.current();
            g.finalizer = ts.asyncgenFinalizer;
            if (ts.asyncgenFirstiter != null) {
                org.taipan.objects.Abstract.call(ts.asyncgenFirstiter, new PyObject[] {g}, null);
            }
        }
        return g;
    }

    /** A value of a {@code yield} in an async generator, as ASYNC_GEN_WRAP marks it. */
    static final class Wrapped extends PyObject {
        static final PyType TYPE = PyType.builtin("async_generator_wrapped_value", Wrapped.class, PyType.OBJECT, 0,
                null, null);
        final PyObject value;

        Wrapped(PyObject value) {
            this.value = value;
        }

        @Override
        public PyType type() {
            return TYPE;
        }
    }

    private enum State { INIT, ITER, CLOSED }

    /**
     * Runs the generator one step (send or throw). Returns what it yielded, wrapped or not; a
     * generator that returns raises StopAsyncIteration.
     */
    private static PyObject step(PyGenerator g, PyObject value, PyException throwIn) {
        PyObject r = throwIn != null ? g.throwIn(throwIn) : g.resume(value, null);
        if (r == null) {
            throw new PyException(new PyBaseException(ExceptionTypes.STOP_ASYNC_ITERATION, PyTuple.EMPTY));
        }
        return r;
    }

    /** A yielded value ends the awaitable with StopIteration(value); an await's value passes through. */
    private static PyObject unwrap(PyGenerator g, PyObject r) {
        if (r instanceof Wrapped w) {
            g.runningAsync = false;
            throw Generators.stopIteration(w.value);
        }
        return r;
    }

    private static PyException ended(PyGenerator g, PyException e) {
        if (e.matches(ExceptionTypes.STOP_ASYNC_ITERATION) || e.matches(ExceptionTypes.GENERATOR_EXIT)) {
            g.closedAsync = true;
        }
        g.runningAsync = false;
        return e;
    }

    /** Shared by both awaitables: an iterator with send/throw/close, awaitable as itself. */
    private abstract static class Awaitable extends PyObject {
        State state = State.INIT;

        abstract PyObject send(PyObject v);

        abstract PyObject throwIn(PyException e);

        static void define(PyType t) {
            t.iter = self -> self;
            t.next = self -> {
                try {
                    return ((Awaitable) self).send(PyNone.INSTANCE);
                } catch (PyException e) {
                    if (e.matches(ExceptionTypes.STOP_ITERATION) && ((PyBaseException) e.value).args.size() == 0) {
                        return null;
                    }
                    throw e;
                }
            };
        }

        static void methods(PyType t) {
            t.method("__await__", self -> self);
            t.method("__next__", self -> ((Awaitable) self).send(PyNone.INSTANCE));
            t.method("send", (self, v) -> ((Awaitable) self).send(v));
            t.method("throw", (self, args, start, kwnames) ->
                    ((Awaitable) self).throwIn(Generators.throwArgs(args, start, kwnames)));
            t.method("close", self -> {
                ((Awaitable) self).state = State.CLOSED;
                return PyNone.INSTANCE;
            });
        }
    }

    /** What {@code __anext__()} and {@code asend(v)} return. */
    static final class ASend extends Awaitable {
        static final PyType TYPE = PyType.builtin("async_generator_asend", ASend.class, PyType.OBJECT, 0,
                Awaitable::define, Awaitable::methods);

        private final PyGenerator gen;
        private final PyObject sendValue;

        ASend(PyGenerator gen, PyObject sendValue) {
            this.gen = gen;
            this.sendValue = sendValue;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        PyObject send(PyObject v) {
            if (state == State.CLOSED) {
                throw Errors.of(ExceptionTypes.RUNTIME_ERROR, "cannot reuse already awaited __anext__()/asend()");
            }
            if (state == State.INIT) {
                if (gen.runningAsync) {
                    throw Errors.of(ExceptionTypes.RUNTIME_ERROR, "anext(): asynchronous generator is already running");
                }
                if (v == PyNone.INSTANCE) {
                    v = sendValue;
                }
                state = State.ITER;
            }
            gen.runningAsync = true;
            return run(v, null);
        }

        @Override
        PyObject throwIn(PyException e) {
            if (state == State.CLOSED) {
                throw Errors.of(ExceptionTypes.RUNTIME_ERROR, "cannot reuse already awaited __anext__()/asend()");
            }
            return run(null, e);
        }

        private PyObject run(PyObject v, PyException e) {
            try {
                return unwrap(gen, step(gen, v, e));
            } catch (PyException ex) {
                state = State.CLOSED;
                throw ended(gen, ex);
            }
        }
    }

    /** What {@code athrow(...)} and {@code aclose()} (no exception given) return. */
    static final class AThrow extends Awaitable {
        static final PyType TYPE = PyType.builtin("async_generator_athrow", AThrow.class, PyType.OBJECT, 0,
                Awaitable::define, Awaitable::methods);

        private final PyGenerator gen;
        /** The exception to throw; null for aclose(). */
        private final PyException exc;

        AThrow(PyGenerator gen, PyException exc) {
            this.gen = gen;
            this.exc = exc;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        private String what() {
            return exc == null ? "aclose()" : "athrow()";
        }

        @Override
        PyObject send(PyObject v) {
            if (state == State.CLOSED) {
                throw Errors.of(ExceptionTypes.RUNTIME_ERROR, "cannot reuse already awaited aclose()/athrow()");
            }
            if (gen.finished) {
                state = State.CLOSED;
                throw Generators.stopIteration(PyNone.INSTANCE);
            }
            if (state == State.INIT) {
                if (gen.runningAsync) {
                    state = State.CLOSED;
                    throw Errors.of(ExceptionTypes.RUNTIME_ERROR,
                            what().replace("()", "") + "(): asynchronous generator is already running");
                }
                if (gen.closedAsync) {
                    state = State.CLOSED;
                    throw new PyException(new PyBaseException(ExceptionTypes.STOP_ASYNC_ITERATION, PyTuple.EMPTY));
                }
                if (v != PyNone.INSTANCE) {
                    throw Errors.of(ExceptionTypes.RUNTIME_ERROR, "can't send non-None value to a just-started coroutine");
                }
                state = State.ITER;
                gen.runningAsync = true;
                if (exc == null) {
                    gen.closedAsync = true;
                    return run(null, new PyException(new PyBaseException(ExceptionTypes.GENERATOR_EXIT, PyTuple.EMPTY)));
                }
                return run(null, exc);
            }
            return run(v, null);
        }

        @Override
        PyObject throwIn(PyException e) {
            if (state == State.CLOSED) {
                throw Errors.of(ExceptionTypes.RUNTIME_ERROR, "cannot reuse already awaited aclose()/athrow()");
            }
            return run(null, e);
        }

        private PyObject run(PyObject v, PyException e) {
            PyObject r;
            try {
                r = step(gen, v, e);
            } catch (PyException ex) {
                state = State.CLOSED;
                gen.runningAsync = false;
                if (ex.matches(ExceptionTypes.STOP_ASYNC_ITERATION) || ex.matches(ExceptionTypes.GENERATOR_EXIT)) {
                    gen.closedAsync = true;
                    if (exc == null) {
                        throw Generators.stopIteration(PyNone.INSTANCE);
                    }
                }
                throw ex;
            }
            if (exc == null && r instanceof Wrapped) {
                gen.runningAsync = false;
                state = State.CLOSED;
                throw Errors.of(ExceptionTypes.RUNTIME_ERROR, "async generator ignored GeneratorExit");
            }
            try {
                return unwrap(gen, r);
            } catch (PyException stop) {
                state = State.CLOSED;
                throw stop;
            }
        }
    }
}
