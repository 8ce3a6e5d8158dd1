package org.taipan.vm;

import org.taipan.compiler.CodeUnit;
import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.Errors;
import org.taipan.objects.ExceptionTypes;
import org.taipan.objects.Iter;
import org.taipan.objects.PyBaseException;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyException;
import org.taipan.objects.PyGetSetDescr;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;

/**
 * The generator and coroutine types and the eval loop's helpers for them (RETURN_GENERATOR,
 * GET_YIELD_FROM_ITER, SEND). The suspended-frame machinery itself is in {@link PyGenerator}.
 */
final class Generators {
    private Generators() {}

    private static final ArgParser THROW_ARGS = ArgParser.unpack("throw", 1, 3);

    static final PyType GENERATOR = PyType.builtin("generator", PyGenerator.class, PyType.OBJECT, 0, t -> {
        t.repr = Generators::repr;
        t.iter = self -> self;
        t.next = self -> ((PyGenerator) self).resume(PyNone.INSTANCE, null);
    }, t -> {
        common(t, "gi");
        t.method("__next__", self -> ((PyGenerator) self).send(PyNone.INSTANCE));
        PyGetSetDescr.getter(t, "gi_yieldfrom", self -> orNone(((PyGenerator) self).delegate()));
    });

    static final PyType COROUTINE = PyType.builtin("coroutine", PyGenerator.class, PyType.OBJECT, 0, t -> {
        t.repr = Generators::repr;
    }, t -> {
        common(t, "cr");
        t.method("__await__", self -> new CoroutineWrapper((PyGenerator) self));
        PyGetSetDescr.getter(t, "cr_await", self -> orNone(((PyGenerator) self).delegate()));
        PyGetSetDescr.getter(t, "cr_origin", self -> PyNone.INSTANCE);
    });

    /** The methods generators, coroutines and async generators share; {@code p} is the attribute prefix. */
    static void common(PyType t, String p) {
        boolean async = p.equals("ag");
        if (!async) {
            t.method("send", (self, v) -> ((PyGenerator) self).send(v));
            t.method("throw", (self, args, start, kwnames) -> {
                PyGenerator g = (PyGenerator) self;
                PyObject r = g.throwIn(throwArgs(args, start, kwnames));
                if (r == null) {
                    throw stopIteration(g.returnValue);
                }
                return r;
            });
            t.method("close", self -> {
                ((PyGenerator) self).close();
                return PyNone.INSTANCE;
            });
        }
        PyGetSetDescr.getter(t, p + "_frame", self -> {
            PyGenerator g = (PyGenerator) self;
            return g.finished ? PyNone.INSTANCE : g.frame;
        });
        PyGetSetDescr.getter(t, p + "_running", self -> PyBool.of(async ? ((PyGenerator) self).runningAsync
                : ((PyGenerator) self).running));
        PyGetSetDescr.getter(t, p + "_code", self -> ((PyGenerator) self).frame.code);
        if (!async) {
            PyGetSetDescr.getter(t, p + "_suspended", self -> {
                PyGenerator g = (PyGenerator) self;
                return PyBool.of(g.started && !g.finished && !g.running);
            });
        }
        PyGetSetDescr.getset(t, "__name__", self -> PyStr.of(((PyGenerator) self).name),
                (self, v) -> ((PyGenerator) self).name = nameValue(v, "__name__"));
        PyGetSetDescr.getset(t, "__qualname__", self -> PyStr.of(((PyGenerator) self).qualname),
                (self, v) -> ((PyGenerator) self).qualname = nameValue(v, "__qualname__"));
    }

    private static String nameValue(PyObject v, String which) {
        if (!(v instanceof PyStr s)) {
            throw Errors.typeError(which + " must be set to a string object");
        }
        return s.toString();
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.INSTANCE : o;
    }

    static PyObject repr(PyObject self) {
        PyGenerator g = (PyGenerator) self;
        String what = g.kind == PyGenerator.Kind.ASYNC_GENERATOR ? "async_generator" : g.kind.word;
        return PyStr.of("<" + what + " object " + g.qualname + " at " + org.taipan.objects.Ids.address(g) + ">");
    }

    /** RETURN_GENERATOR: the frame becomes a generator, coroutine or async generator, by its code's flags. */
    static PyObject create(PyFrame f) {
        int flags = f.code.flags;
        PyGenerator.Kind kind = (flags & CodeUnit.CO_COROUTINE) != 0 ? PyGenerator.Kind.COROUTINE
                : (flags & CodeUnit.CO_ASYNC_GENERATOR) != 0 ? PyGenerator.Kind.ASYNC_GENERATOR
                : PyGenerator.Kind.GENERATOR;
        PyGenerator g = new PyGenerator(kind, f);
        if (f.function != null) {
            g.name = f.function.name;
            g.qualname = f.function.qualname;
        }
        return g;
    }

