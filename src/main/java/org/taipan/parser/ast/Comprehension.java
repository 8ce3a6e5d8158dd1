package org.taipan.parser.ast;

import java.util.List;

/** {@code ast.comprehension}; {@code isAsync} is 0 or 1 as in CPython. */
public record Comprehension(Expr target, Expr iter, List<Expr> ifs, int isAsync) implements Node {}
