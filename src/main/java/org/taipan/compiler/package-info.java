/**
 * The compiler: from the AST to code objects. So far, the stages before code generation and
 * the errors CPython 3.11's {@code compile()} raises after a successful parse.
 *
 * <h2>Pipeline and error order</h2>
 * {@link org.taipan.compiler.CompileChecks} runs, as CPython does:
 * <ol>
 * <li>{@link org.taipan.compiler.Future}: the leading {@code from __future__ import}s
 *     (unknown feature, {@code braces}, a future import after other code on the same line);</li>
 * <li>{@link org.taipan.compiler.SymtableVisitor}: builds one {@link org.taipan.compiler.Scope}
 *     per block and raises the errors found while walking (duplicate parameter, global/nonlocal
 *     after use, walrus misuse in comprehensions, yield in a comprehension, import * in a
 *     function, yield/await/walrus in a postponed annotation);</li>
 * <li>{@link org.taipan.compiler.SymtableAnalyzer}: resolves every name, top down, block by
 *     block (nonlocal without binding, nonlocal and global, nonlocal at module level);</li>
 * <li>{@link org.taipan.compiler.CodegenChecks} and {@link org.taipan.compiler.PatternChecks}:
 *     the errors CPython's code generator raises, in its walking order and at its "current
 *     location" (return/break/continue placement, async constructs, starred targets,
 *     {@code __debug__}, repeated keywords, static nesting, pattern matching).</li>
 * </ol>
 * When a program has several errors, the first stage that finds one wins, and inside a
 * stage the first one in that stage's walking order — which is why the code generator's
 * order (an assignment's value before its targets, a class body before its bases, a
 * comprehension's outermost iterable last, finally bodies compiled again where
 * return/break/continue leave them) is reproduced rather than the source order.
 *
 * <h2>Positions</h2>
 * CPython 3.11 reports these errors' offsets as the AST's UTF-8 byte column + 1, without
 * converting to characters (unlike parser errors); Taipan does the same. A few errors have
 * CPython's "unset" location (line -1, offset 0), e.g. a {@code break} in an {@code except*}
 * block reached through a {@code with} or {@code finally}.
 *
 * <h2>For the code generator</h2>
 * {@link org.taipan.compiler.CompileChecks#check} returns the {@link org.taipan.compiler.Symtable}.
 * {@link org.taipan.compiler.Symtable#scopeOf} maps a def, class, lambda or comprehension node
 * to its block; a block gives its symbols (flags and resolved scope, names mangled), its
 * parameters in co_varnames order, its cell and free variables in CPython's order, the
 * implicit {@code __class__} cell, generator/coroutine flags and co_flags. Under
 * {@code from __future__ import annotations}, annotations are visited in detached blocks (for
 * their errors only) and are not part of the tree, as in CPython 3.11.
 *
 * <h2>Tests</h2>
 * src/test/resources/symtable/regen writes the expectations from python3: for each small
 * program, CPython's AST (read back by AstReader, so the tests do not depend on Taipan's
 * parser), its {@code symtable} module dump and code-object facts, or its compile() error.
 */
package org.taipan.compiler;
