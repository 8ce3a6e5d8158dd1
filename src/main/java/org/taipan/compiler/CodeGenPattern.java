package org.taipan.compiler;

import org.taipan.parser.ast.Stmt;

/** match statements. */
abstract class CodeGenPattern extends CodeGenExpr {
    CodeGenPattern(Symtable st, String filename, int flags, int optimize) {
        super(st, filename, flags, optimize);
    }

    void match(Stmt.Match m) {
        throw new UnsupportedOperationException("match statement");
    }
}
