package org.taipan.objects;

/**
 * The object protocol (CPython's abstract.c and object.c): the operations the eval loop and
 * builtins perform on any object, by way of its type's slots.
 */
public final class Abstract {
    private Abstract() {}

    public static PyStr repr(PyObject o) {
        return asStr(o.type().repr.call(o), "__repr__");
    }

    public static PyStr str(PyObject o) {
        Class<?> c = o.getClass();
        if (c == PyStr.class) {
            return (PyStr) o;
        }
        if (c == PyInt.class || c == PyFloat.class) { // their str is their repr
            return (PyStr) o.type().repr.call(o);
        }
        return asStr(o.type().str.call(o), "__str__");
    }

    private static PyStr asStr(PyObject r, String which) {
        if (r instanceof PyStr s) {
            return s;
        }
        throw Errors.typeError(which + " returned non-string (type " + r.type().name() + ")");
    }

    /** {@code format(v, spec)}: exact str, int and float straight to their formatters, else {@code __format__}. */
    public static PyObject format(PyObject v, PyObject spec) {
        PyType t = v.type();
        if (spec instanceof PyStr s && (t == PyInt.TYPE || t == PyFloat.TYPE
                || t == PyStr.TYPE && !((PyStr) v).isSplit() && !StrSurrogates.hasLone(s))) {
            String sv = s.value();
            if (sv.isEmpty()) {
                return str(v);
            }
            if (t == PyInt.TYPE && ((PyInt) v).isLong()) {
                PyStr r = NumberFormat.simpleIntStr(((PyInt) v).longValue(), sv);
                if (r != null) {
                    return r;
                }
            }
            return PyStr.of(StrFormatter.formatValue(v, sv));
        }
        PyObject meth = t.lookup("__format__");
        if (meth == null) {
            throw Errors.typeError("Type " + t.name() + " doesn't define __format__");
        }
        PyObject r = callBound(meth, v, spec);
        if (!(r instanceof PyStr)) {
            throw Errors.typeError("__format__ must return a str, not " + r.type().name());
        }
        return r;
    }

    public static long hash(PyObject o) {
        Class<?> c = o.getClass();
        if (c == PyStr.class) {
            return ((PyStr) o).pyHash();
        }
        if (c == PyInt.class) {
            return ((PyInt) o).pyHash();
        }
        Slot.Hash h = o.type().hash;
        if (h == null) {
            throw Errors.typeError("unhashable type: '" + o.type().name() + "'");
        }
        return h.call(o);
    }

    /** Truth value: {@code __bool__}, else {@code __len__}, else true. */
    public static boolean isTrue(PyObject o) {
        if (o == PyBool.TRUE) {
            return true;
        }
        if (o == PyBool.FALSE || o == PyNone.INSTANCE) {
            return false;
        }
        PyType t = o.type();
        if (t.bool != null) {
            return t.bool.call(o);
        }
        if (t.length != null) {
            return t.length.call(o) != 0;
        }
        return true;
    }

    public static PyObject getAttr(PyObject o, PyStr name) {
        return o.type().getattro.call(o, name);
    }

    public static void setAttr(PyObject o, PyStr name, PyObject value) {
        o.type().setattro.call(o, name, value);
    }

    /**
     * A binary operation with CPython's dispatch: the left operand's slot, unless the right
     * operand's type is a proper subtype with its own slot, which then goes first.
     */
    public static PyObject binaryOp(PyObject v, PyObject w, NumberOp op) {
        PyObject r;
        if (op.isInplace()) {
            // Only the left operand's in-place slot, then the plain operator with both operands.
            Slot.Binary slot = v.type().nb[op.ordinal()];
            r = slot != null ? slot.call(v, w) : PyNotImplemented.INSTANCE;
            if (r == PyNotImplemented.INSTANCE) {
                r = binaryOp1(v, w, op.plain().ordinal());
            }
        } else {
            r = binaryOp1(v, w, op.ordinal());
        }
        if (r == PyNotImplemented.INSTANCE) {
            throw Errors.unsupportedOperands(op == NumberOp.POWER ? "** or pow()" : op.symbol, v, w);
        }
        return r;
    }

