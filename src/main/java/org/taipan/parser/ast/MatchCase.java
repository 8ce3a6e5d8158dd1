package org.taipan.parser.ast;

import java.util.List;

/** {@code ast.match_case}. */
public record MatchCase(Pattern pattern, Expr guard, List<Stmt> body) implements Node {}
