package org.taipan.modules.struct;

import org.taipan.objects.ArgParser;
import org.taipan.objects.Errors;
import org.taipan.objects.PyBytes;
import org.taipan.objects.PyGetSetDescr;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;
import org.taipan.objects.Seq;

/** {@code _struct.Struct}: a compiled format and the operations on it. */
public final class PyStruct extends PyObject {
    private static final ArgParser NEW = ArgParser.clinic("Struct", "format");
    private static final ArgParser UNPACK_FROM = ArgParser.clinic("unpack_from", "buffer, offset=0");

    public static final PyType TYPE = PyType.builtin("_struct.Struct", PyStruct.class, PyType.OBJECT, 0, t -> {
        t.tpNew = (type, args, kw) -> of(NEW.bind(args, 0, kw)[0]);
    }, t -> {
        t.method("pack", (self, args, start, kw) -> ((PyStruct) self).pack("Struct.", args, start, kw));
        t.method("pack_into", (self, args, start, kw) -> ((PyStruct) self).packInto("Struct.", args, start, kw));
        t.method("unpack", (self, buf) -> ((PyStruct) self).unpack(buf));
        t.method("unpack_from", (self, args, start, kw) -> {
            PyObject[] a = UNPACK_FROM.bind(args, start, kw);
            return ((PyStruct) self).unpackFrom(a[0], a[1]);
        });
        t.method("iter_unpack", (self, buf) -> ((PyStruct) self).iterUnpack(buf));
        PyGetSetDescr.getter(t, "format", self -> PyStr.of(((PyStruct) self).fmt.text));
        PyGetSetDescr.getter(t, "size", self -> PyInt.of(((PyStruct) self).fmt.size));
    });

    final StructFormat fmt;

    private PyStruct(StructFormat fmt) {
        this.fmt = fmt;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    static PyStruct of(PyObject format) {
        String text;
        if (format instanceof PyStr s) {
            text = s.toString();
        } else if (format instanceof PyBytes b) {
            text = new String(b.toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1);
        } else {
            throw Errors.typeError("Struct() argument 1 must be a str or bytes object, not " + format.type().name());
        }
        return new PyStruct(StructFormat.parse(text));
    }

    private static void checkNoKeywords(String name, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw Errors.typeError(name + "() takes no keyword arguments");
        }
    }

    /** {@code owner} is "Struct." or "_struct.", which CPython's keyword error names. */
    PyObject pack(String owner, PyObject[] args, int start, String[] kw) {
        checkNoKeywords(owner + "pack", kw);
        String name = "pack";
        int got = args.length - start;
        if (got != fmt.values) {
            throw StructModule.error(name + " expected " + fmt.values + " items for packing (got " + got + ")");
        }
        byte[] out = new byte[fmt.size];
        StructCodec.pack(fmt, args, start, out, 0);
        return new PyBytes(out);
    }

    PyObject packInto(String owner, PyObject[] args, int start, String[] kw) {
        checkNoKeywords(owner + "pack_into", kw);
        int got = args.length - start;
        if (got < 1) {
            throw StructModule.error("pack_into expected buffer argument");
        }
        if (got < 2) {
            throw StructModule.error("pack_into expected offset argument");
        }
        if (got - 2 != fmt.values) {
            throw StructModule.error("pack_into expected " + fmt.values + " items for packing (got " + (got - 2) + ")");
        }
        PyObject buffer = args[start];
        byte[] current = writableBytes(buffer);
        long offset = Seq.asSize(args[start + 1], org.taipan.objects.ExceptionTypes.INDEX_ERROR);
        int length = current.length;
        if (offset < 0) {
            if (offset + length < 0) {
                throw StructModule.error("offset " + offset + " out of range for " + length + "-byte buffer");
            }
            offset += length;
        }
        if (length - offset < fmt.size) {
            throw StructModule.error("pack_into requires a buffer of at least " + (fmt.size + offset) + " bytes for packing "
                    + fmt.size + " bytes at offset " + offset + " (actual buffer size is " + length + ")");
        }
        byte[] out = new byte[fmt.size];
        StructCodec.pack(fmt, args, start + 2, out, 0);
        StructModule.write(buffer, (int) offset, out);
        return PyNone.INSTANCE;
    }

    private static byte[] writableBytes(PyObject buffer) {
        if (!StructModule.isWritable(buffer)) {
            throw Errors.typeError("argument must be read-write bytes-like object, not " + buffer.type().name());
        }
        return StructModule.readBytes(buffer);
    }

    PyObject unpack(PyObject buffer) {
        byte[] b = bytesOf(buffer);
        if (b.length != fmt.size) {
            throw StructModule.error("unpack requires a buffer of " + fmt.size + " bytes");
        }
        return PyTuple.wrap(StructCodec.unpack(fmt, b, 0));
    }

    PyObject unpackFrom(PyObject buffer, PyObject offsetArg) {
        byte[] b = bytesOf(buffer);
        long offset = offsetArg == null ? 0 : Seq.asSsize(offsetArg);
        if (offset < 0) {
            if (offset + b.length < 0) {
                throw StructModule.error("offset " + offset + " out of range for " + b.length + "-byte buffer");
            }
            offset += b.length;
        }
        if (b.length - offset < fmt.size) {
            throw StructModule.error("unpack_from requires a buffer of at least " + (fmt.size + offset)
                    + " bytes for unpacking " + fmt.size + " bytes at offset " + offset + " (actual buffer size is " + b.length + ")");
        }
        return PyTuple.wrap(StructCodec.unpack(fmt, b, (int) offset));
    }

    PyObject iterUnpack(PyObject buffer) {
        if (fmt.size == 0) {
            throw StructModule.error("cannot iteratively unpack with a struct of length 0");
        }
        byte[] b = bytesOf(buffer);
        if (b.length % fmt.size != 0) {
            throw StructModule.error("iterative unpacking requires a buffer of a multiple of " + fmt.size + " bytes");
        }
        return new UnpackIterator(this, b);
    }

    static byte[] bytesOf(PyObject buffer) {
        byte[] b = StructModule.readBytes(buffer);
        if (b == null) {
            throw Errors.typeError("a bytes-like object is required, not '" + buffer.type().name() + "'");
        }
        return b;
    }

    /** {@code unpack_iterator}: one tuple per {@code size} bytes of a copy of the buffer. */
    static final class UnpackIterator extends PyObject {
        static final PyType TYPE = PyType.builtin("unpack_iterator", UnpackIterator.class, PyType.OBJECT, 0, t -> {
            t.iter = self -> self;
            t.next = self -> ((UnpackIterator) self).next();
        }, t -> t.method("__length_hint__", self -> {
            UnpackIterator it = (UnpackIterator) self;
            return PyInt.of((it.data.length - it.pos) / it.struct.fmt.size);
        }));

        private final PyStruct struct;
        private final byte[] data;
        private int pos;

        UnpackIterator(PyStruct struct, byte[] data) {
            this.struct = struct;
            this.data = data;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        private PyObject next() {
            if (pos >= data.length) {
                return null;
            }
            PyObject r = PyTuple.wrap(StructCodec.unpack(struct.fmt, data, pos));
            pos += struct.fmt.size;
            return r;
        }
    }
}
