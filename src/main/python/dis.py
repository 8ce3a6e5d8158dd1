"""Disassembler of Python bytecode (CPython 3.11's instruction set, which Taipan compiles to).

dis.dis() prints a listing of a function, method, class, module, code object, source string or
raw bytecode; get_instructions() and Bytecode give the same instructions as Instruction tuples.
"""

import sys

from opcode import *
from opcode import __all__ as _opcodes_all
from opcode import _cache_format, _inline_cache_entries, _nb_ops, _specializations, \
    _specialized_instructions

__all__ = ["code_info", "dis", "disassemble", "distb", "disco", "findlinestarts", "findlabels",
           "show_code", "get_instructions", "Instruction", "Bytecode"] + _opcodes_all
del _opcodes_all

from _dis_records import Positions, _Instruction, Instruction, _ExceptionTableEntry, _OPNAME_WIDTH, \
    _OPARG_WIDTH
from _dis_info import COMPILER_FLAG_NAMES, pretty_flags, _format_code_info



class _Sample:
    def method(self):
        pass


# What dis() of a class or module disassembles: methods, functions, code, classes.
_have_code = (type(_Sample().method), type(_Sample.method), type(_Sample.method.__code__),
              classmethod, staticmethod, type)
del _Sample

FORMAT_VALUE = opmap['FORMAT_VALUE']
FORMAT_VALUE_CONVERTERS = ((None, ''), (str, 'str'), (repr, 'repr'), (ascii, 'ascii'))
MAKE_FUNCTION = opmap['MAKE_FUNCTION']
MAKE_FUNCTION_FLAGS = ('defaults', 'kwdefaults', 'annotations', 'closure')
LOAD_CONST = opmap['LOAD_CONST']
LOAD_GLOBAL = opmap['LOAD_GLOBAL']
BINARY_OP = opmap['BINARY_OP']
JUMP_BACKWARD = opmap['JUMP_BACKWARD']
CACHE = opmap['CACHE']

_INT_BITS = 32
_INT_OVERFLOW = 2 ** (_INT_BITS - 1)

# The specialised instructions take the unused opcode numbers, in order; deoptmap gives each
# one's base instruction.
_all_opname = list(opname)
_all_opmap = dict(opmap)
_empty_slot = [op for op, name in enumerate(opname) if name.startswith('<')]
deoptmap = {}


def _number_specialized():
    free = iter(_empty_slot)
    for base, family in _specializations.items():
        for name in family:
            deoptmap[name] = base
    for name in _specialized_instructions:
        op = next(free)
        _all_opname[op] = name
        _all_opmap[name] = op


_number_specialized()
del _number_specialized


class _Unknown:
    def __repr__(self):
        return "<unknown>"


UNKNOWN = _Unknown()

def _unwrap(x):
    """The function under a method, the code under a function or generator."""
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__code__'):
        x = x.__code__
    elif hasattr(x, 'gi_code'):
        x = x.gi_code
    elif hasattr(x, 'ag_code'):
        x = x.ag_code
    elif hasattr(x, 'cr_code'):
        x = x.cr_code
    return x


def _try_compile(source, name):
    """An expression if the source is one, else statements."""
    try:
        return compile(source, name, 'eval')
    except SyntaxError:
        return compile(source, name, 'exec')


def _get_code_object(x):
    x = _unwrap(x)
    if isinstance(x, str):
        x = _try_compile(x, "<disassembly>")
    if hasattr(x, 'co_code'):
        return x
    raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def _deoptop(op):
    name = _all_opname[op]
    return _all_opmap[deoptmap[name]] if name in deoptmap else op


def _get_code_array(co, adaptive):
    # Taipan does not specialise its bytecode: the adaptive code is the code itself.
    return co.co_code


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    """Disassemble classes, methods, functions, generators, code objects, source strings
    or raw bytecode; with no argument, the last traceback."""
    if x is None:
        distb(file=file, show_caches=show_caches, adaptive=adaptive)
        return
    x = _unwrap(x)
    if hasattr(x, '__dict__'):
        for name, member in sorted(x.__dict__.items()):
            if isinstance(member, _have_code):
                print("Disassembly of %s:" % name, file=file)
                try:
                    dis(member, file=file, depth=depth, show_caches=show_caches, adaptive=adaptive)
                except TypeError as msg:
                    print("Sorry:", msg, file=file)
                print(file=file)
    elif hasattr(x, 'co_code'):
        _disassemble_recursive(x, file=file, depth=depth, show_caches=show_caches, adaptive=adaptive)
    elif isinstance(x, (bytes, bytearray)):
        _disassemble_bytes(x, file=file, show_caches=show_caches)
    elif isinstance(x, str):
        _disassemble_str(x, file=file, depth=depth, show_caches=show_caches, adaptive=adaptive)
    else:
        raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    """Disassemble the code of a traceback entry's frame (of the last traceback's innermost
    one if none is given), marking the instruction that failed."""
    if tb is None:
        try:
            tb = sys.last_traceback
        except AttributeError:
            raise RuntimeError("no last traceback to disassemble") from None
        while tb.tb_next:
            tb = tb.tb_next
    disassemble(tb.tb_frame.f_code, tb.tb_lasti, file=file, show_caches=show_caches, adaptive=adaptive)


