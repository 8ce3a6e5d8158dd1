package org.taipan.modules.ast;

import java.lang.reflect.InvocationTargetException;
import java.util.List;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyInstance;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyList;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.parser.ast.Loc;
import org.taipan.vm.PyCode;

/** The parser's records as {@code ast} node objects (what {@code compile(..., PyCF_ONLY_AST)} returns). */
public final class ToPython {
    private final AstModule.State state = AstModule.state();

    private ToPython() {}

    public static PyObject convert(Object node) {
        return new ToPython().node(node);
    }

    private PyObject node(Object v) {
        if (v instanceof Enum<?> e) {
            return state.singletons.get(e);
        }
        NodeKinds.Node kind = NodeKinds.BY_CLASS.get(v.getClass());
        PyInstance out = new PyInstance(state.byJava.get(v.getClass()));
        PyDict d = out.instanceDict();
        NodeKinds.Field[] fields = kind.fields();
        for (int i = 0; i < fields.length; i++) {
            d.setItem(PyStr.intern(fields[i].name()), value(fields[i], get(kind.getters()[i], v)));
        }
        if (kind.loc() != null) {
            Loc loc = (Loc) get(kind.loc(), v);
            d.setItem(PyStr.intern("lineno"), PyInt.of(loc.lineno()));
            d.setItem(PyStr.intern("col_offset"), PyInt.of(loc.colOffset()));
            d.setItem(PyStr.intern("end_lineno"), PyInt.of(loc.endLineno()));
            d.setItem(PyStr.intern("end_col_offset"), PyInt.of(loc.endColOffset()));
        }
        return out;
    }

    private PyObject value(NodeKinds.Field f, Object v) {
        if (f.quant() == NodeKinds.Quant.LIST) {
            List<?> list = (List<?>) v;
            PyObject[] items = new PyObject[list.size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = one(f, list.get(i));
            }
            return PyList.wrap(items);
        }
        return one(f, v);
    }

    private PyObject one(NodeKinds.Field f, Object v) {
        if (v == null) {
            return PyNone.INSTANCE;
        }
        return switch (f.asdl()) {
            case "constant" -> PyCode.constant(v);
            case "identifier", "string" -> PyStr.of((String) v);
            case "int" -> PyInt.of(((Number) v).longValue());
            default -> node(v);
        };
    }

    static Object get(java.lang.reflect.Method m, Object target) {
        try {
            return m.invoke(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