    /**
     * BINARY_OP with its argument ({@link NumberOp} ordinal): exact ints and floats are done
     * here without dispatch (what their slots would do), anything else by {@link #binaryOp}.
     */
    public static PyObject binaryOp(PyObject v, PyObject w, int op) {
        Class<?> cv = v.getClass(), cw = w.getClass();
        PyObject r = null;
        if (cv == PyInt.class) {
            PyInt a = (PyInt) v;
            if (cw == PyInt.class) {
                PyInt b = (PyInt) w;
                if (a.isLong() && b.isLong()) {
                    r = PyInt.longBinary(a.longValue(), b.longValue(), op);
                }
            } else if (cw == PyFloat.class && a.isLong()) {
                r = PyFloat.doubleBinary((double) a.longValue(), ((PyFloat) w).value(), op);
            }
        } else if (cv == PyStr.class) {
            if (cw == PyStr.class && (op == 0 || op == NumberOp.INPLACE_OFFSET)) {
                return ((PyStr) v).concat((PyStr) w);
            }
        } else if (cv == PyFloat.class) {
            if (cw == PyFloat.class) {
                r = PyFloat.doubleBinary(((PyFloat) v).value(), ((PyFloat) w).value(), op);
            } else if (cw == PyInt.class && ((PyInt) w).isLong()) {
                r = PyFloat.doubleBinary(((PyFloat) v).value(), (double) ((PyInt) w).longValue(), op);
            }
        }
        return r != null ? r : binaryOp(v, w, NumberOp.of(op));
    }

    private static PyObject binaryOp1(PyObject v, PyObject w, int i) {
        PyType tv = v.type(), tw = w.type();
        Slot.Binary slotv = tv.nb[i];
        Slot.Binary slotw = tw != tv ? tw.nb[i] : null;
        if (slotw == slotv) {
            slotw = null;
        }
        if (slotv != null) {
            if (slotw != null && tw.isSubtype(tv)) {
                PyObject r = slotw.call(v, w);
                if (r != PyNotImplemented.INSTANCE) {
                    return r;
                }
                slotw = null;
            }
            PyObject r = slotv.call(v, w);
            if (r != PyNotImplemented.INSTANCE) {
                return r;
            }
        }
        return slotw != null ? slotw.call(v, w) : PyNotImplemented.INSTANCE;
    }

    /** Rich comparison with reflection and the identity fallback for == and !=. */
    public static PyObject richCompare(PyObject v, PyObject w, CompareOp op) {
        if (v.getClass() == PyFloat.class && w.getClass() == PyFloat.class) {
            double a = ((PyFloat) v).value(), b = ((PyFloat) w).value();
            return PyBool.of(switch (op) {
                case LT -> a < b; case LE -> a <= b; case EQ -> a == b; case NE -> a != b; case GT -> a > b; case GE -> a >= b;
            });
        }
        PyType tv = v.type(), tw = w.type();
        boolean checkedReverse = false;
        if (tv != tw && tw.isSubtype(tv) && tw.richCompare != null) {
            checkedReverse = true;
            PyObject r = tw.richCompare.call(w, v, op.swapped());
            if (r != PyNotImplemented.INSTANCE) {
                return r;
            }
        }
        if (tv.richCompare != null) {
            PyObject r = tv.richCompare.call(v, w, op);
            if (r != PyNotImplemented.INSTANCE) {
                return r;
            }
        }
        if (!checkedReverse && tw.richCompare != null) {
            PyObject r = tw.richCompare.call(w, v, op.swapped());
            if (r != PyNotImplemented.INSTANCE) {
                return r;
            }
        }
        return switch (op) {
            case EQ -> PyBool.of(v == w);
            case NE -> PyBool.of(v != w);
            default -> throw Errors.typeError("'" + op.symbol + "' not supported between instances of '"
                    + tv.name() + "' and '" + tw.name() + "'");
        };
    }

