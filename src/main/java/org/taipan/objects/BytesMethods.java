package org.taipan.objects;

import java.util.function.Function;

/** The named methods bytes and bytearray share, defined on either type over its current contents. */
final class BytesMethods {
    private BytesMethods() {}

    static void define(PyType t, Function<PyObject, byte[]> data, BytesOps.Maker make) {
        t.method("decode", (self, args, start, kw) -> BytesOps.decode(data.apply(self), self, args, start, kw));
        t.method("hex", (self, args, start, kw) -> BytesOps.hex(data.apply(self), args, start, kw));
        Seq.classMethod(t, "fromhex", (self, args, start, kw) -> {
            Seq.noKeywords(t.name() + ".fromhex", kw);
            if (args.length - start != 1) {
                throw Errors.typeError(t.name() + ".fromhex() takes exactly one argument (" + (args.length - start)
                        + " given)");
            }
            PyObject r = make.make(BytesOps.fromHex(args[start]));
            return self == t ? r : Abstract.call(self, new PyObject[] {r}, null);
        });
        t.method("join", (self, x) -> make.make(BytesOps.join(data.apply(self), x)));
        t.method("split", (self, args, start, kw) -> BytesOps.split(data.apply(self), args, start, kw, false, make));
        t.method("rsplit", (self, args, start, kw) -> BytesOps.split(data.apply(self), args, start, kw, true, make));
        strip(t, "strip", data, make, true, true);
        strip(t, "lstrip", data, make, true, false);
        strip(t, "rstrip", data, make, false, true);
        for (String name : new String[] {"startswith", "endswith"}) {
            t.method(name, (self, args, start, kw) -> BytesOps.startsOrEnds(name, data.apply(self), args, start, kw));
        }
        for (String name : new String[] {"find", "rfind", "index", "rindex", "count"}) {
            t.method(name, (self, args, start, kw) -> BytesOps.search(name, data.apply(self), args, start, kw));
        }
        t.method("replace", (self, args, start, kw) -> make.make(BytesOps.replace(data.apply(self), args, start, kw)));
        t.method("upper", self -> make.make(BytesOps.mapCase(data.apply(self), true)));
        t.method("lower", self -> make.make(BytesOps.mapCase(data.apply(self), false)));
        String kinds = "dansl" + "u";
        String[] names = {"isdigit", "isalpha", "isalnum", "isspace", "islower", "isupper"};
        for (int i = 0; i < names.length; i++) {
            char k = kinds.charAt(i);
            t.method(names[i], self -> PyBool.of(BytesOps.test(data.apply(self), k)));
        }
        BytesText.define(t, data, make);
    }

    private static void strip(PyType t, String name, Function<PyObject, byte[]> data, BytesOps.Maker make,
                              boolean left, boolean right) {
        ArgParser p = ArgParser.unpack(name, 0, 1);
        t.method(name, (self, args, start, kw) -> {
            Seq.noKeywords(t.name() + "." + name, kw);
            PyObject[] a = p.bind(args, start, kw);
            return make.make(BytesOps.strip(data.apply(self), a[0], left, right));
        });
    }
}
