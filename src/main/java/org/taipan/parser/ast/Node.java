package org.taipan.parser.ast;

/**
 * Root of the AST. The node classes mirror CPython 3.11's {@code ast} module: same class names
 * (see {@link AstDump} for the few Java names that differ), same fields in the same order,
 * field names in camelCase for Python's snake_case. A field that ASDL marks optional is
 * {@code null} when absent.
 */
public interface Node {
}