    /** Comparison for containers: identity implies equality, as in CPython's PyObject_RichCompareBool. */
    public static boolean richCompareBool(PyObject v, PyObject w, CompareOp op) {
        if (v == w) {
            if (op == CompareOp.EQ) {
                return true;
            }
            if (op == CompareOp.NE) {
                return false;
            }
        }
        if (op == CompareOp.EQ && v.getClass() == w.getClass()) { // exact builtins compare without dispatch
            if (v.getClass() == PyStr.class) {
                return ((PyStr) v).equals((PyStr) w);
            }
            if (v.getClass() == PyInt.class) {
                return PyInt.sameValue((PyInt) v, (PyInt) w);
            }
        }
        return isTrue(richCompare(v, w, op));
    }

    public static PyObject call(PyObject callable, PyObject[] args, String[] kwnames) {
        Slot.Call c = callable.type().call;
        if (c == null) {
            throw Errors.typeError("'" + callable.type().name() + "' object is not callable");
        }
        return c.call(callable, args, kwnames);
    }

    public static PyObject getItem(PyObject o, PyObject key) {
        Slot.Binary g = o.type().getitem;
        if (g == null) {
            throw Errors.typeError("'" + o.type().name() + "' object is not subscriptable");
        }
        return g.call(o, key);
    }

    /** {@code o[key] = value}, or {@code del o[key]} when value is null. */
    public static void setItem(PyObject o, PyObject key, PyObject value) {
        if (o.getClass() == PyDict.class) {
            PyDict.assignSubscript(o, key, value);
            return;
        }
        Slot.Store st = o.type().setitem;
        if (st == null) {
            throw cannotStore(o, key, value == null);
        }
        st.call(o, key, value);
    }

    /**
     * CPython words a deletion "doesn't" when it went the sequence way (a container deleting at
     * an index) and "does not" otherwise, as for every assignment.
     */
    private static PyException cannotStore(PyObject o, PyObject key, boolean delete) {
        PyType t = o.type();
        boolean sequence = delete && Seq.hasIndex(key)
                && (t.isHeapType() || t.contains != null || t.length != null || t.getitem != null);
        return Errors.typeError("'" + t.name() + "' object " + (sequence ? "doesn't" : "does not") + " support item "
                + (delete ? "deletion" : "assignment"));
    }

    public static long length(PyObject o) {
        Slot.Length l = o.type().length;
        if (l == null) {
            throw Errors.typeError("object of type '" + o.type().name() + "' has no len()");
        }
        return l.call(o);
    }

    /** {@code getattr(o, name, None)} without the None: null when the attribute is missing. */
    public static PyObject lookupAttr(PyObject o, PyStr name) {
        try {
            return getAttr(o, name);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.ATTRIBUTE_ERROR)) {
                return null;
            }
            throw e;
        }
    }

    /** The descriptor protocol's {@code __get__}: binds {@code descr} to {@code obj} (null: to the class). */
    public static PyObject bindDescriptor(PyObject descr, PyObject obj, PyType type) {
        Slot.DescrGet get = descr.type().descrGet;
        return get == null ? descr : get.call(descr, obj, type);
    }

    /**
     * Calls a method found on {@code self}'s type with {@code self} as the receiver. A plain
     * function or method descriptor is called with self prepended, without making a bound method.
     */
    public static PyObject callBound(PyObject descr, PyObject self, PyObject[] args, String[] kwnames) {
        if ((descr.type().flags & PyType.METHOD_DESCRIPTOR) != 0) {
            PyObject[] full = new PyObject[args.length + 1];
            full[0] = self;
            System.arraycopy(args, 0, full, 1, args.length);
            return call(descr, full, kwnames);
        }
        return call(bindDescriptor(descr, self, self.type()), args, kwnames);
    }

    public static PyObject callBound(PyObject descr, PyObject self, PyObject... args) {
        return callBound(descr, self, args, null);
    }
}