    /** The arguments of throw()/athrow(): (type[, value[, traceback]]) or (instance), made into an exception. */
    static PyException throwArgs(PyObject[] args, int start, String[] kwnames) {
        PyObject[] a = THROW_ARGS.bind(args, start, kwnames);
        PyObject typ = a[0];
        PyObject val = a[1] == null ? PyNone.INSTANCE : a[1];
        PyObject tb = a[2] == null ? PyNone.INSTANCE : a[2];
        if (tb != PyNone.INSTANCE && !(tb instanceof PyTraceback)) {
            throw Errors.typeError("throw() third argument must be a traceback object");
        }
        PyBaseException exc;
        if (typ instanceof PyType t && t.isSubtype(ExceptionTypes.BASE_EXCEPTION)) {
            if (val instanceof PyBaseException e && e.type().isSubtype(t)) {
                exc = e;
            } else {
                PyObject[] ctorArgs = val == PyNone.INSTANCE ? new PyObject[0]
                        : val instanceof PyTuple tup ? tup.toArray() : new PyObject[] {val};
                PyObject made = Abstract.call(t, ctorArgs, null);
                if (!(made instanceof PyBaseException e)) {
                    throw Errors.typeError("calling " + t + " should have returned an instance of BaseException, not "
                            + made.type().name());
                }
                exc = e;
            }
        } else if (typ instanceof PyBaseException e) {
            if (val != PyNone.INSTANCE) {
                throw Errors.typeError("instance exception may not have a separate value");
            }
            exc = e;
        } else {
            throw Errors.typeError("exceptions must be classes or instances deriving from BaseException, not "
                    + typ.type().name());
        }
        if (tb instanceof PyTraceback) {
            exc.traceback = tb;
        }
        PyException pe = new PyException(exc);
        pe.contextChained = true;
        return pe;
    }

    /** StopIteration carrying a generator's return value (none when it is None). */
    static PyException stopIteration(PyObject value) {
        PyTuple args = value == PyNone.INSTANCE ? PyTuple.EMPTY : PyTuple.of(value);
        return new PyException(new PyBaseException(ExceptionTypes.STOP_ITERATION, args));
    }

    /** StopIteration.value: its first argument, or None. */
    static PyObject stopIterationValue(PyBaseException e) {
        return e.args.size() > 0 ? e.args.get(0) : PyNone.INSTANCE;
    }

    /** Closes what a {@code yield from} delegates to, when it has a close() method. */
    static void closeIter(PyObject yf) {
        if (yf instanceof PyGenerator g && g.kind != PyGenerator.Kind.ASYNC_GENERATOR) {
            g.close();
            return;
        }
        PyObject close = Abstract.lookupAttr(yf, PyStr.of("close"));
        if (close != null) {
            Abstract.call(close, new PyObject[0], null);
        }
    }

    /** GET_YIELD_FROM_ITER: generators and (in coroutines) coroutines as they are, else iter(). */
    static PyObject yieldFromIter(PyCode co, PyObject o) {
        if (o instanceof PyGenerator g) {
            if (g.kind == PyGenerator.Kind.COROUTINE
                    && (co.flags & (CodeUnit.CO_COROUTINE | CodeUnit.CO_ITERABLE_COROUTINE)) == 0) {
                throw Errors.typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
            }
            if (g.kind != PyGenerator.Kind.ASYNC_GENERATOR) {
                return o;
            }
        }
        return Iter.of(o);
    }

    /**
     * SEND: {@code receiver v -- receiver yielded}, or, when the receiver is finished,
     * {@code receiver v -- value} and a jump. Here {@code s[sp-1]} is the receiver and {@code v}
     * already popped; returns true when the receiver finished (its value replaces it).
     */
    static boolean send(PyObject[] s, int sp, PyObject v) {
        PyObject receiver = s[sp - 1];
        PyObject r;
        if (receiver instanceof PyGenerator g && g.kind != PyGenerator.Kind.ASYNC_GENERATOR) {
            r = g.resume(v, null);
            if (r == null) {
                s[sp - 1] = g.returnValue;
                return true;
            }
        } else {
            try {
                if (v == PyNone.INSTANCE && !receiver.type().isHeapType() && receiver.type().next != null) {
                    r = receiver.type().next.call(receiver);
                    if (r == null) {
                        s[sp - 1] = PyNone.INSTANCE;
                        return true;
                    }
                } else {
                    r = v == PyNone.INSTANCE ? Abstract.callBound(methodOf(receiver, "__next__"), receiver)
                            : Abstract.callBound(methodOf(receiver, "send"), receiver, v);
                }
            } catch (PyException e) {
                if (e.matches(ExceptionTypes.STOP_ITERATION)) {
                    s[sp - 1] = stopIterationValue(e.value);
                    return true;
                }
                throw e;
            }
        }
        s[sp] = r;
        return false;
    }

    private static PyObject methodOf(PyObject o, String name) {
        PyObject m = o.type().lookup(name);
        if (m == null) {
            throw Errors.attributeError("'" + o.type().name() + "' object has no attribute '" + name + "'");
        }
        return m;
    }

    /** What a coroutine's {@code __await__()} returns: an iterator over the coroutine. */
    static final class CoroutineWrapper extends PyObject {
        static final PyType TYPE = PyType.builtin("coroutine_wrapper", CoroutineWrapper.class, PyType.OBJECT, 0, t -> {
            t.iter = self -> self;
            t.next = self -> ((CoroutineWrapper) self).coro.resume(PyNone.INSTANCE, null);
        }, t -> {
            t.method("__next__", self -> ((CoroutineWrapper) self).coro.send(PyNone.INSTANCE));
            t.method("send", (self, v) -> ((CoroutineWrapper) self).coro.send(v));
            t.method("throw", (self, args, start, kwnames) -> {
                PyGenerator g = ((CoroutineWrapper) self).coro;
                PyObject r = g.throwIn(throwArgs(args, start, kwnames));
                if (r == null) {
                    throw stopIteration(g.returnValue);
                }
                return r;
            });
            t.method("close", self -> {
                ((CoroutineWrapper) self).coro.close();
                return PyNone.INSTANCE;
            });
        });

        final PyGenerator coro;

        CoroutineWrapper(PyGenerator coro) {
            this.coro = coro;
        }

        @Override
        public PyType type() {
            return TYPE;
        }
    }
}
