package org.taipan.modules.ast;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.taipan.objects.Abstract;
import org.taipan.objects.Errors;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyGetSetDescr;
import org.taipan.objects.PyInstance;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;
import org.taipan.objects.TypeNew;
import org.taipan.vm.Interpreter;

/**
 * {@code _ast}: the node classes of {@code ast}. {@code AST} is a builtin type whose instances
 * are plain attribute holders; every other class is a heap class made as {@code type(...)}
 * would make it, from {@link NodeKinds} (so from the parser's records). The classes are made
 * once per interpreter, as CPython keeps them in interpreter state.
 */
public final class AstModule {
    private AstModule() {}

    public static final int PY_CF_ONLY_AST = 0x400;
    public static final int PY_CF_TYPE_COMMENTS = 0x1000;
    public static final int PY_CF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;

    private static final PyStr FIELDS = PyStr.intern("_fields");

    /** {@code ast.AST}: the constructor sets the fields named by the class's {@code _fields}. */
    public static final PyType AST = PyType.builtin("ast.AST", PyInstance.class, PyType.OBJECT, PyType.BASETYPE, t -> {
        t.tpNew = (type, args, kwnames) -> new PyInstance(type);
        t.init = AstModule::init;
    }, t -> {
        PyGetSetDescr.getter(t, "__dict__", self -> self.instanceDict());
        t.method("__reduce__", self -> PyTuple.of(self.type(), PyTuple.EMPTY, self.instanceDict()));
        t.dict().setItem(PyStr.of("_fields"), PyTuple.EMPTY);
        t.dict().setItem(PyStr.of("_attributes"), PyTuple.EMPTY);
        t.dict().setItem(PyStr.of("__match_args__"), PyTuple.EMPTY);
        t.dict().setItem(PyStr.of("__module__"), PyStr.of("ast"));
    });

    /** The classes of one interpreter. */
    static final class State {
        final Map<String, PyType> byName = new java.util.LinkedHashMap<>();
        final Map<Class<?>, PyType> byJava = new HashMap<>();
        /** The shared instance of each operator and context, as the parser's trees share them. */
        final Map<Enum<?>, PyObject> singletons = new HashMap<>();
        final Map<Enum<?>, PyType> enumTypes = new HashMap<>();
        final Map<NodeKinds.Sum, PyType> sumTypes = new HashMap<>();
    }

    private static final Map<Interpreter, State> STATES = Collections.synchronizedMap(new WeakHashMap<>());

    static State state() {
        return STATES.computeIfAbsent(Interpreter.current(), i -> build());
    }

    public static PyModule create() {
        PyModule m = new PyModule("_ast", new PyDict());
        m.builtin = true;
        PyDict d = m.instanceDict();
        State s = state();
        d.setItem(PyStr.of("AST"), AST);
        for (Map.Entry<String, PyType> e : s.byName.entrySet()) {
            d.setItem(PyStr.of(e.getKey()), e.getValue());
        }
        d.setItem(PyStr.of("PyCF_ONLY_AST"), PyInt.of(PY_CF_ONLY_AST));
        d.setItem(PyStr.of("PyCF_TYPE_COMMENTS"), PyInt.of(PY_CF_TYPE_COMMENTS));
        d.setItem(PyStr.of("PyCF_ALLOW_TOP_LEVEL_AWAIT"), PyInt.of(PY_CF_ALLOW_TOP_LEVEL_AWAIT));
        return m;
    }

