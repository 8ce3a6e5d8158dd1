package org.taipan.compiler;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.taipan.parser.ast.CodePointString;
import org.taipan.parser.ast.ComplexValue;
import org.taipan.parser.ast.ConstantValue;

/**
 * The constants of one code block, in first-use order. Equal constants share a slot when
 * Python would treat them as the same constant: same type and value (so {@code 1}, {@code 1.0}
 * and {@code True} stay apart, as do {@code 0.0} and {@code -0.0}); tuples by their items.
 */
final class CodeGenConsts {
    private final List<Object> values = new ArrayList<>();
    private final Map<Object, Integer> index = new HashMap<>();

    int add(Object v) {
        Object k = key(v);
        Integer i = index.get(k);
        if (i != null) {
            return i;
        }
        values.add(v);
        index.put(k, values.size() - 1);
        return values.size() - 1;
    }

    Object get(int i) {
        return values.get(i);
    }

    int size() {
        return values.size();
    }

    List<Object> list() {
        return values;
    }

    /** Drops the constants from {@code n} on. */
    void truncate(int n) {
        while (values.size() > n) {
            Object v = values.remove(values.size() - 1);
            index.remove(key(v));
        }
    }

    /** hashCode and equals are written out: a record's generated ones are linked at first use,
     *  which costs milliseconds on every start (the compiler runs at start-up). */
    private record Key(String type, Object value) {
        @Override
        public boolean equals(Object x) {
            return x instanceof Key k && k.type.equals(type) && k.value.equals(value);
        }

        @Override
        public int hashCode() {
            return type.hashCode() * 31 + value.hashCode();
        }
    }

    private record Identity(Object o) {
        @Override
        public boolean equals(Object x) {
            return x instanceof Identity i && i.o == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(o);
        }
    }

    static Object key(Object v) {
        return switch (v) {
            case Boolean b -> new Key("bool", b);
            case Long l -> new Key("int", BigInteger.valueOf(l));
            case BigInteger b -> new Key("int", b);
            // Every NaN object is its own constant (NaN != NaN), as in CPython.
            case Double d when Double.isNaN(d) -> new Identity(v);
            case Double d -> new Key("float", Double.doubleToRawLongBits(d));
            case ComplexValue c -> new Key("complex",
                    List.of(Double.doubleToRawLongBits(c.real()), Double.doubleToRawLongBits(c.imag())));
            case String s -> new Key("str", s);
            case CodePointString s -> new Key("str", java.util.Arrays.stream(s.codePoints()).boxed().toList());
            case byte[] b -> new Key("bytes", ByteBuffer.wrap(b));
            case ConstantValue c -> new Key("singleton", c);
            case CodeUnit.ConstTuple t -> {
                List<Object> ks = new ArrayList<>();
                for (Object o : t.items()) {
                    ks.add(key(o));
                }
                yield new Key("tuple", ks);
            }
            case CodeUnit.ConstFrozenset t -> {
                HashSet<Object> ks = new HashSet<>();
                for (Object o : t.items()) {
                    ks.add(key(o));
                }
                yield new Key("frozenset", ks);
            }
            // Code objects are equal when made from the same code at the same place.
            case CodeUnit c -> {
                List<Object> consts = new ArrayList<>();
                for (Object o : c.consts()) {
                    consts.add(key(o));
                }
                yield new Key("code", List.of(c.name(), c.argcount(), c.posonlyargcount(), c.kwonlyargcount(),
                        c.flags(), c.firstlineno(), ByteBuffer.wrap(c.code()), consts, c.names(),
                        c.localsplusNames(), ByteBuffer.wrap(c.linetable()), ByteBuffer.wrap(c.exceptiontable())));
            }
            default -> new Identity(v);
        };
    }

    /** Python's truth value of a constant. */
    static boolean truthy(Object v) {
        return switch (v) {
            case Boolean b -> b;
            case Long l -> l != 0;
            case BigInteger b -> b.signum() != 0;
            case Double d -> d != 0.0;
            case ComplexValue c -> c.real() != 0.0 || c.imag() != 0.0;
            case String s -> !s.isEmpty();
            case CodePointString s -> s.codePoints().length > 0;
            case byte[] b -> b.length > 0;
            case CodeUnit.ConstTuple t -> !t.items().isEmpty();
            case CodeUnit.ConstFrozenset t -> !t.items().isEmpty();
            case ConstantValue c -> c == ConstantValue.ELLIPSIS;
            default -> true;
        };
    }
}
