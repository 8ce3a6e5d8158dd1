package org.taipan.parser.ast;

import java.util.List;

/** {@code ast.arguments}. {@code kwDefaults} holds {@code null} where a keyword-only parameter has no default. */
public record Arguments(List<Arg> posonlyargs, List<Arg> args, Arg vararg, List<Arg> kwonlyargs,
                        List<Expr> kwDefaults, Arg kwarg, List<Expr> defaults) implements Node {}
