package org.taipan.parser.ast;

/** A node with position attributes (stmt, expr, pattern, excepthandler, arg, keyword, alias). */
public interface Located extends Node {
    Loc loc();
}
