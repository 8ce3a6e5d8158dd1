package org.taipan.modules;

import org.taipan.objects.Abstract;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyFloat;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyType;

/** The descriptive parts of {@code sys}: versions, the implementation, numeric limits, flags. */
final class SysInfo {
    private SysInfo() {}

    static final int HEXVERSION = 0x030B07F0;
    static final String[] FLAG_NAMES = {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
        "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization",
        "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"};
    static final PyType FLAGS_TYPE = StructSeq.newType("sys.flags", FLAG_NAMES);

    static void define(PyModule m) {
        m.set("version", PyStr.of("3.11.7 (Taipan, Java " + Runtime.version().feature() + ")"));
        String[] vi = {"major", "minor", "micro", "releaselevel", "serial"};
        PyObject versionInfo = StructSeq.of(StructSeq.newType("sys.version_info", vi), vi, PyInt.of(3), PyInt.of(11),
                PyInt.of(7), PyStr.of("final"), PyInt.of(0));
        m.set("version_info", versionInfo);
        m.set("hexversion", PyInt.of(HEXVERSION));
        m.set("api_version", PyInt.of(1013));
        m.set("copyright", PyStr.of("Taipan: a Python 3.11 virtual machine for the JVM."));
        m.set("implementation", namespace("name", PyStr.of("taipan"), "cache_tag", PyStr.of(org.taipan.imports.PycCache.CACHE_TAG),
                "version", versionInfo, "hexversion", PyInt.of(HEXVERSION)));
        m.set("platform", PyStr.of("linux"));
        m.set("byteorder", PyStr.of("little"));
        m.set("maxsize", PyInt.of(Long.MAX_VALUE));
        m.set("maxunicode", PyInt.of(0x10FFFF));
        m.set("float_repr_style", PyStr.of("short"));
        m.set("abiflags", PyStr.of(""));
        m.set("platlibdir", PyStr.of("lib"));
        m.set("pycache_prefix", PyNone.INSTANCE);
        String[] fi = {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon",
            "radix", "rounds"};
        m.set("float_info", StructSeq.of(StructSeq.newType("sys.float_info", fi), fi, PyFloat.of(Double.MAX_VALUE),
                PyInt.of(1024), PyInt.of(308), PyFloat.of(Double.MIN_NORMAL), PyInt.of(-1021), PyInt.of(-307),
                PyInt.of(15), PyInt.of(53), PyFloat.of(Math.ulp(1.0)), PyInt.of(2), PyInt.of(1)));
        String[] ii = {"bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"};
        m.set("int_info", StructSeq.of(StructSeq.newType("sys.int_info", ii), ii, PyInt.of(30), PyInt.of(4),
                PyInt.of(4300), PyInt.of(640)));
        String[] hi = {"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"};
        m.set("hash_info", StructSeq.of(StructSeq.newType("sys.hash_info", hi), hi, PyInt.of(64),
                PyInt.of((1L << 61) - 1), PyInt.of(314159), PyInt.of(0), PyInt.of(1000003), PyStr.of("siphash13"),
                PyInt.of(64), PyInt.of(128), PyInt.of(0)));
        String[] ti = {"name", "lock", "version"};
        m.set("thread_info", StructSeq.of(StructSeq.newType("sys.thread_info", ti), ti, PyStr.of("pthread"),
                PyStr.of("semaphore"), PyNone.INSTANCE));
    }

    /** sys.flags from the command line's configuration, with the given -O level. */
    static PyObject flags(org.taipan.vm.Config c, int optimize) {
        return StructSeq.of(FLAGS_TYPE, FLAG_NAMES, PyInt.of(c.debug), PyInt.of(c.inspect), PyInt.of(c.interactive),
                PyInt.of(optimize), flag(c.dontWriteBytecode), flag(c.noUserSite), flag(c.noSite),
                flag(c.ignoreEnvironment), PyInt.of(c.verbose), PyInt.of(c.bytesWarning), flag(c.quiet),
                flag(c.hashRandomization), flag(c.isolated), PyBool.of(c.devMode), flag(c.utf8Mode),
                flag(c.warnDefaultEncoding), PyBool.of(c.safePath), PyInt.of(c.intMaxStrDigits));
    }

    private static PyInt flag(boolean b) {
        return PyInt.of(b ? 1 : 0);
    }

    static PyObject namespace(Object... kv) {
        return org.taipan.objects.PySimpleNamespace.of(kv);
    }
}