    private static State build() {
        State s = new State();
        for (NodeKinds.Sum sum : NodeKinds.SUMS) {
            PyTuple attrs = sum.located() ? names("lineno", "col_offset", "end_lineno", "end_col_offset") : PyTuple.EMPTY;
            if (NodeKinds.isProduct(sum)) {
                NodeKinds.Node n = sum.members().get(0);
                PyDict ns = classDict(n, NodeKinds.doc(n));
                ns.setItem(PyStr.of("_attributes"), attrs);
                endDefaults(sum, ns);
                PyType t = make(n.name(), AST, ns);
                s.byName.put(n.name(), t);
                s.byJava.put(n.java(), t);
                s.sumTypes.put(sum, t);
                continue;
            }
            PyDict ns = new PyDict();
            ns.setItem(FIELDS, PyTuple.EMPTY);
            ns.setItem(PyStr.of("__match_args__"), PyTuple.EMPTY);
            ns.setItem(PyStr.of("__module__"), PyStr.of("ast"));
            ns.setItem(PyStr.of("__doc__"), PyStr.of(NodeKinds.doc(sum)));
            ns.setItem(PyStr.of("_attributes"), attrs);
            endDefaults(sum, ns);
            PyType base = make(sum.name(), AST, ns);
            s.byName.put(sum.name(), base);
            s.sumTypes.put(sum, base);
            List<Object> constants = sum.java().isEnum() ? List.of(sum.java().getEnumConstants()) : null;
            for (int i = 0; i < sum.members().size(); i++) {
                NodeKinds.Node n = sum.members().get(i);
                PyType t = make(n.name(), base, classDict(n, NodeKinds.doc(n)));
                s.byName.put(n.name(), t);
                if (constants != null) {
                    Enum<?> c = (Enum<?>) constants.get(i);
                    s.enumTypes.put(c, t);
                    s.singletons.put(c, new PyInstance(t));
                } else {
                    s.byJava.put(n.java(), t);
                }
            }
        }
        return s;
    }

    private static void endDefaults(NodeKinds.Sum sum, PyDict ns) {
        if (sum.located() && sum.endOptional()) {
            ns.setItem(PyStr.of("end_lineno"), PyNone.INSTANCE);
            ns.setItem(PyStr.of("end_col_offset"), PyNone.INSTANCE);
        }
    }

    private static PyDict classDict(NodeKinds.Node n, String doc) {
        PyDict ns = new PyDict();
        List<PyObject> names = new ArrayList<>();
        for (NodeKinds.Field f : n.fields()) {
            names.add(PyStr.intern(f.name()));
        }
        PyTuple fields = PyTuple.wrap(names.toArray(new PyObject[0]));
        ns.setItem(FIELDS, fields);
        ns.setItem(PyStr.of("__match_args__"), fields);
        ns.setItem(PyStr.of("__module__"), PyStr.of("ast"));
        ns.setItem(PyStr.of("__doc__"), PyStr.of(doc));
        for (NodeKinds.Field f : n.fields()) {
            if (f.quant() == NodeKinds.Quant.OPT) {
                ns.setItem(PyStr.intern(f.name()), PyNone.INSTANCE);
            }
        }
        return ns;
    }

    private static PyType make(String name, PyType base, PyDict ns) {
        return TypeNew.create(PyType.TYPE, name, new PyType[] {base}, ns, null, null);
    }

    private static PyTuple names(String... names) {
        PyObject[] out = new PyObject[names.length];
        for (int i = 0; i < names.length; i++) {
            out[i] = PyStr.intern(names[i]);
        }
        return PyTuple.wrap(out);
    }

    /** {@code AST.__init__}: positional arguments fill {@code _fields} in order, keywords set attributes. */
    private static void init(PyObject self, PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        PyObject fieldsObj = Abstract.lookupAttr(self.type(), FIELDS);
        PyObject[] fields = fieldsObj == null ? new PyObject[0] : org.taipan.objects.Iter.toArray(fieldsObj);
        String tname = self.type().name();
        tname = tname.substring(tname.lastIndexOf('.') + 1);
        if (npos > fields.length) {
            throw Errors.typeError(tname + " constructor takes at most " + fields.length + " positional argument"
                    + (fields.length == 1 ? "" : "s"));
        }
        for (int i = 0; i < npos; i++) {
            Abstract.setAttr(self, Abstract.str(fields[i]), args[i]);
        }
        for (int k = 0; k < nkw; k++) {
            PyStr key = PyStr.of(kwnames[k]);
            for (int i = 0; i < npos; i++) {
                if (Abstract.richCompareBool(fields[i], key, org.taipan.objects.CompareOp.EQ)) {
                    throw Errors.typeError(tname + " got multiple values for argument '" + kwnames[k] + "'");
                }
            }
            Abstract.setAttr(self, key, args[npos + k]);
        }
    }
}
