package org.taipan.modules;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.CompareOp;
import org.taipan.objects.Errors;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyMethod;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;
import org.taipan.objects.Seq;

/**
 * {@code functools._lru_cache_wrapper}: the function that {@code lru_cache} returns, in Java so
 * that a cache hit costs one call and one hash look-up. Keys are built as CPython builds them
 * (a lone int or str argument is its own key; else the arguments, a marker, the keyword items,
 * and with {@code typed} the argument types); a bounded cache keeps its entries in access order
 * and drops the least recently used.
 */
final class LruCache extends PyObject {
    private static final ArgParser NEW = ArgParser.unpack("_lru_cache_wrapper", 4, 4);
    private static final PyObject KWD_MARK = new PyObject() {
        @Override
        public PyType type() {
            return PyType.OBJECT;
        }
    };

    static final PyType TYPE = PyType.builtin("functools._lru_cache_wrapper", LruCache.class, PyType.OBJECT, 0, t -> {
        t.tpNew = (type, args, kw) -> {
            PyObject[] a = NEW.bind(args, 0, kw);
            if (a[0].type().call == null) {
                throw Errors.typeError("the first argument must be callable");
            }
            long maxsize;
            if (a[1] == PyNone.INSTANCE) {
                maxsize = -1;
            } else if (a[1] instanceof PyInt) {
                maxsize = Math.max(0, Seq.asSize(a[1], null));
            } else {
                throw Errors.typeError("maxsize should be integer or None");
            }
            return new LruCache(a[0], maxsize, Abstract.isTrue(a[2]), a[3]);
        };
        t.call = (self, args, kw) -> ((LruCache) self).call(args, kw);
        t.descrGet = (self, obj, type) -> obj == null ? self : new PyMethod(self, obj);
    }, t -> {
        t.method("cache_info", self -> ((LruCache) self).info());
        t.method("cache_clear", self -> {
            LruCache c = (LruCache) self;
            c.cache.clear();
            c.hits = c.misses = 0;
            return PyNone.INSTANCE;
        });
        t.method("__reduce__", self -> Abstract.getAttr(self, PyStr.of("__qualname__")));
        t.method("__copy__", self -> self);
        t.method("__deepcopy__", (self, memo) -> self);
        org.taipan.objects.PyGetSetDescr.getter(t, "__dict__", self -> ((LruCache) self).dict);
    });

    private final PyObject func, cacheInfoType;
    private final long maxsize; // -1: unbounded
    private final boolean typed;
    private final Map<Key, PyObject> cache;
    private long hits, misses;
    private final PyDict dict = new PyDict();

    private LruCache(PyObject func, long maxsize, boolean typed, PyObject cacheInfoType) {
        this.func = func;
        this.maxsize = maxsize;
        this.typed = typed;
        this.cacheInfoType = cacheInfoType;
        if (maxsize < 0) {
            cache = new HashMap<>();
        } else {
            cache = new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Key, PyObject> eldest) {
                    return size() > maxsize;
                }
            };
        }
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyDict instanceDict() {
        return dict;
    }

    /** A Python object as a Java map key: Python's hash and ==. */
    private static final class Key {
        final PyObject o;
        final int hash;

        Key(PyObject o) {
            this.o = o;
            long h = Abstract.hash(o);
            this.hash = (int) (h ^ (h >>> 32));
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && (k.o == o || Abstract.richCompareBool(o, k.o, CompareOp.EQ));
        }
    }

    private PyObject call(PyObject[] args, String[] kw) {
        if (maxsize == 0) {
            misses++;
            return Abstract.call(func, args, kw);
        }
        Key key = new Key(makeKey(args, kw));
        PyObject r = cache.get(key);
        if (r != null) {
            hits++;
            return r;
        }
        misses++;
        r = Abstract.call(func, args, kw);
        // A recursive call may have cached this key meanwhile: keep that entry.
        if (!cache.containsKey(key)) {
            cache.put(key, r);
        }
        return r;
    }

    private PyObject makeKey(PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length, npos = args.length - nkw;
        if (nkw == 0 && !typed && npos == 1) {
            Class<?> c = args[0].getClass();
            if (c == PyInt.class || c == PyStr.class) {
                return args[0];
            }
        }
        int n = npos + (nkw > 0 ? 1 + 2 * nkw : 0) + (typed ? npos + nkw : 0);
        PyObject[] k = new PyObject[n];
        System.arraycopy(args, 0, k, 0, npos);
        int i = npos;
        if (nkw > 0) {
            k[i++] = KWD_MARK;
            for (int j = 0; j < nkw; j++) {
                k[i++] = PyStr.of(kw[j]);
                k[i++] = args[npos + j];
            }
        }
        if (typed) {
            for (int j = 0; j < npos; j++) {
                k[i++] = args[j].type();
            }
            for (int j = 0; j < nkw; j++) {
                k[i++] = args[npos + j].type();
            }
        }
        return PyTuple.wrap(k);
    }

    private PyObject info() {
        return Abstract.call(cacheInfoType, new PyObject[] {PyInt.of(hits), PyInt.of(misses),
            maxsize < 0 ? PyNone.INSTANCE : PyInt.of(maxsize), PyInt.of(cache.size())}, null);
    }
}
