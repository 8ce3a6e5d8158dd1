package org.taipan.parser.ast;

import java.util.List;

/** {@code ast.ExceptHandler}. */
public record ExceptHandler(Expr type, String name, List<Stmt> body, Loc loc) implements Located {}
