package org.taipan.compiler;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Developer tool: {@code CodeGenTool FILE.py...} compiles each file's .ast (written by the
 * regen script) and compares with its .txt, printing the first differing lines; with
 * {@code -p} prints Taipan's listing instead; with {@code -parse} the AST comes from Taipan's parser;
 * {@code -errors FILE} compiles each line of FILE and prints the outcome.
 */
public final class CodeGenTool {
    private CodeGenTool() {}

    public static void main(String[] args) throws Exception {
        boolean print = false;
        boolean parse = false;
        boolean errors = false;
        int same = 0;
        int total = 0;
        for (String a : args) {
            if (a.equals("-p")) {
                print = true;
                continue;
            }
            if (a.equals("-parse")) {
                parse = true;
                continue;
            }
            if (a.equals("-errors")) {
                errors = true;
                continue;
            }
            if (errors) {
                // Each line of the file is a program ("\\n" for newlines): report what compiling it raises.
                for (String line : Files.readAllLines(Path.of(a))) {
                    String src = line.replace("\\n", "\n");
                    try {
                        Compiler.compile(org.taipan.parser.Parser.parse(src, "<s>", "exec"), "<s>", "exec", 0, 0);
                        System.out.println("OK     " + line);
                    } catch (org.taipan.parser.PySyntaxError e) {
                        System.out.println("ERROR  " + line + "  ->  " + e.getMessage());
                    } catch (Throwable t) {
                        System.out.println("CRASH  " + line + "  ->  " + t);
                    }
                }
                continue;
            }
            Path py = Path.of(a);
            total++;
            String got;
            try {
                got = CodeGenCasesTest.compileListing(py, parse);
            } catch (Throwable t) {
                System.out.println("CRASH " + a + ": " + t);
                StackTraceElement[] st = t.getStackTrace();
                for (int i = 0; i < Math.min(6, st.length); i++) {
                    System.out.println("    " + st[i]);
                }
                continue;
            }
            if (print) {
                System.out.print(got);
                continue;
            }
            String base = a.substring(0, a.length() - 3);
            String exp = Files.readString(Path.of(base + ".txt"));
            if (exp.equals(got)) {
                same++;
                continue;
            }
            String[] e = exp.split("\n");
            String[] g = got.split("\n");
            int i = 0;
            while (i < e.length && i < g.length && e[i].equals(g[i])) {
                i++;
            }
            String code = "";
            for (int k = i; k >= 0; k--) {
                if (k < e.length && e[k].startsWith("== code")) {
                    code = e[k];
                    break;
                }
            }
            System.out.println("DIFF " + a + " line " + (i + 1) + " in " + code);
            for (int k = Math.max(0, i - 3); k < Math.min(i + 4, Math.max(e.length, g.length)); k++) {
                String x = k < e.length ? e[k] : "<eof>";
                String y = k < g.length ? g[k] : "<eof>";
                System.out.println((x.equals(y) ? "   " : " - ") + x + (x.equals(y) ? "" : "\n + " + y));
            }
        }
        System.out.println(same + "/" + total + " identical");
    }
}
