package org.taipan.modules;

import org.taipan.objects.PyModule;

/**
 * The {@code __text_signature__} of the builtin functions, as CPython 3.11 reports them
 * (inspect.signature reads them). Functions without one there (max, min, iter …) have none here.
 */
final class BuiltinsSignatures {
    private BuiltinsSignatures() {}

    static void apply(PyModule m) {
        m.textSignatures(
                "__import__", "($module, /, name, globals=None, locals=None, fromlist=(),\n           level=0)",
                "abs", "($module, x, /)",
                "aiter", "($module, async_iterable, /)",
                "all", "($module, iterable, /)",
                "anext", "($module, aiterator, default=<unrepresentable>, /)",
                "any", "($module, iterable, /)",
                "ascii", "($module, obj, /)",
                "bin", "($module, number, /)",
                "callable", "($module, obj, /)",
                "chr", "($module, i, /)",
                "compile", "($module, /, source, filename, mode, flags=0,\n        dont_inherit=False, optimize=-1, *, _feature_version=-1)",
                "delattr", "($module, obj, name, /)",
                "divmod", "($module, x, y, /)",
                "eval", "($module, source, globals=None, locals=None, /)",
                "exec", "($module, source, globals=None, locals=None, /, *, closure=None)",
                "format", "($module, value, format_spec='', /)",
                "globals", "($module, /)",
                "hasattr", "($module, obj, name, /)",
                "hash", "($module, obj, /)",
                "hex", "($module, number, /)",
                "id", "($module, obj, /)",
                "input", "($module, prompt='', /)",
                "isinstance", "($module, obj, class_or_tuple, /)",
                "issubclass", "($module, cls, class_or_tuple, /)",
                "len", "($module, obj, /)",
                "locals", "($module, /)",
                "oct", "($module, number, /)",
                "open", "($module, /, file, mode='r', buffering=-1, encoding=None,\n     errors=None, newline=None, closefd=True, opener=None)",
                "ord", "($module, c, /)",
                "pow", "($module, /, base, exp, mod=None)",
                "print", "($module, /, *args, sep=' ', end='\\n', file=None, flush=False)",
                "repr", "($module, obj, /)",
                "round", "($module, /, number, ndigits=None)",
                "setattr", "($module, obj, name, value, /)",
                "sorted", "($module, iterable, /, *, key=None, reverse=False)",
                "sum", "($module, iterable, /, start=0)");
    }
}