def code_info(x):
    """Formatted details of the code object of x."""
    return _format_code_info(_get_code_object(x))


def show_code(co, *, file=None):
    """Print details of the code object of co."""
    print(code_info(co), file=file)


def _get_const_value(op, arg, co_consts):
    if op == LOAD_CONST and co_consts is not None:
        return co_consts[arg]
    return UNKNOWN


def _get_const_info(op, arg, co_consts):
    argval = _get_const_value(op, arg, co_consts)
    return argval, '' if argval is UNKNOWN else repr(argval)


def _get_name_info(name_index, get_name, **extrainfo):
    if get_name is None:
        return UNKNOWN, ''
    argval = get_name(name_index, **extrainfo)
    return argval, argval


def _parse_varint(iterator):
    b = next(iterator)
    val = b & 63
    while b & 64:
        b = next(iterator)
        val = (val << 6) | (b & 63)
    return val


def _parse_exception_table(code):
    """The entries of co_exceptiontable, as byte offsets (end exclusive)."""
    it = iter(code.co_exceptiontable)
    entries = []
    while True:
        try:
            start = _parse_varint(it) * 2
        except StopIteration:
            return entries
        end = start + _parse_varint(it) * 2
        target = _parse_varint(it) * 2
        depth_lasti = _parse_varint(it)
        entries.append(_ExceptionTableEntry(start, end, target, depth_lasti >> 1, bool(depth_lasti & 1)))


def _is_backward_jump(op):
    return 'JUMP_BACKWARD' in opname[op]


def _jump_target(offset, op, arg):
    return offset + 2 + (-arg if _is_backward_jump(op) else arg) * 2


def _get_instructions_bytes(code, varname_from_oparg=None, names=None, co_consts=None,
                            linestarts=None, line_offset=0, exception_entries=(),
                            co_positions=None, show_caches=False):
    """Instructions of raw bytecode; the other arguments supply what the arguments mean."""
    positions = iter(co_positions or ())
    labels = set(findlabels(code))
    for entry in exception_entries:
        labels.add(entry.target)
    get_name = None if names is None else names.__getitem__
    for offset, op, arg in _unpack_opargs(code):
        starts_line = None
        if linestarts is not None:
            starts_line = linestarts.get(offset)
            if starts_line is not None:
                starts_line += line_offset
        deop = _deoptop(op)
        argval, argrepr = _argument(deop, arg, offset, varname_from_oparg, get_name, co_consts)
        yield Instruction(_all_opname[op], op, arg, argval, argrepr, offset, starts_line,
                          offset in labels, Positions(*next(positions, ())))
        ncaches = _inline_cache_entries[deop]
        if not show_caches:
            for _ in range(ncaches):
                next(positions, ())
            continue
        for field, size in _cache_format.get(opname[deop], {}).items():
            for i in range(size):
                offset += 2
                data = ''
                if i == 0 and op != deop:
                    value = int.from_bytes(code[offset:offset + 2 * size], sys.byteorder)
                    data = "%s: %d" % (field, value)
                yield Instruction("CACHE", CACHE, 0, None, data, offset, None, False,
                                  Positions(*next(positions, ())))


