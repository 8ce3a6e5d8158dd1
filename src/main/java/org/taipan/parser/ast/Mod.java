package org.taipan.parser.ast;

import java.util.List;

/** The root of a parse: {@code ast.mod}. */
public sealed interface Mod extends Node {
    record Module(List<Stmt> body, List<TypeIgnore> typeIgnores) implements Mod {}
    record Interactive(List<Stmt> body) implements Mod {}
    record Expression(Expr body) implements Mod {}
    record FunctionType(List<Expr> argtypes, Expr returns) implements Mod {}
}
