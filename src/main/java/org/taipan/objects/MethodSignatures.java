package org.taipan.objects;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@code __text_signature__} of the builtin types' methods (dict.get, str.join …) and of
 * the functions, types and methods of the modules written in Java (math.sqrt, itertools.count
 * …), read on first use from text-signatures.txt, which tools/gen/text_signatures.py writes
 * from CPython.
 */
final class MethodSignatures {
    private MethodSignatures() {}

    private static volatile Map<String, String> table;

    /** The signature of method {@code name} of the builtin (non-heap) type {@code owner}, or null. */
    static String ofMethod(PyType owner, String name) {
        String module = owner.moduleName();
        return get(module.equals("builtins") ? owner.name() + "." + name
                : module + "." + shortName(owner) + "." + name);
    }

    /** The signature of function {@code name} of the module {@code module}, or null. */
    static String ofFunction(String module, String name) {
        return get(module + "." + name);
    }

    /** The signature of the builtin type {@code t} of a module other than builtins, or null. */
    static String ofType(PyType t) {
        return get("type:" + t.moduleName() + "." + shortName(t));
    }

    /** "count" for itertools.count, whose name may be kept with its module. */
    private static String shortName(PyType t) {
        String n = t.name();
        return n.substring(n.lastIndexOf('.') + 1);
    }

    private static String get(String key) {
        Map<String, String> t = table;
        if (t == null) {
            t = table = load();
        }
        return t.get(key);
    }

    private static Map<String, String> load() {
        Map<String, String> m = new HashMap<>();
        try (InputStream in = MethodSignatures.class.getResourceAsStream("text-signatures.txt")) {
            if (in == null) {
                return m;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                int tab = line.indexOf('\t');
                if (line.startsWith("#") || tab < 0) {
                    continue;
                }
                m.put(line.substring(0, tab), unescape(line.substring(tab + 1)));
            }
        } catch (IOException e) {
            // no table: methods simply have no text signature
        }
        return m;
    }

    private static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(n == 'n' ? '\n' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