def _argument(op, arg, offset, varname_from_oparg, get_name, co_consts):
    """(argval, argrepr) of an instruction's argument."""
    if arg is None:
        return None, ''
    if op in hasconst:
        return _get_const_info(op, arg, co_consts)
    if op in hasname:
        if op == LOAD_GLOBAL:
            argval, argrepr = _get_name_info(arg // 2, get_name)
            if arg & 1 and argrepr:
                argrepr = "NULL + " + argrepr
            return argval, argrepr
        return _get_name_info(arg, get_name)
    if op in hasjabs:
        return arg * 2, "to %r" % (arg * 2,)
    if op in hasjrel:
        target = _jump_target(offset, op, arg)
        return target, "to %r" % (target,)
    if op in haslocal or op in hasfree:
        return _get_name_info(arg, varname_from_oparg)
    if op in hascompare:
        return cmp_op[arg], cmp_op[arg]
    if op == FORMAT_VALUE:
        converter, argrepr = FORMAT_VALUE_CONVERTERS[arg & 0x3]
        with_spec = bool(arg & 0x4)
        if with_spec:
            argrepr = argrepr + ', with format' if argrepr else 'with format'
        return (converter, with_spec), argrepr
    if op == MAKE_FUNCTION:
        return arg, ', '.join(flag for i, flag in enumerate(MAKE_FUNCTION_FLAGS) if arg & (1 << i))
    if op == BINARY_OP:
        return arg, _nb_ops[arg][1]
    return arg, ''


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    """An iterator over the instructions of a function, method, source string or code object;
    first_line, if given, renumbers the lines as if the code started there."""
    co = _get_code_object(x)
    line_offset = 0 if first_line is None else first_line - co.co_firstlineno
    # Unlike Bytecode, exception handlers are not jump targets here (as in CPython 3.11).
    return _get_instructions_bytes(_get_code_array(co, adaptive), co._varname_from_oparg, co.co_names,
                                   co.co_consts, dict(findlinestarts(co)), line_offset,
                                   co_positions=co.co_positions(), show_caches=show_caches)


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a code object, marking the instruction at offset lasti."""
    _disassemble_bytes(_get_code_array(co, adaptive), lasti, co._varname_from_oparg, co.co_names,
                       co.co_consts, dict(findlinestarts(co)), file=file,
                       exception_entries=_parse_exception_table(co), co_positions=co.co_positions(),
                       show_caches=show_caches)


disco = disassemble


def _disassemble_recursive(co, *, file=None, depth=None, show_caches=False, adaptive=False):
    disassemble(co, file=file, show_caches=show_caches, adaptive=adaptive)
    if depth is not None:
        if depth <= 0:
            return
        depth -= 1
    for c in co.co_consts:
        if hasattr(c, 'co_code'):
            print(file=file)
            print("Disassembly of %r:" % (c,), file=file)
            _disassemble_recursive(c, file=file, depth=depth, show_caches=show_caches, adaptive=adaptive)


def _disassemble_bytes(code, lasti=-1, varname_from_oparg=None, names=None, co_consts=None,
                       linestarts=None, *, file=None, line_offset=0, exception_entries=(),
                       co_positions=None, show_caches=False):
    lineno_width = 0
    if linestarts:
        top = max(linestarts.values()) + line_offset
        lineno_width = len(str(top)) if top >= 1000 else 3
    last = len(code) - 2
    offset_width = len(str(last)) if last >= 10000 else 4
    for instr in _get_instructions_bytes(code, varname_from_oparg, names, co_consts, linestarts,
                                         line_offset, exception_entries, co_positions, show_caches):
        if lineno_width and instr.starts_line is not None and instr.offset > 0:
            print(file=file)
        print(instr._disassemble(lineno_width, instr.offset == lasti, offset_width), file=file)
    if exception_entries:
        print("ExceptionTable:", file=file)
        for e in exception_entries:
            print("  %d to %d -> %d [%d]%s" % (e.start, e.end - 2, e.target, e.depth,
                                               " lasti" if e.lasti else ""), file=file)


def _disassemble_str(source, **kwargs):
    _disassemble_recursive(_try_compile(source, '<dis>'), **kwargs)


def _unpack_opargs(code):
    """(offset, opcode, argument or None) of each instruction, EXTENDED_ARG included (its
    argument shifted into the next one's), CACHE entries skipped."""
    extended = 0
    skip = 0
    for offset in range(0, len(code), 2):
        if skip:
            skip -= 1
            continue
        op = code[offset]
        deop = _deoptop(op)
        skip = _inline_cache_entries[deop]
        if deop >= HAVE_ARGUMENT:
            arg = code[offset + 1] | extended
            extended = arg << 8 if deop == EXTENDED_ARG else 0
            if extended >= _INT_OVERFLOW:
                extended -= 2 * _INT_OVERFLOW
        else:
            arg = None
            extended = 0
        yield offset, op, arg


def findlabels(code):
    """The offsets that jump instructions in the raw bytecode jump to."""
    labels = []
    for offset, op, arg in _unpack_opargs(code):
        if arg is None:
            continue
        if op in hasjrel:
            target = _jump_target(offset, op, arg)
        elif op in hasjabs:
            target = arg * 2
        else:
            continue
        if target not in labels:
            labels.append(target)
    return labels


def findlinestarts(code):
    """(offset, line) where each new source line starts."""
    last = None
    for start, end, line in code.co_lines():
        if line is not None and line != last:
            last = line
            yield start, line


def _find_imports(co):
    """(name, level, fromlist) of each import statement in the code."""
    IMPORT_NAME = opmap['IMPORT_NAME']
    consts = co.co_consts
    names = co.co_names
    ops = [(op, arg) for _, op, arg in _unpack_opargs(co.co_code) if op != EXTENDED_ARG]
    for i, (op, arg) in enumerate(ops):
        if op == IMPORT_NAME and i >= 2:
            (op1, arg1), (op2, arg2) = ops[i - 2], ops[i - 1]
            if op1 in hasconst and op2 in hasconst:
                yield names[arg], consts[arg1], consts[arg2]


def _find_store_names(co):
    """The names the code stores to (STORE_NAME, STORE_GLOBAL)."""
    stores = (opmap['STORE_NAME'], opmap['STORE_GLOBAL'])
    names = co.co_names
    for _, op, arg in _unpack_opargs(co.co_code):
        if op in stores:
            yield names[arg]


class Bytecode:
    """The bytecode of a function, method, source string or code object: iterating gives its
    Instructions, dis() its listing, info() its details."""

    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False, adaptive=False):
        self.codeobj = co = _get_code_object(x)
        if first_line is None:
            self.first_line = co.co_firstlineno
            self._line_offset = 0
        else:
            self.first_line = first_line
            self._line_offset = first_line - co.co_firstlineno
        self._linestarts = dict(findlinestarts(co))
        self._original_object = x
        self.current_offset = current_offset
        self.exception_entries = _parse_exception_table(co)
        self.show_caches = show_caches
        self.adaptive = adaptive

    def __iter__(self):
        co = self.codeobj
        return _get_instructions_bytes(_get_code_array(co, self.adaptive), co._varname_from_oparg,
                                       co.co_names, co.co_consts, self._linestarts, self._line_offset,
                                       self.exception_entries, co.co_positions(), self.show_caches)

    def __repr__(self):
        return "%s(%r)" % (self.__class__.__name__, self._original_object)

    @classmethod
    def from_traceback(cls, tb, *, show_caches=False, adaptive=False):
        """The bytecode of a traceback's last frame, current at its failed instruction."""
        while tb.tb_next:
            tb = tb.tb_next
        return cls(tb.tb_frame.f_code, current_offset=tb.tb_lasti, show_caches=show_caches,
                   adaptive=adaptive)

    def info(self):
        """Formatted details of the code object."""
        return _format_code_info(self.codeobj)

    def dis(self):
        """The listing, as a string."""
        co = self.codeobj
        out = _Collect()
        _disassemble_bytes(_get_code_array(co, self.adaptive), -1 if self.current_offset is None
                           else self.current_offset, co._varname_from_oparg, co.co_names, co.co_consts,
                           self._linestarts, line_offset=self._line_offset, file=out,
                           exception_entries=self.exception_entries, co_positions=co.co_positions(),
                           show_caches=self.show_caches)
        return out.getvalue()


class _Collect:
    """A file that keeps what is written to it."""

    def __init__(self):
        self._parts = []

    def write(self, s):
        self._parts.append(s)
        return len(s)

    def getvalue(self):
        return ''.join(self._parts)


_USAGE = "usage: dis.py [-h] [infile]\n"


def main(argv=None):
    """python -m dis [FILE]: disassemble a source file (or standard input)."""
    args = sys.argv[1:] if argv is None else argv
    if '-h' in args or '--help' in args:
        sys.stdout.write(_USAGE + "\npositional arguments:\n  infile\n\noptions:\n"
                         "  -h, --help  show this help message and exit\n")
        return
    options = [a for a in args if a.startswith('-') and a != '-']
    if options:
        _usage_error("unrecognized arguments: " + " ".join(options))
    path = args[0] if args else '-'
    if path == '-':
        infile = getattr(sys.stdin, 'buffer', sys.stdin)
        name = getattr(infile, 'name', '<stdin>')
        with infile:
            source = infile.read()
    else:
        name = path
        try:
            with open(path, 'rb') as f:
                source = f.read()
        except OSError as e:
            _usage_error("argument infile: can't open '%s': %s" % (path, e))
    if len(args) > 1:
        _usage_error("unrecognized arguments: " + " ".join(args[1:]))
    dis(compile(source, name, "exec"))


def _usage_error(message):
    sys.stderr.write(_USAGE + "dis.py: error: " + message + "\n")
    sys.exit(2)


if __name__ == "__main__":
    main()
